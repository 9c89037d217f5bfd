"""Loads regulatory bodies, languages, insurers, communities and what insurers reimburse (the
coverage table) from the TOML files beside it.

The files are the first draft; after the first load the database owns the vocabulary, and staff
edit it in the admin. A load creates only the rows that are missing, by slug (a language by its
ISO 639 code), and never changes a row that exists. A second load adds nothing.

Each file is one table per row, named by its slug or code. A regulator's register_checked and
register_note are notes for the people who keep regulators.toml; the site does not store them.
coverage.toml is shaped for its readers (per insurer, per province, the bodies whose designation
is reimbursed); an entry is created by its natural key (insurer, province, body), and the search
rows of the therapists it concerns are made again.
"""

import tomllib
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import models, transaction
from django.utils import translation

from therapists.models import Community, Coverage, Insurer, Language, RegulatoryBody
from therapists.search.rows import search_rows_refresh_for_coverage

DATA = Path(__file__).parent
REGULATORY_BODY_FIELDS = (
    "acronym",
    "province",
    "kind",
    "profession",
    "protected_titles",
    "public_register_url",
    "website",
)


def translated_name(entry: dict) -> dict[str, str]:
    """The English and French columns of an entry's name, whatever language is active."""
    return {"name_en": entry["name"]["en"], "name_fr": entry["name"]["fr"]}


def regulatory_body_fields(entry: dict) -> dict:
    """A regulators.toml table as model fields; the notes on its register stay in the file."""
    return translated_name(entry) | {field: entry[field] for field in REGULATORY_BODY_FIELDS}


def rows_create(
    model: type[models.Model], key: str, path: Path, fields: Callable[[dict], dict]
) -> int:
    """Create every row of a file missing from the database, by its key; return how many."""
    count = 0
    for value, entry in tomllib.loads(path.read_text(encoding="utf-8")).items():
        _, is_new = model.objects.get_or_create(**{key: value}, defaults=fields(entry))
        count += is_new
    return count


def coverage_entries(path: Path):
    """coverage.toml's entries, one per insurer, province and body, as model fields."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for slug, insurer in data["insurers"].items():
        for covered, field in ((True, "covered"), (False, "not_covered")):
            for province, bodies in insurer.get(field, {}).items():
                for body in bodies:
                    names = data["designations"][body]
                    yield (
                        (slug, province, body),
                        {
                            "designation_en": names["en"],
                            "designation_fr": names["fr"],
                            "covered": covered,
                            "source_url": insurer["source_url"],
                            "source_note": insurer["source_note"],
                            "checked_on": insurer.get("checked_on"),
                        },
                    )


def coverage_create(path: Path) -> int:
    """Create the coverage entries the database lacks; return how many."""
    insurers = dict(Insurer.objects.values_list("slug", "pk"))
    bodies = dict(RegulatoryBody.objects.values_list("slug", "pk"))
    count = 0
    for (insurer, province, body), fields in coverage_entries(path):
        if insurer not in insurers or body not in bodies:  # deleted by staff: left out
            continue
        _, is_new = Coverage.objects.get_or_create(
            insurer_id=insurers[insurer],
            province=province,
            regulatory_body_id=bodies[body],
            defaults=fields,
        )
        if is_new:
            search_rows_refresh_for_coverage(regulatory_body_id=bodies[body], province=province)
        count += is_new
    return count


@transaction.atomic
def therapist_vocabulary_load(*, data: Path = DATA) -> dict[str, int]:
    """Create the regulators, languages, insurers and communities the database lacks; count them."""
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        return {
            "regulatory_bodies": rows_create(
                RegulatoryBody, "slug", data / "regulators.toml", regulatory_body_fields
            ),
            "languages": rows_create(Language, "code", data / "languages.toml", translated_name),
            "insurers": rows_create(Insurer, "slug", data / "insurers.toml", translated_name),
            "communities": rows_create(
                Community, "slug", data / "communities.toml", translated_name
            ),
            "coverage": coverage_create(data / "coverage.toml"),
        }
