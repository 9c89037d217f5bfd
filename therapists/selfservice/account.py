"""Leaving the directory: deleting an account with everything in it, and exporting its data.

Deletion removes the profile, offices, credentials and their evidence, the intro video, the
photo, inquiries, bookings and view counts, from the database and from storage. Only the
verification audit entries stay: their credential link becomes empty and their label names
what was decided.
"""

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from directory.models import User
from directory.storage import private_storage
from therapists.models import (
    AGE_GROUP_FIELDS,
    SESSION_FORMAT_FIELDS,
    SESSION_TIME_FIELDS,
    IntroVideo,
    Therapist,
)
from therapists.search.cache import search_cache_clear
from therapists.uploads import storage_delete


def account_files(therapist: Therapist | None) -> tuple[list[str], list[str]]:
    """Names in public storage, and in private storage, that belong to the profile."""
    if therapist is None:
        return [], []
    public = [therapist.photo.name, therapist.photo_thumbnail.name]
    video = IntroVideo.objects.filter(therapist=therapist).first()
    if video:
        public += [video.file.name, video.poster.name, video.captions.name]
    private = [c.evidence.name for c in therapist.credentials.all()]
    return [n for n in public if n], [n for n in private if n]


def account_delete(*, user: User) -> None:
    """Delete the account and all it holds; files go once the rows are gone."""
    therapist = Therapist.objects.filter(owner=user).first()
    public, private = account_files(therapist)
    with transaction.atomic():
        if therapist is not None:
            therapist.delete()
            transaction.on_commit(search_cache_clear, robust=True)
        user.delete()
    storage_delete(default_storage, public)
    storage_delete(private_storage, private)


def names(related) -> list[str]:
    return [str(item) for item in related.all()]


def account_export(*, user: User) -> dict:
    """Everything the therapist entered, as plain JSON-ready data."""
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "joined": user.date_joined.isoformat(),
            "email_confirmed_at": user.email_confirmed_at.isoformat()
            if user.email_confirmed_at
            else None,
            "language": user.language,
        },
        "profile": None,
    }
    therapist = Therapist.objects.filter(owner=user).first()
    if therapist is None:
        return data
    data["profile"] = therapist_export(therapist)
    return data


PROFILE_FIELDS = [
    "display_name",
    "slug",
    "pronouns",
    "gender_identity",
    "text_language",
    "headline",
    "bio",
    "headline_other",
    "bio_other",
    "years_in_practice",
    *AGE_GROUP_FIELDS,
    *SESSION_FORMAT_FIELDS,
    *SESSION_TIME_FIELDS.values(),
    "fee",
    "fee_floor",
    "session_minutes",
    "free_consultation",
    "accepting",
    "waitlist_weeks",
    "offers_online",
    "offers_in_person",
    "contact_preference",
    "public_phone",
    "is_published",
]


def therapist_export(therapist: Therapist) -> dict:
    profile = {name: getattr(therapist, name) for name in PROFILE_FIELDS}
    confirmed = therapist.availability_confirmed_at
    video = IntroVideo.objects.filter(therapist=therapist).first()
    return profile | {
        "availability_confirmed_at": confirmed.isoformat() if confirmed else None,
        "photo": therapist.photo.name or None,
        "languages": names(therapist.languages),
        "approaches": names(therapist.approaches),
        "concerns": names(therapist.concerns),
        "communities": names(therapist.communities),
        "direct_billing": names(therapist.direct_billing),
        "offices": [
            {
                "label": o.label,
                "address_line1": o.address_line1,
                "address_line2": o.address_line2,
                "city": str(o.city),
                "postal_code": o.postal_code,
                "wheelchair_accessible": o.wheelchair_accessible,
            }
            for o in therapist.offices.select_related("city")
        ],
        "credentials": [
            {
                "regulatory_body": c.regulatory_body.name,
                "designation": c.designation,
                "registration_number": c.registration_number,
                "jurisdiction": c.jurisdiction,
                "expires_on": c.expires_on.isoformat() if c.expires_on else None,
                "renewed_until": c.renewed_until.isoformat() if c.renewed_until else None,
                "status": c.status,
                "reason": c.reason,
                "evidence": c.evidence.name or None,
                "submitted_at": c.submitted_at.isoformat(),
            }
            for c in therapist.credentials.select_related("regulatory_body")
        ],
        "intro_video": {
            "file": video.file.name,
            "poster": video.poster.name or None,
            "captions": video.captions.name or None,
            "duration_seconds": video.duration_seconds,
            "status": video.status,
        }
        if video
        else None,
        "profile_views": [
            {"date": d.date.isoformat(), "views": d.views} for d in therapist.view_days.all()
        ],
        "inquiries": [
            {
                "received": i.created_at.isoformat(),
                "name": i.name,
                "email": i.email,
                "phone": i.phone,
                "message": i.message,
                "status": i.status,
            }
            for i in therapist.inquiries.all()
        ],
        "bookings": [
            {
                "starts_at": b.starts_at.isoformat(),
                "ends_at": b.ends_at.isoformat(),
                "name": b.name,
                "email": b.email,
                "phone": b.phone,
                "way": b.way,
                "status": b.status,
            }
            for b in therapist.bookings.all()
        ],
    }
