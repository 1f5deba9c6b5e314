"""Pieces every letter shares: the recipient's language, the parties, dates, money, and the
frame around a letter's own paragraphs (heading, recipient, signature, captions)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.letters.model import Letter
from bot.texts import t

DATA_ACCESS_REPLY_DAYS = 7  # a fixed reply date; access itself is due in 3 x 24 h (Pasal 32)
SUSPENSION_REPLY_DAYS = 14


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
    return str(value) if value else t(key, lang)


@dataclass(frozen=True)
class Parties:
    """Who writes to whom, with placeholders for what the worker skipped."""

    lang: str
    name: str
    contact: str
    account: str
    platform: str


def parties(answers: Mapping[str, Any]) -> Parties:
    """The sender, their contact and account, and the platform, from a letter's answers."""
    lang = lang_of(answers)
    return Parties(lang, or_placeholder(answers.get("name"), "letter_ph_name", lang),
                   or_placeholder(answers.get("contact"), "letter_ph_contact", lang),
                   or_placeholder(answers.get("account"), "letter_ph_account", lang),
                   str(answers["platform"]))


def framed(kind: str, who: Parties, answers: Mapping[str, Any], today: date, *, subject: str,
           paragraphs: Sequence[str], deadline: date,
           attachments: Sequence[str] = ()) -> Letter:
    """A letter of ``kind``: its own subject and paragraphs in the frame all letters share.

    :param kind: the letter (its catalog keys are ``letter_<kind>_…``)
    :param who: the parties
    :param answers: the answers (the sender's own name, unplaceholdered, is the author)
    :param today: the letter's date
    :param subject: the subject line
    :param paragraphs: the body
    :param deadline: the fixed reply date the body names
    :param attachments: the Lampiran
    """
    lang = who.lang
    return Letter(
        kind=kind, lang=lang,
        heading=t("letter_heading", lang, place=t("letter_ph_place", lang),
                  date=fmt_date(today, lang)),
        recipient=tuple(t(f"letter_{kind}_to", lang, platform=who.platform,
                          address=t("letter_ph_address", lang)).split("\n")),
        subject=subject, paragraphs=tuple(paragraphs),
        signature=(t("letter_closing", lang), "", "", who.name),
        attachments=tuple(attachments), deadline=deadline,
        sender=str(answers.get("name") or ""),
        labels={"subject": t("letter_subject_label", lang),
                "attachments": t("letter_attachments_label", lang)},
    )
