"""Partial indexes that let the search read a page of its default orders without sorting every
listed profile. PostgreSQL only: SQLite cannot index "NULLS LAST", and development data is small.
"""

import django.db.models.functions.comparison
from django.conf import settings
from django.db import migrations, models

INDEXES = [
    models.Index(
        models.OrderBy(models.F("availability_confirmed_at"), descending=True, nulls_last=True),
        models.F("id"),
        condition=models.Q(("is_published", True)),
        name="therapist_published_recent",
    ),
    models.Index(
        django.db.models.functions.comparison.Coalesce("fee_floor", "fee"),
        models.F("id"),
        condition=models.Q(("is_published", True)),
        name="therapist_published_low_fee",
    ),
]


def on_postgresql(method_name):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        therapist = apps.get_model("therapists", "Therapist")
        for index in INDEXES:
            getattr(schema_editor, method_name)(therapist, index)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("modalities", "0002_search"),
        ("therapists", "0007_expiry_reminders"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(model_name="therapist", index=index) for index in INDEXES
            ],
            database_operations=[
                migrations.RunPython(on_postgresql("add_index"), on_postgresql("remove_index"))
            ],
        )
    ]
