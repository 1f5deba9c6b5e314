"""Benchmark of the answer path with semantic retrieval, beside the lexical path.

Run by hand: ``python -m bench.semantic [--sizes 3000 30000]``. Each size runs in two fresh
subprocesses: one prepares the database (entries, vectors and stems stored, as a bot that has
run before leaves it), the other starts a bot on it and measures, so the peak RSS is the bot's
own (the benchmark's 120,000 random vectors and the seeding are not in it). Writes
``bench/SEMANTIC.md``.

What is measured, per size (the shipped knowledge base plus synthetic entries):

- a question answered end to end (normalisation, embedding, the four signals, fusion, the
  decision, composing the answer), p50/p95 over the worker-style questions of
  ``bench/corpus.py`` and the tuning sets, for the full path and for the lexical path;
- cold start with stored vectors: reading every vector from SQLite and building the index;
- a moderator's edit visible to the next question: embedding the changed entry, storing its
  vector, building and swapping the index;
- peak RSS.

Embedding 30,000 synthetic entries with the real model would take close to an hour here, so
the real model embeds a sample of ``--sample`` synthetic entries (its cost is reported and
extrapolated) and the others get random unit vectors, three example questions each; the
shipped entries use their shipped vectors. The vectors' values do not change the cost of a
question (a matrix product over all of them), only which entries win.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def pct(values: list[float], p: float) -> float:
    """Percentile (nearest rank)."""
    xs = sorted(values)
    return xs[min(len(xs) - 1, round((len(xs) - 1) * p / 100))]


def prepare(size: int, sample: int, db: Path) -> dict[str, Any]:
    """One size's database, as a bot that has run before leaves it: the entries, every vector
    and the stems stored. Runs in its own process: the random vectors and the seeding are the
    benchmark's, not the bot's, and must not count in the bot's peak RSS."""
    from bench.corpus import knowledge_base
    from bot.knowledge import default_root
    from bot.search import Index, lexical, text, vectors_needed
    from bot.search.semantic import DIM, E5Embedder, embed, load_shipped
    from bot.storage import Storage

    rng = np.random.default_rng(7)
    entries = knowledge_base(size)
    synth = [e for e in entries if e.id.startswith("syn-")]
    entries = [e for e in entries if not e.id.startswith("syn-")] + [
        replace(e, questions=tuple(f"{e.title} {k}?" for k in range(3))) for e in synth]
    emb = E5Embedder()
    vectors = load_shipped(default_root() / "vectors.npz")
    need = vectors_needed(entries)
    todo = {k: v for k, v in need.items() if k not in vectors}
    # a sample embedded for real, the rest random unit vectors
    sample_todo = dict(list((k, v) for k, v in todo.items() if v[0] == "passage")[:sample])
    t0 = time.perf_counter()
    vectors.update(embed(emb, sample_todo))
    per_entry_ms = (time.perf_counter() - t0) * 1000 / max(1, len(sample_todo))
    rest = [k for k in todo if k not in vectors]
    if rest:
        rand = rng.standard_normal((len(rest), DIM)).astype(np.float32)
        rand /= np.linalg.norm(rand, axis=1, keepdims=True)
        vectors.update(zip(rest, rand, strict=True))
    storage = Storage(db)
    storage.seed(entries)
    storage.save_vectors({k: vectors[k] for k in need})
    Index(entries)
    storage.save_stems(text.take_new_stems())
    storage.save_token_counts(lexical.take_new_counts(), lexical.PIPELINE)
    storage.close()
    return {"size": len(entries), "embed_entry_ms": per_entry_ms,
            "embedded_sample": len(sample_todo), "random_vectors": len(rest)}


