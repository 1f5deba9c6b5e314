"""Where an unpaid worker's claim can go: the forum rules of the dispute guide, pure.

The first round decided gugatan sederhana from the client *type* and an IDR amount; a lawyer's
review found that this closes the cheapest remedy to workers who have it (issue #11). The rules
here decide from the facts that matter instead:

- **who promised to pay** (KUHPerdata Pasal 1340: a contract binds its parties): an Indonesian
  company, vendor or person is sued in Indonesia even when the work was for a foreign platform;
  only a debtor with no Indonesian entity or address is "foreign";
- **a written arbitration clause** takes the case away from the district court (UU 30/1999
  Pasal 3 and 11), small claims included; a chosen court or domicile changes where to file
  (HIR Pasal 118);
- **the value, not the currency**: a foreign-currency claim is converted at a rate the worker
  confirms and compared with the Rp500 juta ceiling;
- **the same Pengadilan Negeri area**, not the same city (Jakarta alone has five district
  courts); outside it, PERMA 2/2015 jo. 4/2019 Pasal 4 ayat (3a) keeps small claims open through
  a kuasa, kuasa insidentil or wakil with an address in the defendant's area;
- **an employment relationship** goes to bipartite talks, mediation and the PHI (UU 2/2004), and
  an *unclear* relationship keeps the civil route open with a warning to settle status first.

:func:`decide` returns catalog keys (``forum_*``) and knowledge-base ids; no prose, no Telegram.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.dispute.money import SMALL_CLAIM_LIMIT_IDR  # rupiah; PERMA 4/2019 (secondary)

#: Every note :func:`decide` can return (catalog ``dispute_<key>``).
NOTE_KEYS = (
    "forum_vendor", "forum_employment", "forum_employment_arbitration", "forum_arbitration",
    "forum_foreign", "forum_address_unknown", "forum_need_rate", "forum_over_limit",
    "forum_converted", "forum_small_claim", "forum_other_area", "forum_check_area",
    "forum_chosen_court", "forum_check_clause", "forum_status_risk",
)


class Debtor(StrEnum):
    """Who promised to pay the worker."""

    COMPANY = "company"  # an Indonesian PT/CV/foundation, or a platform's Indonesian entity
    VENDOR = "vendor"  # an Indonesian vendor/agency between the worker and a (foreign) client
    PERSON = "person"  # an individual living in Indonesia
    FOREIGN = "foreign"  # no Indonesian entity or address


class Clause(StrEnum):
    """What the contract says about disputes."""

    ARBITRATION = "arbitration"  # a written arbitration clause (BANI, SIAC, ICC…)
    COURT = "court"  # a chosen court or domicile
    NONE = "none"
    UNSURE = "unsure"


class Area(StrEnum):
    """Whether the worker and the debtor live in the same Pengadilan Negeri area."""

    SAME = "same"
    OTHER = "other"
    UNSURE = "unsure"


class First(StrEnum):
    """The first forum to prepare for, after negotiation and a somasi."""

    PHI = "phi"  # bipartit → mediation → Pengadilan Hubungan Industrial
    ARBITRATION = "arbitration"
    SMALL_CLAIM = "small_claim"  # gugatan sederhana
    CIVIL_CLAIM = "civil_claim"  # an ordinary civil claim
    FOREIGN = "foreign"  # the contract's forum and the platform's channels


@dataclass(frozen=True)
class Facts:
    """The answers the forum depends on.

    :ivar route: ``civil``, ``employment`` or ``unclear`` (the status answers)
    :ivar debtor: who promised to pay
    :ivar address_known: the debtor's address in Indonesia is known
    :ivar area: same Pengadilan Negeri area as the worker
    :ivar clause: the contract's dispute clause
    :ivar amount_idr: the claim's value in rupiah, ``None`` when a foreign-currency amount has
        no confirmed rate yet
    :ivar converted: the amount was converted from a foreign currency
    """

    route: str
    debtor: Debtor
    address_known: bool
    area: Area
    clause: Clause
    amount_idr: int | None
    converted: bool = False


@dataclass(frozen=True)
class Forum:
    """Where to go, why, and what it takes.

    :ivar first: the forum to prepare for
    :ivar small_claim: gugatan sederhana is open (possibly with conditions in ``notes``)
    :ivar notes: catalog keys, most important first
    :ivar basis: knowledge-base entry ids the notes rest on, in order, without repeats
    """

    first: First
    small_claim: bool
    notes: tuple[str, ...]
    basis: tuple[str, ...]


def decide(facts: Facts) -> Forum:
    """The forum for ``facts``.

    :param facts: the worker's answers
    """
    notes: list[str] = []
    basis: list[str] = []

    def note(key: str, *ids: str) -> None:
        notes.append(key)
        basis.extend(i for i in ids if i not in basis)

    if facts.debtor is Debtor.VENDOR:
        note("forum_vendor", "kuhperdata-1340")
    if facts.route == "employment":
        # a wage claim in an employment relationship is a rights dispute: UU 2/2004's route,
        # whatever the contract's arbitration clause says about commercial disputes
        note("forum_employment", "uu2-3", "uu2-56", "uu2-81", "uu2-59")
        if facts.clause is Clause.ARBITRATION:
            note("forum_employment_arbitration", "uu30-5")
        return Forum(First.PHI, False, tuple(notes), tuple(basis))
    if facts.clause is Clause.ARBITRATION:
        note("forum_arbitration", "uu30-3", "uu30-11")
        return Forum(First.ARBITRATION, False, tuple(notes), tuple(basis))
    if facts.debtor is Debtor.FOREIGN:
        note("forum_foreign", "perma2-4")
        return Forum(First.FOREIGN, False, tuple(notes), tuple(basis))
    open_ = True
    if not facts.address_known:
        note("forum_address_unknown", "perma2-4", "hir-118")
        open_ = False
    if facts.amount_idr is None:
        note("forum_need_rate")
        open_ = False
    elif facts.amount_idr > SMALL_CLAIM_LIMIT_IDR:
        note("forum_over_limit", "panduan-gugatan-sederhana")
        open_ = False
    if facts.converted and facts.amount_idr is not None:
        note("forum_converted")
    if open_:
        note("forum_small_claim", "panduan-gugatan-sederhana", "perma2-4")
        if facts.area is Area.OTHER:
            note("forum_other_area", "perma2-4")
        elif facts.area is Area.UNSURE:
            note("forum_check_area", "perma2-4")
    if facts.clause is Clause.COURT:
        note("forum_chosen_court", "hir-118")
    elif facts.clause is Clause.UNSURE:
        note("forum_check_clause", "uu30-3")
    if facts.route == "unclear":
        note("forum_status_risk", "uu2-56", "panduan-pekerja-atau-mitra")
    return Forum(First.SMALL_CLAIM if open_ else First.CIVIL_CLAIM, open_, tuple(notes),
                 tuple(basis))


def to_rupiah(minor_units: int, rate_idr: int) -> int:
    """A foreign amount in rupiah at ``rate_idr`` rupiah per unit, rounded half up.

    :param minor_units: the amount in the currency's minor units (cents)
    :param rate_idr: whole rupiah per one unit of the currency, as the worker confirmed it
    """
    whole, rest = divmod(minor_units * rate_idr, 100)
    return whole + (1 if 2 * rest >= 100 else 0)
