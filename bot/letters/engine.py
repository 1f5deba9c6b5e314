"""One small engine for every letter: fields asked one at a time, validated, then a Letter.

A :class:`LetterSpec` lists its :class:`Field` s in order; a field may depend on an earlier
answer (``when``) and may be optional (the worker presses "Lewati" and the letter keeps a
visible ``[…]`` placeholder). :func:`answer` validates one answer for the *current* field only
and returns new answers (a stale or forged button changes nothing); :func:`build` turns complete
answers into a :class:`~bot.letters.model.Letter`. Answers are JSON-safe (dates ISO, amounts as
currency + minor units), so they can sit in conversation state and in a saved case. Errors are
catalog keys (:class:`LetterInputError`); no prose here, no Telegram.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from bot.letters.model import Letter
from bot.lines import NAME_MAX, NAME_MIN, clean_line, plausible_name

FieldKind = Literal["choice", "multi", "name", "text", "contact", "date", "amount"]
SKIP = "skip"  # the answer of an optional field the worker skips
DONE = "done"  # ends a multiple choice
MAX_TEXT = 300
_NOT_IN_A_LETTER = frozenset({"batal"})  # a word for the ✖️ button, not a name
_CONTACT = re.compile(r"^(?:[^@\s]+@[^@\s]+\.[^@\s]+|@\w{4,32}|\+?[0-9][0-9 ()-]{6,20})$")


class LetterInputError(ValueError):
    """An answer the letter cannot use; ``key`` names the catalog message."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@dataclass(frozen=True)
class Field:
    """One question of a letter; its prompt is the catalog key ``letter_<kind>_q_<id>``."""

    id: str
    kind: FieldKind
    options: tuple[str, ...] = ()
    optional: bool = False
    when: tuple[str, str] | None = None  # asked only if answers[when[0]] == when[1]


@dataclass(frozen=True)
class LetterSpec:
    """A letter the bot can write.

    :ivar kind: its id (``data_access``…), used in catalog keys and callback data
    :ivar fields: the questions, in order
    :ivar build: complete answers and the letter's date → the letter
    :ivar basis: knowledge-base entry ids the letter relies on (a test checks they exist)
    """

    kind: str
    fields: tuple[Field, ...]
    build: Callable[[Mapping[str, Any], date], Letter]
    basis: tuple[str, ...]

    def field(self, field_id: str) -> Field:
        """The field ``field_id``; ``LetterInputError`` if the letter has none."""
        for f in self.fields:
            if f.id == field_id:
                return f
        raise LetterInputError("letter_err_stale")


def _applies(f: Field, answers: Mapping[str, Any]) -> bool:
    return f.when is None or answers.get(f.when[0]) == f.when[1]


def next_field(spec: LetterSpec, answers: Mapping[str, Any]) -> Field | None:
    """The first field that applies and is not answered yet; ``None`` when complete.

    :param spec: the letter
    :param answers: the answers so far
    """
    return next((f for f in spec.fields if _applies(f, answers) and f.id not in answers), None)


def progress(spec: LetterSpec, answers: Mapping[str, Any]) -> tuple[int, int]:
    """``(number of the current question, questions in all)`` given the answers so far."""
    applicable = [f for f in spec.fields if _applies(f, answers)]
    done = sum(f.id in answers for f in applicable)
    return min(done + 1, len(applicable)), len(applicable)


def back(spec: LetterSpec, answers: Mapping[str, Any]) -> dict[str, Any]:
    """``answers`` without the last answered field (and any ticks of the current one).

    :param spec: the letter
    :param answers: the answers so far
    """
    out = {k: v for k, v in answers.items() if k != _PENDING}
    answered = [f.id for f in spec.fields if f.id in out]
    if answered:
        del out[answered[-1]]
    # an answer whose question no longer applies (its condition was the removed answer) goes
    return {k: v for k, v in out.items() if _applies(spec.field(k), out)}


