"""The daily publication of the open data files to the public storage, and the latest of them."""

import datetime
import io
import json
import zipfile

import boto3
import pytest
from django.core.files.storage import InMemoryStorage, storages
from django.core.management import call_command

from directory.settings import s3_storage
from tests.s3 import bucket_remove, fetch
from tests.therapists.opendata.hsds_checks import json_errors
from therapists.models import Therapist
from therapists.public.opendata.publish import DAYS_KEPT, open_data_latest, open_data_publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_public_storage(settings):
    """A public storage of its own: files published by another test are not this one's."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


DAY = datetime.date(2026, 12, 7)
BUCKET = "open-data-test"
REGION = "ca-central-1"


def unzipped_json(packed: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(packed)) as archive:
        assert archive.namelist() == ["hsds-3.0.json"]
        return json.loads(archive.read("hsds-3.0.json"))


def test_nothing_is_published_before_the_first_run():
    assert open_data_latest(storage=InMemoryStorage()) is None


def test_a_run_publishes_both_forms_under_its_day(listed_therapist):
    storage = InMemoryStorage()

    assert open_data_publish(storage=storage, on=DAY) == 1

    latest = open_data_latest(storage=storage)
    assert latest.day == DAY
    with storage.open("open-data/2026-12-07/hsds-3.0-json.zip") as packed:
        document = unzipped_json(packed.read())
    assert json_errors(document) == []
    assert [service["organization"]["name"] for service in document["services"]] == [
        listed_therapist.display_name
    ]
    with storage.open("open-data/2026-12-07/hsds-3.0-csv.zip") as packed:
        names = zipfile.ZipFile(io.BytesIO(packed.read())).namelist()
    assert {"datapackage.json", "services.csv", "organizations.csv"} <= set(names)
    assert latest.tabular_size > 0 and latest.json_size > 0


def test_a_second_run_the_same_day_replaces_the_files(listed_therapist):
    storage = InMemoryStorage()
    open_data_publish(storage=storage, on=DAY)
    Therapist.objects.filter(pk=listed_therapist.pk).update(display_name="Renamed Therapist")

    open_data_publish(storage=storage, on=DAY)

    assert sorted(storage.listdir("open-data/2026-12-07")[1]) == [
        "hsds-3.0-csv.zip",
        "hsds-3.0-json.zip",
    ]
    with storage.open("open-data/2026-12-07/hsds-3.0-json.zip") as packed:
        assert "Renamed Therapist" in json.dumps(unzipped_json(packed.read()))


def test_only_the_last_days_are_kept(listed_therapist):
    storage = InMemoryStorage()
    days = [DAY + datetime.timedelta(days=n) for n in range(DAYS_KEPT + 2)]
    for day in days:
        open_data_publish(storage=storage, on=day)

    kept = [d for d in days if storage.exists(f"open-data/{d}/hsds-3.0-json.zip")]
    assert kept == days[-DAYS_KEPT:]
    assert open_data_latest(storage=storage).day == days[-1]


def test_the_command_publishes_to_the_default_storage(listed_therapist):
    call_command("publish_open_data")

    assert open_data_latest() is not None


@pytest.fixture
def public_bucket(s3_endpoint, settings):
    """The public media bucket, readable by anyone, configured as production configures it."""
    s3 = boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION)
    s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    s3.put_bucket_policy(
        Bucket=BUCKET,
        Policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": f"arn:aws:s3:::{BUCKET}/*",
                    }
                ],
            }
        ),
    )
    settings.AWS_S3_REGION_NAME = REGION
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_storage(BUCKET, private=False, endpoint_url=s3_endpoint),
    }
    yield s3
    bucket_remove(s3, BUCKET)


@pytest.mark.s3
def test_on_s3_the_files_are_public_and_a_rerun_keeps_their_names(
    listed_therapist, public_bucket, s3_endpoint
):
    storage = storages["default"]
    open_data_publish(storage=storage, on=DAY)
    open_data_publish(storage=storage, on=DAY)  # S3 never overwrites: the run must replace

    keys = sorted(o["Key"] for o in public_bucket.list_objects_v2(Bucket=BUCKET)["Contents"])
    assert keys == [
        "open-data/2026-12-07/hsds-3.0-csv.zip",
        "open-data/2026-12-07/hsds-3.0-json.zip",
    ]
    latest = open_data_latest(storage=storage)
    assert latest.json_url.startswith(f"{s3_endpoint}/{BUCKET}/open-data/2026-12-07/")
    assert "Signature" not in latest.json_url
    status, body = fetch(latest.json_url)
    assert status == 200
    assert json_errors(unzipped_json(body)) == []
