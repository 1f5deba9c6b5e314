"""Guided payment-dispute flow as pure domain logic: no ``telegram`` import, no I/O.

The flow is a state machine (STYLE rule 3). A conversation holds a :class:`State` and a
:class:`Case`; every user answer (a button value or free text) goes through :func:`advance`,
which validates it and returns a :class:`Step`. The Telegram layer
(``bot/handlers/dispute.py``) only renders :func:`prompt` and feeds answers back::

    step = start()                                # Step(state=State.KIND, case=Case())
    p = prompt(step.state, step.case)             # Prompt: text, options, free_text, ...
    # buttons: one per p.options (value, label), callback_data=callback_data(value);
    # plus BACK if p.allow_back, CANCEL if p.allow_cancel
    step = advance(step.state, step.case, answer, today=today_in_jakarta)
    #   answer: answer_from_callback(query.data) or the message text
    if step.error:                                # invalid: state and case are unchanged
        reply(step.error); reply(prompt(step.state, step.case))
    elif step.state is State.DONE:                # confirmed: build the result
        result = assess(step.case, today)
        steps = plan(step.case, result, today)
        text = "\\n\\n".join([case_summary(step.case, result), plan_text(steps),
                             basis_text(legal_basis(step.case))])
        letter = somasi_text(step.case, result, worker_name, today)   # or somasi_docx(...)
    elif step.state is State.CANCELLED: ...       # end the conversation

Public API
----------
States and flow
    ``State`` (``StrEnum``: KIND, REL_ORDERS, REL_WAGE, REL_CORE, AGREEMENT, CLIENT_TYPE,
    CLIENT_NAME, CLIENT_ADDRESS, AMOUNT, DUE_DATE, EVIDENCE, TRIED, CONFIRM, DONE, CANCELLED;
    ``TERMINAL`` = {DONE, CANCELLED}).
    ``start() -> Step``; ``advance(state, case, answer, *, today=None) -> Step`` (pure
    when ``today`` is given: pass the user's date, Asia/Jakarta, for the due-date check);
    ``prompt(state, case) -> Prompt``.
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
Parsers (raise ``ParseError`` only, whose message is an Indonesian prompt with an example)
    ``parse_amount(text) -> Money``; ``parse_date(text, today) -> date``;
    ``validate_name(text) -> str``.
Result
    ``assess(case, today) -> Assessment`` (raises ``IncompleteCaseError``);
    ``interest(amount, since, until) -> Money``; ``plan(case, assessment, today)
    -> list[PlanStep]``; ``legal_basis(case) -> list[tuple[str, str]]``;
    ``somasi_text(case, assessment, worker_name, today, *, place=None, contact=None) -> str``;
    ``somasi_docx(...) -> bytes``; ``case_summary(case, assessment) -> str``;
    ``plan_text(steps) -> str``; ``basis_text(items) -> str``;
    ``format_money(m) -> str``; ``format_date_id(d) -> str``.
Errors
    ``DisputeError`` (base), ``ParseError``, ``CaseDataError``, ``IncompleteCaseError``
    (all also ``ValueError``).

Persistence: ``Case`` and ``State`` pickle as they are (PicklePersistence); for SQLite store
``json.dumps(case.to_dict())`` and read it back with ``Case.from_dict``. The case does not
hold the current state (the ConversationHandler does); store ``state.value`` next to it if
an unfinished case must be resumed. Back/cancel button labels and the disclaimer belong in
``texts.py``; question, error and letter texts are here because they depend on the answers.

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
    """A free-text answer could not be read; ``str(err)`` is an Indonesian prompt."""


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


def format_date_id(d: date) -> str:
    """``15 Oktober 2025``."""
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


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
_ERR_AMOUNT = (
    f"Jumlah tidak bisa dibaca. Tulis jumlah yang belum dibayar dengan angka, {_AMOUNT_EXAMPLE}."
)
_ERR_AMOUNT_FORMAT = (
    "Format angka tidak jelas. Pakai titik sebagai pemisah ribuan dan koma untuk desimal, "
    "misalnya «1.500.000» atau «1,5 juta»."
)
_ERR_AMOUNT_NEG = (
    "Jumlah tidak boleh negatif. Tulis jumlah yang belum dibayar, misalnya «Rp 1.500.000»."
)
_ERR_AMOUNT_ZERO = (
    "Jumlah harus lebih dari nol. Tulis jumlah yang belum dibayar, misalnya «Rp 1.500.000»."
)
_ERR_AMOUNT_BIG = (
    "Jumlah itu terlalu besar (batas Rp100 miliar atau USD 10 juta). Periksa lagi angkanya, "
    "misalnya «Rp 15.000.000»."
)
_ERR_AMOUNT_SEN = "Rupiah ditulis tanpa sen. Tulis misalnya «Rp 1.500.000» atau «1,5 juta»."
_ERR_AMOUNT_M = "Untuk dolar, tulis jumlahnya lengkap, misalnya «USD 1,500,000» atau «USD 300»."
_ERR_AMOUNT_CENT = "Dolar paling banyak dua angka di belakang koma, misalnya «USD 300.50»."
_ERR_AMOUNT_CUR = (
    "Pilih satu mata uang saja: rupiah atau USD, misalnya «Rp 1.500.000» atau «USD 300»."
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
}  # fmt: skip
_CUR_PRE = r"rp\.?|idr|usd|us\$|\$"
_CUR_POST = r"rupiah|rp|idr|usd|us\$|\$|dollars?|dolar(?: as)?|us dollar"
_AMOUNT_RE = re.compile(
    rf"^(?P<cur1>{_CUR_PRE})?\s*(?P<num>[0-9][0-9.,]*)\s*"
    rf"(?P<mult>ribu|rb|k|juta|jt|miliar|milyar|m)?\.?\s*(?P<cur2>{_CUR_POST})?$",
    re.ASCII,
)
_NEG_RE = re.compile(rf"^(?:minus\s*|(?:(?:{_CUR_PRE})\s*)?[-−–])\s*(?:{_CUR_PRE})?\s*[0-9]")
_GROUPS_RE = {sep: re.compile(rf"^[0-9]{{1,3}}(?:\{sep}[0-9]{{3}})+$") for sep in ".,"}


def _grouped(num: str, sep: str) -> str:
    """``1.500.000`` -> ``1500000``; ParseError when the groups are wrong."""
    if not _GROUPS_RE[sep].match(num):
        raise ParseError(_ERR_AMOUNT_FORMAT)
    return num.replace(sep, "")


def _parse_number(num: str) -> Decimal:
    """Read Indonesian (1.500.000,50) or English (1,500,000.50) digit groups."""
    num = num.rstrip(".,")
    if len(num) > 30:
        raise ParseError(_ERR_AMOUNT_BIG)
    dots, commas = num.count("."), num.count(",")
    if dots and commas:
        dec = "," if num.rfind(",") > num.rfind(".") else "."
        thousands = "." if dec == "," else ","
        whole, _, frac = num.partition(dec)
        if dec in frac or not 1 <= len(frac) <= 2:
            raise ParseError(_ERR_AMOUNT_FORMAT)
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
        raise ParseError(_ERR_AMOUNT_FORMAT)
    return Decimal(num)


def parse_amount(text: str) -> Money:
    """Parse the amount owed: ``1.500.000``, ``Rp 1,5 jt``, ``750 ribu``, ``USD 300``, ``$300``.

    No currency means rupiah. Accepts multipliers rb/ribu/k, jt/juta, miliar/M and a
    trailing ``,-``. Rejects words-for-numbers and approximations ("sejuta-an"), negative
    or zero amounts, sen in rupiah, and amounts above ``MAX_MINOR``.

    :param text: what the user typed.
    :raises ParseError: with an Indonesian message that includes an example.
    """
    s = _norm(text)
    if not s or len(s) > 60:
        raise ParseError(_ERR_AMOUNT)
    if _NEG_RE.match(s):
        raise ParseError(_ERR_AMOUNT_NEG)
    s = re.sub(r"(?<=[0-9])[ \u00a0\u202f](?=[0-9]{3}(?![0-9]))", ".", s)  # "1 500 000"
    s = re.sub(r"(?<=[0-9])[.,]?[-–]+(?=\s|$|[a-z])", "", s)  # "2.000.000,-"
    m = _AMOUNT_RE.match(s)
    if not m:
        raise ParseError(_ERR_AMOUNT)
    cur1 = _CUR_WORDS.get(m["cur1"] or "")
    cur2 = _CUR_WORDS.get(m["cur2"] or "")
    if cur1 and cur2 and cur1 != cur2:
        raise ParseError(_ERR_AMOUNT_CUR)
    currency: Currency = cur1 or cur2 or "IDR"
    value = _parse_number(m["num"])
    if m["mult"] == "m" and currency == "USD":
        raise ParseError(_ERR_AMOUNT_M)  # "m": miliar in Indonesian, million in English
    if m["mult"]:
        value *= _MULTIPLIERS[m["mult"]]
    if value <= 0:
        raise ParseError(_ERR_AMOUNT_ZERO)
    minor_value = value if currency == "IDR" else value * 100
    if minor_value > MAX_MINOR[currency]:
        raise ParseError(_ERR_AMOUNT_BIG)
    if minor_value != minor_value.to_integral_value():
        raise ParseError(_ERR_AMOUNT_SEN if currency == "IDR" else _ERR_AMOUNT_CENT)
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
_TEXT_DATE_RE = re.compile(r"^([0-9]{1,2})[\s/-]*([a-z]+)\.?[\s/,-]*([0-9]{4})$")
_REL_RE = re.compile(
    r"^(?:([0-9]{1,6})\s*|se\s*)?(hari|minggu|pekan|bulan|tahun)\s*(?:yang\s+|yg\s+)?(?:lalu|yll)$"
)
_FIXED_REL: Mapping[str, int] = {
    "hari ini": 0, "sekarang": 0, "tadi": 0, "kemarin": 1, "kemaren": 1,
    "kemarin lusa": 2, "kemaren lusa": 2,
}  # fmt: skip
_FUTURE_WORDS = ("besok", "lusa", "minggu depan", "bulan depan", "tahun depan")


def _date_examples(today: date) -> str:
    past = today - timedelta(days=14) if today > EARLIEST_DATE + timedelta(days=14) else today
    return f"misalnya «{past:%d/%m/%Y}», «{format_date_id(past)}», atau «2 minggu lalu»"


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
    m = _REL_RE.match(s)
    if not m:
        return None
    n = int(m[1]) if m[1] else 1
    unit = m[2]
    if unit == "hari":
        return today - timedelta(days=n)
    if unit in ("minggu", "pekan"):
        return today - timedelta(weeks=n)
    return _months_back(today, n * (12 if unit == "tahun" else 1))


def _absolute(s: str) -> tuple[int, int, int] | None:
    """(year, month, day) from a written date, unchecked; None if no format matches."""
    if m := _DMY_RE.match(s):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        return (2000 + year if len(m[3]) == 2 else year), month, day
    if m := _YMD_RE.match(s):
        return int(m[1]), int(m[2]), int(m[3])
    if (m := _TEXT_DATE_RE.match(s)) and m[2] in _MONTH_WORDS:
        return int(m[3]), _MONTH_WORDS[m[2]], int(m[1])
    return None


def parse_date(text: str, today: date) -> date:
    """Parse the due date: ``15/10/2025``, ``15 Okt 2025``, ``2025-10-15``, ``2 minggu lalu``.

    Also ``15-10-2025``, ``15 Oktober 2025``, ``3 hari yang lalu``, ``sebulan lalu``,
    ``kemarin``, ``hari ini``. Day first for numeric dates. Month arithmetic keeps the day
    where possible (31 March minus one month is 28/29 February).

    :param text: what the user typed.
    :param today: the user's current date (never in the result's future).
    :raises ParseError: unreadable, impossible (31/02/2025), after ``today``, or before 2000.
    """
    s = _norm(text)
    s = re.sub(r"^(?:tanggal|tgl\.?)\s*", "", s).rstrip(".")
    examples = _date_examples(today)
    if not s or len(s) > 40:
        raise ParseError(f"Tanggal tidak bisa dibaca. Tulis tanggal jatuh tempo, {examples}.")
    if any(s.startswith(word) for word in _FUTURE_WORDS):
        raise _future_error(today, examples)
    try:
        result = _relative(s, today)
    except (OverflowError, ValueError):
        raise ParseError(_before_2000_error(examples)) from None
    if result is None:
        ymd = _absolute(s)
        if ymd is None:
            raise ParseError(f"Tanggal tidak bisa dibaca. Tulis tanggal jatuh tempo, {examples}.")
        year, month, day = ymd
        try:
            result = date(year, month, day)
        except ValueError:
            raise ParseError(
                f"Tanggal {day:02d}/{month:02d}/{year} tidak ada di kalender. "
                f"Periksa lagi, {examples}."
            ) from None
    if result > today:
        raise _future_error(today, examples)
    if result < EARLIEST_DATE:
        raise ParseError(_before_2000_error(examples))
    return result


def _future_error(today: date, examples: str) -> ParseError:
    return ParseError(
        f"Tanggal jatuh tempo tidak boleh setelah hari ini ({format_date_id(today)}): "
        f"kalau pembayaran belum jatuh tempo, klien belum terlambat. "
        f"Tulis tanggal yang sudah lewat, {examples}."
    )


def _before_2000_error(examples: str) -> str:
    return f"Tanggal sebelum tahun 2000 tidak diterima. Periksa tahunnya, {examples}."


# --------------------------------------------------------------------------- names

_ERR_NAME = (
    "Nama klien harus 2–100 karakter, tanpa baris baru atau karakter khusus, "
    "misalnya «PT Data Nusantara». Atau tekan «Lewati»."
)


def validate_name(text: str) -> str:
    """A client name: 2–100 characters after trimming, no control characters.

    :raises ParseError: with an Indonesian message.
    """
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in text):
        raise ParseError(_ERR_NAME)
    name = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    if not 2 <= len(name) <= 100 or not any(ch.isalnum() for ch in name):
        raise ParseError(_ERR_NAME)
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
    """What to show for a state: Indonesian question, buttons, and what input is allowed.

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
    """The option value named by ``answer`` (value, label or synonym), else None."""
    values = _opt_values(options)
    key = _norm(answer)
    if key in values:
        return key
    for value, label in options:
        if key == _norm(label):
            return value
    syn = _SYNONYMS.get(key)
    return syn if syn in values else None


