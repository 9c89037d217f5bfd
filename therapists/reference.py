"""Loads regulatory bodies, languages, insurers and communities, idempotently."""

from django.conf import settings
from django.db import transaction
from django.utils import translation

from therapists.models import Community, Insurer, Language, RegulatoryBody
from therapists.reference_data import COMMUNITIES, INSURERS, LANGUAGES, REGULATORY_BODIES


def translated_name(name: dict[str, str]) -> dict[str, str]:
    """The English and French columns of a translated name, whatever language is active."""
    return {"name_en": name["en"], "name_fr": name["fr"]}


def regulatory_body_fields(body: dict) -> dict:
    """Everything but the slug of one regulatory body entry, as model fields."""
    return {
        **translated_name(body["name"]),
        "acronym": body["acronym"],
        "province": body["province"],
        "kind": body["kind"],
        "profession": body["profession"],
        "protected_titles": body["protected_titles"],
        "public_register_url": body["public_register_url"],
        "website": body["website"],
    }


def regulatory_bodies_load() -> int:
    """Create or update every regulatory body, by slug; return how many."""
    for body in REGULATORY_BODIES:
        RegulatoryBody.objects.update_or_create(
            slug=body["slug"], defaults=regulatory_body_fields(body)
        )
    return len(REGULATORY_BODIES)


def languages_load() -> int:
    """Create or update every language, by ISO 639 code; return how many."""
    for language in LANGUAGES:
        Language.objects.update_or_create(
            code=language["code"], defaults=translated_name(language["name"])
        )
    return len(LANGUAGES)


def insurers_load() -> int:
    """Create or update every insurer, by slug; return how many."""
    for insurer in INSURERS:
        Insurer.objects.update_or_create(
            slug=insurer["slug"], defaults=translated_name(insurer["name"])
        )
    return len(INSURERS)


def communities_load() -> int:
    """Create or update every identity and community, by slug; return how many."""
    for community in COMMUNITIES:
        Community.objects.update_or_create(
            slug=community["slug"], defaults=translated_name(community["name"])
        )
    return len(COMMUNITIES)


@transaction.atomic
def therapist_vocabulary_load() -> dict[str, int]:
    """Create or update every regulatory body, language, insurer and community; return counts."""
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        return {
            "regulatory_bodies": regulatory_bodies_load(),
            "languages": languages_load(),
            "insurers": insurers_load(),
            "communities": communities_load(),
        }
