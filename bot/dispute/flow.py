"""The dispute flow as a state machine: ``advance(state, case, answer) -> Step`` and ``prompt``.

Pure: no I/O, no ``telegram``. Texts come from the catalog (``bot/texts/dispute.py``) in the
language asked for; answers are read in both languages whatever the language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from bot.dispute.case import (
    ADDRESS,
    AGREEMENTS,
    CLAUSES,
    CLIENT_TYPES,
    EVIDENCE,
    INDONESIAN_CLIENTS,
    KINDS,
    NAME_LIMITS,
    RATE_MAX,
    RATE_MIN,
    TERMINAL,
    TRIED,
    WRITTEN_AGREEMENTS,
    YES_NO,
    Case,
    Option,
    State,
    client_text,
    label,
    opt_values,
    option_labels,
    options_in,
    ordered_evidence,
    validate_name,
)
from bot.dispute.common import format_date, lang_code, norm
from bot.dispute.dates import parse_date
from bot.dispute.errors import ParseError
from bot.dispute.money import AMOUNT_EXAMPLE, format_money, parse_amount
from bot.texts import t

BACK, CANCEL, SKIP, DONE, CONFIRM, RESTART = "back", "cancel", "skip", "done", "confirm", "restart"
CALLBACK_PREFIX = "dispute:opt:"
#: The flow's own buttons (label key ``dispute_opt_<value>``).
BUTTONS = (SKIP, DONE, CONFIRM, RESTART)

_CHOICES: Mapping[State, tuple[Option, ...]] = {
    State.KIND: KINDS,
    State.REL_ORDERS: YES_NO,
    State.REL_WAGE: YES_NO,
    State.REL_CORE: YES_NO,
    State.AGREEMENT: AGREEMENTS,
    State.CLAUSE: CLAUSES,
    State.CLIENT_TYPE: CLIENT_TYPES,
    State.CLIENT_ADDRESS: ADDRESS,
    State.TRIED: TRIED,
}
_FIELD_OF: Mapping[State, str] = {
    State.KIND: "kind",
    State.REL_ORDERS: "orders",
    State.REL_WAGE: "wage",
    State.REL_CORE: "core",
    State.AGREEMENT: "agreement",
    State.CLAUSE: "clause",
    State.CLIENT_TYPE: "client_type",
    State.CLIENT_ADDRESS: "client_address",
    State.TRIED: "tried",
}
# words a worker may type instead of pressing a button (input, not output: both languages)
_SYNONYMS: Mapping[str, str] = {
    "ya": "yes", "y": "yes", "iya": "yes", "yes": "yes", "benar": "yes", "betul": "yes",
    "tidak": "no", "tdk": "no", "t": "no", "no": "no", "nggak": "no", "ngga": "no",
    "gak": "no", "ga": "no", "enggak": "no", "bukan": "no",
    "tidak yakin": "unsure", "tidak tahu": "unsure", "ragu": "unsure", "entah": "unsure",
    "kembali": BACK, "batal": CANCEL, "/cancel": CANCEL, "lewati": SKIP,
    "selesai": DONE, "lanjut": DONE, "ulang": RESTART, "ulangi": RESTART, "benar, lanjut": CONFIRM,
    "not sure": "unsure", "don't know": "unsure", "dont know": "unsure", "yeah": "yes",
    "nope": "no", "correct": "yes", "finished": DONE, "start over": RESTART,
    "correct, continue": CONFIRM,
}  # fmt: skip


_QUESTION_WORDS = frozenset({
    "apa", "apakah", "gimana", "bagaimana", "gmn", "gmana", "kenapa", "mengapa", "knp",
    "kapan", "berapa", "brp", "siapa", "bisa", "bisakah", "boleh", "bolehkah", "haruskah",
    "emang", "emangnya", "how", "what", "why", "when", "can", "could", "is", "are", "do",
    "does", "should",
})
_WHERE = re.compile(r"\bsamp[ae]i?\s+mana\b|\bwhere (?:was|am) i\b|\blangkah (?:ke )?berapa\b")


def is_question(text: str) -> bool:
    """Whether a typed text is a question rather than an answer to a step (it is answered
    from the knowledge base and the step asked again; it is never stored as an answer)."""
    words = norm(text).split()
    return text.rstrip().endswith("?") or (len(words) >= 3 and words[0] in _QUESTION_WORDS)


def asks_where(text: str) -> bool:
    """Whether the worker asks where they are in the guide ("td sampe mana ya")."""
    return bool(_WHERE.search(norm(text)))


def button(value: str, lang: str = "id") -> Option:
    """``(value, label)`` of one of the flow's own buttons (skip, done, confirm, restart)."""
    return value, t(f"dispute_opt_{value}", lang)