def _invalid(state: State, case: Case, options: tuple[Option, ...]) -> Step:
    labels = ", ".join(f"«{label}»" for _, label in options)
    return Step(state, case, f"Jawaban tidak dikenali. Pilih salah satu tombol: {labels}.")


def advance(state: State, case: Case, answer: str, *, today: date | None = None) -> Step:
    """Validate ``answer`` for ``state`` and move on (pure).

    :param state: the current state.
    :param case: the answers so far (not modified).
    :param answer: a button value (see :class:`Prompt`) or the user's text.
    :param today: the user's date (Asia/Jakarta), used to reject future due dates; pass it
        from the handler. Only when omitted is ``date.today()`` read (server clock).
    :returns: the next state and the updated case; or, for an invalid answer, the same
        state and case with ``error`` set to an Indonesian message.
    """
    if state in TERMINAL:
        return Step(state, case, "Percakapan ini sudah selesai. Mulai lagi dengan /sengketa.")
    key = _norm(answer)
    special = _SYNONYMS.get(key, key)
    if special == CANCEL:
        return Step(State.CANCELLED, case)
    if special == BACK:
        if not case.history:
            return Step(state, case, "Ini langkah pertama. Tekan «Batal» untuk berhenti.")
        return Step(case.history[-1], replace(case, history=case.history[:-1]))

    if state in _CHOICES:
        options = _CHOICES[state]
        value = _match(options, answer)
        if value is None:
            return _invalid(state, case, options)
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
            return Step(state, case, str(exc))
        return _forward(state, replace(case, client_name=name))

    if state is State.AMOUNT:
        try:
            amount = parse_amount(answer)
        except ParseError as exc:
            return Step(state, case, str(exc))
        return _forward(state, replace(case, amount=amount))

    if state is State.DUE_DATE:
        try:
            due = parse_date(answer, today or date.today())
        except ParseError as exc:
            return Step(state, case, str(exc))
        return _forward(state, replace(case, due_date=due))

    if state is State.EVIDENCE:
        if special == DONE:
            return _forward(state, case)
        value = _match(EVIDENCE, answer)
        if value is None:
            return _invalid(state, case, (*EVIDENCE, (DONE, "Selesai")))
        chosen = set(case.evidence) ^ {value}
        return Step(state, replace(case, evidence=_ordered_evidence(chosen)))

    if state is State.CONFIRM:
        if special == RESTART:
            return start()
        if special in (CONFIRM, "yes"):
            missing = case.missing()
            if missing:
                return Step(state, case, "Masih ada jawaban yang kosong. Tekan «Kembali».")
            return _forward(state, case)
        return _invalid(state, case, ((CONFIRM, "Benar, lanjut"), (RESTART, "Ulangi")))

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


