"""Guided payment-dispute flow as pure domain logic: no ``telegram`` import, no I/O.

The flow is a state machine (STYLE rule 3). A conversation holds a :class:`State` and a
:class:`Case`; every user answer (a button value or free text) goes through :func:`advance`,
which validates it and returns a :class:`Step`. The Telegram layer
(``bot/handlers/dispute.py``) only renders :func:`prompt` and feeds answers back::

    step = start()                                # Step(state=State.KIND, case=Case())
    p = prompt(step.state, step.case, lang=lang)  # Prompt: text, options, free_text, ...
    # buttons: one per p.options (value, label), callback_data=callback_data(value);
    # plus BACK if p.allow_back, CANCEL if p.allow_cancel
    step = advance(step.state, step.case, answer, today=today_in_jakarta, lang=lang)
    #   answer: answer_from_callback(query.data) or the message text
    if step.error:                                # invalid: state and case are unchanged
        reply(step.error); reply(prompt(step.state, step.case, lang=lang))
    elif step.state is State.DONE:                # confirmed: build the result
        result = assess(step.case, today, lang=lang)
        steps = plan(step.case, result, today, lang=lang)
        text = "\\n\\n".join([case_summary(step.case, result, lang=lang),
                             plan_text(steps, lang=lang),
                             basis_text(legal_basis(step.case, lang=lang), lang=lang)])
        letter = somasi_text(step.case, result, worker_name, today)   # or somasi_docx(...)
    elif step.state is State.CANCELLED: ...       # end the conversation

Languages
---------
Every user-facing function takes a keyword ``lang: str = "id"``: ``"en"`` gives English,
any other code Indonesian, so existing callers are unchanged. Only the texts change with the
language; option values, states, dates, amounts (``format_money`` is the same in both) and
legal citations ("KUHPerdata Pasal 1238") never do, and answers are accepted in both
languages whatever ``lang`` is (labels, "ya"/"yes", "2 minggu lalu"/"2 weeks ago"). English
texts keep the Indonesian name of a legal term with a gloss the first time it appears in a
text (somasi (formal demand letter), gugatan sederhana (small-claims procedure), bipartit,
Disnaker, PHI, LBH). The parsers stay language-free: a ``ParseError`` carries both messages
(``message_id``, which is also ``str(err)``, and ``message_en``) and ``err.message(lang)``
picks one; ``advance(..., lang=...)`` puts the right one in ``Step.error``. ``assess(...,
lang=...)`` writes its notes in that language, so pass the same ``lang`` to
``case_summary``. The somasi letter (``somasi_text``/``somasi_docx``) is Indonesian for
everyone: it is sent to an Indonesian client; it does not depend on the assessment's language.

Public API
----------
States and flow
    ``State`` (``StrEnum``: KIND, REL_ORDERS, REL_WAGE, REL_CORE, AGREEMENT, CLIENT_TYPE,
    CLIENT_NAME, CLIENT_ADDRESS, AMOUNT, DUE_DATE, EVIDENCE, TRIED, CONFIRM, DONE, CANCELLED;
    ``TERMINAL`` = {DONE, CANCELLED}).
    ``start() -> Step``; ``advance(state, case, answer, *, today=None, lang="id") -> Step``
    (pure when ``today`` is given: pass the user's date, Asia/Jakarta, for the due-date
    check); ``prompt(state, case, *, lang="id") -> Prompt``; ``options_in(options, lang)``
    (an option table with labels in ``lang``).
    Special answers in every non-terminal state: ``BACK`` ("back", also "kembali") returns
    to the previous state actually visited (``Case.history``); ``CANCEL`` ("cancel", also
    "batal") goes to ``State.CANCELLED``. ``SKIP`` ("skip", also "lewati") skips the client
    name. In EVIDENCE each evidence value toggles an item and ``DONE`` ("done") moves on.
    In CONFIRM, ``CONFIRM`` ("confirm") goes to ``State.DONE``, ``RESTART`` ("restart")
    starts again with an empty case. Option states also accept the label or ya/tidak.
    ``callback_data(value) -> str`` ("dispute:opt:<value>", values are ASCII, <= 20 chars)
    and ``answer_from_callback(data) -> str | None``.
Data (frozen dataclasses; ``dataclasses.replace`` makes the copies)
    ``Case``: the answers plus ``history``; ``to_dict()`` is JSON-safe,
    ``Case.from_dict(d)`` validates (raises ``CaseDataError``); ``missing()`` lists fields
    still unanswered; ``is_complete``.
    ``Money(currency: "IDR" | "USD", minor: int)``: whole rupiah or US cents.
    ``Step(state, case, error)``, ``Prompt(state, text, options, free_text, allow_back,
    allow_cancel, multi_select)``, ``Assessment``, ``PlanStep``, ``Route``.
Parsers (raise ``ParseError`` only; its messages, Indonesian and English, carry an example)
    ``parse_amount(text) -> Money`` ("1,5 jt", "750rb", "750k", "1.5 million", "USD 300");
    ``parse_date(text, today) -> date`` ("15/10/2025", "15 Oktober 2025", "Oct 15 2025",
    "2 minggu lalu", "2 weeks ago", "kemarin", "yesterday"); ``validate_name(text) -> str``.
Result (each text function also takes ``*, lang="id"``)
    ``assess(case, today) -> Assessment`` (raises ``IncompleteCaseError``);
    ``interest(amount, since, until) -> Money``; ``plan(case, assessment, today)
    -> list[PlanStep]``; ``legal_basis(case) -> list[tuple[str, str]]``;
    ``somasi_text(case, assessment, worker_name, today, *, place=None, contact=None) -> str``
    (Indonesian only); ``somasi_docx(...) -> bytes``; ``case_summary(case, assessment)
    -> str``; ``plan_text(steps) -> str``; ``basis_text(items) -> str``;
    ``format_money(m) -> str``; ``format_date_id(d) -> str``; ``format_date(d, lang)``.
Errors
    ``DisputeError`` (base), ``ParseError``, ``CaseDataError``, ``IncompleteCaseError``
    (all also ``ValueError``).

Persistence: ``Case`` and ``State`` pickle as they are (PicklePersistence); for SQLite store
``json.dumps(case.to_dict())`` and read it back with ``Case.from_dict``. The case does not
hold the current state (the ConversationHandler does); store ``state.value`` next to it if
an unfinished case must be resumed. Back/cancel button labels and the disclaimer belong in
``texts.py``; question, error and letter texts are here (in both languages) because they
depend on the answers.

``somasi_text``/``somasi_docx`` date the letter ``today`` and set the payment deadline 14
days later; to match the plan, pass the day the letter will actually be sent.

All texts are plain text (the Telegram layer escapes HTML). Legal explanations here are our
own careful summaries, never quotations: verbatim law text lives in the knowledge base.
"""

from __future__ import annotations

import calendar
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal, cast

# --------------------------------------------------------------------------- errors


class DisputeError(ValueError):
    """Base class of the errors raised by this module."""


class ParseError(DisputeError):
    """A free-text answer could not be read.

    Carries the message in both languages: ``message_id`` (also ``str(err)``) and
    ``message_en``; :meth:`message` picks one by language code.
    """

    def __init__(self, message_id: str, message_en: str | None = None) -> None:
        super().__init__(message_id, message_en or message_id)
        self.message_id = message_id
        self.message_en = message_en or message_id

    def __str__(self) -> str:
        return self.message_id

    def message(self, lang: str = "id") -> str:
        """The message in ``lang`` ("en" gives English, anything else Indonesian)."""
        return self.message_en if lang == "en" else self.message_id


class CaseDataError(DisputeError):
    """A stored case (``Case.from_dict``) is malformed."""


class IncompleteCaseError(DisputeError):
    """The case lacks answers needed for the result; ``missing`` names the fields."""

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = tuple(missing)
        super().__init__("kasus belum lengkap: " + ", ".join(self.missing))


# --------------------------------------------------------------------------- money

Currency = Literal["IDR", "USD"]
CURRENCIES: tuple[Currency, ...] = ("IDR", "USD")
#: Largest accepted amount in minor units: Rp100 miliar, USD 10 million (in cents).
MAX_MINOR: Mapping[str, int] = {"IDR": 100_000_000_000, "USD": 1_000_000_000}
#: Gugatan sederhana claim limit after PERMA 4/2019 (paraphrase; text not verified by us).
SMALL_CLAIM_LIMIT_IDR = 500_000_000


@dataclass(frozen=True)
class Money:
    """An amount: ``minor`` is whole rupiah for IDR, cents for USD."""

    currency: Currency
    minor: int

    def __post_init__(self) -> None:
        if self.currency not in CURRENCIES:
            raise ValueError(f"unknown currency {self.currency!r}")
        if isinstance(self.minor, bool) or not isinstance(self.minor, int):
            raise ValueError("minor must be an int")

    @property
    def amount(self) -> Decimal:
        """The amount in major units (rupiah or dollars)."""
        return Decimal(self.minor) if self.currency == "IDR" else Decimal(self.minor).scaleb(-2)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        return {"currency": self.currency, "minor": self.minor}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Money:
        """Inverse of :meth:`to_dict`; raises ``CaseDataError``."""
        try:
            cur, minor = data["currency"], data["minor"]
        except (KeyError, TypeError) as exc:
            raise CaseDataError(f"bad money: {data!r}") from exc
        if cur not in CURRENCIES or isinstance(minor, bool) or not isinstance(minor, int):
            raise CaseDataError(f"bad money: {data!r}")
        return cls(cast(Currency, cur), minor)

    def __str__(self) -> str:
        return format_money(self)


def format_money(m: Money) -> str:
    """Indonesian style: ``Rp1.500.000``; USD as ``USD 1,500.00``."""
    if m.currency == "IDR":
        sign = "-" if m.minor < 0 else ""
        return f"{sign}Rp{abs(m.minor):,}".replace(",", ".")
    sign = "-" if m.minor < 0 else ""
    dollars, cents = divmod(abs(m.minor), 100)
    return f"{sign}USD {dollars:,}.{cents:02d}"


MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip


MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_date_id(d: date) -> str:
    """``15 Oktober 2025``."""
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def format_date(d: date, lang: str = "id") -> str:
    """``15 Oktober 2025``, or ``15 October 2025`` when ``lang`` is "en"."""
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return format_date_id(d)


def _en(lang: str) -> bool:
    """Whether ``lang`` asks for English (every other code gives Indonesian)."""
    return lang == "en"


# --------------------------------------------------------------------------- text helpers


