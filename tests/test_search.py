"""The text pipeline and the BM25 index (no telegram)."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from bot.config import Settings
from bot.evaluate import load_questions
from bot.knowledge import Entry, default_root, load_dir
from bot.search import (
    Index,
    colloquial_roots,
    document_tokens,
    is_payment_question,
    lexical,
    normalize,
    tokenize,
)
from bot.search.lexical import Lexical
from bot.services import Services
from bot.storage import Storage
from tests.conftest import make_entry

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("raw,expected", [
    ("Klien  BLM bayar!!!", "klien blm bayar"),
    ("gaji\u200b telat", "gaji telat"),
    ("ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
    ("kontrak\u202e terbalik", "kontrak terbalik"),
    ("<b>'; DROP TABLE</b>", "b drop table b"),
    ("", ""),
])
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_slang_maps_to_legal_words() -> None:
    assert tokenize("gaji telat") == tokenize("upah terlambat")
    assert "bayar" in tokenize("fee blm dibayar")
    assert set(tokenize("kontrak")) == set(tokenize("kontrak perjanjian"))
    assert tokenize("freelancer") == tokenize("pekerja lepas")
    assert tokenize("yg udh gmn") == []  # only abbreviated stopwords
    assert tokenize("gk") == tokenize("tidak")
    # chat abbreviations: the same words as written out, so they neither count as unknown
    # words nor dilute the question's coverage
    assert tokenize("kmn brp skrg trs jd lg msh") == tokenize(
        "kemana berapa sekarang terus jadi lagi masih")
    assert tokenize("pdhl taun sblm") == tokenize("padahal tahun sebelum")


def test_same_tokenizer_for_documents_and_queries(corpus: list[Entry]) -> None:
    doc = document_tokens(corpus[0])
    assert set(tokenize("telat bayar")) <= set(doc)


def test_only_the_first_words_of_a_guide_are_indexed_but_all_of_a_law() -> None:
    from bot.search.lexical import PROSE_WORDS

    filler = " ".join(["somasi"] * PROSE_WORDS)
    guide = make_entry("g", text=f"{filler} kecelakaan")
    law = make_entry("l", kind="law", regulation="UU", article="Pasal 1",
                     text=f"{filler} kecelakaan")
    assert set(tokenize("kecelakaan")) & set(document_tokens(law))
    assert not set(tokenize("kecelakaan")) & set(document_tokens(guide))
    # the title, keywords and summary of a guide are indexed whatever its length
    assert set(tokenize("kecelakaan")) <= set(document_tokens(
        make_entry("g2", text=f"{filler} kecelakaan", keywords=("kecelakaan kerja",))))


def test_payment_questions() -> None:
    for q in ("klien telat bayar", "gaji blm cair", "fee dipotong sepihak",
              "my client hasn't paid me", "cara nagih klien"):
        assert is_payment_question(q), q
    for q in ("apa itu bpjs", "hapus data pribadi", "cara bayar iuran bpjs"):
        assert not is_payment_question(q), q


def test_index_matches_rank_bm25_scores(corpus: list[Entry]) -> None:
    index = Index(corpus)
    docs = [document_tokens(e) for e in corpus]
    naive = BM25Okapi(docs)
    for q in ("telat bayar somasi", "bpjs kerja", "data pribadi hapus"):
        terms = index.lex.query_terms(q)
        assert np.allclose(index.lex.scores(terms), naive.get_scores(terms))


def test_index_matches_rank_bm25_on_the_knowledge_base() -> None:
    # our own idf (with rank-bm25's epsilon floor for terms in more than half of the entries)
    # against rank-bm25's public scores, on the shipped entries and the tuning questions
    entries = load_dir(default_root())
    lex = Lexical(entries, typos=False)
    docs = [document_tokens(e) for e in entries]
    naive = BM25Okapi(docs)
    df = Counter(t for doc in docs for t in set(doc))
    questions = [r["q"] for r in load_questions(DATA / "eval.jsonl")][::4]
    questions += ["pasal kontrak kerja bayar", "hubungan kerja pekerja lepas uu"]
    floored = 0
    for q in questions:
        terms = lex.query_terms(q)
        floored += sum(2 * df[t] > len(docs) for t in terms)
        ours, theirs = lex.scores(terms), naive.get_scores(terms)
        assert np.allclose(ours, theirs, rtol=1e-12, atol=1e-12), q
    assert floored >= 5  # the negative-idf floor is exercised


def test_search_answers_and_abstains(corpus: list[Entry]) -> None:
    index = Index(corpus)
    res = index.search("klien telat bayar")
    assert res.answered and res.hits[0].entry.id == "telat-bayar"
    assert res.suggested_flow == "payment_dispute"
    assert not index.search("resep rendang padang").answered


def test_typos_are_corrected_but_not_first_letters(corpus: list[Entry]) -> None:
    index = Index(corpus)
    assert index.search("jamsostk").hits[0].entry.id == "bpjs"
    assert "bilang" not in index.lex.query_terms("tilang")


@pytest.mark.parametrize("word,known,corrected", [
    ("beres", "bears", False),  # two edits apart, though both lose a letter to "bers"
    ("kontark", "kontrak", True),  # neighbouring letters swapped: one edit
    ("gajih", "gaji", True),
    ("kliem", "klien", True),
])
def test_a_correction_is_one_edit(word: str, known: str, corrected: bool) -> None:
    from bot.search.lexical import _DeleteIndex

    assert (_DeleteIndex([known]).correct(word) == known) is corrected


def test_empty_inputs(corpus: list[Entry]) -> None:
    assert not Index([]).search("apa saja").answered
    index = Index(corpus)
    for q in ("", "   ", "???", "\u200b", "yang dan di"):
        res = index.search(q)
        assert not res.answered and res.hits == ()


def wide_corpus() -> list[Entry]:
    """35 provisions that all answer one question (within the cut-off of each other) among 70
    entries on other matters: enough to show more than 10 entries, or keep more than 20 for
    "Lainnya", if ``k`` and ``more`` were not clamped."""
    laws = [make_entry(f"honor-{i:02d}", kind="law", title=f"Pasal {i} tentang honor terlambat",
                       citation=f"UU Contoh Pasal {i}",
                       summary="Honor yang terlambat dibayar klien wajib dibayar dengan denda.",
                       keywords=("honor terlambat", "denda keterlambatan"))
            for i in range(35)]
    words = ["bpjs", "cuti", "lembur", "pesangon", "kontrak", "privasi", "pajak", "asuransi",
             "sertifikat", "magang"]
    other = [make_entry(f"lain-{i:02d}", topic="lain",
                        title=f"{words[i % 10]} {words[(i * 3 + 1) % 10]} nomor {i}",
                        summary=f"Penjelasan {words[i % 10]} untuk pekerja {words[(i + 5) % 10]}.",
                        keywords=(words[i % 10],))
             for i in range(70)]
    return laws + other


WIDE_QUESTION = "honor terlambat dibayar denda"


@pytest.mark.parametrize("k,more,shown,kept", [
    (1000, 5, 10, 5),  # unclamped: 14 shown
    (0, 5, 1, 5),  # unclamped: nothing shown, so no answer
    (-5, 5, 1, 5),
    (1, 1000, 1, 20),  # unclamped: 29 kept for "Lainnya"
    (3, 5, 3, 5),
])
def test_k_is_clamped(k: int, more: int, shown: int, kept: int) -> None:
    index = Index(wide_corpus())
    res = index.search(WIDE_QUESTION, k=k, more=more)
    assert res.answered
    assert (len(res.hits), len(res.more)) == (shown, kept)


def test_decision_thresholds_are_pinned() -> None:
    # changing these changes who gets an answer: retrain (python -m bot train-decision), re-run
    # the evaluation sets, and update the README's figures
    from bot.search.decide import load_models

    models = load_models()
    assert {name: m.threshold for name, m in models.items()} == PINNED_THRESHOLDS
    from bot.search.engine import LEXICAL_MIN_COVERAGE, LEXICAL_MIN_EXAMPLE, LEXICAL_MIN_SCORE

    assert (LEXICAL_MIN_COVERAGE, LEXICAL_MIN_SCORE, LEXICAL_MIN_EXAMPLE) == (0.35, 2.0, 0.7)
    assert models["full"].features == ("lex", "cov", "ex_lex", "ex_cov", "sem", "ex_sem",
                                       "agree", "field", "field_word", "unknown", "topic")
    from bot.search.decide import load_topic
    from bot.search.rank import RANK_FEATURES, load_ranker

    topic, ranker = load_topic(), load_ranker()
    assert topic is not None and topic.weights.shape == (384,)
    assert ranker is not None and ranker.model.features == RANK_FEATURES
    from bot.search.engine import RANK_RELATIVE

    assert RANK_RELATIVE == 0.0


PINNED_THRESHOLDS = {"full": 0.72}


@pytest.mark.parametrize("word,root", [
    ("dibatalin", "batal"), ("ngirimin", "kirim"), ("nyebarin", "sebar"), ("ngasih", "kasih"),
    ("bayarin", "bayar"), ("mutusin", "putus"), ("ngebayar", "bayar"),
])
def test_colloquial_roots(word: str, root: str) -> None:
    assert root in colloquial_roots(word)


def test_colloquial_root_of_plain_word() -> None:
    assert colloquial_roots("klien") == []


def test_colloquial_forms_stem_like_their_roots() -> None:
    from bot.search import stem

    assert stem("dibatalin") == stem("dibatalkan") == "batal"
    assert stem("nyebarin") == "sebar" and stem("kemarin") == "kemarin"


def test_payment_and_problem_terms_survive_the_pipeline() -> None:
    # is_payment_question looks these up among the normalised, expanded words and their
    # stems: a term the slang map or the stemmer turns into another word could never match
    from bot.search import stem
    from bot.search.text import PAYMENT_TERMS, PROBLEM_TERMS, analyze

    for term in sorted(PAYMENT_TERMS | PROBLEM_TERMS):
        words = analyze(term)
        assert term in set(words) | {stem(w) for w in words}, (term, words)
    # the English negations still count, through the words the slang map gives them
    for q in ("client hasn't paid me", "they didn't pay", "he won't pay my invoice",
              "never paid", "not paid yet", "haven't been paid", "doesn't pay the fee"):
        assert is_payment_question(q), q


def _fresh_token_caches() -> None:
    lexical._entry_counts.cache_clear()
    lexical._text_counts.cache_clear()
    lexical._STORED_COUNTS.clear()
    lexical._NEW_COUNTS.clear()


def test_stored_token_counts_build_the_same_index_without_tokenising(
        monkeypatch: pytest.MonkeyPatch) -> None:
    entries = load_dir(default_root())[:60]
    questions = ["klien telat bayar invoice 2 bulan", "kontrak kerja waktu tertentu berapa lama",
                 "akun mitra diblokir saldo hilang"]
    _fresh_token_caches()
    fresh = Index(entries)
    stored = lexical.take_new_counts()
    assert len(stored) >= len(entries)  # every entry and example question
    storage = Storage()
    storage.save_token_counts(stored, lexical.PIPELINE)
    _fresh_token_caches()
    lexical.preload_counts(storage.token_counts(lexical.PIPELINE))

    def no_tokenising(*args: object, **kwargs: object) -> None:
        raise AssertionError("tokenised although the counts were stored")

    monkeypatch.setattr(lexical, "document_tokens", no_tokenising)
    monkeypatch.setattr(lexical, "normalize", no_tokenising)
    again = Index(entries)
    monkeypatch.undo()
    for q in questions:
        a, b = fresh.search(q), again.search(q)
        assert [h.entry.id for h in a.hits] == [h.entry.id for h in b.hits]
        assert [h.score for h in a.hits] == [h.score for h in b.hits]
    assert lexical.take_new_counts() == []
    _fresh_token_caches()


def test_token_counts_of_another_pipeline_or_entry_version_are_not_used() -> None:
    entry = load_dir(default_root())[0]
    _fresh_token_caches()
    Index([entry])
    rows = lexical.take_new_counts()
    storage = Storage()
    storage.save_token_counts(rows, "old-pipeline")
    assert list(storage.token_counts(lexical.PIPELINE)) == []
    # a new pipeline's rows replace the old pipeline's
    storage.save_token_counts(rows, lexical.PIPELINE)
    assert list(storage.token_counts("old-pipeline")) == []
    assert len(list(storage.token_counts(lexical.PIPELINE))) == len(rows)
    # an edited entry has another key: its old counts are not used
    changed = dataclasses.replace(entry, summary=entry.summary + " Denda keterlambatan.")
    assert lexical.counts_key(changed) != lexical.counts_key(entry)
    _fresh_token_caches()
    lexical.preload_counts(storage.token_counts(lexical.PIPELINE))
    index = Index([changed])
    assert "denda" in index.lex.postings
    _fresh_token_caches()


def test_a_rebuild_stores_token_counts_and_a_restart_reads_them(services: Services,
                                                                 settings: Settings) -> None:
    _fresh_token_caches()
    services.rebuild()
    assert len(list(services.storage.token_counts(lexical.PIPELINE))) >= len(services.index)
    _fresh_token_caches()
    Services(settings, services.storage, semantic=False)
    assert len(lexical._STORED_COUNTS) >= len(services.index)
    services.rebuild()
    assert lexical._STORED_COUNTS == {} and lexical.take_new_counts() == []
    _fresh_token_caches()


def test_many_example_questions_are_counted_without_the_cache(
        monkeypatch: pytest.MonkeyPatch) -> None:
    entries = load_dir(default_root())[:20]
    q = "klien telat bayar invoice 2 bulan"
    _fresh_token_caches()
    cached = Index(entries).search(q)
    _fresh_token_caches()
    Index(entries[:0])
    monkeypatch.setattr(lexical, "TEXT_COUNTS_MAX", 5)  # fewer than the examples
    uncached = Index(entries).search(q)
    assert lexical._text_counts.cache_info().currsize == 0
    # only the entries' counts are listed for storing
    assert {row[0] for row in lexical.take_new_counts()} == {lexical.counts_key(e)
                                                             for e in entries}
    assert [(h.entry.id, h.score) for h in cached.hits] == \
        [(h.entry.id, h.score) for h in uncached.hits]
    _fresh_token_caches()


def test_token_counts_of_old_versions_are_pruned_at_the_next_start(
        services: Services, settings: Settings) -> None:
    _fresh_token_caches()
    services.rebuild()
    entry = services.storage.live_entries()[0]
    services.storage.save_entry(
        dataclasses.replace(entry, summary=entry.summary + " Diperbarui."), "mod", "edit")
    services.rebuild()
    stored = {row[0] for row in services.storage.token_counts(lexical.PIPELINE)}
    live = lexical.live_counts_keys(services.storage.live_entries())
    assert lexical.counts_key(entry) in stored - live  # the old version's row is still there
    restarted = Services(settings, services.storage, semantic=False)
    restarted.rebuild()
    stored = {row[0] for row in services.storage.token_counts(lexical.PIPELINE)}
    assert stored <= live and lexical.counts_key(entry) not in stored
    assert {lexical.counts_key(e) for e in services.storage.live_entries()} <= stored
    _fresh_token_caches()


def test_the_threshold_is_chosen_on_probabilities_held_out_by_set() -> None:
    from bot.search.decide import FEATURES, fit
    from bot.search.train import _held_out, _threshold_from

    rng = np.random.default_rng(7)
    feats: list[dict[str, float]] = []
    labels: list[int] = []
    sets: list[str] = []
    for name, shift in (("a", 0.0), ("b", 0.5), ("c", -0.5)):
        for i in range(60):
            y = int(i % 4 != 0)
            feats.append({f: float(rng.normal(y + shift * (f == "lex"), 1.0)) for f in FEATURES})
            labels.append(y)
            sets.append(name)
    held = _held_out(feats, labels, sets)
    assert held is not None
    # the rows of set "a" are scored by a model that never saw them
    others = [i for i, s in enumerate(sets) if s != "a"]
    model = fit([feats[i] for i in others], [labels[i] for i in others], FEATURES)
    assert held[0] == pytest.approx(model.probability(feats[0]))
    # the threshold answers at most 10% of the rows to decline, and no lower one does
    t = _threshold_from(held, labels, 0.10)
    neg = [p for p, y in zip(held, labels, strict=True) if not y]
    assert sum(p >= t for p in neg) <= 0.10 * len(neg) < sum(p >= t - 0.01 for p in neg)
    assert _held_out(feats, labels, ["a"] * len(labels)) is None  # one set: nothing to hold out


def test_the_law_ranking_knows_where_a_provision_stands_in_the_leading_guides_basis() -> None:
    from bot.search.rank import candidates

    # rows: 0 the guide (basis: 3 first, then 2), 1-3 provisions
    is_law = [False, True, True, True]
    basis: list[list[int]] = [[3, 2], [], [], []]
    fused = np.array([0.4, 0.3, 0.2, 0.1])
    sig = {"lex_all": fused.copy()}
    ranks = {"lex_all": np.array([1, 2, 3, 4])}
    cands = candidates(is_law, basis, sig, ranks, fused, [0, 1, 2, 3], 60)
    bpos = {row: f["bpos"] for row, f in zip(cands.rows, cands.feats, strict=True)}
    assert bpos == {1: 0.0, 2: 0.5, 3: 1.0}


def _fitted_feature(monkeypatch: pytest.MonkeyPatch, name: str) -> list[float]:
    """The values of feature ``name`` in the rows the law ranking is fitted on (filled when
    ``fit_ranker`` runs)."""
    import bot.search.rank as rank

    seen: list[float] = []
    real_fit = rank.fit

    def spy(rows, labels, features):  # type: ignore[no-untyped-def]
        seen.extend(r[name] for r in rows)
        return real_fit(rows, labels, features)

    monkeypatch.setattr(rank, "fit", spy)
    return seen


def test_the_ranking_prior_leaves_out_each_questions_own_label(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from collections import Counter

    import bot.search.rank as rank

    # provision "a" is accepted for one question only: in fitting, that question sees no prior
    cands = rank.Candidates((7, 8), ({"fused": 1.0}, {"fused": 1.0}))
    seen = _fitted_feature(monkeypatch, "prior")
    ranker = rank.fit_ranker([(cands, ["a", "b"], {7}, None)], Counter({"a": 1}), 1)
    assert seen == [0.0, 0.0]
    assert ranker.prior_feature("a") == rank.prior_feature({"a": 1000.0}, "a") > 0


def test_the_conditional_prior_leaves_each_question_out_and_is_stored_per_guide(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from collections import Counter

    import bot.search.rank as rank

    # two questions led by guide "g" accepted provision "a" (row 7), one led by no guide
    cands = rank.Candidates((7, 8), ({"fused": 1.0}, {"fused": 1.0}), lead=3)
    seen = _fitted_feature(monkeypatch, "cprior")
    ranker = rank.fit_ranker([(cands, ["a", "b"], {7}, "g"), (cands, ["a", "b"], {7}, "g"),
                              (cands, ["a", "b"], {8}, None)], Counter({"a": 2, "b": 1}), 3)
    # each question sees the other one: (2 - 1) / (2 - 1 + COND_PSEUDO); "b" was never
    # accepted under "g"; the question with no guide sees no conditional prior
    share = 1 / (1 + rank.COND_PSEUDO)
    assert seen == [share, 0.0, share, 0.0, 0.0, 0.0]
    assert ranker.cond == {"g": {"a": 2 / (2 + rank.COND_PSEUDO)}}
    again = rank.Ranker.from_json(json.loads(json.dumps(ranker.to_json())))
    assert again.cond == {"g": {"a": round(2 / (2 + rank.COND_PSEUDO), 4)}}
    # at answer time the feature is looked up by the leading guide's row
    sig = {"sem": np.array([0.1, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.9, 0.8])}
    ranks = {"sem": np.array([4, 0, 0, 3, 0, 0, 0, 1, 2])}
    is_law = [False, True, True, False, True, True, True, True, True]
    basis: list[list[int]] = [[] for _ in is_law]
    got = rank.candidates(is_law, basis, sig, ranks, sig["sem"], [7, 8, 3], 10,
                          cond={3: {7: 0.4}})
    assert got.lead == 3
    assert [f["cprior"] for f in got.feats] == [0.4, 0.0]
