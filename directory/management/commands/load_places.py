from django.core.management.base import BaseCommand

from directory.places import places_load


class Command(BaseCommand):
    help = "Load Canadian cities (GeoNames) and postal areas (FSA centroids) from installed data."

    def add_arguments(self, parser):
        parser.add_argument(
            "--min-population", type=int, default=1000, choices=[500, 1000, 5000, 15000]
        )

    def handle(self, *args, min_population, **options):
        counts = places_load(min_population=min_population)
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {counts['cities']} cities and {counts['postal_areas']} postal areas."
            )
        )
