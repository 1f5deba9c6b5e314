"""The case: the worker's answers (``Case``), the flow's ``State`` names and answer options.

``State`` lives here because a case records the states it went through (``history``); the
state machine that moves between them is ``flow.py``. Option labels come from the catalog
(``dispute_opt_<table>_<value>`` in ``bot/texts/dispute.py``); the tables below keep the
Indonesian ones so ``(value, label)`` pairs read as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from bot.dispute.errors import CaseDataError, ParseError
from bot.dispute.money import MAX_MINOR, Money, format_money
from bot.lines import NAME_MAX as NAME_MAX
from bot.lines import NAME_MIN as NAME_MIN
from bot.lines import plausible_name
from bot.texts import t

# --------------------------------------------------------------------------- states


class State(StrEnum):
    """Conversation states, in flow order."""

    KIND = "kind"
    REL_ORDERS = "rel_orders"
    REL_WAGE = "rel_wage"
    REL_CORE = "rel_core"
    AGREEMENT = "agreement"
    CLAUSE = "clause"
    CLIENT_TYPE = "client_type"
    CLIENT_NAME = "client_name"
    CLIENT_ADDRESS = "client_address"
    AMOUNT = "amount"
    RATE = "rate"
    DUE_DATE = "due_date"
    EVIDENCE = "evidence"
    TRIED = "tried"
    CONFIRM = "confirm"
    DONE = "done"
    CANCELLED = "cancelled"
    #: After the result on the civil and unclear routes: the worker's name for the letter.
    #: Not kept in the case (``Step.value`` carries it); its value is what conversations
    #: stored before this state joined the enum, so they read back unchanged.
    WORKER_NAME = "worker_name"


TERMINAL = frozenset({State.DONE, State.CANCELLED})

# --------------------------------------------------------------------------- options

Option = tuple[str, str]
#: Which catalog table each option tuple reads its labels from.
_TABLE_OF: dict[tuple[Option, ...], str] = {}


def _options(table: str, values: tuple[str, ...]) -> tuple[Option, ...]:
    """``(value, Indonesian label)`` pairs of ``dispute_opt_<table>_<value>``."""
    options = tuple((value, t(f"dispute_opt_{table}_{value}")) for value in values)
    _TABLE_OF[options] = table
    return options


KINDS = _options("kinds", ("late", "partial", "rejected", "suspended", "revisions", "other"))
YES_NO = _options("yes_no", ("yes", "no", "unsure"))
AGREEMENTS = _options("agreements", ("written", "online_terms", "chat", "none"))
#: Who promised to pay (KUHPerdata 1340: the contract's party): an Indonesian company or a
#: platform's Indonesian entity, an Indonesian vendor/agency between the worker and the end
#: client, a person in Indonesia, or a company with no entity or address in Indonesia.
CLIENT_TYPES = _options("client_types", ("company", "vendor", "person", "foreign"))
#: The debtor's address and whether it lies in the worker's Pengadilan Negeri area.
ADDRESS = _options("address", ("same", "other", "unsure", "unknown"))
#: What the agreement says about disputes (asked when it is written or accepted online).
CLAUSES = _options("clauses", ("arbitration", "court", "none", "unsure"))
EVIDENCE = _options(
    "evidence", ("contract", "chat", "tasks", "rejection", "invoice", "payments")
)
TRIED = _options("tried", ("nothing", "chat_reminder", "formal_letter", "platform_complaint"))
#: The option tables' names, for the catalog test (their keys are built with f-strings).
OPTION_TABLES: Mapping[str, tuple[Option, ...]] = {
    name: options for options, name in _TABLE_OF.items()
}


def options_in(options: tuple[Option, ...], lang: str = "id") -> tuple[Option, ...]:
    """``options`` with their labels in ``lang`` (values unchanged)."""
    table = _TABLE_OF[options]
    return tuple((value, t(f"dispute_opt_{table}_{value}", lang)) for value, _ in options)


def option_labels(options: tuple[Option, ...]) -> tuple[Option, ...]:
    """Every ``(value, label)`` of ``options`` in every language (for reading answers)."""
    return (*options_in(options, "id"), *options_in(options, "en"))


def label(options: tuple[Option, ...], value: str | None, lang: str = "id") -> str:
    """The label of ``value`` in ``lang``, ``-`` when unanswered."""
    return next((lbl for v, lbl in options_in(options, lang) if v == value), "-")


def opt_values(options: tuple[Option, ...]) -> frozenset[str]:
    """The values of an option table."""
    return frozenset(v for v, _ in options)


INDONESIAN_CLIENTS = frozenset({"company", "vendor", "person"})
FOREIGN_CLIENTS = frozenset({"foreign"})
WRITTEN_AGREEMENTS = frozenset({"written", "online_terms"})  # may hold a dispute clause
#: Version 1 cases (before the forum questions) read back with these values.
_LEGACY: Mapping[str, Mapping[str, str]] = {
    "client_type": {"company_id": "company", "individual": "person", "foreign": "foreign",
                    "platform": "foreign"},  # v1 treated every platform as foreign
    "client_address": {"yes": "same", "other_city": "other", "unknown": "unknown"},
}
RATE_MIN, RATE_MAX = 1_000, 100_000  # rupiah per unit of a foreign currency we accept
ELECTRONIC_EVIDENCE = frozenset({"chat", "tasks", "rejection", "payments"})

# --------------------------------------------------------------------------- names

NAME_LIMITS = {"min": NAME_MIN, "max": NAME_MAX}


def validate_name(text: str) -> str:
    """A client's or worker's name (``bot.lines.plausible_name``): 2–100 characters with a
    letter, no control characters; not a reply word or greeting ("ok", "halo aku balik lg"),
    not a question, not a sentence.

    :raises ParseError: ``dispute_err_name``.
    """
    name = plausible_name(text)
    if name is None:
        raise ParseError("dispute_err_name", NAME_LIMITS)
    return name


# --------------------------------------------------------------------------- case

_ALLOWED: Mapping[str, frozenset[str]] = {
    "kind": opt_values(KINDS),
    "orders": opt_values(YES_NO),
    "wage": opt_values(YES_NO),
    "core": opt_values(YES_NO),
    "agreement": opt_values(AGREEMENTS),
    "client_type": opt_values(CLIENT_TYPES),
    "client_address": opt_values(ADDRESS),
    "clause": opt_values(CLAUSES),
    "tried": opt_values(TRIED),
}
_CASE_VERSION = 2


@dataclass(frozen=True)
class Case:
    """The answers so far (immutable; ``advance`` returns changed copies).

    ``history`` lists the states visited before the current one, oldest first; ``back``
    pops it. ``evidence`` keeps the order of :data:`EVIDENCE`.
    """

    kind: str | None = None
    orders: str | None = None
    wage: str | None = None
    core: str | None = None
    agreement: str | None = None
    clause: str | None = None
    client_type: str | None = None
    client_name: str | None = None
    client_address: str | None = None
    amount: Money | None = None
    #: rupiah per unit of the amount's foreign currency, as the worker confirmed it
    rate_idr: int | None = None
    due_date: date | None = None
    evidence: tuple[str, ...] = ()
    tried: str | None = None
    history: tuple[State, ...] = field(default=())
    #: the relationship answers came from /status (the flow skips its own three questions)
    from_status: bool = False
    #: one answer is being changed from the summary: back to CONFIRM after it
    editing: bool = False

    def missing(self) -> list[str]:
        """Names of required answers still missing (client name is optional)."""
        out = [
            name
            for name in ("kind", "orders", "wage", "core", "agreement", "client_type")
            if getattr(self, name) is None
        ]
        if self.agreement in WRITTEN_AGREEMENTS and self.clause is None:
            out.append("clause")
        if self.client_type in INDONESIAN_CLIENTS and self.client_address is None:
            out.append("client_address")
        out += [n for n in ("amount", "due_date", "tried") if getattr(self, n) is None]
        return out

    @property
    def is_complete(self) -> bool:
        """True when :func:`assess` can run."""
        return not self.missing()

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict (str, int, list, None only), versioned with ``v``."""
        return {
            "v": _CASE_VERSION,
            "kind": self.kind,
            "orders": self.orders,
            "wage": self.wage,
            "core": self.core,
            "agreement": self.agreement,
            "clause": self.clause,
            "client_type": self.client_type,
            "client_name": self.client_name,
            "client_address": self.client_address,
            "amount": self.amount.to_dict() if self.amount else None,
            "rate_idr": self.rate_idr,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "evidence": list(self.evidence),
            "tried": self.tried,
            "history": [s.value for s in self.history],
            "from_status": self.from_status,
            "editing": self.editing,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Case:
        """Inverse of :meth:`to_dict`; validates every field, ignores unknown keys.

        :raises CaseDataError: wrong version, type or value.
        """
        if not isinstance(data, Mapping):
            raise CaseDataError("case must be a mapping")
        version = data.get("v", _CASE_VERSION)
        if version not in (1, _CASE_VERSION):
            raise CaseDataError(f"unsupported case version {data.get('v')!r}")
        values: dict[str, Any] = {}
        for name, allowed in _ALLOWED.items():
            value = data.get(name)
            if version == 1 and name in _LEGACY and value is not None:
                value = _LEGACY[name].get(value, value)
            if value is not None and value not in allowed:
                raise CaseDataError(f"bad {name}: {value!r}")
            values[name] = value
        name_value = data.get("client_name")
        if name_value is not None:
            if not isinstance(name_value, str):
                raise CaseDataError("bad client_name")
            try:
                name_value = validate_name(name_value)
            except ParseError as exc:
                raise CaseDataError("bad client_name") from exc
        amount = data.get("amount")
        due = data.get("due_date")
        try:
            due_date = date.fromisoformat(due) if due is not None else None
        except (TypeError, ValueError) as exc:
            raise CaseDataError(f"bad due_date: {due!r}") from exc
        evidence = data.get("evidence") or []
        history = data.get("history") or []
        allowed_ev = opt_values(EVIDENCE)
        if not isinstance(evidence, list) or any(e not in allowed_ev for e in evidence):
            raise CaseDataError(f"bad evidence: {evidence!r}")
        if not isinstance(history, list):
            raise CaseDataError(f"bad history: {history!r}")
        try:
            states = tuple(State(s) for s in history)
        except (TypeError, ValueError) as exc:
            raise CaseDataError(f"bad history: {history!r}") from exc
        money = Money.from_dict(amount) if amount is not None else None
        if money is not None and not 0 < money.minor <= MAX_MINOR[money.currency]:
            raise CaseDataError(f"amount out of range: {amount!r}")
        rate = data.get("rate_idr")
        if rate is not None and (type(rate) is not int or not RATE_MIN <= rate <= RATE_MAX):
            raise CaseDataError(f"bad rate_idr: {rate!r}")
        from_status = data.get("from_status", False)
        editing = data.get("editing", False)
        if not isinstance(from_status, bool) or not isinstance(editing, bool):
            raise CaseDataError(f"bad from_status/editing: {from_status!r}, {editing!r}")
        return cls(
            **values,
            client_name=name_value,
            amount=money,
            rate_idr=rate,
            due_date=due_date,
            evidence=ordered_evidence(set(evidence)),
            history=states,
            from_status=from_status,
            editing=editing,
        )


def ordered_evidence(items: set[str]) -> tuple[str, ...]:
    return tuple(v for v, _ in EVIDENCE if v in items)



def is_electronic(case: Case) -> bool:
    """Whether the agreement or the evidence is electronic (UU ITE)."""
    return case.agreement in ("online_terms", "chat") or bool(
        set(case.evidence) & ELECTRONIC_EVIDENCE
    )


def client_text(case: Case, lang: str = "id") -> str:
    """``PT X (perusahaan Indonesia)`` / ``PT X (Indonesian company)`` or the kind alone."""
    kind = label(CLIENT_TYPES, case.client_type, lang)
    kind = kind[:1].lower() + kind[1:]
    return f"{case.client_name} ({kind})" if case.client_name else kind


def saved_case_label(case_id: int, data: object, lang: str = "id") -> str:
    """``#3 · PT X · Rp1.500.000``: a saved case's button (``data`` as stored, maybe broken)."""
    stored = data if isinstance(data, Mapping) else {}
    case = stored.get("case") or {}
    client = case.get("client_name") or t("dispute_client_fallback", lang)
    try:
        amount = format_money(Money.from_dict(case.get("amount") or {}))
    except CaseDataError:
        amount = "-"
    return f"#{case_id} · {client[:30]} · {amount}"
