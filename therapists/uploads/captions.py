"""Captions: WebVTT text, with at least one well-timed cue and no markup but WebVTT's own.

Markup other than WebVTT's cue tags is refused, not stripped. The file stored is then exactly
the one the therapist sent and a verifier reviewed, and no word of theirs vanishes unseen (a
stripper cannot tell "<img onerror=...>" from a plain "<" meant as text). Caption editors write
only cue tags and escape a plain "<" as "&lt;", so a file holding anything else was made by hand
or made to attack, and asking for a clean export costs the honest therapist one minute.
"""

import codecs
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
# WebVTT's cue tags: class, italic, bold, underline, voice, language, ruby and its text, each with
# optional classes (<c.yellow>); a voice or language may carry a name (<v Dr. Lee>, <lang fr-CA>).
CUE_TAG = re.compile(
    r"<(?:(?P<name>c|i|b|u|v|lang|ruby|rt)(?:\.[\w-]+)*(?:[ \t](?P<annotation>[^<>=\"`\n]*))?"
    r"|/(?:c|i|b|u|v|lang|ruby|rt)"
    r"|(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})>"
)
CUE_TAG_ANNOTATED = {"v", "lang"}


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
    if tag := foreign_markup(text):
        raise ValidationError(
            _(
                "The captions contain markup that is not allowed: %(tag)s. Captions may use only "
                "WebVTT's own tags (<b>, <i>, <u>, <c>, <v>, <lang>, <ruby>, <rt> and timestamps); "
                "write a plain < as &lt;. Export the captions again from your captioning app."
            )
            % {"tag": tag},
            code="markup",
        )
    return named_content(with_byte_order_mark(data), "vtt")


def with_byte_order_mark(data: bytes) -> bytes:
    """The file as stored: UTF-8 with its byte order mark, which WebVTT allows, so that a browser
    opening the transcript link (served as text/vtt, without a charset) reads its accents right."""
    return data if data.startswith(codecs.BOM_UTF8) else codecs.BOM_UTF8 + data


def foreign_markup(text: str) -> str | None:
    """The first "<" that does not open one of WebVTT's cue tags, with what follows it on the
    line (shortened), or None when every tag is WebVTT's own."""
    for opening in re.finditer("<", text):
        tag = CUE_TAG.match(text, opening.start())
        if tag is None or (tag["annotation"] is not None and tag["name"] not in CUE_TAG_ANNOTATED):
            return text[opening.start() :].split("\n", 1)[0][:40]
    return None
