"""Command line: ``python -m bot run | chat | ask | kb ...``."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from dotenv import load_dotenv

from bot import datadir
from bot.config import ConfigError, Settings, setup_logging
from bot.datadir import UnsafeDataDir
from bot.knowledge import Entry, KnowledgeError, load_dir
from bot.search import Index
from bot.storage import StorageError

log = logging.getLogger("bot")
#: what Telegram sends us: messages (private and group), button presses, inline queries
ALLOWED_UPDATES = ["message", "callback_query", "inline_query"]

NO_TOKEN = (
    "TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather on Telegram "
    "(https://t.me/BotFather, /newbot) and export it, or try the bot without one: "
    "python -m bot chat"
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bot", description="KawanGig legal-information bot")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    chat = sub.add_parser("chat", help="chat with the bot in this terminal (no token, no network)")
    chat.add_argument("--user-id", type=int, default=1001, help="Telegram user id to play")
    ask = sub.add_parser("ask", help="ask one question (or a batch) and print the results")
    ask.add_argument("question", nargs="?", help="the question")
    ask.add_argument("--json", action="store_true", help="print JSON")
    ask.add_argument("--k", type=int, default=3, help="number of results (1-10)")
    ask.add_argument("--lang", choices=("id", "en"), default="id", help="summary language")
    ask.add_argument("--batch", metavar="FILE", help="one question per line ('-' for stdin)")
    kb = sub.add_parser("kb", help="knowledge-base files and database")
    kbs = kb.add_subparsers(dest="kb_command", required=True)
    v = kbs.add_parser("validate", help="check knowledge files")
    v.add_argument("path", nargs="?", help="folder or file (default: knowledge/)")
    i = kbs.add_parser("import", help="upsert knowledge files into the database")
    i.add_argument("path", nargs="?", help="folder or file (default: knowledge/)")
    i.add_argument("--force", action="store_true", help="overwrite moderators' edits too")
    i.add_argument("--dry-run", action="store_true", help="only show what would change")
    e = kbs.add_parser("export", help="write the live entries as knowledge files")
    e.add_argument("path", nargs="?", help="target folder (default: knowledge/)")
    e.add_argument("--format", choices=("md", "jsonl"), default="md",
                   help="md files in PATH, or JSON Lines on stdout")
    kbs.add_parser("stats", help="counts of the live knowledge base")
    vec = kbs.add_parser("vectors", help="compute the semantic vectors of knowledge/ "
                         "(knowledge/vectors.npz)")
    vec.add_argument("--check", action="store_true", help="only report missing/stale vectors")
    tr = sub.add_parser("train-decision",
                        help="fit the answer/refuse model and the law ranking on the tuning sets")
    tr.add_argument("files", nargs="+", metavar="FILE",
                    help="labelled question sets (JSON Lines): the tuning sets, "
                    "tests/data/*.jsonl; never the blind sets")
    ev = sub.add_parser("eval", help="retrieval figures on question sets (JSON Lines)")
    ev.add_argument("files", nargs="+", metavar="FILE",
                    help="question sets (JSON Lines), e.g. tests/data/*.jsonl")
    ev.add_argument("--misses", action="store_true", help="list the questions that went wrong")
    ev.add_argument("--lexical", action="store_true", help="without the semantic model")
    ev.add_argument("--json", action="store_true", help="figures as JSON Lines")
    return p


def cmd_eval(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """``eval``: hit@1, hit@3, MRR and abstention accuracy of the shipped knowledge base."""
    from bot.evaluate import evaluate, load_questions
    from bot.services import index_from_files

    index = index_from_files(settings, semantic=not args.lexical)
    for path in map(Path, args.files):
        report = evaluate(index, load_questions(path))
        if args.json:
            out.write(json.dumps({"set": path.name, **report.as_dict()}) + "\n")
        else:
            out.write(f"{path.name}: {report.line()}\n")
        if args.misses:
            for miss in report.misses:
                out.write(f"   {json.dumps(miss, ensure_ascii=False)}\n")
    return 0


def cmd_train(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """``train-decision``: fit both decision models on the labelled tuning sets."""
    from bot.evaluate import load_questions
    from bot.search.train import train, train_ranker
    from bot.services import index_from_files

    index = index_from_files(settings)
    if not index.semantic:
        out.write("the embedding model is not available: nothing fitted\n")
        return 1
    rows = [{**row, "set": path.stem} for path in map(Path, args.files)
            for row in load_questions(path)]
    # the decision pass and the ranking pass read the same questions: embed each once
    index.query_cache = max(index.query_cache, 3 * len(rows))
    for line in train(index, rows):
        out.write(line + "\n")
    _, report = train_ranker(index, rows)
    for line in report:
        out.write(line + "\n")
    return 0


def cmd_vectors(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """``kb vectors``: bring knowledge/vectors.npz up to date with the files."""
    from bot.search import vectors_needed
    from bot.search.semantic import embed, load_embedder, load_shipped, save_shipped

    path = settings.knowledge_dir / "vectors.npz"
    entries = load_dir(settings.knowledge_dir)
    need = vectors_needed(entries)
    have = load_shipped(path)
    todo = {k: v for k, v in need.items() if k not in have}
    stale = set(have) - set(need)
    out.write(f"{len(need)} vectors needed, {len(todo)} missing, {len(stale)} stale\n")
    if args.check:
        return 1 if todo or stale else 0
    if todo:
        embedder = load_embedder()
        if embedder is None:
            out.write("the embedding model is not available\n")
            return 1
        have.update(embed(embedder, todo))
    save_shipped(path, {k: have[k] for k in need})
    out.write(f"wrote {path}\n")
    return 0


def _load(path: str | None, settings: Settings) -> list[Entry]:
    from bot.knowledge import check_collection, parse_file

    target = Path(path) if path else settings.knowledge_dir
    if target.is_file():
        entries = parse_file(target, target.parent.parent)
        check_collection(entries)
        return entries
    if not target.is_dir():
        raise KnowledgeError(str(target), "-", "no such file or folder")
    return load_dir(target)


def _result_json(index: Index, question: str, k: int, lang: str) -> dict[str, Any]:
    """What the worker would see, as JSON: every entry shown, in the order shown."""
    res = index.search(question, k=k)
    hits = res.hits if res.answered else ()
    return {
        "query": question,
        "answered": res.answered,
        "kind": res.kind,
        "field": res.field,
        "confidence": round(res.confidence, 4),
        "results": [
            {"id": h.entry.id, "kind": h.entry.kind, "title": h.entry.title_for(lang),
             "citation": h.entry.citation, "score": round(h.score, 4),
             "summary": h.entry.summary_for(lang), "source": h.entry.source}
            for h in hits
        ],
        "parts": [[h.entry.id for h in part.hits] for part in res.parts],
        "suggested_flow": res.suggested_flow,
    }


def cmd_ask(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """``ask``: one question or a batch, against the live knowledge base."""
    from bot.services import open_services

    if args.batch is None and not args.question:
        print("ask: give a QUESTION or --batch FILE", file=sys.stderr)
        return 2
    svc = open_services(settings)
    try:
        index = svc.index
        if args.batch is not None:
            if args.batch == "-":
                lines = sys.stdin.read().splitlines()
            else:
                lines = Path(args.batch).read_text(encoding="utf-8").splitlines()
            for line in filter(str.strip, lines):
                out.write(json.dumps(_result_json(index, line.strip(), args.k, args.lang),
                                     ensure_ascii=False) + "\n")
            return 0
        data = _result_json(index, args.question, args.k, args.lang)
        if args.json:
            out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        elif not data["answered"]:
            out.write("Tidak ada jawaban yang cukup relevan (answered: false).\n")
        else:
            for n, r in enumerate(data["results"], 1):
                out.write(f"{n}. {r['title']}  [{r['citation']}]  (skor {r['score']})\n"
                          f"   {r['summary']}\n")
            if data["suggested_flow"]:
                out.write("→ /sengketa: panduan sengketa bayaran\n")
        return 0
    finally:
        svc.close()


def cmd_kb(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    """``kb validate|import|export|stats``."""
    if args.kb_command == "vectors":
        return cmd_vectors(args, settings, out)
    if args.kb_command == "validate":
        entries = _load(args.path, settings)
        out.write(f"OK: {len(entries)} entries valid\n")
        return 0
    from bot.services import Services

    svc = Services(settings)
    try:
        if args.kb_command == "import":
            entries = _load(args.path, settings)
            from bot.curation import trial_index

            if not args.dry_run and not trial_index(svc.storage.live_entries(), entries):
                print("Import refused: the knowledge base it would leave cannot be indexed "
                      "(nothing was written)", file=sys.stderr)
                return 1
            report = svc.storage.import_entries(entries, "cli", force=args.force,
                                                dry_run=args.dry_run)
            verb = "would add" if args.dry_run else "added"
            out.write(f"{verb} {len(report.added)}, updated {len(report.updated)}, "
                      f"unchanged {len(report.unchanged)}, protected {len(report.protected)}\n")
            for entry_id in report.protected:
                out.write(f"  protected (changed in Telegram since the last import): {entry_id}"
                          " — use --force to take the file\n")
            return 0
        svc.seed()
        entries = svc.storage.live_entries()
        if args.kb_command == "stats":
            kinds: dict[str, int] = {}
            for e in entries:
                kinds[e.kind] = kinds.get(e.kind, 0) + 1
            out.write(f"{len(entries)} live entries: " + ", ".join(
                f"{k} {n}" for k, n in sorted(kinds.items())) + "\n")
            out.write(f"open unanswered questions: {len(svc.storage.unanswered())}\n")
            return 0
        if args.format == "jsonl":
            for e in entries:
                out.write(json.dumps(e.to_record(), ensure_ascii=False) + "\n")
            return 0
        target = Path(args.path) if args.path else settings.knowledge_dir
        for e in entries:
            path = target / e.topic / f"{e.id}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(e.to_markdown(), encoding="utf-8")
        out.write(f"exported {len(entries)} entries to {target}\n")
        return 0
    finally:
        svc.close()


def cmd_run(settings: Settings) -> int:
    """``run``: the Telegram bot."""
    if not settings.token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    from bot.app import build_application

    app = build_application(settings, rate_limit=True)
    if settings.webhook_url:
        # serve on the path of WEBHOOK_URL, where Telegram will POST the updates; our server
        # checks the secret before reading a body and caps bodies at 1 MB (bot/webhook.py)
        from bot import webhook

        webhook.run(app, url=settings.webhook_url, secret=settings.webhook_secret,
                    port=settings.port, allowed_updates=ALLOWED_UPDATES)
    else:
        app.run_polling(allowed_updates=ALLOWED_UPDATES)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point."""
    args = _parser().parse_args(argv)
    load_dotenv(override=False)
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings.log_level if args.command == "run" else
                  ("WARNING" if settings.log_level == "INFO" else settings.log_level))
    if getattr(args, "kb_command", None) != "validate":  # validate reads files only
        try:
            datadir.secure(settings.data_dir)
        except (UnsafeDataDir, OSError) as exc:
            print(f"DATA_DIR error: {exc}", file=sys.stderr)
            return 2
    try:
        if args.command == "run":
            return cmd_run(settings)
        if args.command == "chat":
            from bot.console import run_console

            return asyncio.run(run_console(settings, sys.stdin, sys.stdout, args.user_id))
        if args.command == "ask":
            return cmd_ask(args, settings, sys.stdout)
        if args.command == "eval":
            return cmd_eval(args, settings, sys.stdout)
        if args.command == "train-decision":
            return cmd_train(args, settings, sys.stdout)
        return cmd_kb(args, settings, sys.stdout)
    except KnowledgeError as exc:
        print(f"Knowledge error: {exc}", file=sys.stderr)
        return 1
    except StorageError as exc:
        print(f"Database error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
