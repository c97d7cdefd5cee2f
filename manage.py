#!/usr/bin/env python
import os
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent


def read_local_env() -> None:
    """Take defaults from the file `make run` leaves (var/local.env); the environment wins.

    Only manage.py reads it, not the settings: gunicorn in a deployment and the test
    suite never pick up the plain-http defaults of a local run. LOCAL_ENV_FILE names
    another file; set to empty, none is read."""
    name = os.environ.get("LOCAL_ENV_FILE", "var/local.env")
    path = BASE_DIR / name
    if not name or not path.is_file():
        return
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, equals, value = line.partition("=")
        if not equals or not key.strip():
            sys.exit(f"{path}, line {number}: expected NAME=value, not {line!r}")
        os.environ.setdefault(key.strip(), value.strip())


if __name__ == "__main__":
    read_local_env()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
