"""Every user-facing string, by key, in Indonesian (``id``) and English (``en``).

One mechanism: a typed table ``key -> {"id": ..., "en": ...}`` per area, merged once here
(a key defined twice stops the import), read with :func:`t`. Areas:

- ``user.py``: /start, /help, answers, topics, privacy, ``TOPICS`` and ``COMMANDS``;
- ``moderator.py``: the moderators' commands and buttons;
- ``cases.py``: the dispute guide's Telegram side and saved cases (/sengketa, /kasus);
- ``dispute.py``: the dispute flow's questions, option labels and answer errors;
- ``dispute_result.py``: route, gugatan sederhana notes, interest, the case summary;
- ``dispute_plan.py``: the action plan's steps and the legal-basis explanations;
- ``status.py``: the employment-status check (/status);
- ``groups.py``: groups, inline answers, deep links and sharing;
- ``help.py``: human help, the worker's /relawan and the volunteers' /rujukan;
- ``letters.py``: the letters (/surat): questions, errors and the letters' own prose (which
  holds no markup: the preview escapes it whole).

Strings of ``user``, ``moderator`` and ``cases`` are HTML for Telegram's parse mode: literal
``<``, ``>`` and ``&`` must not appear except as tags; dynamic values are escaped by the
caller (``render.esc``) before ``format``. The ``dispute*`` areas are plain text: the handler
escapes the whole result, which also holds the worker's own answers.

Why a table and not gettext or Fluent: there are exactly two languages, both maintained by
the same people in the same change; strings are HTML fragments with named ``{placeholders}``
that ``str.format`` fills, and ``tests/test_texts.py`` checks what a ``.po`` toolchain would
(both languages present, the same placeholders, balanced tags, no unused key) without a
compile step or a second file format for contributors. Plural forms are the only thing
gettext would add; the one place that needs them uses two keys (``dispute_late_one`` and
``dispute_late_many``). Fluent's gain is selectors in the strings (plural, gender);
Indonesian marks neither, and English needs it once. Numbers that are constants of the code (14
days, 30 working days, Rp500 juta, 09.00) are placeholders filled from the constant, never
typed into the prose.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.texts import (
    cases,
    dispute,
    dispute_plan,
    dispute_result,
    groups,
    help,
    letters,
    moderator,
    status,
    user,
)

LANGS = ("id", "en")
TOPICS = user.TOPICS
COMMANDS = user.COMMANDS

#: The catalog's areas, in the order above; ``tests/test_texts.py`` checks each key.
AREAS: Mapping[str, Mapping[str, Mapping[str, str]]] = {
    "user": user.TEXTS,
    "moderator": moderator.TEXTS,
    "cases": cases.TEXTS,
    "dispute": dispute.TEXTS,
    "dispute_result": dispute_result.TEXTS,
    "dispute_plan": dispute_plan.TEXTS,
    "status": status.TEXTS,
    "letters": letters.TEXTS,
    "help": help.TEXTS,
    "groups": groups.TEXTS,
}
#: Areas whose strings are plain text (escaped whole by the handler), not HTML.
PLAIN_AREAS = frozenset({"dispute", "dispute_result", "dispute_plan"})


def merge(areas: Mapping[str, Mapping[str, Mapping[str, str]]]) -> dict[str, Mapping[str, str]]:
    """One table from all areas; a key in two areas is an error, not a silent override."""
    merged: dict[str, Mapping[str, str]] = {}
    for area, table in areas.items():
        for key, variants in table.items():
            if key in merged:
                raise ValueError(f"text key {key!r} is defined twice (again in {area}.py)")
            merged[key] = variants
    return merged


#: Every key of every area: ``key -> {"id": ..., "en": ...}``.
CATALOG = merge(AREAS)


def t(key: str, lang: str = "id", **values: object) -> str:
    """The string ``key`` in ``lang`` (Indonesian when missing), formatted with ``values``.

    :param key: text key
    :param lang: ``id`` or ``en``
    :param values: already-escaped values for ``str.format``
    """
    variants = CATALOG[key]
    text = variants.get(lang) or variants["id"]
    return text.format(**values) if values else text


def topic_label(topic: str, lang: str = "id") -> str:
    """Human label of a topic folder (the folder name when unknown)."""
    labels = TOPICS.get(topic)
    if labels is None:
        return topic.replace("-", " ").capitalize()
    return labels.get(lang) or labels["id"]
