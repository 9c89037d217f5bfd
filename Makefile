# One task runner for the project. `make run` serves the site with demo data; `make test` runs
# every test. Both set up what they need first.

SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_THERAPISTS ?= 300
# The Nu HTML Checker's jar, from the npm registry (tests/nu_html.py runs it with java).
VNU_VERSION := 26.9.27
VNU_JAR := .vnu/node_modules/vnu-jar/build/dist/vnu.jar
RUNSERVER_ARGS ?=
PYTEST_ARGS ?=

# A Python of 3.12 or newer: the one .python-version names through pyenv, else any on PATH.
define find_python
for candidate in "$$(pyenv which python 2>/dev/null)" $$HOME/.pyenv/versions/$$(cat .python-version)*/bin/python \
    python$$(cat .python-version) python3.13 python3.12 python3; do \
  [ -n "$$candidate" ] && command -v "$$candidate" >/dev/null 2>&1 \
    && "$$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
    && { command -v "$$candidate"; exit 0; }; \
done; \
echo "No Python 3.12 or newer found: install Python $$(cat .python-version) (e.g. pyenv install $$(cat .python-version))." >&2; exit 1
endef

.PHONY: help venv run test drills lint format bench messages browser redis vnu clean

help:
	@echo "make run    set up, load reference and demo data (SQLite), serve on http://$(HOST):$(PORT)/"
	@echo "make test   set up, then run the whole test suite (PostgreSQL, Redis, Chromium, S3 server)"
	@echo "make drills outages of PostgreSQL, Redis and mail under load, against gunicorn"
	@echo "make lint   ruff check, ruff format --check, makemigrations --check, lint-imports"
	@echo "make bench  the search at 100,000 profiles under load (PostgreSQL, gunicorn, wrk)"

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@python=$$($(find_python)) || exit 1; \
	[ -x $(PY) ] || { echo "Creating $(VENV) with $$python"; "$$python" -m venv $(VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

venv: $(VENV)/.installed

run: venv
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_reference_data
	$(PY) manage.py seed_demo --therapists $(DEMO_THERAPISTS)
	$(PY) manage.py runserver $(HOST):$(PORT) $(RUNSERVER_ARGS)

browser:
	@command -v chromium >/dev/null 2>&1 || [ -n "$$CHROMIUM_PATH" ] || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium is needed for the browser tests: sudo apt-get install chromium" >&2; exit 1; fi; }

redis:
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq redis-server >/dev/null; \
	  else echo "Redis is needed for the tests and the fault drills: sudo apt-get install redis-server" >&2; exit 1; fi; }

# The Nu HTML Checker: npm's vnu-jar (its install script, which fetches a Java, is skipped)
# and a Java runtime.
vnu: $(VNU_JAR)
	@command -v java >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null; \
	  else echo "Java is needed for the HTML checker: sudo apt-get install default-jre-headless" >&2; exit 1; fi; }

$(VNU_JAR):
	npm install --silent --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
	  --prefix .vnu vnu-jar@$(VNU_VERSION)

# PostgreSQL at DATABASE_URL, or a throwaway cluster when nothing answers there.
test: venv browser vnu redis
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) -m tests.postgres_clusters run -- \
	  $(VENV)/bin/pytest --cov --cov-report=term $(PYTEST_ARGS)

# Each drill starts its own PostgreSQL, Redis and mail server (tests/drills/).
drills: venv redis
	$(VENV)/bin/pytest tests/drills -m drills -s $(PYTEST_ARGS)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/lint-imports

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: venv
	$(PY) manage.py makemessages --locale fr --ignore '.venv/*' --ignore 'tests/*' --ignore 'staticfiles/*'
	$(PY) manage.py compilemessages --locale fr --ignore '.venv/*'

clean:
	rm -rf $(VENV) .vnu db.sqlite3 media private-media staticfiles .coverage .import_linter_cache

bench: venv
	$(PY) tests/bench/run.py
