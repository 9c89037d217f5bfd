"""What every kind of upload shares: reading it within a size limit, naming and removing files."""

import uuid
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils import formats
from django.utils.translation import gettext as _

MB = 1024 * 1024


def megabytes(size: int) -> str:
    """A size in MB as the visitor's language writes it, to a tenth: "0.5", "11,8", "200"."""
    tenths = round(size / MB, 1)
    return formats.number_format(tenths, decimal_pos=0 if tenths.is_integer() else 1)


def upload_bytes(upload: UploadedFile, *, max_bytes: int, what: str) -> bytes:
    """The whole upload, refused when empty or larger than the limit (checked before reading)."""
    size = upload.size or 0
    if size == 0:
        raise ValidationError(
            _("The file is empty. Choose the %(what)s again.") % {"what": what}, code="empty"
        )
    if size > max_bytes:
        raise ValidationError(
            _("The %(what)s is %(size)s MB; the limit is %(limit)s MB. Choose a smaller file.")
            % {"what": what, "size": megabytes(size), "limit": megabytes(max_bytes)},
            code="too_large",
        )
    upload.seek(0)
    return upload.read()


def random_name(extension: str) -> str:
    """A stored name that says nothing of the uploader's original file name."""
    return f"{uuid.uuid4().hex}.{extension}"


def named_content(content: bytes, extension: str) -> ContentFile:
    return ContentFile(content, name=random_name(extension))


def storage_delete(storage, names: Iterable[str]) -> None:
    """Remove files that nothing points to any more; a missing file is not an error."""
    for name in names:
        if name:
            storage.delete(name)