def _label(options: tuple[Option, ...], value: str | None) -> str:
    return next((label for v, label in options if v == value), "-")


def _client_text(case: Case) -> str:
    """``PT X (perusahaan Indonesia)`` or just the kind of client."""
    label = _label(CLIENT_TYPES, case.client_type)
    label = label[:1].lower() + label[1:]
    return f"{case.client_name} ({label})" if case.client_name else label


def _answers_text(case: Case) -> str:
    """The answers, one per line (for CONFIRM)."""
    client = _client_text(case)
    lines = [
        f"- Masalah: {_label(KINDS, case.kind)}",
        f"- Perintah/jam kerja dari klien: {_label(YES_NO, case.orders)}",
        f"- Upah tetap rutin: {_label(YES_NO, case.wage)}",
        f"- Usaha pokok dan terus-menerus: {_label(YES_NO, case.core)}",
        f"- Dasar kesepakatan: {_label(AGREEMENTS, case.agreement)}",
        f"- Klien: {client}",
    ]
    if case.client_type in INDONESIAN_CLIENTS:
        lines.append(f"- Alamat klien: {_label(ADDRESS, case.client_address)}")
    lines += [
        f"- Jumlah: {format_money(case.amount) if case.amount else '-'}",
        f"- Jatuh tempo: {format_date_id(case.due_date) if case.due_date else '-'}",
        "- Bukti: " + (", ".join(_label(EVIDENCE, e) for e in case.evidence) or "belum ada"),
        f"- Sudah dicoba: {_label(TRIED, case.tried)}",
    ]
    return "\n".join(lines)


