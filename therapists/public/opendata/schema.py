"""The HSDS 3.0 schema the open data follows, read from the vendored excerpt (hsds_schema/): the
CSV columns of each table, the Frictionless data package descriptor, and the JSON Schema
registry the JSON form is checked against."""

import functools
import json
from pathlib import Path

HSDS_VERSION = "3.0"
SCHEMA_FILE = Path(__file__).with_name("hsds_schema") / "tabular.json"
# The specification's own address for its schema files, under which its "$ref"s ("phone.json")
# resolve; nothing is fetched from it.
SCHEMA_BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"

# The specification's own JSON schemas, one file an object, vendored as they are in its repository
# (hsds_schema/json/) from this commit. They carry no "$id" and no "$schema": each is registered
# under its address in the repository, against which its relative "$ref"s ("phone.json") resolve.
STANDARD_SCHEMA_DIR = Path(__file__).with_name("hsds_schema") / "json"
STANDARD_SCHEMA_COMMIT = "67e7b37a4b1e03324d6bd107c56cafd153b9d2d0"
STANDARD_SCHEMA_BASE = (
    f"https://raw.githubusercontent.com/openreferral/specification/{STANDARD_SCHEMA_COMMIT}/schema/"
)

# One-to-one objects the specification nests in its compiled JSON schemas (a service's
# organization, a service-at-location's location, an attribute's term) but its tabular file,
# having no column for them, leaves out.
NESTED = {
    "service": {"organization": "organization.json"},
    "service_at_location": {"location": "location.json"},
    "attribute": {"taxonomy_term": "taxonomy_term.json"},
    "taxonomy_term": {"taxonomy_detail": "taxonomy.json"},
}

# Columns that name a row of another table of the package, by the table they point to.
FOREIGN_KEYS = {
    "organization_id": "organization",
    "service_id": "service",
    "location_id": "location",
    "service_at_location_id": "service_at_location",
    "contact_id": "contact",
    "phone_id": "phone",
    "taxonomy_id": "taxonomy",
    "taxonomy_term_id": "taxonomy_term",
    "parent_id": "taxonomy_term",
}

STRING_FORMATS = {"uuid", "email", "uri"}  # the string formats Frictionless checks


@functools.cache
def hsds_tables() -> dict[str, dict]:
    """Each table's object schema, by table name (organization, service, ...)."""
    document = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return {name: table["items"] for name, table in document["properties"].items()}


def table_columns(table: str) -> list[str]:
    """A table's CSV columns: its fields that are not lists of other objects, in its order."""
    fields = hsds_tables()[table]["properties"].values()
    return [field["name"] for field in fields if field.get("type") != "array"]


def table_path(table: str) -> str:
    return hsds_tables()[table]["path"]


def frictionless_field(field: dict, *, required: bool) -> dict:
    """A Table Schema field from an HSDS field: its datapackage type, checked formats, unique
    and enumerated values, and required where HSDS requires it."""
    kind = field.get("datapackage_type") or field["type"]
    described = {"name": field["name"], "type": kind}
    if kind == "string" and field.get("format") in STRING_FORMATS:
        described["format"] = field["format"]
    constraints = {"required": True} if required else {}
    if field.get("constraints", {}).get("unique"):
        constraints["unique"] = True
    if "enum" in field:
        constraints["enum"] = field["enum"]
    if constraints:
        described["constraints"] = constraints
    return described


def table_schema(table: str, *, tables: list[str]) -> dict:
    """The Table Schema of one table: fields, primary key, and keys into the other tables."""
    spec = hsds_tables()[table]
    required = {*spec.get("required", ()), *spec.get("tabular_required", ())}
    columns = table_columns(table)
    fields = [
        frictionless_field(spec["properties"][name], required=name in required) for name in columns
    ]
    foreign_keys = [
        {"fields": name, "reference": {"resource": FOREIGN_KEYS[name], "fields": "id"}}
        for name in columns
        if FOREIGN_KEYS.get(name) in tables
    ]
    return {"fields": fields, "primaryKey": ["id"], "foreignKeys": foreign_keys}


def datapackage_resources(tables: list[str]) -> list[dict]:
    """The package's resources, one CSV per table, in the specification's order."""
    ordered = sorted(tables, key=lambda name: hsds_tables()[name]["datapackage_metadata"]["order"])
    return [
        {
            "name": name,
            "path": table_path(name),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": table_schema(name, tables=tables),
        }
        for name in ordered
    ]


def json_schema(table: str) -> dict:
    """A table's object as a JSON Schema of its own, with the nested objects put back."""
    schema = {"$id": f"{SCHEMA_BASE}{table}.json", **hsds_tables()[table]}
    nested = {name: {"$ref": ref} for name, ref in NESTED.get(table, {}).items()}
    return {**schema, "properties": {**schema["properties"], **nested}}


def json_schema_registry():
    """Every table's JSON Schema, under the name the others' "$ref"s use (e.g. phone.json)."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    return Registry().with_resources(
        (f"{SCHEMA_BASE}{name}.json", Resource(json_schema(name), specification=DRAFT202012))
        for name in hsds_tables()
    )


def standard_json_schema_registry():
    """The specification's own JSON schema of each object, under its address in the
    specification's repository. They name no draft; their keywords (type, properties, items,
    required, enum, format, "$ref") mean the same in each, and they are read as 2020-12."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    return Registry().with_resources(
        (
            f"{STANDARD_SCHEMA_BASE}{path.name}",
            Resource(json.loads(path.read_text(encoding="utf-8")), specification=DRAFT202012),
        )
        for path in sorted(STANDARD_SCHEMA_DIR.glob("*.json"))
    )
