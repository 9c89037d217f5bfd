"""Captions: WebVTT only, marked with their own language, and reviewed again when added."""

import codecs

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from tests import factories, uploads
from tests.therapists.editor_posts import stored_names, video_post
from therapists.listing import listing_refresh
from therapists.models import IntroVideo, ModerationStatus, Therapist

pytestmark = pytest.mark.django_db


def test_captions_are_marked_with_their_own_language_not_the_pages(client, owner_client, owner):
    english = factories.LanguageFactory(code="en", name_en="English", name_fr="Anglais")
    french = factories.LanguageFactory(code="fr", name_en="French", name_fr="français")
    owner.owner.language = "fr"
    owner.owner.save()
    vtt = uploads.VTT

    video_post(owner_client, captions=uploads.upload("c.vtt", vtt, "text/vtt"))
    assert IntroVideo.objects.get(therapist=owner).language == french  # the account's language

    owner_client.post(
        reverse("therapists:video"),
        {
            "captions_only": "1",
            "new-captions": uploads.upload("c.vtt", vtt),
            "new-language": english.pk,
        },
    )
    video = IntroVideo.objects.get(therapist=owner)
    assert video.language == english
    video.status = ModerationStatus.APPROVED
    video.save()
    factories.VerifiedCredentialFactory(therapist=owner)
    Therapist.objects.filter(pk=owner.pk).update(is_published=True)
    listing_refresh(therapist_ids=[owner.pk])

    page = client.get(owner.get_absolute_url().replace("/en/", "/fr/", 1))

    assert page.status_code == 200
    assert 'srclang="en" label="Sous-titres (anglais)"' in page.text


@pytest.mark.parametrize(
    "captions",
    [
        b"just words, no header\n",
        b"WEBVTT\n\nno timings at all\n",
        b"WEBVTT\n\n00:00.000 --> 00:01.000\n<script>alert(1)</script>\n",
        b"\xff\xfe\x00W\x00E",
        b"",
    ],
    ids=["no header", "no timings", "script", "not utf-8", "empty"],
)
def test_bad_captions_are_refused_with_the_video_not_stored(owner_client, captions, empty_storages):
    response = video_post(owner_client, captions=uploads.upload("c.vtt", captions, "text/vtt"))

    assert response.status_code == 400
    assert "captions" in response.text.lower()
    assert not IntroVideo.objects.exists()
    assert stored_names(default_storage) == set()


@pytest.mark.parametrize("case", list(uploads.hostile_captions()))
def test_captions_with_markup_are_refused_with_the_video_not_stored(
    owner_client, case, empty_storages
):
    captions = uploads.hostile_captions()[case]

    response = video_post(owner_client, captions=uploads.upload("c.vtt", captions, "text/vtt"))

    assert response.status_code == 400
    assert "The captions contain markup that is not allowed: &lt;" in response.text
    assert "WebVTT&#x27;s own tags" in response.text
    assert not IntroVideo.objects.exists()
    assert stored_names(default_storage) == set()


def test_captions_with_markup_alone_are_refused_in_the_readers_language(owner_client, owner):
    video_post(owner_client)
    captions = uploads.hostile_captions()["image with onerror"]

    response = owner_client.post(
        reverse("therapists:video").replace("/en/", "/fr/", 1),
        {"captions_only": "1", "new-captions": uploads.upload("c.vtt", captions)},
    )

    assert response.status_code == 400
    assert "balises propres à WebVTT" in response.text
    assert not IntroVideo.objects.get().captions


def test_captions_with_every_webvtt_cue_tag_are_kept_as_sent(owner_client, owner):
    response = video_post(
        owner_client, captions=uploads.upload("c.vtt", uploads.VTT_WITH_CUE_TAGS, "text/vtt")
    )

    assert response.status_code == 302
    # As sent, behind the byte order mark that tells a browser opening the transcript it is UTF-8.
    assert IntroVideo.objects.get().captions.read() == codecs.BOM_UTF8 + uploads.VTT_WITH_CUE_TAGS


def test_captions_keep_a_byte_order_mark_they_already_have(owner_client, owner):
    french = codecs.BOM_UTF8 + "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nÉcoute.\n".encode()
    response = video_post(owner_client, captions=uploads.upload("c.vtt", french, "text/vtt"))

    assert response.status_code == 302
    assert IntroVideo.objects.get().captions.read() == french


def test_captions_can_be_added_to_an_uploaded_video_which_is_reviewed_again(
    owner_client, owner, empty_storages
):
    video_post(owner_client)
    IntroVideo.objects.filter(therapist=owner).update(status=ModerationStatus.APPROVED)

    response = owner_client.post(
        reverse("therapists:video"),
        {"captions_only": "1", "new-captions": uploads.upload("c.vtt", uploads.VTT, "text/vtt")},
    )

    assert response.status_code == 302
    video = IntroVideo.objects.get()
    assert video.captions.name.endswith(".vtt")
    assert video.status == ModerationStatus.PENDING
    assert stored_names(default_storage) == {video.file.name, video.captions.name}


def test_bad_captions_alone_are_refused(owner_client, owner):
    video_post(owner_client)

    response = owner_client.post(
        reverse("therapists:video"),
        {"captions_only": "1", "new-captions": uploads.upload("c.vtt", b"not captions")},
    )

    assert response.status_code == 400
    assert "must be a WebVTT file" in response.text
    assert not IntroVideo.objects.get().captions
