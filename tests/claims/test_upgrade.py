"""An existing SQLite database upgrades with `migrate`: migrations that rebuild the
speaker or claim tables run past the search triggers, which come back caught up."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
# The release before speakers could be publications: its last claims migration.
OLDER_RELEASE = "0007_index_home_page_queries"

# Rows as the older release stored them, written in SQL (today's models have more fields).
OLDER_ROWS = """
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute(
        "INSERT INTO claims_speaker (id, name, slug, kind, role, organisation, country, "
        "wikidata_id, created_at, updated_at) VALUES (1, 'Ana Ruiz', 'ana-ruiz', 'person', "
        "'', '', '', '', '2024-01-01', '2024-01-01')"
    )
    cursor.execute(
        "INSERT INTO claims_claim (id, text, statement, slug, speaker_id, status, rating, "
        "verdict, version, created_at, updated_at) VALUES (1, 'Clinic waits fell by half.', "
        "'', 'clinic-waits', 1, 'unverified', '', '', 1, '2024-01-01', '2024-01-01')"
    )
"""

SEARCH_AFTER_UPGRADE = """
import json
from claims.models import Claim, Speaker
from claims.search import search_claims

def found(words):
    return sorted(search_claims(Claim.objects.all(), words).values_list("id", flat=True))

before = found("clinic")
Speaker.objects.filter(pk=1).update(name="Ana Ruiz Diaz")
Claim.objects.create(text="Bus fares rose by a tenth.", speaker_id=1)
print(json.dumps({"clinic": before, "diaz": found("diaz"), "fares": found("fares")}))
"""


def manage(database: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("SECRET_KEY_FILE",)},
        "DATABASE_URL": f"sqlite:///{database}",
        "SECRET_KEY": "test-only-not-secret",
        "LOCAL_ENV_FILE": "",
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_database_with_claims_upgrades_and_stays_searchable(tmp_path):
    database = tmp_path / "older.sqlite3"
    older = manage(database, "migrate", "claims", OLDER_RELEASE, "--noinput")
    assert older.returncode == 0, older.stderr
    rows = manage(database, "shell", "-c", OLDER_ROWS)
    assert rows.returncode == 0, rows.stderr

    upgraded = manage(database, "migrate", "--noinput")

    assert upgraded.returncode == 0, upgraded.stderr
    searched = manage(database, "shell", "-c", SEARCH_AFTER_UPGRADE)
    assert searched.returncode == 0, searched.stderr
    assert json.loads(searched.stdout.strip().splitlines()[-1]) == {
        "clinic": [1],
        "diaz": [1, 2],
        "fares": [2],
    }