@dataclass(frozen=True)
class Step:
    """Result of :func:`advance`: the next state, the (possibly new) case, or an error.

    On error ``state`` and ``case`` are exactly the ones passed in.
    """

    state: State
    case: Case
    error: str | None = None
    #: The accepted answer when the case does not keep it (the worker's name, or None).
    value: str | None = None

    @property
    def ok(self) -> bool:
        """True when the answer was accepted."""
        return self.error is None


@dataclass(frozen=True)
class Prompt:
    """What to show for a state: the question, buttons, and what input is allowed.

    ``options`` are ``(value, label)`` pairs; values are short ASCII (<= 20 chars) for
    ``callback_data``. Back/cancel are not among ``options``: add them when
    ``allow_back``/``allow_cancel``. ``multi_select`` (EVIDENCE): labels carry ✅/⬜ marks.
    """

    state: State
    text: str
    options: tuple[Option, ...] = ()
    free_text: bool = False
    allow_back: bool = True
    allow_cancel: bool = True
    multi_select: bool = False


def callback_data(value: str) -> str:
    """``dispute:opt:<value>`` for an option value (or BACK / CANCEL)."""
    return CALLBACK_PREFIX + value


def answer_from_callback(data: str) -> str | None:
    """The option value of a ``dispute:opt:...`` callback, else None."""
    return data[len(CALLBACK_PREFIX) :] if data.startswith(CALLBACK_PREFIX) else None


# --------------------------------------------------------------------------- flow

_ORDER = (
    State.KIND,
    State.REL_ORDERS,
    State.REL_WAGE,
    State.REL_CORE,
    State.AGREEMENT,
    State.CLAUSE,
    State.CLIENT_TYPE,
    State.CLIENT_NAME,
    State.CLIENT_ADDRESS,
    State.AMOUNT,
    State.RATE,
    State.DUE_DATE,
    State.EVIDENCE,
    State.TRIED,
    State.CONFIRM,
    State.DONE,
)


_RELATIONSHIP_STATES = (State.REL_ORDERS, State.REL_WAGE, State.REL_CORE)


def _applies(state: State, case: Case) -> bool:
    """Whether ``state`` is asked for this case."""
    if state in _RELATIONSHIP_STATES:
        return not case.from_status  # /status already answered them
    if state is State.CLAUSE:
        return case.agreement in WRITTEN_AGREEMENTS
    if state is State.CLIENT_ADDRESS:
        return case.client_type in INDONESIAN_CLIENTS
    if state is State.RATE:  # a foreign currency owed by someone an Indonesian court can reach
        return (case.amount is not None and case.amount.currency != "IDR"
                and case.client_type in INDONESIAN_CLIENTS)
    return True


def _next_state(state: State, case: Case) -> State:
    """The state after ``state`` given the answers in ``case`` (skips inapplicable ones)."""
    nxt = _ORDER[_ORDER.index(state) + 1]
    while not _applies(nxt, case):
        nxt = _ORDER[_ORDER.index(nxt) + 1]
    return nxt


def start() -> Step:
    """The first step: ``State.KIND`` with an empty case."""
    return Step(State.KIND, Case())


#: /status outcome -> the three relationship answers that give the same route here
_FROM_STATUS: Mapping[str, tuple[str, str, str]] = {
    "employment": ("yes", "yes", "yes"), "civil": ("no", "no", "no"),
    "unclear": ("unsure", "unsure", "unsure"),
}


