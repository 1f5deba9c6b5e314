"""Money: ``Money`` (whole rupiah or US cents), ``format_money`` and ``parse_amount``.

``parse_amount`` stays hand-written: price-parser 0.3 (the library that would do it), tried
on our examples, reads "1,5 jt" and "1.5 million" as 1.5 and "750rb" as 750 (it knows no
multipliers: jt, rb, juta, miliar, million), so it would turn a claim of Rp1.500.000 into
Rp1,50. The forms it must read are pinned by ``tests/test_dispute.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, cast

from bot.dispute.common import norm
from bot.dispute.errors import CaseDataError, ParseError, Phrase

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

    def __format__(self, spec: str) -> str:
        """``format_money`` for an empty spec; ``millions``/``billions``: whole major units
        in millions or billions (``Rp{limit:millions} juta`` -> ``Rp500 juta``)."""
        if spec in _SCALES:
            value = self.amount / _SCALES[spec]
            if value == value.to_integral_value():
                return str(int(value))
            return f"{value.normalize():f}"
        if spec:
            raise ValueError(f"unknown Money format {spec!r}")
        return format_money(self)


_SCALES: Mapping[str, int] = {"millions": 1_000_000, "billions": 1_000_000_000}


def format_money(m: Money) -> str:
    """Indonesian style: ``Rp1.500.000``; USD as ``USD 1,500.00``."""
    if m.currency == "IDR":
        sign = "-" if m.minor < 0 else ""
        return f"{sign}Rp{abs(m.minor):,}".replace(",", ".")
    sign = "-" if m.minor < 0 else ""
    dollars, cents = divmod(abs(m.minor), 100)
    return f"{sign}USD {dollars:,}.{cents:02d}"

#: The example of the amount question and of its error.
AMOUNT_EXAMPLE = Phrase("dispute_amount_example")
_EXAMPLE = {"example": AMOUNT_EXAMPLE}
_LIMITS = {"max_idr": Money("IDR", MAX_MINOR["IDR"]), "max_usd": Money("USD", MAX_MINOR["USD"])}

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
        raise ParseError("dispute_err_amount_format")
    return num.replace(sep, "")


def _parse_number(num: str) -> Decimal:
    """Read Indonesian (1.500.000,50) or English (1,500,000.50) digit groups."""
    num = num.rstrip(".,")
    if len(num) > 30:
        raise ParseError("dispute_err_amount_big", _LIMITS)
    dots, commas = num.count("."), num.count(",")
    if dots and commas:
        dec = "," if num.rfind(",") > num.rfind(".") else "."
        thousands = "." if dec == "," else ","
        whole, _, frac = num.partition(dec)
        if dec in frac or not 1 <= len(frac) <= 2:
            raise ParseError("dispute_err_amount_format")
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
        raise ParseError("dispute_err_amount_format")
    return Decimal(num)


def parse_amount(text: str) -> Money:
    """Parse the amount owed: ``1.500.000``, ``Rp 1,5 jt``, ``750 ribu``, ``USD 300``, ``$300``.

    No currency means rupiah. Accepts multipliers rb/ribu/k/thousand, jt/juta/million,
    miliar/M/billion (a bare "m" is miliar, so refused for USD) and a trailing ``,-``.
    Rejects words-for-numbers and approximations ("sejuta-an"), negative or zero amounts,
    sen in rupiah, and amounts above ``MAX_MINOR``.

    :param text: what the user typed.
    :raises ParseError: its message (a catalog key) includes an example.
    """
    s = norm(text)
    if not s or len(s) > 60:
        raise ParseError("dispute_err_amount", _EXAMPLE)
    if _NEG_RE.match(s):
        raise ParseError("dispute_err_amount_neg")
    s = re.sub(r"(?<=[0-9])[ \u00a0\u202f](?=[0-9]{3}(?![0-9]))", ".", s)  # "1 500 000"
    s = re.sub(r"(?<=[0-9])[.,]?[-–]+(?=\s|$|[a-z])", "", s)  # "2.000.000,-"
    m = _AMOUNT_RE.match(s)
    if not m:
        raise ParseError("dispute_err_amount", _EXAMPLE)
    cur1 = _CUR_WORDS.get(m["cur1"] or "")
    cur2 = _CUR_WORDS.get(m["cur2"] or "")
    if cur1 and cur2 and cur1 != cur2:
        raise ParseError("dispute_err_amount_cur")
    currency: Currency = cur1 or cur2 or "IDR"
    value = _parse_number(m["num"])
    if m["mult"] == "m" and currency == "USD":
        raise ParseError("dispute_err_amount_m")  # "m": miliar in Indonesian, million in English
    if m["mult"]:
        value *= _MULTIPLIERS[m["mult"]]
    if value <= 0:
        raise ParseError("dispute_err_amount_zero")
    minor_value = value if currency == "IDR" else value * 100
    if minor_value > MAX_MINOR[currency]:
        raise ParseError("dispute_err_amount_big", _LIMITS)
    if minor_value != minor_value.to_integral_value():
        cents = "dispute_err_amount_sen" if currency == "IDR" else "dispute_err_amount_cent"
        raise ParseError(cents)
    return Money(currency, int(minor_value))
