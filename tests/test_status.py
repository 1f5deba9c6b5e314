"""The employment-status check, without Telegram: outcomes, validation, catalog, citations."""

from __future__ import annotations

import re

import pytest

from bot import status
from bot.knowledge import default_root, load_dir
from bot.status import Element, Lean, Outcome, StatusError
from bot.texts.status import TEXTS as STATUS

EMPLOYEE = {"tasks": "assigned", "hours": "fixed", "control": "supervised", "pay": "period",
            "core": "yes", "length": "long", "others": "only", "label": "mitra"}
FREELANCER = {"tasks": "choose", "hours": "free", "control": "results", "pay": "result",
              "core": "no", "length": "short", "others": "free", "label": "mitra"}
MIXED = {"tasks": "mixed", "hours": "fixed", "control": "results", "pay": "hourly",
         "core": "yes", "length": "months", "others": "free", "label": "none"}


@pytest.mark.parametrize(("answers", "outcome"), [
    (EMPLOYEE, Outcome.EMPLOYMENT), (FREELANCER, Outcome.CIVIL), (MIXED, Outcome.UNCLEAR)])
def test_three_outcomes(answers: dict[str, str], outcome: Outcome) -> None:
    assert status.assess(answers).outcome is outcome


def test_the_label_does_not_decide_but_an_employment_contract_does() -> None:
    assert status.assess({**EMPLOYEE, "label": "mitra"}).outcome is Outcome.EMPLOYMENT
    assert status.assess({**FREELANCER, "label": "none"}).outcome is Outcome.CIVIL
    by_contract = status.assess({**FREELANCER, "label": "employee"})
    assert (by_contract.outcome, by_contract.by_contract) == (Outcome.EMPLOYMENT, True)
    assert status.CONTRACT_BASIS in by_contract.basis
    assert "PKWT" in status.result_text(by_contract)


def test_orders_alone_do_not_make_an_employee() -> None:
    """All three elements are needed: supervision with per-task pay and chosen work is unclear."""
    answers = {**FREELANCER, "hours": "fixed", "control": "supervised"}
    result = status.assess(answers)
    assert result.elements[Element.ORDERS] is Lean.EMPLOYMENT
    assert result.outcome is Outcome.UNCLEAR


def test_per_task_pay_gets_the_88b_note() -> None:
    text = status.result_text(status.assess(FREELANCER))
    assert "Pasal 88B" in text and status.PAY_BASIS in status.assess(FREELANCER).basis
    assert "Pasal 88B" not in status.result_text(status.assess(EMPLOYEE))


def test_only_the_current_question_can_be_answered() -> None:
    answers = status.answer({}, "tasks", "assigned")
    with pytest.raises(StatusError):
        status.answer(answers, "tasks", "choose")  # a stale button
    with pytest.raises(StatusError):
        status.answer(answers, "hours", "sometimes")  # not a choice
    with pytest.raises(StatusError):
        status.answer(answers, "pay", "period")  # a later question
    assert status.back(answers) == {}
    assert status.back({}) == {}


def test_the_walk_asks_every_question_once_in_order() -> None:
    answers: dict[str, str] = {}
    asked = []
    while (q := status.next_question(answers)) is not None:
        asked.append(q.id)
        answers = status.answer(answers, q.id, q.choices[0].value)
    assert asked == [q.id for q in status.QUESTIONS]
    with pytest.raises(StatusError):
        status.question_text(answers)
    with pytest.raises(StatusError):
        status.assess({k: v for k, v in answers.items() if k != "pay"})


def test_every_basis_entry_exists_in_the_knowledge_base() -> None:
    ids = {e.id for e in load_dir(default_root())}
    used = {i for basis in status.BASIS.values() for i in basis}
    used |= {status.CONTRACT_BASIS, status.PAY_BASIS}
    assert used <= ids, used - ids


def test_every_citation_in_the_prose_is_in_the_basis() -> None:
    """An article named in a result's prose is shown with its verbatim text too."""
    entries = {e.id: e for e in load_dir(default_root())}
    for outcome, basis in status.BASIS.items():
        prose = STATUS[f"status_next_{outcome}"]["id"]
        cited = {e.citation for i in basis if (e := entries[i]).kind == "law"}
        for m in re.finditer(r"(UU \d+/\d+|Permenaker \d+/\d+|KUHPerdata) Pasal (\d+)", prose):
            regulation, number = m.groups()
            assert any(c.startswith(regulation) and c.endswith(f"Pasal {number}")
                       for c in cited), (outcome, m.group())


def test_catalog_has_every_key_in_both_languages() -> None:
    keys = {"status_intro", "status_progress", "status_caveat", "status_pay_note"}
    for q in status.QUESTIONS:
        keys.add(f"status_q_{q.id}")
        for c in q.choices:
            keys.add(f"status_o_{q.id}_{c.value}")
            if c.leans:
                keys.add(f"status_r_{q.id}_{c.value}")
    keys |= {f"status_next_{o}" for o in Outcome} | {f"status_element_{e}" for e in Element}
    keys |= {f"status_leans_{lean}" for lean in Lean} | {f"status_lean_{lean}" for lean in Lean}
    assert keys <= set(STATUS), keys - set(STATUS)
    for key, value in STATUS.items():
        assert set(value) == {"id", "en"}, key
        names = [set(re.findall(r"{(\w+)}", value[lang])) for lang in ("id", "en")]
        assert names[0] == names[1], key


def test_button_labels_fit_telegram() -> None:
    for lang in ("id", "en"):
        for q in status.QUESTIONS:
            for c in q.choices:
                assert len(STATUS[f"status_o_{q.id}_{c.value}"][lang]) <= 40


def test_english_result() -> None:
    text = status.result_text(status.assess(EMPLOYEE), "en")
    assert text.startswith("🧭 <b>What you describe points to an employment relationship")
    assert "Art. 1 point 15" in text
