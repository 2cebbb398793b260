"""Score the event coder on the PLOVER gold-standard records (PLOVER_GSR_CAMEO.txt).

The file is one JSON array; object 0 is a document header and is skipped. Each record is one
sentence with one hand-coded event in the old PLOVER 0.5 vocabulary, mapped here to the current
types (DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE/investigate, FIGHT->ASSAULT).
Every ``text`` is coded as its own article (published None), in batches through the pipeline.

Metrics (all over the n scored records):
- type_accuracy: the gold type is among the sentence's event types
- top_type_accuracy: the highest-confidence event has the gold type
- source_country_accuracy / target_country_accuracy: over records whose gold role has a code;
  the event of the gold type (else the top event) has a role country equal to a gold code.
  Symmetric events: a reciprocal event (meeting, clash) lists every participant as a source and
  leaves the target empty (manual, CONSULT/ASSAULT), while the gold file names one participant as
  target; for an event with no target, a gold target matching any source participant after the
  first counts as a target hit (``participant_targets`` says how many hits came that way)
- source_country_accuracy_conv / target_country_accuracy_conv: the same, also counting the gold
  file's own documented conventions as hits (the strict numbers above never use them):
  (1) ``GOLD_CODE_ALIASES``: non-ISO spellings in the gold codes (``JAP``, ``ITL``, ``VTN``) are
  read as the ISO code; (2) the gold (CAMEO 1.1b3 examples) codes international NGOs such as the
  Red Cross and Amnesty International ``IGO``: a predicted ``NGO`` matches a gold ``IGO``;
  (3) the gold keeps CAMEO's 043 "host a visit" with the HOST as source, while the PLOVER
  manual (CONSULT, visit) codes the visitor as actor and the host as recipient: for a CONSULT
  event with mode ``visit`` the roles are compared swapped as well. ``conventions`` counts the
  hits that only these equivalences gave.
- per_type: {TYPE: precision, recall, f1, support} over (record, type) pairs: a predicted type
  counts once per sentence
- errors: the misses (text, gold, predicted) for reading
Nothing is printed: the CLI prints.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..records import Article, article_id

OLD_TO_NEW = {"DEMAND": ("REQUEST", None), "DISAPPROVE": ("ACCUSE", None),
              "INVESTIGATE": ("ACCUSE", "investigate"), "FIGHT": ("ASSAULT", None)}


def load(path: str | Path, limit: int | None = None) -> list[dict]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    records = [r for r in data[1:] if isinstance(r, dict) and r.get("text") and r.get("event")]
    return records[:limit] if limit else records


def gold_type(record: dict) -> str:
    old = str(record["event"]).strip().upper()
    return OLD_TO_NEW.get(old, (old, None))[0]


def _codes(role: Any) -> set[str]:
    if not isinstance(role, list):
        return set()
    return {str(a.get("code")).strip().upper() for a in role if isinstance(a, dict) and a.get("code")}


def _countries(actors) -> set[str]:
    return {a.country.upper() for a in actors if a.country}


GOLD_CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def _conv_gold(codes: set[str]) -> set[str]:
    return {GOLD_CODE_ALIASES.get(c, c) for c in codes}


def _conv_pred(countries: set[str]) -> set[str]:
    return countries | ({"IGO"} if "NGO" in countries else set())


def _conv_hit(event, gold: set[str], role: str) -> bool:
    """The role hit under the gold file's conventions (module docstring)."""
    if event is None:
        return False
    g = _conv_gold(gold)
    roles = [role]
    if event.type == "CONSULT" and event.mode == "visit":
        roles.append("target" if role == "source" else "source")
    for r in roles:
        actors = list(getattr(event, r))
        if _conv_pred(_countries(actors)) & g:
            return True
        if r == "target" and not actors and len(event.source) > 1 and _conv_pred(_countries(event.source[1:])) & g:
            return True
    return False


