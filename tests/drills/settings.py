"""The production settings, with the collected static files in the drill's own folder instead of
the checkout's (the manifest that production's static storage needs is written there)."""

import os
from pathlib import Path

from directory.settings import *  # noqa: F403

STATIC_ROOT = Path(os.environ["DRILL_STATIC_ROOT"])
