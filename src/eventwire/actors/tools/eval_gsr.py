"""Score actor resolution against the PLOVER gold standard (../shared/gold/plover-gsr).

    .venv/bin/python -m eventwire.actors.tools.eval_gsr [PATH] [--misses]

For every source/target ``actorText`` of every record (object 0 skipped), the actor is resolved
inside its sentence (``resolve_actor(actorText, context=text, date=date)``) and its ``country``
compared with the gold ``code`` (ISO3, "IGO", "NGO"). Prints share resolved to the gold code,
share wrong (a different non-empty country: the precision cost), and share unresolved.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[4].parent / "shared" / "gold" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"


def items(path: Path):
    data = json.loads(path.read_text(encoding="utf-8"))
    for rec in data[1:]:
        for side in ("source", "target"):
            actors = rec.get(side)
            if not isinstance(actors, list):
                continue
            for a in actors:
                if a.get("actorText") and a.get("code"):
                    yield rec["text"], rec.get("date"), a["actorText"], a["code"][:3]


def main(argv: list[str]) -> int:
    from ..resolve import resolve_actor

    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    right = wrong = none = 0
    misses: Counter = Counter()
    for text, date, actor, gold in items(path):
        m = resolve_actor(actor, context=text, date=date)
        got = m.country
        if got == gold:
            right += 1
        elif got:
            wrong += 1
            misses[f"WRONG {actor!r} -> {got} (gold {gold})"] += 1
        else:
            none += 1
            misses[f"NONE  {actor!r} (gold {gold})"] += 1
    total = right + wrong + none
    print(f"actorTexts: {total}  right: {right} ({right / total:.1%})  wrong: {wrong} ({wrong / total:.1%})  "
          f"unresolved: {none} ({none / total:.1%})  precision: {right / max(1, right + wrong):.1%}")
    if "--misses" in argv:
        for line, c in misses.most_common():
            print(c, line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
