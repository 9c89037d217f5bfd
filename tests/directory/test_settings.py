"""Settings read from the environment: silent in development, strict in production."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-0123456789-abcdefghijkl",
    "ALLOWED_HOSTS": "therapists.example.ca",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/postgres",
    "SMTP_HOST": "smtp.example.ca",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_development_needs_no_configuration():
    result = manage("check")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_deploy_check_is_clean():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_without_a_secret_key_says_what_to_set():
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = manage("check", **env)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Configuration error: Set the SECRET_KEY environment variable: "
        "it is required when DEBUG is off."
    ]


def test_production_without_allowed_hosts_says_what_to_set():
    env = {k: v for k, v in PRODUCTION.items() if k != "ALLOWED_HOSTS"}
    result = manage("check", **env)
    assert result.returncode == 1
    assert "Set the ALLOWED_HOSTS environment variable" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_database_url_says_what_to_set():
    result = manage("check", DATABASE_URL="not a url at all")
    assert result.returncode == 1
    assert "DATABASE_URL is not a valid database URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_s3_bucket_without_a_private_bucket_is_refused():
    result = manage("check", AWS_STORAGE_BUCKET_NAME="media")
    assert result.returncode == 1
    assert "Set AWS_PRIVATE_STORAGE_BUCKET_NAME" in result.stderr
