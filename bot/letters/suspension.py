"""Keberatan atas penangguhan/penonaktifan akun: an appeal that asks for reasons and pay.

It asks for the specific reason and evidence, the rule said to be broken, a fair human review
with reactivation if no breach is shown, and payment for work already done; for an Indonesian
platform it rests on KUHPerdata Pasal 1338 and 1339 (good faith, and what fairness and custom
require), for a foreign one on the platform's own terms (we do not know the law that governs
them). When the decision looks automated, it adds the objection of UU 27/2022 Pasal 10 ayat (1)
and the access of Pasal 7 and 32. The reply date is fixed, 14 days after the letter's date.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from bot.letters.common import SUSPENSION_REPLY_DAYS, fmt_date, fmt_money, framed, parties
from bot.letters.engine import Field, LetterSpec
from bot.letters.model import Letter
from bot.lines import clean_line
from bot.texts import t

KIND = "suspension"
EVIDENCE = ("notice", "terms", "earnings", "ratings", "chats")


def _build(answers: Mapping[str, Any], today: date) -> Letter:
    who = parties(answers)
    lang, platform = who.lang, who.platform
    action = str(answers["action"])
    reason = str(answers["reason"])
    paragraphs = [
        t("letter_salutation", lang),
        t(f"letter_{KIND}_intro_{action}", lang, name=who.name, account=who.account,
          platform=platform, on=fmt_date(str(answers["on"]), lang)),
        t(f"letter_{KIND}_reason_{reason}", lang,
          **({"reason": clean_line(str(answers.get("reason_text") or ""), 200)}
             if reason == "specific" else {})),
    ]
    if answers.get("held"):
        paragraphs.append(t(f"letter_{KIND}_held", lang, amount=fmt_money(answers["held"])))
    paragraphs.append(t(f"letter_{KIND}_law_{'foreign' if lang == 'en' else 'id'}", lang,
                        platform=platform))
    paragraphs.append(t(f"letter_{KIND}_requests", lang))
    if answers.get("automated") in ("yes", "unsure"):
        paragraphs.append(t(f"letter_{KIND}_automated", lang))
    deadline = today + timedelta(days=SUSPENSION_REPLY_DAYS)
    paragraphs += [
        t(f"letter_{KIND}_reply_by", lang, deadline=fmt_date(deadline, lang),
          contact=who.contact),
        t(f"letter_{KIND}_next", lang), t("letter_reserve", lang), t("letter_thanks", lang),
    ]
    evidence = [e for e in EVIDENCE if e in (answers.get("evidence") or [])]
    return framed(KIND, who, answers, today,
                  subject=t(f"letter_{KIND}_subject_{action}", lang, account=who.account),
                  paragraphs=paragraphs, deadline=deadline,
                  attachments=[t(f"letter_{KIND}_att_{e}", lang) for e in evidence])


SPEC = LetterSpec(
    kind=KIND,
    fields=(
        Field("recipient", "choice", ("indonesia", "foreign")),
        Field("platform", "name"),
        Field("account", "text", optional=True),
        Field("action", "choice", ("suspended", "deactivated")),
        Field("on", "date"),
        Field("reason", "choice", ("none", "generic", "specific")),
        Field("reason_text", "text", when=("reason", "specific")),
        Field("automated", "choice", ("yes", "unsure", "no")),
        Field("held", "amount", optional=True),
        Field("evidence", "multi", EVIDENCE, optional=True),
        Field("name", "name"),
        Field("contact", "contact", optional=True),
    ),
    build=_build,
    basis=("kuhperdata-1338", "kuhperdata-1339", "uu-pdp-2", "uu-pdp-7", "uu-pdp-10",
           "uu-pdp-32", "panduan-akun-diblokir"),
)
