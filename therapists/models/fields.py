"""A field type of our own, which migrations name: a set of ids or codes on one row."""

import json

from django.db import models
from django.db.models import Lookup


class TermSet(models.Field):
    """A set of ids or codes on one row: an array on PostgreSQL (a GIN index answers `overlap`
    and `unnest` counts it), JSON text on other databases (`json_each` does the same)."""

    description = "A set of vocabulary ids or codes"

    def __init__(self, *args, kind: str = "integer", **kwargs):
        self.kind = kind
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("default", None)
        if self.kind != "integer":
            kwargs["kind"] = self.kind
        return name, path, args, kwargs

    def db_type(self, connection):
        return f"{self.kind}[]" if connection.vendor == "postgresql" else "text"

    def get_db_prep_value(self, value, connection, prepared=False):
        if value is None:
            return None
        values = sorted(set(value))
        return values if connection.vendor == "postgresql" else json.dumps(values)

    def from_db_value(self, value, expression, connection):
        if value is None:
            return []
        return json.loads(value) if isinstance(value, str) else list(value)

    def to_python(self, value):
        if isinstance(value, str):
            return json.loads(value)
        return list(value or [])

    def elements_sql(self, column: str, connection) -> str:
        """A FROM item giving each element of the column as `element.value`."""
        if connection.vendor == "postgresql":
            return f"unnest({column}) AS element(value)"
        return f"json_each({column}) AS element"


@TermSet.register_lookup
class Overlap(Lookup):
    """Holds any of the given values."""

    lookup_name = "overlap"
    prepare_rhs = False

    def get_db_prep_lookup(self, value, connection):
        return "%s", [self.lhs.output_field.get_db_prep_value(value, connection)]

    def as_postgresql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} && {rhs}::{self.lhs.output_field.kind}[]", [*lhs_params, *rhs_params]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        held = f"SELECT 1 FROM json_each({lhs}) AS held"  # noqa: S608 (a column, not input)
        wanted = f"SELECT value FROM json_each({rhs})"  # noqa: S608
        return f"EXISTS ({held} WHERE held.value IN ({wanted}))", [*lhs_params, *rhs_params]
