"""The search rows' names and words again, and their short words, in two narrow tables of their
own kept by triggers (PostgreSQL only): the rows holding a word, or a name like the words, and
the ranks of those whose short words hold one, are read from their few pages rather than the
wide rows' (therapists/search/index/words.py says why)."""

from django.db import migrations

POSTGRESQL = [
    # No row written between the copy below and the triggers: the rows wait for the migration.
    "LOCK TABLE therapists_searchrow IN SHARE ROW EXCLUSIVE MODE",
    """
    CREATE TABLE therapists_searchwords (
        therapist_id bigint PRIMARY KEY,
        display_name varchar(120) NOT NULL,
        search_vector tsvector
    ) WITH (toast_tuple_target = 128)
    """,
    # A profile's words (3.6 KB on average) always out of line: a row is about 60 bytes.
    "ALTER TABLE therapists_searchwords ALTER COLUMN search_vector SET STORAGE EXTERNAL",
    "INSERT INTO therapists_searchwords "
    "SELECT therapist_id, display_name, search_vector FROM therapists_searchrow",
    "CREATE INDEX therapists_searchwords_search ON therapists_searchwords "
    "USING gin (search_vector)",
    "CREATE INDEX therapists_searchwords_name ON therapists_searchwords "
    "USING gin (display_name gin_trgm_ops)",
    # The short words (240 bytes) in a table of their own, kept in the row where ranking reads
    # them (out of line: 253 against 11 ms for 20,000 rows), and apart from the words so that
    # reading a word's rows visits a quarter of the pages.
    """
    CREATE TABLE therapists_searchranks (
        therapist_id bigint PRIMARY KEY,
        rank_vector tsvector
    )
    """,
    "ALTER TABLE therapists_searchranks ALTER COLUMN rank_vector SET STORAGE MAIN",
    "INSERT INTO therapists_searchranks SELECT therapist_id, rank_vector FROM therapists_searchrow",
    "CREATE INDEX therapists_searchranks_rank ON therapists_searchranks USING gin (rank_vector)",
    # Each narrow table written only when what it copies changed: a row's refresh sets its
    # name and words whether or not they changed.
    """
    CREATE FUNCTION therapists_searchwords_keep() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            TRUNCATE therapists_searchwords, therapists_searchranks;
            RETURN NULL;
        END IF;
        IF TG_OP = 'DELETE' THEN
            DELETE FROM therapists_searchwords WHERE therapist_id = OLD.therapist_id;
            DELETE FROM therapists_searchranks WHERE therapist_id = OLD.therapist_id;
            RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT'
           OR (OLD.display_name, OLD.search_vector)
              IS DISTINCT FROM (NEW.display_name, NEW.search_vector) THEN
            INSERT INTO therapists_searchwords (therapist_id, display_name, search_vector)
            VALUES (NEW.therapist_id, NEW.display_name, NEW.search_vector)
            ON CONFLICT (therapist_id) DO UPDATE
            SET display_name = EXCLUDED.display_name, search_vector = EXCLUDED.search_vector;
        END IF;
        IF TG_OP = 'INSERT' OR OLD.rank_vector IS DISTINCT FROM NEW.rank_vector THEN
            INSERT INTO therapists_searchranks (therapist_id, rank_vector)
            VALUES (NEW.therapist_id, NEW.rank_vector)
            ON CONFLICT (therapist_id) DO UPDATE SET rank_vector = EXCLUDED.rank_vector;
        END IF;
        RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER therapists_searchrow_words AFTER INSERT OR DELETE "
    "OR UPDATE OF display_name, search_vector, rank_vector ON therapists_searchrow "
    "FOR EACH ROW EXECUTE FUNCTION therapists_searchwords_keep()",
    "CREATE TRIGGER therapists_searchrow_words_truncate AFTER TRUNCATE ON therapists_searchrow "
    "FOR EACH STATEMENT EXECUTE FUNCTION therapists_searchwords_keep()",
]
POSTGRESQL_REVERSE = [
    "DROP TRIGGER therapists_searchrow_words_truncate ON therapists_searchrow",
    "DROP TRIGGER therapists_searchrow_words ON therapists_searchrow",
    "DROP FUNCTION therapists_searchwords_keep()",
    "DROP TABLE therapists_searchranks",
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