def _norm(text: str) -> str:
    """NFKC, lower case, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def _clean_line(text: str, limit: int = 100) -> str:
    """Drop control/format characters, collapse whitespace, cut to ``limit``."""
    text = "".join(" " if ch.isspace() else ch for ch in text)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    return re.sub(r"\s+", " ", text).strip()[:limit].strip()


# --------------------------------------------------------------------------- parse_amount

_AMOUNT_EXAMPLE = "misalnya «1.500.000», «Rp 1,5 jt», «750rb», atau «USD 300»"
_AMOUNT_EXAMPLE_EN = "e.g. «1,500,000», «Rp 1.5 million», «750k» or «USD 300»"
# each error is (Indonesian, English): ParseError(*_ERR_...)
_ERR_AMOUNT = (
    f"Jumlah tidak bisa dibaca. Tulis jumlah yang belum dibayar dengan angka, {_AMOUNT_EXAMPLE}.",
    f"The amount could not be read. Type the unpaid amount in digits, {_AMOUNT_EXAMPLE_EN}.",
)
_ERR_AMOUNT_FORMAT = (
    "Format angka tidak jelas. Pakai titik sebagai pemisah ribuan dan koma untuk desimal, "
    "misalnya «1.500.000» atau «1,5 juta».",
    "The number is unclear. Separate thousands in groups of three and use at most two "
    "decimals, e.g. «1,500,000» or «1.5 million».",
)
_ERR_AMOUNT_NEG = (
    "Jumlah tidak boleh negatif. Tulis jumlah yang belum dibayar, misalnya «Rp 1.500.000».",
    "The amount cannot be negative. Type the unpaid amount, e.g. «Rp 1,500,000».",
)
_ERR_AMOUNT_ZERO = (
    "Jumlah harus lebih dari nol. Tulis jumlah yang belum dibayar, misalnya «Rp 1.500.000».",
    "The amount must be more than zero. Type the unpaid amount, e.g. «Rp 1,500,000».",
)
_ERR_AMOUNT_BIG = (
    "Jumlah itu terlalu besar (batas Rp100 miliar atau USD 10 juta). Periksa lagi angkanya, "
    "misalnya «Rp 15.000.000».",
    "That amount is too large (the limit is Rp100 billion or USD 10 million). Check the "
    "number, e.g. «Rp 15,000,000».",
)
_ERR_AMOUNT_SEN = (
    "Rupiah ditulis tanpa sen. Tulis misalnya «Rp 1.500.000» atau «1,5 juta».",
    "Rupiah amounts have no cents. Type e.g. «Rp 1,500,000» or «1.5 million».",
)
_ERR_AMOUNT_M = (
    "Untuk dolar, tulis jumlahnya lengkap, misalnya «USD 1,500,000» atau «USD 300».",
    "For dollars, write the amount in full or with «million» (a bare «m» means miliar, "
    "a billion, in Indonesian), e.g. «USD 1,500,000» or «USD 1.5 million».",
)
_ERR_AMOUNT_CENT = (
    "Dolar paling banyak dua angka di belakang koma, misalnya «USD 300.50».",
    "Dollar amounts take at most two decimals, e.g. «USD 300.50».",
)
_ERR_AMOUNT_CUR = (
    "Pilih satu mata uang saja: rupiah atau USD, misalnya «Rp 1.500.000» atau «USD 300».",
    "Choose one currency only, rupiah or USD, e.g. «Rp 1,500,000» or «USD 300».",
)

_CUR_WORDS: Mapping[str, Currency] = {
    "rp": "IDR", "rp.": "IDR", "idr": "IDR", "rupiah": "IDR",
    "usd": "USD", "us$": "USD", "$": "USD", "dollar": "USD", "dollars": "USD", "dolar": "USD",
    "us dollar": "USD", "dolar as": "USD",
}  # fmt: skip
_MULTIPLIERS: Mapping[str, int] = {
    "k": 1_000, "rb": 1_000, "ribu": 1_000,
    "jt": 1_000_000, "juta": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "m": 1_000_000_000,
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}  # fmt: skip
_CUR_PRE = r"rp\.?|idr|usd|us\$|\$"
_CUR_POST = r"rupiah|rp|idr|usd|us\$|\$|dollars?|dolar(?: as)?|us dollar"
_AMOUNT_RE = re.compile(
    rf"^(?P<cur1>{_CUR_PRE})?\s*(?P<num>[0-9][0-9.,]*)\s*"
    rf"(?P<mult>ribu|rb|k|juta|jt|thousand|million|billion|miliar|milyar|m)?\.?\s*"
    rf"(?P<cur2>{_CUR_POST})?$",
    re.ASCII,
)
_NEG_RE = re.compile(rf"^(?:minus\s*|(?:(?:{_CUR_PRE})\s*)?[-−–])\s*(?:{_CUR_PRE})?\s*[0-9]")
_GROUPS_RE = {sep: re.compile(rf"^[0-9]{{1,3}}(?:\{sep}[0-9]{{3}})+$") for sep in ".,"}


def _grouped(num: str, sep: str) -> str:
    """``1.500.000`` -> ``1500000``; ParseError when the groups are wrong."""
    if not _GROUPS_RE[sep].match(num):
        raise ParseError(*_ERR_AMOUNT_FORMAT)
    return num.replace(sep, "")


def _parse_number(num: str) -> Decimal:
    """Read Indonesian (1.500.000,50) or English (1,500,000.50) digit groups."""
    num = num.rstrip(".,")
    if len(num) > 30:
        raise ParseError(*_ERR_AMOUNT_BIG)
    dots, commas = num.count("."), num.count(",")
    if dots and commas:
        dec = "," if num.rfind(",") > num.rfind(".") else "."
        thousands = "." if dec == "," else ","
        whole, _, frac = num.partition(dec)
        if dec in frac or not 1 <= len(frac) <= 2:
            raise ParseError(*_ERR_AMOUNT_FORMAT)
        return Decimal(f"{_grouped(whole, thousands)}.{frac}")
    if dots or commas:
        sep = "." if dots else ","
        parts = num.split(sep)
        if len(parts) > 2:
            return Decimal(_grouped(num, sep))
        whole, frac = parts
        if len(frac) == 3 and whole.lstrip("0"):
            return Decimal(_grouped(num, sep))  # "1.500" = 1500, "1,500" = 1500
        if 1 <= len(frac) <= 3:
            return Decimal(f"{whole}.{frac}")  # "1,5" / "1.5" / "0,125"
        raise ParseError(*_ERR_AMOUNT_FORMAT)
    return Decimal(num)


def parse_amount(text: str) -> Money:
    """Parse the amount owed: ``1.500.000``, ``Rp 1,5 jt``, ``750 ribu``, ``USD 300``, ``$300``.

    No currency means rupiah. Accepts multipliers rb/ribu/k/thousand, jt/juta/million,
    miliar/M/billion (a bare "m" is miliar, so refused for USD) and a trailing ``,-``.
    Rejects words-for-numbers and approximations ("sejuta-an"), negative or zero amounts,
    sen in rupiah, and amounts above ``MAX_MINOR``.

    :param text: what the user typed.
    :raises ParseError: with messages (Indonesian, English) that include an example.
    """
    s = _norm(text)
    if not s or len(s) > 60:
        raise ParseError(*_ERR_AMOUNT)
    if _NEG_RE.match(s):
        raise ParseError(*_ERR_AMOUNT_NEG)
    s = re.sub(r"(?<=[0-9])[ \u00a0\u202f](?=[0-9]{3}(?![0-9]))", ".", s)  # "1 500 000"
    s = re.sub(r"(?<=[0-9])[.,]?[-–]+(?=\s|$|[a-z])", "", s)  # "2.000.000,-"
    m = _AMOUNT_RE.match(s)
    if not m:
        raise ParseError(*_ERR_AMOUNT)
    cur1 = _CUR_WORDS.get(m["cur1"] or "")
    cur2 = _CUR_WORDS.get(m["cur2"] or "")
    if cur1 and cur2 and cur1 != cur2:
        raise ParseError(*_ERR_AMOUNT_CUR)
    currency: Currency = cur1 or cur2 or "IDR"
    value = _parse_number(m["num"])
    if m["mult"] == "m" and currency == "USD":
        raise ParseError(*_ERR_AMOUNT_M)  # "m": miliar in Indonesian, million in English
    if m["mult"]:
        value *= _MULTIPLIERS[m["mult"]]
    if value <= 0:
        raise ParseError(*_ERR_AMOUNT_ZERO)
    minor_value = value if currency == "IDR" else value * 100
    if minor_value > MAX_MINOR[currency]:
        raise ParseError(*_ERR_AMOUNT_BIG)
    if minor_value != minor_value.to_integral_value():
        raise ParseError(*(_ERR_AMOUNT_SEN if currency == "IDR" else _ERR_AMOUNT_CENT))
    return Money(currency, int(minor_value))


# --------------------------------------------------------------------------- parse_date

EARLIEST_DATE = date(2000, 1, 1)
_MONTH_WORDS: Mapping[str, int] = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "ags": 8, "agus": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip
_DMY_RE = re.compile(r"^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4}|[0-9]{2})$")
_YMD_RE = re.compile(r"^([0-9]{4})[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})$")
_TEXT_DATE_RE = re.compile(
    r"^([0-9]{1,2})(?:st|nd|rd|th)?[\s/-]*(?:of\s+)?([a-z]+)\.?[\s/,-]*([0-9]{4})$"
)
_MDY_TEXT_RE = re.compile(r"^([a-z]+)\.?\s*([0-9]{1,2})(?:st|nd|rd|th)?[\s,]*([0-9]{4})$")
_REL_RE = re.compile(
    r"^(?:([0-9]{1,6})\s*|se\s*)?(hari|minggu|pekan|bulan|tahun)\s*(?:yang\s+|yg\s+)?(?:lalu|yll)$"
)
_REL_EN_RE = re.compile(r"^(?:([0-9]{1,6})\s*|an?\s+|one\s+)?(day|week|month|year)s?\s+ago$")
_UNITS: Mapping[str, str] = {
    "hari": "day", "minggu": "week", "pekan": "week", "bulan": "month", "tahun": "year",
    "day": "day", "week": "week", "month": "month", "year": "year",
}  # fmt: skip
_FIXED_REL: Mapping[str, int] = {
    "hari ini": 0, "sekarang": 0, "tadi": 0, "kemarin": 1, "kemaren": 1,
    "kemarin lusa": 2, "kemaren lusa": 2,
    "today": 0, "now": 0, "yesterday": 1, "day before yesterday": 2,
    "the day before yesterday": 2,
}  # fmt: skip
_FUTURE_WORDS = (
    "besok", "lusa", "minggu depan", "bulan depan", "tahun depan",
    "tomorrow", "day after tomorrow", "next week", "next month", "next year", "in ",
)  # fmt: skip


def _date_examples(today: date) -> tuple[str, str]:
    """Example dates (Indonesian, English) for the error messages."""
    past = today - timedelta(days=14) if today > EARLIEST_DATE + timedelta(days=14) else today
    return (
        f"misalnya «{past:%d/%m/%Y}», «{format_date_id(past)}», atau «2 minggu lalu»",
        f"e.g. «{past:%d/%m/%Y}», «{format_date(past, 'en')}» or «2 weeks ago»",
    )


def _months_back(today: date, months: int) -> date:
    index = today.year * 12 + (today.month - 1) - months
    year, month0 = divmod(index, 12)
    if year < 1:
        raise OverflowError
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(today.day, last_day))


def _relative(s: str, today: date) -> date | None:
    if s in _FIXED_REL:
        return today - timedelta(days=_FIXED_REL[s])
    m = _REL_RE.match(s) or _REL_EN_RE.match(s)
    if not m:
        return None
    n = int(m[1]) if m[1] else 1
    unit = _UNITS[m[2]]
    if unit == "day":
        return today - timedelta(days=n)
    if unit == "week":
        return today - timedelta(weeks=n)
    return _months_back(today, n * (12 if unit == "year" else 1))


def _absolute(s: str) -> tuple[int, int, int] | None:
    """(year, month, day) from a written date, unchecked; None if no format matches."""
    if m := _DMY_RE.match(s):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        return (2000 + year if len(m[3]) == 2 else year), month, day
    if m := _YMD_RE.match(s):
        return int(m[1]), int(m[2]), int(m[3])
    if (m := _TEXT_DATE_RE.match(s)) and m[2] in _MONTH_WORDS:
        return int(m[3]), _MONTH_WORDS[m[2]], int(m[1])
    if (m := _MDY_TEXT_RE.match(s)) and m[1] in _MONTH_WORDS:
        return int(m[3]), _MONTH_WORDS[m[1]], int(m[2])
    return None


def parse_date(text: str, today: date) -> date:
    """Parse the due date: ``15/10/2025``, ``15 Okt 2025``, ``2025-10-15``, ``2 minggu lalu``.

    Also ``15-10-2025``, ``15 Oktober 2025``, ``3 hari yang lalu``, ``sebulan lalu``,
    ``kemarin``, ``hari ini``; in English ``15 October 2025``, ``15th of Oct 2025``,
    ``Oct 15 2025``, ``October 15, 2025``, ``2 weeks ago``, ``a month ago``, ``yesterday``,
    ``today``. Day first for numeric dates. Month arithmetic keeps the day where possible
    (31 March minus one month is 28/29 February).

    :param text: what the user typed.
    :param today: the user's current date (never in the result's future).
    :raises ParseError: unreadable, impossible (31/02/2025), after ``today``, or before 2000;
        its message (both languages) includes examples.
    """
    s = _norm(text)
    s = re.sub(r"^(?:(?:tanggal|tgl\.?)\s*|on\s+)", "", s).rstrip(".")
    examples = _date_examples(today)
    if not s or len(s) > 40:
        raise _unreadable_error(examples)
    if any(s.startswith(word) for word in _FUTURE_WORDS):
        raise _future_error(today, examples)
    try:
        result = _relative(s, today)
    except (OverflowError, ValueError):
        raise _before_2000_error(examples) from None
    if result is None:
        ymd = _absolute(s)
        if ymd is None:
            raise _unreadable_error(examples)
        year, month, day = ymd
        try:
            result = date(year, month, day)
        except ValueError:
            raise ParseError(
                f"Tanggal {day:02d}/{month:02d}/{year} tidak ada di kalender. "
                f"Periksa lagi, {examples[0]}.",
                f"The date {day:02d}/{month:02d}/{year} does not exist in the calendar. "
                f"Check it again, {examples[1]}.",
            ) from None
    if result > today:
        raise _future_error(today, examples)
    if result < EARLIEST_DATE:
        raise _before_2000_error(examples)
    return result


def _unreadable_error(examples: tuple[str, str]) -> ParseError:
    return ParseError(
        f"Tanggal tidak bisa dibaca. Tulis tanggal jatuh tempo, {examples[0]}.",
        f"The date could not be read. Type the due date, {examples[1]}.",
    )


def _future_error(today: date, examples: tuple[str, str]) -> ParseError:
    return ParseError(
        f"Tanggal jatuh tempo tidak boleh setelah hari ini ({format_date_id(today)}): "
        f"kalau pembayaran belum jatuh tempo, klien belum terlambat. "
        f"Tulis tanggal yang sudah lewat, {examples[0]}.",
        f"The due date cannot be after today ({format_date(today, 'en')}): if the payment "
        f"is not due yet, the client is not late yet. Type a date that has passed, "
        f"{examples[1]}.",
    )


def _before_2000_error(examples: tuple[str, str]) -> ParseError:
    return ParseError(
        f"Tanggal sebelum tahun 2000 tidak diterima. Periksa tahunnya, {examples[0]}.",
        f"Dates before 2000 are not accepted. Check the year, {examples[1]}.",
    )


# --------------------------------------------------------------------------- names

_ERR_NAME = (
    "Nama klien harus 2–100 karakter, tanpa baris baru atau karakter khusus, "
    "misalnya «PT Data Nusantara». Atau tekan «Lewati».",
    "The client's name must be 2–100 characters, on one line, without special characters, "
    "e.g. «PT Data Nusantara». Or press «Skip».",
)


def validate_name(text: str) -> str:
    """A client name: 2–100 characters after trimming, no control characters.

    :raises ParseError: with a message in both languages.
    """
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in text):
        raise ParseError(*_ERR_NAME)
    name = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    if not 2 <= len(name) <= 100 or not any(ch.isalnum() for ch in name):
        raise ParseError(*_ERR_NAME)
    return name


# --------------------------------------------------------------------------- states


class State(StrEnum):
    """Conversation states, in flow order."""

    KIND = "kind"
    REL_ORDERS = "rel_orders"
    REL_WAGE = "rel_wage"
    REL_CORE = "rel_core"
    AGREEMENT = "agreement"
    CLIENT_TYPE = "client_type"
    CLIENT_NAME = "client_name"
    CLIENT_ADDRESS = "client_address"
    AMOUNT = "amount"
    DUE_DATE = "due_date"
    EVIDENCE = "evidence"
    TRIED = "tried"
    CONFIRM = "confirm"
    DONE = "done"
    CANCELLED = "cancelled"


TERMINAL = frozenset({State.DONE, State.CANCELLED})


class Route(StrEnum):
    """Which body of law the dispute most likely falls under."""

    CIVIL = "civil"  # perjanjian perdata (freelance, kemitraan, pemborongan)
    EMPLOYMENT = "employment"  # hubungan kerja (UU 13/2003, UU 2/2004)
    UNCLEAR = "unclear"


BACK, CANCEL, SKIP, DONE, CONFIRM, RESTART = "back", "cancel", "skip", "done", "confirm", "restart"
CALLBACK_PREFIX = "dispute:opt:"

Option = tuple[str, str]
KINDS: tuple[Option, ...] = (
    ("late", "Terlambat dibayar"),
    ("partial", "Dibayar sebagian"),
    ("rejected", "Hasil ditolak/dibatalkan, tidak dibayar"),
    ("suspended", "Akun ditangguhkan, penghasilan ditahan"),
    ("revisions", "Revisi tidak dibayar"),
    ("other", "Lainnya"),
)
YES_NO: tuple[Option, ...] = (("yes", "Ya"), ("no", "Tidak"), ("unsure", "Tidak yakin"))
AGREEMENTS: tuple[Option, ...] = (
    ("written", "Kontrak tertulis"),
    ("online_terms", "Syarat layanan disetujui online"),
    ("chat", "Hanya chat/e-mail"),
    ("none", "Tidak ada yang tertulis"),
)
CLIENT_TYPES: tuple[Option, ...] = (
    ("company_id", "Perusahaan Indonesia"),
    ("individual", "Perorangan di Indonesia"),
    ("foreign", "Perusahaan luar negeri"),
    ("platform", "Platform/aplikasi"),
)
ADDRESS: tuple[Option, ...] = (
    ("yes", "Ya, tahu dan satu kota"),
    ("other_city", "Tahu, tapi beda kota/kab."),
    ("unknown", "Tidak tahu alamatnya"),
)
EVIDENCE: tuple[Option, ...] = (
    ("contract", "Kontrak/syarat layanan"),
    ("chat", "Chat/e-mail"),
    ("tasks", "ID tugas/catatan submit"),
    ("rejection", "Pemberitahuan penolakan"),
    ("invoice", "Invoice/tagihan"),
    ("payments", "Catatan pembayaran"),
)
TRIED: tuple[Option, ...] = (
    ("nothing", "Belum apa-apa"),
    ("chat_reminder", "Mengingatkan lewat chat"),
    ("formal_letter", "Mengirim surat resmi"),
    ("platform_complaint", "Mengadu ke platform"),
)
#: English labels of the option tables above, keyed by the option value per table.
_OPTIONS_EN: Mapping[tuple[Option, ...], Mapping[str, str]] = {
    KINDS: {
        "late": "Payment is late", "partial": "Paid only in part",
        "rejected": "Work rejected/cancelled, not paid",
        "suspended": "Account suspended, earnings held", "revisions": "Revisions not paid",
        "other": "Other",
    },
    YES_NO: {"yes": "Yes", "no": "No", "unsure": "Not sure"},
    AGREEMENTS: {
        "written": "Written contract", "online_terms": "Terms of service accepted online",
        "chat": "Only chat/e-mail", "none": "Nothing in writing",
    },
    CLIENT_TYPES: {
        "company_id": "Indonesian company", "individual": "Individual in Indonesia",
        "foreign": "Foreign company", "platform": "Platform/app",
    },
    ADDRESS: {
        "yes": "Yes, known, same city", "other_city": "Known, other city/regency",
        "unknown": "Address unknown",
    },
    EVIDENCE: {
        "contract": "Contract/terms of service", "chat": "Chat/e-mail",
        "tasks": "Task IDs/submission records", "rejection": "Rejection notice",
        "invoice": "Invoice/bill", "payments": "Payment records",
    },
    TRIED: {
        "nothing": "Nothing yet", "chat_reminder": "Reminded them by chat",
        "formal_letter": "Sent a formal letter", "platform_complaint": "Complained to platform",
    },
}  # fmt: skip
#: Labels of the flow's own buttons: value -> (Indonesian, English).
_BUTTONS: Mapping[str, tuple[str, str]] = {
    SKIP: ("Lewati", "Skip"),
    DONE: ("Selesai", "Done"),
    CONFIRM: ("Benar, lanjut", "Correct, continue"),
    RESTART: ("Ulangi dari awal", "Start over"),
}


def options_in(options: tuple[Option, ...], lang: str = "id") -> tuple[Option, ...]:
    """``options`` with their labels in ``lang`` (values unchanged)."""
    if not _en(lang):
        return options
    english = _OPTIONS_EN[options]
    return tuple((value, english[value]) for value, _ in options)


def _button(value: str, lang: str) -> Option:
    """``(value, label)`` of one of the flow's own buttons (skip, done, confirm, restart)."""
    return value, _BUTTONS[value][1 if _en(lang) else 0]


