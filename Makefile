# Baltic Commons: `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
LOCALES := en da de et fi lv lt nb pl sv

.DEFAULT_GOAL := help
.PHONY: help install graphiql run demo serve test check lint format schema messages locales bench bench-directory bench-throughput bench-realistic load-test fault-test abuse-test frontend-build frontend clean

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

# The packages come from uv.lock (exact versions and hashes, `uv lock` writes it from
# pyproject.toml); uv installs them into .venv, the project itself editable. Without uv on the
# PATH, a private copy is installed with pip into .venv-uv/ first, so python3 is all it takes.
UV_BOOTSTRAP := .venv-uv
ifndef UV
UV := $(or $(shell command -v uv 2>/dev/null),$(UV_BOOTSTRAP)/bin/uv)
endif

$(UV_BOOTSTRAP)/bin/uv:
	$(PYTHON) -m venv $(UV_BOOTSTRAP)
	$(UV_BOOTSTRAP)/bin/python -m pip install --quiet --disable-pip-version-check uv

# --locked: a pyproject.toml changed without `uv lock` stops here instead of installing stale
# versions. pip stays in .venv (--seed) for one-off experiments; `uv sync` removes anything else
# the lock does not name.
$(INSTALLED): pyproject.toml uv.lock | $(UV)
	@test -x $(BIN)/python || $(UV) venv --quiet --seed --python $(PYTHON) $(VENV)
	UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --locked --extra test
	@touch $@

# GraphiQL's browser builds (npm, pinned by package-lock.json) copied into the app's static
# files, so /graphql/ works offline and behind whitenoise; only these files, not node_modules
# (the source maps because the minified files name them and collectstatic checks references).
GRAPHIQL := graphql_api/graphiql
GRAPHIQL_STATIC := graphql_api/static/graphiql
GRAPHIQL_STAMP := $(GRAPHIQL_STATIC)/.installed
GRAPHIQL_FILES := react/umd/react.production.min.js react-dom/umd/react-dom.production.min.js \
	graphiql/graphiql.min.js graphiql/graphiql.min.js.map \
	graphiql/graphiql.min.css graphiql/graphiql.min.css.map \
	@graphiql/plugin-explorer/dist/index.umd.js @graphiql/plugin-explorer/dist/style.css

$(GRAPHIQL_STAMP): $(GRAPHIQL)/package.json $(GRAPHIQL)/package-lock.json
	cd $(GRAPHIQL) && npm ci --no-audit --no-fund --ignore-scripts
	rm -rf $(GRAPHIQL_STATIC)
	for file in $(GRAPHIQL_FILES); do \
		mkdir -p $(GRAPHIQL_STATIC)/$$(dirname $$file) && \
		cp $(GRAPHIQL)/node_modules/$$file $(GRAPHIQL_STATIC)/$$file || exit 1; \
	done
	@touch $@

graphiql: $(GRAPHIQL_STAMP) ## Install GraphiQL's files (npm) into graphql_api/static/graphiql/

install: $(INSTALLED) $(GRAPHIQL_STAMP) ## Create .venv, install the project with its test tools and GraphiQL

# GraphiQL's download (npm) runs beside the Python side (install, locales, migrate, demo content):
# they need nothing from each other, only the server needs both.
run: ## Migrate, load demo content, create the admin user and serve on http://127.0.0.1:8000
	@$(MAKE) --no-print-directory --jobs=2 $(GRAPHIQL_STAMP) demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

demo: $(INSTALLED) locales ## Migrate the database, load the demo content and create the admin user (make run does it)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo --address $(HOST):$(PORT)

WORKERS ?= 2
serve: install locales ## Production settings under gunicorn (WORKERS=2) with static files; needs SECRET_KEY
	DJANGO_SETTINGS_MODULE=config.settings.production $(BIN)/python manage.py migrate --noinput
	DJANGO_SETTINGS_MODULE=config.settings.production $(BIN)/python manage.py collectstatic --noinput -v 0
	$(BIN)/gunicorn config.wsgi --workers $(WORKERS) --bind $(HOST):$(PORT) --access-logfile - --max-requests 10000 --max-requests-jitter 500

# Coverage of our packages ([tool.coverage] in pyproject.toml): the total on one line, the details
# in var/coverage/html/index.html and var/coverage/coverage.xml. COVERAGE_FLOOR (CI sets it) fails
# the run below that percentage; COVERAGE= runs without measuring.
COVERAGE ?= --cov --cov-report= --cov-report=html --cov-report=xml
COVERAGE_FLOOR ?=

test: install locales frontend-build ## Run the test suite with coverage (SQLite; set DATABASE_URL=postgres://... for PostgreSQL)
	$(BIN)/python -m pytest $(COVERAGE) $(if $(and $(COVERAGE),$(COVERAGE_FLOOR)),--cov-fail-under=$(COVERAGE_FLOOR)) $(PYTEST_ARGS)
	@$(if $(COVERAGE),echo "Coverage: $$($(BIN)/coverage report --format=total)% (details: var/coverage/html/index.html)")

