"""Semantic retrieval, example questions, law-first answers, two-question messages and the
answer/refuse decision (no telegram)."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Sequence
from typing import ClassVar

import numpy as np
import pytest

from bot.config import Settings
from bot.knowledge import Entry, default_root, load_dir
from bot.search import Index, question_part, vectors_needed
from bot.search.scope import is_small_talk
from bot.search.semantic import DIM, load_shipped, passage_text, vector_key
from bot.services import Services
from bot.storage import Storage
from tests.conftest import make_entry


class FakeEmbedder:
    """Deterministic vectors: the normalised sum of one random vector per word, with synonyms
    sharing a vector (so "wage" and "upah" are close without sharing letters)."""

    name = "fake"
    # synonyms share one vector
    SAME: ClassVar[dict[str, str]] = {"wage": "upah", "salary": "upah", "gaji": "upah",
                                      "pay": "bayar", "paid": "bayar"}

    def __init__(self) -> None:
        self.calls: list[str] = []

    def _vec(self, text: str) -> np.ndarray:
        total = np.zeros(DIM, dtype=np.float32)
        for word in text.lower().replace("?", " ").replace(".", " ").split():
            word = self.SAME.get(word, word)
            seed = int(hashlib.sha1(word.encode()).hexdigest()[:8], 16)
            total += np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
        norm = float(np.linalg.norm(total)) or 1.0
        return total / norm

    def query(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.extend(texts)
        return np.stack([self._vec(t) for t in texts])

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.extend(texts)
        return np.stack([self._vec(t) for t in texts])


def _vectors(entries: list[Entry], emb: FakeEmbedder) -> dict[str, np.ndarray]:
    todo = vectors_needed(entries)
    return {k: (emb.passage([t]) if role == "passage" else emb.query([t]))[0]
            for k, (role, t) in todo.items()}


@pytest.fixture
def guide_corpus() -> list[Entry]:
    return [
        make_entry("kuhperdata-1238", kind="law", regulation="KUHPerdata", article="Pasal 1238",
                   citation="KUHPerdata Pasal 1238", title="Debitur lalai setelah ditegur",
                   summary="Klien yang tidak membayar setelah ditegur lalai.",
                   text="Debitur dinyatakan lalai dengan surat perintah.",
                   keywords=("lalai", "ditegur")),
        make_entry("kuhperdata-1243", kind="law", regulation="KUHPerdata", article="Pasal 1243",
                   citation="KUHPerdata Pasal 1243", title="Ganti rugi karena lalai",
                   summary="Penggantian biaya, kerugian dan bunga bila lalai.",
                   text="Penggantian biaya, kerugian dan bunga.", keywords=("ganti rugi",)),
        make_entry("panduan-somasi", title="Cara menulis somasi ke klien",
                   summary="Somasi adalah teguran tertulis agar klien membayar honor.",
                   keywords=("somasi", "surat teguran", "klien telat bayar honor"),
                   basis=("kuhperdata-1238", "kuhperdata-1243"),
                   questions=("klien ngilang abis kerjaan beres, gw harus ngapain",)),
        make_entry("bpjs", topic="jaminan-sosial", title="BPJS untuk pekerja lepas",
                   summary="Pekerja lepas bisa mendaftar BPJS Ketenagakerjaan sendiri.",
                   keywords=("bpjs", "jamsostek")),
    ]


def test_a_guide_is_shown_with_the_law_it_rests_on(guide_corpus: list[Entry]) -> None:
    index = Index(guide_corpus)
    res = index.search("cara menulis somasi ke klien yang telat bayar honor")
    assert res.answered
    kinds = [(h.entry.id, h.entry.kind) for h in res.hits]
    assert kinds[0] == ("panduan-somasi", "guide")
    assert {"kuhperdata-1238", "kuhperdata-1243"} <= {i for i, _ in kinds[1:]}
    assert sum(k != "law" for _, k in kinds) <= 1


def test_an_example_question_leads_to_its_entry(guide_corpus: list[Entry]) -> None:
    index = Index(guide_corpus)
    res = index.search("klien ngilang abis kerjaan beres")
    assert res.hits and res.hits[0].entry.id == "panduan-somasi"


def test_semantic_signal_finds_entries_sharing_no_word(guide_corpus: list[Entry]) -> None:
    emb = FakeEmbedder()
    index = Index(guide_corpus, _vectors(guide_corpus, emb), emb)
    assert index.semantic
    # "wage"/"salary" share no letters with "upah", but the (fake) model puts them together
    sig, feats, _ = index._signals("salary debitur", "salary debitur")
    assert index.entries[int(np.argmax(sig["sem"]))].id == "kuhperdata-1238"
    assert 0 < feats["sem"] <= 1


@pytest.mark.parametrize("favoured", ["kuhperdata-1238", "kuhperdata-1243"])
def test_the_law_ranking_orders_the_provisions(guide_corpus: list[Entry], favoured: str) -> None:
    # a ranking that only knows the prior: the provision with the prior comes first
    from bot.search.decide import FEATURES, Model
    from bot.search.rank import RANK_FEATURES, Ranker

    weights = tuple(1.0 if f == "prior" else 0.0 for f in RANK_FEATURES)
    n = len(RANK_FEATURES)
    ranker = Ranker(Model(RANK_FEATURES, weights, 0.0, 0.5, (0.0,) * n, (1.0,) * n),
                    {favoured: 50.0})
    emb = FakeEmbedder()
    m = len(FEATURES)
    answer = Model(FEATURES, (0.0,) * m, 0.0, 0.0, (0.0,) * m, (1.0,) * m)  # always answers
    index = Index(guide_corpus, _vectors(guide_corpus, emb), emb, models={"full": answer},
                  ranker=ranker)
    res = index.search("cara menulis somasi ke klien yang telat bayar honor")
    laws = [h.entry.id for h in res.hits if h.entry.kind == "law"]
    assert laws[0] == favoured and len(laws) == 2


def test_missing_vectors_fall_back_to_lexical(guide_corpus: list[Entry]) -> None:
    emb = FakeEmbedder()
    index = Index(guide_corpus, {}, emb)
    assert not index.semantic
    assert index.search("cara menulis somasi").hits[0].entry.id == "panduan-somasi"


def test_two_questions_are_answered_separately(guide_corpus: list[Entry]) -> None:
    index = Index(guide_corpus)
    text = ("Aku freelancer anotasi. Gimana cara menulis somasi ke klien yang telat bayar honor? "
            "Terus bisa daftar bpjs jamsostek sendiri ga?")
    focus, asks = question_part(text)
    assert len(asks) == 2 and "Aku freelancer" not in focus
    res = index.search(text)
    assert res.answered and len(res.parts) == 2
    assert res.parts[0].hits[0].entry.id == "panduan-somasi"
    assert res.parts[1].hits[0].entry.id == "bpjs"


@pytest.mark.parametrize("text", ["makasih kak", "ok", "Halo min!", "siap, thanks ya 🙏",
                                  "terima kasih banyak"])
def test_small_talk(text: str) -> None:
    assert is_small_talk(text)


@pytest.mark.parametrize("text", ["makasih, tapi klien blm bayar", "ok jadi gaji telat gmn"])
def test_a_question_after_thanks_is_not_small_talk(text: str) -> None:
    assert not is_small_talk(text)


@pytest.mark.parametrize("text,field", [
    ("cara mengurus perceraian", "keluarga"), ("lapor spt pajak freelancer gmn", "pajak"),
    ("kena tilang etle padahal bukan saya", "lalu-lintas"),
])
def test_other_fields_are_named(guide_corpus: list[Entry], text: str, field: str) -> None:
    res = Index(guide_corpus).search(text)
    assert not res.answered and res.kind == "out_of_scope" and res.field == field


def test_a_moderators_edit_embeds_only_that_entry(guide_corpus: list[Entry],
                                                  settings: Settings) -> None:
    storage = Storage()
    storage.seed(guide_corpus)
    svc = Services(settings, storage, semantic=False)
    emb = FakeEmbedder()
    svc.embedder = emb
    svc.rebuild(background_ok=False)
    assert svc.index.semantic
    emb.calls.clear()
    entry = storage.get_entry("bpjs")
    changed = dataclasses.replace(entry, summary="Ringkasan baru BPJS.")
    storage.save_entry(changed, "mod", "edit", expected_version=storage.version_of("bpjs"))
    svc.rebuild(background_ok=False)
    assert emb.calls == [passage_text(changed)]
    # the vectors are stored: a restart embeds nothing
    svc2 = Services(settings, storage, semantic=False)
    svc2.embedder = emb
    svc2.vectors.update(storage.vectors())
    emb.calls.clear()
    svc2.rebuild(background_ok=False)
    assert emb.calls == []


@pytest.mark.parametrize("by_key", [500, 0])
def test_stored_vectors_build_the_same_index_as_a_dict(guide_corpus: list[Entry], by_key: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # the vectors read from the database when the index is built (only their keys in memory)
    # give the very matrices, and answers, that a dict of every vector gives
    import bot.storage.cache as cache

    monkeypatch.setattr(cache, "FILL_BY_KEY", by_key)  # by key, or reading the whole table
    emb = FakeEmbedder()
    need = vectors_needed(guide_corpus)
    rng = np.random.default_rng(3)
    vecs = {k: rng.standard_normal(DIM).astype(np.float32) for k in need}
    keys = sorted(need)
    shipped = {k: vecs[k].astype(np.float16).astype(np.float32) for k in keys[::2]}
    storage = Storage()
    storage.save_vectors({k: vecs[k] for k in keys[1::3]})
    stored = storage.vectors(shipped)
    later = {keys[2]: -vecs[keys[2]]}
    stored.update(later)
    # the order a dict of them was filled in before: shipped, stored, then freshly embedded
    plain = {**shipped, **{k: vecs[k] for k in keys[1::3]}, **later}
    assert set(stored) == set(plain) and len(stored) == len(plain)
    assert all(np.array_equal(stored[k], plain[k]) for k in plain)
    a, b = Index(guide_corpus, stored, emb), Index(guide_corpus, plain, emb)
    for name in ("ent_vecs", "ex_vecs", "field_vecs"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert a.missing_vectors == b.missing_vectors > 0
    for q in ("gaji telat dibayar", "can I register for social security myself?"):
        assert [h.entry_id for h in a.search(q).hits] == [h.entry_id for h in b.search(q).hits]
    # a vector saved to the database is read from it from then on (not kept in memory)
    storage.save_vectors(later)
    stored.saved(later)
    assert keys[2] not in stored._extra and np.array_equal(stored[keys[2]], later[keys[2]])
    storage.close()


def test_a_rebuild_reuses_the_previous_vectors(guide_corpus: list[Entry]) -> None:
    # a rebuild takes the rows the previous index holds: the same matrices as a fresh build,
    # a vector that arrived since is used, and an unchanged matrix is not copied
    emb = FakeEmbedder()
    vecs = _vectors(guide_corpus, emb)
    late = vector_key("passage", passage_text(guide_corpus[1]))
    first = Index(guide_corpus, {k: v for k, v in vecs.items() if k != late}, emb)
    entry = guide_corpus[0]
    changed = [dataclasses.replace(entry, summary=entry.summary + " Diperbarui."),
               *guide_corpus[1:]]
    vecs.update(_vectors(changed, emb))
    again = Index(changed, vecs, emb, previous=first)
    fresh = Index(changed, vecs, emb)
    for name in ("ent_vecs", "ex_vecs", "field_vecs"):
        assert np.array_equal(getattr(again, name), getattr(fresh, name)), name
    assert first.ex_vecs is not None and again.ex_vecs is first.ex_vecs
    assert again.missing_vectors == 0
    assert first.missing_vectors == 1
    assert again.ent_vecs is not first.ent_vecs and again.lex is not first.lex
    # the same entries again (new vectors arrived): their lexical index is kept as well
    assert Index(changed, vecs, emb, previous=again).lex is again.lex


def test_model_that_cannot_load_means_lexical_answers(monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    import bot.search.semantic as semantic

    def broken() -> None:
        raise OSError("no model")

    monkeypatch.setenv("KAWANGIG_SEMANTIC", "on")
    monkeypatch.setattr(semantic, "E5Embedder", broken)
    with caplog.at_level(logging.WARNING):
        assert semantic.load_embedder() is None
    assert "answering lexically" in caplog.text


def test_shipped_vectors_are_fresh() -> None:
    # regenerate with: python -m bot kb vectors
    entries = load_dir(default_root())
    shipped = load_shipped(default_root() / "vectors.npz")
    missing = [t for k, (_, t) in vectors_needed(entries).items() if k not in shipped]
    assert missing == [], f"{len(missing)} stale vectors: run python -m bot kb vectors"


@pytest.mark.slow
def test_the_real_model_ranks_by_meaning(guide_corpus: list[Entry]) -> None:
    from bot.search.semantic import E5Embedder

    emb = E5Embedder()
    todo = vectors_needed(guide_corpus)
    vecs = {k: (emb.passage([t]) if r == "passage" else emb.query([t]))[0]
            for k, (r, t) in todo.items()}
    index = Index(guide_corpus, vecs, emb)
    sims = index.ent_vecs @ emb.query(["can I register for social security myself?"])[0]
    assert index.entries[int(np.argmax(sims))].id == "bpjs"
    assert vector_key("passage", passage_text(guide_corpus[0])) in vecs
