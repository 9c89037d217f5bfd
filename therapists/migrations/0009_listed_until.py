"""Each profile keeps its listing as a date (therapists/listing.py), filled here for the rows
already there. The search's order indexes move from "published" to "has a listing", which is
narrower and what listed() asks for (PostgreSQL only, as in 0008), and the index on published
profiles' fees goes: nothing asks for it since listed() reads listed_until."""

import django.db.models.functions.comparison
from django.conf import settings
from django.db import migrations, models

# Every profile's listing, as therapists/listing.py computes it. A verified credential always
# has an expiry (credential_verified_has_expiry), so the latest one is the last listed day.
FILL_LISTED_UNTIL = """
UPDATE therapists_therapist SET listed_until = (
    SELECT MAX(c.expires_on)
    FROM therapists_credential c
    WHERE c.therapist_id = therapists_therapist.id AND c.status = 'verified'
)
WHERE is_published
  AND EXISTS (SELECT 1 FROM directory_user u WHERE u.id = therapists_therapist.owner_id
              AND u.is_active)
"""


def order_indexes(condition: models.Q, kind: str) -> list[models.Index]:
    """The search's two default orders, partial on the condition."""
    return [
        models.Index(
            models.OrderBy(models.F("availability_confirmed_at"), descending=True, nulls_last=True),
            models.F("id"),
            condition=condition,
            name=f"therapist_{kind}_recent",
        ),
        models.Index(
            django.db.models.functions.comparison.Coalesce("fee_floor", "fee"),
            models.F("id"),
            condition=condition,
            name=f"therapist_{kind}_low_fee",
        ),
    ]


OLD_INDEXES = order_indexes(models.Q(("is_published", True)), "published")
NEW_INDEXES = order_indexes(models.Q(("listed_until__isnull", False)), "listed")


def on_postgresql(removed, added):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        therapist = apps.get_model("therapists", "Therapist")
        for index in removed:
            schema_editor.remove_index(therapist, index)
        for index in added:
            schema_editor.add_index(therapist, index)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("modalities", "0002_search"),
        ("therapists", "0008_search_order_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="therapist",
            name="listed_until",
            field=models.DateField(
                editable=False,
                help_text=(
                    "The last day the profile is listed: the latest expiry of a verified "
                    "credential, while published and the account is active; empty when not "
                    "listed."
                ),
                null=True,
                verbose_name="listed until",
            ),
        ),
        migrations.RunSQL(FILL_LISTED_UNTIL, migrations.RunSQL.noop),
        migrations.AddIndex(
            model_name="therapist",
            index=models.Index(fields=["listed_until", "id"], name="therapist_listed_until"),
        ),
        migrations.RemoveIndex(model_name="therapist", name="therapist_published_fee"),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                *(
                    migrations.RemoveIndex(model_name="therapist", name=index.name)
                    for index in OLD_INDEXES
                ),
                *(
                    migrations.AddIndex(model_name="therapist", index=index)
                    for index in NEW_INDEXES
                ),
            ],
            database_operations=[
                migrations.RunPython(
                    on_postgresql(OLD_INDEXES, NEW_INDEXES), on_postgresql(NEW_INDEXES, OLD_INDEXES)
                )
            ],
        ),
    ]
