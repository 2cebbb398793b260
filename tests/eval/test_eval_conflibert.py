from __future__ import annotations

import pytest

from eventwire.eval import conflibert


def test_eval_conflibert_reads_crlf_tsv(tmp_path):
    (tmp_path / conflibert.FILE).write_bytes(b"One sentence here.\t3\r\nAnother one.\t0\r\n")
    assert conflibert.load(tmp_path) == [("One sentence here.", 3), ("Another one.", 0)]


def test_eval_conflibert_shared_file_has_five_labels(shared):
    rows = conflibert.load(shared / "gold/conflibert-train")
    assert len(rows) > 1000 and {label for _, label in rows} == {0, 1, 2, 3, 4}


@pytest.mark.slow
def test_eval_conflibert_scores_a_slice(shared):
    r = conflibert.score(shared / "gold/conflibert-train", limit=60)
    assert r["n"] == 60 and 0 <= r["accuracy"] <= 1 and 0 <= r["macro_f1"] <= 1
    assert sum(sum(row.values()) for row in r["confusion"].values()) == 60
