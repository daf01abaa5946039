#!/usr/bin/env bash
# Build the Linux one-folder app from build.spec, then check the frozen app for real
# (scripts/check_frozen.py: --version, gui --smoke offscreen, serve receiving over SMTP,
# ticket list --json, a reply over STARTTLS through an SMTP peer).
#   scripts/build_frozen.sh [OUT]      OUT defaults to build/frozen (gitignored)
# The app lands in OUT/dist/StringeeX Desktop, with OUT/StringeeX-Desktop-VERSION-linux.tar.gz.
# Uses the project's .venv (made by ./dev from requirements.lock) plus the pinned build tools
# of requirements-build.lock. Prints the build time, the folder and tar.gz sizes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$(mkdir -p "${1:-$ROOT/build/frozen}" && cd "${1:-$ROOT/build/frozen}" && pwd)"
APP="$OUT/dist/StringeeX Desktop"

log() { echo "build_frozen: $*" >&2; }

# ./dev makes or syncs .venv (and the system libraries Qt needs); --version is all it runs.
"$ROOT/dev" run --version >/dev/null
PY="$ROOT/.venv/bin/python"
"$PY" -m pip install --quiet --disable-pip-version-check -r "$ROOT/requirements-build.lock"
VERSION="$("$PY" -c 'import stringeex_desktop; print(stringeex_desktop.__version__)')"

log "building $APP"
started=$(date +%s)
(cd "$ROOT" && "$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" build.spec)
built=$(date +%s)
log "build took $((built - started)) s; folder $(du -sh "$APP" | cut -f1)"

TARBALL="$OUT/StringeeX-Desktop-$VERSION-linux-$(uname -m).tar.gz"
tar -C "$OUT/dist" -czf "$TARBALL" "StringeeX Desktop"
log "$(basename "$TARBALL"): $(du -h "$TARBALL" | cut -f1)"

"$PY" "$ROOT/scripts/check_frozen.py" "$APP"
