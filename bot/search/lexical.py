"""Lexical retrieval: BM25 (rank-bm25's Okapi formula, computed here), typo tolerance; no telegram.

The index keeps rank-bm25's Okapi scoring but precomputes every term's impact per document once
per build, so a query sums only the postings of its own terms.
"""

from __future__ import annotations

import hashlib
import math
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from bot.knowledge import Entry
from bot.search import text as text_module
from bot.search.text import (
    SLANG,
    STOPWORDS,
    _squeeze,
    _words_tokens,
    colloquial_roots,
    expand,
    normalize,
    stem,
    tokenize,
)

# Field weights by repetition: the title and the workers' own words count most.
FIELD_WEIGHTS = (("title", 2), ("keywords", 2), ("citation", 1), ("summary", 1),
                 ("summary_en", 1), ("title_en", 1), ("text", 1), ("tags", 1))
# Workers' guides explain, law entries quote, the article is background: a small prior.
KIND_PRIOR = {"guide": 1.15, "law": 1.0, "article": 0.85}
# A keyword phrase of an entry found word for word in the question ("telat bayar") adds this
# share of the phrase's idf weight to that entry's score.
PHRASE_BONUS = 0.3
# Of a guide's or the article's own prose, only the first words are indexed (a law's text is
# indexed whole). A long guide otherwise matches a few words of every long story: the guides
# ran from 440 to 1,500 words, and the longest led answers to stories about other topics.
PROSE_WORDS = 200


def document_tokens(entry: Entry, surface: set[str] | None = None) -> list[str]:
    """Weighted token list of an entry (fields repeated by weight).

    :param entry: the entry
    :param surface: when given, collects the entry's normalised words (for typo correction)
    """
    tokens: list[str] = []
    for name, weight in FIELD_WEIGHTS:
        value = getattr(entry, name)
        words = normalize(" ".join(value) if isinstance(value, tuple) else value).split()
        if surface is not None:
            surface.update(words)
        if name == "text" and entry.kind != "law":
            words = words[:PROSE_WORDS]
        tokens.extend(_words_tokens(words) * weight)
    return tokens


def _tf_array(counts: Counter[str]) -> np.ndarray:
    """Term counts as uint16 (a quarter of float64's memory: ~20 MB at 30,000 entries; the
    BM25 arithmetic upcasts them exactly), float64 in the unlikely case one exceeds it."""
    big = max(counts.values(), default=0) >= 2**16
    return np.fromiter(counts.values(), dtype=np.float64 if big else np.uint16,
                       count=len(counts))


class Counts(NamedTuple):
    """What the index keeps of a document's text: its distinct tokens (first-occurrence
    order), their counts, its surface words (space-separated, for typo correction) and its
    keyword phrases of 2-4 tokens."""

    terms: tuple[str, ...]
    tf: np.ndarray
    surface: str
    phrases: tuple[tuple[str, ...], ...] = ()


def _pipeline_fingerprint() -> str:
    """What decides an entry's tokens besides its text: the source of the text pipeline and
    of this module (field weights, phrases), and the stemmer's version. Stored token counts
    under another fingerprint are ignored (a changed slang map or stopword list re-tokenises
    everything once)."""
    h = hashlib.sha1(Path(text_module.__file__).read_bytes())
    h.update(Path(__file__).read_bytes())
    with suppress(PackageNotFoundError):  # installed with the bot
        h.update(version("PySastrawi").encode())
    return h.hexdigest()[:16]


PIPELINE = _pipeline_fingerprint()
# Token counts read back from storage (``preload_counts``), by ``counts_key``; counts computed
# here wait in ``_NEW_COUNTS`` until ``take_new_counts`` (the database stores them: a cold
# start at 3,000 entries spent about 0.8 s tokenising).
_STORED_COUNTS: dict[str, Counts] = {}
_NEW_COUNTS: dict[str, Counts] = {}
NEW_COUNTS_MAX = 50_000


