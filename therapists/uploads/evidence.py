"""Credential evidence: a PDF, JPEG or PNG kept as sent, so anything active in it is refused."""

import io
import re
import warnings

import pypdf
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from therapists.uploads.files import MB, named_content, upload_bytes
from therapists.uploads.images import EMBEDDED_CODE, PHOTO_MAX_PIXELS, pixels_error, png_has_tail

EVIDENCE_MAX_BYTES = 10 * MB
EVIDENCE_SIGNATURES = {
    b"%PDF-": "pdf",
    b"\xff\xd8\xff": "jpg",
    b"\x89PNG\r\n\x1a\n": "png",
}


# Active content a verifier's PDF reader could run: scripts, launch actions, attached files.
PDF_ACTIVE = re.compile(rb"/(?:JavaScript|Launch|EmbeddedFile|RichMedia)\b")
# The same, as names the parsed document holds, and how many objects a document may reach.
PDF_ACTIVE_NAMES = {
    "/JavaScript",
    "/JS",
    "/Launch",
    "/EmbeddedFile",
    "/EmbeddedFiles",
    "/RichMedia",
}
PDF_MAX_OBJECTS = 200_000


def evidence_clean(upload: UploadedFile) -> ContentFile:
    """A PDF, JPEG or PNG (by its first bytes) within EVIDENCE_MAX_BYTES, renamed at random. The
    document is kept as sent (verifiers need the original), so anything active in it is refused."""
    data = upload_bytes(upload, max_bytes=EVIDENCE_MAX_BYTES, what=_("document"))
    extension = next(
        (kind for signature, kind in EVIDENCE_SIGNATURES.items() if data.startswith(signature)),
        None,
    )
    if extension is None:
        raise ValidationError(
            _("This document is not a PDF, JPEG or PNG. Scan or save it in one of those formats."),
            code="not_evidence",
        )
    if extension == "pdf":
        pdf_check(data)
    else:
        evidence_image_check(data, extension)
    return named_content(data, extension)


def pdf_check(data: bytes) -> None:
    if b"%%EOF" not in data[-2048:]:
        raise ValidationError(
            _("This PDF is incomplete (it has no end). Save it again and upload the new copy."),
            code="damaged",
        )
    if PDF_ACTIVE.search(data) or pdf_has_active_names(data):
        raise ValidationError(
            _(
                "This PDF contains scripts or attached files. Print it to a new PDF, or scan the "
                "paper document, and upload that."
            ),
            code="active_content",
        )


def pdf_has_active_names(data: bytes) -> bool:
    """Whether any object the document reaches names active content, read the way a PDF reader
    reads it: names decoded ("/J#61vaScript" is /JavaScript) and compressed object streams
    opened, which a search of the raw bytes misses. A file pypdf cannot read is refused."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(
                _("This PDF is locked with a password. Upload a copy without one."),
                code="encrypted",
            )
        return pdf_reaches_active(reader.trailer)
    except (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError, RecursionError) as error:
        raise ValidationError(
            _(
                "This PDF cannot be read. Print it to a new PDF, or scan the document, and "
                "upload that."
            ),
            code="damaged",
        ) from error


def pdf_reaches_active(root) -> bool:
    seen, pending, visited = set(), [root], 0
    while pending:
        item = pending.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            item = item.get_object()
        visited += 1
        if visited > PDF_MAX_OBJECTS:
            raise ValueError("too many objects")
        if isinstance(item, DictionaryObject):  # streams too: their dictionary is read
            for key, value in item.items():
                if key in PDF_ACTIVE_NAMES or (
                    isinstance(value, NameObject) and value in PDF_ACTIVE_NAMES
                ):
                    return True
                pending.append(value)
        elif isinstance(item, ArrayObject):
            pending.extend(item)
    return False


def evidence_image_check(data: bytes, extension: str) -> None:
    if EMBEDDED_CODE.search(data) or (extension == "png" and png_has_tail(data)):
        raise ValidationError(
            _(
                "This image contains hidden code or extra data, so we cannot accept it. Scan or "
                "photograph the document again."
            ),
            code="embedded_code",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            too_big = probe.size[0] * probe.size[1] > PHOTO_MAX_PIXELS
            if not too_big:
                probe.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise pixels_error() from error
    except (OSError, ValueError, SyntaxError) as error:
        raise ValidationError(
            _("This image is damaged or incomplete. Scan or photograph the document again."),
            code="damaged",
        ) from error
    if too_big:
        raise pixels_error()
