"""Loads regulatory bodies, languages, insurers and communities from the TOML files beside it.

The files are the first draft; after the first load the database owns the vocabulary, and staff
edit it in the admin. A load creates only the rows that are missing, by slug (a language by its
ISO 639 code), and never changes a row that exists. A second load adds nothing.

Each file is one table per row, named by its slug or code. A regulator's register_checked and
register_note are notes for the people who keep regulators.toml; the site does not store them.
"""

import tomllib
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import models, transaction
from django.utils import translation

from therapists.models import Community, Insurer, Language, RegulatoryBody

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
        }
