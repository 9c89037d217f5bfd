"""Uploaded files, checked by what they contain and never by their name.

Photos and posters are decoded by Pillow and re-encoded (no EXIF, so no location), with the
thumbnail made once here. Videos are MP4 or WebM by their magic bytes, measured with PyAV (the
FFmpeg libraries, shipped inside the wheel, so no system ffmpeg is needed). Captions are WebVTT.
Evidence is PDF, JPEG or PNG by signature. A refused file raises ValidationError before anything
is written to storage; a replaced or removed file is deleted from storage after the database
changed, so no object is left behind.

One module per kind of file; what the rest of the code calls is re-exported here, so callers
write `uploads.image_clean(...)`.
"""

from therapists.uploads.captions import captions_clean
from therapists.uploads.evidence import EVIDENCE_MAX_BYTES, evidence_clean
from therapists.uploads.files import megabytes, random_name, storage_delete
from therapists.uploads.images import PHOTO_MAX_BYTES, image_clean, poster_clean, thumbnail_make
from therapists.uploads.videos import video_duration, video_kind

__all__ = [
    "EVIDENCE_MAX_BYTES",
    "PHOTO_MAX_BYTES",
    "captions_clean",
    "evidence_clean",
    "image_clean",
    "megabytes",
    "poster_clean",
    "random_name",
    "storage_delete",
    "thumbnail_make",
    "video_duration",
    "video_kind",
]
