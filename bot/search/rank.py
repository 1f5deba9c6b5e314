"""Which provisions of law an answer shows: a small learned ranking (no telegram import).

Fusion (``bot.search.engine.FUSION``) ranks every entry; this model re-orders the *provisions
of law* among the fused candidates, because the first three entries a worker sees must carry
the provision that decides the question. Measured on the tuning sets with each set held out in
turn (trained on the others), the decisive provision was among the two best shown 83% of the
time with the fused order and the leading guide's basis, and 86% with this model.

Features of one candidate provision (``RANK_FEATURES``):

- ``rr_<signal>``: its reciprocal rank in each signal (``RRF_K / (RRF_K + rank)``, 0 beyond
  ``DEPTH``), for the five signals of the engine (lexical on the question part and on the
  whole message, lexical over example questions, semantic to the entry, semantic to the
  examples);
- ``s_<signal>``: its score in each signal relative to that signal's best (BM25: share of the
  best score; cosine: difference to the best);
- ``fused``: its fused score as a share of the best fused score;
- ``basis``: 1 when the leading guide (the best guide among the first three) rests on it;
  ``bpos``: 1/(1 + n) when it is the n-th of that guide's ``basis`` (authors list the
  provisions most important first); ``gscore``: that guide's fused share when so;
  ``gbasis``: 1/(1 + n) when it is in the basis of the n-th guide among the first ten;
- ``prior``: log(1 + how often, per 1,000 labelled questions of the tuning sets, workers'
  questions were answered by this provision). Provisions such as KUHPerdata 1238 (default),
  1243 (damages) or 1338 (a contract binds) answer far more of the questions people send
  than their neighbours do; an entry added later has no prior and competes on the signals.
  In fitting, each question's own labels are left out of the prior it sees, so the model
  learns how much the prior says about a new question.
- ``cprior``: the same, given the leading guide: the share of the labelled questions led by
  that guide that this provision answered from among their candidates (shrunk towards 0 by
  ``COND_PSEUDO`` questions; each question's own labels left out in fitting). A guide's
  ``basis`` is its author's order; this is what the workers' questions that reach the guide
  actually needed.

Held out by set on the sixteen tuning sets (2026-12-01), ``bpos`` with the left-out prior gave
law@3 0.819 against 0.814 without them; on eighteen sets, ``cprior`` gave 0.842 against 0.836
(``COND_PSEUDO`` 3: 0.837, 30: 0.842).

The model (``Model`` of ``bot.search.decide``, logistic) and the prior are fitted together by
``python -m bot train-decision`` and stored in ``ranking.json``. Without that file, or without
the embedding model (the features assume every signal), the engine keeps the fused order.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.search.decide import Model, fit

SIGNALS = ("lex_focus", "lex_all", "ex_lex", "sem", "ex_sem")
RANK_FEATURES = (*(f"rr_{s}" for s in SIGNALS), *(f"s_{s}" for s in SIGNALS),
                 "fused", "basis", "bpos", "gscore", "gbasis", "prior", "cprior")
RANK_PATH = Path(__file__).with_name("ranking.json")
# cosine signals: a candidate's score is its difference to the best; the others: a share
_COSINE = frozenset({"sem", "ex_sem"})
# the prior counts per this many labelled questions
PER = 1000.0
# the conditional prior counts this many questions more under each guide (shrinkage)
COND_PSEUDO = 10.0


def prior_feature(prior: Mapping[str, float], entry_id: str) -> float:
    """``log(1 + answers per 1,000 labelled questions)`` of one entry (0 if never)."""
    return math.log1p(prior.get(entry_id, 0.0))


@dataclass(frozen=True)
class Ranker:
    """The fitted ranking: a logistic model and each provision's prior."""

    model: Model
    prior: Mapping[str, float]
    # per leading guide: per provision, the share of its questions that provision answered
    cond: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    def prior_feature(self, entry_id: str) -> float:
        """``log(1 + answers per 1,000 labelled questions)`` of one entry (0 if never)."""
        return prior_feature(self.prior, entry_id)

    def score(self, feats: Mapping[str, float]) -> float:
        """The probability that this candidate answers the question."""
        return self.model.probability(feats)

    def to_json(self) -> dict[str, object]:
        """Plain dict for ``ranking.json``."""
        return {"model": self.model.to_json(),
                "prior": {k: round(v, 3) for k, v in sorted(self.prior.items())},
                "cond": {g: {k: round(v, 4) for k, v in sorted(laws.items())}
                         for g, laws in sorted(self.cond.items())}}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Ranker:
        """Read ``ranking.json``."""
        model, prior, cond = data["model"], data["prior"], data.get("cond", {})
        assert isinstance(model, dict) and isinstance(prior, dict) and isinstance(cond, dict)
        return cls(Model.from_json(model), {str(k): float(v) for k, v in prior.items()},
                   {str(g): {str(k): float(v) for k, v in laws.items()}
                    for g, laws in cond.items()})


