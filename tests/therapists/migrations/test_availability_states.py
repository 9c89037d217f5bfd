"""Migration 0003_availability_states: yes or no about new clients becomes one of three states."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

MIGRATION = ("therapists", "0003_availability_states")


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_yes_becomes_accepting_and_no_becomes_closed_with_the_dates_kept():
    executor = MigrationExecutor(connection)
    before = executor.loader.get_migration(*MIGRATION).dependencies
    before = [parent for parent in before if parent[0] == "therapists"]
    latest = executor.loader.graph.leaf_nodes()
    try:
        apps = migrate(before)
        user, therapist = (
            apps.get_model("directory", "User"),
            apps.get_model("therapists", "Therapist"),
        )
        rows = {}
        for n, accepting in enumerate([True, False]):
            owner = user.objects.create(email=f"t{n}@example.ca", password="!")
            rows[accepting] = therapist.objects.create(
                owner=owner, slug=f"t{n}", display_name=f"T{n}", accepting_new_clients=accepting
            ).pk

        therapist = migrate([MIGRATION]).get_model("therapists", "Therapist")

        assert therapist.objects.get(pk=rows[True]).accepting == "accepting"
        assert therapist.objects.get(pk=rows[False]).accepting == "closed"
        assert not therapist.objects.exclude(waitlist_weeks=None).exists()
    finally:
        migrate(latest)
