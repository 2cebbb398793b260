"""The one record model every stage shares.

An :class:`Article` comes in from ingest; stages add :class:`ActorMention`,
:class:`Event`, :class:`Quote`, :class:`Place`, :class:`DateMention` and
:class:`OutletMention` records; :class:`CodedArticle` is what leaves the pipeline
(printed by ``eventwire code``, stored by ``eventwire ingest``).

The JSON form of :class:`CodedArticle` is a public contract (see the README): fields
may be added, never renamed or removed. ``schema/coded-article.schema.json`` is
generated from these models (``make schema``) and a test keeps the two in step.

Every span carries ``start``/``end``: character offsets into ``Article.text`` exactly
as given (Python string indices, end exclusive).
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Record(BaseModel):
    """Base of all records: strict field names, JSON-ready."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


# --------------------------------------------------------------------------- input


class Article(Record):
    """One news article as read by ingest. ``id`` is a content hash (see :func:`article_id`)."""

    id: str
    text: str = Field(repr=False)
    title: str | None = None
    published: str | None = Field(None, description="ISO date YYYY-MM-DD of publication")
    outlet: str | None = None
    url: str | None = None
    language: str | None = Field(None, description="ISO 639-1 code, e.g. 'en'")
    source: str | None = Field(None, description="file, URL or stream the article came from")
    position: str | None = Field(None, description="where in the source: line, row, record")
    external_id: str | None = Field(None, description="the id the input gave, if any")
    # failed: a stage raised on it; nothing partial is kept, the errors table says why
    status: Literal["coded", "skipped", "duplicate", "failed"] = "coded"
    skip_reason: str | None = None
    duplicate_of: str | None = None


def normalise_for_identity(text: str) -> str:
    """Text as compared for identity: NFC, whitespace runs folded, ends stripped."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str, title: str | None = None) -> str:
    """Content hash identity: the same text (and title) always gives the same id."""
    payload = normalise_for_identity(title or "") + "\n" + normalise_for_identity(text)
    return "a" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:20]


EVENT_ID_PATTERN = r"e[0-9a-f]{16}"


def event_id(article_id: str, trigger_start: int | None, trigger_end: int | None, type: str) -> str:
    """An event's identity: its article (a content hash) and its evidence span, never assigned.

    Recoding the same text with the same coder gives the same ids, so a downstream copy can key on them.
    """
    key = f"{article_id}|{trigger_start}|{trigger_end}|{type}"
    return "e" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- actors


class Actor(Record):
    """An actor as it appears in an event role or as a quote speaker."""

    text: str = Field(description="the words in the article")
    name: str | None = Field(None, description="canonical name, e.g. 'Vladimir Putin' or 'Russia'")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3, or a group/region code")
    sector: str | None = Field(None, description="primary sector: GOV, MIL, REB, INS, IGO, MED ...")
    code: str | None = Field(None, description="CAMEO-style code, country + sector, e.g. RUSGOV")
    kind: str | None = Field(None, description="person|country|organization|igo|group|region|sector|outlet")
    mention_id: str | None = Field(None, description="id of the ActorMention this came from")
    start: int | None = None
    end: int | None = None


class ActorMention(Actor):
    """One mention of an actor in the text, resolved to codes."""

    id: str
    entity: str | None = Field(None, description="in-document entity id; mentions of one actor share it")
    sectors: list[str] = Field(default_factory=list, description="all sectors, primary first")
    confidence: float = 1.0
    resolution: str | None = Field(None, description="why it resolved so (rule, table entry)")


# --------------------------------------------------------------------------- places & dates


class Location(Record):
    """Where an event happened (the ``location`` of an Event)."""

    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    kind: str | None = Field(None, description="country|admin1|city|region|continent|place")
    geonames_id: int | None = None


class Place(Location):
    """A toponym in the text, resolved to the gazetteer."""

    text: str
    start: int
    end: int
    admin1: str | None = None
    confidence: float = 1.0
    resolution: str | None = None


class DateMention(Record):
    """A date or time expression resolved against the publication date."""

    text: str
    start: int
    end: int
    date: str | None = Field(None, description="resolved ISO date YYYY-MM-DD (period start)")
    end_date: str | None = Field(None, description="last day of a period expression, if any")
    granularity: str | None = Field(None, description="day|week|month|year")
    relative: bool = False


# --------------------------------------------------------------------------- quotes & outlets


class OutletMention(Record):
    """A news outlet cited as the source of information ('CNN reports')."""

    name: str = Field(description="normalised outlet name, e.g. 'The Wall Street Journal'")
    text: str
    start: int
    end: int
    cue: str | None = None


class Quote(Record):
    id: str
    text: str
    kind: Literal["direct", "indirect", "mixed"]
    start: int
    end: int
    speaker: Actor | None = None
    cue: str | None = None
    outlet: str | None = Field(None, description="outlet the quote is attributed through, if any")


# --------------------------------------------------------------------------- events


class Event(Record):
    id: str
    type: str = Field(description="PLOVER event type, e.g. ACCUSE")
    mode: str | None = None
    contexts: list[str] = Field(default_factory=list)
    source: list[Actor] = Field(default_factory=list)
    target: list[Actor] = Field(default_factory=list)
    cameo: str | None = Field(None, description="CAMEO code as a string, e.g. '112'")
    quad_class: int | None = Field(None, description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict")
    goldstein: float | None = None
    negated: bool = False
    modality: str | None = Field(None, description="None for asserted; future|intended|hypothetical|possible|question")
    historical: bool = False
    date: str | None = None
    location: Location | None = None
    sentence: str
    start: int = Field(description="sentence start offset")
    end: int = Field(description="sentence end offset")
    trigger: str
    trigger_start: int | None = None
    trigger_end: int | None = None
    confidence: float
    quote_id: str | None = None
    reported_by: Actor | None = None
    outlet: str | None = Field(None, description="outlet cited as reporting it, if any")
    rule: str | None = Field(None, description="lexicon entry and rule that produced it")
    coder_version: str | None = None


class IngestError(Record):
    """A record that could not be read or coded. It is kept, never dropped silently."""

    source: str
    position: str | None = None
    code: str = Field(description="stable error code, see eventwire.errors")
    reason: str
    stage: str = "ingest"
    article_id: str | None = None


class ArticleHeader(Record):
    """The ``article`` object in coded output (no text: offsets refer to the input text)."""

    id: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    status: str = "coded"
    skip_reason: str | None = None
    duplicate_of: str | None = None
    source: str | None = None
    position: str | None = None
    external_id: str | None = None


class CodedArticle(Record):
    """What the pipeline produces for one article: the public JSON contract."""

    schema_version: str = SCHEMA_VERSION
    article: ArticleHeader
    actors: list[ActorMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    outlets: list[OutletMention] = Field(default_factory=list)
    errors: list[IngestError] = Field(default_factory=list)

    @classmethod
    def empty(cls, article: Article) -> "CodedArticle":
        return cls(article=header_of(article))


def header_of(article: Article) -> ArticleHeader:
    data = article.model_dump(exclude={"text"})
    return ArticleHeader(**data)


def coded_article_json_schema() -> dict:
    schema = CodedArticle.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://eventwire.invalid/schema/coded-article.schema.json"
    schema["title"] = "CodedArticle"
    schema["x-schema-version"] = SCHEMA_VERSION
    return schema
