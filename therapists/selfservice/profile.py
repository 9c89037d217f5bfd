"""A therapist's own writes to their profile that take more than one step.

The editor's ModelForms check what is typed; these functions save it when that takes checks,
storage or several rows: starting a profile, saving a section, offices, photos and videos,
publishing, confirming availability.
"""

from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.forms import ModelForm
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from directory.models import User
from therapists import uploads
from therapists.listing import listing_refresh, publish_blockers
from therapists.models import (
    OFFICE_TWICE,
    WAITLIST_WEEKS_MAX,
    Accepting,
    IntroVideo,
    Language,
    ModerationStatus,
    Office,
    Therapist,
)
from therapists.search.cache import search_cache_clear
from therapists.search.rows import search_rows_refresh
from therapists.search.text import search_vectors_refresh

# Addresses under /therapists/ that are pages of their own, never a profile's.
RESERVED_SLUGS = frozenset({"compare"})


def unique_slug(name: str) -> str:
    base = (slugify(name) or "therapist")[:60].strip("-") or "therapist"
    slug, n = base, 1
    while slug in RESERVED_SLUGS or Therapist.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def therapist_start(*, owner: User, display_name: str) -> Therapist:
    """A new, unpublished profile for an account that has none, written in the account's
    language until the therapist says otherwise."""
    therapist = Therapist(
        owner=owner,
        display_name=display_name.strip(),
        slug=unique_slug(display_name),
        text_language=owner.language,
        is_published=False,
    )
    therapist.full_clean()
    therapist.save()
    search_vectors_refresh([therapist.pk])
    return therapist


@transaction.atomic
def therapist_saved(*, therapist: Therapist) -> None:
    """After any edit of the profile's words, approaches or concerns: keep search current.

    A form saves every column, listed_until too, as it was when the profile was loaded; a
    verifier's decision in the meantime is read back here."""
    search_vectors_refresh([therapist.pk])
    listing_refresh(therapist_ids=[therapist.pk])


def therapist_section_save(*, form: ModelForm) -> Therapist:
    """One section of the editor: the profile row and its many-to-many links, or nothing.
    Refused (ValidationError) when a published profile would lose what publishing needs."""
    therapist = form.instance
    with published_requirements_kept(therapist):
        form.save()
        therapist_saved(therapist=therapist)
    return therapist


@contextmanager
def published_requirements_kept(therapist: Therapist):
    """Around an edit, in one transaction: a published profile may not lose what publishing
    asked for (a bio, a fee, a photo, ...); the edit is undone and ValidationError says what
    is missing. Whatever was already missing before the edit does not count against it."""
    missing_before = {item.key for item in publish_blockers(Therapist.objects.get(pk=therapist.pk))}
    with transaction.atomic():
        yield
        if not therapist.is_published:
            return
        lost = [item for item in publish_blockers(therapist) if item.key not in missing_before]
        if lost:
            raise ValidationError(
                [
                    _(
                        "Your profile is published, so it needs this: %(item)s. Pause your "
                        "profile first if you want to remove it."
                    )
                    % {"item": item.label}
                    for item in lost
                ],
                code="published_needs",
            )


@transaction.atomic
def therapist_publish(
    *, therapist: Therapist, accepting: str, waitlist_weeks: int | None = None
) -> Therapist:
    """The therapist asks to be listed, saying whether they take new clients; refused while
    something needed is missing. A new listing starts with its availability confirmed today."""
    missing = [item.label for item in publish_blockers(therapist)]
    missing += availability_problems(accepting=accepting, waitlist_weeks=waitlist_weeks)
    if missing:
        raise ValidationError(missing, code="incomplete")
    availability_set(therapist, accepting=accepting, waitlist_weeks=waitlist_weeks)
    therapist.is_published = True
    therapist.save(update_fields=["is_published", *AVAILABILITY_FIELDS, "updated_at"])
    listing_refresh(therapist_ids=[therapist.pk])
    transaction.on_commit(search_cache_clear, robust=True)  # listed at once, not in a minute
    return therapist


@transaction.atomic
def therapist_pause(*, therapist: Therapist) -> Therapist:
    """Hide the profile from the public at once; nothing else changes."""
    therapist.is_published = False
    therapist.save(update_fields=["is_published", "updated_at"])
    listing_refresh(therapist_ids=[therapist.pk])
    transaction.on_commit(search_cache_clear, robust=True)  # no cached search still shows it
    return therapist


def office_save(*, office: Office) -> Office:
    """A new or edited office, with the listing it changes: an office is listed only where its
    therapist is registered, and its province may be new. The same address twice is refused."""
    try:
        with transaction.atomic():
            office.save()
            listing_refresh(therapist_ids=[office.therapist_id])
    except IntegrityError as error:  # the same address saved by a request running alongside
        raise ValidationError(OFFICE_TWICE, code="office_twice") from error
    return office


def office_delete(*, office: Office) -> None:
    """Remove an office; refused while a published in-person profile needs it."""
    with published_requirements_kept(office.therapist):
        office.delete()
        listing_refresh(therapist_ids=[office.therapist_id])


AVAILABILITY_FIELDS = ["accepting", "waitlist_weeks", "availability_confirmed_at"]


def availability_problems(*, accepting: str, waitlist_weeks: int | None) -> list[str]:
    """What is wrong with a therapist's word on new clients, in their words; empty if nothing."""
    if accepting not in Accepting.values:
        return [_("Say whether you are taking new clients")]
    weeks_given = accepting == Accepting.WAITLIST and waitlist_weeks is not None
    if weeks_given and not 1 <= waitlist_weeks <= WAITLIST_WEEKS_MAX:
        return [
            _("Give a wait of 1 to %(max)s weeks, or leave it blank") % {"max": WAITLIST_WEEKS_MAX}
        ]
    return []