def counts_key(entry: Entry) -> str:
    """The key of an entry's token counts: its indexed fields and the pipeline's fingerprint."""
    h = hashlib.sha1(PIPELINE.encode())
    for name, _ in FIELD_WEIGHTS:
        value = getattr(entry, name)
        h.update(b"\x1e")
        h.update((" ".join(value) if isinstance(value, tuple) else value).encode())
    return h.hexdigest()


StoredCounts = tuple[str, str, bytes, str, str]


def text_counts_key(text: str) -> str:
    """The key of a plain text's token counts (an example question's)."""
    return hashlib.sha1(f"{PIPELINE}\x1d{text}".encode()).hexdigest()


def preload_counts(stored: Iterable[StoredCounts]) -> None:
    """Token counts stored by an earlier run: (key, tokens space-separated, counts as uint16,
    surface words, phrases joined by U+001F). Tokens are interned: entries share the strings
    of their words."""
    for key, terms, counts, surface, phrases in stored:
        _STORED_COUNTS[key] = Counts(
            tuple(map(sys.intern, terms.split())),
            np.frombuffer(counts, dtype=np.uint16), surface,
            tuple(tuple(map(sys.intern, p.split())) for p in phrases.split("\x1f") if p))


def live_counts_keys(entries: Iterable[Entry]) -> set[str]:
    """The keys of the token counts a build of ``entries`` reads (entries, example questions):
    stored counts under other keys belong to old versions."""
    keys: set[str] = set()
    for entry in entries:
        keys.add(counts_key(entry))
        keys.update(text_counts_key(q) for q in entry.questions)
    return keys


def drop_stored_counts() -> None:
    """Forget stored counts no build has used (entries since changed or deleted)."""
    _STORED_COUNTS.clear()


def take_new_counts() -> list[StoredCounts]:
    """The token counts computed since the last call, as ``preload_counts`` reads them."""
    out = [(key, " ".join(c.terms), c.tf.tobytes(), c.surface,
            "\x1f".join(" ".join(p) for p in c.phrases))
           for key, c in _NEW_COUNTS.items()]
    _NEW_COUNTS.clear()
    return out


def _counted(key: str, counts: Counter[str], surface: str,
             phrases: tuple[tuple[str, ...], ...], keep: bool) -> Counts:
    """Freshly computed counts, listed for storing when ``keep`` (while there is room, and
    when they fit the stored uint16)."""
    result = Counts(tuple(counts), _tf_array(counts), surface, phrases)
    if keep and result.tf.dtype == np.uint16 and len(_NEW_COUNTS) < NEW_COUNTS_MAX:
        _NEW_COUNTS[key] = result
    return result


@lru_cache(maxsize=40_000)
def _entry_counts(entry: Entry) -> Counts:
    """An entry's distinct tokens (first-occurrence order), their counts and its surface
    words (one string, space-separated), kept per entry version: a rebuild after one
    moderator's edit re-tokenises only that entry; a restart reads them back from storage.

    Kept compact (the tokens are the shared strings of ``_word_tokens``, one small array, one
    string): a dict and a frozenset of fresh strings per entry cost about 350 MB at 30,000
    entries.
    """
    key = counts_key(entry)
    stored = _STORED_COUNTS.pop(key, None)
    if stored is not None:
        return stored
    surface: set[str] = set()
    counts = Counter(document_tokens(entry, surface))
    phrases = tuple(toks for toks in (tuple(tokenize(p)) for p in entry.keywords)
                    if 2 <= len(toks) <= 4)
    return _counted(key, counts, " ".join(surface), phrases, keep=True)


# Example questions' counts are cached (and stored) while they all fit: beyond, a cache would
# only churn (about 40 MB for nothing at 30,000 entries) and storing them only rewrite rows.
TEXT_COUNTS_MAX = 20_000


def _count_text(text: str, keep: bool) -> Counts:
    """A plain text's (an example question's) distinct tokens, counts and surface words, as
    ``_entry_counts``; ``keep``: list them for storing."""
    key = text_counts_key(text)
    stored = _STORED_COUNTS.pop(key, None)
    if stored is not None:
        return stored
    words = normalize(text).split()
    return _counted(key, Counter(_words_tokens(words)), " ".join(dict.fromkeys(words)), (),
                    keep=keep)


