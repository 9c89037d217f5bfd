"""Intro videos: MP4 or WebM that browsers play, checked by content and length, and sent back to
moderation when replaced."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import translation
from PIL import Image

from tests import uploads
from tests.therapists.editor_posts import stored_names, video_post
from therapists import uploads as upload_checks
from therapists.models import IntroVideo, ModerationStatus
from therapists.models.videos import VIDEO_MAX_SECONDS
from therapists.selfservice.media_forms import VideoForm

pytestmark = pytest.mark.django_db


def test_a_real_mp4_with_captions_waits_for_moderation(owner_client, owner):
    response = video_post(
        owner_client,
        captions=uploads.upload("c.vtt", uploads.VTT, "text/vtt"),
        poster=uploads.upload("p.jpg", uploads.jpeg_with_gps(), "image/jpeg"),
    )

    assert response.status_code == 302
    video = IntroVideo.objects.get(therapist=owner)
    assert video.status == ModerationStatus.PENDING
    assert video.duration_seconds == 2
    assert video.file.name.endswith(".mp4") and video.captions.name.endswith(".vtt")
    assert dict(Image.open(video.poster).getexif()) == {}


def test_a_replaced_video_goes_back_to_moderation_and_leaves_no_old_file(
    owner_client, owner, empty_storages
):
    video_post(owner_client, captions=uploads.upload("c.vtt", uploads.VTT))
    IntroVideo.objects.filter(therapist=owner).update(status=ModerationStatus.APPROVED)

    video_post(owner_client, uploads.mp4_bytes(seconds=1))

    video = IntroVideo.objects.get(therapist=owner)
    assert video.status == ModerationStatus.PENDING
    assert stored_names(default_storage) == {video.file.name}
    owner_client.post(reverse("therapists:video"), {"remove": "1"})
    assert stored_names(default_storage) == set()
    assert not IntroVideo.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("intro.mp4", b"this is a text file named mp4\n" * 10, "not an MP4 or WebM video"),
        ("intro.mp4", b"", "empty"),
        (
            "intro.mp4",
            uploads.mp4_box(b"ftyp", b"mp42" + b"\x00" * 12)
            + uploads.mp4_box(b"mdat", b"\x00" * 100, to_end=True),
            "could not read this video",
        ),
        ("intro.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100, "damaged structure"),
        ("intro.exe", b"MZ\x90\x00" + b"\x00" * 100, "not an MP4 or WebM video"),
    ],
    ids=["text named mp4", "empty", "mp4 header only", "mp4 boxes of no type", "renamed exe"],
)
def test_bad_videos_are_refused_and_nothing_is_stored(
    owner_client, owner, name, content, message, empty_storages
):
    response = video_post(owner_client, content, name=name)

    assert response.status_code == 400
    assert message in response.text
    assert not IntroVideo.objects.exists()
    assert stored_names(default_storage) == set()


@pytest.mark.parametrize("case", list(uploads.hostile_videos()))
def test_an_mp4_carrying_more_than_its_boxes_is_refused_and_nothing_is_stored(
    owner_client, owner, case, empty_storages
):
    content, message = uploads.hostile_videos()[case]

    response = video_post(owner_client, content)

    assert response.status_code == 400
    assert message in response.text
    assert not IntroVideo.objects.exists()
    assert stored_names(default_storage) == set()


def test_an_mp4_with_appended_html_is_refused_in_the_readers_language(owner_client, owner):
    content, _message = uploads.hostile_videos()["mp4 with html appended"]

    response = owner_client.post(
        reverse("therapists:video").replace("/en/", "/fr/", 1),
        {"file": uploads.upload("intro.mp4", content, "video/mp4")},
    )

    assert response.status_code == 400
    assert "Cette vidéo contient des données supplémentaires après sa fin" in response.text


@pytest.mark.parametrize(
    "last_box",
    [
        uploads.mp4_box(b"free", b"\x00" * 32, large=True),
        uploads.mp4_box(b"free", b"\x00" * 32, to_end=True),
    ],
    ids=["64-bit size", "size 0 running to the end"],
)
def test_an_mp4_whose_boxes_end_at_its_last_byte_is_accepted(owner_client, owner, last_box):
    content = uploads.mp4_bytes(seconds=1) + last_box

    response = video_post(owner_client, content)

    assert response.status_code == 302
    assert IntroVideo.objects.get().file.read() == content


def test_a_video_longer_than_three_minutes_is_refused(owner_client, empty_storages):
    response = video_post(owner_client, uploads.mp4_bytes(seconds=181, fps=1, size=(32, 32)))

    assert response.status_code == 400
    assert "the limit is 3 minutes" in response.text
    assert stored_names(default_storage) == set()


def test_a_video_over_200_mb_is_refused_before_reading():
    upload = uploads.upload("big.mp4", uploads.mp4_bytes())
    upload.size = 201 * 1024 * 1024

    with pytest.raises(ValidationError, match="the limit is 200 MB"):
        upload_checks.video_duration(upload)


def test_the_model_keeps_the_length_limit_the_upload_check_applies():
    duration = IntroVideo._meta.get_field("duration_seconds")

    duration.clean(VIDEO_MAX_SECONDS, None)
    with pytest.raises(ValidationError):
        duration.clean(VIDEO_MAX_SECONDS + 1, None)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "MP4 or WebM, at most 3 minutes and 200 MB."),
        ("fr", "MP4 ou WebM, d'au plus 3 minutes et 200\u00a0Mo."),
    ],
)
def test_the_video_form_names_the_limits_in_the_readers_language(language, expected):
    with translation.override(language):
        assert VideoForm().fields["file"].help_text.startswith(expected)


def test_a_real_webm_is_accepted(owner_client, owner):
    response = video_post(owner_client, uploads.webm_bytes(), name="intro.webm")

    assert response.status_code == 302
    assert IntroVideo.objects.get().file.name.endswith(".webm")


def test_an_h264_matroska_file_dressed_as_webm_is_refused(owner_client):
    content = uploads.webm_bytes(fmt="matroska", codec="libx264", fake_doctype=True)

    response = video_post(owner_client, content, name="intro.webm")

    assert response.status_code == 400
    assert "browsers cannot play" in response.text
    assert not IntroVideo.objects.exists()


def test_an_mp4_in_a_codec_browsers_cannot_play_is_refused(owner_client):
    response = video_post(owner_client, uploads.mp4_bytes(codec="mpeg4"))

    assert response.status_code == 400
    assert "browsers cannot play" in response.text
