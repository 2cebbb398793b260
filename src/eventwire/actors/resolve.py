"""``resolve_actor(text, context=None, date=None)``: one actor phrase -> one ActorMention.

Used by ``eventwire actor TEXT [--context SENTENCE] [--date DATE]``. The text is parsed inside its
context sentence when given (so "the president" can link to a name there); the mention that
covers most of ``text`` is returned. Nothing found: a mention with ``kind`` None and confidence 0.
"""

from __future__ import annotations

from ..pipeline import Document
from ..records import ActorMention, Article, article_id
from .stage import ActorsStage


def resolve_actor(text: str, context: str | None = None, date: str | None = None) -> ActorMention:
    from ..nlp import load_model

    import re

    hit = re.search(r"(?<!\w)" + re.escape(text) + r"(?!\w)", context) if context else None
    if hit:
        full, offset = context, hit.start()
    else:
        full, offset = text, 0
    doc = Document(Article(id=article_id(full), text=full, published=date))
    doc.spacy = load_model()(full)
    ActorsStage()(doc)
    end = offset + len(text)
    best, best_overlap = None, 0
    for m in doc.actors:
        overlap = min(m.end, end) - max(m.start, offset)
        if overlap > best_overlap:
            best, best_overlap = m, overlap
    if best is None and full != text:
        return resolve_actor(text, None, date)
    if best is None:
        return ActorMention(id="a0", text=text, start=offset, end=end, confidence=0.0,
                            resolution="no actor found in the tables or by the patterns")
    return best
