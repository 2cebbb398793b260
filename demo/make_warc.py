"""Write demo/corpus/archive.warc.gz: a warcinfo record and two HTML response records.

The two pages are demo articles written for eventwire (invented text, not crawled).
Record ids and dates are fixed so the archive is byte-for-byte reproducible:

    .venv/bin/python demo/make_warc.py
"""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent / "corpus" / "archive.warc.gz"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}T07:00:00Z">
<meta name="date" content="{published}">
<link rel="canonical" href="{url}">
</head>
<body>
<header><a href="/">{site}</a>
<nav><a href="/world">World</a> <a href="/africa">Africa</a> <a href="/americas">Americas</a> <a href="/opinion">Opinion</a></nav>
</header>
<main>
<article>
<h1>{title}</h1>
<p class="byline">By {site} staff &middot; <time datetime="{published}">{published}</time></p>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/markets">Markets today</a></li><li><a href="/weather">Weather</a></li></ul></aside>
</main>
<footer><p>&copy; 2024 {site}. All rights reserved. <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""

ARTICLES = [
    {
        "site": "Savanna Times",
        "url": "https://savannatimes.example/2024/06/26/kenyan-police-arrive-haiti",
        "published": "2024-06-26",
        "crawled": "2024-06-26T12:00:00Z",
        "title": "First Kenyan police officers arrive in Haiti to lead security mission",
        "paragraphs": [
            "Kenya deployed the first 400 police officers of a United Nations-backed security mission to Haiti on Tuesday, "
            "landing in Port-au-Prince nearly two years after the Haitian government first asked for international help against armed gangs.",
            "The officers flew from Nairobi on a chartered Kenya Airways plane and were received at Toussaint Louverture "
            "International Airport by Haitian Prime Minister Garry Conille. \u201cWe have been waiting for this moment,\u201d Conille said.",
            "Kenyan President William Ruto said the mission would \u201cbring relief to the people of Haiti\u201d and that Kenya would "
            "send 600 more officers in the coming weeks. The United States has pledged more than 300 million dollars to fund the force, "
            "and Canada announced on Monday an additional contribution for equipment.",
            "Gangs control most of the Haitian capital and attacked police stations and prisons in March, freeing thousands of inmates. "
            "Gang leader Jimmy Cherizier, known as Barbecue, warned that his fighters would resist any foreign force, the Miami Herald reported.",
            "A Kenyan court ruled in January that the deployment was unconstitutional, but the government in Nairobi signed a new "
            "agreement with Haiti in March. Jamaica, the Bahamas, Benin and Chad have also promised to send personnel.",
        ],
    },
    {
        "site": "Sahel Review",
        "url": "https://sahelreview.example/2024/11/29/chad-ends-defence-pact-france",
        "published": "2024-11-29",
        "crawled": "2024-11-29T15:30:00Z",
        "title": "Chad ends defence cooperation agreement with France",
        "paragraphs": [
            "Chad ended its defence cooperation agreement with France on Thursday, a move that could force the departure of about "
            "1,000 French soldiers stationed in the country, the government in N'Djamena said.",
            "Chadian Foreign Minister Abderaman Koulamallah said the decision marked a \u201chistoric turning point\u201d and that Chad "
            "wanted to \u201cfully assert its sovereignty\u201d after more than six decades of independence. He spoke hours after "
            "French Foreign Minister Jean-Noel Barrot left N'Djamena at the end of a visit.",
            "France has kept troops in Chad since the country became independent in 1960. French forces were forced out of Mali, "
            "Burkina Faso and Niger after military coups there between 2020 and 2023, and Chad was its last military foothold in the Sahel.",
            "The French foreign ministry said it had taken note of the decision and would discuss the next steps with the Chadian authorities, "
            "Le Monde reported. Senegalese President Bassirou Diomaye Faye also said on Thursday that French bases in Senegal should close.",
            "Chadian President Mahamat Idriss Deby Itno has strengthened ties with Russia and Hungary this year. He visited Moscow in January "
            "and met President Vladimir Putin.",
        ],
    },
]


def page_html(article: dict) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in article["paragraphs"])
    return PAGE.format(body=body, **article).encode("utf-8")


def record_id(url: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>"


def write(out: Path = OUT) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        info = writer.create_warcinfo_record(
            "archive.warc.gz",
            {"software": "eventwire demo/make_warc.py", "description": "eventwire demo corpus: two news pages"},
        )
        info.rec_headers.replace_header("WARC-Date", "2024-11-30T00:00:00Z")
        info.rec_headers.replace_header("WARC-Record-ID", record_id("warcinfo:eventwire-demo"))
        writer.write_record(info)
        for article in ARTICLES:
            payload = page_html(article)
            http_headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(payload)))],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                article["url"], "response", payload=io.BytesIO(payload), http_headers=http_headers,
                warc_headers_dict={"WARC-Date": article["crawled"], "WARC-Record-ID": record_id(article["url"])},
            )
            writer.write_record(record)
    return out


if __name__ == "__main__":
    print(write())
