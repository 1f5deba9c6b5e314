"""The employment-status check (``/status``): the worker's facts applied to the three elements.

UU 13/2003 Pasal 1 angka 15 defines a *hubungan kerja* by three elements: work (pekerjaan),
wages (upah) and orders (perintah); only then do UU 13/2003 and the industrial-relations route of
UU 2/2004 apply. Eight button questions collect what actually happens (who sets the work, hours,
supervision and sanctions, how pay works, core business, how long, other clients, what the
contract calls it). Each option leans one element towards *employment* (+1) or *civil contract*
(-1), or not at all; an element leans the way its sum points.

The outcome, a heuristic we state as such (there is no official formula, and a judge decides on
the evidence):

- the contract itself is a PKWT/PKWTT (an employment agreement, UU 13/2003 Pasal 56) →
  ``EMPLOYMENT``, whatever else was answered;
- all three elements lean to employment → ``EMPLOYMENT`` ("points to an employment relationship");
- two or more lean to a civil contract and orders do not lean to employment → ``CIVIL``
  (subordination is the hallmark: set hours and supervision with sanctions keep the question
  open even when the pay is per task, since wages may be set per output, Pasal 88B);
- anything else → ``UNCLEAR``, with the elements that pull each way.

Everything here is pure: answers in, a :class:`Result` of catalog keys and knowledge-base entry
ids out. Nothing is stored; the handler keeps the answers in the conversation only until the
result is shown. No telegram import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from bot.dispute import BIPARTIT_WORKING_DAYS, SMALL_CLAIM_LIMIT
from bot.texts import t


class Element(StrEnum):
    """The three elements of a hubungan kerja (UU 13/2003 Pasal 1 angka 15)."""

    WORK = "work"
    WAGE = "wage"
    ORDERS = "orders"


class Lean(StrEnum):
    """Which way an element (or the whole check) points."""

    EMPLOYMENT = "employment"
    CIVIL = "civil"
    MIXED = "mixed"


class Outcome(StrEnum):
    """The three results of the check."""

    EMPLOYMENT = "employment"
    CIVIL = "civil"
    UNCLEAR = "unclear"


@dataclass(frozen=True)
class Choice:
    """One button: its value and how it moves each element (+1 employment, -1 civil)."""

    value: str
    leans: Mapping[Element, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Question:
    """One step of the check; its prompt and labels are catalog keys ``status_q_<id>``…"""

    id: str
    choices: tuple[Choice, ...]

    def choice(self, value: str) -> Choice:
        """The choice with ``value``.

        :param value: a button value
        :raises StatusError: when the question has no such choice
        """
        for c in self.choices:
            if c.value == value:
                return c
        raise StatusError(f"{value!r} is not a choice of {self.id!r}")


WORK, WAGE, ORDERS = Element.WORK, Element.WAGE, Element.ORDERS

QUESTIONS: tuple[Question, ...] = (
    Question("tasks", (Choice("assigned", {WORK: 1, ORDERS: 1}),
                       Choice("choose", {WORK: -1, ORDERS: -1}), Choice("mixed"))),
    Question("hours", (Choice("fixed", {ORDERS: 1}), Choice("deadline", {ORDERS: -1}),
                       Choice("free", {ORDERS: -1}))),
    Question("control", (Choice("supervised", {ORDERS: 1}), Choice("results", {ORDERS: -1}),
                         Choice("none", {ORDERS: -1}))),
    Question("pay", (Choice("period", {WAGE: 1}), Choice("hourly"), Choice("result", {WAGE: -1}))),
    Question("core", (Choice("yes", {WORK: 1}), Choice("no", {WORK: -1}), Choice("unsure"))),
    Question("length", (Choice("short"), Choice("months"), Choice("long", {WORK: 1}))),
    Question("others", (Choice("only", {WORK: 1}), Choice("free"))),
    Question("label", (Choice("mitra"), Choice("employee"), Choice("none"))),
)
BY_ID: Mapping[str, Question] = {q.id: q for q in QUESTIONS}

#: Knowledge-base entries each outcome rests on (rendered from the live entries, so a
#: moderator's correction reaches the check too); a test checks every id exists.
BASIS: Mapping[Outcome, tuple[str, ...]] = {
    Outcome.EMPLOYMENT: ("uu13-1-angka-15", "uu13-50", "uu2-3", "uu2-56", "uu24-15",
                         "permenaker6-2"),
    Outcome.CIVIL: ("uu13-1-angka-15", "kuhperdata-1338", "kuhperdata-1601b",
                    "panduan-gugatan-sederhana", "panduan-bpjs-bpu", "permenaker6-2"),
    Outcome.UNCLEAR: ("uu13-1-angka-15", "panduan-pekerja-atau-mitra", "uu2-3", "uu2-56",
                      "kuhperdata-1338"),
}
CONTRACT_BASIS = "uu13-56"  # a PKWT/PKWTT is an employment agreement by its own terms
PAY_BASIS = "uu13-88b"  # wages may be set per unit of output: per-task pay decides nothing


class StatusError(ValueError):
    """An answer that is not one of the current question's choices."""


