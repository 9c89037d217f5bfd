"""STORAGES configured from the environment, against a real S3-compatible server (moto)."""

import json
import subprocess
import sys
from pathlib import Path

import boto3
import pytest

from tests.s3 import bucket_remove, fetch

pytestmark = pytest.mark.s3

ROOT = Path(__file__).resolve().parents[2]

WRITE_AND_DESCRIBE = """
import json
from django.core.files.base import ContentFile
from django.core.files.storage import storages
public, private = storages["default"], storages["private"]
public_name = public.save("photos/portrait.txt", ContentFile(b"public portrait"))
private_name = private.save("evidence/licence.txt", ContentFile(b"private licence"))
print(json.dumps({
    "public_url": public.url(public_name),
    "private_url": private.url(private_name),
    "private_read": private.open(private_name).read().decode(),
    "private_bucket": private.bucket_name,
    "private_name": private_name,
}))
"""


@pytest.fixture
def buckets(s3_endpoint):
    """A public-read media bucket and a private evidence bucket, as in production."""
    s3 = boto3.client("s3", endpoint_url=s3_endpoint, region_name="ca-central-1")
    for name in ("media-test", "evidence-test"):
        s3.create_bucket(
            Bucket=name, CreateBucketConfiguration={"LocationConstraint": "ca-central-1"}
        )
    public_read = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": "arn:aws:s3:::media-test/*",
            }
        ],
    }
    s3.put_bucket_policy(Bucket="media-test", Policy=json.dumps(public_read))
    yield s3
    for name in ("media-test", "evidence-test"):
        bucket_remove(s3, name)


def run_with_s3_environment(endpoint: str) -> dict:
    env = {
        "PATH": "/usr/bin:/bin",
        "DEBUG": "true",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_STORAGE_BUCKET_NAME": "media-test",
        "AWS_PRIVATE_STORAGE_BUCKET_NAME": "evidence-test",
        "AWS_S3_ENDPOINT_URL": endpoint,
        "PRIVATE_URL_EXPIRY_SECONDS": "60",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", WRITE_AND_DESCRIBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_public_and_private_storages_write_to_their_own_buckets(buckets, s3_endpoint):
    described = run_with_s3_environment(s3_endpoint)

    assert described["private_bucket"] == "evidence-test"
    assert described["private_read"] == "private licence"
    public_keys = [o["Key"] for o in buckets.list_objects_v2(Bucket="media-test")["Contents"]]
    assert public_keys == ["photos/portrait.txt"]
    private_keys = [o["Key"] for o in buckets.list_objects_v2(Bucket="evidence-test")["Contents"]]
    assert private_keys == ["evidence/licence.txt"]


def test_public_media_is_readable_at_its_plain_url(buckets, s3_endpoint):
    described = run_with_s3_environment(s3_endpoint)

    assert "Signature" not in described["public_url"]
    assert fetch(described["public_url"]) == (200, b"public portrait")


def test_private_evidence_needs_a_signature(buckets, s3_endpoint):
    described = run_with_s3_environment(s3_endpoint)
    signed_url = described["private_url"]
    unsigned_url = signed_url.split("?")[0]

    assert "Signature=" in signed_url and "Expires=" in signed_url
    assert fetch(unsigned_url)[0] == 403
    assert fetch(signed_url) == (200, b"private licence")