INDONESIAN_CLIENTS = frozenset({"company_id", "individual"})
FOREIGN_CLIENTS = frozenset({"foreign", "platform"})
_ELECTRONIC_EVIDENCE = frozenset({"chat", "tasks", "rejection", "payments"})

_CHOICES: Mapping[State, tuple[Option, ...]] = {
    State.KIND: KINDS,
    State.REL_ORDERS: YES_NO,
    State.REL_WAGE: YES_NO,
    State.REL_CORE: YES_NO,
    State.AGREEMENT: AGREEMENTS,
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
    State.CLIENT_TYPE: "client_type",
    State.CLIENT_ADDRESS: "client_address",
    State.TRIED: "tried",
}
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


# --------------------------------------------------------------------------- case


def _opt_values(options: tuple[Option, ...]) -> frozenset[str]:
    return frozenset(v for v, _ in options)


_ALLOWED: Mapping[str, frozenset[str]] = {
    "kind": _opt_values(KINDS),
    "orders": _opt_values(YES_NO),
    "wage": _opt_values(YES_NO),
    "core": _opt_values(YES_NO),
    "agreement": _opt_values(AGREEMENTS),
    "client_type": _opt_values(CLIENT_TYPES),
    "client_address": _opt_values(ADDRESS),
    "tried": _opt_values(TRIED),
}
_CASE_VERSION = 1


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
    client_type: str | None = None
    client_name: str | None = None
    client_address: str | None = None
    amount: Money | None = None
    due_date: date | None = None
    evidence: tuple[str, ...] = ()
    tried: str | None = None
    history: tuple[State, ...] = field(default=())

    def missing(self) -> list[str]:
        """Names of required answers still missing (client name is optional)."""
        out = [
            name
            for name in ("kind", "orders", "wage", "core", "agreement", "client_type")
            if getattr(self, name) is None
        ]
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
            "client_type": self.client_type,
            "client_name": self.client_name,
            "client_address": self.client_address,
            "amount": self.amount.to_dict() if self.amount else None,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "evidence": list(self.evidence),
            "tried": self.tried,
            "history": [s.value for s in self.history],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Case:
        """Inverse of :meth:`to_dict`; validates every field, ignores unknown keys.

        :raises CaseDataError: wrong version, type or value.
        """
        if not isinstance(data, Mapping):
            raise CaseDataError("case must be a mapping")
        if data.get("v", _CASE_VERSION) != _CASE_VERSION:
            raise CaseDataError(f"unsupported case version {data.get('v')!r}")
        values: dict[str, Any] = {}
        for name, allowed in _ALLOWED.items():
            value = data.get(name)
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
        allowed_ev = _opt_values(EVIDENCE)
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
        return cls(
            **values,
            client_name=name_value,
            amount=money,
            due_date=due_date,
            evidence=_ordered_evidence(set(evidence)),
            history=states,
        )


def _ordered_evidence(items: set[str]) -> tuple[str, ...]:
    return tuple(v for v, _ in EVIDENCE if v in items)


@dataclass(frozen=True)
class Step:
    """Result of :func:`advance`: the next state, the (possibly new) case, or an error.

    On error ``state`` and ``case`` are exactly the ones passed in.
    """

    state: State
    case: Case
    error: str | None = None

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
    State.CLIENT_TYPE,
    State.CLIENT_NAME,
    State.CLIENT_ADDRESS,
    State.AMOUNT,
    State.DUE_DATE,
    State.EVIDENCE,
    State.TRIED,
    State.CONFIRM,
    State.DONE,
)


def _next_state(state: State, case: Case) -> State:
    """The state after ``state`` given the answers in ``case`` (skips inapplicable ones)."""
    nxt = _ORDER[_ORDER.index(state) + 1]
    if nxt is State.CLIENT_ADDRESS and case.client_type not in INDONESIAN_CLIENTS:
        nxt = State.AMOUNT
    return nxt


def start() -> Step:
    """The first step: ``State.KIND`` with an empty case."""
    return Step(State.KIND, Case())


