#!/usr/bin/env bash
# Install what the tests need (the package with its dev and rl extras, torch pinned to its CPU
# build; LibreOffice for the fidelity checks), then run lint and the whole test suite.
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# LibreOffice and its UNO bridge (importable only from Debian's own Python)
if ! command -v soffice >/dev/null 2>&1 || ! /usr/bin/python3 -c "import uno" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            libreoffice-writer-nogui python3-uno fonts-liberation2 fonts-crosextra-carlito \
            fonts-crosextra-caladea poppler-utils >/dev/null
    else
        echo "LibreOffice is needed for the tests: install libreoffice-writer-nogui python3-uno (Debian)" >&2
        exit 1
    fi
fi

python3 -m pip install -q --disable-pip-version-check -e ".[dev,rl]"
python3 -m ruff check .
python3 -m pytest "$@"
