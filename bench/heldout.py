"""Law ranking held out by set: ``python -m bench.heldout [tests/data/*.jsonl]`` (by hand).

For each tuning set, the law ranking (``bot.search.rank``) is fitted on the other sets and
law@3 (and hit@3) is measured on this one with ``bot.evaluate``; the weighted mean over all
sets is the figure the README quotes for ranking changes ("held out by set"). The decision
model is the stored one (``decision.json``, fitted on every set), so refusals here are
in-sample: the held-out refusal and decline rates come from ``python -m bot train-decision``,
which prints them. About 8 minutes on 2 cores for the eighteen tuning sets (candidates are
computed once).
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.config import Settings
from bot.evaluate import evaluate, load_questions
from bot.search.train import RankExample, fit_examples, ranking_example
from bot.services import index_from_files


def main(argv: list[str]) -> int:
    """Print law@3 per held-out set and the weighted mean."""
    paths = [Path(a) for a in argv] or sorted(Path("tests/data").glob("*.jsonl"))
    index = index_from_files(Settings.from_env())
    sets = {p.name: load_questions(p) for p in paths}
    examples: dict[str, list[RankExample]] = {}
    for name, rows in sets.items():
        examples[name] = [ex for row in rows if (ex := ranking_example(index, row)) is not None]
    hits = found = total = 0.0
    for name in sets:
        index.use_ranker(fit_examples(
            index, [ex for n, xs in examples.items() if n != name for ex in xs]))
        report = evaluate(index, sets[name])
        hits += report.law3 * report.answerable
        found += report.hit3 * report.answerable
        total += report.answerable
        print(f"{name:18} law@3 {report.law3:.3f} hit@3 {report.hit3:.3f} "
              f"({report.answerable} questions)", flush=True)
    print(f"weighted held out by set over {int(total)}: law@3 {hits / max(1.0, total):.4f}, "
          f"hit@3 {found / max(1.0, total):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