def _forward(state: State, case: Case) -> Step:
    return Step(_next_state(state, case), replace(case, history=(*case.history, state)))


def _match(options: tuple[Option, ...], answer: str) -> str | None:
    """The option value named by ``answer`` (value, label in either language, or synonym)."""
    values = _opt_values(options)
    key = _norm(answer)
    if key in values:
        return key
    labels = (*options, *_OPTIONS_EN.get(options, {}).items())
    for value, label in labels:
        if key == _norm(label):
            return value
    syn = _SYNONYMS.get(key)
    return syn if syn in values else None


def _invalid(state: State, case: Case, options: tuple[Option, ...], lang: str) -> Step:
    labels = ", ".join(f"«{label}»" for _, label in options)
    if _en(lang):
        return Step(state, case, f"Answer not recognised. Choose one of the buttons: {labels}.")
    return Step(state, case, f"Jawaban tidak dikenali. Pilih salah satu tombol: {labels}.")


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
    en = _en(lang)
    if state in TERMINAL:
        return Step(
            state,
            case,
            "This conversation has ended. Start again with /sengketa."
            if en
            else "Percakapan ini sudah selesai. Mulai lagi dengan /sengketa.",
        )
    key = _norm(answer)
    special = _SYNONYMS.get(key, key)
    if special == CANCEL:
        return Step(State.CANCELLED, case)
    if special == BACK:
        if not case.history:
            return Step(
                state,
                case,
                "This is the first step. Press «Cancel» to stop."
                if en
                else "Ini langkah pertama. Tekan «Batal» untuk berhenti.",
            )
        return Step(case.history[-1], replace(case, history=case.history[:-1]))

    if state in _CHOICES:
        options = _CHOICES[state]
        value = _match(options, answer)
        if value is None:
            return _invalid(state, case, options_in(options, lang), lang)
        changes: dict[str, Any] = {_FIELD_OF[state]: value}
        if state is State.CLIENT_TYPE and value not in INDONESIAN_CLIENTS:
            changes["client_address"] = None
        return _forward(state, replace(case, **changes))

    if state is State.CLIENT_NAME:
        if special == SKIP:
            return _forward(state, replace(case, client_name=None))
        try:
            name = validate_name(answer)
        except ParseError as exc:
            return Step(state, case, exc.message(lang))
        return _forward(state, replace(case, client_name=name))

    if state is State.AMOUNT:
        try:
            amount = parse_amount(answer)
        except ParseError as exc:
            return Step(state, case, exc.message(lang))
        return _forward(state, replace(case, amount=amount))

    if state is State.DUE_DATE:
        try:
            due = parse_date(answer, today or date.today())
        except ParseError as exc:
            return Step(state, case, exc.message(lang))
        return _forward(state, replace(case, due_date=due))

    if state is State.EVIDENCE:
        if special == DONE:
            return _forward(state, case)
        value = _match(EVIDENCE, answer)
        if value is None:
            return _invalid(state, case, (*options_in(EVIDENCE, lang), _button(DONE, lang)), lang)
        chosen = set(case.evidence) ^ {value}
        return Step(state, replace(case, evidence=_ordered_evidence(chosen)))

    if state is State.CONFIRM:
        if special == RESTART:
            return start()
        if special in (CONFIRM, "yes"):
            missing = case.missing()
            if missing:
                return Step(
                    state,
                    case,
                    "Some answers are still missing. Press «Back»."
                    if en
                    else "Masih ada jawaban yang kosong. Tekan «Kembali».",
                )
            return _forward(state, case)
        if en:
            return _invalid(state, case, (_button(CONFIRM, lang), _button(RESTART, lang)), lang)
        return _invalid(state, case, ((CONFIRM, "Benar, lanjut"), (RESTART, "Ulangi")), lang)

    raise AssertionError(f"unhandled state {state}")  # pragma: no cover


# --------------------------------------------------------------------------- prompts

_REL_INTRO = (
    "Langkah 2/7 — Hubungan dengan klien ({n}/3)\n"
    "Tiga pertanyaan ini membantu menilai apakah ada hubungan kerja (unsur pekerjaan, upah, "
    "dan perintah) atau hubungan perdata seperti freelance/kemitraan.\n\n"
)
_TEXTS: Mapping[State, str] = {
    State.KIND: "Langkah 1/7 — Apa yang terjadi dengan pembayaran Anda?",
    State.REL_ORDERS: _REL_INTRO.format(n=1)
    + "Apakah klien memberi perintah kerja dan menentukan jam kerja Anda "
    "(misalnya jadwal shift atau jam wajib online)?",
    State.REL_WAGE: _REL_INTRO.format(n=2)
    + "Apakah Anda menerima upah tetap yang rutin (per bulan atau per hari kerja), "
    "bukan bayaran per proyek atau per tugas?",
    State.REL_CORE: _REL_INTRO.format(n=3)
    + "Apakah pekerjaan Anda bagian dari usaha pokok klien dan berlangsung terus-menerus "
    "(bukan proyek sekali selesai)?",
    State.AGREEMENT: "Langkah 3/7 — Apa dasar kesepakatan Anda dengan klien?",
    State.CLIENT_TYPE: "Langkah 4/7 — Siapa klien yang belum membayar?",
    State.CLIENT_NAME: (
        "Tulis nama klien (perusahaan, platform, atau orang), 2–100 karakter, "
        "misalnya «PT Data Nusantara». Tekan «Lewati» jika tidak ingin menyebutkannya."
    ),
    State.CLIENT_ADDRESS: (
        "Apakah Anda tahu alamat klien dan berada di kota/kabupaten yang sama dengan Anda?\n"
        "(Ini menentukan apakah gugatan sederhana di pengadilan bisa dipakai.)"
    ),
    State.AMOUNT: (
        "Langkah 5/7 — Berapa jumlah yang belum dibayar? Tulis dengan angka, "
        + _AMOUNT_EXAMPLE
        + "."
    ),
    State.DUE_DATE: (
        "Langkah 6/7 — Kapan seharusnya Anda dibayar (tanggal jatuh tempo)? "
        "Contoh: «15/10/2025», «15 Oktober 2025», «2 minggu lalu», «kemarin»."
    ),
    State.EVIDENCE: (
        "Langkah 7/7 — Bukti apa saja yang Anda simpan? Ketuk untuk memilih atau membatalkan, "
        "lalu tekan «Selesai». Jika belum punya, langsung tekan «Selesai»."
    ),
    State.TRIED: "Apa yang sudah Anda lakukan untuk menagih?",
    State.DONE: "Selesai. Berikut hasilnya.",
    State.CANCELLED: "Dibatalkan. Jawaban Anda tidak disimpan.",
}
_REL_INTRO_EN = (
    "Step 2/7 — Your relationship with the client ({n}/3)\n"
    "These three questions help tell whether this is an employment relationship (the elements "
    "of work, wage and orders) or a civil one such as freelancing or a partnership "
    "(kemitraan).\n\n"
)
_TEXTS_EN: Mapping[State, str] = {
    State.KIND: "Step 1/7 — What happened with your payment?",
    State.REL_ORDERS: _REL_INTRO_EN.format(n=1)
    + "Does the client give you work orders and set your working hours "
    "(for example shift schedules or required online hours)?",
    State.REL_WAGE: _REL_INTRO_EN.format(n=2)
    + "Do you receive a fixed, regular wage (per month or per working day), "
    "rather than pay per project or per task?",
    State.REL_CORE: _REL_INTRO_EN.format(n=3)
    + "Is your work part of the client's core business and ongoing "
    "(not a one-off project)?",
    State.AGREEMENT: "Step 3/7 — What is your agreement with the client based on?",
    State.CLIENT_TYPE: "Step 4/7 — Who is the client that has not paid?",
    State.CLIENT_NAME: (
        "Type the client's name (company, platform or person), 2–100 characters, "
        "e.g. «PT Data Nusantara». Press «Skip» if you would rather not name them."
    ),
    State.CLIENT_ADDRESS: (
        "Do you know the client's address, and are they in the same city or regency "
        "(kota/kabupaten) as you?\n(This decides whether you can use the court's gugatan "
        "sederhana, the small-claims procedure.)"
    ),
    State.AMOUNT: (
        "Step 5/7 — How much is unpaid? Type it in digits, " + _AMOUNT_EXAMPLE_EN + "."
    ),
    State.DUE_DATE: (
        "Step 6/7 — When should you have been paid (the due date)? "
        "Examples: «15/10/2025», «15 October 2025», «2 weeks ago», «yesterday»."
    ),
    State.EVIDENCE: (
        "Step 7/7 — What evidence have you kept? Tap to select or deselect, then press "
        "«Done». If you have none yet, just press «Done»."
    ),
    State.TRIED: "What have you already done to get paid?",
    State.DONE: "Done. Here is the result.",
    State.CANCELLED: "Cancelled. Your answers were not stored.",
}


def _label(options: tuple[Option, ...], value: str | None, lang: str = "id") -> str:
    return next((label for v, label in options_in(options, lang) if v == value), "-")


def _client_text(case: Case, lang: str = "id") -> str:
    """``PT X (perusahaan Indonesia)`` / ``PT X (Indonesian company)`` or the kind alone."""
    label = _label(CLIENT_TYPES, case.client_type, lang)
    if not label.startswith("Indonesian"):
        label = label[:1].lower() + label[1:]
    return f"{case.client_name} ({label})" if case.client_name else label


def _answers_text(case: Case, lang: str = "id") -> str:
    """The answers, one per line (for CONFIRM)."""
    client = _client_text(case, lang)
    en = _en(lang)
    rows: list[tuple[str, str, str]] = [
        ("Masalah", "Problem", _label(KINDS, case.kind, lang)),
        ("Perintah/jam kerja dari klien", "Orders/working hours from the client",
         _label(YES_NO, case.orders, lang)),
        ("Upah tetap rutin", "Fixed regular wage", _label(YES_NO, case.wage, lang)),
        ("Usaha pokok dan terus-menerus", "Core business and ongoing",
         _label(YES_NO, case.core, lang)),
        ("Dasar kesepakatan", "Agreement", _label(AGREEMENTS, case.agreement, lang)),
        ("Klien", "Client", client),
    ]  # fmt: skip
    if case.client_type in INDONESIAN_CLIENTS:
        rows.append(
            ("Alamat klien", "Client's address", _label(ADDRESS, case.client_address, lang))
        )
    evidence = ", ".join(_label(EVIDENCE, e, lang) for e in case.evidence)
    rows += [
        ("Jumlah", "Amount", format_money(case.amount) if case.amount else "-"),
        ("Jatuh tempo", "Due date", format_date(case.due_date, lang) if case.due_date else "-"),
        ("Bukti", "Evidence", evidence or ("none yet" if en else "belum ada")),
        ("Sudah dicoba", "Already tried", _label(TRIED, case.tried, lang)),
    ]
    return "\n".join(
        f"- {name_en if en else name_id}: {value}" for name_id, name_en, value in rows
    )


def prompt(state: State, case: Case, *, lang: str = "id") -> Prompt:
    """The question for ``state`` (plain text, in ``lang``), its buttons and input rules.

    :param state: the current state.
    :param case: the answers so far (EVIDENCE marks chosen items; CONFIRM lists answers).
    :param lang: "en" for English texts and labels, anything else Indonesian; the option
        values are the same in both languages.
    """
    texts = _TEXTS_EN if _en(lang) else _TEXTS
    allow_back = bool(case.history) and state not in TERMINAL
    allow_cancel = state not in TERMINAL
    if state in _CHOICES:
        options = options_in(_CHOICES[state], lang)
        return Prompt(state, texts[state], options, False, allow_back, allow_cancel)
    if state is State.CLIENT_NAME:
        return Prompt(state, texts[state], (_button(SKIP, lang),), True, allow_back, allow_cancel)
    if state in (State.AMOUNT, State.DUE_DATE):
        return Prompt(state, texts[state], (), True, allow_back, allow_cancel)
    if state is State.EVIDENCE:
        marked = tuple(
            (value, ("✅ " if value in case.evidence else "⬜ ") + label)
            for value, label in options_in(EVIDENCE, lang)
        )
        return Prompt(
            state, texts[state], (*marked, _button(DONE, lang)), False, allow_back,
            allow_cancel, multi_select=True,
        )  # fmt: skip
    if state is State.CONFIRM:
        if _en(lang):
            text = "Check your answers:\n\n" + _answers_text(case, lang) + "\n\nIs this correct?"
        else:
            text = "Periksa ringkasan jawaban Anda:\n\n" + _answers_text(case) + "\n\nSudah benar?"
        options = (_button(CONFIRM, lang), _button(RESTART, lang))
        return Prompt(state, text, options, False, allow_back, allow_cancel)
    return Prompt(state, texts[state], (), False, False, False)


