"""The migrations: they describe the models, stand alone, and build what the models cannot say."""

import ast
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection

from therapists.verification.roles import VERIFIER_PERMISSIONS, VERIFIERS_GROUP

ROOT = Path(__file__).resolve().parent.parent
APPS = ("directory", "modalities", "therapists")
POSTGRESQL_INDEXES = {
    "therapist_search_vector",
    "therapist_name_trigram",
    "therapist_listed_recent",
    "therapist_listed_low_fee",
}
SEARCH_ROW_INDEXES = {
    "searchrow_approaches_gin",
    "searchrow_approaches_widened_gin",
    "searchrow_concerns_gin",
    "searchrow_languages_gin",
    "searchrow_communities_gin",
    "searchrow_insurers_gin",
    "searchrow_online_provinces_gin",
    "searchrow_serving_provinces_gin",
    "searchrow_recent",
    "searchrow_low_fee",
    "searchrow_search_vector",
    "searchrow_name_trigram",
}
# What Django's serializer writes for a field: a manager kept for migrations, validators and the
# private storage callable; and the migrations' own helpers (therapists/migrations/_columns.py),
# which are history too. Anything else of ours would tie the history to today's code.
FIELD_REFERENCES = {
    "therapists.migrations._columns",
    "directory.models",
    "directory.storage",
    "directory.text",
    "therapists.models.validators",
    "therapists.models.fields",
}


def migration_files() -> list[Path]:
    return sorted(path for app in APPS for path in (ROOT / app / "migrations").glob("0*.py"))


def imported_modules(path: Path) -> set[str]:
    """Every module a migration imports, at the top or inside a function."""
    modules = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            modules.add(node.module)
    return modules


@pytest.mark.django_db
def test_the_migrated_verifiers_group_has_exactly_the_roles_permissions():
    group = Group.objects.get(name=VERIFIERS_GROUP)
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
    assert granted == set(VERIFIER_PERMISSIONS)


@pytest.mark.django_db
def test_the_migrations_describe_the_models():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.parametrize("path", migration_files(), ids=lambda path: path.stem)
def test_a_migration_imports_only_django_and_field_references(path):
    ours = {module for module in imported_modules(path) if module.split(".")[0] in APPS}
    assert ours <= FIELD_REFERENCES, f"{path.name} imports the application: {ours}"


@pytest.mark.django_db
def test_postgresql_has_the_search_configurations_and_indexes():
    assert connection.vendor == "postgresql"  # the suite runs on PostgreSQL (tests/settings.py)
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        configurations = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'therapists_therapist'")
        indexes = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'therapists_searchrow'")
        row_indexes = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'therapists_searchrow'")
        (row_options,) = cursor.fetchone()
    assert configurations >= {"directory_en", "directory_fr"}
    assert indexes >= POSTGRESQL_INDEXES
    assert row_indexes >= SEARCH_ROW_INDEXES
    assert row_options == ["toast_tuple_target=1000"]  # the search words kept off the page


def test_a_fresh_sqlite_database_migrates_without_the_postgresql_indexes(tmp_path):
    database = tmp_path / "fresh.db"
    environment = os.environ | {
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "directory.settings",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--skip-checks", "-v0"],
        cwd=ROOT,
        env=environment,
        check=True,
    )

    with sqlite3.connect(database) as sqlite:
        indexes = {
            name
            for (name,) in sqlite.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'index' AND tbl_name = 'therapists_therapist'"
            )
        }
        row_indexes = {
            name
            for (name,) in sqlite.execute(
                "SELECT name FROM sqlite_master "
                "WHERE type = 'index' AND tbl_name = 'therapists_searchrow'"
            )
        }
        (verifier_permissions,) = sqlite.execute(
            "SELECT COUNT(*) FROM auth_group_permissions JOIN auth_group "
            "ON auth_group.id = group_id WHERE auth_group.name = 'Verifiers'"
        ).fetchone()
    assert "therapist_listed_until" in indexes
    assert not indexes & POSTGRESQL_INDEXES
    assert "searchrow_listed_until" in row_indexes
    assert not row_indexes & SEARCH_ROW_INDEXES
    assert verifier_permissions == len(VERIFIER_PERMISSIONS)
