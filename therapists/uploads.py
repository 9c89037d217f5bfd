"""Uploaded files, checked by what they contain and never by their name.

Photos and posters are decoded by Pillow and re-encoded (no EXIF, so no location), with the
thumbnail made once here. Videos are MP4 or WebM by their magic bytes, measured with PyAV (the
FFmpeg libraries, shipped inside the wheel, so no system ffmpeg is needed). Captions are WebVTT.
Evidence is PDF, JPEG or PNG by signature. A refused file raises ValidationError before anything
is written to storage; a replaced or removed file is deleted from storage after the database
changed, so no object is left behind.
"""

import io
import re
import uuid
import warnings
from collections.abc import Iterable
from dataclasses import dataclass

import pypdf
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils import formats
from django.utils.translation import gettext as _
from PIL import Image, ImageOps
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

MB = 1024 * 1024
PHOTO_MAX_BYTES = 5 * MB
PHOTO_MAX_PIXELS = 40_000_000
PHOTO_MAX_SIDE = 1600  # the stored portrait: large enough for any screen, small to serve
THUMBNAIL_SIDE = 256
EVIDENCE_MAX_BYTES = 10 * MB
VIDEO_MAX_BYTES = 200 * MB
VIDEO_MAX_SECONDS = 180
CAPTIONS_MAX_BYTES = 512 * 1024

IMAGE_FORMATS = {
    "JPEG": ("jpg", "image/jpeg"),
    "PNG": ("png", "image/png"),
    "WEBP": ("webp", "image/webp"),
}
# Markup or script in an image's bytes means a polyglot meant to be run or rendered somewhere.
EMBEDDED_CODE = re.compile(rb"<\?php|<script|<html|<!doctype|<iframe|<body", re.IGNORECASE)
CUE_TIMING = re.compile(
    r"^(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}[ \t]+-->[ \t]+"
    r"(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}(?:[ \t].*)?$"
)


@dataclass(frozen=True)
class CleanImage:
    """An image decoded and encoded again by us: only pixels survive."""

    content: bytes
    extension: str
    width: int
    height: int


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


def png_has_tail(data: bytes) -> bool:
    """Bytes after a PNG's closing IEND chunk (4 length + 4 type + 4 CRC) hide something."""
    end = data.rfind(b"IEND")
    return end != -1 and len(data) > end + 8  # no IEND at all: a truncated file, found later


