#!/usr/bin/env bash
# `make serve`: the production settings and processes on this machine. gunicorn (deploy/
# gunicorn.conf.py) and the task worker, against PostgreSQL and Redis on 127.0.0.1 when they
# answer, SQLite and the local cache otherwise. Plain HTTP on 127.0.0.1, with the demo data.
# State (secret key, SQLite file, media) lives in .serve/; Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
STATE=.serve
mkdir -p "$STATE"
umask 077  # the secret key, the SQLite file and the media are this user's alone
[ -s "$STATE/secret_key" ] || "$PY" -c 'import secrets; print(secrets.token_urlsafe(50))' > "$STATE/secret_key"

answers() { "$PY" -c "import socket, sys; socket.create_connection(('127.0.0.1', $1), 1)" 2>/dev/null; }

export DJANGO_SETTINGS_MODULE=lms.settings.production
export SECRET_KEY="$(cat "$STATE/secret_key")"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export HTTPS=false SERVE_MEDIA=true
export MEDIA_ROOT="${MEDIA_ROOT:-$PWD/$STATE/media}"
export GUNICORN_BIND="${HOST:-127.0.0.1}:${PORT:-8000}"
# The address printed into certificates (QR code and link), letters and e-mails. Plain HTTP
# and a local address are accepted only because HTTPS=false (production refuses them).
export BASE_URL="${BASE_URL:-http://$GUNICORN_BIND}"

# Its own databases only: it loads the demo data (with published passwords), so it never
# uses a DATABASE_URL or REDIS_URL set for something else.
unset DATABASE_URL REDIS_URL
if answers 5432 && "$PY" - <<'PYEOF'
import psycopg
with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as db:
    if not db.execute("SELECT 1 FROM pg_database WHERE datname = 'lms_serve'").fetchone():
        db.execute("CREATE DATABASE lms_serve")
PYEOF
then
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_serve
    # Redis for the cache (database 1) and the task queue (database 2), only beside
    # PostgreSQL: a cache shared with an old SQLite run would serve pages of another database.
    if answers 6379; then
        export REDIS_URL=redis://127.0.0.1:6379/1
    fi
else
    export DATABASE_URL="sqlite:///$PWD/$STATE/db.sqlite3"
fi
echo "Database: ${DATABASE_URL%%\?*}" | sed -E 's#//[^@/]*@#//#' 
echo "Cache:    ${REDIS_URL:-files on local disk}"
echo "Tasks:    $("$PY" -c 'from lms.settings import env; print(env.tasks_redis_url() or "the database")')"

# The demo signing key (self-signed, labelled "demo"; made once, kept in .demo-signing/):
# certificates are signed here as in production, unless a real key is configured.
# The command prints the settings that use it (CERTIFICATE_SIGNING_KEY=…, …): export them.
if [ -z "${CERTIFICATE_SIGNING_KEY:-}${CERTIFICATE_PKCS11_MODULE:-}" ]; then
    demo_signing="$("$PY" manage.py demo_signing_key)"
    while IFS= read -r line; do
        case "$line" in CERTIFICATE_*=*) export "$line" ;; esac
    done <<< "$demo_signing"
    echo "Signing:  the demo key ${CERTIFICATE_SIGNING_KEY:?demo_signing_key printed no key}"
fi
"$PY" manage.py migrate --no-input -v0
"$PY" manage.py rebuild_counters
"$PY" manage.py seed_demo
"$PY" manage.py collectstatic --no-input -v0
"$PY" manage.py seed_demo --logins
echo "Serving http://$GUNICORN_BIND with gunicorn and the task worker (Ctrl-C stops both)."
echo "Links in certificates, letters and e-mails: $BASE_URL"

# Stop the server and the worker (this script's children only) however the script ends.
trap 'trap - INT TERM EXIT; kill $(jobs -p) 2>/dev/null; wait' INT TERM EXIT
# The worker is started again whenever it exits (as systemd's Restart=always would).
(
    trap 'kill $worker 2>/dev/null; exit' TERM INT
    while true; do
        "$PY" manage.py worker & worker=$!
        wait $worker
        echo "The task worker stopped; starting it again." >&2
        sleep 2
    done
) &
.venv/bin/gunicorn -c deploy/gunicorn.conf.py lms.wsgi &
wait -n
