"""The direction of imports (docs/architecture.md): arrows point down only."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, at the top or inside a function."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def python_files(*patterns: str) -> list[Path]:
    return sorted(path for pattern in patterns for path in ROOT.glob(pattern))


def offending(paths: list[Path], forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for path in paths:
        bad = sorted(
            name
            for name in imported_modules(path)
            if any(name == f or name.startswith(f"{f}.") for f in forbidden)
        )
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    return found


HIGHER_LAYERS = (
    "claims.views",
    "claims.api",
    "claims.admin",
    "claims.feeds",
    "claims.sitemaps",
    "sources.views",
    "sources.admin",
    "extraction",
)


@pytest.mark.parametrize(
    "pattern",
    ["claims/models/*.py", "claims/services/*.py", "sources/models.py", "sources/quotes.py"],
)
def test_models_and_services_never_import_pages_api_admin_or_extraction(pattern):
    modules = python_files(pattern)
    assert modules
    assert offending(modules, HIGHER_LAYERS) == {}


@pytest.mark.parametrize(
    "module", ["claims/views.py", "claims/feeds.py", "claims/sitemaps.py", "claims/claimreview.py"]
)
def test_pages_never_import_the_api(module):
    assert offending([ROOT / module], ("claims.api",)) == {}


def test_sources_never_imports_claims_views_or_api():
    forbidden = ("claims.views", "claims.api", "claims.feeds", "claims.sitemaps", "extraction")
    assert offending(python_files("sources/**/*.py"), forbidden) == {}


def test_the_project_package_imports_no_app_except_from_its_url_modules():
    modules = [
        path
        for path in python_files("factcheck/*.py")
        if path.name not in ("urls.py", "api_urls.py")
    ]
    assert offending(modules, ("claims", "sources", "extraction")) == {}


def test_migrations_keep_their_own_copy_of_the_code_they_run():
    """An old migration must not change when live code changes: it may name model
    field classes, nothing else of the apps."""
    migrations = python_files("claims/migrations/0*.py", "sources/migrations/0*.py")
    imports = {
        str(path.relative_to(ROOT)): sorted(
            name
            for name in imported_modules(path)
            if name.split(".")[0] in ("claims", "sources", "extraction")
            and not name.endswith(".models")
            and ".models." not in name
        )
        for path in migrations
    }
    assert {path: names for path, names in imports.items() if names} == {}


def test_the_checks_above_see_imports_inside_functions(tmp_path):
    module = tmp_path / "late.py"
    module.write_text("def f():\n    from claims.views import ClaimListView\n")

    assert "claims.views" in imported_modules(module)