@lru_cache(maxsize=TEXT_COUNTS_MAX)
def _text_counts(text: str) -> Counts:
    """``_count_text``, kept per text: a rebuild re-tokenises only new examples, a restart
    reads them back from storage."""
    return _count_text(text, keep=True)


# rank-bm25's BM25Okapi defaults: term-frequency saturation, length normalisation, and the
# floor for a negative idf (a share of the average idf)
K1, B, EPSILON = 1.5, 0.75, 0.25


def okapi_idf(n_docs: int, doc_freq: dict[str, int]) -> dict[str, float]:
    """rank-bm25's Okapi idf from document frequencies alone (``BM25Okapi`` keeps a dict per
    document, hundreds of MB at 30,000 entries; the index only needs the idf).

    ``log((N - df + 0.5) / (df + 0.5))``; a term in more than half of the documents (negative
    idf) gets ``EPSILON`` times the average idf instead, as ``BM25Okapi`` does.
    tests/test_search.py checks the resulting scores against ``BM25Okapi.get_scores``.

    :param n_docs: number of documents
    :param doc_freq: term -> number of documents holding it (its order is the summation order
        of the average, as in rank-bm25)
    """
    idf: dict[str, float] = {}
    total = 0.0
    negative: list[str] = []
    for term, freq in doc_freq.items():
        value = math.log(n_docs - freq + 0.5) - math.log(freq + 0.5)
        idf[term] = value
        total += value
        if value < 0:
            negative.append(term)
    if idf:
        floor = EPSILON * total / len(idf)
        for term in negative:
            idf[term] = floor
    return idf


# Words longer than this are neither indexed for nor corrected by typo tolerance: the variants
# of a word grow with its length, and no real word of the domain is this long.
MAX_TYPO_WORD = 40


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with at most one letter inserted, deleted, replaced, or two
    neighbouring letters swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y),
             len(short))
    return short[i:] == long_[i + 1:]


class _DeleteIndex:
    """Typo tolerance: words within one edit of a known word (SymSpell-style deletes).

    Typos rarely hit the first letter, so a correction must keep it ("tilang" is not
    "bilang").
    """

    def __init__(self, words: Iterable[str]) -> None:
        # variant -> the known word(s) it comes from; a plain str for the usual single word
        # keeps this compact (a set per variant costs ~70 MB at 30,000 entries)
        self.deletes: dict[str, str | tuple[str, ...]] = {}
        for word in set(words):
            if len(word) < 4 or len(word) > MAX_TYPO_WORD or word.isdigit():
                continue
            for variant in self._variants(word):
                current = self.deletes.get(variant)
                if current is None:
                    self.deletes[variant] = word
                elif isinstance(current, str):
                    self.deletes[variant] = (current, word)
                else:
                    self.deletes[variant] = (*current, word)

    @staticmethod
    def _variants(word: str) -> set[str]:
        return {word[:i] + word[i + 1:] for i in range(len(word))} | {word}

    def correct(self, word: str) -> str | None:
        """The closest known word within one edit, or ``None``."""
        if len(word) < 5 or len(word) > MAX_TYPO_WORD or word.isdigit():
            return None
        found: Counter[str] = Counter()
        for variant in self._variants(word):
            cands = self.deletes.get(variant, ())
            for cand in (cands,) if isinstance(cands, str) else cands:
                found[cand] += 1
        # shared deletes also pair words two edits apart ("beres" and "bears" both lose a
        # letter to "bers"): keep only true single edits
        found = Counter({w: n for w, n in found.items()
                         if w[0] == word[0] and _one_edit(w, word)})
        if not found:
            return None
        return sorted(found, key=lambda w: (-found[w], abs(len(w) - len(word)), w))[0]


