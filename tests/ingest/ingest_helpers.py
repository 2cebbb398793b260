"""Helpers for ingest tests: invented articles (our own text, not from ../shared) and filters."""

from __future__ import annotations

from eventwire.records import Article, IngestError

# Invented news paragraphs, long enough for trafilatura to keep a page's main text.
STORY_PARAGRAPHS = [
    "The foreign ministers of Portugal and Morocco signed a fisheries agreement in Lisbon on "
    "Tuesday, ending two years of talks over quotas off the Atlantic coast.",
    "Portuguese Foreign Minister Ana Ribeiro said the deal would protect the jobs of thousands "
    "of fishermen in the Algarve while allowing Moroccan inspectors to board vessels.",
    "Morocco's delegation welcomed the agreement but warned that it would be suspended if "
    "catches exceeded the agreed limits for a second consecutive season.",
    "Environmental groups criticised both governments, saying the quotas ignored scientific "
    "advice on sardine stocks, which have fallen sharply since the last accord expired.",
]
STORY_TEXT = "\n".join(STORY_PARAGRAPHS)

SECOND_STORY = (
    "Flooding forced the evacuation of eleven villages in northern Bolivia on Sunday after the "
    "Mamoré river burst its banks following a week of heavy rain. The civil defence office said "
    "about 4,000 people had been moved to shelters in Trinidad and that army helicopters were "
    "delivering drinking water to communities cut off by the water."
)


def html_page(title: str, paragraphs: list[str], *, site: str = "Harbour Courier",
              published: str = "2023-05-16") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}T08:30:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<main><article><h1>{title}</h1>
{body}
</article></main>
<footer>Copyright {site}. All rights reserved.</footer>
</body></html>"""


def articles(results) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def errors(results) -> list[IngestError]:
    return [r for r in results if isinstance(r, IngestError)]
