"""Availability in three states, and what a request asks for.

Therapist.accepting_new_clients (yes or no) becomes Therapist.accepting: yes → accepting, no →
closed, the confirmation date kept; a waitlist may say about how many weeks a new client waits
(waitlist_weeks, 1 to 52, only with a waitlist: a check constraint). An inquiry says whether it
asks for a consultation or a place on the waitlist (Inquiry.purpose; existing ones: requests).

SQLite cannot add a NOT NULL column or a check constraint without rebuilding the table, and a
rebuild would create the PostgreSQL-only order indexes of migration 0002, which SQLite cannot
make. There the column is added in place (keeping its default in the table) and the check is left
to the model's validation, as development data needs; PostgreSQL gets both as Django makes them.
"""

import django.core.validators
from django.db import migrations, models

from therapists.migrations._columns import column_add, column_remove

ACCEPTING = models.CharField(
    choices=[
        ("accepting", "Accepting new clients"),
        ("waitlist", "Waitlist for new clients"),
        ("closed", "Not accepting new clients"),
    ],
    default="accepting",
    help_text="Whether the therapist takes new clients, keeps a waitlist, or neither.",
    max_length=10,
    verbose_name="new clients",
)
ACCEPTING_NEW_CLIENTS = models.BooleanField(
    default=True, help_text="Open to new clients.", verbose_name="accepting new clients"
)
WAITLIST_WEEKS_IN_RANGE = models.CheckConstraint(
    condition=models.Q(
        ("waitlist_weeks__isnull", True),
        models.Q(("accepting", "waitlist"), ("waitlist_weeks__range", (1, 52))),
        _connector="OR",
    ),
    name="therapist_waitlist_weeks_in_range",
)


def constraint_on_postgresql(method_name):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            therapist = apps.get_model("therapists", "Therapist")
            getattr(schema_editor, method_name)(therapist, WAITLIST_WEEKS_IN_RANGE)

    return run


def states_from_yes_no(apps, schema_editor):
    therapist = apps.get_model("therapists", "Therapist")
    therapist.objects.filter(accepting_new_clients=False).update(accepting="closed")


def yes_no_from_states(apps, schema_editor):
    """Back to yes or no: a waitlist counts as yes, as the profile would have said."""
    therapist = apps.get_model("therapists", "Therapist")
    therapist.objects.filter(accepting="closed").update(accepting_new_clients=False)


class Migration(migrations.Migration):
    dependencies = [
        ("therapists", "0002_search_and_verifiers"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(model_name="therapist", name="accepting", field=ACCEPTING)
            ],
            database_operations=[
                migrations.RunPython(
                    column_add("accepting", ACCEPTING), column_remove("accepting", ACCEPTING)
                )
            ],
        ),
        migrations.AddField(
            model_name="therapist",
            name="waitlist_weeks",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="With a waitlist: about how many weeks a new client waits; blank if "
                "unsure.",
                null=True,
                validators=[
                    django.core.validators.MinValueValidator(1),
                    django.core.validators.MaxValueValidator(52),
                ],
                verbose_name="expected wait (weeks)",
            ),
        ),
        migrations.RunPython(states_from_yes_no, yes_no_from_states),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="therapist", name="accepting_new_clients")
            ],
            database_operations=[
                migrations.RunPython(
                    column_remove("accepting_new_clients", ACCEPTING_NEW_CLIENTS),
                    column_add("accepting_new_clients", ACCEPTING_NEW_CLIENTS),
                )
            ],
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddConstraint(model_name="therapist", constraint=WAITLIST_WEEKS_IN_RANGE)
            ],
            database_operations=[
                migrations.RunPython(
                    constraint_on_postgresql("add_constraint"),
                    constraint_on_postgresql("remove_constraint"),
                )
            ],
        ),
        migrations.AddField(
            model_name="inquiry",
            name="purpose",
            field=models.CharField(
                choices=[("request", "Consultation request"), ("waitlist", "Waitlist request")],
                default="request",
                help_text="A consultation, or a place on the therapist's waitlist.",
                max_length=10,
                verbose_name="purpose",
            ),
        ),
    ]
