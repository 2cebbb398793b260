"""The pipeline: a list of named stages over one :class:`Document`.

A stage is an object with ``name`` (versioned, e.g. ``eventwire.actors.v1``), ``reads``
and ``writes`` (Document attribute names) and ``__call__(doc) -> doc``; it may add
``pipe(docs)`` to work in batches (the NLP stage does, to use ``nlp.pipe``).
:func:`build_pipeline` checks that every read is written by an earlier stage.

A stage that raises on one document does not stop the batch: the error is recorded on
that document (``E020``) and later stages skip it, unless ``raise_errors`` is set (tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Protocol

from .errors import ConfigError, StageError
from .records import (
    ActorMention, Article, CodedArticle, DateMention, Event, IngestError,
    OutletMention, Place, Quote, header_of,
)


def failed_coded(article: Article, errors: list[IngestError]) -> CodedArticle:
    """An article whose coding failed: status ``failed``, the reasons, and no half-coded records.
    The one form for a failure in a stage and on a Dask worker, so the store counts both."""
    article = article.model_copy(update={
        "status": "failed", "skip_reason": "; ".join(e.reason for e in errors)[:500]})
    return CodedArticle(article=header_of(article), errors=errors)


@dataclass
class Document:
    """One article on its way through the stages."""

    article: Article
    spacy: Any = None  # spacy.tokens.Doc once the nlp stage has run
    actors: list[ActorMention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    outlets: list[OutletMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    # Free-form notes per stage for `eventwire explain` (why an actor resolved, which rule fired).
    trace: dict[str, list[dict]] = field(default_factory=dict)
    failed: bool = False

    @property
    def text(self) -> str:
        return self.article.text

    def note(self, stage: str, **info: Any) -> None:
        self.trace.setdefault(stage, []).append(info)

    def to_coded(self) -> CodedArticle:
        if self.failed:  # half-coded records (events without dates, places) would mislead
            return failed_coded(self.article, self.errors)
        return CodedArticle(
            article=header_of(self.article), actors=self.actors, events=self.events,
            quotes=self.quotes, places=self.places, dates=self.dates,
            outlets=self.outlets, errors=self.errors,
        )


DOCUMENT_FIELDS = {"article", "spacy", "actors", "places", "dates", "quotes", "outlets", "events"}


class Stage(Protocol):
    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


def _record_failure(doc: Document, stage: Stage, exc: Exception) -> None:
    doc.failed = True
    doc.errors.append(IngestError(
        source=doc.article.source or "-", position=doc.article.position, code="E020",
        reason=f"stage {stage.name} failed: {type(exc).__name__}: {exc}",
        stage=stage.name, article_id=doc.article.id,
    ))


class Pipeline:
    def __init__(self, stages: list[Stage], *, raise_errors: bool = False):
        self.stages = stages
        self.raise_errors = raise_errors
        check_contracts(stages)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def _apply(self, stage: Stage, docs: Iterable[Document]) -> Iterator[Document]:
        batch = getattr(stage, "pipe", None)
        if batch is not None:
            # Batch stages handle failed docs themselves (pass them through untouched).
            yield from batch(docs)
            return
        for doc in docs:
            if not doc.failed and doc.article.status == "coded":
                try:
                    result = stage(doc)
                    if not isinstance(result, Document):
                        raise StageError(f"{stage.name} returned {type(result).__name__}, not Document")
                    doc = result
                except Exception as exc:  # one bad document must not stop the batch
                    if self.raise_errors:
                        raise
                    _record_failure(doc, stage, exc)
            yield doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        stream: Iterable[Document] = docs
        for stage in self.stages:
            stream = self._apply(stage, stream)
        yield from stream

    def __call__(self, doc: Document) -> Document:
        return next(iter(self.pipe([doc])))

    def code(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for doc in self.pipe(Document(a) for a in articles):
            yield doc.to_coded()


def check_contracts(stages: list[Stage]) -> None:
    available = {"article"}
    for stage in stages:
        missing = [r for r in stage.reads if r not in available]
        if missing:
            raise ConfigError(f"stage {stage.name} reads {missing}, which no earlier stage writes")
        unknown = [w for w in stage.writes if w not in DOCUMENT_FIELDS]
        if unknown:
            raise ConfigError(f"stage {stage.name} writes unknown fields {unknown}")
        available.update(stage.writes)


# name -> factory(config dict) -> Stage. Filled by eventwire.registrations.
REGISTRY: dict[str, Callable[..., Stage]] = {}


def register(name: str) -> Callable[[Callable[..., Stage]], Callable[..., Stage]]:
    def wrap(factory: Callable[..., Stage]) -> Callable[..., Stage]:
        REGISTRY[name] = factory
        return factory
    return wrap


def build_pipeline(names: list[str] | None = None, *, raise_errors: bool = False,
                   **config: Any) -> Pipeline:
    """Build the pipeline from registered stage names (default: the full coder)."""
    from . import registrations

    names = names or registrations.DEFAULT_PIPELINE
    missing = [n for n in names if n not in REGISTRY]
    if missing:
        raise ConfigError(f"unknown stages {missing}; available: {sorted(REGISTRY)}")
    return Pipeline([REGISTRY[n](**config) for n in names], raise_errors=raise_errors)
