"""Pieces every letter shares: catalog lookup, dates, money, names and placeholders."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from bot.texts import t

DATA_ACCESS_REPLY_DAYS = 7  # a fixed reply date; access itself is due in 3 x 24 h (Pasal 32)
SUSPENSION_REPLY_DAYS = 14


def tx(key: str, lang: str, **values: object) -> str:
    """A letter string from the catalog (``bot/texts/letters.py``) in ``lang``."""
    return t(key, lang, **values)


def lang_of(answers: Mapping[str, Any]) -> str:
    """English for a foreign recipient, Indonesian otherwise."""
    return "en" if answers.get("recipient") == "foreign" else "id"


def fmt_date(value: date | str, lang: str) -> str:
    """``3 Oktober 2026`` / ``3 October 2026``."""
    from bot.dispute import format_date

    return format_date(date.fromisoformat(value) if isinstance(value, str) else value, lang)


def fmt_money(value: Mapping[str, Any]) -> str:
    """A stored amount (currency + minor units) the way the dispute guide writes it."""
    from bot.dispute import Money, format_money

    return format_money(Money(str(value["currency"]), int(value["minor"])))  # type: ignore[arg-type]


def or_placeholder(value: object, key: str, lang: str) -> str:
    """``value`` as text, or the catalog placeholder ``key`` when it was skipped."""
    return str(value) if value else tx(key, lang)