def prompt(state: State, case: Case) -> Prompt:
    """The question for ``state`` (Indonesian, plain text), its buttons and input rules.

    :param state: the current state.
    :param case: the answers so far (EVIDENCE marks chosen items; CONFIRM lists answers).
    """
    allow_back = bool(case.history) and state not in TERMINAL
    allow_cancel = state not in TERMINAL
    if state in _CHOICES:
        return Prompt(state, _TEXTS[state], _CHOICES[state], False, allow_back, allow_cancel)
    if state is State.CLIENT_NAME:
        return Prompt(state, _TEXTS[state], ((SKIP, "Lewati"),), True, allow_back, allow_cancel)
    if state in (State.AMOUNT, State.DUE_DATE):
        return Prompt(state, _TEXTS[state], (), True, allow_back, allow_cancel)
    if state is State.EVIDENCE:
        marked = tuple(
            (value, ("✅ " if value in case.evidence else "⬜ ") + label)
            for value, label in EVIDENCE
        )
        return Prompt(
            state, _TEXTS[state], (*marked, (DONE, "Selesai")), False, allow_back, allow_cancel,
            multi_select=True,
        )  # fmt: skip
    if state is State.CONFIRM:
        text = "Periksa ringkasan jawaban Anda:\n\n" + _answers_text(case) + "\n\nSudah benar?"
        options = ((CONFIRM, "Benar, lanjut"), (RESTART, "Ulangi dari awal"))
        return Prompt(state, text, options, False, allow_back, allow_cancel)
    return Prompt(state, _TEXTS[state], (), False, False, False)


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


