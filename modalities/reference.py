"""Loads the approach, concern and reading-list vocabulary, idempotently."""

from django.db import transaction
from django.utils import translation

from modalities.models import Concern, Modality, Resource
from modalities.reference_data import APPROACHES, CONCERNS, KEYWORDS, RESOURCES
from modalities.translation import ModalityTranslation

APPROACH_TEXT_FIELDS = ModalityTranslation.fields


def translated(entry: dict, fields: tuple[str, ...]) -> dict[str, str]:
    """{"name": {"en": .., "fr": ..}} -> {"name_en": .., "name_fr": ..} for each field."""
    return {
        f"{field}_{language}": entry[field][language]
        for field in fields
        for language in ("en", "fr")
    }


def approaches_load() -> int:
    """Create or update every approach by slug, then link the related-approach graph."""
    by_slug = {}
    for entry in APPROACHES:
        defaults = {
            "family": entry["family"],
            **translated(entry | {"keywords": KEYWORDS[entry["slug"]]}, APPROACH_TEXT_FIELDS),
        }
        by_slug[entry["slug"]], _ = Modality.objects.update_or_create(
            slug=entry["slug"], defaults=defaults
        )
    for slug, neighbours in related_graph().items():
        by_slug[slug].related.set([by_slug[other] for other in neighbours])
    return len(APPROACHES)


def related_graph() -> dict[str, set[str]]:
    """Each approach's related slugs, in both directions, as the data lists them on one side."""
    graph = {entry["slug"]: set(entry["related"]) for entry in APPROACHES}
    for slug, neighbours in list(graph.items()):
        for other in neighbours:
            graph[other].add(slug)
    return graph


def concerns_load() -> int:
    """Create or update every concern by slug."""
    for entry in CONCERNS:
        Concern.objects.update_or_create(
            slug=entry["slug"],
            defaults=translated(
                entry | {"keywords": KEYWORDS[entry["slug"]]}, ("name", "description", "keywords")
            ),
        )
    return len(CONCERNS)


def resources_load() -> int:
    """Create or update every book and article by title and author, with its approaches."""
    for entry in RESOURCES:
        resource, _ = Resource.objects.update_or_create(
            title=entry["title"],
            author=entry["author"],
            defaults={
                "year": entry["year"],
                "publisher": entry["publisher"],
                "kind": entry["kind"],
                **translated(entry, ("note",)),
            },
        )
        resource.modalities.set(Modality.objects.filter(slug__in=entry["approaches"]))
    return len(RESOURCES)


@transaction.atomic
def modalities_load() -> dict[str, int]:
    """Create or update every approach, concern and resource; return counts by kind."""
    with translation.override("en"):
        return {
            "approaches": approaches_load(),
            "concerns": concerns_load(),
            "resources": resources_load(),
        }
