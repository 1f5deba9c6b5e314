"""Render entries and answers as Telegram HTML (pure: no telegram import).

Every dynamic string goes through ``esc``; ``split_message`` keeps each message within
Telegram's limit of 4,096 UTF-16 code units (an emoji counts two), cutting on paragraph
boundaries and never inside a tag.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from bot.knowledge import Entry
from bot.search import Hit
from bot.texts import t

# Telegram's message limit, in UTF-16 code units (what its clients and the Bot API count)
MAX_MESSAGE = 4096
_TAG = re.compile(r"</?([a-z]+)[^>]*>")


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units: a character outside the Basic Multilingual
    Plane (most emoji) counts two."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _fit(text: str, units: int) -> int:
    """The longest prefix of ``text`` (in characters) that is at most ``units`` UTF-16 units."""
    n = min(len(text), max(units, 0))
    while (over := utf16_len(text[:n]) - units) > 0:
        n -= (over + 1) // 2  # each character dropped frees one or two units
    return n


def esc(value: object) -> str:
    """Escape text for Telegram HTML parse mode."""
    return html.escape(str(value), quote=False)


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters on a word boundary, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] or text[: limit - 1]
    return cut + "…"


def button_label(entry: Entry, limit: int = 40, lang: str = "id") -> str:
    """A short label for a button naming an entry (its citation, else its title in ``lang``)."""
    label = entry.citation if entry.kind == "law" else entry.title_for(lang)
    return shorten(label, limit)


def render_hit(entry: Entry, lang: str, number: int | None = None) -> str:
    """One entry in an answer: title, plain explanation, citation."""
    prefix = f"{number}. " if number is not None else ""
    return (
        f"{prefix}<b>{esc(entry.title_for(lang))}</b>\n"
        f"{esc(entry.summary_for(lang))}\n"
        f"📌 <i>{esc(entry.citation)}</i>"
    )


def render_answer(hits: Sequence[Hit], lang: str, *, more: bool = False,
                  payment_hint: bool = False, bare: bool = False,
                  footer_only: bool = False) -> str:
    """The answer message for the shown hits.

    :param bare: only the hits (one question of a two-question message)
    :param footer_only: only the footer (after the parts of a two-question message)
    """
    header = t("answer_more_header" if more else "answer_header", lang)
    parts = [] if bare or footer_only else [header]
    numbered = len(hits) > 1
    for i, hit in enumerate(hits, 1):
        parts.append(render_hit(hit.entry, lang, i if numbered else None))
    if bare:
        return "\n\n".join(parts)
    footer = t("answer_footer", lang)
    if payment_hint:
        footer += "\n" + t("payment_hint", lang)
    parts.append(f"<i>{footer}</i>" if not payment_hint else footer)
    return "\n\n".join(parts)


def render_full_text(entry: Entry, lang: str, *, detail: bool = False) -> str:
    """The verbatim text of an entry with its citation, status and source.

    :param detail: the full provenance (repository, path, commit) instead of the readable
        source line: for moderators
    """
    if entry.kind == "law":
        note = ""
    elif entry.kind == "guide":
        note = f"<i>{esc(t('guide_note', lang))}</i>\n\n"
    else:
        note = f"<i>{esc(t('article_note', lang))}</i>\n\n"
    return (
        f"📜 <b>{esc(entry.citation)}</b>\n<i>{esc(entry.title_for(lang))}</i>\n\n"
        f"{note}{esc(entry.body_for(lang))}\n\n"
        f"<b>{esc(t('status_label', lang))}:</b> {esc(entry.status)}\n"
        f"<b>{esc(t('source_label', lang))}:</b> "
        f"{esc(entry.source if detail else source_line(entry, lang))}"
    )


# codes without an official Indonesian text (KUHPerdata/BW, HIR): quoted as translations
TRANSLATED = ("KUHPerdata", "HIR")


def source_line(entry: Entry, lang: str) -> str:
    """Where the text comes from, in words a worker can read (the full provenance with
    repository paths and commits stays in the entry's ``source``: /riwayat, ``kb export``)."""
    if entry.kind != "law":
        return entry.source
    if entry.regulation.startswith(TRANSLATED):
        return t("source_translation", lang, regulation=entry.regulation)
    return t("source_law", lang, regulation=entry.regulation)


def render_card(entry: Entry, lang: str) -> str:
    """An entry opened from /topik: title, summary, citation."""
    return render_hit(entry, lang)


def _open_tags(text: str) -> list[str]:
    stack: list[str] = []
    for m in _TAG.finditer(text):
        name = m.group(1)
        if m.group(0).startswith("</"):
            if stack and stack[-1] == name:
                stack.pop()
        else:
            stack.append(name)
    return stack


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Split HTML into messages of at most ``limit`` UTF-16 code units (Telegram's measure).

    Cuts at paragraph breaks, then line breaks, then spaces; a tag left open at a cut is
    closed there and reopened in the next part, and an entity (``&amp;``) is never cut.
    """
    text = text.strip()
    if utf16_len(text) <= limit:
        return [text] if text else []
    parts: list[str] = []
    rest = text
    carry: list[str] = []
    while rest:
        prefix = "".join(f"<{tag}>" for tag in carry)
        budget = limit - len(prefix) - 20  # room for closing tags (tags are ASCII)
        if len(prefix) + utf16_len(rest) <= limit:
            parts.append(prefix + rest)
            break
        size = _fit(rest, budget)  # characters that fit in the budget
        window = rest[:size]
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = window.rfind(sep)
            if cut > size // 3:
                break
        if cut <= 0:
            cut = size
        # never cut inside a tag or an entity
        lt, gt = window.rfind("<", 0, cut), window.rfind(">", 0, cut)
        if lt > gt:
            cut = lt
        amp = window.rfind("&", 0, cut)
        if amp != -1 and ";" not in window[amp:cut]:
            cut = amp
        chunk, rest = rest[:cut], rest[cut:].lstrip()
        body = prefix + chunk
        open_tags = _open_tags(body)
        parts.append(body.rstrip() + "".join(f"</{tag}>" for tag in reversed(open_tags)))
        carry = open_tags
    return [p for p in parts if p.strip()]


def html_to_plain(text: str) -> str:
    """Telegram HTML to plain text (for the console)."""
    return html.unescape(_TAG.sub("", text))
