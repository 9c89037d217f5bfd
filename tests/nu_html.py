"""The Nu HTML Checker (vnu.jar, the W3C's validator), run once on several rendered pages.

`make vnu` installs the jar from the npm registry into .vnu/ (VNU_JAR names another); it needs
a Java runtime of 11 or newer."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = Path(os.environ.get("VNU_JAR") or ROOT / ".vnu/node_modules/vnu-jar/build/dist/vnu.jar")
ERRORS = {"error", "non-document-error"}


def nu_errors(documents: dict[str, str], folder: Path) -> list[str]:
    """The checker's errors on each document (name -> HTML), as "name:line: message"; warnings
    and notes aside. One Java run checks them all."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.exists():
        pytest.fail(f"The Nu HTML Checker needs java and {VNU_JAR}: run `make vnu`.")
    names = {}
    for number, (name, html) in enumerate(documents.items()):
        path = folder / f"page-{number}.html"
        path.write_text(html, encoding="utf-8")
        names[str(path)] = name
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *names],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    messages = json.loads(result.stderr)["messages"]
    return [
        f"{names.get(message.get('url', '').removeprefix('file:'), message.get('url'))}:"
        f"{message.get('lastLine', '?')}: {message['message']}"
        for message in messages
        if message["type"] in ERRORS
    ]