class Postings(Mapping[str, tuple[np.ndarray, np.ndarray]]):
    """Every term's postings: term -> (document ids ascending, impacts), both views of two flat
    arrays (CSR). Two small arrays a term cost about 40 MB more at 30,000 entries, and copying
    them out doubled the build's peak.

    :param terms: term -> its number (its postings lie between ``bounds[j]`` and
        ``bounds[j + 1]``)
    :param bounds: ``len(terms) + 1`` offsets into ``docs`` and ``impacts``
    :param docs: document ids, grouped by term
    :param impacts: each posting's precomputed BM25 impact
    """

    def __init__(self, terms: dict[str, int], bounds: np.ndarray, docs: np.ndarray,
                 impacts: np.ndarray) -> None:
        self._terms = terms
        self._bounds: list[int] = bounds.tolist()
        self._docs = docs
        self._impacts = impacts
        docs.flags.writeable = False
        impacts.flags.writeable = False

    def __getitem__(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        j = self._terms[term]
        lo, hi = self._bounds[j], self._bounds[j + 1]
        return self._docs[lo:hi], self._impacts[lo:hi]

    def get(self, term: str, default: Any = None) -> Any:
        """A term's postings, or ``default`` (``Mapping.get`` without its exception)."""
        j = self._terms.get(term)
        if j is None:
            return default
        lo, hi = self._bounds[j], self._bounds[j + 1]
        return self._docs[lo:hi], self._impacts[lo:hi]

    def __contains__(self, term: object) -> bool:
        return term in self._terms

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)