def load_ranker(path: Path = RANK_PATH) -> Ranker | None:
    """The stored ranking, or ``None`` when none was fitted."""
    if not path.is_file():
        return None
    return Ranker.from_json(json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Candidates:
    """The provisions of law considered for one question, with their features."""

    rows: tuple[int, ...]
    feats: tuple[dict[str, float], ...]
    lead: int | None = None  # the leading guide's row


def candidates(is_law: Sequence[bool], basis: Sequence[Sequence[int]],
               sig: Mapping[str, np.ndarray], ranks: Mapping[str, np.ndarray],
               fused: np.ndarray, order: Sequence[int], rrf_k: int,
               prior: np.ndarray | None = None,
               cond: Mapping[int, Mapping[int, float]] | None = None) -> Candidates:
    """Features of the provisions among ``order`` and in the leading guide's basis.

    :param is_law: per entry row, whether it is a provision of law
    :param basis: per entry row, the rows of the provisions it declares as its basis
    :param sig: every signal's scores per entry row
    :param ranks: every signal's rank per entry row (0 = beyond the depth)
    :param fused: the fused scores
    :param order: the fused candidates, best first
    :param rrf_k: the fusion's constant
    :param prior: per entry row, the prior feature (``None``: 0 for every row)
    :param cond: per guide row, per provision row, the conditional prior (``None``: 0)
    """
    guides = [i for i in order if not is_law[i]]
    lead = next((i for i in order[:3] if not is_law[i]), None)
    lead_pos: dict[int, float] = {}  # the leading guide's basis, with each one's place
    for n, j in enumerate(basis[lead] if lead is not None else ()):
        lead_pos.setdefault(j, 1.0 / (1 + n))
    lead_basis = lead_pos.keys()
    in_guides: dict[int, float] = {}
    for n, g in enumerate(guides[:10]):
        for j in basis[g]:
            in_guides.setdefault(j, 1.0 / (1 + n))
    rows = [i for i in order if is_law[i]]
    shown = set(rows)
    rows += sorted(j for j in lead_basis if j not in shown)
    best_fused = float(fused.max()) or 1.0
    lead_share = float(fused[lead]) / best_fused if lead is not None else 0.0
    best = {name: float(scores.max()) for name, scores in sig.items()}
    feats: list[dict[str, float]] = []
    for i in rows:
        f: dict[str, float] = {}
        for name in SIGNALS:
            scores = sig.get(name)
            if scores is None:
                continue
            r = int(ranks[name][i])
            f[f"rr_{name}"] = rrf_k / (rrf_k + r) if r else 0.0
            top = best[name]
            f[f"s_{name}"] = (float(scores[i]) - top if name in _COSINE
                              else (float(scores[i]) / top if top > 0 else 0.0))
        f["fused"] = float(fused[i]) / best_fused
        f["basis"] = 1.0 if i in lead_basis else 0.0
        f["bpos"] = lead_pos.get(i, 0.0)
        f["gscore"] = lead_share if i in lead_basis else 0.0
        f["gbasis"] = in_guides.get(i, 0.0)
        f["prior"] = float(prior[i]) if prior is not None else 0.0
        f["cprior"] = (cond.get(lead, {}).get(i, 0.0) if cond is not None and lead is not None
                       else 0.0)
        feats.append(f)
    return Candidates(tuple(rows), tuple(feats), lead)


def fit_ranker(examples: Iterable[tuple[Candidates, Sequence[str], set[int], str | None]],
               prior_counts: Counter[str], questions: int) -> Ranker:
    """Fit the ranking on labelled candidates.

    :param examples: per labelled question: its candidates, the entry ids of those rows, the
        rows a reviewer accepted as answers, and the leading guide's id (or ``None``)
    :param prior_counts: how many labelled questions each provision answers
    :param questions: how many labelled questions there were
    """
    examples = list(examples)
    prior = {k: v * PER / max(1, questions) for k, v in prior_counts.items()}
    led: Counter[str] = Counter()  # questions led by each guide
    co: dict[str, Counter[str]] = {}  # ... and the provisions accepted for them
    for cands, ids, good, lead in examples:
        if lead is not None:
            led[lead] += 1
            co.setdefault(lead, Counter()).update(
                entry_id for i, entry_id in zip(cands.rows, ids, strict=True) if i in good)
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    for cands, ids, good, lead in examples:
        for i, f, entry_id in zip(cands.rows, cands.feats, ids, strict=True):
            # the priors without this question's own label: with it, every accepted provision
            # has a prior, and the model learns to trust the prior more than new questions
            # allow
            own = 1 if i in good else 0
            held = (prior_counts.get(entry_id, 0) - own) * PER / max(1, questions)
            cheld = 0.0
            if lead is not None:
                cheld = ((co[lead][entry_id] - own)
                         / (led[lead] - 1 + COND_PSEUDO))
            rows.append({**f, "prior": math.log1p(held), "cprior": cheld})
            labels.append(own)
    cond = {g: {k: v / (led[g] + COND_PSEUDO) for k, v in laws.items()}
            for g, laws in co.items()}
    return Ranker(fit(rows, labels, RANK_FEATURES), prior, cond)
