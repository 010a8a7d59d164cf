# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
# Debian packages, installed when missing. The runtime list is what the site needs to run
# (make demo, make serve): pango and harfbuzz-subset for WeasyPrint, which draws certificate
# and letter PDFs (`manage.py check` says when they are missing). The test list adds chromium
# (browser journeys), gettext (translations), poppler-utils (pdftotext, pdfsig, pdffonts in the
# certificate tests and bench) and postgresql-client (pg_dump and pg_restore for `manage.py
# backup` and `restore`, and the backup drill), softhsm2 and opensc (a PKCS#11 token for the
# signing test).
RUNTIME_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
TEST_PACKAGES := $(RUNTIME_PACKAGES) chromium gettext poppler-utils postgresql-client softhsm2 opensc
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test install runtime-packages test-packages lint check migrate seed clean messages bench-pages bench-certificates bench-reports bench-roster-files bench-load serve backup-drill

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Installs the Debian packages of $(1) that are missing (with sudo unless root).
define apt_install
	@missing=""; for pkg in $(1); do \
		dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

runtime-packages:
	$(call apt_install,$(RUNTIME_PACKAGES))

# Chromium from Debian for the browser journeys (Playwright's own browser download is not
# available here).
test-packages:
	$(call apt_install,$(TEST_PACKAGES))

lint: install
	$(BIN)/ruff check .

check: install
	DJANGO_SETTINGS_MODULE=lms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=lms.settings.test $(MANAGE) makemigrations --check --dry-run

test: install test-packages lint check node-tools
	$(BIN)/pytest -n 2 $(PYTEST_ARGS)

# axe-core for the accessibility checks in the browser journeys, from the committed
# package-lock.json (npm ci); installed again only when the lock file changes.
.PHONY: node-tools
node-tools: node_modules/.installed

node_modules/.installed: package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
		echo "Installing Debian packages: nodejs npm"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends nodejs npm; \
	}
	npm ci --no-audit --no-fund
	touch $@

migrate: install
	$(MANAGE) migrate --no-input
	$(MANAGE) rebuild_counters

# The demo signs its certificates with a key labelled "demo" (self-signed, made once, kept in
# .demo-signing/; the dev settings find it there).
# The demo's own address goes into certificates' QR codes and links (BASE_URL), so a demo on
# another port prints links that work.
seed demo: export BASE_URL ?= http://$(HOST):$(PORT)

seed: migrate
	$(MANAGE) demo_signing_key
	$(MANAGE) seed_demo

# The task worker (certificates, imports, e-mails) runs beside the server and stops with it;
# a worker that exits (the database stayed unusable) is started again.
demo: install runtime-packages seed
	@$(MANAGE) seed_demo --logins
	@trap 'kill 0' INT TERM EXIT; \
		while true; do $(MANAGE) worker; echo "The task worker stopped; starting it again." >&2; sleep 2; done & \
		$(MANAGE) runserver $(HOST):$(PORT)

# The production settings and processes on this machine: gunicorn and the task worker, on
# PostgreSQL and Redis at 127.0.0.1 when they answer, else SQLite (see deploy/serve.sh).
serve: install runtime-packages
	HOST=$(HOST) PORT=$(PORT) deploy/serve.sh

# Back up, wipe, restore (database and media) on SQLite, and on PostgreSQL at 127.0.0.1 when
# it answers; every certificate must still verify (see deploy/backup_drill.py).
backup-drill: install test-packages
	$(BIN)/python deploy/backup_drill.py

clean:
	rm -rf $(VENV) db.sqlite3 media test-artifacts static_collected .serve .demo-signing

# Refresh the project's Vietnamese catalogue after changing user-facing strings, then compile.
# (lms/locale holds the translation of django-allauth, which ships none for Vietnamese.)
messages: install
	$(MANAGE) makemessages -l vi --no-obsolete --ignore=.venv --ignore=tests --ignore=bench --ignore='lms/*' --ignore=node_modules --ignore=locale --ignore=static_collected --ignore=test-artifacts
	cd locale/vi/LC_MESSAGES && msgfmt --check -o django.mo django.po && msgfmt --check -o djangojs.mo djangojs.po
	cd lms/locale/vi/LC_MESSAGES && msgfmt --check -o django.mo django.po

# Requests per second of the learner's pages against /healthz/, in a production-like gunicorn
# on a fresh SQLite database (see bench/README.md). Debian's wrk is installed when missing.
bench-pages: install
	@command -v wrk >/dev/null 2>&1 || { \
		echo "Installing Debian package: wrk"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		APT="$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get"; \
		$$APT install -y -qq --no-install-recommends wrk 2>/dev/null \
			|| { $$APT update -qq && $$APT install -y -qq --no-install-recommends wrk; }; \
	}
	$(BIN)/python -m bench.pages

# Certificate PDFs per second: naive WeasyPrint, the app's renderer, 2 worker processes and a
# reportlab reference, with their ratios and the renderer's memory (see bench/README.md).
bench-certificates: install test-packages
	$(BIN)/python -m bench.certificates

# The HR dashboard against a naive GROUP BY on a province (1,001 agencies, 100,000 people,
# 1.5 million enrolments) and a 50,000-row roster import, on SQLite and, when DATABASE_URL
# points to a PostgreSQL server, there too (see bench/README.md).
bench-reports: install
	$(BIN)/python -m bench.reports

# How fast, and at what peak memory, a roster upload refuses a zip bomb, a sheet that declares a
# million rows, a zip of 5,000 parts and a file that is not a zip, each read in a fresh process,
# against the template and a 5,000-row roster (see bench/README.md). Exits 1 past the bounds.
bench-roster-files: install
	$(BIN)/python -m bench.roster_files

# 50 learners for 60 s against gunicorn + PostgreSQL + Redis + the RQ worker on 127.0.0.1.
bench-load: install runtime-packages
	$(BIN)/python -m bench.load
