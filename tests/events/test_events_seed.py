"""The canonical seed article (../shared/examples) codes to what a reader takes from it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_events(code_text, seed_text):
    return code_text(seed_text, published="2021-08-20").events


def _countries(actors):
    return {a.country for a in actors}


def test_events_seed_russia_accuses_over_imposed_values(seed_events):
    assert any(e.type == "ACCUSE" and e.mode == "disapprove" and "RUS" in _countries(e.source) for e in seed_events)


def test_events_seed_russia_requests(seed_events):
    assert any(e.type == "REQUEST" and "RUS" in _countries(e.source) for e in seed_events)


def test_events_seed_taliban_end_of_hostilities_is_concede(seed_events):
    concede = [e for e in seed_events if e.type == "CONCEDE" and "hostilities" in e.trigger]
    assert concede and any("Taliban" in (a.name or a.text) for a in concede[0].source)


def test_events_seed_june_summit_is_consult_between_russia_and_usa(seed_events):
    consult = [e for e in seed_events if e.type == "CONSULT"]
    assert consult and {"RUS", "USA"} <= _countries(consult[0].source) | _countries(consult[0].target)


def test_events_seed_push_back_is_reject_of_usa(seed_events):
    reject = [e for e in seed_events if e.type == "REJECT" and "push" in e.trigger]
    assert reject and "RUS" in _countries(reject[0].source) and "USA" in _countries(reject[0].target)


def test_events_seed_outlets_are_never_sources(seed_events):
    names = {(a.name or a.text).lower() for e in seed_events for a in e.source}
    assert not any("cnn" in n or "wall street journal" in n for n in names)
    assert all(a.kind != "outlet" for e in seed_events for a in e.source)