check: install ## Django checks, missing migrations, committed schema.graphql, admin translations, import contracts, types (mypy), lint
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python manage.py export_schema --check
	$(BIN)/python manage.py translation_coverage
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lint: install ## Lint and check formatting with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Fix lint where safe and format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

schema: install ## Write schema.graphql from the code
	$(BIN)/python manage.py export_schema

messages: install ## Update locales/*.po from the code (needs GNU gettext's xgettext)
	$(BIN)/python manage.py makemessages $(addprefix --locale ,$(LOCALES)) --add-location=file \
		--ignore '.venv/*' --ignore '.venv-uv/*' --ignore 'tests/*' --ignore 'bench/*' --ignore 'var/*'

# Compiled again only when a PO file (or the installation) changed.
LOCALES_STAMP := locales/.compiled
$(LOCALES_STAMP): $(INSTALLED) $(wildcard locales/*/LC_MESSAGES/*.po)
	$(BIN)/python manage.py compile_locales
	@touch $@

locales: $(LOCALES_STAMP) ## Compile locales/*.po into the .mo files Django reads (no gettext needed)

bench: install ## Print SQL queries and latency of representative GraphQL queries
	$(BIN)/python bench/graphql_listing.py

bench-directory: install ## Directory queries on ENTRIES (default 100000) generated enterprises
	$(BIN)/python bench/directory_listing.py --entries $(or $(ENTRIES),100000)

bench-throughput: install locales ## Requests/second through gunicorn (2 workers), cache off and on, vs a bare view
	$(BIN)/python bench/throughput.py --seconds $(or $(SECONDS),5)

bench-realistic: install locales ## PostgreSQL (BENCH_DATABASE_URL, a *_bench db it recreates): 2,000 pages + 100k entries; SQL, p50/p95, req/s
	$(BIN)/python bench/realistic.py --pages $(or $(PAGES),2000) --entries $(or $(ENTRIES),100000) --seconds $(or $(SECONDS),5) $(BENCH_ARGS)

# The bench servers listen on 127.0.0.1:$(BENCH_PORT) if set, else on a port the OS has free;
# the fault test's private PostgreSQL likewise on FAULT_PG_PORT.
export BENCH_PORT FAULT_PG_PORT

load-test: install locales ## Mixed GraphQL load through gunicorn on 127.0.0.1 for SECONDS (20): requests, errors, p50/p95
	$(BIN)/python bench/load.py --seconds $(or $(SECONDS),20) --max-requests $(or $(MAX_REQUESTS),20000)

fault-test: install locales ## The load while a private PostgreSQL (FAULT_PG_PORT, /tmp/pgfault) restarts: recovery, same data
	$(BIN)/python bench/fault.py

abuse-test: install locales ## The load quiet, then beside an abuse mix, SECONDS (20) each: p95 ratio, statuses; fails on 5xx
	$(BIN)/python bench/abuse.py --seconds $(or $(SECONDS),20) --abuse-interval $(or $(ABUSE_INTERVAL),1)

FRONTEND := examples/frontend
FRONTEND_STAMP := $(FRONTEND)/.build-stamp
CMS_URL ?= http://127.0.0.1:8000
FRONTEND_HOST ?= 127.0.0.1
FRONTEND_PORT ?= 3000

# Rebuilt only when its sources, packages or the schema its queries are checked against change.
$(FRONTEND_STAMP): $(wildcard $(FRONTEND)/src/*.ts) $(FRONTEND)/package.json $(FRONTEND)/package-lock.json $(FRONTEND)/tsconfig.json $(FRONTEND)/codegen.ts schema.graphql
	cd $(FRONTEND) && npm ci --no-audit --no-fund && npm run build
	@touch $@

frontend-build: $(FRONTEND_STAMP) ## Install and build the example frontend (examples/frontend, Node 20)

frontend: frontend-build ## Serve the example frontend on http://127.0.0.1:3000 for the CMS at CMS_URL (default http://127.0.0.1:8000)
	cd $(FRONTEND) && CMS_URL=$(CMS_URL) HOST=$(FRONTEND_HOST) PORT=$(FRONTEND_PORT) npm start

clean: ## Remove the virtualenv, the SQLite database, generated media, GraphiQL's files and the frontend's build
	rm -rf $(VENV) $(UV_BOOTSTRAP) $(LOCALES_STAMP) db.sqlite3 var $(GRAPHIQL)/node_modules $(GRAPHIQL_STATIC)
	rm -rf $(FRONTEND)/node_modules $(FRONTEND)/dist $(FRONTEND)/src/generated $(FRONTEND_STAMP)
