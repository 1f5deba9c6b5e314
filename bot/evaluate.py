"""Retrieval evaluation: hit@1, hit@3, MRR and abstention accuracy on a question set.

A question set is JSON Lines: ``{"q": "...", "expect": ["entry-id", ...], "style": "..."}``;
``expect`` empty means the knowledge base should not answer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.search import Index


@dataclass
class Report:
    """Figures of one evaluation run, plus the questions that went wrong."""

    total: int = 0
    answerable: int = 0
    offtopic: int = 0
    hit1: float = 0.0
    hit3: float = 0.0
    mrr: float = 0.0
    abstention: float = 0.0
    offtopic_rejected: float = 0.0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def line(self) -> str:
        """One-line summary."""
        return (f"{self.total} questions ({self.answerable} answerable, {self.offtopic} "
                f"off-topic): hit@1 {self.hit1:.2f}, hit@3 {self.hit3:.2f}, MRR {self.mrr:.2f}, "
                f"abstention accuracy {self.abstention:.2f} (off-topic rejected "
                f"{self.offtopic_rejected:.2f})")


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


def evaluate(index: Index, questions: Iterable[dict[str, Any]]) -> Report:
    """Run every question through ``index.search`` and score the ranking and the abstention.

    hit@k and MRR count only answered questions that should be answered (an abstention on
    an answerable question scores 0); abstention accuracy is the share of all questions
    where the decision (answer or not) was right.
    """
    rep = Report()
    correct_decisions = rejected = 0
    h1 = h3 = rr = 0.0
    for row in questions:
        rep.total += 1
        expect = set(row["expect"])
        res = index.search(row["q"], k=3)
        ranked = [h.entry.id for h in (*res.hits, *res.more)] if res.answered else []
        if not expect:
            rep.offtopic += 1
            if not res.answered:
                rejected += 1
                correct_decisions += 1
            else:
                rep.misses.append({"q": row["q"], "why": "answered off-topic", "got": ranked[:3]})
            continue
        rep.answerable += 1
        if res.answered:
            correct_decisions += 1
        top3 = ranked[:3]
        h1 += bool(top3[:1] and top3[0] in expect)
        h3 += bool(expect & set(top3))
        for rank, entry_id in enumerate(ranked[:10], 1):
            if entry_id in expect:
                rr += 1 / rank
                break
        if not expect & set(top3):
            why = "abstained" if not res.answered else "not in top 3"
            got = top3 or [h.entry.id for h in res.more[:3]]
            rep.misses.append({"q": row["q"], "why": why, "got": got,
                               "expect": sorted(expect)})
    if rep.answerable:
        rep.hit1, rep.hit3, rep.mrr = h1 / rep.answerable, h3 / rep.answerable, rr / rep.answerable
    if rep.total:
        rep.abstention = correct_decisions / rep.total
    if rep.offtopic:
        rep.offtopic_rejected = rejected / rep.offtopic
    return rep
