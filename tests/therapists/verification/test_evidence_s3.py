"""Evidence on the private S3 bucket reaches a verifier only through a short-lived signed link.

moto's server serves any URL that carries a signature and does not check its dates, so the
rule S3 applies (the link works until X-Amz-Date plus X-Amz-Expires, and those two are part of
what is signed) is checked here with botocore's own signer, at a frozen time.
"""

import datetime
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import boto3
import pytest
import time_machine
from django.core.files.base import ContentFile
from django.urls import reverse

from directory.settings import s3_storage
from tests import factories
from tests.s3 import bucket_remove, fetch

pytestmark = [pytest.mark.s3, pytest.mark.django_db]

BUCKET = "evidence-signed-test"
REGION = "ca-central-1"


@pytest.fixture
def private_bucket(s3_endpoint, settings):
    """A private evidence bucket, configured by the same function production uses."""
    s3 = boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION)
    s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    settings.AWS_S3_REGION_NAME = REGION
    settings.STORAGES = {
        **settings.STORAGES,
        "private": s3_storage(BUCKET, private=True, endpoint_url=s3_endpoint),
    }
    yield s3
    bucket_remove(s3, BUCKET)


def query_of(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def signed_at(url: str) -> datetime.datetime:
    return datetime.datetime.strptime(query_of(url)["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(
        tzinfo=datetime.UTC
    )


def s3_would_accept(url: str, *, endpoint: str, at: datetime.datetime) -> bool:
    """S3's check of a presigned GET: not past its lifetime, and signed as it stands."""
    query = query_of(url)
    lifetime = int(query["X-Amz-Expires"])
    if at > signed_at(url) + datetime.timedelta(seconds=lifetime):
        return False
    key = urlsplit(url).path.split(f"/{BUCKET}/", 1)[1]
    params = {"Bucket": BUCKET, "Key": key}
    if "response-content-disposition" in query:
        params["ResponseContentDisposition"] = query["response-content-disposition"]
    with time_machine.travel(signed_at(url), tick=False):
        client = boto3.client("s3", endpoint_url=endpoint, region_name=REGION)
        again = client.generate_presigned_url("get_object", Params=params, ExpiresIn=lifetime)
    return query_of(again)["X-Amz-Signature"] == query["X-Amz-Signature"]


@pytest.fixture
def evidence_on_s3(private_bucket):
    credential = factories.CredentialFactory()
    credential.evidence.save("licence.pdf", ContentFile(b"%PDF-1.7 licence"), save=True)
    return credential


def test_evidence_is_stored_in_the_private_bucket_and_not_readable_unsigned(
    evidence_on_s3, private_bucket, s3_endpoint
):
    keys = [o["Key"] for o in private_bucket.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert keys == [evidence_on_s3.evidence.name]
    assert fetch(f"{s3_endpoint}/{BUCKET}/{evidence_on_s3.evidence.name}")[0] == 403


def test_the_evidence_view_redirects_a_verifier_to_a_link_that_lapses(
    client, verifier, evidence_on_s3, s3_endpoint, settings
):
    client.force_login(verifier)
    url = reverse("admin:therapists_credential_evidence", args=[evidence_on_s3.pk])

    response = client.get(url)

    assert response.status_code == 302
    signed = response.url
    assert signed.startswith(f"{s3_endpoint}/{BUCKET}/evidence/")
    assert query_of(signed)["X-Amz-Expires"] == str(settings.PRIVATE_URL_EXPIRY_SECONDS)
    assert fetch(signed) == (200, b"%PDF-1.7 licence")

    now = signed_at(signed)
    lifetime = datetime.timedelta(seconds=settings.PRIVATE_URL_EXPIRY_SECONDS)
    assert s3_would_accept(signed, endpoint=s3_endpoint, at=now)
    assert s3_would_accept(signed, endpoint=s3_endpoint, at=now + lifetime)
    assert not s3_would_accept(
        signed, endpoint=s3_endpoint, at=now + lifetime + datetime.timedelta(seconds=1)
    )


def test_the_signed_link_makes_the_bucket_answer_with_a_download(client, verifier, evidence_on_s3):
    client.force_login(verifier)
    signed = client.get(
        reverse("admin:therapists_credential_evidence", args=[evidence_on_s3.pk])
    ).url

    with urllib.request.urlopen(signed, timeout=10) as response:
        disposition = response.headers["Content-Disposition"]

    filename = evidence_on_s3.evidence.name.rsplit("/", 1)[1]
    assert query_of(signed)["response-content-disposition"] == f'attachment; filename="{filename}"'
    assert disposition == f'attachment; filename="{filename}"'


def test_a_link_whose_lifetime_is_stretched_no_longer_matches_its_signature(
    client, verifier, evidence_on_s3, s3_endpoint
):
    client.force_login(verifier)
    signed = client.get(
        reverse("admin:therapists_credential_evidence", args=[evidence_on_s3.pk])
    ).url
    parts = urlsplit(signed)
    stretched = urlunsplit(
        parts._replace(query=urlencode({**query_of(signed), "X-Amz-Expires": "604800"}))
    )
    later = signed_at(signed) + datetime.timedelta(days=1)

    assert not s3_would_accept(stretched, endpoint=s3_endpoint, at=later)


def test_each_visit_mints_a_fresh_link(client, verifier, evidence_on_s3):
    client.force_login(verifier)
    url = reverse("admin:therapists_credential_evidence", args=[evidence_on_s3.pk])
    first = client.get(url).url

    with time_machine.travel(signed_at(first) + datetime.timedelta(hours=1), tick=False):
        second = client.get(url).url

    assert signed_at(second) - signed_at(first) == datetime.timedelta(hours=1)


def test_no_one_else_gets_a_link(client, evidence_on_s3):
    url = reverse("admin:therapists_credential_evidence", args=[evidence_on_s3.pk])
    client.force_login(evidence_on_s3.therapist.owner)
    assert client.get(url).status_code == 403
