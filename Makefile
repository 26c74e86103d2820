# Perú Infomigra: `make run` serves the portal with demo content, `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PYTEST_ARGS ?= -n 2
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_INSTALL := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends

.PHONY: run test lint messages system-packages system-packages-test serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e ".[test]"
	touch $@

# System packages: gettext compiles the message catalogues; Chromium runs the browser tests.
system-packages:
	@command -v msgfmt >/dev/null || { $(SUDO) apt-get update -qq && $(APT_INSTALL) gettext; }

system-packages-test: system-packages
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && $(APT_INSTALL) chromium fonts-dejavu-core; }
	@# Security and operations (issue 9): the PostgreSQL server for the second test pass (its
	@# package would also create and start a "main" cluster: told not to), nginx for the header test.
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		$(SUDO) mkdir -p /etc/postgresql-common/createcluster.d && \
		echo "create_main_cluster = false" | $(SUDO) tee /etc/postgresql-common/createcluster.d/infomigra.conf >/dev/null && \
		$(SUDO) apt-get update -qq && $(APT_INSTALL) postgresql; }
	@[ -x /usr/sbin/nginx ] || { $(SUDO) apt-get update -qq && $(APT_INSTALL) nginx-light; }

messages: system-packages $(VENV)/.installed
	$(BIN)/python manage.py compilemessages -v0 --ignore=.venv

run: messages
	$(BIN)/python manage.py migrate --no-input -v1
	$(BIN)/python manage.py load_demo --with-admin
	$(BIN)/python manage.py collectstatic --no-input -v0
	$(MAKE) serve

# The task worker runs beside the web server; both stop together on Ctrl-C.
serve:
	@trap 'kill 0' INT TERM EXIT; \
	$(BIN)/python manage.py db_worker & \
	echo "Portal: http://127.0.0.1:$(PORT)/   Admin: http://127.0.0.1:$(PORT)/admin/"; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Two passes (issue 9): the whole suite on SQLite, then again on a throwaway PostgreSQL cluster
# (tests/postgres/cluster.py; removed afterwards even on failure). Browser tests run their own
# SQLite portal process, so the second pass leaves them out.
test: $(VENV)/.installed-test system-packages-test messages lint
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)
	$(BIN)/python tests/postgres/cluster.py -- $(BIN)/pytest $(PYTEST_ARGS) -m "not browser"
