"""Writing the open data in its two HSDS 3.0 forms, a chunk of profiles at a time, so memory stays
flat however many are listed:

- JSON: one document whose "services" array holds each service with its organization, locations,
  terms and the rest nested, as the specification's compiled service schema has them (an
  attribute names its term by id), beside the taxonomies and their terms;
- tabular: one CSV per HSDS table and a Frictionless datapackage.json describing them.
"""

import csv
import json
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from django.conf import settings
from django.utils import timezone

from therapists.models import Therapist
from therapists.public.opendata.hsds import service_of
from therapists.public.opendata.profiles import CHUNK_SIZE, open_profiles
from therapists.public.opendata.schema import (
    HSDS_VERSION,
    datapackage_resources,
    table_columns,
    table_path,
)
from therapists.public.opendata.taxonomy import vocabulary_taxonomies, vocabulary_terms

LICENCE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
# Where each nested list (or object) of a service goes in the tabular form.
CHILD_TABLES = {
    "organization": "organization",
    "languages": "language",
    "cost_options": "cost_option",
    "service_areas": "service_area",
    "service_at_locations": "service_at_location",
    "location": "location",
    "addresses": "address",
    "accessibility": "accessibility",
    "contacts": "contact",
    "phones": "phone",
    "schedules": "schedule",
    "attributes": "attribute",
    "metadata": "metadata",
}
TABLES = [
    "organization",
    "service",
    "attribute",
    "service_at_location",
    "location",
    "phone",
    "contact",
    "address",
    "schedule",
    "service_area",
    "language",
    "accessibility",
    "taxonomy_term",
    "metadata",
    "cost_option",
    "taxonomy",
]


def hsds_services(*, chunk_size: int = CHUNK_SIZE) -> Iterator[dict]:
    """Each listed profile as a nested HSDS service, read chunk_size profiles at a time."""
    for profile in open_profiles(Therapist.objects.listed(), chunk_size=chunk_size):
        yield service_of(profile)


def without_empty(value):
    """The object with its empty fields left out: HSDS types a field, and null is not a string."""
    if isinstance(value, dict):
        return {key: without_empty(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_empty(item) for item in value]
    return value


def publisher() -> dict:
    return {"name": str(settings.SITE_NAME), "website": settings.SITE_URL}


def hsds_json_write(out: TextIO, *, chunk_size: int = CHUNK_SIZE) -> int:
    """The JSON form, written as it is read: returns how many services it holds."""
    terms = vocabulary_terms()
    head = {
        "hsds_version": HSDS_VERSION,
        "publisher": publisher(),
        "license": LICENCE,
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "taxonomies": without_empty(vocabulary_taxonomies()),
        "taxonomy_terms": without_empty(list(terms.values())),
    }
    out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "services": [')
    count = 0
    for service in hsds_services(chunk_size=chunk_size):
        out.write(",\n" if count else "\n")
        out.write(json.dumps(service, ensure_ascii=False, separators=(",", ":")))
        count += 1
    out.write("\n]}\n")
    return count


def table_rows(table: str, record: dict) -> Iterator[tuple[str, dict]]:
    """A nested HSDS object and everything under it, as (table, row) pairs."""
    yield table, record
    for key, child_table in CHILD_TABLES.items():
        children = record.get(key)
        if isinstance(children, dict):
            yield from table_rows(child_table, children)
        elif children:
            for child in children:
                yield from table_rows(child_table, child)


def hsds_tabular_write(directory: Path, *, chunk_size: int = CHUNK_SIZE) -> int:
    """The tabular form into a directory: one CSV per table and datapackage.json; returns how
    many services it holds."""
    directory.mkdir(parents=True, exist_ok=True)
    terms = vocabulary_terms()
    with ExitStack() as files:
        writers = {table: table_writer(files, directory, table) for table in TABLES}
        for taxonomy in vocabulary_taxonomies():
            writers["taxonomy"].writerow(taxonomy)
        for term in terms.values():
            writers["taxonomy_term"].writerow(term)
        count = 0
        for service in hsds_services(chunk_size=chunk_size):
            for table, row in table_rows("service", service):
                writers[table].writerow(row)
            count += 1
    descriptor = datapackage_descriptor()
    (directory / "datapackage.json").write_text(json.dumps(descriptor, indent=2), "utf-8")
    return count


def table_writer(files: ExitStack, directory: Path, table: str) -> csv.DictWriter:
    handle = files.enter_context(
        (directory / table_path(table)).open("w", newline="", encoding="utf-8")
    )
    writer = csv.DictWriter(handle, fieldnames=table_columns(table), extrasaction="ignore")
    writer.writeheader()
    return writer


def datapackage_descriptor() -> dict:
    """The Frictionless data package: who publishes it, under what licence, and its tables."""
    return {
        "profile": "tabular-data-package",
        "name": "hsds-therapists",
        "title": f"{settings.SITE_NAME}: HSDS {HSDS_VERSION}",
        "version": HSDS_VERSION,
        "created": timezone.now().isoformat(timespec="seconds"),
        "homepage": settings.SITE_URL,
        "licenses": [LICENCE],
        "sources": [{"title": str(settings.SITE_NAME), "path": settings.SITE_URL}],
        "resources": datapackage_resources(TABLES),
    }
