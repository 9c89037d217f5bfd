"""Captions: WebVTT text, with at least one well-timed cue and no markup that could run."""

import re

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from therapists.models.videos import CAPTIONS_MAX_BYTES
from therapists.uploads.files import named_content, upload_bytes

CUE_TIMING = re.compile(
    r"^(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}[ \t]+-->[ \t]+"
    r"(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}(?:[ \t].*)?$"
)


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
