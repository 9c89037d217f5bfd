"""Intro videos: MP4 or WebM by their first bytes, in a codec browsers play, within the limits."""

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from therapists.models.videos import VIDEO_MAX_BYTES, VIDEO_MAX_MINUTES, VIDEO_MAX_SECONDS
from therapists.uploads.files import megabytes

WEBM_SIGNATURE = b"\x1a\x45\xdf\xa3"
# What browsers play in each container: the magic bytes name the container, the codec must fit.
PLAYABLE_CODECS = {"mp4": {"h264", "hevc", "av1", "vp9"}, "webm": {"vp8", "vp9", "av1"}}


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
    seconds = probe_seconds(upload, kind)
    if seconds > VIDEO_MAX_SECONDS:
        raise ValidationError(
            _("The video lasts %(minutes)d min %(seconds)02d s; the limit is %(limit)d minutes.")
            % {"minutes": seconds // 60, "seconds": seconds % 60, "limit": VIDEO_MAX_MINUTES},
            code="too_long",
        )
    upload.seek(0)
    return max(1, round(seconds))


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
