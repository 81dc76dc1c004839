"""LibreOffice Writer behind the backend interface, driven through UNO in a headless soffice."""

from .backend import LibreOfficeBackend

__all__ = ["LibreOfficeBackend"]
