"""Code that runs under Debian's Python and inside soffice: it imports only the standard library
and `uno`, never `wordsim` (see main.py for how it is started)."""
