"""The search rows' words again, in a narrow table of their own kept by triggers (PostgreSQL
only): the rows holding a word are read from its few pages rather than the wide rows'
(therapists/search/index/words.py says why)."""

from django.db import migrations

POSTGRESQL = [
    """
    CREATE TABLE therapists_searchwords (
        therapist_id bigint PRIMARY KEY,
        search_vector tsvector,
        rank_vector tsvector
    ) WITH (toast_tuple_target = 128)
    """,
    "ALTER TABLE therapists_searchwords ALTER COLUMN search_vector SET STORAGE EXTERNAL, "
    "ALTER COLUMN rank_vector SET STORAGE EXTERNAL",
    "INSERT INTO therapists_searchwords SELECT therapist_id, search_vector, rank_vector "
    "FROM therapists_searchrow",
    "CREATE INDEX therapists_searchwords_search ON therapists_searchwords "
    "USING gin (search_vector)",
    "CREATE INDEX therapists_searchwords_rank ON therapists_searchwords USING gin (rank_vector)",
    """
    CREATE FUNCTION therapists_searchwords_keep() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            TRUNCATE therapists_searchwords;
        ELSIF TG_OP = 'DELETE' THEN
            DELETE FROM therapists_searchwords WHERE therapist_id = OLD.therapist_id;
        ELSE
            INSERT INTO therapists_searchwords (therapist_id, search_vector, rank_vector)
            VALUES (NEW.therapist_id, NEW.search_vector, NEW.rank_vector)
            ON CONFLICT (therapist_id) DO UPDATE
            SET search_vector = EXCLUDED.search_vector, rank_vector = EXCLUDED.rank_vector;
        END IF;
        RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER therapists_searchrow_words AFTER INSERT OR DELETE "
    "OR UPDATE OF search_vector, rank_vector ON therapists_searchrow "
    "FOR EACH ROW EXECUTE FUNCTION therapists_searchwords_keep()",
    "CREATE TRIGGER therapists_searchrow_words_truncate AFTER TRUNCATE ON therapists_searchrow "
    "FOR EACH STATEMENT EXECUTE FUNCTION therapists_searchwords_keep()",
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER therapists_searchrow_words_truncate ON therapists_searchrow",
    "DROP TRIGGER therapists_searchrow_words ON therapists_searchrow",
    "DROP FUNCTION therapists_searchwords_keep()",
    "DROP TABLE therapists_searchwords",
]


def words_table_create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRESQL:
            schema_editor.execute(statement)


def words_table_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRESQL_REVERSE:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("therapists", "0010_match_cost")]

    operations = [migrations.RunPython(words_table_create, words_table_drop)]
