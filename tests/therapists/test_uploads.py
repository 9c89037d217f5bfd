"""Photos, videos, captions and evidence: checked by content; a hostile corpus is refused."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from directory.storage import private_storage
from tests import factories, uploads
from therapists import uploads as upload_checks
from therapists.listing import listing_refresh
from therapists.models import (
    Credential,
    CredentialStatus,
    IntroVideo,
    ModerationStatus,
    Therapist,
)
from therapists.models.videos import VIDEO_MAX_SECONDS
from therapists.selfservice.media_forms import VideoForm
from therapists.uploads.files import upload_bytes

# The end of next year's registration year: a date the forms accept whatever the day.
YEAR_END = datetime.date(timezone.localdate().year + 1, 12, 31)

pytestmark = pytest.mark.django_db


def stored_names(storage) -> set[str]:
    """Every file in an InMemoryStorage, whatever its folder."""
    names = set()

    def walk(path):
        folders, files = storage.listdir(path)
        names.update(f"{path}{name}" for name in files)
        for folder in folders:
            walk(f"{path}{folder}/")

    walk("")
    return names


@pytest.fixture
def empty_storages():
    for storage in (default_storage, private_storage):
        for name in stored_names(storage):
            storage.delete(name)


def post_photo(client, name, content, content_type="image/jpeg"):
    return client.post(
        reverse("therapists:photo"), {"photo": uploads.upload(name, content, content_type)}
    )


def test_a_photo_is_re_encoded_with_a_thumbnail_and_no_location(owner_client, owner):
    response = post_photo(owner_client, "me.jpg", uploads.jpeg_with_gps())

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.photo.name.startswith("photos/") and "me" not in owner.photo.name
    stored = Image.open(io.BytesIO(owner.photo.read()))
    assert dict(stored.getexif()) == {}
    assert b"PhoneMaker" not in owner.photo.open().read()
    thumbnail = Image.open(owner.photo_thumbnail)
    assert thumbnail.size == (256, 256)


def test_a_phones_multi_picture_jpeg_is_taken_as_a_jpeg(owner_client, owner):
    out = io.BytesIO()
    first, second = Image.new("RGB", (400, 300), "teal"), Image.new("RGB", (400, 300), "navy")
    first.save(out, "MPO", save_all=True, append_images=[second])
    assert Image.open(io.BytesIO(out.getvalue())).format == "MPO"

    response = post_photo(owner_client, "IMG_0001.JPG", out.getvalue())

    assert response.status_code == 302
    owner.refresh_from_db()
    stored = Image.open(owner.photo)
    assert (stored.format, stored.size) == ("JPEG", (400, 300))
    _red, green, blue = stored.getpixel((10, 10))
    assert green > 100 < blue  # the first picture, teal (the second is navy)


@pytest.mark.parametrize(
    ("language", "size", "limit", "expected"),
    [
        ("en", 700 * 1024, 512 * 1024, "The file is 0.7 MB; the limit is 0.5 MB."),
        ("fr", 12_400_000, 5 * 1024 * 1024, "11,8\u00a0Mo; la limite est de 5\u00a0Mo."),
    ],
)
def test_sizes_are_written_to_a_tenth_in_the_visitors_language(language, size, limit, expected):
    upload = uploads.upload("big.bin", b"x")
    upload.size = size
    with translation.override(language), pytest.raises(ValidationError) as refused:
        upload_bytes(upload, max_bytes=limit, what="file")
    assert expected in refused.value.message


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_png_and_webp_photos_keep_their_format(owner_client, owner, fmt):
    post_photo(owner_client, "me.img", uploads.image_bytes(fmt), f"image/{fmt.lower()}")

    owner.refresh_from_db()
    assert Image.open(owner.photo).format == fmt


def test_a_large_photo_is_stored_at_display_size(owner_client, owner):
    post_photo(owner_client, "me.jpg", uploads.image_bytes("JPEG", size=(4000, 3000)))

    owner.refresh_from_db()
    assert Image.open(owner.photo).size == (1600, 1200)


def test_a_replaced_photo_leaves_no_old_file(
    owner_client, owner, empty_storages, django_capture_on_commit_callbacks
):
    post_photo(owner_client, "one.jpg", uploads.image_bytes())
    post_photo(owner_client, "two.jpg", uploads.image_bytes(color=(200, 10, 10)))
    owner.refresh_from_db()

    assert stored_names(default_storage) == {owner.photo.name, owner.photo_thumbnail.name}

    with django_capture_on_commit_callbacks(execute=True):  # files go once the removal commits
        owner_client.post(reverse("therapists:photo"), {"remove": "1"})
    assert stored_names(default_storage) == set()


@pytest.mark.parametrize("case", list(uploads.hostile_images()))
def test_hostile_photos_are_refused_and_nothing_is_stored(
    owner_client, owner, case, empty_storages
):
    name, content = uploads.hostile_images()[case]

    response = post_photo(owner_client, name, content)

    assert response.status_code == 400
    assert 'class="field__error"' in response.text
    owner.refresh_from_db()
    assert not owner.photo and not owner.photo_thumbnail
    assert stored_names(default_storage) == set()


def test_hostile_photos_give_a_plain_reason(owner_client):
    reasons = {
        case: post_photo(owner_client, name, content).text
        for case, (name, content) in uploads.hostile_images().items()
    }

    assert "hidden code or markup" in reasons["png with php tail"]
    assert "extra data after the image" in reasons["png with binary tail"]
    assert "not a JPEG, PNG or WebP image" in reasons["renamed exe"]
    assert "too many pixels" in reasons["decompression bomb"]
    assert "damaged or incomplete" in reasons["truncated jpeg"]
    assert "The file is empty" in reasons["empty"] or "submitted file is empty" in reasons["empty"]
    assert "the limit is 5 MB" in reasons["oversized"]


def video_post(client, content=None, name="intro.mp4", **extra):
    content = uploads.mp4_bytes() if content is None else content
    data = {"file": uploads.upload(name, content, "video/mp4")}
    data |= {key: value for key, value in extra.items() if value is not None}
    return client.post(reverse("therapists:video"), data)


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
        ("intro.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 100, "could not read this video"),
        ("intro.exe", b"MZ\x90\x00" + b"\x00" * 100, "not an MP4 or WebM video"),
    ],
    ids=["text named mp4", "empty", "mp4 header only", "renamed exe"],
)
def test_bad_videos_are_refused_and_nothing_is_stored(
    owner_client, owner, name, content, message, empty_storages
):
    response = video_post(owner_client, content, name=name)

    assert response.status_code == 400
    assert message in response.text
    assert not IntroVideo.objects.exists()
    assert stored_names(default_storage) == set()


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


def credential_data(body, **overrides):
    return {
        "regulatory_body": body.pk,
        "designation": "RP",
        "registration_number": "12345",
        "jurisdiction": "ON",
        "expires_on": YEAR_END.isoformat(),
        "evidence": uploads.upload("licence.pdf", uploads.PDF),
    } | overrides


def test_a_credential_is_submitted_pending_with_private_evidence(owner_client, owner):
    body = factories.RegulatoryBodyFactory()

    response = owner_client.post(reverse("therapists:credential_add"), credential_data(body))

    assert response.status_code == 302
    credential = Credential.objects.get(therapist=owner)
    assert credential.status == CredentialStatus.PENDING
    assert credential.events.get().to_status == CredentialStatus.PENDING
    assert credential.evidence.storage is private_storage or private_storage.exists(
        credential.evidence.name
    )
    assert private_storage.exists(credential.evidence.name)
    assert not default_storage.exists(credential.evidence.name)
    assert "licence" not in credential.evidence.name


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("licence.pdf", b"MZ\x90\x00 not a pdf", "not a PDF, JPEG or PNG"),
        ("licence.pdf", b"", "empty"),
        ("licence.pdf", b"%PDF-1.4\n" + b"x" * 100, "This PDF is incomplete"),
        ("licence.png", uploads.image_bytes("PNG")[:60], "damaged or incomplete"),
        ("licence.svg", b"<svg><script>alert(1)</script></svg>", "not a PDF, JPEG or PNG"),
        ("licence.pdf", b"%PDF-1.4\n%%EOF\n" + b"\x00" * (10 * 1024 * 1024), "the limit is 10 MB"),
        (
            "licence.pdf",
            b"%PDF-1.4\n1 0 obj<</S/JavaScript/JS(app.alert(1))>>endobj\n%%EOF\n",
            "contains scripts or attached files",
        ),
        (
            "licence.pdf",
            uploads.pdf_bytes(b"<< /S /J#61vaScript /JS (app.alert(1)) >>", open_action=b"4 0 R"),
            "contains scripts or attached files",
        ),
        (
            "licence.pdf",
            uploads.pdf_bytes(b"<< /S /L#61unch /F (calc.exe) >>", open_action=b"4 0 R"),
            "contains scripts or attached files",
        ),
        (
            "licence.pdf",
            uploads.pdf_with_object_stream(b"<< /S /JavaScript /JS (app.alert(1)) >>"),
            "contains scripts or attached files",
        ),
        ("licence.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n", "This PDF cannot be read"),
        ("licence.png", uploads.hostile_images()["png with php tail"][1], "hidden code"),
        ("licence.png", uploads.png_bomb(), "too many pixels"),
        ("licence.jpg", uploads.hostile_images()["truncated jpeg"][1], "damaged or incomplete"),
    ],
    ids=[
        "renamed exe",
        "empty",
        "pdf without end",
        "truncated png",
        "svg with script",
        "oversized",
        "pdf with javascript",
        "pdf with javascript named in escapes",
        "pdf with a launch named in escapes",
        "pdf with javascript in a compressed object stream",
        "pdf without a cross-reference",
        "png with php tail",
        "decompression bomb",
        "truncated jpeg",
    ],
)
def test_bad_evidence_is_refused_and_the_other_fields_kept(
    owner_client, owner, name, content, message, empty_storages
):
    body = factories.RegulatoryBodyFactory()

    response = owner_client.post(
        reverse("therapists:credential_add"),
        credential_data(body, evidence=uploads.upload(name, content)),
    )

    assert response.status_code == 400
    assert message in response.text
    assert 'value="12345"' in response.text
    assert not Credential.objects.exists()
    assert stored_names(private_storage) == set()


def test_jpeg_evidence_is_accepted(owner_client, owner):
    body = factories.RegulatoryBodyFactory()

    owner_client.post(
        reverse("therapists:credential_add"),
        credential_data(body, evidence=uploads.upload("scan.jpg", uploads.image_bytes())),
    )

    assert Credential.objects.get().evidence.name.endswith(".jpg")


def test_a_credential_needs_evidence(owner_client):
    body = factories.RegulatoryBodyFactory()

    response = owner_client.post(
        reverse("therapists:credential_add"), credential_data(body, evidence="")
    )

    assert response.status_code == 400
    assert "Add a copy of your certificate" in response.text


def test_editing_the_number_of_a_verified_credential_sends_it_back_to_pending(owner_client, owner):
    credential = factories.VerifiedCredentialFactory(therapist=owner, registration_number="111")
    data = credential_data(credential.regulatory_body, registration_number="222")
    del data["evidence"]

    response = owner_client.post(
        reverse("therapists:credential_edit", kwargs={"pk": credential.pk}), data
    )

    assert response.status_code == 302
    credential.refresh_from_db()
    assert (credential.registration_number, credential.status) == ("222", CredentialStatus.PENDING)


def test_a_later_expiry_waits_for_a_check_while_the_verification_continues(owner_client, owner):
    credential = factories.VerifiedCredentialFactory(therapist=owner, registration_number="111")
    checked = credential.expires_on
    data = credential_data(credential.regulatory_body, registration_number="111")
    del data["evidence"]
    edit = reverse("therapists:credential_edit", kwargs={"pk": credential.pk})

    owner_client.post(edit, data)

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.VERIFIED
    assert (credential.expires_on, credential.renewed_until) == (checked, YEAR_END)
    dashboard = owner_client.get(reverse("therapists:dashboard")).text
    assert f"Renewal to Dec. 31, {YEAR_END.year} waiting for our check." in dashboard
    form = owner_client.get(edit).text
    assert f'value="{YEAR_END.isoformat()}"' in form  # the date entered, not the checked one
    assert f"Our team is checking your renewal to Dec. 31, {YEAR_END.year}." in form


def test_replacing_evidence_removes_the_old_document(
    owner_client, owner, empty_storages, django_capture_on_commit_callbacks
):
    body = factories.RegulatoryBodyFactory()
    owner_client.post(reverse("therapists:credential_add"), credential_data(body))
    credential = Credential.objects.get()
    first = credential.evidence.name

    with django_capture_on_commit_callbacks(execute=True):  # the old one goes once committed
        owner_client.post(
            reverse("therapists:credential_edit", kwargs={"pk": credential.pk}),
            credential_data(body, evidence=uploads.upload("new.png", uploads.image_bytes("PNG"))),
        )

    credential.refresh_from_db()
    assert credential.evidence.name != first
    assert stored_names(private_storage) == {credential.evidence.name}


def test_the_same_registration_twice_is_refused(owner_client, owner):
    body = factories.RegulatoryBodyFactory()
    owner_client.post(reverse("therapists:credential_add"), credential_data(body))

    response = owner_client.post(reverse("therapists:credential_add"), credential_data(body))

    assert response.status_code == 400
    assert Credential.objects.count() == 1


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


def test_editing_a_rejected_credential_sends_it_back_for_review(owner_client, owner):
    credential = factories.CredentialFactory(
        therapist=owner, status=CredentialStatus.REJECTED, reason="Number not found."
    )
    data = credential_data(credential.regulatory_body, registration_number="98765")
    del data["evidence"]

    owner_client.post(reverse("therapists:credential_edit", kwargs={"pk": credential.pk}), data)

    credential.refresh_from_db()
    assert credential.status == CredentialStatus.PENDING
    assert [e.to_status for e in credential.events.all()] == [CredentialStatus.PENDING]


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


@pytest.mark.parametrize(
    "case", ["png with php tail", "decompression bomb", "renamed exe", "empty"]
)
def test_hostile_posters_are_refused_with_the_video_not_stored(owner_client, case, empty_storages):
    name, content = uploads.hostile_images()[case]

    response = video_post(owner_client, poster=uploads.upload(name, content))

    assert response.status_code == 400
    assert not IntroVideo.objects.exists()
    assert stored_names(default_storage) == set()


def test_a_registration_that_has_already_ended_is_refused(owner_client, owner):
    body = factories.RegulatoryBodyFactory()

    response = owner_client.post(
        reverse("therapists:credential_add"), credential_data(body, expires_on="2020-01-01")
    )

    assert response.status_code == 400
    assert "This date has passed" in response.text
    assert 'id="id_expires_on_error"' in response.text  # what aria-describedby names
    assert not Credential.objects.exists()


@pytest.mark.parametrize(
    ("body_province", "overrides", "field", "message"),
    [
        (
            "AB",
            {"jurisdiction": "QC"},
            "jurisdiction",
            "Test College registers practitioners in Alberta only, not in Quebec.",
        ),
        (
            "ON",
            {"expires_on": "9999-12-31"},
            "expires_on",
            "A registration year ends by Dec. 31, ",
        ),
    ],
)
def test_a_claim_no_body_could_have_issued_is_refused(
    owner_client, owner, body_province, overrides, field, message
):
    body = factories.RegulatoryBodyFactory(name="Test College", province=body_province)

    response = owner_client.post(
        reverse("therapists:credential_add"), credential_data(body, **overrides)
    )

    assert response.status_code == 400
    assert message in response.text
    assert f'id="id_{field}_error"' in response.text
    assert not Credential.objects.exists()


def test_a_national_body_is_claimed_in_any_province(owner_client, owner):
    body = factories.RegulatoryBodyFactory(acronym="CCPA", province="")

    response = owner_client.post(
        reverse("therapists:credential_add"), credential_data(body, jurisdiction="NS")
    )

    assert response.status_code == 302
    assert Credential.objects.get().jurisdiction == "NS"


def test_the_same_registration_twice_is_explained_in_plain_words(owner_client, owner):
    body = factories.RegulatoryBodyFactory()
    owner_client.post(reverse("therapists:credential_add"), credential_data(body))

    response = owner_client.post(reverse("therapists:credential_add"), credential_data(body))

    assert "You already added this registration." in response.text
    assert "already exists" not in response.text


def test_resubmitting_clears_the_last_reviewers_note(owner_client, owner):
    credential = factories.CredentialFactory(
        therapist=owner, status=CredentialStatus.REJECTED, reason="Number not found."
    )
    data = credential_data(credential.regulatory_body, registration_number="98765")
    del data["evidence"]

    owner_client.post(reverse("therapists:credential_edit", kwargs={"pk": credential.pk}), data)

    credential.refresh_from_db()
    assert (credential.status, credential.reason) == (CredentialStatus.PENDING, "")
    assert "Number not found." not in owner_client.get(reverse("therapists:dashboard")).text


def test_saving_a_refused_credential_unchanged_says_what_is_needed(owner_client, owner):
    credential = factories.CredentialFactory(
        therapist=owner,
        status=CredentialStatus.REVOKED,
        reason="Struck off.",
        registration_number="12345",
        designation="RP",
        jurisdiction="ON",
        expires_on=YEAR_END,
    )
    data = credential_data(credential.regulatory_body)
    del data["evidence"]

    response = owner_client.post(
        reverse("therapists:credential_edit", kwargs={"pk": credential.pk}), data, follow=True
    )

    assert "Nothing changed, so the credential stays revoked." in response.text
    credential.refresh_from_db()
    assert credential.status == CredentialStatus.REVOKED


@pytest.mark.parametrize(
    "content",
    [
        uploads.PDF,
        uploads.pdf_with_object_stream(b"<< /S /URI /URI (https://www.cpso.on.ca/) >>"),
    ],
    ids=["cross-reference table", "compressed object stream"],
)
def test_a_plain_pdf_is_accepted_however_its_objects_are_stored(content):
    cleaned = upload_checks.evidence_clean(uploads.upload("licence.pdf", content))

    assert cleaned.read() == content
    assert cleaned.name.endswith(".pdf")
