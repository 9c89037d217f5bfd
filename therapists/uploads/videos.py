"""Intro videos: MP4 or WebM by their first bytes, in a codec browsers play, within the limits."""

import re
import struct

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from therapists.models.videos import VIDEO_MAX_BYTES, VIDEO_MAX_MINUTES, VIDEO_MAX_SECONDS
from therapists.uploads.files import megabytes

WEBM_SIGNATURE = b"\x1a\x45\xdf\xa3"
# What browsers play in each container: the magic bytes name the container, the codec must fit.
PLAYABLE_CODECS = {"mp4": {"h264", "hevc", "av1", "vp9"}, "webm": {"vp8", "vp9", "av1"}}
# An ISO BMFF box type: four letters, digits or spaces ("ftyp", "moov", "mdat", "free").
BOX_TYPE = re.compile(rb"[A-Za-z0-9 ]{4}")
# Top-level boxes muxers write; one of these running past the end is a file cut short, any other
# header there is something appended.
MP4_TOP_LEVEL_TYPES = set(
    b"ftyp styp moov mdat moof mfra free skip wide uuid sidx ssix prft emsg meta pdin udta".split()
)
# Far more top-level boxes than a fragmented three-minute video has; past it, a file made to
# keep the walk busy.
MP4_MAX_BOXES = 100_000


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
            _(
                "The video is %(size)s MB; the limit is %(limit)s MB. Export a shorter or smaller "
                "copy."
            )
            % {"size": megabytes(size), "limit": megabytes(VIDEO_MAX_BYTES)},
            code="too_large",
        )
    upload.seek(0)
    kind = video_kind(upload.read(64))
    if kind is None:
        raise ValidationError(
            _("This file is not an MP4 or WebM video. Export your video as MP4 and upload it."),
            code="not_a_video",
        )
    if kind == "mp4":
        mp4_boxes_check(upload, size)
    seconds = probe_seconds(upload, kind)
    if seconds > VIDEO_MAX_SECONDS:
        raise ValidationError(
            _("The video lasts %(minutes)d min %(seconds)02d s; the limit is %(limit)d minutes.")
            % {"minutes": seconds // 60, "seconds": seconds % 60, "limit": VIDEO_MAX_MINUTES},
            code="too_long",
        )
    upload.seek(0)
    return max(1, round(seconds))


def mp4_boxes_check(upload: UploadedFile, size: int) -> None:
    """The file is a chain of top-level boxes that ends exactly at its last byte: anything after
    the last box (an HTML page, a second file) is refused, and so is a box cut short.

    Each box starts with its size (4 bytes, big-endian) and type (4 bytes); size 1 means a 64-bit
    size follows the type, size 0 means the box runs to the end of the file."""
    offset, boxes = 0, 0
    while offset < size:
        upload.seek(offset)
        header = upload.read(16)
        boxes += 1
        if len(header) < 8 or not BOX_TYPE.fullmatch(header[4:8]) or boxes > MP4_MAX_BOXES:
            raise mp4_tail_error()
        box_size, header_size = struct.unpack(">I", header[:4])[0], 8
        if box_size == 0:
            return
        if box_size == 1 and len(header) == 16:
            box_size, header_size = struct.unpack(">Q", header[8:16])[0], 16
        if box_size < header_size:
            raise mp4_tail_error()
        if offset + box_size > size and header[4:8] in MP4_TOP_LEVEL_TYPES:
            raise ValidationError(
                _(
                    "This video is incomplete (perhaps the upload was cut short). Choose it "
                    "again, or export a fresh copy as MP4."
                ),
                code="truncated",
            )
        if offset + box_size > size:
            raise mp4_tail_error()
        offset += box_size


def mp4_tail_error() -> ValidationError:
    return ValidationError(
        _(
            "This video has extra data after its end or a damaged structure, so we cannot accept "
            "it. Export it again as MP4 from your video app and upload that copy."
        ),
        code="trailing_data",
    )


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