@dataclass(frozen=True)
class Assessment:
    """What :func:`assess` concludes; all texts plain Indonesian."""

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


def assess(case: Case, today: date) -> Assessment:
    """Route, gugatan sederhana eligibility and interest for a complete case.

    Gugatan sederhana (PERMA 2/2015 jo. PERMA 4/2019, summarised): claim in IDR of at most
    Rp500.000.000, an Indonesian company or individual as defendant whose address is known
    and in the same court area, not on the employment route (that goes to the PHI).

    :raises IncompleteCaseError: when answers are missing.
    """
    missing = case.missing()
    if missing:
        raise IncompleteCaseError(missing)
    assert case.amount is not None and case.due_date is not None
    route = route_of(case)
    foreign = case.client_type in FOREIGN_CLIENTS
    notes: list[str] = []
    if route is Route.EMPLOYMENT:
        notes.append(
            "Untuk hubungan kerja, jalurnya Pengadilan Hubungan Industrial (UU 2/2004), "
            "bukan gugatan sederhana."
        )
    if foreign:
        notes.append(
            "Klien luar negeri atau platform: gugatan sederhana tidak bisa dipakai. Gunakan "
            "klausul penyelesaian sengketa dalam kontrak/syarat layanan dan kanal pengaduan "
            "platform."
        )
    if case.amount.currency != "IDR":
        notes.append(
            "Jumlah dalam USD: batas gugatan sederhana dihitung dalam rupiah (Rp500 juta). "
            "Jika nilainya dalam rupiah di bawah batas itu dan klien di Indonesia, tanyakan ke "
            "pengadilan negeri atau LBH."
        )
    elif case.amount.minor > SMALL_CLAIM_LIMIT_IDR:
        notes.append(
            "Jumlahnya di atas Rp500.000.000, batas gugatan sederhana: jalurnya gugatan "
            "perdata biasa."
        )
    if not foreign:
        if case.client_address == "other_city":
            notes.append(
                "Klien di kota/kabupaten lain: gugatan sederhana mensyaratkan penggugat dan "
                "tergugat di wilayah hukum pengadilan yang sama. Sejak PERMA 4/2019 penggugat "
                "di luar wilayah itu dapat menunjuk kuasa atau wakil yang beralamat di wilayah "
                "tergugat (ringkasan kami; teks PERMA belum kami periksa)."
            )
        elif case.client_address != "yes":
            notes.append(
                "Alamat klien tidak diketahui: gugatan sederhana tidak dapat diajukan "
                "terhadap tergugat yang tidak diketahui tempat tinggalnya."
            )
    small_claim = not notes
    if small_claim:
        notes.append(
            "Kemungkinan bisa memakai gugatan sederhana: jumlah paling banyak Rp500 juta, "
            "satu penggugat melawan satu tergugat, alamat tergugat diketahui dan di wilayah "
            "pengadilan yang sama."
        )
    days_late = max(0, (today - case.due_date).days)
    if route is Route.EMPLOYMENT:
        owed_interest: Money | None = None
        note = INTEREST_NOTE_EMPLOYMENT
    else:
        owed_interest = interest(case.amount, case.due_date, today)
        note = INTEREST_NOTE
    return Assessment(
        route=route,
        route_reason=_ROUTE_REASON[route],
        small_claim=small_claim,
        small_claim_notes=tuple(notes),
        foreign=foreign,
        electronic=_is_electronic(case),
        days_late=days_late,
        interest=owed_interest,
        interest_basis=INTEREST_BASIS,
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


def _client_ref(case: Case) -> str:
    return case.client_name or "klien"


def plan(case: Case, assessment: Assessment, today: date) -> list[PlanStep]:
    """Dated action plan for the case, each step with its legal basis.

    Civil/unclear: evidence, written reminder, somasi (sent ``today`` + 3 days, deadline 14
    days after sending), negotiation, mediation/ADR (UU 30/1999 Pasal 6), then gugatan
    sederhana when eligible, else gugatan perdata biasa. Foreign clients and platforms get,
    from today, the contract's dispute clause, the platform channel and payment-processor
    disputes, and a last-resort step instead of the court claim. Unclear route: a status
    check (Disnaker/LBH) is added after the reminder.
    Employment: evidence, reminder, bipartit (30 working days), mediation at Disnaker, PHI.
    """
    steps: list[PlanStep] = []
    client = _client_ref(case)
    electronic = ("UU ITE jo. UU 1/2024 Pasal 5",) if assessment.electronic else ()
    steps.append(
        _step(
            "Amankan bukti",
            "Simpan salinan kontrak atau syarat layanan, tangkapan layar chat/e-mail, ID tugas "
            "dan catatan pengiriman, pemberitahuan penolakan, invoice, dan riwayat pembayaran. "
            "Unduh sekarang: akses ke platform bisa ditutup. Catat tanggal dan jam setiap bukti.",
            today,
            None,
            ("KUHPerdata Pasal 1865", *electronic),
        )
    )
    reminder = (
        f"Kirim pengingat tertulis yang tegas kepada {client} (chat atau e-mail): sebutkan "
        "pekerjaan, jumlah, tanggal jatuh tempo, dan minta kepastian tanggal pembayaran dalam "
        "3 hari. Tetap sopan dan simpan bukti pengirimannya."
    )
    if case.tried in ("chat_reminder", "formal_letter"):
        reminder += " Anda sudah mengingatkan; kirim sekali lagi secara tertulis dengan tenggat."
    steps.append(
        _step(
            "Kirim pengingat tertulis",
            reminder,
            today,
            today + timedelta(days=SOMASI_SEND_AFTER_DAYS),
            ("KUHPerdata Pasal 1338",),
        )
    )
    if assessment.route is Route.EMPLOYMENT:
        _employment_steps(steps, today)
    else:
        _civil_steps(steps, case, assessment, today)
    return [replace(step, number=number) for number, step in enumerate(steps, 1)]


def _employment_steps(steps: list[PlanStep], today: date) -> None:
    begin = today + timedelta(days=SOMASI_SEND_AFTER_DAYS)
    end = add_working_days(begin, BIPARTIT_WORKING_DAYS)
    steps.append(
        _step(
            "Minta perundingan bipartit",
            "Minta secara tertulis perundingan dua pihak (bipartit) tentang upah yang belum "
            "dibayar. Perundingan paling lama 30 hari kerja sejak dimulai; jika klien menolak "
            "berunding atau tidak ada kesepakatan, bipartit dianggap gagal. Buat risalah yang "
            "ditandatangani; jika sepakat, buat Perjanjian Bersama. Tenggat di sini tidak "
            "menghitung hari libur nasional.",
            begin,
            end,
            ("UU 2/2004 Pasal 3", "UU 2/2004 Pasal 6", "UU 2/2004 Pasal 7"),
        )
    )
    mediation = end + timedelta(days=1)
    steps.append(
        _step(
            "Catatkan ke Disnaker dan ikuti mediasi",
            "Jika bipartit gagal, catatkan perselisihan ke dinas ketenagakerjaan kabupaten/kota "
            "dengan melampirkan bukti perundingan bipartit. Untuk perselisihan hak (upah), "
            "penyelesaiannya lewat mediator di dinas tersebut.",
            mediation,
            None,
            ("UU 2/2004 Pasal 4", "UU 2/2004 Pasal 8"),
        )
    )
    steps.append(
        _step(
            "Gugatan ke Pengadilan Hubungan Industrial",
            "Jika mediasi tidak menghasilkan kesepakatan, ajukan gugatan ke Pengadilan Hubungan "
            "Industrial pada Pengadilan Negeri di wilayah tempat Anda bekerja. Minta bantuan "
            "serikat pekerja atau LBH. Tanggalnya perkiraan: lama mediasi bisa berbeda.",
            add_working_days(mediation, BIPARTIT_WORKING_DAYS),
            None,
            ("UU 2/2004 Pasal 5", "UU 2/2004 Pasal 56", "UU 2/2004 Pasal 81"),
        )
    )


def _foreign_channel_steps(steps: list[PlanStep], case: Case, today: date) -> None:
    """Foreign client or platform: the contract's dispute clause, platform and processor."""
    platform = case.client_type == "platform"
    steps.append(
        _step(
            "Klausul sengketa kontrak dan kanal platform",
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
                if case.tried == "platform_complaint"
                else ""
            )
            + "Untuk platform yang melayani pengguna di Indonesia, UU ITE Pasal 18A dalam "
            "keadaan tertentu menundukkan kontrak baku elektronik internasional pada hukum "
            "Indonesia; tanyakan ke LBH.",
            today,
            None,
            ("UU ITE Pasal 18", "UU ITE jo. UU 1/2024 Pasal 18A"),
        )
    )
    steps.append(
        _step(
            "Sengketa lewat penyedia pembayaran",
            "Jika pembayaran lewat PayPal, Payoneer, Wise, atau layanan sejenis, periksa "
            "apakah layanan itu punya prosedur sengketa atau klaim; batas waktunya bisa "
            "pendek, jadi periksa sekarang.",
            today,
            None,
            ("Syarat layanan penyedia pembayaran",),
        )
    )


