# The two commands: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
MANAGE := $(BIN)/python manage.py
TEST_ENV := SECRET_KEY=test-only-not-secret
# This checkout's local state, never committed: the defaults for serving on this
# machine (plain http on 127.0.0.1, DEBUG off), which manage.py reads, and a secret
# key made once. The environment wins over both.
LOCAL_STATE := var/local.env var/secret_key

.PHONY: install setup run dev worker test lint format migrations-check clean bench

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(STAMP)

var/local.env: factcheck/local.env
	@mkdir -p var
	cp $< $@

var/secret_key:
	@mkdir -p var
	@umask 077 && $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@.tmp
	@mv $@.tmp $@
	@echo "Created $@: this checkout's SECRET_KEY (keep it out of version control)."

# Idempotent: a second run keeps the data, the editor account and the key.
setup: install $(LOCAL_STATE)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_seed
	$(MANAGE) ensure_editor

# What readers and editors get: DEBUG off, the site's own 404 and 500 pages, static
# files collected and served by whitenoise as in production.
run: setup
	$(MANAGE) collectstatic --noinput --verbosity 0
	@echo "Serving on http://127.0.0.1:$(PORT)/ (editors: http://127.0.0.1:$(PORT)/admin/)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# For developers: DEBUG on (tracebacks, Django's technical 404, static files from the apps).
dev: setup
	DEBUG=1 $(MANAGE) runserver 127.0.0.1:$(PORT)

# Background jobs (feeds polled, their items imported, suggestions for the inbox) and
# their schedule, beside `make run` or `make serve`. Needs a broker, e.g.
# CELERY_BROKER_URL=redis://127.0.0.1:6379/0 for both; without one, jobs run in-process.
worker: setup
	@test -n "$$CELERY_BROKER_URL" || { echo "Set CELERY_BROKER_URL (e.g. redis://127.0.0.1:6379/0) here and for the web server: without a broker, jobs run in-process and no worker is needed."; exit 2; }
	SECRET_KEY_FILE=$${SECRET_KEY_FILE:-var/secret_key} $(BIN)/celery -A factcheck worker -B \
		--loglevel INFO --schedule var/celerybeat-schedule

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
# Score the claim-extraction assistant per genre: the development set
# (extraction/devset/) and the seed texts' gold labels, when ../shared is present.
eval-extraction: install
	$(BIN)/python -m extraction.evaluate --devset extraction/devset/devset.json --seeds ../shared/gold/seeds.json

.PHONY: serve backup restore
# Production server: gunicorn, static files collected and served by whitenoise.
# Needs the production environment (SECRET_KEY, ALLOWED_HOSTS, ...): docs/operations.md.
# It never reads var/local.env, so it cannot serve with a local run's plain-http defaults.
SERVE_ENV := LOCAL_ENV_FILE=
WORKERS ?= 3
THREADS ?= 4
# Whole-set exports stream for minutes at a million claims: threaded workers are
# not killed for a long request, as sync workers are after 30 s.
BIND ?= 127.0.0.1:$(PORT)
serve: install
	$(SERVE_ENV) $(MANAGE) collectstatic --noinput --verbosity 0
	$(SERVE_ENV) $(MANAGE) migrate --noinput
	$(SERVE_ENV) $(BIN)/gunicorn factcheck.wsgi:application --bind $(BIND) --workers $(WORKERS) \
		--worker-class gthread --threads $(THREADS) --timeout 120 \
		--access-logfile - --forwarded-allow-ips "$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

# Backups: all data incl. the audit trail and group membership, no password hashes
# (`make backup ARGS=--with-passwords` to keep them). They run with the environment,
# or after `make run` on its database and settings (var/local.env).
backup: install
	$(MANAGE) backup_data $(FILE) $(ARGS)

restore: install
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=var/backups/backup-<time>.json.gz"; exit 2; }
	$(MANAGE) migrate --noinput
	$(MANAGE) restore_data "$(FILE)"

# Benchmarks (SPEC §9): builds bench/.work/claims-N.sqlite3, serves it with gunicorn and
# Datasette on 127.0.0.1, prints every figure and writes bench/RESULTS.md.
# BENCH_DB=postgres: the same on PostgreSQL (database factcheck_bench_N on BENCH_PG_URL,
# default postgres://postgres@127.0.0.1:5432/), figures in bench/POSTGRES.md; e.g.
# `make bench BENCH_DB=postgres BENCH_N=200000` (1,000,000 takes about 10 min to seed).
BENCH_N ?= 200000 1000000
BENCH_DB ?= sqlite
bench: install
	$(BIN)/python bench/run.py --db $(BENCH_DB) --claims $(BENCH_N)

.PHONY: loadtest
# A bounded load (LOADTEST_SECONDS per run, loopback only) against gunicorn as `make serve`
# runs it (WORKERS × THREADS), on SQLite and PostgreSQL, without and with the Redis page
# cache (a private redis-server): one path at a time (driven by wrk when installed:
# `apt-get install wrk`), 24 slow export clients beside page readers, and a mix of pages,
# API and exports at once. LOADTEST_ARGS picks, e.g. "--scenario paths --db sqlite".
# Figures: bench/LOADTEST.md.
LOADTEST_N ?= 20000
LOADTEST_SECONDS ?= 20
LOADTEST_CONNECTIONS ?= 20
loadtest: install
	$(BIN)/python bench/loadtest.py --claims $(LOADTEST_N) --duration $(LOADTEST_SECONDS) \
		--connections $(LOADTEST_CONNECTIONS) --workers $(WORKERS) --threads $(THREADS) \
		$(LOADTEST_ARGS)

.PHONY: bench-extraction
# Time the claim-extraction assistant on a generated 20-page PDF report and a long HTML
# page, read as an import reads them (target: under 5 s for the PDF). Figures: bench/EXTRACTION.md.
bench-extraction: install
	$(BIN)/python bench/extraction.py --runs 5 --pages 20