def start_from_status(outcome: str) -> Step:
    """The first step when /status sends the worker here: its three answers pre-filled.

    :param outcome: the status check's outcome (``employment``, ``civil``, ``unclear``)
    :raises ValueError: an unknown outcome
    """
    orders, wage, core = _FROM_STATUS[outcome]
    return Step(State.KIND, Case(orders=orders, wage=wage, core=core, from_status=True))


#: Answers that can be changed from the summary (CONFIRM): ``edit_<state>`` buttons.
EDITABLE = (State.KIND, State.AGREEMENT, State.CLIENT_TYPE, State.AMOUNT, State.DUE_DATE,
            State.EVIDENCE, State.TRIED)
EDIT_PREFIX = "edit_"
#: the case field each state's answer is kept in (for "still missing" after an edit)
_MISSING_OF: Mapping[str, State] = {
    "kind": State.KIND, "orders": State.REL_ORDERS, "wage": State.REL_WAGE,
    "core": State.REL_CORE, "agreement": State.AGREEMENT, "clause": State.CLAUSE,
    "client_type": State.CLIENT_TYPE, "client_address": State.CLIENT_ADDRESS,
    "amount": State.AMOUNT, "due_date": State.DUE_DATE, "tried": State.TRIED,
}


def _forward(state: State, case: Case) -> Step:
    history = (*case.history, state)
    if case.editing and state is State.CLIENT_TYPE:  # "the client" is its type and its name
        return Step(State.CLIENT_NAME, replace(case, history=history))
    if case.editing:
        # one answer changed from the summary: only what that change made necessary is asked
        # (a clause for a now-written agreement, an address, a rate), then the summary again
        missing = [_MISSING_OF[name] for name in case.missing() if name in _MISSING_OF]
        if state is State.AMOUNT and _applies(State.RATE, case) and case.rate_idr is None:
            missing.insert(0, State.RATE)
        if missing:
            return Step(missing[0], replace(case, history=history))
        return Step(State.CONFIRM, replace(case, editing=False, history=history))
    return Step(_next_state(state, case), replace(case, history=history))


def _match(options: tuple[Option, ...], answer: str) -> str | None:
    """The option value named by ``answer`` (value, label in either language, or synonym)."""
    values = opt_values(options)
    key = norm(answer)
    if key in values:
        return key
    for value, text in option_labels(options):
        if key == norm(text):
            return value
    syn = _SYNONYMS.get(key)
    return syn if syn in values else None


def _invalid(state: State, case: Case, options: tuple[Option, ...], lang: str) -> Step:
    labels = ", ".join(f"«{text}»" for _, text in options)
    return Step(state, case, t("dispute_err_invalid", lang, labels=labels))


def _error(state: State, case: Case, exc: ParseError, lang: str) -> Step:
    return Step(state, case, exc.message(lang))


def _worker_name(case: Case, answer: str, lang: str) -> Step:
    """WORKER_NAME: skip (no name) or a valid name, then DONE; nothing else is special here."""
    if " ".join(answer.split()).casefold() in ("lewati", SKIP):
        return Step(State.DONE, case)
    try:
        name = validate_name(answer)
    except ParseError:
        return Step(State.WORKER_NAME, case, t("dispute_err_worker_name", lang, **NAME_LIMITS))
    return Step(State.DONE, case, value=name)


