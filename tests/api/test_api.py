"""The HTTP API over a hand-coded store: reads, filters, pagination, dyads, spans, errors."""

from __future__ import annotations

import coded_corpus
import pytest


@pytest.mark.parametrize("token, writable", [(None, False), ("", False), ("t0ken", True)])
def test_api_health_says_whether_writes_are_possible(make_client, token, writable):
    assert make_client(token=token).get("/health").json() == {
        "status": "ok", "version": "0.1.0", "writable": writable}


def test_api_stats_counts_the_store(client):
    stats = client.get("/stats").json()
    assert (stats["articles"], stats["events"], stats["quotes"]) == (6, 8, 2)
    assert stats["quad_classes"] == {"1": 1, "2": 1, "3": 4, "4": 2}


def test_api_events_filter_by_actor_type_and_quad_class(client):
    page = client.get("/events", params={"actor": "RUS", "quad_class": 3}).json()
    assert page["total"] == 3
    assert {e["type"] for e in page["items"]} == {"ACCUSE", "THREATEN", "REJECT"}
    assert all(e["article_id"].startswith("a") for e in page["items"])
    only = client.get("/events", params={"type": "coerce"}).json()
    assert [e["trigger"] for e in only["items"]] == ["fired water cannon"]


@pytest.mark.parametrize("params, expected", [
    ({"country": "PHL"}, 2), ({"since": "2024-03"}, 3), ({"until": "2024-01-31"}, 1),
    ({"text": "water cannon"}, 1), ({"actor": "Kenya"}, 1), ({}, 8),
    ({"min_confidence": 0.95}, 0), ({"min_confidence": 0.9, "asserted": "true"}, 8),
])
def test_api_events_filters_count(client, params, expected):
    body = client.get("/events", params=params).json()
    assert body["total"] == expected == len(body["items"])


def test_api_events_min_confidence_out_of_range_is_a_client_error(client):
    assert client.get("/events", params={"min_confidence": 1.5}).status_code == 422


def test_api_events_paginate_with_total(client):
    first = client.get("/events", params={"limit": 3, "offset": 0}).json()
    second = client.get("/events", params={"limit": 3, "offset": 3}).json()
    assert (first["total"], first["limit"], second["offset"]) == (8, 3, 3)
    assert len(first["items"]) == 3 and len(second["items"]) == 3
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}


