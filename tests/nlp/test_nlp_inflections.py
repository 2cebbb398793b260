"""Trigger forms for the triage are generated from lemmas (regular rules + irregular data)."""

from __future__ import annotations

import pytest

from eventwire.nlp.triage import _word_forms, irregular_forms


@pytest.mark.parametrize("lemma, forms", [
    ("attack", {"attack", "attacks", "attacked", "attacking"}),
    ("agree", {"agreed", "agreeing", "agrees"}),
    ("accuse", {"accused", "accusing", "accuses"}),
    ("deny", {"denied", "denies", "denying"}),
    ("stop", {"stopped", "stopping"}),
    ("commit", {"committed", "committing"}),
    ("approach", {"approaches"}),
    ("crisis", {"crises"}),
    ("meet", {"met", "meeting"}),
    ("say", {"said", "says"}),
    ("withdraw", {"withdrew", "withdrawn"}),
    ("strike", {"struck", "strikes"}),
])
def test_nlp_inflections_cover_the_forms_of_a_lemma(lemma, forms):
    assert forms <= _word_forms(lemma)


def test_nlp_inflections_irregular_table_is_well_formed():
    table = irregular_forms()
    assert len(table) > 100
    for lemma, forms in table.items():
        assert lemma.isalpha() and lemma.islower()
        assert all(f.isalpha() and f.islower() for f in forms), lemma
