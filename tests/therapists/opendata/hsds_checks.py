"""Checks of the open data files against the HSDS 3.0 schemas: JSON Schema for the JSON form,
Frictionless for the tabular form."""

import json
from pathlib import Path

from frictionless import validate
from jsonschema import Draft202012Validator

from therapists.public.opendata.schema import SCHEMA_BASE, json_schema_registry


def json_errors(document: dict) -> list[str]:
    """Every way the JSON form breaks the HSDS schemas of its services, taxonomies and terms."""
    registry = json_schema_registry()
    errors = []
    for table, key in (
        ("service", "services"),
        ("taxonomy", "taxonomies"),
        ("taxonomy_term", "taxonomy_terms"),
    ):
        validator = Draft202012Validator(
            {"$ref": f"{SCHEMA_BASE}{table}.json"},
            registry=registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        errors += [
            f"{key}[{index}] {error.json_path}: {error.message}"
            for index, item in enumerate(document[key])
            for error in validator.iter_errors(item)
        ]
    return errors


def tabular_errors(directory: Path) -> list[str]:
    """What `frictionless validate datapackage.json` reports wrong with the tabular form."""
    report = validate(directory / "datapackage.json")
    return [f"{task.name}: {error}" for task in report.tasks for error in task.errors] + [
        str(error) for error in report.errors
    ]


def json_read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