# --------------------------------------------------------------------------- assessment

LEGAL_INTEREST_PERCENT = 6
INTEREST_BASIS = (
    "bunga menurut undang-undang 6% setahun (Staatsblad 1848 No. 22; dasar: KUHPerdata "
    "Pasal 1250) — perkiraan"
)
INTEREST_NOTE = (
    "Ini perkiraan maksimum: bunga sederhana 6% setahun (hari/365) dihitung sejak tanggal "
    "jatuh tempo (saat klien lalai) sampai hari ini. Menurut KUHPerdata Pasal 1250, bunga yang "
    "dikabulkan pengadilan pada dasarnya baru berjalan sejak dituntut di pengadilan, jadi "
    "jumlah yang dikabulkan bisa lebih kecil. Kontrak Anda dapat menetapkan bunga atau denda "
    "sendiri. Angka 6% berasal dari Staatsblad 1848 No. 22, yang teksnya belum kami periksa."
)
INTEREST_NOTE_EMPLOYMENT = (
    "Jika ini hubungan kerja, keterlambatan upah dikenai denda menurut PP 36/2021 Pasal 61 "
    "(pelaksanaan UU 13/2003 jo. UU 6/2023 Pasal 88A ayat (6)), bukan bunga 6%; dendanya "
    "tidak kami hitung di sini — tanyakan ke Disnaker atau LBH."
)
INTEREST_BASIS_EN = (
    "statutory interest of 6% a year (Staatsblad 1848 No. 22; basis: KUHPerdata "
    "Pasal 1250) — an estimate"
)
INTEREST_NOTE_EN = (
    "This is a maximum estimate: simple interest of 6% a year (days/365) from the due date "
    "(when the client fell into default) until today. Under KUHPerdata Pasal 1250, interest "
    "awarded by a court in principle only runs from the day it is claimed in court, so the "
    "amount awarded may be smaller. Your contract may set its own interest or penalty. The 6% "
    "rate comes from Staatsblad 1848 No. 22, whose text we have not checked."
)
INTEREST_NOTE_EMPLOYMENT_EN = (
    "If this is an employment relationship, late wages incur a fine under PP 36/2021 Pasal 61 "
    "(implementing UU 13/2003 jo. UU 6/2023 Pasal 88A ayat (6)), not 6% interest; we do not "
    "calculate the fine here — ask Disnaker (the local manpower office) or LBH (a legal aid "
    "institute)."
)


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
    interest: Money | None  # None on the employment route (denda upah applies instead)
    interest_basis: str
    interest_note: str


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


_ROUTE_REASON: Mapping[Route, str] = {
    Route.EMPLOYMENT: (
        "Klien memberi perintah/menentukan jam kerja dan membayar upah tetap yang rutin: ada "
        "tanda-tanda hubungan kerja (unsur pekerjaan, upah, dan perintah; UU 13/2003 Pasal 1 "
        "angka 15). Jika benar, tuntutan upah adalah perselisihan hak yang diselesaikan "
        "menurut UU 2/2004, walaupun kontraknya menyebut Anda mitra atau freelancer."
    ),
    Route.CIVIL: (
        "Dari jawaban Anda, unsur hubungan kerja tidak lengkap (tidak ada perintah/jam kerja "
        "dari klien, atau bayaran per proyek untuk pekerjaan yang tidak terus-menerus). "
        "Kemungkinan besar ini perjanjian perdata (freelance/kemitraan), sehingga berlaku "
        "hukum perjanjian dalam KUHPerdata."
    ),
    Route.UNCLEAR: (
        "Jawaban Anda menunjukkan sebagian unsur hubungan kerja, tetapi tidak semuanya jelas. "
        "Langkah perdata di bawah tetap bisa ditempuh; sambil itu tanyakan ke Disnaker atau "
        "LBH apakah hubungan Anda sebenarnya hubungan kerja."
    ),
}
ROUTE_LABELS: Mapping[Route, str] = {
    Route.CIVIL: "kemungkinan perjanjian perdata (freelance/kemitraan)",
    Route.EMPLOYMENT: "kemungkinan hubungan kerja",
    Route.UNCLEAR: "belum jelas (sebagian unsur hubungan kerja ada)",
}
_ROUTE_REASON_EN: Mapping[Route, str] = {
    Route.EMPLOYMENT: (
        "The client gives you orders/sets your hours and pays a fixed, regular wage: there are "
        "signs of an employment relationship (the elements of work, wage and orders; UU "
        "13/2003 Pasal 1 angka 15). If so, a wage claim is a rights dispute settled under UU "
        "2/2004, even if your contract calls you a partner (mitra) or freelancer."
    ),
    Route.CIVIL: (
        "From your answers, the elements of an employment relationship are not all there (no "
        "orders/working hours from the client, or pay per project for work that is not "
        "ongoing). Most likely this is a civil contract (freelance/partnership), governed by "
        "the contract law of the Indonesian Civil Code (KUHPerdata)."
    ),
    Route.UNCLEAR: (
        "Your answers show some elements of an employment relationship, but not all of them "
        "clearly. You can still take the civil steps below; meanwhile, ask Disnaker (the local "
        "manpower office) or LBH (a legal aid institute) whether yours is in fact an "
        "employment relationship."
    ),
}
ROUTE_LABELS_EN: Mapping[Route, str] = {
    Route.CIVIL: "probably a civil contract (freelance/partnership)",
    Route.EMPLOYMENT: "probably an employment relationship",
    Route.UNCLEAR: "not clear yet (some elements of employment are present)",
}


def interest(amount: Money, since: date, until: date) -> Money:
    """Simple legal interest, 6% a year on ``amount`` for the days from ``since`` to ``until``.

    Days/365, rounded half up to whole rupiah (IDR) or cents (USD); zero when ``until`` is
    not after ``since``. Basis: :data:`INTEREST_BASIS`, caveats: :data:`INTEREST_NOTE`.
    """
    days = max(0, (until - since).days)
    numerator = amount.minor * LEGAL_INTEREST_PERCENT * days
    denominator = 100 * 365
    quotient, remainder = divmod(numerator, denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return Money(amount.currency, quotient)


def _is_electronic(case: Case) -> bool:
    return case.agreement in ("online_terms", "chat") or bool(
        set(case.evidence) & _ELECTRONIC_EVIDENCE
    )


#: The notes of :func:`assess`, key -> (Indonesian, English).
_NOTES: Mapping[str, tuple[str, str]] = {
    "employment": (
        "Untuk hubungan kerja, jalurnya Pengadilan Hubungan Industrial (UU 2/2004), "
        "bukan gugatan sederhana.",
        "For an employment relationship the route is the PHI (Pengadilan Hubungan Industrial, "
        "the industrial relations court; UU 2/2004), not gugatan sederhana (the small-claims "
        "procedure).",
    ),
    "foreign": (
        "Klien luar negeri atau platform: gugatan sederhana tidak bisa dipakai. Gunakan "
        "klausul penyelesaian sengketa dalam kontrak/syarat layanan dan kanal pengaduan "
        "platform.",
        "Foreign client or platform: gugatan sederhana (the small-claims procedure) cannot be "
        "used. Use the dispute-resolution clause in the contract/terms of service and the "
        "platform's complaint channel.",
    ),
    "usd": (
        "Jumlah dalam USD: batas gugatan sederhana dihitung dalam rupiah (Rp500 juta). "
        "Jika nilainya dalam rupiah di bawah batas itu dan klien di Indonesia, tanyakan ke "
        "pengadilan negeri atau LBH.",
        "Amount in USD: the limit of gugatan sederhana (the small-claims procedure) is set in "
        "rupiah (Rp500 million). If the rupiah value is below that limit and the client is in "
        "Indonesia, ask the district court (Pengadilan Negeri) or LBH (a legal aid institute).",
    ),
    "big": (
        "Jumlahnya di atas Rp500.000.000, batas gugatan sederhana: jalurnya gugatan "
        "perdata biasa.",
        "The amount is above Rp500 million, the limit of gugatan sederhana (the small-claims "
        "procedure): the route is an ordinary civil claim (gugatan perdata biasa).",
    ),
    "other_city": (
        "Klien di kota/kabupaten lain: gugatan sederhana mensyaratkan penggugat dan "
        "tergugat di wilayah hukum pengadilan yang sama. Sejak PERMA 4/2019 penggugat "
        "di luar wilayah itu dapat menunjuk kuasa atau wakil yang beralamat di wilayah "
        "tergugat (ringkasan kami; teks PERMA belum kami periksa).",
        "Client in another city/regency: gugatan sederhana (the small-claims procedure) "
        "requires claimant and defendant to be within the same court's area. Since PERMA "
        "4/2019 a claimant outside that area may appoint a representative with an address in "
        "the defendant's area (our summary; we have not checked the PERMA text).",
    ),
    "unknown": (
        "Alamat klien tidak diketahui: gugatan sederhana tidak dapat diajukan "
        "terhadap tergugat yang tidak diketahui tempat tinggalnya.",
        "Client's address unknown: gugatan sederhana (the small-claims procedure) cannot be "
        "filed against a defendant whose residence is unknown.",
    ),
    "eligible": (
        "Kemungkinan bisa memakai gugatan sederhana: jumlah paling banyak Rp500 juta, "
        "satu penggugat melawan satu tergugat, alamat tergugat diketahui dan di wilayah "
        "pengadilan yang sama.",
        "You can probably use gugatan sederhana (the small-claims procedure): at most Rp500 "
        "million, one claimant against one defendant, the defendant's address known and "
        "within the same court's area.",
    ),
}


def assess(case: Case, today: date, *, lang: str = "id") -> Assessment:
    """Route, gugatan sederhana eligibility and interest for a complete case.

    Gugatan sederhana (PERMA 2/2015 jo. PERMA 4/2019, summarised): claim in IDR of at most
    Rp500.000.000, an Indonesian company or individual as defendant whose address is known
    and in the same court area, not on the employment route (that goes to the PHI).

    :param lang: language of the texts (reason, notes, interest basis and note): "en"
        English, anything else Indonesian. The other fields do not depend on it.
    :raises IncompleteCaseError: when answers are missing.
    """
    missing = case.missing()
    if missing:
        raise IncompleteCaseError(missing)
    assert case.amount is not None and case.due_date is not None
    en = _en(lang)
    route = route_of(case)
    foreign = case.client_type in FOREIGN_CLIENTS
    keys: list[str] = []
    if route is Route.EMPLOYMENT:
        keys.append("employment")
    if foreign:
        keys.append("foreign")
    if case.amount.currency != "IDR":
        keys.append("usd")
    elif case.amount.minor > SMALL_CLAIM_LIMIT_IDR:
        keys.append("big")
    if not foreign:
        if case.client_address == "other_city":
            keys.append("other_city")
        elif case.client_address != "yes":
            keys.append("unknown")
    small_claim = not keys
    if small_claim:
        keys.append("eligible")
    days_late = max(0, (today - case.due_date).days)
    if route is Route.EMPLOYMENT:
        owed_interest: Money | None = None
        note = INTEREST_NOTE_EMPLOYMENT_EN if en else INTEREST_NOTE_EMPLOYMENT
    else:
        owed_interest = interest(case.amount, case.due_date, today)
        note = INTEREST_NOTE_EN if en else INTEREST_NOTE
    return Assessment(
        route=route,
        route_reason=(_ROUTE_REASON_EN if en else _ROUTE_REASON)[route],
        small_claim=small_claim,
        small_claim_notes=tuple(_NOTES[key][1 if en else 0] for key in keys),
        foreign=foreign,
        electronic=_is_electronic(case),
        days_late=days_late,
        interest=owed_interest,
        interest_basis=INTEREST_BASIS_EN if en else INTEREST_BASIS,
        interest_note=note,
    )


# --------------------------------------------------------------------------- plan

SOMASI_SEND_AFTER_DAYS = 3
SOMASI_DEADLINE_DAYS = 14
BIPARTIT_WORKING_DAYS = 30


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
    title: str, detail: str, start: date, deadline: date | None, basis: tuple[str, ...]
) -> PlanStep:
    """A plan step, numbered later by :func:`plan`."""
    return PlanStep(0, title, detail, start, deadline, basis)


