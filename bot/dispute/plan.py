"""The dated action plan for an assessed case, each step with its legal basis.

Titles and details come from the catalog (``bot/texts/dispute_plan.py``): a step named
``x`` reads ``dispute_plan_x`` and ``dispute_plan_x_detail``; every number of days a text
quotes is the constant the step's dates are computed from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.dispute.assess import BIPARTIT_WORKING_DAYS, SMALL_CLAIM_LIMIT, Assessment, Route
from bot.dispute.case import Case
from bot.dispute.common import format_date
from bot.dispute.dates import add_working_days
from bot.dispute.forum import First
from bot.texts import t

SOMASI_SEND_AFTER_DAYS = 3
SOMASI_DEADLINE_DAYS = 14


@dataclass(frozen=True)
class PlanStep:
    """One step of the action plan; ``basis`` holds citation strings."""

    number: int
    title: str
    detail: str
    start: date
    deadline: date | None
    basis: tuple[str, ...] = ()


def _step(
    name: str,
    lang: str,
    start: date,
    deadline: date | None,
    basis: tuple[str, ...],
    *,
    detail: str | None = None,
    **values: object,
) -> PlanStep:
    """Step ``name`` (numbered later by :func:`plan`); ``detail`` overrides the catalog's."""
    text = detail if detail is not None else t(f"dispute_plan_{name}_detail", lang, **values)
    return PlanStep(0, t(f"dispute_plan_{name}", lang), text, start, deadline, basis)


def letter_day(today: date) -> date:
    """The day the plan sends the somasi (the letter is dated that day)."""
    return today + timedelta(days=SOMASI_SEND_AFTER_DAYS)


def remind_day(route: Route, today: date) -> date:
    """When the reminder goes out: the somasi deadline, or the end of bipartit."""
    send = letter_day(today)
    if route is Route.EMPLOYMENT:
        return add_working_days(send, BIPARTIT_WORKING_DAYS)
    return send + timedelta(days=SOMASI_DEADLINE_DAYS)


def plan(case: Case, assessment: Assessment, today: date, *, lang: str = "id") -> list[PlanStep]:
    """Dated action plan for the case, each step with its legal basis.

    Civil/unclear: evidence, written reminder, somasi (sent ``today`` + 3 days, deadline 14
    days after sending), negotiation, mediation/ADR (UU 30/1999 Pasal 6), then gugatan
    sederhana when eligible, else gugatan perdata biasa. Foreign clients and platforms get,
    from today, the contract's dispute clause, the platform channel and payment-processor
    disputes, and a last-resort step instead of the court claim. Unclear route: a status
    check (Disnaker/LBH) is added after the reminder.
    Employment: evidence, reminder, bipartit (30 working days), mediation at Disnaker, PHI.

    :param lang: language of titles and details ("en" English, else Indonesian); the dates
        and the legal citations in ``basis`` are the same in both languages.
    """
    steps: list[PlanStep] = []
    client = case.client_name or t("dispute_client_ref", lang)
    electronic = ("UU ITE jo. UU 1/2024 Pasal 5",) if assessment.electronic else ()
    steps.append(
        _step("evidence", lang, today, None, ("KUHPerdata Pasal 1865", *electronic))
    )
    reminder = t(
        "dispute_plan_reminder_detail", lang, client=client, days=SOMASI_SEND_AFTER_DAYS
    )
    if case.tried in ("chat_reminder", "formal_letter"):
        reminder += t("dispute_plan_reminder_again", lang)
    steps.append(
        _step(
            "reminder", lang, today, today + timedelta(days=SOMASI_SEND_AFTER_DAYS),
            ("KUHPerdata Pasal 1338",), detail=reminder,
        )
    )
    if assessment.route is Route.EMPLOYMENT:
        _employment_steps(steps, today, lang)
    else:
        _civil_steps(steps, case, assessment, today, lang)
    return [replace(step, number=number) for number, step in enumerate(steps, 1)]


