"""KawanGig benchmarks: retrieval vs. the naive rank-bm25 baseline, edit visibility, the whole
bot through the in-process transport, and cold start. Run by hand: ``python -m bench``.

Each measurement runs in a fresh subprocess (``python -m bench.run --child ...``) so that peak
RSS, caches and imports belong to one size and one scenario only. Children print one JSON
line; the parent collects them, prints a table and writes ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import logging
import os
import platform
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# This benchmark measures the lexical path (and the whole bot on it); the answer path with
# the embedding model is measured by bench/semantic.py.
os.environ.setdefault("KAWANGIG_SEMANTIC", "off")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGETS = {
    "p95_3k_ms": 2.0, "p95_30k_ms": 5.0, "speedup_30k": 20.0, "bot_ups": 300.0,
    "bot_p95_ms": 20.0, "rss_30k_mb": 250.0, "cold_s": 3.0, "edit_ms": 1000.0,
}


def rss_mb() -> float:
    """Peak RSS of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], p: float) -> float:
    """Percentile with linear interpolation (values need not be sorted)."""
    if not values:
        return float("nan")
    xs = sorted(values)
    pos = (len(xs) - 1) * p / 100
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def profile_top(prof: cProfile.Profile, n: int = 18) -> str:
    """The ``n`` most expensive functions by cumulative time, as text."""
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(n)
    return out.getvalue()


# -- children ------------------------------------------------------------------------------


def top5(scores: Any) -> list[tuple[int, float]]:
    """Top 5 (doc, score) by score, ties by doc number."""
    import numpy as np

    n = min(5, len(scores))
    if n == 0:
        return []
    cand = np.argpartition(-scores, n - 1)[:n] if n < len(scores) else np.arange(len(scores))
    # widen to every doc tied with the 5th score, then order deterministically
    fifth = float(np.sort(scores[cand])[0])
    cand = np.nonzero(scores >= fifth - 1e-9)[0]
    order = sorted((int(i) for i in cand), key=lambda i: (-float(scores[i]), i))[:n]
    return [(i, float(scores[i])) for i in order]


def agree(ours: list[tuple[int, float]], ref: list[tuple[int, float]]) -> bool:
    """Same ids in the same order, or differing only inside groups of tied scores."""
    if [i for i, _ in ours] == [i for i, _ in ref]:
        return True
    if len(ours) != len(ref):
        return False
    scale = max([abs(s) for _, s in ref] + [1.0])
    return all(abs(a[1] - b[1]) <= 1e-9 * scale for a, b in zip(ours, ref, strict=True))