def add_working_days(start: date, days: int) -> date:
    """``start`` plus ``days`` Monday–Friday days (national holidays are not known here)."""
    current = start
    left = days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def _client_ref(case: Case, lang: str = "id") -> str:
    return case.client_name or ("the client" if _en(lang) else "klien")


def _tx(lang: str, indonesian: str, english: str) -> str:
    """``english`` when ``lang`` is "en", else ``indonesian``."""
    return english if _en(lang) else indonesian


#: Plan basis entries that are not citations, in English (citations are never translated).
_BASIS_EN: Mapping[str, str] = {
    "Syarat layanan penyedia pembayaran": "The payment provider's terms of service",
}


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
    client = _client_ref(case, lang)
    electronic = ("UU ITE jo. UU 1/2024 Pasal 5",) if assessment.electronic else ()
    steps.append(
        _step(
            _tx(lang, "Amankan bukti", "Secure your evidence"),
            _tx(
                lang,
                "Simpan salinan kontrak atau syarat layanan, tangkapan layar chat/e-mail, ID "
                "tugas dan catatan pengiriman, pemberitahuan penolakan, invoice, dan riwayat "
                "pembayaran. Unduh sekarang: akses ke platform bisa ditutup. Catat tanggal dan "
                "jam setiap bukti.",
                "Keep copies of the contract or terms of service, screenshots of chats/e-mails, "
                "task IDs and submission records, rejection notices, invoices and your payment "
                "history. Download them now: your access to the platform may be closed. Note "
                "the date and time of each item.",
            ),
            today,
            None,
            ("KUHPerdata Pasal 1865", *electronic),
        )
    )
    reminder = _tx(
        lang,
        f"Kirim pengingat tertulis yang tegas kepada {client} (chat atau e-mail): sebutkan "
        "pekerjaan, jumlah, tanggal jatuh tempo, dan minta kepastian tanggal pembayaran dalam "
        "3 hari. Tetap sopan dan simpan bukti pengirimannya.",
        f"Send {client} a firm written reminder (chat or e-mail): state the work, the amount "
        "and the due date, and ask them to confirm a payment date within 3 days. Stay polite "
        "and keep proof that you sent it.",
    )
    if case.tried in ("chat_reminder", "formal_letter"):
        reminder += _tx(
            lang,
            " Anda sudah mengingatkan; kirim sekali lagi secara tertulis dengan tenggat.",
            " You have already reminded them; send one more in writing, with a deadline.",
        )
    steps.append(
        _step(
            _tx(lang, "Kirim pengingat tertulis", "Send a written reminder"),
            reminder,
            today,
            today + timedelta(days=SOMASI_SEND_AFTER_DAYS),
            ("KUHPerdata Pasal 1338",),
        )
    )
    if assessment.route is Route.EMPLOYMENT:
        _employment_steps(steps, today, lang)
    else:
        _civil_steps(steps, case, assessment, today, lang)
    return [replace(step, number=number) for number, step in enumerate(steps, 1)]


def _employment_steps(steps: list[PlanStep], today: date, lang: str) -> None:
    begin = today + timedelta(days=SOMASI_SEND_AFTER_DAYS)
    end = add_working_days(begin, BIPARTIT_WORKING_DAYS)
    steps.append(
        _step(
            _tx(lang, "Minta perundingan bipartit", "Ask for a bipartit negotiation"),
            _tx(
                lang,
                "Minta secara tertulis perundingan dua pihak (bipartit) tentang upah yang belum "
                "dibayar. Perundingan paling lama 30 hari kerja sejak dimulai; jika klien menolak "
                "berunding atau tidak ada kesepakatan, bipartit dianggap gagal. Buat risalah yang "
                "ditandatangani; jika sepakat, buat Perjanjian Bersama. Tenggat di sini tidak "
                "menghitung hari libur nasional.",
                "Ask in writing for a bipartit negotiation (a two-party negotiation between you "
                "and the employer) about the unpaid wages. It lasts at most 30 working days from "
                "its start; if the client refuses to negotiate or no agreement is reached, the "
                "bipartit negotiation has failed. Keep minutes signed by both sides; if you "
                "agree, sign a Perjanjian Bersama (joint agreement). The deadline here does not "
                "count public holidays.",
            ),
            begin,
            end,
            ("UU 2/2004 Pasal 3", "UU 2/2004 Pasal 6", "UU 2/2004 Pasal 7"),
        )
    )
    mediation = end + timedelta(days=1)
    steps.append(
        _step(
            _tx(
                lang,
                "Catatkan ke Disnaker dan ikuti mediasi",
                "Register with Disnaker and attend mediation",
            ),
            _tx(
                lang,
                "Jika bipartit gagal, catatkan perselisihan ke dinas ketenagakerjaan "
                "kabupaten/kota dengan melampirkan bukti perundingan bipartit. Untuk perselisihan "
                "hak (upah), penyelesaiannya lewat mediator di dinas tersebut.",
                "If bipartit fails, register the dispute with Disnaker (the regency/city "
                "manpower office), attaching proof of the bipartit negotiation. A rights "
                "dispute (wages) is then handled by a mediator at that office.",
            ),
            mediation,
            None,
            ("UU 2/2004 Pasal 4", "UU 2/2004 Pasal 8"),
        )
    )
    steps.append(
        _step(
            _tx(
                lang,
                "Gugatan ke Pengadilan Hubungan Industrial",
                "Claim at the Industrial Relations Court, PHI",
            ),
            _tx(
                lang,
                "Jika mediasi tidak menghasilkan kesepakatan, ajukan gugatan ke Pengadilan "
                "Hubungan Industrial pada Pengadilan Negeri di wilayah tempat Anda bekerja. Minta "
                "bantuan serikat pekerja atau LBH. Tanggalnya perkiraan: lama mediasi bisa "
                "berbeda.",
                "If mediation brings no agreement, file a claim at the PHI (Pengadilan Hubungan "
                "Industrial, the industrial relations court) at the district court (Pengadilan "
                "Negeri) for the area where you work. Ask a trade union or LBH (a legal aid "
                "institute) for help. The date is an estimate: mediation may take more or less "
                "time.",
            ),
            add_working_days(mediation, BIPARTIT_WORKING_DAYS),
            None,
            ("UU 2/2004 Pasal 5", "UU 2/2004 Pasal 56", "UU 2/2004 Pasal 81"),
        )
    )


def _foreign_channel_steps(steps: list[PlanStep], case: Case, today: date, lang: str) -> None:
    """Foreign client or platform: the contract's dispute clause, platform and processor."""
    platform = case.client_type == "platform"
    complained = case.tried == "platform_complaint"
    if _en(lang):
        detail = (
            "Read the dispute-resolution and choice-of-law clause in the contract or terms of "
            "service (arbitration, the courts of a particular country, or a complaints "
            "procedure). "
            + (
                "File a formal complaint through the platform's help centre or appeal "
                "procedure, and keep the ticket number. "
                if platform
                else "If the client works through an intermediary platform, complain through "
                "that platform. "
            )
            + (
                "You have already complained: follow up on the ticket and keep every reply. "
                if complained
                else ""
            )
            + "For platforms serving users in Indonesia, UU ITE Pasal 18A in certain cases "
            "places international standard-form electronic contracts under Indonesian law; ask "
            "LBH (a legal aid institute)."
        )
    else:
        detail = (
            "Baca klausul penyelesaian sengketa dan pilihan hukum dalam kontrak atau syarat "
            "layanan (arbitrase, pengadilan negara tertentu, atau prosedur keluhan). "
            + (
                "Ajukan keluhan resmi lewat pusat bantuan atau prosedur banding platform, dan "
                "simpan nomor tiketnya. "
                if platform
                else "Jika klien memakai platform perantara, mengadulah lewat platform itu. "
            )
            + (
                "Anda sudah mengadu: tindak lanjuti tiketnya dan simpan semua balasan. "
                if complained
                else ""
            )
            + "Untuk platform yang melayani pengguna di Indonesia, UU ITE Pasal 18A dalam "
            "keadaan tertentu menundukkan kontrak baku elektronik internasional pada hukum "
            "Indonesia; tanyakan ke LBH."
        )
    steps.append(
        _step(
            _tx(
                lang,
                "Klausul sengketa kontrak dan kanal platform",
                "The contract's dispute clause and the platform's channel",
            ),
            detail,
            today,
            None,
            ("UU ITE Pasal 18", "UU ITE jo. UU 1/2024 Pasal 18A"),
        )
    )
    provider_terms = "Syarat layanan penyedia pembayaran"
    steps.append(
        _step(
            _tx(
                lang, "Sengketa lewat penyedia pembayaran", "Dispute through the payment provider"
            ),
            _tx(
                lang,
                "Jika pembayaran lewat PayPal, Payoneer, Wise, atau layanan sejenis, periksa "
                "apakah layanan itu punya prosedur sengketa atau klaim; batas waktunya bisa "
                "pendek, jadi periksa sekarang.",
                "If you were to be paid through PayPal, Payoneer, Wise or a similar service, "
                "check whether it has a dispute or claim procedure; its time limits can be "
                "short, so check now.",
            ),
            today,
            None,
            (_tx(lang, provider_terms, _BASIS_EN[provider_terms]),),
        )
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
                _tx(lang, "Cek status hubungan kerja", "Check whether you are an employee"),
                _tx(
                    lang,
                    "Sebagian unsur hubungan kerja (pekerjaan, upah, perintah) ada. Tanyakan ke "
                    "Disnaker kabupaten/kota atau LBH apakah ini hubungan kerja. Jika ya, "
                    "jalurnya bipartit (30 hari kerja), mediasi di Disnaker, lalu Pengadilan "
                    "Hubungan Industrial, dan keterlambatan upah dikenai denda. Langkah di bawah "
                    "tetap bisa berjalan.",
                    "Some elements of an employment relationship (work, wage, orders) are "
                    "present. Ask Disnaker (the regency/city manpower office) or LBH (a legal "
                    "aid institute) whether this is an employment relationship. If it is, the "
                    "route is bipartit (a two-party negotiation, 30 working days), mediation at "
                    "Disnaker, then the PHI (Pengadilan Hubungan Industrial, the industrial "
                    "relations court), and late wages incur a fine. The steps below can go "
                    "ahead in the meantime.",
                ),
                today,
                None,
                ("UU 13/2003 Pasal 1 angka 15", "UU 2/2004 Pasal 3", "PP 36/2021 Pasal 61"),
            )
        )
    if assessment.foreign:
        _foreign_channel_steps(steps, case, today, lang)
    send = today + timedelta(days=SOMASI_SEND_AFTER_DAYS)
    deadline = send + timedelta(days=SOMASI_DEADLINE_DAYS)
    somasi = _tx(
        lang,
        "Jika pengingat tidak ditanggapi, kirim somasi (teguran tertulis) dengan tenggat 14 "
        "hari sejak diterima; bot dapat membuatkan suratnya. Kirim lewat e-mail dan, jika "
        "alamatnya diketahui, pos tercatat; simpan bukti pengiriman. Dengan somasi, klien "
        "dinyatakan lalai; itu dasar untuk menuntut penggantian biaya, kerugian, dan bunga.",
        "If the reminder gets no answer, send the somasi with a deadline "
        "of 14 days from receipt; the bot can draft the letter for you (in Indonesian). Send it "
        "by e-mail and, if the address is known, by registered post; keep proof of sending. "
        "With the somasi the client is formally in default, which is the basis for claiming "
        "costs, damages and interest.",
    )
    if case.tried == "formal_letter":
        somasi += _tx(
            lang,
            " Jika surat Anda sebelumnya belum memuat tenggat yang jelas, kirim somasi ini.",
            " If your earlier letter did not set a clear deadline, send this somasi.",
        )
    steps.append(
        _step(
            _tx(lang, "Kirim somasi", "Send a somasi, a formal demand letter"),
            somasi,
            send,
            deadline,
            ("KUHPerdata Pasal 1238", "KUHPerdata Pasal 1243"),
        )
    )
    nego = deadline + timedelta(days=1)
    steps.append(
        _step(
            _tx(lang, "Negosiasi", "Negotiate"),
            _tx(
                lang,
                "Jika tenggat lewat, ajak klien bertemu atau rapat daring untuk menyepakati "
                "jumlah dan jadwal pembayaran (boleh dicicil). Tuangkan hasilnya dalam "
                "kesepakatan tertulis yang ditandatangani kedua pihak.",
                "If the deadline passes, invite the client to meet in person or online to agree "
                "on the amount and a payment schedule (instalments are fine). Put the result in "
                "a written agreement signed by both sides.",
            ),
            nego,
            nego + timedelta(days=14),
            ("UU 30/1999 Pasal 6", "KUHPerdata Pasal 1338"),
        )
    )
    mediation = nego + timedelta(days=15)
    steps.append(
        _step(
            _tx(
                lang,
                "Mediasi atau penyelesaian sengketa lain",
                "Mediation or other dispute resolution",
            ),
            _tx(
                lang,
                "Jika negosiasi buntu, sepakati secara tertulis bantuan mediator atau penasihat "
                "ahli, atau minta lembaga arbitrase/APS menunjuk mediator. Kesepakatan tertulis "
                "hasil mediasi mengikat dan didaftarkan di Pengadilan Negeri.",
                "If negotiation stalls, agree in writing to bring in a mediator or an expert "
                "adviser, or ask an arbitration or APS (alternative dispute resolution) body to "
                "appoint a mediator. A written settlement reached in mediation is binding and "
                "is registered at the district court (Pengadilan Negeri).",
            ),
            mediation,
            mediation + timedelta(days=30),
            ("UU 30/1999 Pasal 6",),
        )
    )
    court = mediation + timedelta(days=31)
    if assessment.foreign:
        steps.append(
            _step(
                _tx(lang, "Upaya hukum terakhir", "Legal action as a last resort"),
                _tx(
                    lang,
                    "Gugatan terhadap perusahaan atau platform luar negeri mahal dan sulit "
                    "dieksekusi. Konsultasikan dengan advokat atau LBH sebelum menempuh arbitrase "
                    "atau gugatan.",
                    "A claim against a foreign company or platform is expensive and hard to "
                    "enforce. Consult an advocate or LBH (a legal aid institute) before going to "
                    "arbitration or court.",
                ),
                court,
                None,
                ("KUHPerdata Pasal 1243", "KUHPerdata Pasal 1267"),
            )
        )
    elif assessment.small_claim:
        steps.append(
            _step(
                _tx(lang, "Gugatan sederhana", "Gugatan sederhana, the small-claims procedure"),
                _tx(
                    lang,
                    "Ajukan gugatan sederhana ke Pengadilan Negeri di wilayah tempat tinggal "
                    "klien (bisa lewat e-Court). Syaratnya, ringkasnya: nilai gugatan paling "
                    "banyak Rp500 juta; satu penggugat melawan satu tergugat; alamat tergugat "
                    "diketahui; penggugat dan tergugat di wilayah hukum pengadilan yang sama. "
                    "Diperiksa hakim tunggal dengan acara singkat; tanpa advokat pun boleh. Bawa "
                    "semua bukti asli.",
                    "File a gugatan sederhana (small-claims procedure) at the district court "
                    "(Pengadilan Negeri) for the area where the client lives (possible online "
                    "through e-Court). The conditions, in short: a claim of at most Rp500 "
                    "million; one claimant against one defendant; the defendant's address is "
                    "known; claimant and defendant are within the same court's area. A single "
                    "judge hears it in a short procedure; you do not need an advocate. Bring all "
                    "original evidence.",
                ),
                court,
                None,
                ("PERMA 2/2015 jo. PERMA 4/2019", "KUHPerdata Pasal 1243"),
            )
        )
    else:
        steps.append(
            _step(
                _tx(lang, "Gugatan perdata biasa", "Ordinary civil claim, gugatan perdata biasa"),
                _tx(
                    lang,
                    "Gugatan sederhana tidak tersedia untuk kasus ini, jadi jalurnya gugatan "
                    "perdata biasa (wanprestasi) di Pengadilan Negeri, biasanya di wilayah tempat "
                    "tinggal klien. Prosesnya lebih lama dan formal: minta bantuan advokat atau "
                    "LBH (bantuan hukum gratis bagi yang tidak mampu).",
                    "Gugatan sederhana (the small-claims procedure) is not available for this "
                    "case, so the route is an ordinary civil claim for breach of contract "
                    "(wanprestasi) at the district court (Pengadilan Negeri), usually where the "
                    "client lives. It is longer and more formal: ask an advocate or LBH (free "
                    "legal aid for those who cannot afford a lawyer) for help.",
                ),
                court,
                None,
                ("KUHPerdata Pasal 1243", "KUHPerdata Pasal 1267"),
            )
        )


