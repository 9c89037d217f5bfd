"""Make every listed profile's search row again (after loading data, or restoring a backup)."""

from django.core.management.base import BaseCommand

from therapists.search.rows import search_rows_rebuild


class Command(BaseCommand):
    help = (
        "Make the search's row of every listed profile again, and remove the rows of profiles "
        "no longer listed. The daily sweep (expire_credentials) does the same."
    )

    def handle(self, *args, **options):
        listed = search_rows_rebuild()
        self.stdout.write(f"{listed} listed profile(s) in the search.")
