"""Demo media: photos and approved, captioned intro videos, so a first run shows them all."""

import functools

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from therapists import uploads
from therapists.demo import media, seed
from therapists.demo.plans import designation_of
from therapists.demo.seed import demo_seed
from therapists.listing import listing_checklist
from therapists.models import IntroVideo, ModerationStatus, RegulatoryBody, SearchRow, Therapist

from .test_seed import vocabulary  # noqa: F401 (a fixture: the reference data the seed reads)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("vocabulary")]


def stored(field) -> bytes:
    with field.storage.open(field.name) as file:
        return file.read()


def test_demo_videos_are_approved_captioned_in_both_languages_and_found_by_the_filter():
    demo_seed(count=120, seed=7)
    videos = IntroVideo.objects.select_related("language")
    assert videos.count() == 30
    assert set(videos.values_list("status", flat=True)) == {ModerationStatus.APPROVED}
    assert set(videos.values_list("language__code", flat=True)) == {"en", "fr"}
    for video in videos[:4]:
        captions = stored(video.captions)
        uploads.captions_clean(SimpleUploadedFile("c.vtt", captions))  # the editor's own check
        assert media.CAPTIONS[video.language.code][0] in captions.decode("utf-8-sig")
        assert uploads.video_duration(SimpleUploadedFile("v.mp4", stored(video.file))) == 4
        assert video.poster and video.reviewed_by and video.reviewed_at
    listed_with_video = Therapist.objects.listed().filter(intro_video__status="approved")
    assert listed_with_video.exists()
    assert set(SearchRow.objects.filter(has_video=True).values_list("therapist_id", flat=True)) == {
        therapist.pk for therapist in listed_with_video
    }


def test_no_published_demo_profile_is_told_to_add_a_photo():
    demo_seed(count=60, seed=3)
    for therapist in Therapist.objects.filter(is_published=True):
        photo = next(item for item in listing_checklist(therapist) if item.key == "photo")
        assert photo.done, therapist
        assert therapist.photo_thumbnail
    portraits = {stored(t.photo) for t in Therapist.objects.exclude(photo="")}
    assert 1 < len(portraits) <= len(media.PALETTES)  # a few portraits, each profile a copy
    assert Therapist.objects.exclude(photo="").values("photo").distinct().count() == (
        Therapist.objects.exclude(photo="").count()
    )


def test_media_is_made_once_and_only_for_the_first_profiles(monkeypatch):
    made = []
    clips_make = media.clips_make
    monkeypatch.setattr(media, "clips_make", lambda: made.append(1) or clips_make())
    monkeypatch.setattr(seed, "demo_media_seed", functools.partial(media.demo_media_seed, limit=8))
    demo_seed(count=40, seed=5)
    assert made == [1]
    first, rest = Therapist.objects.order_by("pk")[:8], Therapist.objects.order_by("pk")[8:]
    assert all(t.photo for t in first if t.is_published)
    assert not any(t.photo for t in rest)
    assert not IntroVideo.objects.filter(therapist__in=list(rest)).exists()


@pytest.mark.parametrize(
    ("slug", "designation"),
    [("opq", "Psychologue"), ("otstcfq", "T.S."), ("crpo", "RP"), ("cpbao", "C.Psych.")],
)
def test_demo_designations_are_in_the_regulators_own_words(slug, designation):
    assert designation_of(RegulatoryBody.objects.get(slug=slug)) == designation