def test_api_bad_filter_is_400_with_catalogue_code(client):
    response = client.get("/events", params={"since": "last week"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "E013"


def test_api_out_of_range_page_is_422(client):
    assert client.get("/events", params={"limit": 100000}).status_code == 422
    assert client.get("/events", params={"quad_class": 7}).status_code == 422


def test_api_dyads_keep_direction_and_bucket_by_month(client):
    body = client.get("/dyads", params={"source": "RUS", "target": "UKR", "interval": "month"}).json()
    assert [(p["period"], p["n"], p["goldstein"]) for p in body["periods"]] == [
        ("2024-01", 1, -2.0), ("2024-02", 1, -10.0), ("2024-03", 1, -6.0)]
    assert body["quad_classes"] == {"1": 0, "2": 0, "3": 2, "4": 1}
    reverse = client.get("/dyads", params={"source": "UKR", "target": "RUS"}).json()
    assert reverse["n"] == 1 and reverse["periods"][0]["quad_classes"]["3"] == 1


def test_api_dyads_by_week_start_on_monday(client):
    body = client.get("/dyads", params={"source": "CHN", "target": "PHL", "interval": "week"}).json()
    # 2024-03-23 (Sat) and 2024-03-24 (Sun) are both in the week of Monday 2024-03-18
    assert [(p["period"], p["n"]) for p in body["periods"]] == [("2024-03-18", 2)]


def test_api_dyads_reject_unknown_interval(client):
    assert client.get("/dyads", params={"source": "RUS", "target": "UKR", "interval": "year"}).status_code == 422


def test_api_network_edges_carry_main_quad_class(client):
    graph = client.get("/network").json()
    edges = {(e["source"], e["target"]): e for e in graph["edges"]}
    assert edges[("RUSGOV", "UKRGOV")]["n"] == 3
    assert edges[("RUSGOV", "UKRGOV")]["quad_class"] == 3
    assert edges[("USAGOV", "UKRGOV")]["quad_class"] == 2
    assert {"RUSGOV", "UKRGOV", "KENGOV"} <= {n["id"] for n in graph["nodes"]}


def test_api_map_lists_located_events_only(client):
    points = client.get("/map").json()["items"]
    assert len(points) == 7  # the REJECT event has no location
    kyiv = next(p for p in points if p["name"] == "Kyiv")
    assert (kyiv["lat"], kyiv["lon"], kyiv["quad_class"]) == (50.45, 30.52, 4)


def test_api_basemap_is_served_from_the_installed_package(client):
    cells = client.get("/map/basemap").json()["cells"]
    assert len(cells) > 1000
    assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in cells)


def test_api_actors_and_quotes(client):
    actors = client.get("/actors", params={"limit": 3}).json()["items"]
    assert len(actors) == 3 and actors[0]["n"] == 5
    quotes = client.get("/quotes", params={"speaker": "USA"}).json()["items"]
    assert [q["text"] for q in quotes] == ['"We will stand with Ukraine,"']


def test_api_article_spans_point_into_the_text(client, corpus_db):
    article, coded = corpus_db[1][4]  # China / Philippines
    body = client.get(f"/articles/{article.id}").json()
    assert body["text"] == article.text
    kinds = {s["kind"] for s in body["spans"]}
    assert {"event", "place", "actor"} <= kinds
    for span in body["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(article.text)
    events = [s for s in body["spans"] if s["kind"] == "event"]
    assert [article.text[s["start"]:s["end"]] for s in events] == ["accused", "fired water cannon"]


def test_api_unknown_article_is_404(client):
    response = client.get("/articles/a000")
    assert response.status_code == 404 and response.json()["error"]["code"] == "E050"


def test_api_explain_recodes_the_article(client, corpus_db):
    _, event = coded_corpus.find_event(corpus_db[1], "ASSAULT")
    body = client.get(f"/events/{event.id}/explain").json()
    assert body["trigger"] == "launched missile strikes"
    assert body["rule"] == "test rule assault"
    assert {a["role"] for a in body["actors"]} == {"source", "target"}
    assert body["actors"][0]["resolution"] == "test table: RUSGOV"
    assert "test.hand_coder.v1" in body["notes"]


def test_api_explain_unknown_event_is_404(client):
    assert client.get("/events/e0000000000000000/explain").status_code == 404


def test_api_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/code", "/articles", "/events", "/dyads", "/actors", "/quotes", "/articles/{article_id}",
                 "/events/{event_id}/explain", "/health", "/stats", "/network", "/map"):
        assert path in paths, path


def test_api_explain_refuses_an_article_over_the_limit(client, corpus_db, monkeypatch):
    from eventwire.api import app as api_app

    _, event = coded_corpus.find_event(corpus_db[1], "ASSAULT")
    monkeypatch.setattr(api_app, "EXPLAIN_MAX_CHARS", 20)
    response = client.get(f"/events/{event.id}/explain")
    assert response.status_code == 413 and "at most 20" in response.json()["detail"]


def test_api_explain_is_503_while_the_coder_is_busy(client, corpus_db, monkeypatch):
    from eventwire.api import app as api_app

    _, event = coded_corpus.find_event(corpus_db[1], "ASSAULT")
    monkeypatch.setattr(api_app, "EXPLAIN_LOCK_WAIT", 0.05)
    svc = client.app.state.service
    with svc._coder_lock:  # another request is coding
        response = client.get(f"/events/{event.id}/explain")
    assert response.status_code == 503 and "Retry-After" in response.headers
    assert client.get(f"/events/{event.id}/explain").status_code == 200
