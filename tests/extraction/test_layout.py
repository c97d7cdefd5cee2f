"""The assistant's core runs without Django: it imports nothing from Django or
from the project's other apps, so it can be scored and reused on plain text."""

import ast
from pathlib import Path

import pytest

import extraction

CORE = ["text", "numbers", "dates", "attribution", "features", "suggest", "matching", "evaluate"]
FORBIDDEN = ("django", "rest_framework", "claims", "sources", "factcheck")


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


@pytest.mark.parametrize("module", CORE)
def test_the_core_imports_nothing_from_django_or_the_apps(module):
    root = Path(extraction.__file__).parent
    # A module, or a package split into modules ("attribution/").
    paths = [root / f"{module}.py"] if (root / f"{module}.py").exists() else []
    paths += sorted((root / module).glob("*.py"))
    assert paths

    found = [
        name for path in paths for name in imported_modules(path) if name.split(".")[0] in FORBIDDEN
    ]

    assert found == []
