"""Loads approaches, concerns and reading lists from the files in modalities/content/.

The files are the first draft; after the first load the database owns the content, and staff
edit it in the admin. A load creates only what is missing (an approach or a concern by slug, a
book or article by title and author) and never changes a row that exists. A link (two related
approaches, a book on an approach's reading list) is made only when this load created one of
its ends, so a link staff removed stays removed. A second load adds nothing.

content/approaches/<slug>.toml holds one approach: its texts and other words in English and
French, its related approaches and its reading list. The related graph is symmetric: a relation
written in either file is enough. A book or article about several approaches is written once, in
the file of the first approach it explains, and names the others in `also_explains`.
content/concerns/<slug>.toml holds one concern.
"""

import tomllib
from collections.abc import Iterator
from pathlib import Path

from django.db import transaction
from django.utils import translation

from modalities.models import Approach, Concern, Resource
from modalities.translation import ApproachTranslation, ConcernTranslation

CONTENT = Path(__file__).parent / "content"
LANGUAGES = ("en", "fr")
BLANK = dict.fromkeys(LANGUAGES, "")


def content_read(folder: Path) -> dict[str, dict]:
    """Every file in a folder by its slug (the file's name), in the order of the names."""
    return {
        path.stem: tomllib.loads(path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.toml"))
    }


def translated(entry: dict, fields: tuple[str, ...]) -> dict[str, str]:
    """{"name": {"en": .., "fr": ..}} -> {"name_en": .., "name_fr": ..} for each field."""
    return {
        f"{field}_{language}": entry[field][language] for field in fields for language in LANGUAGES
    }


def approach_fields(entry: dict) -> dict:
    """An approach file as model fields; an approach without an abbreviation has a blank one."""
    return {
        "family": entry["family"],
        **translated({"short_name": BLANK} | entry, ApproachTranslation.fields),
    }


def approaches_create(approaches: dict[str, dict]) -> set[str]:
    """Create every approach missing from the database; return the slugs created."""
    created = set()
    for slug, entry in approaches.items():
        _, is_new = Approach.objects.get_or_create(slug=slug, defaults=approach_fields(entry))
        if is_new:
            created.add(slug)
    return created


def related_graph(approaches: dict[str, dict]) -> dict[str, set[str]]:
    """Each approach's related slugs in both directions, as the files list them on either side."""
    graph = {slug: set(entry["related"]) for slug, entry in approaches.items()}
    for slug, entry in approaches.items():
        for other in entry["related"]:
            graph[other].add(slug)
    return graph


def related_link(approaches: dict[str, dict], created: set[str]) -> None:
    """Relate each approach this load created to its neighbours: existing rows keep their own."""
    graph = related_graph(approaches)
    by_slug = Approach.objects.for_labels().in_bulk(field_name="slug")
    for slug in sorted(created):
        by_slug[slug].related.add(*(by_slug[other] for other in graph[slug] if other in by_slug))


def readings(approaches: dict[str, dict]) -> Iterator[tuple[dict, set[str]]]:
    """Every book and article in the files, with the slugs of the approaches it explains."""
    for slug, entry in approaches.items():
        for reading in entry.get("reading", []):
            yield reading, {slug, *reading.get("also_explains", [])}


def resource_fields(reading: dict) -> dict:
    """A reading-list entry as model fields, but for its title and author (its natural key)."""
    fields = {key: reading[key] for key in ("year", "publisher", "kind")}
    return fields | translated(reading, ("note",))


def resources_create(approaches: dict[str, dict], created: set[str]) -> int:
    """Create the missing books and articles; link where either end is new, so removals stay."""
    count = 0
    for reading, slugs in readings(approaches):
        resource, is_new = Resource.objects.get_or_create(
            title=reading["title"], author=reading["author"], defaults=resource_fields(reading)
        )
        linked = slugs if is_new else slugs & created
        resource.approaches.add(*Approach.objects.filter(slug__in=linked))
        count += is_new
    return count


def concerns_create(concerns: dict[str, dict]) -> int:
    """Create every concern missing from the database; return how many were created."""
    count = 0
    for slug, entry in concerns.items():
        defaults = translated(entry, ConcernTranslation.fields)
        _, is_new = Concern.objects.get_or_create(slug=slug, defaults=defaults)
        count += is_new
    return count


@transaction.atomic
def modalities_load(*, content: Path = CONTENT) -> dict[str, int]:
    """Create the approaches, concerns and resources the database lacks; return counts created."""
    approaches = content_read(content / "approaches")
    with translation.override("en"):
        created = approaches_create(approaches)
        related_link(approaches, created)
        return {
            "approaches": len(created),
            "concerns": concerns_create(content_read(content / "concerns")),
            "resources": resources_create(approaches, created),
        }
