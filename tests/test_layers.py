"""The import contracts in pyproject.toml: the code keeps them, and a back-import breaks them."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("directory", "modalities", "therapists")
DIRECTORY_IMPORTS_NO_APP = "directory imports no app"
MODALITIES_NEVER_IMPORT_THERAPISTS = "modalities never imports therapists"
THERAPISTS_LAYERS = "therapists layers import only downward"
CONTRACTS = (DIRECTORY_IMPORTS_NO_APP, MODALITIES_NEVER_IMPORT_THERAPISTS, THERAPISTS_LAYERS)


def copy_of_the_project(destination: Path) -> Path:
    """Copy the packages and their contracts, so a planted import never touches the real tree."""
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, destination / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", destination)
    return destination


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """Run lint-imports from inside the copy, which puts the copy first on its import path."""
    command = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [command, "--no-cache", "--no-logo", project / "pyproject.toml"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_code_keeps_every_contract(tmp_path):
    result = lint_imports(copy_of_the_project(tmp_path))

    assert result.returncode == 0, result.stdout + result.stderr
    for contract in CONTRACTS:
        assert f"{contract} KEPT" in result.stdout


@pytest.mark.parametrize(
    ("module", "planted", "contract"),
    [
        pytest.param(
            "therapists/models/offices.py",
            "from therapists.public import views  # noqa",
            THERAPISTS_LAYERS,
            id="models-imports-public",
        ),
        pytest.param(
            "directory/models.py",
            "import therapists.models  # noqa",
            DIRECTORY_IMPORTS_NO_APP,
            id="directory-imports-therapists",
        ),
        pytest.param(
            "modalities/models.py",
            "import therapists.models  # noqa",
            MODALITIES_NEVER_IMPORT_THERAPISTS,
            id="modalities-imports-therapists",
        ),
    ],
)
def test_a_back_import_breaks_the_layers(tmp_path, module, planted, contract):
    project = copy_of_the_project(tmp_path)
    with (project / module).open("a") as source:
        source.write(f"\n{planted}\n")

    result = lint_imports(project)

    assert result.returncode != 0
    assert f"{contract} BROKEN" in result.stdout


def test_a_module_outside_every_layer_breaks_the_layers(tmp_path):
    project = copy_of_the_project(tmp_path)
    (project / "therapists" / "stray.py").write_text("STRAY = True\n")

    result = lint_imports(project)

    assert result.returncode != 0
    assert f"{THERAPISTS_LAYERS} BROKEN" in result.stdout
    assert "therapists.stray" in result.stdout
