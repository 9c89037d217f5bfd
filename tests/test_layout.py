"""The house stays in order: no module grows past 400 lines, and therapists/ stays a few rooms."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("directory", "modalities", "therapists", "tests")
MAX_LINES = 400
# Django finds these folders by name; they are not rooms of our own.
DJANGO_FOLDERS = {"migrations", "management", "templatetags", "__pycache__"}
MAX_THERAPISTS_MODULES = 15


def modules():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path.relative_to(ROOT)


def test_no_module_is_over_400_lines():
    sizes = {path: len((ROOT / path).read_text().splitlines()) for path in modules()}
    assert len(sizes) > 100  # the walk found the code
    assert {str(path): n for path, n in sizes.items() if n > MAX_LINES} == {}


def test_therapists_has_at_most_15_modules_at_its_top_level():
    entries = [
        entry.name
        for entry in (ROOT / "therapists").iterdir()
        if entry.name not in DJANGO_FOLDERS and (entry.suffix == ".py" or entry.is_dir())
    ]
    assert len(entries) <= MAX_THERAPISTS_MODULES, sorted(entries)
