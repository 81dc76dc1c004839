"""The LibreOffice backend for the whole test session: one soffice, each test loads its own
document (starting soffice costs about a second, a load a few milliseconds)."""

from __future__ import annotations

import pytest

from wordsim.backends.libreoffice import LibreOfficeBackend


@pytest.fixture(scope="session")
def lo():
    """A running LibreOffice backend; closed (soffice and the bridge gone) when the session
    ends, also after failures."""
    backend = LibreOfficeBackend()
    try:
        backend.start()
        yield backend
    finally:
        backend.close()
