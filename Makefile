# The two commands: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
MANAGE := $(BIN)/python manage.py
# Development only: `make run` serves with DEBUG on and a throwaway key.
DEV_ENV := DEBUG=1
TEST_ENV := SECRET_KEY=test-only-not-secret

.PHONY: install run test lint format migrations-check clean bench

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(STAMP)

run: install
	$(DEV_ENV) $(MANAGE) migrate --noinput
	$(DEV_ENV) $(MANAGE) load_seed
	$(DEV_ENV) $(MANAGE) ensure_editor
	@echo "Serving on http://127.0.0.1:$(PORT)/ (editors: http://127.0.0.1:$(PORT)/admin/)"
	$(DEV_ENV) $(MANAGE) runserver 127.0.0.1:$(PORT)

test: install
	$(TEST_ENV) $(BIN)/pytest

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(TEST_ENV) $(MANAGE) makemigrations --check --dry-run

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache

.PHONY: eval-extraction
# Score the claim-extraction assistant against the gold labels of the seed texts.
eval-extraction: install
	$(BIN)/python -m claims.extraction.evaluate ../shared/gold/seeds.json

.PHONY: serve backup restore
# Production server: gunicorn, static files collected and served by whitenoise.
# Needs the production environment (SECRET_KEY, ALLOWED_HOSTS, ...): docs/operations.md.
WORKERS ?= 3
THREADS ?= 4
# Whole-set exports stream for minutes at a million claims: threaded workers are
# not killed for a long request, as sync workers are after 30 s.
BIND ?= 127.0.0.1:$(PORT)
serve: install
	$(MANAGE) collectstatic --noinput --verbosity 0
	$(MANAGE) migrate --noinput
	$(BIN)/gunicorn factcheck.wsgi:application --bind $(BIND) --workers $(WORKERS) \
		--worker-class gthread --threads $(THREADS) --timeout 120 \
		--access-logfile - --forwarded-allow-ips "$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

# Backups: all data incl. the audit trail and group membership, no password hashes
# (`make backup ARGS=--with-passwords` to keep them). Without SECRET_KEY in the
# environment these run with the development settings, on `make run`'s database.
OPS_ENV := $(if $(SECRET_KEY),,$(DEV_ENV))
backup: install
	$(OPS_ENV) $(MANAGE) backup_data $(FILE) $(ARGS)

restore: install
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=var/backups/backup-<time>.json.gz"; exit 2; }
	$(OPS_ENV) $(MANAGE) migrate --noinput
	$(OPS_ENV) $(MANAGE) restore_data "$(FILE)"

# Benchmarks (SPEC §9): builds bench/.work/claims-N.sqlite3, serves it with gunicorn and
# Datasette on 127.0.0.1, prints every figure and writes bench/RESULTS.md.
BENCH_N ?= 200000 1000000
bench: install
	$(BIN)/python bench/run.py --claims $(BENCH_N)
