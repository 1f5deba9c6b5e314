"""Answer quality on the tuning sets, against the floors the README states (model-backed).

Every set in ``tests/data/`` is a tuning set: the fusion weights and the decision model were
fitted or chosen on them (``heldout.jsonl`` and ``heldout2.jsonl`` too, by now). The blind sets
in ``tests/data/blind/`` are measured once and reported in the README, never tuned on, and have
no floors here. Reproduce the figures with ``python -m bot eval`` (``--misses`` lists what
went wrong).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import cast

import numpy as np
import pytest

from bot.config import Settings
from bot.evaluate import Report, evaluate, load_questions, shown_ids
from bot.knowledge import Entry, default_root, load_dir
from bot.search import Hit, Index, Result
from bot.search.decide import FieldNamer
from bot.search.scope import FIELDS
from bot.services import index_from_files
from bot.texts import t
from tests.conftest import make_entry

DATA = Path(__file__).parent / "data"
# Floors (README "Answer quality"): a change that drops below them fails the suite.
FLOORS = {
    "eval.jsonl": {"hit3": 0.89, "law3": 0.84, "abstention": 0.98,
                   "other_rejected": 0.89},
    "heldout.jsonl": {"hit3": 0.85, "law3": 0.74, "abstention": 0.95,
                      "other_rejected": 0.60},
    "heldout2.jsonl": {"hit3": 0.85, "law3": 0.85, "abstention": 0.95,
                       "other_rejected": 0.80},
    # practical questions that share a gig worker's words (laptops, transfers, CVs, taxes…)
    # and legal ones that look like them
    "scope.jsonl": {"hit3": 0.92, "law3": 0.92, "abstention": 0.92,
                    "other_rejected": 0.88},
    # the topics added with the extended legal sources (THR, minimum wage, penalties, ...)
    "topics2.jsonl": {"hit3": 0.96, "law3": 0.95, "abstention": 0.99,
                      "other_rejected": 0.96},
    # long stories, several questions in one message, letters to a legal clinic
    "stories.jsonl": {"hit3": 0.96, "law3": 0.96, "abstention": 0.96,
                      "other_rejected": 0.86},
    # written by helpers who never saw the repository, then tuned on: workers' chat voice
    "voices.jsonl": {"hit3": 0.87, "law3": 0.85, "abstention": 0.92,
                     "other_rejected": 0.90},
    "voices2.jsonl": {"hit3": 0.89, "law3": 0.88, "abstention": 0.92,
                      "other_rejected": 0.95},
    "voices3.jsonl": {"hit3": 0.91, "law3": 0.90, "abstention": 0.92,
                      "other_rejected": 0.91},
    "voices4.jsonl": {"hit3": 0.83, "law3": 0.82, "abstention": 0.94,
                      "other_rejected": 0.90},
    # measured once before any fit or knowledge change on it (law@3 0.77), then tuned on
    "voices5.jsonl": {"hit3": 0.88, "law3": 0.88, "abstention": 0.96,
                      "other_rejected": 0.95},
    # measured once before any fit on it (law@3 0.86), then tuned on
    "voices6.jsonl": {"hit3": 0.88, "law3": 0.88, "abstention": 0.96,
                      "other_rejected": 0.90},
    # ... and questions in the style of legal-clinic sites and forums
    "clinic.jsonl": {"hit3": 0.84, "law3": 0.83, "abstention": 0.96,
                     "other_rejected": 0.86},
    "clinic2.jsonl": {"hit3": 0.85, "law3": 0.84, "abstention": 0.97,
                      "other_rejected": 0.90},
    "clinic3.jsonl": {"hit3": 0.88, "law3": 0.87, "abstention": 0.96,
                      "other_rejected": 0.95},
    "clinic4.jsonl": {"hit3": 0.87, "law3": 0.86, "abstention": 0.96,
                      "other_rejected": 0.95},
    # measured once before any fit or knowledge change on it (law@3 0.82), then tuned on
    "clinic5.jsonl": {"hit3": 0.88, "law3": 0.88, "abstention": 0.98,
                      "other_rejected": 0.95},
    # measured once before any fit on it (law@3 0.80), then tuned on
    "clinic6.jsonl": {"hit3": 0.87, "law3": 0.82, "abstention": 0.96,
                      "other_rejected": 0.95},
}


@pytest.fixture(scope="module")
def index() -> Index:
    # the real model and the shipped vectors, as the bot answers
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KAWANGIG_SEMANTIC", "on")
        return index_from_files(Settings(knowledge_dir=default_root()))


def test_eval_set_shape() -> None:
    rows = load_questions(DATA / "eval.jsonl")
    styles = Counter(r["style"] for r in rows)
    assert len(rows) >= 120
    assert styles["offtopic"] >= 10
    assert styles["slang"] / len(rows) >= 0.5
    assert styles["typo"] / len(rows) >= 0.08 and styles["en"] / len(rows) >= 0.08
    ids = {e.id for e in load_dir(default_root())}
    names = ("heldout", "heldout2", "scope", "topics2", "stories", "voices", "voices2",
             "voices3", "voices4", "voices5", "voices6", "clinic", "clinic2", "clinic3",
             "clinic4", "clinic5", "clinic6")
    for row in rows + [r for n in names for r in load_questions(DATA / f"{n}.jsonl")]:
        assert set(row["expect"]) | set(row.get("guides", ())) <= ids, row


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_retrieval_meets_floors(index: Index, name: str) -> None:
    report: Report = evaluate(index, load_questions(DATA / name))
    floors = FLOORS[name]
    summary = f"{name}: {report.line()}"
    print(summary)
    assert report.hit3 >= floors["hit3"], summary
    assert report.law3 >= floors["law3"], summary
    assert report.abstention >= floors["abstention"], summary
    assert report.other_rejected >= floors["other_rejected"], summary


@pytest.mark.parametrize("question", [
    "cara mengurus cerai", "kena tilang gimana bayarnya", "pajak crypto berapa persen",
    "resep rendang", "jual beli tanah warisan", "laptop bagus buat kerja anotasi apa ya",
    "cara tarik saldo paypal ke bank",
])
def test_off_topic_questions_get_no_answer(index: Index, question: str) -> None:
    assert not index.search(question).answered


@pytest.mark.parametrize("question", [
    "lagi hamil 4 bulan, kantor bilang cuti lahiran ga dibayar",
    "absen pake aplikasi yg lacak lokasi terus bahkan malem hari",
    "aku disuruh bayar uang jaminan 2 juta sebelum mulai kerja",
    "vendor anotasi udah 2 bulan ga bayar honor, aku harus gimana",
])
def test_a_leading_guide_is_shown_with_a_provision_it_rests_on(index: Index,
                                                               question: str) -> None:
    result = index.search(question)
    assert result.answered and result.hits[0].entry.kind == "guide", question
    guide = result.hits[0].entry
    assert {h.entry.id for h in result.hits[1:3]} & set(guide.basis), (
        guide.id, [h.entry.id for h in result.hits])


@pytest.mark.parametrize("question", [
    "kerja dari rumah pake laptop sendiri, statusnya mitra atau karyawan?",
    "saldo paypal gw ditahan platform setelah akun disuspend, bisa dituntut?",
])
def test_practical_words_with_a_legal_question_are_answered(index: Index, question: str
                                                             ) -> None:
    assert index.search(question).answered


def test_the_field_namer_is_fitted_on_todays_prototypes(index: Index) -> None:
    # refit with ``python -m bot train-decision`` after changing bot/search/prototypes.json
    assert index.namer is not None and index.field_vecs is not None
    assert index.namer.names == tuple(sorted(FIELDS))
    named = [index.namer.classify(vec)[0] for vec in index.field_vecs]
    right = sum(a == b for a, b in zip(named, index.field_names, strict=True))
    assert right / len(named) >= 0.9


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_every_field_says_where_to_go(name: str) -> None:
    for lang in ("id", "en"):
        field, where = t(f"field_{name}", lang).split("|")
        assert field and where
    assert len(FIELDS[name][0]) >= 10  # prototype questions


def test_a_field_the_namer_is_unsure_of_is_not_named(index: Index) -> None:
    question = "cara daftar merek dagang buat usaha sablon"  # no word of another field
    assert index.search(question).kind == "out_of_scope"
    assert index.namer is not None
    unsure = FieldNamer(index.namer.names, np.zeros_like(index.namer.weights),
                        np.zeros_like(index.namer.bias), index.namer.mean)
    sure, index.namer = index.namer, unsure
    try:
        result = index.search(question)
        assert not result.answered and result.kind == "unknown" and result.field is None
        # an unmistakable word still names its field
        assert index.search("kena tilang gimana bayarnya").field == "lalu-lintas"
    finally:
        index.namer = sure


class CannedIndex:
    """Stands in for an ``Index``: each question gets a prepared result (what evaluate reads:
    ``search`` and ``by_id``)."""

    def __init__(self, entries: list[Entry], results: dict[str, Result]) -> None:
        self.by_id = {e.id: e for e in entries}
        self.results = results

    def search(self, text: str, k: int = 3, more: int = 5) -> Result:
        return self.results[text]


def test_only_what_is_shown_counts() -> None:
    # what the worker sees, in order: each question's entries under its own heading (a shared
    # entry twice); the entries behind "Lainnya" are hidden until asked for
    a, b, c, d = (make_entry(x, kind="law") for x in "abcd")

    def hits(*entries: Entry) -> tuple[Hit, ...]:
        return tuple(Hit(e, 1.0) for e in entries)

    two = Result("two", True, hits(a, b, d), more=hits(c),
                 parts=(Result("1", True, hits(a, b)), Result("2", True, hits(a, d))))
    one = Result("one", True, hits(a), more=hits(d, c))
    index = cast(Index, CannedIndex([a, b, c, d], {"two": two, "one": one}))
    assert shown_ids(two) == ["a", "b", "a", "d"]
    for q in ("two", "one"):
        # d is the 4th entry shown, or behind "Lainnya": not among the first three shown
        report = evaluate(index, [{"q": q, "expect": ["d"]}])
        assert (report.hit3, report.law3, report.wrong) == (0.0, 0.0, 1.0), q
    assert evaluate(index, [{"q": "two", "expect": ["d"]}]).mrr == 1 / 4
    assert evaluate(index, [{"q": "one", "expect": ["d"]}]).mrr == 1 / 2
    assert evaluate(index, [{"q": "two", "expect": ["b"]}]).hit3 == 1.0


def test_declined_other_fields_leaves_out_uncovered_questions_of_ours() -> None:
    a = make_entry("a", kind="law")
    refused = Result("x", False, (), kind="unknown")
    answered = Result("y", True, (Hit(a, 1.0),))
    index = cast(Index, CannedIndex([a], {"divorce": refused, "uncovered": answered,
                                          "tax": answered, "hi": refused}))
    report = evaluate(index, [
        {"q": "divorce", "expect": [], "scope": "out"},
        {"q": "tax", "expect": []},  # no scope mark: another field
        {"q": "hi", "expect": [], "scope": "out"},
        {"q": "uncovered", "expect": [], "scope": "in"},
    ])
    assert (report.offtopic, report.uncovered) == (4, 1)
    assert report.offtopic_rejected == 2 / 4
    assert report.other_rejected == 2 / 3
