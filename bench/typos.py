"""Typo correction: our one-deletion index against symspellpy and rapidfuzz.

``python -m bench.typos tests/data/*.jsonl`` (the tuning sets; never the blind sets). Needs
``symspellpy`` and ``rapidfuzz`` installed (they are not dependencies of the bot).

Three measures, every corrector under the same rule as ours (a correction keeps the first
letter; words under 5 or over ``MAX_TYPO_WORD`` letters and numbers are left alone):

- correction: the tuning questions' words that the knowledge base knows, each given one
  random edit (delete, insert, substitute or swap two neighbours, never the first letter);
  share corrected back to the word, share changed to a wrong word, share left alone;
- answers: lexical hit@3/law@3 of the tuning sets with each corrector in the index;
- cost: build time, memory (tracemalloc peak of the build), and the mean time of one
  ``correct`` call over the typo words.
"""

from __future__ import annotations

import random
import string
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.evaluate import evaluate, load_questions
from bot.search import SLANG, document_tokens, normalize
from bot.search.lexical import MAX_TYPO_WORD, _DeleteIndex


def _eligible(word: str) -> bool:
    return 5 <= len(word) <= MAX_TYPO_WORD and not word.isdigit()


class SymSpellCorrector:
    """symspellpy, max edit distance 1, closest suggestions, first letter kept."""

    def __init__(self, words: Iterable[str]) -> None:
        from symspellpy import SymSpell

        self.sym = SymSpell(max_dictionary_edit_distance=1, prefix_length=7)
        for word in set(words):
            if 4 <= len(word) <= MAX_TYPO_WORD and not word.isdigit():
                self.sym.create_dictionary_entry(word, 1)

    def correct(self, word: str) -> str | None:
        from symspellpy import Verbosity

        if not _eligible(word):
            return None
        found = [s.term for s in self.sym.lookup(word, Verbosity.CLOSEST, max_edit_distance=1)
                 if s.term[0] == word[0]]
        if not found:
            return None
        return sorted(found, key=lambda w: (abs(len(w) - len(word)), w))[0]


class RapidFuzzCorrector:
    """rapidfuzz: the closest known word by optimal string alignment (a swap is one edit),
    at most one edit, among the words of the same first letter."""

    def __init__(self, words: Iterable[str]) -> None:
        self.buckets: dict[str, list[str]] = {}
        for word in sorted(set(words)):
            if 4 <= len(word) <= MAX_TYPO_WORD and not word.isdigit():
                self.buckets.setdefault(word[0], []).append(word)

    def correct(self, word: str) -> str | None:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        if not _eligible(word):
            return None
        found = process.extractOne(word, self.buckets.get(word[0], []), scorer=OSA.distance,
                                   score_cutoff=1)
        return None if found is None else str(found[0])


def _osa_within_one(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are at most one edit apart (a swap of neighbours is one)."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


class RankedDeleteIndex(_DeleteIndex):
    """Ours, candidates at one true edit preferred (a what-if, not the bot's code)."""

    def correct(self, word: str) -> str | None:
        if len(word) < 5 or len(word) > MAX_TYPO_WORD or word.isdigit():
            return None
        found: Counter[str] = Counter()
        for variant in self._variants(word):
            cands = self.deletes.get(variant, ())
            for cand in (cands,) if isinstance(cands, str) else cands:
                found[cand] += 1
        near = [w for w in found if w[0] == word[0] and _osa_within_one(w, word)]
        if not near:
            return None
        return sorted(near, key=lambda w: (-found[w], abs(len(w) - len(word)), w))[0]


def _typo(word: str, rng: random.Random) -> str:
    """One random edit after the first letter."""
    i = rng.randrange(1, len(word))
    op = rng.choice("dist" if i < len(word) - 1 else "dis")
    letter = rng.choice(string.ascii_lowercase)
    if op == "d":
        return word[:i] + word[i + 1:]
    if op == "i":
        return word[:i] + letter + word[i:]
    if op == "s":
        return word[:i] + letter + word[i + 1:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def main(argv: list[str]) -> int:
    """Print the three measures for each corrector as a Markdown table."""
    files = [Path(a) for a in argv]
    if not files:
        print("usage: python -m bench.typos tests/data/*.jsonl", file=sys.stderr)
        return 2
    from bot.services import index_from_files

    index = index_from_files(Settings(), semantic=False)
    # the words the bot's own index is built from (Lexical.__init__)
    surface: set[str] = set()
    for entry in index.entries:
        document_tokens(entry, surface)
    vocab = surface | set(SLANG) | set(index.lex.postings)
    rows = [row for path in files for row in load_questions(path)]
    rng = random.Random(13)
    known = sorted({w for row in rows for w in normalize(row["q"]).split()
                    if _eligible(w) and w in vocab})
    cases: list[tuple[str, str]] = []
    for word in known:
        typo = _typo(word, rng)
        if typo not in vocab and typo != word:
            cases.append((word, typo))
    makers: dict[str, Callable[[Iterable[str]], Any]] = {
        "ours (one-deletion index)": _DeleteIndex, "symspellpy 6.10": SymSpellCorrector,
        "rapidfuzz 3.14 (OSA)": RapidFuzzCorrector,
        "what-if: ours, one true edit only": RankedDeleteIndex}
    print(f"{len(cases)} typo words from {len(known)} known words of {len(rows)} tuning "
          f"questions; vocabulary {len(vocab):,} words\n")
    print("| corrector | corrected | wrong word | left alone | lexical hit@3 | lexical law@3 "
          "| build s | build memory MB | µs per word |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, make in makers.items():
        tracemalloc.start()
        t0 = time.perf_counter()
        corrector = make(vocab)
        build = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        outcome: Counter[str] = Counter()
        t0 = time.perf_counter()
        for word, typo in cases:
            got = corrector.correct(typo)
            outcome["ok" if got == word else "none" if got is None else "wrong"] += 1
        per_word = (time.perf_counter() - t0) / len(cases) * 1e6
        index.lex.typos = corrector
        hit3 = law3 = n = 0.0
        for path in files:
            rep = evaluate(index, load_questions(path))
            hit3 += rep.hit3 * rep.answerable
            law3 += rep.law3 * rep.answerable
            n += rep.answerable
        share = {k: v / len(cases) for k, v in outcome.items()}
        print(f"| {name} | {share.get('ok', 0):.3f} | {share.get('wrong', 0):.3f} | "
              f"{share.get('none', 0):.3f} | {hit3 / n:.3f} | {law3 / n:.3f} | {build:.2f} | "
              f"{peak:.1f} | {per_word:.0f} |")
    # latency at the largest benchmark size (bench/corpus.py, 30,000 entries)
    from bench.corpus import knowledge_base

    big: set[str] = set(vocab)
    for entry in knowledge_base(30_000):
        document_tokens(entry, big)
    print(f"\nAt 30,000 entries (vocabulary {len(big):,} words), µs per typo word:")
    for name, make in makers.items():
        corrector = make(big)
        t0 = time.perf_counter()
        for _, typo in cases:
            corrector.correct(typo)
        print(f"- {name}: {(time.perf_counter() - t0) / len(cases) * 1e6:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
