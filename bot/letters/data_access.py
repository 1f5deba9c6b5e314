"""Permintaan akses data pribadi: a worker's rights under UU 27/2022, asked for in writing.

The worker picks what to ask for; each item cites the article that gives the right (Pasal 6, 7,
8, 10 and 32 ayat (1)) and, where our sources state one, its deadline (3 x 24 hours for access,
Pasal 32 ayat (2), and for correction, Pasal 30 ayat (1)). The request is framed as the
"permohonan tercatat" of Pasal 14. Pasal 43 (erasure duties) is not cited: our copy of it is
incomplete. A foreign platform gets the letter in English with the reach of the law (Pasal 2).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from bot.letters.common import DATA_ACCESS_REPLY_DAYS, fmt_date, framed, parties
from bot.letters.engine import Field, LetterSpec
from bot.letters.model import Letter
from bot.texts import t

KIND = "data_access"
RIGHTS = ("copy", "logs", "history", "correct", "delete", "automated")
_ACCESS = frozenset({"copy", "logs", "history"})


def _build(answers: Mapping[str, Any], today: date) -> Letter:
    who = parties(answers)
    lang = who.lang
    rights = [r for r in RIGHTS if r in (answers.get("rights") or [])]
    items = "\n".join(f"{i}. {t(f'letter_{KIND}_item_{r}', lang)}"
                      for i, r in enumerate(rights, 1)).removesuffix(";") + "."
    paragraphs = [t("letter_salutation", lang),
                  t(f"letter_{KIND}_intro", lang, name=who.name, account=who.account,
                    platform=who.platform), items]
    if lang == "en":
        paragraphs.append(t(f"letter_{KIND}_scope", lang))
    if _ACCESS & set(rights):
        paragraphs.append(t(f"letter_{KIND}_access_deadline", lang))
    deadline = today + timedelta(days=DATA_ACCESS_REPLY_DAYS)
    paragraphs += [t(f"letter_{KIND}_reply_by", lang, deadline=fmt_date(deadline, lang),
                      contact=who.contact),
                   t(f"letter_{KIND}_identity", lang), t("letter_reserve", lang),
                   t("letter_thanks", lang)]
    return framed(KIND, who, answers, today, subject=t(f"letter_{KIND}_subject", lang),
                  paragraphs=paragraphs, deadline=deadline)


SPEC = LetterSpec(
    kind=KIND,
    fields=(
        Field("recipient", "choice", ("indonesia", "foreign")),
        Field("platform", "name"),
        Field("account", "text", optional=True),
        Field("rights", "multi", RIGHTS),
        Field("name", "name"),
        Field("contact", "contact", optional=True),
    ),
    build=_build,
    basis=("uu-pdp-2", "uu-pdp-6", "uu-pdp-7", "uu-pdp-8", "uu-pdp-10", "uu-pdp-14", "uu-pdp-30",
           "uu-pdp-32", "uu-pdp-45"),
)