def _civil_steps(
    steps: list[PlanStep],
    case: Case,
    assessment: Assessment,
    today: date,
) -> None:
    if assessment.route is Route.UNCLEAR:
        steps.append(
            _step(
                "Cek status hubungan kerja",
                "Sebagian unsur hubungan kerja (pekerjaan, upah, perintah) ada. Tanyakan ke "
                "Disnaker kabupaten/kota atau LBH apakah ini hubungan kerja. Jika ya, jalurnya "
                "bipartit (30 hari kerja), mediasi di Disnaker, lalu Pengadilan Hubungan "
                "Industrial, dan keterlambatan upah dikenai denda. Langkah di bawah tetap bisa "
                "berjalan.",
                today,
                None,
                ("UU 13/2003 Pasal 1 angka 15", "UU 2/2004 Pasal 3", "PP 36/2021 Pasal 61"),
            )
        )
    if assessment.foreign:
        _foreign_channel_steps(steps, case, today)
    send = today + timedelta(days=SOMASI_SEND_AFTER_DAYS)
    deadline = send + timedelta(days=SOMASI_DEADLINE_DAYS)
    somasi = (
        "Jika pengingat tidak ditanggapi, kirim somasi (teguran tertulis) dengan tenggat 14 "
        "hari sejak diterima; bot dapat membuatkan suratnya. Kirim lewat e-mail dan, jika "
        "alamatnya diketahui, pos tercatat; simpan bukti pengiriman. Dengan somasi, klien "
        "dinyatakan lalai; itu dasar untuk menuntut penggantian biaya, kerugian, dan bunga."
    )
    if case.tried == "formal_letter":
        somasi += " Jika surat Anda sebelumnya belum memuat tenggat yang jelas, kirim somasi ini."
    steps.append(
        _step(
            "Kirim somasi",
            somasi,
            send,
            deadline,
            ("KUHPerdata Pasal 1238", "KUHPerdata Pasal 1243"),
        )
    )
    nego = deadline + timedelta(days=1)
    steps.append(
        _step(
            "Negosiasi",
            "Jika tenggat lewat, ajak klien bertemu atau rapat daring untuk menyepakati jumlah "
            "dan jadwal pembayaran (boleh dicicil). Tuangkan hasilnya dalam kesepakatan "
            "tertulis yang ditandatangani kedua pihak.",
            nego,
            nego + timedelta(days=14),
            ("UU 30/1999 Pasal 6", "KUHPerdata Pasal 1338"),
        )
    )
    mediation = nego + timedelta(days=15)
    steps.append(
        _step(
            "Mediasi atau penyelesaian sengketa lain",
            "Jika negosiasi buntu, sepakati secara tertulis bantuan mediator atau penasihat ahli, "
            "atau minta lembaga arbitrase/APS menunjuk mediator. Kesepakatan tertulis hasil "
            "mediasi mengikat dan didaftarkan di Pengadilan Negeri.",
            mediation,
            mediation + timedelta(days=30),
            ("UU 30/1999 Pasal 6",),
        )
    )
    court = mediation + timedelta(days=31)
    if assessment.foreign:
        steps.append(
            _step(
                "Upaya hukum terakhir",
                "Gugatan terhadap perusahaan atau platform luar negeri mahal dan sulit "
                "dieksekusi. Konsultasikan dengan advokat atau LBH sebelum menempuh arbitrase "
                "atau gugatan.",
                court,
                None,
                ("KUHPerdata Pasal 1243", "KUHPerdata Pasal 1267"),
            )
        )
    elif assessment.small_claim:
        steps.append(
            _step(
                "Gugatan sederhana",
                "Ajukan gugatan sederhana ke Pengadilan Negeri di wilayah tempat tinggal klien "
                "(bisa lewat e-Court). Syaratnya, ringkasnya: nilai gugatan paling banyak Rp500 "
                "juta; satu penggugat melawan satu tergugat; alamat tergugat diketahui; penggugat "
                "dan tergugat di wilayah hukum pengadilan yang sama. Diperiksa hakim tunggal "
                "dengan acara singkat; tanpa advokat pun boleh. Bawa semua bukti asli.",
                court,
                None,
                ("PERMA 2/2015 jo. PERMA 4/2019", "KUHPerdata Pasal 1243"),
            )
        )
    else:
        steps.append(
            _step(
                "Gugatan perdata biasa",
                "Gugatan sederhana tidak tersedia untuk kasus ini, jadi jalurnya gugatan perdata "
                "biasa (wanprestasi) di Pengadilan Negeri, biasanya di wilayah tempat tinggal "
                "klien. Prosesnya lebih lama dan formal: minta bantuan advokat atau LBH (bantuan "
                "hukum gratis bagi yang tidak mampu).",
                court,
                None,
                ("KUHPerdata Pasal 1243", "KUHPerdata Pasal 1267"),
            )
        )


