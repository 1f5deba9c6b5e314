"""The assessment of a complete case: route, gugatan sederhana, interest; legal basis; summary.

Texts come from the catalog (``bot/texts/dispute_result.py``, ``dispute_plan.py``) in the
language asked for; one template path serves both languages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bot.dispute.case import (
    AGREEMENTS,
    EVIDENCE,
    FOREIGN_CLIENTS,
    INDONESIAN_CLIENTS,
    KINDS,
    TRIED,
    Case,
    client_text,
    is_electronic,
    label,
)
from bot.dispute.common import format_date
from bot.dispute.errors import IncompleteCaseError
from bot.dispute.forum import NOTE_KEYS, Area, Clause, Debtor, Facts, Forum, decide, to_rupiah
from bot.dispute.money import SMALL_CLAIM_LIMIT_IDR, Money, format_money
from bot.texts import t

LEGAL_INTEREST_PERCENT = 6
#: The gugatan sederhana limit, as the notes and the plan quote it (``{limit}``).
SMALL_CLAIM_LIMIT = Money("IDR", SMALL_CLAIM_LIMIT_IDR)
#: The bipartit negotiation period (UU 2/2004 Pasal 3), in working days.
BIPARTIT_WORKING_DAYS = 30


class Route(StrEnum):
    """Which body of law the dispute most likely falls under."""

    CIVIL = "civil"  # perjanjian perdata (freelance, kemitraan, pemborongan)
    EMPLOYMENT = "employment"  # hubungan kerja (UU 13/2003, UU 2/2004)
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class Assessment:
    """What :func:`assess` concludes; all texts plain, in the language asked for."""

    route: Route
    route_reason: str
    small_claim: bool  # gugatan sederhana likely available
    small_claim_notes: tuple[str, ...]
    foreign: bool  # foreign company or platform
    electronic: bool  # agreement or evidence is electronic (UU ITE)
    days_late: int
    interest: Money | None  # per month once a claim is filed; None for employment (the fine)
    interest_basis: str
    interest_note: str
    forum: Forum  # where the claim can go, and the knowledge-base entries that say so
    #: employment route: the late-wage fine so far (PP 36/2021 Pasal 61), else None
    wage_fine: Money | None = None


def route_of(case: Case) -> Route:
    """Route from the three relationship answers (UU 13/2003 Pasal 1 angka 15).

    Orders/hours AND a regular wage → employment. No orders/hours → civil, unless both a
    regular wage and core, continuing work were answered yes (then unclear). Neither a
    regular wage nor core work → civil. Everything else → unclear.
    """
    if case.orders == "yes" and case.wage == "yes":
        return Route.EMPLOYMENT
    if case.orders == "no":
        return Route.UNCLEAR if case.wage == "yes" and case.core == "yes" else Route.CIVIL
    if case.wage == "no" and case.core == "no":
        return Route.CIVIL
    return Route.UNCLEAR


#: PP 36/2021 Pasal 61 ayat (1): 5% a day from the 4th to the 8th day late, then 1% a day
#: more, at most 50% in the first month; after a month the state banks' highest interest rate
#: is added (not computed here: we do not know that rate).
FINE_FROM_DAY, FINE_STEP_UNTIL, FINE_CAP_PERCENT = 4, 8, 50


def wage_fine_percent(days_late: int) -> int:
    """Our reading of PP 36/2021 Pasal 61 ayat (1) (a) and (b), as a percentage of the wage.

    :param days_late: days after the date the wage should have been paid
    """
    if days_late < FINE_FROM_DAY:
        return 0
    first = 5 * (min(days_late, FINE_STEP_UNTIL) - FINE_FROM_DAY + 1)
    later = max(0, days_late - FINE_STEP_UNTIL)
    return min(first + later, FINE_CAP_PERCENT)


def wage_fine(amount: Money, days_late: int) -> Money:
    """The late-wage fine of :func:`wage_fine_percent` on ``amount`` (rounded half up)."""
    quotient, remainder = divmod(amount.minor * wage_fine_percent(days_late), 100)
    return Money(amount.currency, quotient + (1 if 2 * remainder >= 100 else 0))


def monthly_interest(amount: Money) -> Money:
    """Statutory interest for one month (6% a year / 12) on ``amount``, rounded half up: what
    a claim may add per month *from the day it is filed* (KUHPerdata Pasal 1250)."""
    quotient, remainder = divmod(amount.minor * LEGAL_INTEREST_PERCENT, 100 * 12)
    return Money(amount.currency, quotient + (1 if 2 * remainder >= 100 * 12 else 0))


#: The forum notes (catalog ``dispute_<key>``), see bot/dispute/forum.py.
NOTES = NOTE_KEYS
_AREA = {"same": Area.SAME, "other": Area.OTHER, "unsure": Area.UNSURE,
         "unknown": Area.UNSURE}


def forum_facts(case: Case, route: Route) -> Facts:
    """What the forum rules need from a complete case.

    :param case: the answers
    :param route: :func:`route_of` the case
    """
    assert case.amount is not None
    converted = case.amount.currency != "IDR"
    if not converted:
        amount_idr: int | None = case.amount.minor
    elif case.rate_idr is not None:
        amount_idr = to_rupiah(case.amount.minor, case.rate_idr)
    else:
        amount_idr = None
    indonesian = case.client_type in INDONESIAN_CLIENTS
    return Facts(
        route=route.value,
        debtor=Debtor(case.client_type or "foreign"),
        address_known=indonesian and case.client_address in ("same", "other", "unsure"),
        area=_AREA.get(case.client_address or "unknown", Area.UNSURE),
        clause=Clause(case.clause or "none"),
        amount_idr=amount_idr,
        converted=converted,
    )


def _note(key: str, case: Case, facts: Facts, lang: str) -> str:
    assert case.amount is not None
    values: dict[str, object] = {"limit": SMALL_CLAIM_LIMIT}
    if key == "forum_converted" and facts.amount_idr is not None:
        values.update(rupiah=format_money(Money("IDR", facts.amount_idr)),
                      amount=format_money(case.amount), currency=case.amount.currency,
                      rate=f"{case.rate_idr:,}".replace(",", "."))
    return t(f"dispute_{key}", lang, **values)


def assess(case: Case, today: date, *, lang: str = "id") -> Assessment:
    """Route, gugatan sederhana eligibility and interest for a complete case.

    Where the claim can go is bot/dispute/forum.py's :func:`~bot.dispute.forum.decide` on the
    case's facts (who promised to pay, address and court area, the dispute clause, the value
    in rupiah, the route); its notes are rendered here in ``lang``.

    :param lang: language of the texts (reason, notes, interest basis and note): "en"
        English, anything else Indonesian. The other fields do not depend on it.
    :raises IncompleteCaseError: when answers are missing.
    """
    missing = case.missing()
    if missing:
        raise IncompleteCaseError(missing)
    assert case.amount is not None and case.due_date is not None
    route = route_of(case)
    foreign = case.client_type in FOREIGN_CLIENTS
    facts = forum_facts(case, route)
    forum = decide(facts)
    days_late = max(0, (today - case.due_date).days)
    percent = LEGAL_INTEREST_PERCENT
    fine: Money | None = None
    if route is Route.EMPLOYMENT:
        owed_interest: Money | None = None
        fine = wage_fine(case.amount, days_late)
        note = t("dispute_interest_note_employment", lang, percent=percent,
                 fine=format_money(fine), fine_percent=wage_fine_percent(days_late),
                 cap=FINE_CAP_PERCENT)
    else:
        owed_interest = monthly_interest(case.amount)
        note = t("dispute_interest_note", lang, percent=percent)
    return Assessment(
        route=route,
        route_reason=t(f"dispute_route_reason_{route.value}", lang),
        small_claim=forum.small_claim,
        small_claim_notes=tuple(_note(key, case, facts, lang) for key in forum.notes),
        foreign=foreign,
        electronic=is_electronic(case),
        days_late=days_late,
        interest=owed_interest,
        interest_basis=t("dispute_interest_basis", lang, percent=percent),
        interest_note=note,
        forum=forum,
        wage_fine=fine,
    )


# --------------------------------------------------------------------------- legal basis

ARTICLE_CITATION = (
    "Artikel: Risiko Perselisihan antara AI Trainer dengan Perusahaan dalam Ranah "
    "Hubungan Industrial"
)
#: Citation -> catalog key of our explanation (``dispute_basis_<slug>``).
BASIS_KEYS: Mapping[str, str] = {
    "KUHPerdata Pasal 1238": "dispute_basis_kuhperdata_1238",
    "KUHPerdata Pasal 1243": "dispute_basis_kuhperdata_1243",
    "KUHPerdata Pasal 1250": "dispute_basis_kuhperdata_1250",
    "KUHPerdata Pasal 1338": "dispute_basis_kuhperdata_1338",
    "UU ITE jo. UU 1/2024 Pasal 5": "dispute_basis_ite_5",
    "UU ITE Pasal 18": "dispute_basis_ite_18",
    "UU 13/2003 Pasal 1 angka 15": "dispute_basis_uu13_1_15",
    "PP 35/2021 Pasal 10": "dispute_basis_pp35_10",
    "UU 2/2004 Pasal 3": "dispute_basis_uu2_3",
    "PP 36/2021 Pasal 61": "dispute_basis_pp36_61",
    ARTICLE_CITATION: "dispute_basis_article",
}


def legal_basis(case: Case, *, lang: str = "id") -> list[tuple[str, str]]:
    """``(citation, plain explanation)`` pairs relevant to the case.

    The explanations are our own summaries in plain Indonesian (or English when ``lang`` is
    "en"), not quotations. The citations are the same in both languages.
    """
    citations = [
        "KUHPerdata Pasal 1238", "KUHPerdata Pasal 1243", "KUHPerdata Pasal 1250",
        "KUHPerdata Pasal 1338",
    ]  # fmt: skip
    if is_electronic(case):
        citations.append("UU ITE jo. UU 1/2024 Pasal 5")
    if case.agreement in ("online_terms", "chat"):
        citations.append("UU ITE Pasal 18")
    if route_of(case) is not Route.CIVIL:
        citations += [
            "UU 13/2003 Pasal 1 angka 15", "PP 35/2021 Pasal 10", "UU 2/2004 Pasal 3",
            "PP 36/2021 Pasal 61",
        ]  # fmt: skip
    citations.append(ARTICLE_CITATION)
    return [(c, t(BASIS_KEYS[c], lang, days=BIPARTIT_WORKING_DAYS)) for c in citations]


def basis_text(items: Sequence[tuple[str, str]], *, lang: str = "id") -> str:
    """Legal basis as plain text, with the note that explanations are not quotations."""
    lines = [t("dispute_basis_title", lang)]
    lines += [f"- {citation}: {explanation}" for citation, explanation in items]
    return "\n".join(lines)


# --------------------------------------------------------------------------- summary


def _late(days: int, lang: str) -> str:
    if not days:
        return t("dispute_late_today", lang)
    return t("dispute_late_one" if days == 1 else "dispute_late_many", lang, n=days)


def case_summary(case: Case, assessment: Assessment, *, lang: str = "id") -> str:
    """Short plain-text summary of the case and the assessment, in ``lang``.

    Pass an ``assessment`` made with the same ``lang`` (its notes are quoted).
    """
    assert case.amount is not None and case.due_date is not None

    def row(key: str, value: str) -> str:
        return f"- {t(f'dispute_row_{key}', lang)}: {value}"

    evidence = ", ".join(label(EVIDENCE, e, lang) for e in case.evidence)
    lines = [
        t("dispute_summary_title", lang),
        row("kind", label(KINDS, case.kind, lang)),
        row("route", t(f"dispute_route_{assessment.route.value}", lang)),
        row("agreement", label(AGREEMENTS, case.agreement, lang)),
        row("client", client_text(case, lang)),
        row("amount", format_money(case.amount)),
        row("due_date", f"{format_date(case.due_date, lang)} "
                        f"({_late(assessment.days_late, lang)})"),
    ]  # fmt: skip
    if assessment.interest is not None:
        interest_value = f"{format_money(assessment.interest)} — {assessment.interest_basis}"
        lines.append(row("interest", interest_value))
    small_claim = "dispute_small_claim_yes" if assessment.small_claim else "dispute_small_claim_no"
    lines += [
        row("evidence", evidence or t("dispute_none_yet", lang)),
        row("tried", label(TRIED, case.tried, lang)),
        row("small_claim", t(small_claim, lang)),
        "",
        assessment.route_reason,
        *assessment.small_claim_notes,
        assessment.interest_note,
    ]
    return "\n".join(lines)
