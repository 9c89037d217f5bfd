"""A truer cost for testing a profile's words against a query, again (0006 set 100).

Testing a row's words reads its kilobytes of words out of line: about 4 microseconds a row at
100,000 profiles. At 100, PostgreSQL still chose to scan every row for a word it had never seen
when only one match was wanted (a search's words checked for a correction: 440 ms to find that
"Clhoé" matches no one) rather than ask the words' index (0.04 ms). At 1,000 it asks the index
for a rare word, and still scans for a common one, whose first match comes at once."""

from django.db import migrations


def match_cost(cost: int) -> str:
    change = f"ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST {cost}"
    return f"""
    DO $$
    BEGIN
        {change};
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'Run as a superuser: {change}';
    END
    $$
    """


def cost_raise(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(match_cost(1000))


def cost_lower(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(match_cost(100))


class Migration(migrations.Migration):
    dependencies = [("therapists", "0009_search_index_version")]

    operations = [migrations.RunPython(cost_raise, cost_lower)]
