from django.core.management.base import BaseCommand

from directory.places import places_load
from modalities.reference import modalities_load
from modalities.vocabulary import vocabulary_cache_clear
from therapists.reference import therapist_vocabulary_load


class Command(BaseCommand):
    help = (
        "Load places, approaches, concerns, reading lists, regulators, languages, insurers and "
        "communities. Safe to run again: places are refreshed; the rest is only added where "
        "missing, so what staff edited in the admin stays as they left it."
    )

    def handle(self, *args, **options):
        for name, loader in (
            ("Loaded places", places_load),
            ("Added approaches and concerns", modalities_load),
            ("Added therapist vocabulary", therapist_vocabulary_load),
        ):
            counts = loader()
            summary = ", ".join(
                f"{count} {kind.replace('_', ' ')}" for kind, count in counts.items()
            )
            self.stdout.write(self.style.SUCCESS(f"{name}: {summary}."))
        vocabulary_cache_clear()