_PENDING = "_selected"  # a multiple choice being ticked: {"field": id, "values": [...]}


def selected(answers: Mapping[str, Any], field_id: str) -> list[str]:
    """The values ticked so far in the multiple choice ``field_id``."""
    pending = answers.get(_PENDING)
    if isinstance(pending, dict) and pending.get("field") == field_id:
        return [str(v) for v in pending.get("values", [])]
    return []


def validate_name(text: str) -> str:
    """A person's or company's name (``bot.lines.plausible_name``): ``NAME_MIN``–``NAME_MAX``
    characters with a letter; not a reply word or greeting, not a question, not a sentence.

    :raises LetterInputError: ``letter_err_name``
    """
    name = plausible_name(text, refuse=_NOT_IN_A_LETTER)
    if name is None:
        raise LetterInputError("letter_err_name", min=NAME_MIN, max=NAME_MAX)
    return name


def answer(spec: LetterSpec, answers: Mapping[str, Any], field_id: str, raw: str,
           today: date) -> dict[str, Any]:
    """``answers`` with one more answer to the current field.

    For a multiple choice, a value toggles it and ``done`` closes the field.

    :param spec: the letter
    :param answers: the answers so far
    :param field_id: the field the answer is for (from the button or the pending question)
    :param raw: the button value or the typed text
    :param today: the user's date (dates may not lie in the future)
    :raises LetterInputError: stale field, unknown choice, invalid text
    """
    current = next_field(spec, answers)
    if current is None or current.id != field_id:
        raise LetterInputError("letter_err_stale")
    out = dict(answers)
    if raw == SKIP:
        if not current.optional:
            raise LetterInputError("letter_err_required")
        out.pop(_PENDING, None)
        out[current.id] = None
        return out
    kind = current.kind
    value: Any
    if kind == "choice":
        if raw not in current.options:
            raise LetterInputError("letter_err_stale")
        value = raw
    elif kind == "multi":
        ticked = selected(out, current.id)
        if raw == DONE:
            if not ticked:
                raise LetterInputError("letter_err_multi_empty")
            out.pop(_PENDING, None)
            out[current.id] = [v for v in current.options if v in ticked]
            return out
        if raw not in current.options:
            raise LetterInputError("letter_err_stale")
        ticked = [v for v in ticked if v != raw] if raw in ticked else [*ticked, raw]
        out[_PENDING] = {"field": current.id, "values": ticked}
        return out
    elif kind == "name":
        value = validate_name(raw)
    elif kind == "contact":
        value = clean_line(raw, 200)
        if not _CONTACT.match(value):
            raise LetterInputError("letter_err_contact")
    elif kind == "text":
        value = clean_line(raw, MAX_TEXT)
        if len(value) < 2 or not any(ch.isalnum() for ch in value):
            raise LetterInputError("letter_err_text", limit=MAX_TEXT)
    elif kind == "date":
        value = _parse_date(raw, today).isoformat()
    else:  # amount
        value = _parse_amount(raw)
    out[current.id] = value
    return out


def _parse_date(raw: str, today: date) -> date:
    from bot.dispute import DisputeError, parse_date

    try:
        return parse_date(raw, today)
    except DisputeError:
        raise LetterInputError("letter_err_date") from None


def _parse_amount(raw: str) -> dict[str, Any]:
    from bot.dispute import DisputeError, parse_amount

    try:
        money = parse_amount(raw)
    except DisputeError:
        raise LetterInputError("letter_err_amount") from None
    return {"currency": money.currency, "minor": money.minor}


def build(spec: LetterSpec, answers: Mapping[str, Any], today: date) -> Letter:
    """The letter for complete answers.

    :param spec: the letter
    :param answers: every applicable field answered
    :param today: the letter's date
    :raises LetterInputError: ``letter_err_incomplete`` when a field is still open
    """
    if next_field(spec, answers) is not None:
        raise LetterInputError("letter_err_incomplete")
    return spec.build(answers, today)