def availability_set(therapist: Therapist, *, accepting: str, waitlist_weeks: int | None):
    """Say it, confirmed now; a wait only goes with a waitlist."""
    therapist.accepting = accepting
    therapist.waitlist_weeks = waitlist_weeks if accepting == Accepting.WAITLIST else None
    therapist.availability_confirmed_at = timezone.now()


@transaction.atomic
def therapist_availability_confirm(
    *, therapist: Therapist, accepting: str, waitlist_weeks: int | None = None
) -> Therapist:
    """The therapist says, today, whether they take new clients: now, by a waitlist (with the
    expected wait in weeks, if known) or not at all. Refused (ValidationError) if it makes no
    sense."""
    problems = availability_problems(accepting=accepting, waitlist_weeks=waitlist_weeks)
    if problems:
        raise ValidationError(problems, code="availability")
    availability_set(therapist, accepting=accepting, waitlist_weeks=waitlist_weeks)
    therapist.save(update_fields=[*AVAILABILITY_FIELDS, "updated_at"])
    search_rows_refresh([therapist.pk])
    return therapist


def therapist_photo_set(*, therapist: Therapist, upload: UploadedFile) -> Therapist:
    """Check, re-encode and store a new portrait with its thumbnail; the old files go."""
    clean = uploads.image_clean(upload)  # raises before anything is stored
    old_names = [therapist.photo.name, therapist.photo_thumbnail.name]
    therapist.photo.save(
        uploads.random_name(clean.extension), ContentFile(clean.content), save=False
    )
    therapist.photo_thumbnail.save(
        uploads.random_name("webp"), ContentFile(uploads.thumbnail_make(clean.content)), save=False
    )
    new_names = [therapist.photo.name, therapist.photo_thumbnail.name]
    try:
        therapist.save(update_fields=["photo", "photo_thumbnail", "updated_at"])
    except Exception:
        uploads.storage_delete(therapist.photo.storage, new_names)
        raise
    uploads.storage_delete(therapist.photo.storage, old_names)
    return therapist


def therapist_photo_remove(*, therapist: Therapist) -> Therapist:
    """Remove the portrait, unless a published profile needs it; its files go once that
    commits."""
    old_names = [therapist.photo.name, therapist.photo_thumbnail.name]
    with published_requirements_kept(therapist):
        therapist.photo = ""
        therapist.photo_thumbnail = ""
        therapist.save(update_fields=["photo", "photo_thumbnail", "updated_at"])
    storage = Therapist._meta.get_field("photo").storage
    transaction.on_commit(lambda: uploads.storage_delete(storage, old_names), robust=True)
    return therapist


def intro_video_files(video: IntroVideo | None) -> list[str]:
    if video is None:
        return []
    return [video.file.name, video.poster.name, video.captions.name]


def intro_video_set(
    *,
    therapist: Therapist,
    file: UploadedFile,
    poster: UploadedFile | None = None,
    captions: UploadedFile | None = None,
    language: Language | None = None,
) -> IntroVideo:
    """A new or replaced video, checked, stored and sent to moderation (pending, not public).
    Its language (the captions' too) is the account's unless given."""
    duration = uploads.video_duration(file)
    clean_poster = uploads.poster_clean(poster) if poster else None
    clean_captions = uploads.captions_clean(captions) if captions else None
    video = IntroVideo.objects.filter(therapist=therapist).first()
    old_names = intro_video_files(video)
    video = video or IntroVideo(therapist=therapist)
    file.name = uploads.random_name(uploads.video_kind(read_head(file)))
    video.file.save(file.name, file, save=False)
    video.poster = ""
    video.captions = ""
    if clean_poster:
        video.poster.save(
            uploads.random_name(clean_poster.extension),
            ContentFile(clean_poster.content),
            save=False,
        )
    if clean_captions:
        video.captions.save(clean_captions.name, clean_captions, save=False)
    video.duration_seconds = duration
    video.language = language or account_language(therapist)
    video_to_moderation(video)
    try:
        video.save()
    except Exception:
        uploads.storage_delete(video.file.storage, intro_video_files(video))
        raise
    search_rows_refresh([therapist.pk])  # no video shows until this one is approved
    uploads.storage_delete(video.file.storage, old_names)
    return video


def read_head(upload: UploadedFile) -> bytes:
    upload.seek(0)
    head = upload.read(64)
    upload.seek(0)
    return head


def video_to_moderation(video: IntroVideo) -> None:
    """Whatever a moderator decided about the previous file does not carry over."""
    video.status = ModerationStatus.PENDING
    video.reviewed_by = None
    video.reviewed_at = None
    video.reason = ""


def account_language(therapist: Therapist) -> Language | None:
    return Language.objects.filter(code=therapist.owner.language).first()


def intro_video_captions_set(
    *, video: IntroVideo, captions: UploadedFile, language: Language | None = None
) -> IntroVideo:
    """New captions for the same video (in the given language, else the video's); the words
    shown change, so it is reviewed again."""
    clean = uploads.captions_clean(captions)
    old = video.captions.name
    video.captions.save(clean.name, clean, save=False)
    video.language = language or video.language
    video_to_moderation(video)
    video.save()
    search_rows_refresh([video.therapist_id])
    uploads.storage_delete(video.captions.storage, [old])
    return video


def intro_video_remove(*, therapist: Therapist) -> None:
    video = IntroVideo.objects.filter(therapist=therapist).first()
    if video is None:
        return
    names = intro_video_files(video)
    storage = video.file.storage
    video.delete()
    search_rows_refresh([therapist.pk])
    uploads.storage_delete(storage, names)
