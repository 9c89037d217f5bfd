"""Publish the day's open data files (HSDS 3.0, JSON and tabular) to the public storage."""

from django.core.management.base import BaseCommand

from therapists.public.opendata.publish import open_data_publish


class Command(BaseCommand):
    help = (
        "Export the listed profiles as HSDS 3.0 (gzipped JSON and a zipped CSV data package) "
        "to the public storage under open-data/<day>/, for the open data page to link; keeps "
        "the last few days. Run daily; a second run the same day replaces that day's files."
    )

    def handle(self, *args, **options):
        count = open_data_publish()
        self.stdout.write(f"{count} listed profile(s) published as open data.")
