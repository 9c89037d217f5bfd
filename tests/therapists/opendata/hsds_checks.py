"""Checks of the open data files against the HSDS 3.0 schemas: JSON Schema for the JSON form
(the specification's own per-object schemas, and those rebuilt from its tabular schema),
Frictionless for the tabular form."""

import json
from pathlib import Path

from frictionless import validate
from jsonschema import Draft202012Validator

from therapists.public.opendata.schema import (
    SCHEMA_BASE,
    STANDARD_SCHEMA_BASE,
    json_schema_registry,
    standard_json_schema_registry,
)

# The objects the JSON form lists at its top level, by the schema each is checked against.
TOP_LEVEL = (
    ("service", "services"),
    ("taxonomy", "taxonomies"),
    ("taxonomy_term", "taxonomy_terms"),
)


def schema_errors(document: dict, *, registry, base: str) -> list[str]:
    """Every way the top-level objects of the JSON form break the schemas of one registry."""
    errors = []
    for table, key in TOP_LEVEL:
        validator = Draft202012Validator(
            {"$ref": f"{base}{table}.json"},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        errors += [
            f"{key}[{index}] {error.json_path}: {error.message}"
            for index, item in enumerate(document.get(key, ()))
            for error in validator.iter_errors(item)
        ]
    return errors


def standard_json_errors(document: dict) -> list[str]:
    """What the specification's own JSON schemas (hsds_schema/json/) find wrong."""
    registry = standard_json_schema_registry()
    return schema_errors(document, registry=registry, base=STANDARD_SCHEMA_BASE)


def json_errors(document: dict) -> list[str]:
    """Every way the JSON form breaks the specification's own JSON schemas of its services,
    taxonomies and terms, or the schemas rebuilt from its tabular schema."""
    rebuilt = schema_errors(document, registry=json_schema_registry(), base=SCHEMA_BASE)
    return [f"HSDS: {error}" for error in standard_json_errors(document)] + [
        f"HSDS tabular: {error}" for error in rebuilt
    ]


def tabular_errors(directory: Path) -> list[str]:
    """What `frictionless validate datapackage.json` reports wrong with the tabular form."""
    report = validate(directory / "datapackage.json")
    return [f"{task.name}: {error}" for task in report.tasks for error in task.errors] + [
        str(error) for error in report.errors
    ]


def json_read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
