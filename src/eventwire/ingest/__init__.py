"""Ingest: news from files, directories, feeds, web pages, WARCs and stdin as :class:`Article` s.

Public surface (what the CLI and runner call):

- :class:`ReadOptions` and :func:`read_inputs` (this module);
- :mod:`eventwire.ingest.language`: ``detect_language``, ``mark_language``;
- :mod:`eventwire.ingest.dedup`: ``NearDuplicateIndex``.

Bad input never raises out of :func:`read_inputs`: it becomes an
:class:`~eventwire.records.IngestError` with a code from :mod:`eventwire.errors`.
"""

from .options import ReadOptions
from .readers import read_inputs

__all__ = ["ReadOptions", "read_inputs"]
