"""The search index's version: a number every write to the search rows or the offices changes,
in the same transaction, by database triggers (therapists/models/search_rows.py says why)."""

from django.db import migrations, models

TOUCHED = ("therapists_searchrow", "therapists_office")

POSTGRESQL = [
    """
    CREATE FUNCTION therapists_search_index_touch() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO therapists_searchindexversion (id, value)
        VALUES (1, floor(random() * 9e18)::bigint)
        ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value;
        RETURN NULL;
    END $$
    """,
    *(
        f"CREATE TRIGGER {table}_index_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
        f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION therapists_search_index_touch()"
        for table in TOUCHED
    ),
]
POSTGRESQL_REVERSE = [
    *(f"DROP TRIGGER {table}_index_touch ON {table}" for table in TOUCHED),
    "DROP FUNCTION therapists_search_index_touch()",
]
# SQLite has row triggers only: one per table and kind of write.
SQLITE = [
    f"CREATE TRIGGER {table}_index_touch_{event.lower()} AFTER {event} ON {table} BEGIN "
    "INSERT INTO therapists_searchindexversion (id, value) VALUES (1, random()) "
    "ON CONFLICT (id) DO UPDATE SET value = excluded.value; END"
    for table in TOUCHED
    for event in ("INSERT", "UPDATE", "DELETE")
]
SQLITE_REVERSE = [
    f"DROP TRIGGER {table}_index_touch_{event.lower()}"
    for table in TOUCHED
    for event in ("INSERT", "UPDATE", "DELETE")
]


def statements(schema_editor, *, reverse: bool = False) -> list[str]:
    if schema_editor.connection.vendor == "postgresql":
        return POSTGRESQL_REVERSE if reverse else POSTGRESQL
    if schema_editor.connection.vendor == "sqlite":
        return SQLITE_REVERSE if reverse else SQLITE
    return []  # elsewhere no version: the index is read afresh on every request


def triggers_create(apps, schema_editor):
    for statement in statements(schema_editor):
        schema_editor.execute(statement)
    if statements(schema_editor):  # a version only where triggers keep it
        apps.get_model("therapists", "SearchIndexVersion").objects.create(id=1, value=1)


def triggers_drop(apps, schema_editor):
    for statement in statements(schema_editor, reverse=True):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("therapists", "0008_text_languages")]

    operations = [
        migrations.CreateModel(
            name="SearchIndexVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("value", models.BigIntegerField()),
            ],
        ),
        migrations.RunPython(triggers_create, triggers_drop),
    ]
