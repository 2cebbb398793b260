"""The events stage codes one occurrence once per sentence, whatever the words describing it."""

from __future__ import annotations

from eventwire.events.stage import merge_repeats
from eventwire.records import Actor, Event

POLICE = Actor(text="police", country="NLD", code="NLDCOP")
REBELS = Actor(text="rebels", country="NLD", code="NLDREB")
MAYOR = Actor(text="the mayor", country="NLD", code="NLDGOV")


def ev(eid, trigger, typ="ASSAULT", source=(POLICE,), target=(), conf=0.6, start=0, modality=None, at=0):
    return Event(id=eid, type=typ, source=list(source), target=list(target), sentence="s", start=start,
                 end=start + 10, trigger=trigger, trigger_start=at, confidence=conf, modality=modality)


def test_two_triggers_of_one_attack_become_one_event_keeping_the_target():
    kept, dropped = merge_repeats([ev("a", "crashed into", conf=0.8), ev("b", "detonated", target=[REBELS], at=5)])
    assert [e.id for e in kept] == ["b"]
    assert [(d.id, k.id) for d, k in dropped] == [("a", "b")]


def test_the_more_confident_of_equal_events_is_kept():
    kept, _ = merge_repeats([ev("a", "met", typ="CONSULT", conf=0.6), ev("b", "held talks", typ="CONSULT", conf=0.9)])
    assert [e.id for e in kept] == ["b"]


def test_different_sentences_types_sources_targets_or_modality_stay_apart():
    events = [ev("a", "shot"), ev("b", "shot", start=50), ev("c", "arrested", typ="COERCE"),
              ev("d", "shot", source=[REBELS]), ev("e", "shot", target=[REBELS]), ev("f", "shot", target=[MAYOR]),
              ev("g", "may shoot", modality="possible")]
    kept, dropped = merge_repeats(events)
    # "a" (no target) merges into one of the targeted twins; every other pair differs
    assert {k.id for k in kept} == {"b", "c", "d", "e", "f", "g"}
    assert [d.id for d, _ in dropped] == ["a"]


def test_a_sentence_with_two_phrasings_of_one_meeting_codes_one_consult(code_text):
    coded = code_text("Foreign Minister Lena Halvorsen of Norway met her Swedish counterpart in Oslo on "
                      "Monday and held talks with him on fishing quotas.", published="2024-06-04")
    consults = [e for e in coded.events if e.type == "CONSULT"]
    assert len(consults) == 1, [(e.trigger, e.source, e.target) for e in consults]


def test_participants_among_the_others_merge_but_a_targeted_act_stays():
    meet = ev("a", "met", typ="CONSULT", source=[POLICE, REBELS])
    talks = ev("b", "held talks", typ="CONSULT", source=[POLICE])
    kept, _ = merge_repeats([talks, meet])
    assert [e.id for e in kept] == ["a"]
    clash = ev("c", "clashed", source=[POLICE, REBELS])
    shot = ev("d", "shot", source=[POLICE], target=[MAYOR])
    kept, _ = merge_repeats([clash, shot])
    assert {e.id for e in kept} == {"c", "d"}
