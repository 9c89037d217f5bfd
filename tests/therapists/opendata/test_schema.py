"""The specification's own JSON schemas, vendored in hsds_schema/json/: every "$ref" among them
resolves, and they find what a service, organization or term lacks however deep it is nested."""

import json
import re

import pytest
from referencing.exceptions import Unresolvable

from tests.therapists.opendata.hsds_checks import standard_json_errors
from therapists.public.opendata.schema import (
    STANDARD_SCHEMA_BASE,
    STANDARD_SCHEMA_DIR,
    standard_json_schema_registry,
)


def test_every_ref_names_a_vendored_schema_and_resolves():
    resolver = standard_json_schema_registry().resolver()
    names = {path.name for path in STANDARD_SCHEMA_DIR.glob("*.json")}
    refs = {
        ref
        for path in STANDARD_SCHEMA_DIR.glob("*.json")
        for ref in re.findall(r'"\$ref": "([^"]+)"', path.read_text(encoding="utf-8"))
    }
    assert {"service.json", "organization.json"} <= names
    assert refs <= names
    for name in names:
        resolved = resolver.lookup(f"{STANDARD_SCHEMA_BASE}{name}").contents
        assert resolved == json.loads((STANDARD_SCHEMA_DIR / name).read_text(encoding="utf-8"))
    with pytest.raises(Unresolvable):
        resolver.lookup(f"{STANDARD_SCHEMA_BASE}unit.json")


def test_what_a_nested_object_lacks_is_found_through_the_refs():
    service = {
        "id": "service-1",
        "name": "A service",
        "status": "active",
        "organization": {"id": "organization-1", "name": "An organization"},
        "service_at_locations": [
            {
                "id": "service-at-location-1",
                "location": {"id": "location-1", "location_type": "physical", "phones": [{}]},
            }
        ],
        "attributes": [
            {
                "id": "attribute-1",
                "taxonomy_term": {
                    "id": "term-1",
                    "name": "A term",
                    "description": "What it means",
                    "taxonomy": {"id": "taxonomy-1", "name": "A taxonomy"},
                },
            }
        ],
    }
    term = {"id": "term-2", "name": "B", "description": "B", "taxonomy": "Free text"}

    errors = standard_json_errors({"services": [service], "taxonomy_terms": [term]})

    assert sorted(errors) == sorted(
        [
            "services[0] $.organization: 'description' is a required property",
            "services[0] $.service_at_locations[0].location.phones[0]: 'id' is a required property",
            "services[0] $.service_at_locations[0].location.phones[0]: "
            "'number' is a required property",
            "services[0] $.attributes[0]: 'link_type' is a required property",
            "services[0] $.attributes[0].taxonomy_term.taxonomy: "
            "'description' is a required property",
            "taxonomy_terms[0] $.taxonomy: 'Free text' is not of type 'object'",
        ]
    )


def test_a_service_without_status_or_with_an_unknown_one_is_refused():
    missing = {"id": "service-1", "name": "A service"}
    unknown = {**missing, "status": "open"}

    assert standard_json_errors({"services": [missing, unknown]}) == [
        "services[0] $: 'status' is a required property",
        "services[1] $.status: 'open' is not one of "
        "['active', 'inactive', 'defunct', 'temporarily closed']",
    ]
