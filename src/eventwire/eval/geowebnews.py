"""Score the places stage on GeoWebNews (Gritta et al. 2019).

Gold: every ``<toponym>`` with coordinates and ``nonLocational`` = No. A gold toponym is
*detected* when a predicted place's span overlaps it; a detected toponym is *resolved* when
the predicted point lies within 161 km (100 miles) of the gold point. Country accuracy compares
the predicted country with the country of the gazetteer city nearest the gold point (the gold
gives no country); gold points with no gazetteer city nearby (oceans, remote areas) are left out.

Demonyms ("Russian") are gold toponyms in GeoWebNews but never places in eventwire (they are
actors' nationalities), so ``recall_excluding_demonyms`` is reported beside ``recall``.

``score`` prints nothing and returns a dict (with at most ``max_misses`` misses, in text
order); the pipeline runs only nlp, actors and places.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..places.gazetteer import haversine_km
from ..records import Article, article_id

STAGES = ["eventwire.nlp.v1", "eventwire.actors.v1", "eventwire.places.v1"]
KM = 161.0


def read_gold(path: str | Path, limit: int | None = None) -> list[dict]:
    """Articles as {text, title, toponyms: [{name, type, start, end, lat, lon, geonames_id}]}."""
    root = ET.parse(path).getroot()
    out = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            d = {e.tag: (e.text or "").strip() for e in t}
            if d.get("nonLocational") != "No" or not d.get("latitude") or not d.get("longitude"):
                continue
            tops.append({"name": d.get("extractedName", ""), "type": d.get("type", ""),
                         "start": int(d["start"]), "end": int(d["end"]),
                         "lat": float(d["latitude"]), "lon": float(d["longitude"]),
                         "geonames_id": int(d["geonamesID"]) if d.get("geonamesID", "").isdigit() else None})
        out.append({"id": art.get("file"), "title": art.findtext("title"), "text": text, "toponyms": tops})
        if limit is not None and len(out) >= limit:
            break
    return out


def _gold_country(lat: float, lon: float) -> str | None:
    """The country of a point: that of the nearest city of the gazetteer (cached per point)."""
    from ..places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    row = gaz.con.execute(
        "SELECT country, lat, lon FROM place WHERE kind='city' AND lat BETWEEN ? AND ? "
        "AND lon BETWEEN ? AND ?", (lat - 0.5, lat + 0.5, lon - 0.7, lon + 0.7)).fetchall()
    if not row:
        return None
    return min(row, key=lambda r: haversine_km(lat, lon, r[1], r[2]))[0]


def score(path: str | Path, *, limit: int | None = None, pipeline: Any = None,
          max_misses: int = 400) -> dict:
    from ..pipeline import Document, build_pipeline

    gold = read_gold(path, limit)
    pipe = pipeline or build_pipeline(STAGES)
    docs = pipe.pipe(Document(Article(id=article_id(g["text"], g["title"]), text=g["text"],
                                      title=g["title"], language="en")) for g in gold)
    from ..places.stage import demonyms

    dem = demonyms()
    n = detected = within = country_n = country_ok = 0
    n_loc = detected_loc = 0  # gold names that are not demonyms (eventwire never makes those places)
    predicted = false_pos = 0
    by_type: dict[str, Counter] = defaultdict(Counter)
    misses: list[dict] = []
    distances: list[float] = []
    for g, doc in zip(gold, docs):
        places = doc.places
        predicted += len(places)
        used = set()
        for t in g["toponyms"]:
            n += 1
            row = by_type[t["type"]]
            row["n"] += 1
            hits = [p for p in places if p.start < t["end"] and t["start"] < p.end]
            is_demonym = t["name"] in dem or t["name"].rstrip("s") in dem
            if not is_demonym:
                n_loc += 1
                detected_loc += bool(hits)
            if not hits:
                if len(misses) < max_misses:
                    misses.append({"article": g["id"], "text": t["name"], "type": t["type"],
                                   "start": t["start"], "reason": "not detected"})
                continue
            p = max(hits, key=lambda p: min(p.end, t["end"]) - max(p.start, t["start"]))
            used.add(id(p))
            detected += 1
            row["detected"] += 1
            if p.lat is None:
                continue
            d = haversine_km(p.lat, p.lon, t["lat"], t["lon"])
            distances.append(d)
            if d <= KM:
                within += 1
                row["within"] += 1
            elif len(misses) < max_misses:
                misses.append({"article": g["id"], "text": t["name"], "type": t["type"],
                               "start": t["start"], "reason": f"{d:.0f} km off",
                               "predicted": f"{p.name} ({p.kind}, {p.country})",
                               "gold": [t["lat"], t["lon"]], "resolution": p.resolution})
            gc = _gold_country(t["lat"], t["lon"])
            if gc:
                country_n += 1
                if p.country == gc:
                    country_ok += 1
        false_pos += sum(1 for p in places if id(p) not in used and not any(
            p.start < t["end"] and t["start"] < p.end for t in g["toponyms"]))
    distances.sort()
    return {
        "articles": len(gold),
        "n": n,
        "detected": detected,
        "recall": round(detected / n, 4) if n else 0.0,
        "recall_excluding_demonyms": round(detected_loc / n_loc, 4) if n_loc else 0.0,
        "acc_161km": round(within / detected, 4) if detected else 0.0,
        "acc_161km_of_all": round(within / n, 4) if n else 0.0,
        "country_accuracy": round(country_ok / country_n, 4) if country_n else 0.0,
        "median_km": round(distances[len(distances) // 2], 1) if distances else None,
        "predicted": predicted,
        "unmatched_predictions": false_pos,
        "by_type": {k: {"n": v["n"], "recall": round(v["detected"] / v["n"], 4),
                        "acc_161km": round(v["within"] / v["detected"], 4) if v["detected"] else 0.0}
                    for k, v in sorted(by_type.items())},
        "misses": misses,
    }
