"""Fitting the answer/refuse models (``python -m bot train-decision``; no telegram import).

Labels come from the tuning sets: a question with expected entries should be answered (1), one
without (another field, small talk, a practical question) declined (0). Each model's threshold
is the lowest one at which at most ``MAX_FALSE_ANSWERS`` of the questions that are not ours are
answered on those rows (the product's target is to decline at least 87.5% of them; training
keeps a small margin), which refuses as few of our questions as that allows. (At 8% the blind
sets C and D refused 14-15% of our questions while declining 100% and 86% of the others.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from bot.search.decide import FEATURES, MODEL_PATH, Model, fit
from bot.search.engine import Index
from bot.search.scope import is_small_talk

MAX_FALSE_ANSWERS = 0.10


def _threshold(model: Model, rows: list[Mapping[str, float]], labels: list[int],
               max_false: float) -> float:
    probs = [model.probability(r) for r in rows]
    neg = (len(labels) - sum(labels)) or 1
    for step in range(5, 96):
        t = step / 100
        false = sum(1 for p, y in zip(probs, labels, strict=True) if not y and p >= t) / neg
        if false <= max_false:
            return t
    return 0.95


def train(index: Index, rows: Iterable[Mapping[str, Any]]) -> list[str]:
    """Fit the ``full`` model on ``rows`` and write ``decision.json``; return a report."""
    feats: list[Mapping[str, float]] = []
    labels: list[int] = []
    for row in rows:
        if is_small_talk(row["q"]):
            continue  # answered by the small-talk rule, never by the model
        feats.append(index.features(row["q"]))
        labels.append(1 if row["expect"] else 0)
    report = [f"{len(labels)} questions: {sum(labels)} to answer, "
              f"{len(labels) - sum(labels)} to decline"]
    model = fit(feats, labels, FEATURES)
    t = _threshold(model, list(feats), labels, MAX_FALSE_ANSWERS)
    model = Model(model.features, model.weights, model.bias, t, model.mean, model.scale)
    probs = [model.probability(r) for r in feats]
    refused = sum(1 for p, y in zip(probs, labels, strict=True) if y and p < t)
    false = sum(1 for p, y in zip(probs, labels, strict=True) if not y and p >= t)
    report.append(f"full: threshold {t:.2f}, refused {refused}/{sum(labels)}, "
                  f"answered-not-ours {false}/{len(labels) - sum(labels)}; weights "
                  + ", ".join(f"{f} {w:+.2f}" for f, w in zip(FEATURES, model.weights,
                                                                 strict=True)))
    out: dict[str, Any] = {"full": model.to_json()}
    out["trained_on"] = {"questions": len(labels), "answer": sum(labels)}
    MODEL_PATH.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    report.append(f"wrote {MODEL_PATH}")
    return report
