"""Retrieval quality on the evaluation sets, against the floors the README states.

``tests/data/eval.jsonl`` is the tuning set (written as workers write: slang, typos, English,
off-topic); ``tests/data/heldout.jsonl`` was written separately and is not used for tuning;
``tests/data/heldout2.jsonl`` was written last, its author told nothing of the scope rules.
Reproduce the figures with ``python -m bot eval`` (``--misses`` lists what went wrong).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.evaluate import Report, evaluate, load_questions
from bot.knowledge import default_root, load_dir
from bot.search import Index

DATA = Path(__file__).parent / "data"
# Floors (README "Retrieval quality"): a change that drops below them fails the suite.
FLOORS = {
    "eval.jsonl": {"hit3": 0.90, "abstention": 0.95, "offtopic_rejected": 0.95},
    "heldout.jsonl": {"hit3": 0.86, "abstention": 0.90, "offtopic_rejected": 0.80},
    # written last, by someone told nothing of the scope rules; never used for tuning
    "heldout2.jsonl": {"hit3": 0.83, "abstention": 0.90, "offtopic_rejected": 0.80},
    # practical questions that share a gig worker's words (laptops, transfers, CVs, taxes…)
    # and legal ones that look like them: the tuning set of the scope rules
    "scope.jsonl": {"hit3": 0.80, "abstention": 0.85, "offtopic_rejected": 0.85},
}


@pytest.fixture(scope="module")
def index() -> Index:
    return Index(load_dir(default_root()))


def test_eval_set_shape() -> None:
    rows = load_questions(DATA / "eval.jsonl")
    styles = Counter(r["style"] for r in rows)
    assert len(rows) >= 120
    assert styles["offtopic"] >= 10
    assert styles["slang"] / len(rows) >= 0.5
    assert styles["typo"] / len(rows) >= 0.08 and styles["en"] / len(rows) >= 0.08
    ids = {e.id for e in load_dir(default_root())}
    for row in (rows + load_questions(DATA / "heldout.jsonl")
                + load_questions(DATA / "heldout2.jsonl") + load_questions(DATA / "scope.jsonl")):
        assert set(row["expect"]) <= ids, row


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_retrieval_meets_floors(index: Index, name: str) -> None:
    report: Report = evaluate(index, load_questions(DATA / name))
    floors = FLOORS[name]
    summary = f"{name}: {report.line()}"
    print(summary)
    assert report.hit3 >= floors["hit3"], summary
    assert report.abstention >= floors["abstention"], summary
    assert report.offtopic_rejected >= floors["offtopic_rejected"], summary


@pytest.mark.parametrize("question", [
    "cara mengurus cerai", "kena tilang gimana bayarnya", "pajak crypto berapa persen",
    "resep rendang", "jual beli tanah warisan", "laptop bagus buat kerja anotasi apa ya",
    "cara tarik saldo paypal ke bank",
])
def test_off_topic_questions_get_no_answer(index: Index, question: str) -> None:
    assert not index.search(question).answered


@pytest.mark.parametrize("question", [
    "kerja dari rumah pake laptop sendiri, statusnya mitra atau karyawan?",
    "saldo paypal gw ditahan platform setelah akun disuspend, bisa dituntut?",
])
def test_practical_words_with_a_legal_question_are_answered(index: Index, question: str
                                                             ) -> None:
    assert index.search(question).answered
