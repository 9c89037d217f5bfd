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


# What a verifier's PDF reader could run by itself: scripts, launches, attached files, media.
PDF_SCRIPT_NAMES = {
    "/JavaScript",
    "/JS",
    "/Launch",
    "/EmbeddedFile",
    "/EmbeddedFiles",
    "/RichMedia",
}
# What makes a PDF act or reach outside itself: forms (XFA, submitted or imported), links to the
# web or to other files, and actions run on events (/AA). /OpenAction is judged on its own: a
# plain page view is harmless, any other action is not.
PDF_ACTION_NAMES = {"/XFA", "/AA", "/URI", "/SubmitForm", "/ImportData", "/GoToR", "/GoToE"}
# The same, found in the raw bytes: what a damaged file hides from the parser is refused too.
PDF_ACTIVE_BYTES = re.compile(
    rb"/(JavaScript|Launch|EmbeddedFiles?|RichMedia|XFA|URI|SubmitForm|ImportData|GoTo[RE])\b"
)
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
    """Refuses a PDF cut short, unreadable, locked, or holding anything active; scripts and
    attached files are named first, as the graver finding."""
    if b"%%EOF" not in data[-2048:]:
        raise ValidationError(
            _("This PDF is incomplete (it has no end). Save it again and upload the new copy."),
            code="damaged",
        )
    names = {"/" + found.decode() for found in PDF_ACTIVE_BYTES.findall(data)}
    if not names & PDF_SCRIPT_NAMES:
        try:
            names.add(pdf_active_name(data))
        except ValidationError:
            if not names:  # what the bytes showed is reason enough to refuse
                raise
    names.discard(None)
    if names & PDF_SCRIPT_NAMES:
        raise ValidationError(
            _(
                "This PDF contains scripts or attached files. Print it to a new PDF, or scan the "
                "paper document, and upload that."
            ),
            code="active_content",
        )
    if names:
        raise ValidationError(
            _(
                "This PDF contains a fillable form, web links or actions that run on their own. "
                "Print it to a new PDF, or scan the paper document, and upload that."
            ),
            code="active_content",
        )


def pdf_active_name(data: bytes) -> str | None:
    """An active name the document holds, a script's first (see PDF_SCRIPT_NAMES and
    PDF_ACTION_NAMES), or "/OpenAction" for an opening action that is not a page view; None for a
    plain document.

    Read the way a PDF reader reads it: names decoded ("/J#61vaScript" is /JavaScript) and
    compressed object streams opened, which a search of the raw bytes misses. A file pypdf
    cannot read is refused."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValidationError(
                _("This PDF is locked with a password. Upload a copy without one."),
                code="encrypted",
            )
        return pdf_walk(reader)
    except (pypdf.errors.PyPdfError, ValueError, KeyError, TypeError, RecursionError) as error:
        raise ValidationError(
            _(
                "This PDF cannot be read. Print it to a new PDF, or scan the document, and "
                "upload that."
            ),
            code="damaged",
        ) from error


def pdf_objects(reader: pypdf.PdfReader) -> list[IndirectObject]:
    """Every numbered object the reader can resolve, whether the catalog reaches it or not:
    those in the cross-reference tables and those packed in object streams."""
    numbers = {(idnum, generation) for generation, rows in reader.xref.items() for idnum in rows}
    numbers |= {(idnum, 0) for idnum in reader.xref_objStm}
    return [IndirectObject(idnum, generation, reader) for idnum, generation in sorted(numbers)]


def pdf_walk(reader: pypdf.PdfReader) -> str | None:
    """Every dictionary (streams' too, so inherited entries and form streams) and array reached
    from the trailer and from every numbered object, each object read once."""
    seen, pending, visited, found = set(), [reader.trailer, *pdf_objects(reader)], 0, None
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
        if isinstance(item, DictionaryObject):
            name = pdf_dictionary_active_name(item)
            if name in PDF_SCRIPT_NAMES:
                return name
            found = found or name
            pending.extend(item.values())
        elif isinstance(item, ArrayObject):
            pending.extend(item)
    return found


def pdf_dictionary_active_name(dictionary: DictionaryObject) -> str | None:
    """A script's name among the dictionary's keys and name values, else another active name."""
    names = set(dictionary) | {
        value for value in dictionary.values() if isinstance(value, NameObject)
    }
    if found := names & PDF_SCRIPT_NAMES or names & PDF_ACTION_NAMES:
        return min(found)
    if "/OpenAction" in dictionary and not pdf_is_page_view(dictionary["/OpenAction"]):
        return "/OpenAction"
    return None


def pdf_is_page_view(action) -> bool:
    """An opening action that only shows a page: a destination array, or a /GoTo action."""
    action = action.get_object() if isinstance(action, IndirectObject) else action
    if isinstance(action, ArrayObject):
        return True
    return isinstance(action, DictionaryObject) and action.get("/S") == "/GoTo"


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
