# Perú Infomigra: `make run` serves the portal with demo content, `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PYTEST_ARGS ?= -n 2 --dist loadgroup --durations=15
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_INSTALL := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends

.PHONY: run test test-passes lint messages system-packages system-packages-test serve benchmark-page-weight

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip setuptools

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e ".[test]"
	touch $@

# System packages: gettext compiles the message catalogues; Chromium runs the browser tests.
system-packages:
	@command -v msgfmt >/dev/null || { $(SUDO) apt-get update -qq && $(APT_INSTALL) gettext; }

# Test-only system packages: Chromium and npm (axe-core) for the browser tests; Debian's nginx with
# brotli_static tests the production configuration (deploy/nginx/infomigra.conf.template).
system-packages-test: system-packages
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && $(APT_INSTALL) chromium fonts-dejavu-core; }
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(APT_INSTALL) nodejs npm; }
	@[ -x /usr/sbin/nginx ] && [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || { $(SUDO) apt-get update -qq && $(APT_INSTALL) nginx libnginx-mod-http-brotli-static; }
	@# The PostgreSQL server for the second test pass; its package would also create and
	@# start a "main" cluster: told not to.
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		$(SUDO) mkdir -p /etc/postgresql-common/createcluster.d && \
		echo "create_main_cluster = false" | $(SUDO) tee /etc/postgresql-common/createcluster.d/infomigra.conf >/dev/null && \
		$(SUDO) apt-get update -qq && $(APT_INSTALL) postgresql; }

# --- Accessibility and page weight -------------------------------------------------------------
# axe-core, injected by the browser tests into the pages they check; npm never downloads a browser.
AXE := tests/browser/node_modules/axe-core/axe.min.js
$(AXE): tests/browser/package.json tests/browser/package-lock.json | system-packages-test
	cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Page weight and Lighthouse 12 on the first pages a migrant opens (installs Lighthouse on first run).
benchmark-page-weight: $(VENV)/.installed-test system-packages-test messages
	$(BIN)/python benchmarks/page_weight.py

messages: system-packages $(VENV)/.installed
	$(BIN)/python manage.py compilemessages -v0 --ignore=.venv

# Absolute URLs of the published site (sitemap, feeds, hreflang): where `make run` serves it.
run serve: export PUBLIC_BASE_URL ?= http://127.0.0.1:$(PORT)
run: messages
	$(BIN)/python manage.py migrate --no-input -v1
	$(BIN)/python manage.py load_demo --with-admin
	$(BIN)/python manage.py collectstatic --no-input -v0
	$(BIN)/python manage.py schedule_freshness_digest  # the weekly freshness email
	$(BIN)/python manage.py publish
	$(MAKE) serve

# Two task workers run beside the web server, without autoreloader: "default" re-publishes what
# editors change, "mail" delivers the contact outbox; all stop together on Ctrl-C. Public pages
# come from site/current (publishing/serve.py), so runserver must not serve /static/ itself
# (--nostatic): the published pages use hashed asset names. Every minute the outbox sweep
# releases mail of dead workers, probes a mail server marked down and re-enqueues lost mail.
serve:
	@trap 'kill 0' INT TERM EXIT; \
	$(BIN)/python manage.py worker --queue-name default --interval 0.2 & \
	$(BIN)/python manage.py worker --queue-name mail --interval 0.5 & \
	while :; do $(BIN)/python manage.py sweep_contact_outbox -v0; sleep 60; done & \
	echo "Portal: http://127.0.0.1:$(PORT)/   Admin: http://127.0.0.1:$(PORT)/admin/"; \
	$(BIN)/python manage.py runserver --nostatic 127.0.0.1:$(PORT)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Two passes: the whole suite on SQLite, and the database-sensitive tests (marker `postgres`:
# search, monitoring SQL, outbox claims, backup and health, API filters, rate limits, migrations, bad input)
# on a throwaway PostgreSQL cluster (tests/postgres/cluster.py; removed afterwards even on
# failure). Each pass builds the demo once (tests/demo_snapshot.py) and prints its phase timings;
# the last line is the time `make test` took after the installs.
test: $(VENV)/.installed-test system-packages-test $(AXE) messages
	@started=$$(date +%s); \
	$(MAKE) --no-print-directory lint && \
	$(BIN)/python tests/postgres/cluster.py -- $(MAKE) --no-print-directory test-passes; \
	status=$$?; \
	echo "make test: exit $$status, $$(( $$(date +%s) - started )) s after the installs"; \
	exit $$status

# Run inside a throwaway PostgreSQL cluster (DATABASE_URL). The two passes overlap, since neither
# keeps both cores busy all the time: the PostgreSQL pass (one process: `makemigrations --check` on
# both engines, which runs Django's system checks first, its demo snapshot, then its tests; output
# shown at the end) runs beside the SQLite pass (two processes), which is the longer one.
# Test files go to memory (tmpfs) when it has room: a publish writes thousands of small files, which
# cost ~0.5 ms each on this disk and ~0.01 ms in memory.
test-passes:
	@room=$$(df -k --output=avail /dev/shm 2>/dev/null | tail -n 1); \
	if [ "$${room:-0}" -gt 8000000 ] 2>/dev/null; then folder=$$(mktemp -d -p /dev/shm); \
	else folder=$$(mktemp -d); fi; \
	trap 'rm -rf "$$folder"' EXIT; \
	( env -u DATABASE_URL $(BIN)/python manage.py makemigrations --check --dry-run && \
	  $(BIN)/python manage.py makemigrations --check --dry-run && \
	  DEMO_SNAPSHOT_DIR=$$folder/demo-snapshot $(BIN)/python -m tests.demo_snapshot && \
	  DEMO_SNAPSHOT_DIR=$$folder/demo-snapshot $(BIN)/pytest $(PYTEST_ARGS) -n 1 -m postgres \
	    --basetemp=$$folder/pytest ) > $$folder/postgres.log 2>&1 & postgres=$$!; \
	env -u DATABASE_URL $(BIN)/pytest $(PYTEST_ARGS) --basetemp=$$folder/sqlite; sqlite=$$?; \
	wait $$postgres; postgres=$$?; \
	echo "=== Checks and PostgreSQL pass (they ran beside the SQLite pass) ==="; \
	cat $$folder/postgres.log; \
	[ $$sqlite -eq 0 ] || exit $$sqlite; exit $$postgres