def plan_text(steps: Sequence[PlanStep], *, lang: str = "id") -> str:
    """The plan as plain text, one block per step with dates and basis, in ``lang``."""
    en = _en(lang)
    blocks = [
        "Action plan (the dates are estimates):"
        if en
        else "Rencana langkah (tanggal adalah perkiraan):"
    ]
    for s in steps:
        when = format_date(s.start, lang)
        if s.deadline:
            when += f" – {format_date(s.deadline, lang)}"
        label = "Basis" if en else "Dasar"
        basis = f"\n   {label}: {'; '.join(s.basis)}" if s.basis else ""
        blocks.append(f"{s.number}. {s.title} ({when})\n   {s.detail}{basis}")
    return "\n\n".join(blocks)


# --------------------------------------------------------------------------- legal basis

ARTICLE_CITATION = (
    "Artikel: Risiko Perselisihan antara AI Trainer dengan Perusahaan dalam Ranah "
    "Hubungan Industrial"
)


#: English explanations for :func:`legal_basis`, by citation (citations are not translated).
_BASIS_EXPLAINED_EN: Mapping[str, str] = {
    "KUHPerdata Pasal 1238": (
        "A debtor is in default after a written warning (for example a somasi, a formal demand "
        "letter), or once the agreed time has passed if the agreement says so."
    ),
    "KUHPerdata Pasal 1243": (
        "If the obligation is still not met after the debtor has been declared in default, "
        "the injured party may claim compensation for costs, damages and interest."
    ),
    "KUHPerdata Pasal 1250": (
        "For a debt of money, compensation for late payment is in principle statutory "
        "interest, without having to prove any loss; that interest is only owed from the day "
        "it is claimed in court, unless the law provides otherwise."
    ),
    "KUHPerdata Pasal 1338": (
        "A lawfully made agreement binds both parties like a law, cannot be cancelled by one "
        "side alone, and must be performed in good faith."
    ),
    "UU ITE jo. UU 1/2024 Pasal 5": (
        "Electronic information and documents (chats, e-mails, records on a platform) and "
        "their printouts can be valid evidence."
    ),
    "UU ITE Pasal 18": (
        "An electronic transaction set out in an electronic contract, for example terms of "
        "service accepted online, binds the parties; in international transactions the "
        "parties may choose the governing law and the forum for disputes."
    ),
    "UU 13/2003 Pasal 1 angka 15": (
        "An employment relationship exists when your relationship with the employer has the "
        "elements of work, wage and orders."
    ),
    "PP 35/2021 Pasal 10": (
        "Daily work whose timing and volume vary, paid by attendance, may use a daily work "
        "agreement for fewer than 21 days a month; at 21 days or more in each of 3 "
        "consecutive months, the relationship becomes by law an employment relationship for "
        "an indefinite period."
    ),
    "UU 2/2004 Pasal 3": (
        "An industrial relations dispute must first be negotiated bipartit (two-party "
        "negotiation between worker and employer), for at most 30 working days."
    ),
    "PP 36/2021 Pasal 61": (
        "An employer who pays wages late owes a late-payment fine, and must still pay the wages."
    ),
    ARTICLE_CITATION: (
        "An article (not a regulation) that names payment disputes — late, partial, or "
        "unilaterally cancelled payment — as the most common risk for AI trainers, and says "
        "that in a civil relationship they are resolved through negotiation, alternative "
        "dispute resolution or a civil claim."
    ),
}


def legal_basis(case: Case, *, lang: str = "id") -> list[tuple[str, str]]:
    """``(citation, plain explanation)`` pairs relevant to the case.

    The explanations are our own summaries in plain Indonesian (or English when ``lang`` is
    "en"), not quotations. The citations are the same in both languages.
    """
    items = _legal_basis_id(case)
    if _en(lang):
        return [(citation, _BASIS_EXPLAINED_EN[citation]) for citation, _ in items]
    return items


def _legal_basis_id(case: Case) -> list[tuple[str, str]]:
    """:func:`legal_basis` in Indonesian."""
    items: list[tuple[str, str]] = [
        ("KUHPerdata Pasal 1238",
         "Pihak yang berutang dianggap lalai setelah ditegur secara tertulis (misalnya "
         "dengan somasi), atau karena lewatnya waktu yang ditentukan jika perjanjiannya "
         "mengatur demikian."),
        ("KUHPerdata Pasal 1243",
         "Jika setelah dinyatakan lalai kewajiban tetap tidak dipenuhi, pihak yang dirugikan "
         "dapat menuntut penggantian biaya, kerugian, dan bunga."),
        ("KUHPerdata Pasal 1250",
         "Untuk utang sejumlah uang, ganti rugi karena keterlambatan pada dasarnya berupa bunga "
         "menurut undang-undang, tanpa perlu membuktikan kerugian; bunga itu baru wajib "
         "dibayar sejak dituntut di pengadilan, kecuali undang-undang menentukan lain."),
        ("KUHPerdata Pasal 1338",
         "Perjanjian yang dibuat secara sah mengikat kedua pihak seperti undang-undang, tidak "
         "dapat dibatalkan sepihak, dan harus dilaksanakan dengan itikad baik."),
    ]  # fmt: skip
    if _is_electronic(case):
        items.append(
            (
                "UU ITE jo. UU 1/2024 Pasal 5",
                "Informasi dan dokumen elektronik (chat, e-mail, catatan di platform) serta hasil "
                "cetaknya dapat menjadi alat bukti yang sah.",
            )
        )
    if case.agreement in ("online_terms", "chat"):
        items.append(
            (
                "UU ITE Pasal 18",
                "Transaksi elektronik yang dituangkan dalam kontrak elektronik, misalnya syarat "
                "layanan yang disetujui online, mengikat para pihak; untuk transaksi "
                "internasional para pihak dapat memilih hukum dan forum penyelesaian sengketa.",
            )
        )
    route = route_of(case)
    if route is not Route.CIVIL:
        items += [
            ("UU 13/2003 Pasal 1 angka 15",
             "Hubungan kerja ada bila hubungan Anda dengan pemberi kerja mempunyai unsur "
             "pekerjaan, upah, dan perintah."),
            ("PP 35/2021 Pasal 10",
             "Pekerjaan harian yang waktu dan volumenya berubah-ubah, dengan upah berdasarkan "
             "kehadiran, dapat memakai perjanjian kerja harian untuk kurang dari 21 hari "
             "sebulan; jika 21 hari atau lebih selama 3 bulan berturut-turut, hubungannya "
             "demi hukum menjadi hubungan kerja waktu tidak tertentu."),
            ("UU 2/2004 Pasal 3",
             "Perselisihan hubungan industrial wajib lebih dulu dirundingkan secara bipartit, "
             "paling lama 30 hari kerja."),
            ("PP 36/2021 Pasal 61",
             "Pengusaha yang terlambat membayar upah dikenai denda keterlambatan, dan tetap "
             "wajib membayar upahnya."),
        ]  # fmt: skip
    items.append(
        (
            ARTICLE_CITATION,
            "Artikel (bukan peraturan) yang menyebut sengketa pembayaran — terlambat, dibayar "
            "sebagian, atau dibatalkan sepihak — sebagai risiko paling umum bagi AI trainer, "
            "dan bahwa dalam hubungan perdata penyelesaiannya lewat negosiasi, alternatif "
            "penyelesaian sengketa, atau gugatan perdata.",
        )
    )
    return items


