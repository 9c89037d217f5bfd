"""The production settings plus the benchmark's baseline page, which the site never serves."""

from pathlib import Path

from directory.settings import *  # noqa: F403

ROOT_URLCONF = "tests.bench.urls"
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], Path(__file__).parent / "templates"]  # noqa: F405
