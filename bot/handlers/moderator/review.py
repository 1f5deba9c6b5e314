"""/celah (unanswered questions, grouped), /lampirkan, /umpanbalik, /statistik."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.curation import group_gaps, with_question
from bot.handlers.common import keyboard, lang_of, press, reply, services, udata
from bot.handlers.moderator.common import actor, after_change, arg_list, not_written
from bot.knowledge import KnowledgeError
from bot.render import esc, shorten
from bot.services import Services
from bot.storage import EntryNotFound
from bot.texts import t

GAP_GROUPS = 10  # groups shown by /celah
ATTACH_CANDIDATES = 2  # candidate entries offered under each /celah question


async def gaps(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/celah: unanswered questions grouped, counted, newest first, with buttons."""
    lang = lang_of(update, context)
    svc = services(context)
    groups = group_gaps(svc.storage.unanswered())[:GAP_GROUPS]
    udata(context)["mod_gaps"] = [{"text": g["text"], "ids": g["ids"]} for g in groups]
    if not groups:
        await reply(update, t("mod_gaps_empty", lang))
        return
    lines = [t("mod_gaps_header", lang)]
    rows = []
    for i, group in enumerate(groups, 1):
        lines.append(t("mod_gap_line", lang, n=i, count=group["count"],
                       text=esc(shorten(group["text"], 200))))
        rows.append([(t("mod_btn_gap_new", lang, n=i), f"mod:gap:new:{i}"),
                     (t("mod_btn_gap_ignore", lang, n=i), f"mod:gap:ign:{i}")])
        # the entries that came closest: one tap attaches the question to one of them
        result = svc.search(group["text"])
        near = [h.entry.id for h in (*result.hits, *result.more)][:ATTACH_CANDIDATES]
        if near:
            rows.append([(t("mod_btn_attach", lang, n=i, id=shorten(eid, 28)),
                          f"mod:att:{i}:{eid}") for eid in near])
    lines.append(t("mod_gaps_attach_hint", lang))
    await reply(update, "\n".join(lines), keyboard(rows))


async def on_ignore(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``mod:gap:ign:<n>``: /celah question group ``n`` is not ours to answer."""
    p = press(update, context)
    groups = udata(context).get("mod_gaps") or []
    num = int(p.args[0])
    if not 1 <= num <= len(groups) or not groups[num - 1].get("ids"):
        await p.stale()
        return
    ids = groups[num - 1]["ids"]
    services(context).storage.set_unanswered_status(ids, "ignored")
    groups[num - 1]["ids"] = []
    await p.query.answer(t("mod_gap_ignored", p.lang, count=len(ids)))


async def on_attach(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``mod:att:<n>:<id>``: attach /celah question ``n`` to the entry offered under it."""
    p = press(update, context)
    await p.query.answer()
    await attach_question(update, context, int(p.args[0]), p.args[1])


async def attach_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/lampirkan N ID: attach /celah question N to any entry."""
    lang = lang_of(update, context)
    args = arg_list(context)
    if len(args) != 2 or not args[0].isdigit():
        await reply(update, t("mod_attach_usage", lang))
        return
    await attach_question(update, context, int(args[0]), args[1])


async def attach_question(update: Update, context: ContextTypes.DEFAULT_TYPE, num: int,
                          entry_id: str) -> None:
    """Attach /celah question ``num`` to ``entry_id`` as an example question (a new version)."""
    lang = lang_of(update, context)
    svc = services(context)
    groups = udata(context).get("mod_gaps") or []
    if not 1 <= num <= len(groups) or not groups[num - 1].get("ids"):
        await reply(update, t("mod_attach_stale", lang))
        return
    group = groups[num - 1]
    try:
        entry = svc.storage.get_entry(entry_id)
    except EntryNotFound:
        await reply(update, t("mod_not_found", lang, id=esc(entry_id)))
        return
    try:
        new = with_question(entry, group["text"])
    except KnowledgeError as exc:
        await reply(update, not_written(exc, lang))
        return
    if new is None:
        await reply(update, t("mod_attach_already", lang, id=esc(entry_id)))
        return
    version = svc.storage.save_entry(new, actor(update), t("mod_attach_reason", "id"),
                                     expected_version=svc.storage.version_of(entry_id))
    svc.storage.set_unanswered_status(group["ids"], "answered")
    group["ids"] = []
    closed = await after_change(svc)
    await reply(update, t("mod_attached", lang, id=esc(entry_id), version=version,
                          gaps=closed))


async def feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/umpanbalik: entries ranked by 👎, with the questions that led to them."""
    lang = lang_of(update, context)
    ranking = services(context).storage.feedback_ranking()
    if not ranking:
        await reply(update, t("mod_feedback_empty", lang))
        return
    lines = [t("mod_feedback_header", lang)]
    for i, row in enumerate(ranking, 1):
        lines.append(t("mod_feedback_line", lang, n=i, id=esc(row["entry_id"]),
                       down=row["down"], up=row["up"]))
        lines.extend(f"   • <i>{esc(shorten(q, 150))}</i>" for q in row["queries"])
    await reply(update, "\n".join(lines))


def _counter(svc: Services, key: str) -> int:
    raw = svc.storage.get_meta(key, "0")
    return int(raw) if raw.strip().isdigit() else 0


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/statistik: questions per day, share answered, top entries and gaps, dispute flows."""
    lang = lang_of(update, context)
    svc = services(context)
    data = svc.storage.question_stats()
    total, answered = data["total"], data["answered"]
    share = round(100 * answered / total) if total else 0
    lines = [t("mod_stats_header", lang, total=total, answered=answered, share=share)]
    for day in data["per_day"]:
        lines.append(t("mod_stats_day", lang, day=day["day"], total=day["total"],
                       answered=day["answered"]))
    if data["top_entries"]:
        lines.append(t("mod_stats_top", lang))
        lines.extend(f"• {esc(e)}: {n}" for e, n in data["top_entries"])
    top_gaps = sorted(group_gaps(svc.storage.unanswered()), key=lambda g: -g["count"])[:5]
    if top_gaps:
        lines.append(t("mod_stats_gaps", lang))
        lines.extend(f"• {esc(shorten(g['text'], 100))} ×{g['count']}" for g in top_gaps)
    lines.append(t("mod_stats_dispute", lang, started=_counter(svc, "dispute_started"),
                   finished=_counter(svc, "dispute_finished")))
    help_figures = svc.storage.help_stats()
    median = help_figures.pop("median_first_reply")
    shown = "-" if median is None else (t("ref_wait_minutes", lang, n=round(median / 60))
                                        if median < 3600 else
                                        t("ref_wait_hours", lang, n=round(median / 3600)))
    lines.append(t("ref_stats", lang, median=shown, **help_figures))
    await reply(update, "\n".join(lines))
