"""Retrieval evaluation: hit@1, hit@3, MRR, refusals and confident wrong answers on a set.

A question set is JSON Lines: ``{"q": "...", "expect": ["entry-id", ...], ...}``; ``expect``
empty means the knowledge base should not answer (another field, small talk, or a question of
ours that nothing covers). Blind sets may add ``guides`` (acceptable guide ids, counted by
hit@k but not by law-hit@3).

Figures (the same as the outside measurement of the answer-quality issue):

- hit@1, hit@3: an expected entry (law or guide) among the first 1 / 3 entries shown;
- law@3: an expected *provision of law* among the first 3 entries shown;
- MRR: by the first expected entry's place in what is shown, then behind "Lainnya" (more).
- refused: share of answerable questions declined;
- wrong: share of answerable questions answered with no expected provision among the first 3
  (confidently wrong);
- declined: share of questions that should not be answered that were declined;
- declined (other fields): the same, counting only questions a set marks ``"scope": "out"``
  (another field, small talk) or that carry no scope mark, leaving out questions of ours
  that nothing in the knowledge base answers (``"scope": "in"`` with no expected entry).

"Shown" is what the worker reads, in order (``shown_ids``): the answer's entries, or for a
message with two questions each question's entries under its own heading, the first
question's first (an entry both questions share is shown, and counted, twice). The entries
kept for the "Lainnya" button are hidden until asked for: they never count for hit@k.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.search import Index, Result


@dataclass
class Report:
    """Figures of one evaluation run, plus the questions that went wrong."""

    total: int = 0
    answerable: int = 0
    offtopic: int = 0
    hit1: float = 0.0
    hit3: float = 0.0
    law3: float = 0.0
    mrr: float = 0.0
    refused: float = 0.0
    wrong: float = 0.0
    abstention: float = 0.0
    offtopic_rejected: float = 0.0
    uncovered: int = 0
    other_rejected: float = 0.0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def line(self) -> str:
        """One-line summary."""
        return (f"{self.total} questions ({self.answerable} answerable, {self.offtopic} "
                f"not ours): hit@1 {self.hit1:.2f}, hit@3 {self.hit3:.2f}, "
                f"law@3 {self.law3:.2f}, MRR {self.mrr:.2f}, refused {self.refused:.2f}, "
                f"wrong {self.wrong:.2f}, declined {self.offtopic_rejected:.2f} (other "
                f"fields {self.other_rejected:.2f}, {self.uncovered} uncovered of ours), "
                f"abstention accuracy {self.abstention:.2f}")

    def as_dict(self) -> dict[str, Any]:
        """The figures (no misses), for JSON."""
        return {k: (round(v, 4) if isinstance(v, float) else v)
                for k, v in self.__dict__.items() if k != "misses"}


def load_questions(path: Path) -> list[dict[str, Any]]:
    """Read a question set (blank lines skipped)."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            if not isinstance(row.get("q"), str) or not isinstance(row.get("expect"), list):
                raise ValueError(f"{path}:{n}: need 'q' (text) and 'expect' (list of ids)")
            rows.append(row)
    return rows


def shown_ids(result: Result) -> list[str]:
    """The ids of the entries the worker sees, in the order shown (empty for a refusal).

    :param result: the search result of one message
    """
    if not result.answered:
        return []
    return [h.entry.id for part in (result.parts or (result,)) for h in part.hits]


def evaluate(index: Index, questions: Iterable[dict[str, Any]]) -> Report:
    """Run every question through ``index.search`` and score what the worker would see.

    hit@k, law@3 and MRR count only answered questions that should be answered (a refusal
    scores 0); abstention accuracy is the share of all questions where the decision (answer or
    not) was right.
    """
    rep = Report()
    correct_decisions = rejected = refused = wrong = other_rejected = 0
    h1 = h3 = l3 = rr = 0.0
    for row in questions:
        rep.total += 1
        expect = set(row["expect"]) | set(row.get("guides", ()))
        laws = {e for e in expect if (ent := index.by_id.get(e)) is not None
                and ent.kind == "law"}
        res = index.search(row["q"], k=3)
        shown = shown_ids(res)
        ranked = [*shown, *(h.entry.id for h in res.more)] if res.answered else []
        if not expect:
            rep.offtopic += 1
            ours = row.get("scope") == "in"
            rep.uncovered += ours
            if not res.answered:
                rejected += 1
                other_rejected += not ours
                correct_decisions += 1
            else:
                rep.misses.append({"q": row["q"], "why": "answered, not ours",
                                   "got": shown[:3]})
            continue
        rep.answerable += 1
        if res.answered:
            correct_decisions += 1
        else:
            refused += 1
        top3 = shown[:3]
        h1 += bool(top3[:1] and top3[0] in expect)
        h3 += bool(expect & set(top3))
        law_hit = bool((laws or expect) & set(top3))
        l3 += law_hit
        if res.answered and not law_hit:
            wrong += 1
        for rank, entry_id in enumerate(ranked[:10], 1):
            if entry_id in expect:
                rr += 1 / rank
                break
        if not law_hit:
            why = f"refused ({res.kind})" if not res.answered else "no expected law in top 3"
            got = top3 or [h.entry.id for h in res.more[:3]]
            rep.misses.append({"q": row["q"], "why": why, "got": got,
                               "expect": sorted(laws or expect)})
    if rep.answerable:
        n = rep.answerable
        rep.hit1, rep.hit3, rep.law3, rep.mrr = h1 / n, h3 / n, l3 / n, rr / n
        rep.refused, rep.wrong = refused / n, wrong / n
    if rep.total:
        rep.abstention = correct_decisions / rep.total
    if rep.offtopic:
        rep.offtopic_rejected = rejected / rep.offtopic
    if rep.offtopic > rep.uncovered:
        rep.other_rejected = other_rejected / (rep.offtopic - rep.uncovered)
    return rep