def advance(
    state: State, case: Case, answer: str, *, today: date | None = None, lang: str = "id"
) -> Step:
    """Validate ``answer`` for ``state`` and move on (pure).

    :param state: the current state.
    :param case: the answers so far (not modified).
    :param answer: a button value (see :class:`Prompt`) or the user's text; labels and
        synonyms are accepted in both languages, whatever ``lang``.
    :param today: the user's date (Asia/Jakarta), used to reject future due dates; pass it
        from the handler. Only when omitted is ``date.today()`` read (server clock).
    :param lang: language of ``Step.error``: "en" English, anything else Indonesian.
    :returns: the next state and the updated case; or, for an invalid answer, the same
        state and case with ``error`` set to a message in ``lang``.
    """
    if state in TERMINAL:
        return Step(state, case, t("dispute_err_ended", lang))
    if state is State.WORKER_NAME:
        return _worker_name(case, answer, lang)
    key = norm(answer)
    special = _SYNONYMS.get(key, key)
    if special == CANCEL:
        return Step(State.CANCELLED, case)
    if special == BACK:
        if not case.history:
            return Step(state, case, t("dispute_err_first", lang))
        return Step(case.history[-1], replace(case, history=case.history[:-1]))

    if state in _CHOICES:
        options = _CHOICES[state]
        value = _match(options, answer)
        if value is None:
            return _invalid(state, case, options_in(options, lang), lang)
        changes: dict[str, Any] = {_FIELD_OF[state]: value}
        if state is State.CLIENT_TYPE and value not in INDONESIAN_CLIENTS:
            changes["client_address"] = None  # answers that no longer apply are dropped
            changes["rate_idr"] = None
        if state is State.AGREEMENT and value not in WRITTEN_AGREEMENTS:
            changes["clause"] = None
        return _forward(state, replace(case, **changes))

    if state is State.CLIENT_NAME:
        if special == SKIP:
            return _forward(state, replace(case, client_name=None))
        try:
            name = validate_name(answer)
        except ParseError as exc:
            return _error(state, case, exc, lang)
        return _forward(state, replace(case, client_name=name))

    if state is State.AMOUNT:
        try:
            amount = parse_amount(answer)
        except ParseError as exc:
            return _error(state, case, exc, lang)
        rate = case.rate_idr if amount.currency != "IDR" else None
        return _forward(state, replace(case, amount=amount, rate_idr=rate))

    if state is State.RATE:
        if special == SKIP:
            return _forward(state, replace(case, rate_idr=None))
        currency = case.amount.currency if case.amount else "USD"
        error = t("dispute_err_rate", lang, currency=currency, low=f"{RATE_MIN:,}",
                  high=f"{RATE_MAX:,}")
        try:
            typed = parse_amount(answer)
        except ParseError:
            return Step(state, case, error)
        if typed.currency != "IDR" or not RATE_MIN <= typed.minor <= RATE_MAX:
            return Step(state, case, error)
        return _forward(state, replace(case, rate_idr=typed.minor))

    if state is State.DUE_DATE:
        try:
            due = parse_date(answer, today or date.today())
        except ParseError as exc:
            return _error(state, case, exc, lang)
        return _forward(state, replace(case, due_date=due))

    if state is State.EVIDENCE:
        if special == DONE:
            return _forward(state, case)
        value = _match(EVIDENCE, answer)
        if value is None:
            return _invalid(state, case, (*options_in(EVIDENCE, lang), button(DONE, lang)), lang)
        chosen = set(case.evidence) ^ {value}
        return Step(state, replace(case, evidence=ordered_evidence(chosen)))

    if state is State.CONFIRM:
        if special == RESTART:
            return start()
        if key.startswith(EDIT_PREFIX):
            target = next((st for st in EDITABLE if f"{EDIT_PREFIX}{st.value}" == key), None)
            if target is not None:
                return Step(target, replace(case, editing=True,
                                            history=(*case.history, State.CONFIRM)))
        if special in (CONFIRM, "yes"):
            missing = case.missing()
            if missing:
                return Step(state, case, t("dispute_err_missing", lang))
            return _forward(state, case)
        return _invalid(state, case, prompt(state, case, lang=lang).options, lang)

    raise AssertionError(f"unhandled state {state}")  # pragma: no cover


# --------------------------------------------------------------------------- prompts

#: The summary row of each editable state (its button reads "✏️ <row>").
_ROW_OF: Mapping[State, str] = {
    State.KIND: "kind", State.AGREEMENT: "agreement", State.CLIENT_TYPE: "client",
    State.AMOUNT: "amount", State.DUE_DATE: "due_date",
    State.EVIDENCE: "evidence", State.TRIED: "tried",
}
#: The three relationship questions, numbered n/3 in their shared introduction.
_RELATIONSHIP = (State.REL_ORDERS, State.REL_WAGE, State.REL_CORE)
#: The catalog key of each state's question.
_QUESTION_KEYS: Mapping[State, str] = {state: f"dispute_q_{state.value}" for state in State}


def _row(key: str, value: str, lang: str) -> str:
    return f"- {t(f'dispute_row_{key}', lang)}: {value}"