def child_retrieval(size: int, queries: int, seed: int, profile: bool) -> dict[str, Any]:
    """Build, query and compare against the naive baseline for one knowledge-base size."""
    import numpy as np
    from rank_bm25 import BM25Okapi

    from bench.corpus import QUESTIONS, knowledge_base
    from bot.search import Index, document_tokens

    out: dict[str, Any] = {"size": size, "rss_imports_mb": rss_mb()}
    entries = knowledge_base(size, seed)
    out["entries"] = len(entries)
    out["rss_entries_mb"] = rss_mb()
    prof = cProfile.Profile() if profile else None
    t0 = time.perf_counter()
    if prof:
        prof.enable()
    index = Index(entries)
    if prof:
        prof.disable()
    out["build_s"] = time.perf_counter() - t0
    out["postings_terms"] = len(index.lex.postings)
    out["typo_variants"] = len(index.lex.typos.deletes)
    # the cycled questions; the first pass warms the stem cache, as a running bot's would be
    qs = [QUESTIONS[i % len(QUESTIONS)] for i in range(queries)]
    for q in QUESTIONS:
        index.search(q)
    lat = []
    cpu = []  # thread CPU time: what is left when preemption by other processes is removed
    answered = 0
    if prof:
        prof.enable()
    for q in qs:
        c = time.thread_time_ns()
        t = time.perf_counter_ns()
        r = index.search(q)
        lat.append((time.perf_counter_ns() - t) / 1e6)
        cpu.append((time.thread_time_ns() - c) / 1e6)
        answered += r.answered
    if prof:
        prof.disable()
    out.update(p50_ms=pct(lat, 50), p95_ms=pct(lat, 95), max_ms=max(lat),
               cpu_p95_ms=pct(cpu, 95), answered_share=answered / len(qs), queries=len(qs))
    # a cold query: words never seen (stem + typo correction paths)
    lat_cold = []
    for q in qs[: len(QUESTIONS)]:
        q2 = q + " " + "".join(random.Random(q).choice("aiueokmnrst") for _ in range(7))
        t = time.perf_counter_ns()
        index.search(q2)
        lat_cold.append((time.perf_counter_ns() - t) / 1e6)
    out["p95_unseen_word_ms"] = pct(lat_cold, 95)
    out["rss_kawangig_mb"] = rss_mb()
    # a second build with a warm stem cache: what Services.rebuild costs after an edit, while
    # the old index is still serving (as in Services.rebuild)
    t0 = time.perf_counter()
    index2 = Index(entries)
    out["rebuild_warm_s"] = time.perf_counter() - t0
    out["rss_after_rebuild_mb"] = rss_mb()
    del index2

    # naive baseline: whitespace tokens, get_scores over the whole corpus, argsort top 5
    def doc_text(e: Any) -> str:
        return " ".join([e.title, " ".join(e.keywords), e.citation, e.summary, e.summary_en,
                         e.text, " ".join(e.tags)])

    t0 = time.perf_counter()
    naive = BM25Okapi([doc_text(e).lower().split() for e in entries])
    out["naive_build_s"] = time.perf_counter() - t0
    nq = qs if size <= 5000 else qs[: max(len(QUESTIONS), queries // 2)]
    nlat = []
    for q in nq:
        t = time.perf_counter_ns()
        scores = naive.get_scores(q.lower().split())
        np.argsort(scores)[::-1][:5]
        nlat.append((time.perf_counter_ns() - t) / 1e6)
    out.update(naive_p50_ms=pct(nlat, 50), naive_p95_ms=pct(nlat, 95), naive_queries=len(nq))
    out["rss_peak_mb"] = rss_mb()
    del naive

    # agreement: our precomputed impacts vs. rank-bm25 over the very same tokens
    ref = BM25Okapi([document_tokens(e) for e in entries])
    same = 0
    disagreements = []
    for q in QUESTIONS:
        terms = index.lex.query_terms(q)
        ours = top5(index.lex.scores(terms))
        theirs = top5(ref.get_scores(terms))
        if agree(ours, theirs):
            same += 1
        else:
            disagreements.append(q)
    out["agree_share"] = same / len(QUESTIONS)
    out["agree_n"] = len(QUESTIONS)
    out["disagreements"] = disagreements[:5]
    if prof:
        out["profile"] = profile_top(prof)
    return out


def child_mkdb(db: Path, size: int, seed: int) -> dict[str, Any]:
    """A bot database seeded with ``size`` entries (real + synthetic)."""
    from bench.corpus import knowledge_base
    from bot.storage import Storage

    t0 = time.perf_counter()
    storage = Storage(db)
    with storage.transaction():
        n = storage.seed(knowledge_base(size, seed))
    storage.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    storage.close()
    return {"entries": n, "seconds": time.perf_counter() - t0}


def child_cold(db: Path) -> None:
    """Cold start: import the bot, open storage, build the index, print ready."""
    t0 = time.perf_counter()
    from bot.config import Settings
    from bot.services import open_services

    t1 = time.perf_counter()
    settings = Settings(data_dir=db.parent)
    services = open_services(settings)
    t2 = time.perf_counter()
    n = len(services.index)
    services.close()
    print(json.dumps({"ready": True, "entries": n, "import_s": t1 - t0, "open_build_s": t2 - t1,
                      "rss_mb": rss_mb()}), flush=True)


def child_cold_split(db: Path) -> dict[str, Any]:
    """Where cold start goes: loading rows vs. building the index (cProfile of the build)."""
    from bot.search import Index
    from bot.storage import Storage

    t0 = time.perf_counter()
    storage = Storage(db)
    entries = storage.live_entries()
    t1 = time.perf_counter()
    prof = cProfile.Profile()
    prof.enable()
    Index(entries)
    prof.disable()
    t2 = time.perf_counter()
    storage.close()
    return {"load_s": t1 - t0, "build_s": t2 - t1, "profile": profile_top(prof, 22)}


def child_edit(db: Path, rounds: int) -> dict[str, Any]:
    """A moderator's edit (save_entry + Services.rebuild) until a question sees it."""
    from bot.config import Settings
    from bot.services import Services
    from bot.storage import Storage

    settings = Settings(data_dir=db.parent)
    services = Services(settings, Storage(db))
    services.rebuild()
    services.search("klien telat bayar")
    rows = []
    for r in range(rounds):
        entry = services.index.entries[(r * 997) % len(services.index)]
        word = f"kataujibenchmark{'abcdefghij'[r]}"
        changed = replace(entry, summary=(entry.summary[:600] + " " + word))
        t0 = time.perf_counter()
        services.storage.save_entry(changed, "tg:42", "bench: edit",
                                    expected_version=services.storage.version_of(entry.id))
        t1 = time.perf_counter()
        services.rebuild()
        t2 = time.perf_counter()
        result = services.search(f"apa itu {word}")
        t3 = time.perf_counter()
        seen = entry.id in [h.entry_id for h in result.hits + result.more]
        rows.append({"save_ms": (t1 - t0) * 1e3, "rebuild_ms": (t2 - t1) * 1e3,
                     "search_ms": (t3 - t2) * 1e3, "total_ms": (t3 - t0) * 1e3, "seen": seen})
    services.close()
    totals = [row["total_ms"] for row in rows]
    return {"rounds": rows, "median_ms": statistics.median(totals), "max_ms": max(totals),
            "all_seen": all(row["seen"] for row in rows), "entries": len(services.index)}


def dispute_registered(app: Any) -> bool:
    """Whether some handler (or conversation entry point) answers ``/sengketa``."""
    from telegram.ext import CommandHandler, ConversationHandler

    def commands(handler: Any) -> set[str]:
        if isinstance(handler, CommandHandler):
            return set(handler.commands)
        if isinstance(handler, ConversationHandler):
            found: set[str] = set()
            for h in handler.entry_points:
                found |= commands(h)
            return found
        return set()

    return any("sengketa" in commands(h) for group in app.handlers.values() for h in group)


def user_script(rng: random.Random, dispute: bool) -> list[str]:
    """One simulated user's steps: /start, then a realistic mix of questions and buttons."""
    from bench.corpus import QUESTIONS

    steps = ["/start"]
    kinds = ["q", "t", "more", "fb", "/topik", "topic", "/help", "menu:topics"]
    weights = [50, 15, 8, 5, 7, 5, 3, 3]
    if dispute:
        kinds.append("dispute")
        weights.append(4)
    for _ in range(rng.randint(4, 10)):
        kind = rng.choices(kinds, weights)[0]
        if kind == "q":
            steps.append("q:" + rng.choice(QUESTIONS))
        elif kind == "dispute":
            steps += ["/sengketa", "dispute:answer", "dispute:answer", "/cancel"]
        else:
            steps.append(kind)
    return steps


async def bot_run(db: Path, users: int, batch: int, seed: int, persistence: bool
                  ) -> dict[str, Any]:
    """Play ``users`` users against the real Application; ``batch`` > 1 runs that many
    users' updates concurrently (asyncio.gather), else one update at a time."""
    from telegram.ext import ContextTypes

    from bot.app import build_application
    from bot.config import Settings
    from bot.knowledge import default_root
    from bot.local import LocalBotAPI, LocalClient, Sent
    from bot.services import Services
    from bot.storage import Storage

    # flood_limit high: the simulated users are not flooding, the run is just fast
    settings = Settings(data_dir=db.parent, knowledge_dir=default_root(),
                        moderator_ids=frozenset({42}), flood_limit=10_000)
    services = Services(settings, Storage(db))
    services.rebuild()
    api = LocalBotAPI()
    app = build_application(settings, request=api, services=services, persistence=persistence)
    errors: list[str] = []

    async def count_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        errors.append(repr(context.error))

    app.add_error_handler(count_error)
    rng = random.Random(seed)
    dispute = dispute_registered(app)
    topics = sorted({e.topic for e in services.index.entries})
    clients = [LocalClient(app, api, user_id=100_000 + i,
                           language_code="en" if i % 10 == 0 else "id") for i in range(users)]
    scripts = {c.user_id: user_script(rng, dispute) for c in clients}
    last_buttons: dict[int, Sent] = {}
    last_answer: dict[int, Sent] = {}
    kinds_done: dict[str, int] = {}
    lat: list[float] = []

    def plan(client: LocalClient, step: str) -> tuple[str, Any]:
        """Turn a scripted step into ("send", text) or ("press", (data, sent))."""
        uid = client.user_id
        ans = last_answer.get(uid)
        btn = last_buttons.get(uid)
        if step in ("t", "more", "fb"):
            datas = [d for _, d in ans.flat_buttons] if ans else []
            want = {"t": "entry:text:", "more": "ans:more", "fb": "fb:"}[step]
            match = [d for d in datas if d.startswith(want)]
            if ans and match:
                return "press", (rng.choice(match), ans)
            return "send", rng_question()
        if step == "topic":
            if btn and any(d.startswith("topic:") for _, d in btn.flat_buttons):
                return "press", (f"topic:{rng.choice(topics)}", btn)
            return "send", "/topik"
        if step == "menu:topics":
            if btn and any(d == "menu:topics" for _, d in btn.flat_buttons):
                return "press", ("menu:topics", btn)
            return "send", "/topik"
        if step == "dispute:answer":
            if btn and btn.flat_buttons and btn.flat_buttons[0][1].startswith("dispute"):
                return "press", (btn.flat_buttons[0][1], btn)
            return "send", "PT Maju Jaya, 5 juta, 10 Januari 2026"
        return "send", step

    def rng_question() -> str:
        from bench.corpus import QUESTIONS

        return "q:" + rng.choice(QUESTIONS)

    async def one(client: LocalClient, action: str, arg: Any) -> None:
        t = time.perf_counter_ns()
        if action == "send":
            text = arg[2:] if arg.startswith("q:") else arg
            await client.send(text)
        else:
            data, sent = arg
            await client.press_data(data, sent)
        lat.append((time.perf_counter_ns() - t) / 1e6)

    async with app:
        await app.post_init(app)  # type: ignore[misc]
        rounds = max(len(s) for s in scripts.values())
        order = list(clients)
        n_updates = 0
        t_start = time.perf_counter()
        for r in range(rounds):
            rng.shuffle(order)
            todo = []
            for client in order:
                script = scripts[client.user_id]
                if r < len(script):
                    action, arg = plan(client, script[r])
                    label = (arg.split(":")[0] if action == "send" else
                             "btn " + arg[0].split(":")[0])
                    label = "question" if label == "q" else label
                    kinds_done[label] = kinds_done.get(label, 0) + 1
                    todo.append((client, action, arg))
            for i in range(0, len(todo), batch):
                chunk = todo[i:i + batch]
                if batch == 1:
                    await one(*chunk[0])
                else:
                    await asyncio.gather(*(one(*job) for job in chunk))
                n_updates += len(chunk)
                for sent in api.sent:
                    if sent.method == "sendMessage" and sent.buttons:
                        last_buttons[sent.chat_id] = sent
                        if any(d.startswith("t:") for _, d in sent.flat_buttons):
                            last_answer[sent.chat_id] = sent
                api.sent.clear()
                api.calls.clear()
        elapsed = time.perf_counter() - t_start
    services.close()
    return {"users": users, "batch": batch, "updates": n_updates, "seconds": elapsed,
            "ups": n_updates / elapsed, "p50_ms": pct(lat, 50), "p95_ms": pct(lat, 95),
            "p99_ms": pct(lat, 99), "max_ms": max(lat), "errors": len(errors),
            "error_sample": errors[:3], "dispute": dispute, "mix": kinds_done,
            "persistence": persistence, "rss_mb": rss_mb()}


def child_bot_profile(db: Path, users: int, seed: int) -> dict[str, Any]:
    """cProfile of the sequential whole-bot run (where an update's time goes)."""
    prof = cProfile.Profile()
    prof.enable()
    res = asyncio.run(bot_run(db, users, 1, seed, False))
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(25)
    return {"ups": res["ups"], "profile": out.getvalue()}


# -- parent --------------------------------------------------------------------------------


def run_child(*args: str, timeout: float = 1800) -> dict[str, Any]:
    """Run ``python -m bench.run --child ...`` and parse its last JSON line."""
    cmd = [sys.executable, "-m", "bench.run", "--child", *args]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def cold_start(db: Path, repeats: int) -> dict[str, Any]:
    """Process start to "ready", measured from outside, ``repeats`` times."""
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "bench.run", "--child", "cold",
                                 "--db", str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        wall = time.perf_counter() - t0
        proc.wait()
        info = json.loads(line)
        info["wall_s"] = wall
        runs.append(info)
    walls = [r["wall_s"] for r in runs]
    return {"runs": runs, "median_s": statistics.median(walls), "max_s": max(walls)}


def machine() -> dict[str, str]:
    """nproc, CPU, memory, Python, date."""
    cpu = ""
    mem = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    import numpy
    import rank_bm25  # noqa: F401
    import telegram

    return {"nproc": str(os.cpu_count()), "cpu": cpu or platform.processor(), "memory": mem,
            "python": platform.python_version(), "platform": platform.platform(),
            "numpy": numpy.__version__, "python-telegram-bot": telegram.__version__,
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "load average at start (1/5/15 min)": " / ".join(f"{x:.2f}" for x in os.getloadavg())}


def status(ok: bool) -> str:
    """PASS or MISS."""
    return "PASS" if ok else "MISS"


def report(args: argparse.Namespace, res: dict[str, Any], command: str) -> tuple[str, str]:
    """The Markdown report and the one-line summary."""
    ret = res["retrieval"]
    by = {r["size"]: r for r in ret}
    small, big = min(by), max(by)
    lines = ["# KawanGig benchmark results", ""]
    lines += [f"Command: `{command}`", ""]
    lines += ["| machine | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in res["machine"].items()]
    lines += ["", "## Retrieval (one fresh process per size)", ""]
    lines += ["| entries | build s | rebuild (warm stems) s | p50 ms | p95 ms | p95 CPU ms "
              "| p95 unseen-word ms | naive p50 ms | naive p95 ms | speed-up p95 | top-5 agree "
              "| RSS KawanGig MB | RSS peak MB (incl. naive) | terms |",
              "|" + "---|" * 14]
    for r in ret:
        lines.append(
            f"| {r['entries']:,} | {r['build_s']:.2f} | {r['rebuild_warm_s']:.2f} "
            f"| {r['p50_ms']:.3f} | {r['p95_ms']:.3f} | {r.get('cpu_p95_ms', 0):.3f} "
            f"| {r['p95_unseen_word_ms']:.3f} "
            f"| {r['naive_p50_ms']:.2f} | {r['naive_p95_ms']:.2f} "
            f"| {r['naive_p95_ms'] / r['p95_ms']:.0f}x | {r['agree_share']:.0%} "
            f"({r['agree_n']}) | {r['rss_kawangig_mb']:.0f} | {r['rss_peak_mb']:.0f} "
            f"| {r['postings_terms']:,} |")
    from bench.corpus import QUESTIONS

    lines += ["", f"Queries per size: {ret[0]['queries']} (the {len(QUESTIONS)} questions of "
              "`bench/corpus.py` cycled; one warm-up pass first). 'unseen word' adds a random "
              "word to each question (cold stem + typo correction). 'p95 CPU' is the thread "
              "CPU time of the same queries: wall p95 far above it means the process was "
              "preempted (other load on the machine), not slow code. Naive = `BM25Okapi` over "
              "`text.lower().split()`, `get_scores` + `argsort` top 5. Agreement = "
              "`Index.scores(Index.query_terms(q))` top 5 vs `BM25Okapi(document_tokens(e))"
              ".get_scores(same terms)` top 5 (ties by score)."]
    if any(r["disagreements"] for r in ret):
        for r in ret:
            if r["disagreements"]:
                lines.append(f"- disagreements at {r['entries']:,}: {r['disagreements']}")
    e = res["edit"]
    lines += ["", f"## Moderator edit → visible ({e['entries']:,} entries)", "",
              "| round | save ms | rebuild ms | search ms | total ms | seen |",
              "|---|---|---|---|---|---|"]
    for i, row in enumerate(e["rounds"], 1):
        lines.append(f"| {i} | {row['save_ms']:.1f} | {row['rebuild_ms']:.0f} "
                     f"| {row['search_ms']:.2f} | {row['total_ms']:.0f} | {row['seen']} |")
    lines += ["", f"median {e['median_ms']:.0f} ms, max {e['max_ms']:.0f} ms"]
    lines += ["", f"## Whole bot (real Application, LocalBotAPI, {res['bot_entries']:,} entries)",
              "",
              "| mode | users | updates | upd/s | p50 ms | p95 ms | p99 ms | max ms | errors |",
              "|---|---|---|---|---|---|---|---|---|"]
    for b in res["bot"]:
        mode = "sequential" if b["batch"] == 1 else f"gather x{b['batch']}"
        mode += ", persistence" if b["persistence"] else ""
        lines.append(f"| {mode} | {b['users']:,} | {b['updates']:,} | {b['ups']:.0f} "
                     f"| {b['p50_ms']:.2f} | {b['p95_ms']:.2f} | {b['p99_ms']:.2f} "
                     f"| {b['max_ms']:.1f} | {b['errors']} |")
    seq = res["bot"][0]
    lines += ["", "Mix (sequential run; a button step with no button to press becomes a "
              "question): " + ", ".join(f"{k} {v}" for k, v in sorted(seq["mix"].items()))]
    lines.append("Dispute flow: " + ("included (/sengketa registered)" if seq["dispute"] else
                                     "skipped: no handler registers /sengketa yet"))
    c = res["cold"]
    lines += ["", f"## Cold start ({res['bot_entries']:,} entries in SQLite)", "",
              "| run | wall s (spawn → ready) | imports s | open storage + build index s |",
              "|---|---|---|---|"]
    for i, r in enumerate(c["runs"], 1):
        lines.append(f"| {i} | {r['wall_s']:.2f} | {r['import_s']:.2f} "
                     f"| {r['open_build_s']:.2f} |")
    split = res.get("cold_split")
    if split:
        lines += ["", f"Split: load rows {split['load_s']:.2f} s, build index "
                  f"{split['build_s']:.2f} s (profiled)."]
    p3 = by.get(3000, by[small])
    pb = by[big]
    speed = pb["naive_p95_ms"] / pb["p95_ms"]
    bot = seq
    checks = [
        (f"retrieval p95 @{p3['entries']:,} ≤ {TARGETS['p95_3k_ms']} ms", p3["p95_ms"],
         p3["p95_ms"] <= TARGETS["p95_3k_ms"]),
        (f"retrieval p95 @{pb['entries']:,} ≤ {TARGETS['p95_30k_ms']} ms", pb["p95_ms"],
         pb["p95_ms"] <= TARGETS["p95_30k_ms"]),
        (f"speed-up vs naive @{pb['entries']:,} ≥ {TARGETS['speedup_30k']:.0f}x", speed,
         speed >= TARGETS["speedup_30k"]),
        (f"bot ≥ {TARGETS['bot_ups']:.0f} upd/s", bot["ups"], bot["ups"] >= TARGETS["bot_ups"]),
        (f"bot p95 < {TARGETS['bot_p95_ms']:.0f} ms", bot["p95_ms"],
         bot["p95_ms"] < TARGETS["bot_p95_ms"]),
        (f"RSS @{pb['entries']:,} < {TARGETS['rss_30k_mb']:.0f} MB", pb["rss_kawangig_mb"],
         pb["rss_kawangig_mb"] < TARGETS["rss_30k_mb"]),
        (f"cold start < {TARGETS['cold_s']:.0f} s", c["median_s"],
         c["median_s"] < TARGETS["cold_s"]),
        (f"edit visible < {TARGETS['edit_ms']:.0f} ms", e["median_ms"],
         e["median_ms"] < TARGETS["edit_ms"]),
    ]
    lines += ["", "## Targets", "", "| target | measured | |", "|---|---|---|"]
    lines += [f"| {name} | {val:.2f} | {status(ok)} |" for name, val, ok in checks]
    summary = (f"retrieval p95 {p3['p95_ms']:.2f} ms @{p3['entries'] // 1000}k, "
               f"{pb['p95_ms']:.2f} ms @{pb['entries'] // 1000}k ({speed:.0f}x faster than "
               f"naive); bot {bot['ups']:.0f} upd/s p95 {bot['p95_ms']:.1f} ms; "
               f"RSS {pb['rss_kawangig_mb']:.0f} MB @{pb['entries'] // 1000}k; "
               f"cold start {c['median_s']:.2f} s; edit visible in {e['median_ms']:.0f} ms")
    lines += ["", "**Summary:** " + summary, ""]
    if res.get("notes"):
        lines += ["## Notes", "", res["notes"], ""]
    return "\n".join(lines), summary


def main(argv: list[str] | None = None) -> int:
    """Parse arguments; run one child scenario or the whole benchmark."""
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--quick", action="store_true", help="sizes 300 and 3,000, fewer queries")
    p.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=None)
    p.add_argument("--queries", type=int, default=None, help="questions per size")
    p.add_argument("--users", type=int, default=None, help="simulated users of the bot run")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--profile", action="store_true",
                   help="also write PROFILE.md (cProfile excerpts; timings run slower)")
    p.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--size", type=int, default=3000, help=argparse.SUPPRESS)
    p.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--batch", type=int, default=1, help=argparse.SUPPRESS)
    p.add_argument("--persistence", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.child:
        return run_as_child(args)

    from bench.persistence import END, START, write_section

    old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    kept_persistence = (old[old.index(START):old.index(END) + len(END)]
                        if START in old and END in old else "")
    quick = args.quick
    sizes = args.sizes or ([300, 3000] if quick else [300, 3000, 30000])
    queries = args.queries or (120 if quick else 400)
    users = args.users or (200 if quick else 1000)
    bot_size = 3000
    command = "python -m bench" + (" --quick" if quick else "") + \
        (" --profile" if args.profile else "")
    res: dict[str, Any] = {"machine": machine(), "retrieval": [], "bot": [],
                           "bot_entries": bot_size}
    print(f"KawanGig bench: sizes {sizes}, {queries} queries, {users} users", flush=True)
    for size in sizes:
        r = run_child("retrieval", "--size", str(size), "--queries", str(queries),
                      "--seed", str(args.seed), *(["--profile"] if args.profile else []))
        res["retrieval"].append(r)
        print(f"  retrieval {r['entries']:>6,}: build {r['build_s']:.2f} s, p50 "
              f"{r['p50_ms']:.3f} ms, p95 {r['p95_ms']:.3f} ms, naive p95 "
              f"{r['naive_p95_ms']:.2f} ms, agree {r['agree_share']:.0%}, RSS "
              f"{r['rss_kawangig_mb']:.0f} MB", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="kawangig-bench-"))
    try:
        template = tmp / "template" / "kawangig.db"
        mk = run_child("mkdb", "--db", str(template), "--size", str(bot_size),
                       "--seed", str(args.seed))
        print(f"  database with {mk['entries']:,} entries in {mk['seconds']:.1f} s", flush=True)

        def fresh(name: str) -> Path:
            d = tmp / name
            d.mkdir()
            shutil.copy(template, d / "kawangig.db")
            return d / "kawangig.db"

        res["edit"] = run_child("edit", "--db", str(fresh("edit")), "--queries", "5")
        print(f"  edit visible: median {res['edit']['median_ms']:.0f} ms", flush=True)
        modes = [(1, False), (50, False)] + ([] if quick else [(1, True)])
        for batch, persist in modes:
            b = run_child("bot", "--db", str(fresh(f"bot{batch}{persist}")), "--users",
                          str(users), "--batch", str(batch), "--seed", str(args.seed),
                          *(["--persistence"] if persist else []))
            res["bot"].append(b)
            print(f"  bot batch {batch}{' persistence' if persist else ''}: {b['ups']:.0f} "
                  f"upd/s, p95 {b['p95_ms']:.2f} ms, errors {b['errors']}", flush=True)
        cold_db = fresh("cold")
        res["cold"] = cold_start(cold_db, 3 if quick else 5)
        print(f"  cold start: median {res['cold']['median_s']:.2f} s", flush=True)
        if args.profile:
            res["cold_split"] = run_child("coldsplit", "--db", str(fresh("coldsplit")))
            res["bot_profile"] = run_child("botprofile", "--db", str(fresh("botprof")),
                                           "--users", str(min(users, 300)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    res["machine"]["load average at end (1/5/15 min)"] = " / ".join(
        f"{x:.2f}" for x in os.getloadavg())
    text, summary = report(args, res, command)
    args.out.write_text(text, encoding="utf-8")
    if kept_persistence:  # python -m bench.persistence's section survives this rewrite
        write_section(args.out, kept_persistence)
    if args.profile:
        prof = [f"# cProfile excerpts ({command})", ""]
        for r in res["retrieval"]:
            prof += [f"## retrieval {r['entries']:,} (build + queries)", "```", r["profile"],
                     "```"]
        prof += ["## cold start: Index build from SQLite", "```", res["cold_split"]["profile"],
                 "```", "## whole bot, sequential (tottime)", "```",
                 res["bot_profile"]["profile"], "```"]
        (args.out.parent / "PROFILE.md").write_text("\n".join(prof), encoding="utf-8")
    print()
    print(text)
    print(summary)
    return 0


def run_as_child(args: argparse.Namespace) -> int:
    """Dispatch ``--child NAME``."""
    name = args.child
    if name == "cold":
        child_cold(args.db)
        return 0
    if name == "retrieval":
        out = child_retrieval(args.size, args.queries or 300, args.seed, args.profile)
    elif name == "mkdb":
        out = child_mkdb(args.db, args.size, args.seed)
    elif name == "edit":
        out = child_edit(args.db, args.queries or 5)
    elif name == "bot":
        out = asyncio.run(bot_run(args.db, args.users or 1000, args.batch, args.seed,
                                  args.persistence))
    elif name == "coldsplit":
        out = child_cold_split(args.db)
    elif name == "botprofile":
        out = child_bot_profile(args.db, args.users or 300, args.seed)
    else:
        raise SystemExit(f"unknown child {name!r}")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