def plan_text(steps: Sequence[PlanStep]) -> str:
    """The plan as plain text, one block per step with dates and basis."""
    blocks = ["Rencana langkah (tanggal adalah perkiraan):"]
    for s in steps:
        when = format_date_id(s.start)
        if s.deadline:
            when += f" – {format_date_id(s.deadline)}"
        basis = f"\n   Dasar: {'; '.join(s.basis)}" if s.basis else ""
        blocks.append(f"{s.number}. {s.title} ({when})\n   {s.detail}{basis}")
    return "\n\n".join(blocks)


# --------------------------------------------------------------------------- legal basis

ARTICLE_CITATION = (
    "Artikel: Risiko Perselisihan antara AI Trainer dengan Perusahaan dalam Ranah "
    "Hubungan Industrial"
)


def legal_basis(case: Case) -> list[tuple[str, str]]:
    """``(citation, plain explanation)`` pairs relevant to the case.

    The explanations are our own summaries in plain Indonesian, not quotations.
    """
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


def basis_text(items: Sequence[tuple[str, str]]) -> str:
    """Legal basis as plain text, with the note that explanations are not quotations."""
    lines = ["Dasar hukum (penjelasan ringkas kami, bukan kutipan pasal):"]
    lines += [f"- {citation}: {explanation}" for citation, explanation in items]
    return "\n".join(lines)


# --------------------------------------------------------------------------- summary


def case_summary(case: Case, assessment: Assessment) -> str:
    """Short plain-text summary of the case and the assessment."""
    assert case.amount is not None and case.due_date is not None
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
