"""PostgreSQL search support: accent-free text search configurations and the indexes search uses.

Nothing happens on other databases, where search falls back to plain matching.
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

CREATE = """
CREATE TEXT SEARCH CONFIGURATION directory_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION directory_en
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION directory_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION directory_fr
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE INDEX therapist_search_vector ON therapists_therapist USING gin (search_vector);
CREATE INDEX therapist_name_trigram ON therapists_therapist USING gin (display_name gin_trgm_ops);
"""

DROP = """
DROP INDEX IF EXISTS therapist_name_trigram;
DROP INDEX IF EXISTS therapist_search_vector;
DROP TEXT SEARCH CONFIGURATION IF EXISTS directory_fr;
DROP TEXT SEARCH CONFIGURATION IF EXISTS directory_en;
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("therapists", "0002_search")]

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        migrations.RunPython(on_postgresql(CREATE), on_postgresql(DROP)),
    ]
