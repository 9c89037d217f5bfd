"""Photos, videos and evidence on a real S3-compatible server (moto), with the public and
private buckets configured as in production: replaced or deleted files leave no object behind."""

import boto3
import pytest
from django.urls import reverse
from django.utils import timezone

from directory.settings import s3_storage
from tests import factories, uploads
from therapists.models import Credential, IntroVideo

pytestmark = [pytest.mark.s3, pytest.mark.django_db]

PUBLIC, PRIVATE = "media-self-service", "evidence-self-service"


@pytest.fixture
def s3(s3_endpoint, settings):
    """Both buckets, and STORAGES pointing at them exactly as production settings build them."""
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="ca-central-1")
    for name in (PUBLIC, PRIVATE):
        client.create_bucket(
            Bucket=name, CreateBucketConfiguration={"LocationConstraint": "ca-central-1"}
        )
    settings.STORAGES = settings.STORAGES | {
        "default": s3_storage(PUBLIC, private=False, endpoint_url=s3_endpoint),
        "private": s3_storage(PRIVATE, private=True, endpoint_url=s3_endpoint),
    }
    yield client
    for name in (PUBLIC, PRIVATE):
        for item in client.list_objects_v2(Bucket=name).get("Contents", []):
            client.delete_object(Bucket=name, Key=item["Key"])
        client.delete_bucket(Bucket=name)


def keys(client, bucket) -> set[str]:
    return {item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", [])}


def test_a_replaced_then_removed_photo_leaves_no_object(
    s3, owner_client, owner, django_capture_on_commit_callbacks
):
    photo_url = reverse("therapists:photo")
    owner_client.post(photo_url, {"photo": uploads.upload("a.jpg", uploads.image_bytes())})
    owner_client.post(photo_url, {"photo": uploads.upload("b.png", uploads.image_bytes("PNG"))})
    owner.refresh_from_db()

    assert keys(s3, PUBLIC) == {owner.photo.name, owner.photo_thumbnail.name}
    assert owner.photo.name.endswith(".png")
    assert keys(s3, PRIVATE) == set()

    with django_capture_on_commit_callbacks(execute=True):  # objects go once the removal commits
        owner_client.post(photo_url, {"remove": "1"})
    assert keys(s3, PUBLIC) == set()


def test_a_refused_photo_writes_nothing_to_the_bucket(s3, owner_client):
    name, content = uploads.hostile_images()["png with php tail"]

    response = owner_client.post(
        reverse("therapists:photo"), {"photo": uploads.upload(name, content)}
    )

    assert response.status_code == 400
    assert keys(s3, PUBLIC) == set()


def test_a_replaced_then_removed_video_leaves_no_object(s3, owner_client, owner):
    video_url = reverse("therapists:video")
    owner_client.post(
        video_url,
        {
            "file": uploads.upload("v.mp4", uploads.mp4_bytes()),
            "captions": uploads.upload("c.vtt", uploads.VTT),
            "poster": uploads.upload("p.jpg", uploads.image_bytes()),
        },
    )
    first = IntroVideo.objects.get()
    assert keys(s3, PUBLIC) == {first.file.name, first.captions.name, first.poster.name}

    owner_client.post(video_url, {"file": uploads.upload("w.mp4", uploads.mp4_bytes(seconds=1))})
    second = IntroVideo.objects.get()
    assert keys(s3, PUBLIC) == {second.file.name}

    owner_client.post(video_url, {"remove": "1"})
    assert keys(s3, PUBLIC) == set()


def test_evidence_goes_to_the_private_bucket_and_account_deletion_empties_both(
    s3, owner_client, owner
):
    owner_client.post(
        reverse("therapists:photo"), {"photo": uploads.upload("a.jpg", uploads.image_bytes())}
    )
    owner_client.post(
        reverse("therapists:credential_add"),
        {
            "regulatory_body": factories.RegulatoryBodyFactory().pk,
            "designation": "RP",
            "registration_number": "777",
            "jurisdiction": "ON",
            "expires_on": f"{timezone.localdate().year + 1}-12-31",
            "evidence": uploads.upload("licence.pdf", uploads.PDF),
        },
    )
    evidence = Credential.objects.get().evidence
    assert keys(s3, PRIVATE) == {evidence.name}
    assert evidence.name not in keys(s3, PUBLIC)
    assert "Signature=" in evidence.url

    owner_client.post(reverse("therapists:account_delete"), {"password": "a-long-test-password"})

    assert keys(s3, PUBLIC) == set()
    assert keys(s3, PRIVATE) == set()
