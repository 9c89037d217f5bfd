"""Write every listed profile as Open Referral HSDS 3.0: JSON, or a tabular data package."""

import shutil
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from therapists.public.opendata.export import CHUNK_SIZE, hsds_json_write, hsds_tabular_write


class Command(BaseCommand):
    help = (
        "Export the listed profiles (and nothing about unlisted ones) as HSDS 3.0: --format json "
        "writes one JSON file at OUT; --format csv writes a directory OUT holding one CSV per "
        "table and datapackage.json (a Frictionless data package). OUT appears only once whole."
    )

    def add_arguments(self, parser):
        parser.add_argument("out", help="The JSON file, or the directory of the tabular form.")
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument(
            "--language", choices=["en", "fr"], default="en", help="Language of the texts."
        )
        parser.add_argument(
            "--chunk-size",
            type=int,
            default=CHUNK_SIZE,
            help="Profiles read from the database at a time.",
        )

    def handle(self, *args, out, format, language, chunk_size, **options):
        if chunk_size < 1:
            raise CommandError("--chunk-size must be at least 1.")
        target = Path(out).absolute()
        if target.exists():
            raise CommandError(f"{target} already exists; name a new file or directory.")
        if not target.parent.is_dir():
            raise CommandError(f"{target.parent} is not a directory.")
        with translation.override(language):
            count = self.write(target, format=format, chunk_size=chunk_size)
        self.stdout.write(f"{count} listed profile(s) written to {target} ({format}).")

    def write(self, target: Path, *, format: str, chunk_size: int) -> int:
        """Write beside the target, then move it into place: a failed export leaves nothing."""
        with tempfile.TemporaryDirectory(dir=target.parent, prefix=".export_hsds-") as work:
            partial = Path(work) / "out"
            if format == "csv":
                count = hsds_tabular_write(partial, chunk_size=chunk_size)
            else:
                with partial.open("w", encoding="utf-8") as stream:
                    count = hsds_json_write(stream, chunk_size=chunk_size)
            shutil.move(partial, target)
        return count