def answers_text(case: Case, lang: str = "id") -> str:
    """The answers, one per line (for CONFIRM)."""
    rows = [
        _row("kind", label(KINDS, case.kind, lang), lang),
        _row("orders", label(YES_NO, case.orders, lang), lang),
        _row("wage", label(YES_NO, case.wage, lang), lang),
        _row("core", label(YES_NO, case.core, lang), lang),
        _row("agreement", label(AGREEMENTS, case.agreement, lang), lang),
    ]
    if case.agreement in WRITTEN_AGREEMENTS:
        rows.append(_row("clause", label(CLAUSES, case.clause, lang), lang))
    rows.append(_row("client", client_text(case, lang), lang))
    if case.client_type in INDONESIAN_CLIENTS:
        rows.append(_row("client_address", label(ADDRESS, case.client_address, lang), lang))
    evidence = ", ".join(label(EVIDENCE, e, lang) for e in case.evidence)
    rows.append(_row("amount", format_money(case.amount) if case.amount else "-", lang))
    if _applies(State.RATE, case):
        rate = f"Rp{case.rate_idr:,}".replace(",", ".") if case.rate_idr else "-"
        rows.append(_row("rate", rate, lang))
    rows += [
        _row("due_date", format_date(case.due_date, lang) if case.due_date else "-", lang),
        _row("evidence", evidence or t("dispute_none_yet", lang), lang),
        _row("tried", label(TRIED, case.tried, lang), lang),
    ]
    return "\n".join(rows)


def question(state: State, case: Case, lang: str = "id") -> str:
    """The question text of ``state`` in ``lang``."""
    lang = lang_code(lang)
    key = _QUESTION_KEYS[state]
    if state in (State.CLIENT_NAME, State.WORKER_NAME):
        return t(key, lang, **NAME_LIMITS)
    if state is State.AMOUNT:
        return t(key, lang, example=AMOUNT_EXAMPLE.render(lang))
    if state is State.RATE:
        return t(key, lang, currency=case.amount.currency if case.amount else "USD")
    if state is State.CONFIRM:
        return t(key, lang, answers=answers_text(case, lang))
    if state in _RELATIONSHIP:
        return t(key, lang, n=_RELATIONSHIP.index(state) + 1)
    return t(key, lang)


def prompt(state: State, case: Case, *, lang: str = "id") -> Prompt:
    """The question for ``state`` (plain text, in ``lang``), its buttons and input rules.

    :param state: the current state.
    :param case: the answers so far (EVIDENCE marks chosen items; CONFIRM lists answers).
    :param lang: "en" for English texts and labels, anything else Indonesian; the option
        values are the same in both languages.
    """
    text = question(state, case, lang)
    allow_back = bool(case.history) and state not in TERMINAL
    allow_cancel = state not in TERMINAL
    if state in _CHOICES:
        options = options_in(_CHOICES[state], lang)
        return Prompt(state, text, options, False, allow_back, allow_cancel)
    if state in (State.CLIENT_NAME, State.RATE):
        return Prompt(state, text, (button(SKIP, lang),), True, allow_back, allow_cancel)
    if state in (State.AMOUNT, State.DUE_DATE):
        return Prompt(state, text, (), True, allow_back, allow_cancel)
    if state is State.EVIDENCE:
        marked = tuple(
            (value, ("✅ " if value in case.evidence else "⬜ ") + lbl)
            for value, lbl in options_in(EVIDENCE, lang)
        )
        return Prompt(
            state, text, (*marked, button(DONE, lang)), False, allow_back, allow_cancel,
            multi_select=True,
        )  # fmt: skip
    if state is State.CONFIRM:
        edits = tuple((f"{EDIT_PREFIX}{st.value}", t("dispute_opt_edit", lang,
                                                       what=t(f"dispute_row_{_ROW_OF[st]}", lang)))
                      for st in EDITABLE)
        options = (button(CONFIRM, lang), button(RESTART, lang), *edits)
        return Prompt(state, text, options, False, allow_back, allow_cancel)
    if state is State.WORKER_NAME:  # after the result: no way back into the answers
        return Prompt(state, text, (button(SKIP, lang),), True, False, False)
    return Prompt(state, text, (), False, False, False)
