# IAM Lab's two commands: `make run` serves the site, `make test` runs every check.
# Both set up what they need on a fresh clone and reuse it on the next run.

PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
AXE_VERSION ?= 4.14.1

.PHONY: run test lint browser-deps axe-refresh help

help:
	@echo "make run   - set up and serve IAM Lab at http://127.0.0.1:$(PORT) (SQLite)"
	@echo "make test  - set up and run the whole test suite (set DATABASE_URL for PostgreSQL)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null || { \
		echo "IAM Lab needs Python 3.10 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1 || echo missing)."; \
		echo "Install one (Debian/Ubuntu: apt install python3 python3-venv; macOS: brew install python)"; \
		echo "and run again, e.g. make run PYTHON=python3.12"; \
		exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the declared dependencies change.
$(INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

run: $(INSTALLED)
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py migrate --noinput
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py check_vault
	DEBUG=$${DEBUG:-true} $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The browser tests run axe-core from its npm package, vendored: `make axe-refresh AXE_VERSION=x.y.z`.
axe-refresh:
	tmp=$$(mktemp -d) && (cd $$tmp && npm pack axe-core@$(AXE_VERSION) && tar xzf axe-core-*.tgz) \
		&& cp $$tmp/package/axe.min.js tests/browser/vendor/axe.min.js \
		&& cp $$tmp/package/LICENSE tests/browser/vendor/axe-core.LICENSE; rm -rf $$tmp

# The browser tests drive Debian's Chromium; Playwright's own download cannot be used here.
browser-deps:
	@test -x $(CHROMIUM) || { \
		echo "Installing Debian's chromium for the browser tests"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(INSTALLED) browser-deps lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)
