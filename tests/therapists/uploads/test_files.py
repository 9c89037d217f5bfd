"""What every upload check shares: a refused size is written to a tenth, in the reader's
language."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from tests import uploads
from therapists.uploads.files import upload_bytes

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "size", "limit", "expected"),
    [
        ("en", 700 * 1024, 512 * 1024, "The file is 0.7 MB; the limit is 0.5 MB."),
        ("fr", 12_400_000, 5 * 1024 * 1024, "11,8\u00a0Mo\u00a0; la limite est de 5\u00a0Mo."),
    ],
)
def test_sizes_are_written_to_a_tenth_in_the_visitors_language(language, size, limit, expected):
    upload = uploads.upload("big.bin", b"x")
    upload.size = size
    with translation.override(language), pytest.raises(ValidationError) as refused:
        upload_bytes(upload, max_bytes=limit, what="file")
    assert expected in refused.value.message
