"""Photos and posters: decoded and encoded again, so only their pixels are kept."""

import io
import re
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from therapists.uploads.files import MB, upload_bytes

PHOTO_MAX_BYTES = 5 * MB
PHOTO_MAX_PIXELS = 40_000_000
PHOTO_MAX_SIDE = 1600  # the stored portrait: large enough for any screen, small to serve
POSTER_MAX_SIDE = 1280
THUMBNAIL_SIDE = 256

IMAGE_EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# Markup or script in an image's bytes means a polyglot meant to be run or rendered somewhere.
EMBEDDED_CODE = re.compile(rb"<\?php|<script|<html|<!doctype|<iframe|<body", re.IGNORECASE)


@dataclass(frozen=True)
class CleanImage:
    """An image decoded and encoded again by us: only pixels survive."""

    content: bytes
    extension: str


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
    if image_format not in IMAGE_EXTENSIONS:
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


def poster_clean(upload: UploadedFile) -> CleanImage:
    """A video's poster: checked as a photo is, and kept at the size a player shows."""
    return image_clean(upload, max_side=POSTER_MAX_SIDE)


def pixels_error() -> ValidationError:
    return ValidationError(
        _(
            "This image has too many pixels (the limit is %(limit)d megapixels). Save a smaller "
            "copy and upload that."
        )
        % {"limit": PHOTO_MAX_PIXELS // 1_000_000},
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
    return CleanImage(out.getvalue(), IMAGE_EXTENSIONS[image_format])


def thumbnail_make(content: bytes) -> bytes:
    """A square, centred crop for result cards, as WebP."""
    image = Image.open(io.BytesIO(content))
    image = ImageOps.fit(image.convert("RGB"), (THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    out = io.BytesIO()
    image.save(out, "WEBP", quality=82)
    return out.getvalue()