def _employment_steps(steps: list[PlanStep], today: date, lang: str) -> None:
    begin = letter_day(today)
    end = add_working_days(begin, BIPARTIT_WORKING_DAYS)
    steps.append(
        _step(
            "bipartit", lang, begin, end,
            ("UU 2/2004 Pasal 3", "UU 2/2004 Pasal 6", "UU 2/2004 Pasal 7"),
            days=BIPARTIT_WORKING_DAYS,
        )
    )
    mediation = end + timedelta(days=1)
    steps.append(
        _step("disnaker", lang, mediation, None, ("UU 2/2004 Pasal 4", "UU 2/2004 Pasal 8"))
    )
    steps.append(
        _step(
            "phi", lang, add_working_days(mediation, BIPARTIT_WORKING_DAYS), None,
            ("UU 2/2004 Pasal 5", "UU 2/2004 Pasal 56", "UU 2/2004 Pasal 58",
             "UU 2/2004 Pasal 59", "UU 2/2004 Pasal 81", "UU 2/2004 Pasal 83"),
        )
    )


def _foreign_channel_steps(steps: list[PlanStep], case: Case, today: date, lang: str) -> None:
    """Foreign client or platform: the contract's dispute clause, platform and processor."""
    complained = case.tried == "platform_complaint"
    channel = "dispute_plan_foreign_platform"
    steps.append(
        _step(
            "foreign", lang, today, None, ("UU ITE Pasal 18", "UU ITE jo. UU 1/2024 Pasal 18A"),
            channel=t(channel, lang),
            complained=t("dispute_plan_foreign_complained", lang) if complained else "",
        )
    )
    steps.append(
        _step("provider", lang, today, None, (t("dispute_plan_provider_basis", lang),))
    )


def _civil_steps(
    steps: list[PlanStep],
    case: Case,
    assessment: Assessment,
    today: date,
    lang: str,
) -> None:
    if assessment.route is Route.UNCLEAR:
        steps.append(
            _step(
                "status", lang, today, None,
                ("UU 13/2003 Pasal 1 angka 15", "UU 2/2004 Pasal 3", "PP 36/2021 Pasal 61"),
                days=BIPARTIT_WORKING_DAYS,
            )
        )
    if assessment.foreign:
        _foreign_channel_steps(steps, case, today, lang)
    send = letter_day(today)
    deadline = send + timedelta(days=SOMASI_DEADLINE_DAYS)
    somasi = t("dispute_plan_somasi_detail", lang, days=SOMASI_DEADLINE_DAYS)
    if case.tried == "formal_letter":
        somasi += t("dispute_plan_somasi_again", lang)
    steps.append(
        _step(
            "somasi", lang, send, deadline, ("KUHPerdata Pasal 1238", "KUHPerdata Pasal 1243"),
            detail=somasi,
        )
    )
    nego = deadline + timedelta(days=1)
    steps.append(
        _step(
            "negotiate", lang, nego, nego + timedelta(days=14),
            ("UU 30/1999 Pasal 6", "KUHPerdata Pasal 1338"),
        )
    )
    mediation = nego + timedelta(days=15)
    steps.append(
        _step(
            "mediation", lang, mediation, mediation + timedelta(days=30), ("UU 30/1999 Pasal 6",)
        )
    )
    court = mediation + timedelta(days=31)
    if assessment.forum.first is First.ARBITRATION:
        steps.append(_step("arbitration", lang, court, None,
                           ("UU 30/1999 Pasal 3", "UU 30/1999 Pasal 11")))
        return
    if assessment.foreign:
        name = "last_resort"
        basis: tuple[str, ...] = ("KUHPerdata Pasal 1243", "KUHPerdata Pasal 1267")
    elif assessment.small_claim:
        name = "small_claim"
        basis = ("PERMA 2/2015 jo. PERMA 4/2019", "KUHPerdata Pasal 1243")
    else:
        name = "civil_claim"
        basis = ("KUHPerdata Pasal 1243", "KUHPerdata Pasal 1267")
    step = _step(name, lang, court, None, basis, limit=SMALL_CLAIM_LIMIT)
    if name == "small_claim" and case.client_address in ("other", "unsure"):
        step = replace(step, detail=step.detail + " "
                       + t("dispute_plan_small_claim_representative", lang))
    steps.append(step)


def plan_text(steps: Sequence[PlanStep], *, lang: str = "id") -> str:
    """The plan as plain text, one block per step with dates and basis, in ``lang``."""
    blocks = [t("dispute_plan_title", lang)]
    basis_label = t("dispute_plan_basis_label", lang)
    for s in steps:
        when = format_date(s.start, lang)
        if s.deadline:
            when += f" – {format_date(s.deadline, lang)}"
        basis = f"\n   {basis_label}: {'; '.join(s.basis)}" if s.basis else ""
        blocks.append(f"{s.number}. {s.title} ({when})\n   {s.detail}{basis}")
    return "\n\n".join(blocks)