def score(path: str | Path, *, limit: int | None = None, pipeline=None, batch_size: int = 64) -> dict:
    from ..pipeline import build_pipeline

    records = load(path, limit)
    pipe = pipeline or build_pipeline()
    articles = [Article(id=article_id(r["text"], str(i)), text=r["text"], published=None, language="en")
                for i, r in enumerate(records)]
    coded = []
    for start in range(0, len(articles), batch_size):
        coded.extend(pipe.code(articles[start:start + batch_size]))

    n = len(records)
    hits = top_hits = 0
    src_n = src_hits = tar_n = tar_hits = part_hits = 0
    src_conv = tar_conv = conv_only = 0
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    support: dict[str, int] = {}
    errors: list[dict] = []
    for rec, out in zip(records, coded):
        gold = gold_type(rec)
        support[gold] = support.get(gold, 0) + 1
        events = out.events
        predicted = {e.type for e in events}
        top = max(events, key=lambda e: e.confidence) if events else None
        hit = gold in predicted
        hits += hit
        top_hits += bool(top and top.type == gold)
        for t in predicted:
            if t == gold:
                tp[t] = tp.get(t, 0) + 1
            else:
                fp[t] = fp.get(t, 0) + 1
        if not hit:
            fn[gold] = fn.get(gold, 0) + 1
        chosen = next((e for e in sorted(events, key=lambda e: -e.confidence) if e.type == gold), top)
        src_ok = tar_ok = None
        gsrc, gtar = _codes(rec.get("source")), _codes(rec.get("target"))
        if gsrc:
            src_n += 1
            src_ok = bool(chosen and _countries(chosen.source) & gsrc)
            src_hits += src_ok
            c_ok = src_ok or _conv_hit(chosen, gsrc, "source")
            src_conv += c_ok
            conv_only += c_ok and not src_ok
        if gtar:
            tar_n += 1
            tar_ok = bool(chosen and _countries(chosen.target) & gtar)
            if not tar_ok and chosen and not chosen.target and len(chosen.source) > 1:
                tar_ok = bool(_countries(chosen.source[1:]) & gtar)
                part_hits += tar_ok
            tar_hits += tar_ok
            c_ok = tar_ok or _conv_hit(chosen, gtar, "target")
            tar_conv += c_ok
            conv_only += c_ok and not tar_ok
        if not hit or src_ok is False:
            errors.append({
                "id": rec.get("id"), "text": rec["text"], "gold": gold, "gold_source": sorted(gsrc),
                "gold_target": sorted(gtar),
                "predicted": [{"type": e.type, "mode": e.mode, "trigger": e.trigger, "confidence": e.confidence,
                               "source": [a.country or a.text for a in e.source],
                               "target": [a.country or a.text for a in e.target]} for e in events],
                "kind": "type" if not hit else "source",
            })
    per_type = {}
    for t in sorted(set(support) | set(fp)):
        p_den = tp.get(t, 0) + fp.get(t, 0)
        r_den = support.get(t, 0)
        prec = tp.get(t, 0) / p_den if p_den else 0.0
        rec_ = tp.get(t, 0) / r_den if r_den else 0.0
        f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
        per_type[t] = {"precision": round(prec, 4), "recall": round(rec_, 4), "f1": round(f1, 4),
                       "support": support.get(t, 0)}
    ratio = lambda a, b: round(a / b, 4) if b else 0.0  # noqa: E731
    return {
        "n": n,
        "type_accuracy": ratio(hits, n),
        "top_type_accuracy": ratio(top_hits, n),
        "source_country_accuracy": ratio(src_hits, src_n),
        "source_n": src_n,
        "target_country_accuracy": ratio(tar_hits, tar_n),
        "target_n": tar_n,
        "participant_targets": part_hits,
        "source_country_accuracy_conv": ratio(src_conv, src_n),
        "target_country_accuracy_conv": ratio(tar_conv, tar_n),
        "conventions": conv_only,
        "with_events": sum(1 for c in coded if c.events),
        "per_type": per_type,
        "errors": errors,
    }