class Lexical:
    """BM25 (Okapi, rank-bm25's formula) over entries, or over plain texts, built once and then
    read-only.

    :param entries: the documents: entries (weighted fields, kind prior, keyword phrases) or
        plain texts such as moderators' example questions
    :param typos: build the typo-correction index (not needed for the example questions, whose
        queries are corrected against the entries)
    """

    def __init__(self, entries: Sequence[Entry] | Sequence[str], typos: bool = True) -> None:
        self.entries: tuple[Entry | str, ...] = tuple(entries)
        self.postings: Mapping[str, tuple[np.ndarray, np.ndarray]] = {}
        self.idf: dict[str, float] = {}
        surface: set[str] = set()
        self.unknown_weight = 1.0
        if self._set_postings(surface):
            # idf for coverage: never below a small positive value (Okapi's common terms)
            self._cov_idf = {
                t: max(v, 0.1) for t, v in self.idf.items()
            }
            self.unknown_weight = float(np.median(list(self._cov_idf.values())))
        else:
            self._cov_idf = {}
        # typo correction happens once per question, against the entries' own index
        self.typos = _DeleteIndex(surface | set(SLANG) | set(self.postings) if typos else ())
        self.prior = np.array([KIND_PRIOR.get(e.kind, 1.0) if isinstance(e, Entry) else 1.0
                               for e in self.entries])
        self.phrases: dict[tuple[str, ...], list[int]] = {}
        for i, entry in enumerate(self.entries):
            for toks in _entry_counts(entry).phrases if isinstance(entry, Entry) else ():
                self.phrases.setdefault(toks, []).append(i)

    def _set_postings(self, surface: set[str]) -> bool:
        """Tokenise every entry once and set ``postings`` and ``idf``; False if no tokens.

        Streams the corpus: per entry only its term ids and counts are kept (no token lists,
        no per-document dicts), then every impact is computed at once with numpy. The
        numbers are rank-bm25's ``BM25Okapi`` (k1, b, epsilon floor), bit for bit.

        :param surface: collects the normalised words of every entry (typo correction)
        """
        per_doc: list[tuple[str, ...]] = []
        tfs: list[np.ndarray] = []
        texts = sum(1 for entry in self.entries if not isinstance(entry, Entry))
        if texts > TEXT_COUNTS_MAX:
            _text_counts.cache_clear()
        for entry in self.entries:
            if isinstance(entry, Entry):
                counts = _entry_counts(entry)
            else:
                counts = (_text_counts(entry) if texts <= TEXT_COUNTS_MAX
                          else _count_text(entry, keep=False))
            surface.update(counts.surface.split())
            per_doc.append(counts.terms)
            tfs.append(counts.tf)
        sizes = [len(terms) for terms in per_doc]
        # term ids in first-occurrence order, mapped in C (a generator per entry cost ~0.4 s
        # of a 3,000-entry build); the order fixes the idf dict's order, as before
        all_terms = list(chain.from_iterable(per_doc))
        del per_doc
        vocab = {term: j for j, term in enumerate(dict.fromkeys(all_terms))}
        tid = np.fromiter(map(vocab.__getitem__, all_terms), dtype=np.int32,
                          count=len(all_terms))
        del all_terms
        n_docs = len(self.entries)
        if not n_docs or not sum(sizes):
            return False
        tf = np.concatenate(tfs)
        del tfs
        doc = np.repeat(np.arange(n_docs, dtype=np.int32), sizes)
        # documents' lengths: sums of small whole numbers, exact in float64
        doc_len = np.bincount(doc, weights=tf, minlength=n_docs)
        # Okapi idf with rank-bm25's epsilon floor
        df = np.bincount(tid, minlength=len(vocab))
        idf = okapi_idf(n_docs, {term: int(df[j]) for term, j in vocab.items()})
        self.idf = idf
        k1, b, avgdl = K1, B, float(doc_len.sum()) / n_docs
        weights = np.fromiter(idf.values(), dtype=np.float64, count=len(idf))
        norm = k1 * (1 - b + b * doc_len / avgdl)
        impact = weights[tid] * tf * (k1 + 1) / (tf + norm[doc])
        del tf
        order = np.argsort(tid, kind="stable")  # doc ids stay ascending inside a term
        bounds = np.searchsorted(tid[order], np.arange(len(vocab) + 1))
        doc, impact = doc[order], impact[order]
        del order, tid
        self.postings = Postings(vocab, bounds, doc, impact)
        return True

    def __len__(self) -> int:
        return len(self.entries)

    def query_terms(self, text: str) -> list[str]:
        """Tokens of a question, with unknown words corrected by one edit where possible."""
        out = []
        for raw in normalize(text).split():
            word = _squeeze(raw)
            if (self.postings and word not in SLANG and word not in STOPWORDS
                    and not word.isdigit() and stem(word) not in self.postings):
                roots = [r for r in colloquial_roots(word)
                         if stem(r) in self.postings or r in SLANG]
                word = roots[0] if roots else (self.typos.correct(word) or word)
            for part in expand([word]):
                if part in STOPWORDS or (part.isdigit() and len(part) < 2):
                    continue
                out.append(stem(part))
        return out

    def scores(self, terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every entry for ``terms`` (sum of precomputed impacts)."""
        scores = np.zeros(len(self.entries), dtype=np.float64)
        for term in terms:
            post = self.postings.get(term)
            if post is not None:
                scores[post[0]] += post[1]
        return scores

    def ranking_scores(self, terms: Sequence[str]) -> np.ndarray:
        """BM25 times the kind prior, plus the keyword-phrase bonus: what ``search`` ranks by."""
        # numpy's stubs type ndarray * ndarray of unknown dtype as Any
        scores: np.ndarray = self.scores(terms) * self.prior
        for n in (2, 3, 4):
            for start in range(len(terms) - n + 1):
                gram = tuple(terms[start:start + n])
                docs = self.phrases.get(gram)
                if docs:
                    weight = PHRASE_BONUS * sum(self._cov_idf.get(t, 0.0) for t in gram)
                    scores[docs] += weight
        return scores

    def coverage(self, terms: Sequence[str], docs: Sequence[int]) -> float:
        """Share of the query's idf weight whose terms occur in at least one of ``docs``."""
        distinct = set(terms)
        if not distinct:
            return 0.0
        total = matched = 0.0
        for term in distinct:
            weight = self._cov_idf.get(term, self.unknown_weight)
            total += weight
            post = self.postings.get(term)
            if post is None:
                continue
            for doc in docs:
                pos = int(np.searchsorted(post[0], doc))
                if pos < len(post[0]) and post[0][pos] == doc:
                    matched += weight
                    break
        return matched / total if total else 0.0
