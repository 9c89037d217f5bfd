"""Publishing the open data files to the public storage, once a day, and finding the latest.

Each run writes both forms under open-data/<day>/ (the S3 backend never overwrites a name, so a
day's files get that day's folder) and keeps the last few days, so a reader who started a download
before the next run still finishes it.
"""

import datetime
import io
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.core.files import File
from django.core.files.storage import Storage, default_storage
from django.utils import timezone, translation

from therapists.public.opendata.export import hsds_json_write, hsds_tabular_write

FOLDER = "open-data"
JSON_NAME = "hsds-3.0-json.zip"
TABULAR_NAME = "hsds-3.0-csv.zip"
JSON_MEMBER = "hsds-3.0.json"
DAYS_KEPT = 3
LANGUAGE = "en"


@dataclass(frozen=True)
class Published:
    """One day's files, with their public addresses and sizes in bytes."""

    day: datetime.date
    json_url: str
    json_size: int
    tabular_url: str
    tabular_size: int


def open_data_publish(*, storage: Storage | None = None, on: datetime.date | None = None) -> int:
    """Export both forms and save them to the public storage; returns the profiles written."""
    storage = storage or default_storage
    day = on or timezone.localdate()
    with tempfile.TemporaryDirectory() as work, translation.override(LANGUAGE):
        work = Path(work)
        count = json_zip_write(work / JSON_NAME)
        tabular_zip_write(work / "tabular", work / TABULAR_NAME)
        for name in (JSON_NAME, TABULAR_NAME):
            storage_replace(storage, f"{FOLDER}/{day.isoformat()}/{name}", work / name)
    days_prune(storage, keep=DAYS_KEPT)
    return count


def json_zip_write(path: Path) -> int:
    """The JSON form in a zip archive: as a .json.gz, S3 would serve it as JSON with a gzip
    content encoding, which browsers undo while saving it under its .gz name."""
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open(JSON_MEMBER, "w", force_zip64=True) as member,
        io.TextIOWrapper(member, encoding="utf-8") as out,
    ):
        return hsds_json_write(out)


def tabular_zip_write(directory: Path, path: Path) -> None:
    hsds_tabular_write(directory)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member in sorted(directory.iterdir()):
            archive.write(member, arcname=member.name)
    shutil.rmtree(directory)


def storage_replace(storage: Storage, name: str, source: Path) -> None:
    """Save under exactly this name: a second run the same day replaces the first's file."""
    if storage.exists(name):
        storage.delete(name)
    with source.open("rb") as content:
        saved = storage.save(name, File(content, name=source.name))
    if saved != name:
        raise RuntimeError(f"The storage saved {saved!r} instead of {name!r}.")


def published_days(storage: Storage) -> list[str]:
    """The days with files, oldest first (ISO dates sort as dates)."""
    try:  # S3 has no folders to test for, only names under a prefix
        folders, _files = storage.listdir(FOLDER)
    except FileNotFoundError:
        return []
    return sorted(folder.strip("/") for folder in folders if folder_is_day(folder.strip("/")))


def folder_is_day(name: str) -> bool:
    try:
        datetime.date.fromisoformat(name)
    except ValueError:
        return False
    return True


def days_prune(storage: Storage, *, keep: int) -> None:
    for day in published_days(storage)[:-keep]:
        for name in (JSON_NAME, TABULAR_NAME):
            if storage.exists(f"{FOLDER}/{day}/{name}"):
                storage.delete(f"{FOLDER}/{day}/{name}")


def open_data_latest(*, storage: Storage | None = None) -> Published | None:
    """The latest day whose two files are both there; None before the first run."""
    storage = storage or default_storage
    for day in reversed(published_days(storage)):
        json_name = f"{FOLDER}/{day}/{JSON_NAME}"
        tabular_name = f"{FOLDER}/{day}/{TABULAR_NAME}"
        if storage.exists(json_name) and storage.exists(tabular_name):
            return Published(
                day=datetime.date.fromisoformat(day),
                json_url=storage.url(json_name),
                json_size=storage.size(json_name),
                tabular_url=storage.url(tabular_name),
                tabular_size=storage.size(tabular_name),
            )
    return None
