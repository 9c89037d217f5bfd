"""Helpers for the tests that talk to the S3-compatible server (moto, tests/conftest.py)."""

import urllib.error
import urllib.request


def fetch(url: str) -> tuple[int, bytes]:
    """The status and body of a GET on a bucket's URL, as a browser would get them."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def bucket_remove(s3, name: str) -> None:
    """Empty a test bucket and delete it."""
    for item in s3.list_objects_v2(Bucket=name).get("Contents", []):
        s3.delete_object(Bucket=name, Key=item["Key"])
    s3.delete_bucket(Bucket=name)