def image_clean(
    upload: UploadedFile, *, max_bytes: int = PHOTO_MAX_BYTES, max_side: int = PHOTO_MAX_SIDE
) -> CleanImage:
    """A JPEG, PNG or WebP photo decoded and re-encoded without metadata, or ValidationError."""
    data = upload_bytes(upload, max_bytes=max_bytes, what=_("photo"))
    not_an_image = ValidationError(
        _("This file is not a JPEG, PNG or WebP image. Choose a photo in one of those formats."),
        code="not_an_image",
    )
    if EMBEDDED_CODE.search(data):
        raise ValidationError(
            _(
                "This image contains hidden code or markup, so we cannot accept it. Export the "
                "photo again from a photo app and upload that copy."
            ),
            code="embedded_code",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            # A phone's multi-picture JPEG (MPO) is a JPEG whose first picture is the photo.
            image_format = "JPEG" if probe.format == "MPO" else probe.format
            width, height = probe.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise pixels_error() from error
    except (OSError, ValueError, SyntaxError) as error:
        raise not_an_image from error
    if image_format not in IMAGE_FORMATS:
        raise not_an_image
    if width * height > PHOTO_MAX_PIXELS:
        raise pixels_error()
    if image_format == "PNG" and png_has_tail(data):
        raise ValidationError(
            _(
                "This PNG has extra data after the image, so we cannot accept it. Export the photo "
                "again and upload that copy."
            ),
            code="trailing_data",
        )
    try:
        image = Image.open(io.BytesIO(data))
        image.load()  # decodes every pixel: a truncated or corrupt file fails here
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise ValidationError(
            _(
                "This image is damaged or incomplete (perhaps the upload was cut short). Choose "
                "it again, or export a fresh copy."
            ),
            code="damaged",
        ) from error
    image = ImageOps.exif_transpose(image)  # keep the portrait upright once EXIF is gone
    image.thumbnail((max_side, max_side))
    return encode(image, image_format)


def pixels_error() -> ValidationError:
    return ValidationError(
        _(
            "This image has too many pixels (the limit is 40 megapixels). Save a smaller copy and "
            "upload that."
        ),
        code="too_many_pixels",
    )


def encode(image: Image.Image, image_format: str) -> CleanImage:
    """Pixels only, in the same family of format; no EXIF, ICC or text chunks carried over."""
    if image_format == "JPEG" or image.mode not in {"RGB", "RGBA", "L", "LA"}:
        image = image.convert("RGBA" if image_format != "JPEG" and "A" in image.mode else "RGB")
    pixels = Image.new(image.mode, image.size)
    pixels.paste(image)
    out = io.BytesIO()
    if image_format == "JPEG":
        pixels.save(out, "JPEG", quality=85, optimize=True)
    elif image_format == "PNG":
        pixels.save(out, "PNG", optimize=True)
    else:
        pixels.save(out, "WEBP", quality=85)
    extension = IMAGE_FORMATS[image_format][0]
    return CleanImage(out.getvalue(), extension, *pixels.size)


def thumbnail_make(content: bytes) -> bytes:
    """A square, centred crop for result cards, as WebP."""
    image = Image.open(io.BytesIO(content))
    image = ImageOps.fit(image.convert("RGB"), (THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    out = io.BytesIO()
    image.save(out, "WEBP", quality=82)
    return out.getvalue()


def random_name(extension: str) -> str:
    """A stored name that says nothing of the uploader's original file name."""
    return f"{uuid.uuid4().hex}.{extension}"


def named_content(content: bytes, extension: str) -> ContentFile:
    return ContentFile(content, name=random_name(extension))


# Evidence.

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
    """A PDF, JPEG or PNG (by its first bytes), at most 10 MB, renamed at random. The document
    is kept as sent (verifiers need the original), so anything active in it is refused."""
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


# Video and captions.

WEBM_SIGNATURE = b"\x1a\x45\xdf\xa3"


def video_kind(head: bytes) -> str | None:
    """ "mp4" or "webm" from the first bytes, or None."""
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "mp4"
    if head.startswith(WEBM_SIGNATURE) and b"webm" in head[:64]:
        return "webm"
    return None


def video_duration(upload: UploadedFile) -> int:
    """Checks the video's size, kind and length; returns its whole seconds."""
    size = upload.size or 0
    if size == 0:
        raise ValidationError(_("The video file is empty. Choose it again."), code="empty")
    if size > VIDEO_MAX_BYTES:
        raise ValidationError(
            _("The video is %(size)s MB; the limit is 200 MB. Export a shorter or smaller copy.")
            % {"size": megabytes(size)},
            code="too_large",
        )
    upload.seek(0)
    kind = video_kind(upload.read(64))
    if kind is None:
        raise ValidationError(
            _("This file is not an MP4 or WebM video. Export your video as MP4 and upload it."),
            code="not_a_video",
        )
    seconds = probe_seconds(upload, kind)
    if seconds > VIDEO_MAX_SECONDS:
        raise ValidationError(
            _("The video lasts %(minutes)d min %(seconds)02d s; the limit is 3 minutes.")
            % {"minutes": seconds // 60, "seconds": seconds % 60},
            code="too_long",
        )
    upload.seek(0)
    return max(1, round(seconds))


# What browsers play in each container: the magic bytes name the container, the codec must fit.
PLAYABLE_CODECS = {"mp4": {"h264", "hevc", "av1", "vp9"}, "webm": {"vp8", "vp9", "av1"}}


def probe_seconds(upload: UploadedFile, kind: str) -> float:
    """The length of the first video stream, read by the FFmpeg libraries through PyAV."""
    import av

    upload.seek(0)
    source = upload.temporary_file_path() if hasattr(upload, "temporary_file_path") else upload
    unreadable = ValidationError(
        _("We could not read this video (it may be damaged). Export it again as MP4."),
        code="unreadable",
    )
    try:
        with av.open(source, mode="r") as container:
            streams = container.streams.video
            if not streams:
                raise unreadable
            if streams[0].codec_context.name not in PLAYABLE_CODECS[kind]:
                raise ValidationError(
                    _(
                        "This video is encoded in a way browsers cannot play. Export it as MP4 "
                        "(H.264), the usual choice of phones and video apps."
                    ),
                    code="unplayable",
                )
            if container.duration:
                return container.duration / av.time_base
            stream = streams[0]
            if stream.duration and stream.time_base:
                return float(stream.duration * stream.time_base)
            return sum(1 for _frame in container.decode(video=0)) / float(stream.average_rate or 25)
    except av.FFmpegError as error:
        raise unreadable from error


def captions_clean(upload: UploadedFile) -> ContentFile:
    """WebVTT captions: UTF-8 text starting with WEBVTT, with at least one well-timed cue."""
    data = upload_bytes(upload, max_bytes=CAPTIONS_MAX_BYTES, what=_("captions file"))
    not_vtt = ValidationError(
        _(
            "The captions must be a WebVTT file (.vtt) that starts with the line WEBVTT and has "
            "timed lines such as 00:00:01.000 --> 00:00:04.000."
        ),
        code="not_webvtt",
    )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise not_vtt from error
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not re.match(r"^WEBVTT(?:[ \t].*)?$", lines[0]) or "\x00" in text:
        raise not_vtt
    if not any(CUE_TIMING.match(line.strip()) for line in lines[1:]):
        raise not_vtt
    if re.search(r"<\s*(script|iframe|object|embed|style)", text, re.IGNORECASE):
        raise ValidationError(_("The captions contain markup that is not allowed."), code="markup")
    return named_content(data, "vtt")


def storage_delete(storage, names: Iterable[str]) -> None:
    """Remove files that nothing points to any more; a missing file is not an error."""
    for name in names:
        if name:
            storage.delete(name)
