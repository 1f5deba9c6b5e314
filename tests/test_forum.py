"""The dispute guide's forum rules (issue #11's wrong routes), without Telegram."""

from __future__ import annotations

import dataclasses

import pytest

from bot.dispute.forum import (
    SMALL_CLAIM_LIMIT_IDR,
    Area,
    Clause,
    Debtor,
    Facts,
    First,
    decide,
    to_rupiah,
)
from bot.knowledge import default_root, load_dir

BASE = Facts(route="civil", debtor=Debtor.COMPANY, address_known=True, area=Area.SAME,
             clause=Clause.NONE, amount_idr=7_500_000)


def with_(**changes: object) -> Facts:
    return dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]


def test_an_indonesian_platform_with_a_known_address_gets_small_claims() -> None:
    forum = decide(BASE)
    assert (forum.first, forum.small_claim) == (First.SMALL_CLAIM, True)
    assert forum.notes == ("forum_small_claim",)


def test_a_foreign_currency_claim_is_judged_by_its_value() -> None:
    usd_450 = to_rupiah(45_000, 16_300)  # USD 450.00 at Rp16.300
    assert usd_450 == 7_335_000
    forum = decide(with_(amount_idr=usd_450, converted=True))
    assert forum.small_claim and "forum_converted" in forum.notes
    # no confirmed rate yet: the route is not decided on a guess
    unknown = decide(with_(amount_idr=None, converted=True))
    assert not unknown.small_claim and "forum_need_rate" in unknown.notes


def test_another_court_area_keeps_small_claims_open_with_a_representative() -> None:
    forum = decide(with_(area=Area.OTHER))
    assert forum.small_claim and forum.notes[-1] == "forum_other_area"
    assert "perma2-4" in forum.basis
    assert "forum_check_area" in decide(with_(area=Area.UNSURE)).notes


def test_an_arbitration_clause_sends_the_worker_to_arbitration_not_to_court() -> None:
    forum = decide(with_(clause=Clause.ARBITRATION))
    assert (forum.first, forum.small_claim) == (First.ARBITRATION, False)
    assert {"uu30-3", "uu30-11"} <= set(forum.basis)
    assert "forum_check_clause" in decide(with_(clause=Clause.UNSURE)).notes
    chosen = decide(with_(clause=Clause.COURT))
    assert chosen.small_claim and "hir-118" in chosen.basis


def test_a_local_vendor_is_the_party_to_claim_from() -> None:
    forum = decide(with_(debtor=Debtor.VENDOR))
    assert forum.small_claim and forum.notes[0] == "forum_vendor"
    assert forum.basis[0] == "kuhperdata-1340"


def test_only_a_debtor_without_an_indonesian_entity_is_foreign() -> None:
    forum = decide(with_(debtor=Debtor.FOREIGN))
    assert (forum.first, forum.small_claim) == (First.FOREIGN, False)
    for debtor in (Debtor.COMPANY, Debtor.VENDOR, Debtor.PERSON):
        assert decide(with_(debtor=debtor)).small_claim


def test_the_ceiling_and_an_unknown_address() -> None:
    assert decide(with_(amount_idr=SMALL_CLAIM_LIMIT_IDR)).small_claim
    over = decide(with_(amount_idr=SMALL_CLAIM_LIMIT_IDR + 1))
    assert (over.first, over.small_claim) == (First.CIVIL_CLAIM, False)
    lost = decide(with_(address_known=False))
    assert not lost.small_claim and "forum_address_unknown" in lost.notes


def test_employment_goes_to_the_phi_and_unclear_is_warned() -> None:
    employee = decide(with_(route="employment"))
    assert (employee.first, employee.small_claim) == (First.PHI, False)
    assert employee.basis[:2] == ("uu2-3", "uu2-56")
    unclear = decide(with_(route="unclear"))
    assert unclear.small_claim and unclear.notes[-1] == "forum_status_risk"


@pytest.mark.parametrize("route", ["civil", "employment", "unclear"])
@pytest.mark.parametrize("debtor", list(Debtor))
@pytest.mark.parametrize("clause", list(Clause))
@pytest.mark.parametrize("area", list(Area))
def test_every_basis_resolves_and_notes_never_repeat(route: str, debtor: Debtor, clause: Clause,
                                                     area: Area) -> None:
    ids = _ids()
    for known in (True, False):
        for amount in (None, 1, SMALL_CLAIM_LIMIT_IDR + 1):
            forum = decide(Facts(route, debtor, known, area, clause, amount))
            assert set(forum.basis) <= ids
            assert len(set(forum.notes)) == len(forum.notes)
            assert len(set(forum.basis)) == len(forum.basis)
            assert forum.small_claim == (forum.first is First.SMALL_CLAIM)


_IDS: set[str] = set()


def _ids() -> set[str]:
    if not _IDS:
        _IDS.update(e.id for e in load_dir(default_root()))
    return _IDS