def basis_text(items: Sequence[tuple[str, str]], *, lang: str = "id") -> str:
    """Legal basis as plain text, with the note that explanations are not quotations."""
    lines = [
        "Legal basis (our short explanations, not quotations of the law):"
        if _en(lang)
        else "Dasar hukum (penjelasan ringkas kami, bukan kutipan pasal):"
    ]
    lines += [f"- {citation}: {explanation}" for citation, explanation in items]
    return "\n".join(lines)


# --------------------------------------------------------------------------- summary


def case_summary(case: Case, assessment: Assessment, *, lang: str = "id") -> str:
    """Short plain-text summary of the case and the assessment, in ``lang``.

    Pass an ``assessment`` made with the same ``lang`` (its notes are quoted).
    """
    assert case.amount is not None and case.due_date is not None
    if _en(lang):
        return _case_summary_en(case, assessment)
    client = _client_text(case)
    late = f"{assessment.days_late} hari lalu" if assessment.days_late else "hari ini"
    lines = [
        "Ringkasan sengketa pembayaran",
        f"- Masalah: {_label(KINDS, case.kind)}",
        f"- Hubungan: {ROUTE_LABELS[assessment.route]}",
        f"- Dasar kesepakatan: {_label(AGREEMENTS, case.agreement)}",
        f"- Klien: {client}",
        f"- Jumlah: {format_money(case.amount)}",
        f"- Jatuh tempo: {format_date_id(case.due_date)} ({late})",
    ]
    if assessment.interest is not None:
        lines.append(
            f"- Bunga sampai hari ini: {format_money(assessment.interest)} — "
            f"{assessment.interest_basis}"
        )
    lines += [
        "- Bukti: " + (", ".join(_label(EVIDENCE, e) for e in case.evidence) or "belum ada"),
        f"- Sudah dicoba: {_label(TRIED, case.tried)}",
        "- Gugatan sederhana: " + ("kemungkinan bisa" if assessment.small_claim else "tidak"),
        "",
        assessment.route_reason,
        *assessment.small_claim_notes,
        assessment.interest_note,
    ]
    return "\n".join(lines)


def _case_summary_en(case: Case, assessment: Assessment) -> str:
    assert case.amount is not None and case.due_date is not None
    days = assessment.days_late
    late = "today" if not days else f"{days} day{'s' if days != 1 else ''} ago"
    evidence = ", ".join(_label(EVIDENCE, e, "en") for e in case.evidence) or "none yet"
    lines = [
        "Payment dispute summary",
        f"- Problem: {_label(KINDS, case.kind, 'en')}",
        f"- Relationship: {ROUTE_LABELS_EN[assessment.route]}",
        f"- Agreement: {_label(AGREEMENTS, case.agreement, 'en')}",
        f"- Client: {_client_text(case, 'en')}",
        f"- Amount: {format_money(case.amount)}",
        f"- Due date: {format_date(case.due_date, 'en')} ({late})",
    ]
    if assessment.interest is not None:
        lines.append(
            f"- Interest up to today: {format_money(assessment.interest)} — "
            f"{assessment.interest_basis}"
        )
    lines += [
        f"- Evidence: {evidence}",
        f"- Already tried: {_label(TRIED, case.tried, 'en')}",
        "- Gugatan sederhana (small-claims procedure): "
        + ("probably possible" if assessment.small_claim else "no"),
        "",
        assessment.route_reason,
        *assessment.small_claim_notes,
        assessment.interest_note,
    ]
    return "\n".join(lines)


# --------------------------------------------------------------------------- somasi

SOMASI_SUBJECT = "Somasi (Teguran) atas Pembayaran yang Belum Dilunasi"
_AGREEMENT_PHRASE: Mapping[str, str] = {
    "written": "perjanjian tertulis di antara kita",
    "online_terms": "syarat dan ketentuan layanan yang saya setujui secara elektronik",
    "chat": "kesepakatan yang kita buat melalui percakapan/e-mail",
    "none": "kesepakatan di antara kita",
}
_TRIED_PHRASE: Mapping[str, str] = {
    "nothing": "",
    "chat_reminder": ", meskipun saya telah mengingatkan melalui pesan",
    "formal_letter": ", meskipun saya telah mengirimkan surat penagihan",
    "platform_complaint": ", meskipun saya telah mengajukan pengaduan melalui platform",
}


def _kind_fact(kind: str | None, amount: str, due: str) -> str:
    facts = {
        "late": f"Pembayaran atas pekerjaan tersebut sebesar {amount}, yang jatuh tempo pada "
        f"tanggal {due}, belum dibayarkan.",
        "partial": f"Pembayaran atas pekerjaan tersebut baru dibayarkan sebagian. Sisa yang "
        f"belum dibayarkan sebesar {amount}, yang jatuh tempo pada tanggal {due}.",
        "rejected": f"Hasil pekerjaan saya ditolak atau dibatalkan secara sepihak, sehingga "
        f"pembayaran sebesar {amount}, yang seharusnya dibayarkan paling lambat tanggal {due}, "
        "tidak dibayarkan. Menurut saya, penolakan tersebut tidak sesuai dengan ketentuan yang "
        "disepakati.",
        "suspended": f"Akun saya ditangguhkan atau dinonaktifkan, dan penghasilan saya sebesar "
        f"{amount}, yang seharusnya dibayarkan paling lambat tanggal {due}, ditahan dan belum "
        "dibayarkan.",
        "revisions": f"Saya telah mengerjakan revisi yang diminta, tetapi pembayaran sebesar "
        f"{amount}, yang jatuh tempo pada tanggal {due}, belum dibayarkan.",
    }
    return facts.get(
        kind or "",
        f"Pembayaran sebesar {amount}, yang jatuh tempo pada tanggal {due}, belum dibayarkan.",
    )


def _consequence(case: Case, assessment: Assessment) -> str:
    lead = (
        "Apabila sampai batas waktu tersebut pembayaran belum saya terima, saya akan menempuh "
        "langkah selanjutnya"
    )
    if assessment.route is Route.EMPLOYMENT:
        return (
            f"{lead}, yaitu penyelesaian perselisihan hubungan industrial melalui perundingan "
            "bipartit, mediasi di dinas ketenagakerjaan, dan gugatan ke Pengadilan Hubungan "
            "Industrial, termasuk tuntutan denda keterlambatan upah."
        )
    if assessment.foreign:
        return (
            f"{lead} sesuai klausul penyelesaian sengketa dalam perjanjian atau syarat layanan, "
            "termasuk pengaduan kepada platform dan penyedia layanan pembayaran, mediasi atau "
            "alternatif penyelesaian sengketa lainnya, serta upaya hukum lain yang tersedia, "
            "disertai tuntutan penggantian biaya, kerugian, dan bunga."
        )
    court = (
        "gugatan sederhana di Pengadilan Negeri"
        if assessment.small_claim
        else "gugatan ke Pengadilan Negeri"
    )
    return (
        f"{lead}, antara lain mediasi atau alternatif penyelesaian sengketa lainnya dan/atau "
        f"{court}, disertai tuntutan penggantian biaya, kerugian, dan bunga."
    )


def _somasi_blocks(
    case: Case,
    assessment: Assessment,
    worker_name: str,
    today: date,
    place: str | None,
    contact: str | None,
) -> list[tuple[str, bool]]:
    """The letter as (paragraph, bold) pairs; lines inside a paragraph split by newlines."""
    assert case.amount is not None and case.due_date is not None
    worker = _clean_line(worker_name) or "[nama Anda]"
    town = _clean_line(place or "") or "[kota]"
    reach = _clean_line(contact or "", 200) or "[nomor telepon / e-mail Anda]"
    amount = format_money(case.amount)
    due = format_date_id(case.due_date)
    deadline = format_date_id(today + timedelta(days=SOMASI_DEADLINE_DAYS))
    name = case.client_name or "[nama klien]"
    if case.client_type == "individual":
        addressee, client = f"Bapak/Ibu {name}", f"Bapak/Ibu {name}"
    else:
        addressee, client = f"Bapak/Ibu pimpinan {name}", name
    agreement = _AGREEMENT_PHRASE.get(case.agreement or "", "kesepakatan di antara kita")
    facts = [
        f"1. Saya telah melaksanakan pekerjaan untuk {client} berdasarkan {agreement}.",
        f"2. {_kind_fact(case.kind, amount, due)}",
        "3. Rincian tagihan: [nomor invoice / ID tugas / periode pekerjaan].",
        "4. Sampai tanggal surat ini, pembayaran tersebut belum saya terima"
        f"{_TRIED_PHRASE.get(case.tried or '', '')}.",
    ]
    return [
        (f"{town}, {format_date_id(today)}", False),
        (f"Kepada Yth.\n{addressee}\n[alamat klien]\ndi tempat", False),
        (f"Perihal: {SOMASI_SUBJECT}", True),
        ("Dengan hormat,", False),
        (
            "Saya yang bertanda tangan di bawah ini:\n"
            f"Nama: {worker}\nAlamat: [alamat Anda]\nKontak: {reach}",
            False,
        ),
        ("dengan ini menyampaikan teguran (somasi) sebagai berikut:", False),
        ("\n".join(facts), False),
        (
            "Berdasarkan KUHPerdata Pasal 1238, surat ini merupakan teguran resmi agar "
            "kewajiban pembayaran tersebut dipenuhi. Apabila kewajiban tetap tidak dipenuhi "
            "setelah teguran ini, saya berhak menuntut penggantian biaya, kerugian, dan bunga "
            "sesuai KUHPerdata Pasal 1243.",
            False,
        ),
        (
            f"Oleh karena itu, saya meminta Bapak/Ibu melunasi pembayaran sebesar {amount} "
            "paling lambat 14 (empat belas) hari sejak surat ini diterima, yaitu tanggal "
            f"{deadline}, ke rekening/akun pembayaran berikut: [nama bank atau layanan "
            "pembayaran, nomor rekening/akun, atas nama]. Konfirmasi pembayaran atau tanggapan "
            f"atas surat ini dapat disampaikan kepada saya melalui {reach}.",
            False,
        ),
        (_consequence(case, assessment), False),
        (
            "Demikian somasi ini saya sampaikan. Atas perhatian dan itikad baik Bapak/Ibu, saya "
            "ucapkan terima kasih.",
            False,
        ),
        (f"Hormat saya,\n\n\n{worker}", False),
        ("Tembusan: arsip", False),
    ]


def somasi_text(
    case: Case,
    assessment: Assessment,
    worker_name: str,
    today: date,
    *,
    place: str | None = None,
    contact: str | None = None,
) -> str:
    """A ready-to-send somasi letter in Indonesian (plain text, nothing escaped).

    :param case: a complete case.
    :param assessment: :func:`assess` of the case (route decides the consequences named).
    :param worker_name: the sender's name (control characters are dropped; empty gives a
        ``[nama Anda]`` placeholder).
    :param today: the letter's date, i.e. the day it is sent; the payment deadline is 14
        days later (receipt assumed the same day, as by e-mail).
    :param place: the sender's town (else ``[kota]``); ``contact`` likewise.
    """
    return "\n\n".join(
        text for text, _ in _somasi_blocks(case, assessment, worker_name, today, place, contact)
    )


def somasi_docx(
    case: Case,
    assessment: Assessment,
    worker_name: str,
    today: date,
    *,
    place: str | None = None,
    contact: str | None = None,
) -> bytes:
    """The letter of :func:`somasi_text` as an editable .docx file (bytes)."""
    from docx import Document  # local import: python-docx is only needed for this output

    document = Document()
    document.core_properties.title = SOMASI_SUBJECT
    for text, bold in _somasi_blocks(case, assessment, worker_name, today, place, contact):
        paragraph = document.add_paragraph()
        for index, line in enumerate(text.split("\n")):
            run = paragraph.add_run(line)
            run.bold = bold
            if index < text.count("\n"):
                run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
