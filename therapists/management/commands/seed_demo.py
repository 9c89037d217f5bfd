import os
import time

from django.core.management.base import BaseCommand, CommandError

from therapists.demo.seed import DEMO_PASSWORD, VERIFIER_EMAIL, demo_count, demo_seed


class Command(BaseCommand):
    help = "Create realistic, deterministic demo therapists (needs load_reference_data first)."

    def add_arguments(self, parser):
        parser.add_argument("--therapists", type=int, default=300, help="How many profiles.")
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same directory.")
        parser.add_argument(
            "--workers",
            type=int,
            default=os.cpu_count() or 1,
            help="Processes loading at once on PostgreSQL (default: one per CPU).",
        )

    def handle(self, *args, therapists, seed, workers, verbosity, **options):
        self.verbosity = verbosity
        if not 1 <= therapists <= 1_000_000:
            raise CommandError("--therapists must be between 1 and 1,000,000.")
        existing = demo_count()
        if existing:
            self.stdout.write(f"Demo data already present ({existing} profiles); nothing to do.")
            return
        started = time.monotonic()
        try:
            demo_seed(count=therapists, seed=seed, progress=self.report, workers=max(workers, 1))
        except LookupError as error:
            raise CommandError(str(error)) from None
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(f"Created {therapists} demo therapists in {elapsed:.1f} s.")
        )
        self.stdout.write(f"Demo logins use the password {DEMO_PASSWORD!r}; {VERIFIER_EMAIL}.")

    def report(self, done: int):
        if self.verbosity > 1 or done % 10_000 == 0:
            self.stdout.write(f"  {done} profiles…")
