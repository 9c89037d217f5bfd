"""What the models cannot express: PostgreSQL's search support, and the Verifiers group.

On PostgreSQL: the unaccent and pg_trgm extensions, the accent-free text search configurations
directory_en and directory_fr, the GIN indexes of the full-text and misspelled-name searches, and
the partial indexes of the search's two default orders. Those order indexes are in the model's
Meta.indexes, so they stay in the migration state everywhere, but only PostgreSQL gets them:
SQLite cannot index "NULLS LAST", and development data is small. Other databases search by
plain matching and need none of it.
"""

import django.db.models.functions.comparison
from django.contrib.auth.management import create_permissions
from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations, models

SEARCH_CREATE = """
CREATE TEXT SEARCH CONFIGURATION directory_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION directory_en
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION directory_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION directory_fr
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE INDEX therapist_search_vector ON therapists_therapist USING gin (search_vector);
CREATE INDEX therapist_name_trigram ON therapists_therapist USING gin (display_name gin_trgm_ops);
"""

SEARCH_DROP = """
DROP INDEX IF EXISTS therapist_name_trigram;
DROP INDEX IF EXISTS therapist_search_vector;
DROP TEXT SEARCH CONFIGURATION IF EXISTS directory_fr;
DROP TEXT SEARCH CONFIGURATION IF EXISTS directory_en;
"""

# The search's default orders, partial on having a listing, as in Therapist.Meta.indexes.
ORDER_INDEXES = [
    models.Index(
        models.OrderBy(models.F("availability_confirmed_at"), descending=True, nulls_last=True),
        models.F("id"),
        condition=models.Q(("listed_until__isnull", False)),
        name="therapist_listed_recent",
    ),
    models.Index(
        django.db.models.functions.comparison.Coalesce("fee_floor", "fee"),
        models.F("id"),
        condition=models.Q(("listed_until__isnull", False)),
        name="therapist_listed_low_fee",
    ),
]

# Frozen here, since a migration never imports the application: therapists/verification/roles.py
# holds the list the application uses (tests/test_migrations.py keeps the two equal).
VERIFIER_CODENAMES = [
    "view_credential",
    "view_credential_evidence",
    "review_credential",
    "view_verificationevent",
    "view_introvideo",
    "moderate_introvideo",
]


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


def order_indexes_on_postgresql(method_name):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        therapist = apps.get_model("therapists", "Therapist")
        for index in ORDER_INDEXES:
            getattr(schema_editor, method_name)(therapist, index)

    return run


def verifiers_group_create(apps, schema_editor):
    # Permissions are normally made after migrating; the group needs them now.
    app_config = apps.get_app_config("therapists")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Verifiers")
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label="therapists", codename__in=VERIFIER_CODENAMES
        )
    )


def verifiers_group_delete(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Verifiers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("therapists", "0001_initial"),
    ]

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        migrations.RunPython(on_postgresql(SEARCH_CREATE), on_postgresql(SEARCH_DROP)),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(model_name="therapist", index=index) for index in ORDER_INDEXES
            ],
            database_operations=[
                migrations.RunPython(
                    order_indexes_on_postgresql("add_index"),
                    order_indexes_on_postgresql("remove_index"),
                )
            ],
        ),
        migrations.RunPython(verifiers_group_create, verifiers_group_delete),
    ]
