"""What the environment says about the services the site stands on: the databases and the
storage buckets, read once by settings.py, each with one clear line when it is wrong."""

import warnings
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)


def required(name: str, value):
    """Stop with one clear line when a production setting is missing."""
    if not value:
        raise ImproperlyConfigured(
            f"Set the {name} environment variable: it is required when DEBUG is off."
        )
    return value


# What every web connection to PostgreSQL sets at its start (README: Scaling, for pgbouncer).
# Misspelled names ("Jonh Smyth") still find their profile through pg_trgm's % operator. JIT
# compilation costs ~100 ms on the search's counting query and never pays it back on queries of
# this size. A web request's query runs in its own process: parallel workers only take the cores
# other requests are waiting for (at 16 connections on 2 cores, new searches went from 25.7/s to
# 31.6/s and p99 from 1.08 s to 0.66 s), and 32 MB lets a search's counting set stay in memory
# instead of spilling to disk.
DATABASE_SESSION_OPTIONS = (
    "-c pg_trgm.similarity_threshold=0.25 -c jit=off -c max_parallel_workers_per_gather=0 "
    "-c work_mem=32MB"
)


def database_from_env(name: str = "DATABASE_URL", default: str = "") -> dict:
    """A database from the URL in the variable `name`, or one clear line saying what is wrong
    with it."""
    url = required(name, env.str(name, default=default))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            database = environ.Env.db_url_config(url)
        except (environ.ImproperlyConfigured, ValueError, KeyError):
            database = {}
    if not database.get("ENGINE"):
        raise ImproperlyConfigured(
            f"{name} is not a valid database URL; use e.g. postgres://user:password@host:5432/name"
        )
    if database["ENGINE"] != "django.db.backends.sqlite3":
        database["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
        database["CONN_HEALTH_CHECKS"] = True
    if database["ENGINE"] == "django.db.backends.postgresql":
        database.setdefault("OPTIONS", {})["options"] = DATABASE_SESSION_OPTIONS
        # Give up connecting after this long, so a database that is out answers 503 quickly.
        database["OPTIONS"]["connect_timeout"] = env.int("DATABASE_CONNECT_TIMEOUT", default=3)
    return database


AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
AWS_PRIVATE_STORAGE_BUCKET_NAME = env.str("AWS_PRIVATE_STORAGE_BUCKET_NAME", default="")
AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default="") or None
AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default="ca-central-1")
AWS_S3_CUSTOM_DOMAIN = env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None
PRIVATE_URL_EXPIRY_SECONDS = env.int("PRIVATE_URL_EXPIRY_SECONDS", default=300)


def s3_storage(bucket: str, *, private: bool, endpoint_url=None, custom_domain=None) -> dict:
    """A django-storages S3 backend for one bucket; private buckets only hand out signed URLs."""
    options = {
        "bucket_name": bucket,
        "region_name": AWS_S3_REGION_NAME,
        "endpoint_url": endpoint_url,
        "file_overwrite": False,
        "querystring_auth": private,
    }
    if private:
        options["default_acl"] = "private"
        options["querystring_expire"] = PRIVATE_URL_EXPIRY_SECONDS
    else:
        options["custom_domain"] = custom_domain
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def media_origins() -> list[str]:
    """Where public media is served from when it is not this site: the bucket or its CDN."""
    if AWS_S3_CUSTOM_DOMAIN:
        return [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
    if AWS_STORAGE_BUCKET_NAME:
        endpoint = AWS_S3_ENDPOINT_URL or f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
        return [endpoint.rstrip("/")]
    return []