def child(queries: int, db: Path) -> dict[str, Any]:
    """One size: start a bot on the prepared database, measure, return the figures."""
    from bench.corpus import QUESTIONS
    from bot.evaluate import load_questions
    from bot.search import Index, lexical, text
    from bot.search.semantic import E5Embedder, embed, passage_text, vector_key
    from bot.storage import Storage

    emb = E5Embedder()
    # cold start: open, read entries, stems and vectors, build the index
    t0 = time.perf_counter()
    storage = Storage(db)
    text.preload_stems(storage.stems())
    lexical.preload_counts(storage.token_counts(lexical.PIPELINE))
    live = storage.live_entries()
    stored = storage.vectors()
    index = Index(live, stored, emb)
    cold_s = time.perf_counter() - t0
    lex_index = Index(live, previous=index)  # the same lexical indexes, without the model
    texts = list(QUESTIONS)
    for name in ("eval", "stories", "topics2"):
        texts += [r["q"] for r in load_questions(ROOT / "tests" / "data" / f"{name}.jsonl")]
    texts = texts[:queries]
    index.search(texts[0])
    lat_full, lat_lex = [], []
    for q in texts:
        index._qcache.clear()  # every question pays for its embedding
        t0 = time.perf_counter()
        index.search(q)
        lat_full.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        lex_index.search(q)
        lat_lex.append((time.perf_counter() - t0) * 1000)
    # a moderator's edit: embed one entry, store it, rebuild, swap, answer
    target = live[len(live) // 2]
    t0 = time.perf_counter()
    changed = replace(target, summary=target.summary + " Diperbarui.")
    storage.save_entry(changed, "bench", "edit")
    key = vector_key("passage", passage_text(changed))
    fresh = embed(emb, {key: ("passage", passage_text(changed))})
    storage.save_vectors(fresh)
    stored.update(fresh)
    index = Index(storage.live_entries(), stored, emb, previous=index)
    index.search(changed.title)
    edit_ms = (time.perf_counter() - t0) * 1000
    storage.close()
    return {
        "examples": len(index.ex_texts), "queries": len(texts),
        "full_p50_ms": statistics.median(lat_full), "full_p95_ms": pct(lat_full, 95),
        "lex_p50_ms": statistics.median(lat_lex), "lex_p95_ms": pct(lat_lex, 95),
        "cold_s": cold_s, "edit_ms": edit_ms,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    """Run every size in a subprocess and write bench/SEMANTIC.md."""
    p = argparse.ArgumentParser(prog="python -m bench.semantic")
    p.add_argument("--sizes", type=int, nargs="*", default=[3000, 30000])
    p.add_argument("--sample", type=int, default=40)
    p.add_argument("--queries", type=int, default=200)
    p.add_argument("--prepare", type=int)
    p.add_argument("--child", action="store_true")
    p.add_argument("--db", type=Path)
    args = p.parse_args(argv)
    if args.prepare:
        print(json.dumps(prepare(args.prepare, args.sample, args.db)))
        return 0
    if args.child:
        print(json.dumps(child(args.queries, args.db)))
        return 0
    rows = []
    for size in args.sizes:
        row: dict[str, Any] = {}
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "bench.db")
            for step in (["--prepare", str(size)], ["--child"]):
                out = subprocess.run([sys.executable, "-m", "bench.semantic", *step, "--db", db,
                                      "--sample", str(args.sample),
                                      "--queries", str(args.queries)],
                                     cwd=ROOT, capture_output=True, text=True, check=True)
                row.update(json.loads(out.stdout.strip().splitlines()[-1]))
        rows.append(row)
        print(rows[-1], flush=True)
    lines = ["# Semantic answer path: measured figures", "",
             f"`python -m bench.semantic --sizes {' '.join(map(str, args.sizes))}` "
             f"(sample {args.sample}, {args.queries} questions). Written by the benchmark.", "",
             "| entries | example questions | question p50 / p95 (full) | p50 / p95 (lexical) "
             "| cold start | edit visible | embed one entry | peak RSS |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        lines.append(
            f"| {r['size']:,} | {r['examples']:,} | {r['full_p50_ms']:.0f} / "
            f"{r['full_p95_ms']:.0f} ms | {r['lex_p50_ms']:.1f} / {r['lex_p95_ms']:.1f} ms | "
            f"{r['cold_s']:.2f} s | {r['edit_ms']:.0f} ms | {r['embed_entry_ms']:.0f} ms | "
            f"{r['rss_mb']:.0f} MB |")
    lines += ["", "Synthetic entries beyond the embedded sample carry random unit vectors "
              f"({', '.join(str(r['random_vectors']) for r in rows)} vectors): embedding them "
              "all would take about "
              + ", ".join(f"{r['embed_entry_ms'] * r['size'] / 60000:.0f} min" for r in rows)
              + " here.", ""]
    (HERE / "SEMANTIC.md").write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
