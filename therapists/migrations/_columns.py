"""Adding a column to the therapist table without rebuilding it on SQLite.

SQLite cannot add a NOT NULL column without rebuilding the table, and a rebuild would create the
PostgreSQL-only order indexes of migration 0002, which SQLite cannot make. There the column is
added in place, keeping its default in the table; PostgreSQL gets it as Django makes it.
(The leading underscore keeps Django's migration loader from reading this module as a migration.)
"""

from django.db import migrations


def column_add(name, field):
    def run(apps, schema_editor):
        therapist = apps.get_model("therapists", "Therapist")
        column = field.clone()
        column.set_attributes_from_name(name)
        column.model = therapist
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.add_field(therapist, column)
            return
        definition, params = schema_editor.column_sql(therapist, column, include_default=True)
        table = schema_editor.quote_name(therapist._meta.db_table)
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN {schema_editor.quote_name(name)} {definition}",
            params,
        )

    return run


def column_remove(name, field):
    def run(apps, schema_editor):
        therapist = apps.get_model("therapists", "Therapist")
        column = field.clone()
        column.set_attributes_from_name(name)
        column.model = therapist
        schema_editor.remove_field(therapist, column)  # in place on SQLite: no index reads it

    return run


def therapist_column_added(name, field):
    """AddField on the therapist, made in place on SQLite (see above)."""
    return migrations.SeparateDatabaseAndState(
        state_operations=[migrations.AddField(model_name="therapist", name=name, field=field)],
        database_operations=[
            migrations.RunPython(column_add(name, field), column_remove(name, field))
        ],
    )
