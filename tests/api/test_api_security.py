"""Writes need the bearer token; bodies over the limit are refused; CORS is closed by default."""

from __future__ import annotations

import json

import pytest
from api_fixtures import TOKEN

ARTICLE = {"text": "Chile and Peru agreed on Friday to share border patrol data.",
           "title": "Chile and Peru share patrol data", "published": "2024-05-03",
           "outlet": "Andes Courier", "url": "https://andes.example/1"}


@pytest.mark.parametrize("path, body", [("/articles", ARTICLE), ("/code", {"text": ARTICLE["text"]})])
def test_api_writes_refused_with_403_when_no_token_configured(make_client, path, body):
    client = make_client(token=None)
    response = client.post(path, json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403
    assert "EVENTWIRE_API_TOKEN" in response.json()["detail"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                                     {"Authorization": f"Basic {TOKEN}"}, {"Authorization": "Bearer "}])
@pytest.mark.parametrize("path", ["/articles", "/code"])
def test_api_writes_without_the_right_token_are_401(make_client, path, headers):
    response = make_client().post(path, json=ARTICLE if path == "/articles" else {"text": "x"}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_api_token_comes_from_the_environment(monkeypatch, corpus_db):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    monkeypatch.setenv("EVENTWIRE_API_TOKEN", "from-env")
    with TestClient(create_app(corpus_db[0])) as client:
        assert client.get("/health").json()["writable"] is True
        assert client.post("/code", json={"text": "x"}, headers={"Authorization": "Bearer nope"}).status_code == 401


def test_api_post_articles_stores_codes_and_is_idempotent(make_client, auth, hand_coder):
    client = make_client()
    first = client.post("/articles", json=ARTICLE, headers=auth).json()
    assert first["stored"] == 1 and first["events"] == 1
    [item] = first["items"]
    assert item["status"] == "coded" and item["id"].startswith("a")
    again = client.post("/articles", json={"articles": [ARTICLE]}, headers=auth).json()
    assert again["stored"] == 0 and again["items"][0]["status"] == "already_stored"
    assert hand_coder.calls == 1
    stored = client.get(f"/articles/{item['id']}").json()
    assert stored["outlet"] == "Andes Courier" and stored["events"][0]["type"] == "AGREE"
    assert client.get("/stats").json()["articles"] == 7


def test_api_post_articles_reports_bad_items_and_keeps_good_ones(make_client, auth):
    body = [ARTICLE | {"text": ARTICLE["text"] + " Both sides agreed."}, {"text": "   "}]
    result = make_client().post("/articles", json=body, headers=auth).json()
    assert [i["status"] for i in result["items"]] == ["coded", "error"]
    assert result["items"][1]["error"]["code"] == "E001"
    assert result["stored"] == 1 and result["errors"] == 1


def test_api_post_articles_validates_fields(make_client, auth):
    client = make_client()
    assert client.post("/articles", json={"title": "no text"}, headers=auth).status_code == 422
    assert client.post("/articles", json=ARTICLE | {"published": "May 3"}, headers=auth).status_code == 422


def test_api_code_returns_coded_article_and_stores_nothing(make_client, auth):
    client = make_client()
    body = client.post("/code", json={"text": ARTICLE["text"], "published": "2024-05-03"}, headers=auth).json()
    assert body["schema_version"] == "1.0"
    assert [e["type"] for e in body["events"]] == ["AGREE"]
    assert body["article"]["published"] == "2024-05-03"
    assert client.get("/stats").json()["articles"] == 6


def test_api_body_over_the_limit_is_413_by_content_length(make_client, auth):
    client = make_client()
    big = b'{"text": "' + b"a" * (30 * 1024 * 1024) + b'"}'
    response = client.post("/code", content=big, headers=auth | {"Content-Type": "application/json"})
    assert response.status_code == 413


def test_api_streamed_body_over_the_limit_is_413(make_client, auth):
    client = make_client(max_body_bytes=1000)

    def chunks():  # no Content-Length: the server must count what arrives
        yield b'{"text": "'
        for _ in range(10):
            yield b"a" * 500
        yield b'"}'

    response = client.post("/code", content=chunks(), headers=auth | {"Content-Type": "application/json"})
    assert response.status_code == 413
    small = client.post("/code", json={"text": "Chile agreed."}, headers=auth)
    assert small.status_code == 200


def test_api_cors_closed_unless_configured(make_client):
    origin = {"Origin": "https://evil.example"}
    assert "access-control-allow-origin" not in make_client().get("/health", headers=origin).headers
    allowed = make_client(cors_origins=["https://desk.example"])
    response = allowed.get("/health", headers={"Origin": "https://desk.example"})
    assert response.headers["access-control-allow-origin"] == "https://desk.example"


def test_api_reads_need_no_token(make_client):
    client = make_client()
    assert client.get("/events").status_code == 200


@pytest.mark.parametrize("path", ["/code", "/articles"])
@pytest.mark.parametrize("field", ["text", "title"])
def test_api_text_that_is_not_utf8_is_422_with_e002(make_client, auth, path, field):
    body = dict(ARTICLE) if path == "/articles" else {"text": ARTICLE["text"]}
    body[field] = body.get(field, "Talks") + " \\ud800"  # a lone surrogate: JSON allows it, UTF-8 does not
    raw = json.dumps(body).replace("\\\\ud800", "\\ud800")
    response = make_client().post(path, content=raw, headers=auth | {"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "E002"


def test_api_post_articles_repeated_item_is_already_stored_after_its_first(make_client, auth):
    result = make_client().post("/articles", json=[ARTICLE, ARTICLE], headers=auth).json()
    assert [i["status"] for i in result["items"]] == ["coded", "already_stored"]
    assert [i["events"] for i in result["items"]] == [1, 0]
    assert result["stored"] == 1 and result["already_stored"] == 1


def test_api_failed_write_forgets_the_unstored_signatures(make_client, auth, monkeypatch):
    from eventwire.errors import StoreError

    client = make_client()
    svc = client.app.state.service

    def broken(*args, **kwargs):
        raise StoreError("disk full (invented)")

    monkeypatch.setattr(svc.store, "write_batch", broken)
    assert client.post("/articles", json=ARTICLE, headers=auth).status_code == 503
    monkeypatch.undo()
    # the near-duplicate index is rebuilt from the store: the article is not a duplicate of itself
    again = client.post("/articles", json=ARTICLE | {"title": "Another headline"}, headers=auth).json()
    assert again["items"][0]["status"] == "coded" and again["stored"] == 1