@dataclass(frozen=True)
class Result:
    """What the check concludes.

    :ivar outcome: the headline
    :ivar elements: how each element leans
    :ivar reasons: per element, the answer values that moved it (``question:value``)
    :ivar lean: for ``UNCLEAR``, the side with more elements (or ``MIXED``)
    :ivar by_contract: the contract itself is an employment agreement
    :ivar basis: knowledge-base entry ids to show, in order
    """

    outcome: Outcome
    elements: Mapping[Element, Lean]
    reasons: Mapping[Element, tuple[str, ...]]
    lean: Lean
    by_contract: bool
    basis: tuple[str, ...]

    @property
    def dispute_route(self) -> str:
        """The dispute guide's route for this result: ``employment``, ``civil`` or ``unclear``."""
        return self.outcome.value


def next_question(answers: Mapping[str, str]) -> Question | None:
    """The first unanswered question, or ``None`` when all are answered.

    :param answers: question id → chosen value
    """
    return next((q for q in QUESTIONS if q.id not in answers), None)


def answer(answers: Mapping[str, str], question_id: str, value: str) -> dict[str, str]:
    """``answers`` with one more answer; only the *current* question may be answered.

    :param answers: the answers so far
    :param question_id: the question the button belongs to
    :param value: the button's value
    :raises StatusError: a stale button (not the current question) or an unknown value
    """
    current = next_question(answers)
    if current is None or current.id != question_id:
        raise StatusError(f"{question_id!r} is not the current question")
    current.choice(value)
    return {**answers, question_id: value}


def back(answers: Mapping[str, str]) -> dict[str, str]:
    """``answers`` without the last answer (the previous question is asked again).

    :param answers: the answers so far
    """
    answered = [q.id for q in QUESTIONS if q.id in answers]
    return {k: v for k, v in answers.items() if not answered or k != answered[-1]}


def _lean(total: int) -> Lean:
    return Lean.EMPLOYMENT if total > 0 else Lean.CIVIL if total < 0 else Lean.MIXED


def assess(answers: Mapping[str, str]) -> Result:
    """Apply the answers to the three elements.

    :param answers: question id → value, every question answered
    :raises StatusError: when a question is unanswered or an answer is not one of its choices
    """
    totals = dict.fromkeys(Element, 0)
    reasons: dict[Element, list[str]] = {e: [] for e in Element}
    for q in QUESTIONS:
        if q.id not in answers:
            raise StatusError(f"{q.id!r} is not answered")
        choice = q.choice(answers[q.id])
        for element, weight in choice.leans.items():
            totals[element] += weight
            reasons[element].append(f"{q.id}:{choice.value}")
    elements = {e: _lean(totals[e]) for e in Element}
    n_emp = sum(v is Lean.EMPLOYMENT for v in elements.values())
    n_civ = sum(v is Lean.CIVIL for v in elements.values())
    by_contract = answers["label"] == "employee"
    if by_contract or n_emp == len(Element):
        outcome = Outcome.EMPLOYMENT
    elif n_civ >= 2 and elements[Element.ORDERS] is not Lean.EMPLOYMENT:
        outcome = Outcome.CIVIL
    else:
        outcome = Outcome.UNCLEAR
    lean = _lean(n_emp - n_civ) if outcome is Outcome.UNCLEAR else Lean(outcome.value)
    basis = list(BASIS[outcome])
    if by_contract:
        basis.insert(1, CONTRACT_BASIS)
    if answers["pay"] == "result":
        basis.append(PAY_BASIS)
    return Result(outcome, elements, {e: tuple(r) for e, r in reasons.items()}, lean,
                  by_contract, tuple(basis))


# --------------------------------------------------------------------------- text


def question_text(answers: Mapping[str, str],
                  lang: str = "id") -> tuple[str, list[tuple[str, str]]]:
    """The current question's prompt and its buttons as ``(value, label)``.

    :param answers: the answers so far (at least one question must be open)
    :param lang: ``id`` or ``en``
    :raises StatusError: when every question is answered
    """
    q = next_question(answers)
    if q is None:
        raise StatusError("every question is answered")
    n = QUESTIONS.index(q) + 1
    prompt = (f"<i>{t('status_progress', lang, n=n, total=len(QUESTIONS))}</i>\n\n"
              f"{t(f'status_q_{q.id}', lang)}")
    return prompt, [(c.value, t(f"status_o_{q.id}_{c.value}", lang)) for c in q.choices]


def result_text(result: Result, lang: str = "id") -> str:
    """The result as HTML: headline, the three elements with their reasons, caveat, what follows.

    :param result: what :func:`assess` concluded
    :param lang: ``id`` or ``en``
    """
    if result.by_contract:
        head = t("status_result_contract", lang)
    elif result.outcome is Outcome.UNCLEAR:
        head = t("status_result_unclear", lang, lean=t(f"status_lean_{result.lean}", lang))
    else:
        head = t(f"status_result_{result.outcome}", lang)
    lines = [head, "", t("status_elements_heading", lang)]
    for element in Element:
        # every choice that moves an element has a reason phrase (a test checks the catalog)
        reasons = [t(f"status_r_{r.replace(':', '_')}", lang) for r in result.reasons[element]]
        why = t("status_why", lang, reasons=", ".join(reasons)) if reasons else ""
        lines.append(t("status_line", lang, element=t(f"status_element_{element}", lang),
                        lean=t(f"status_leans_{result.elements[element]}", lang), why=why))
    lines += ["", t("status_caveat", lang)]
    if PAY_BASIS in result.basis:
        lines += ["", t("status_pay_note", lang)]
    # the bipartit period and the small-claims ceiling come from the dispute guide's constants
    lines += ["", t(f"status_next_{result.outcome}", lang, limit=SMALL_CLAIM_LIMIT,
                    bipartit_days=BIPARTIT_WORKING_DAYS)]
    return "\n".join(lines)

