"""Small helpers shared by the dispute modules: language code, text normalising, dates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from babel.dates import format_date as _babel_format_date

#: Month names, for the date parser (``parse_date`` reads them in both languages).
MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def en(lang: str) -> bool:
    """Whether ``lang`` asks for English (every other code gives Indonesian)."""
    return lang == "en"


def lang_code(lang: str) -> str:
    """``en`` or ``id``: the catalog language for any code (unknown codes read Indonesian)."""
    return "en" if en(lang) else "id"


def format_date(d: date, lang: str = "id") -> str:
    """``15 Oktober 2025``, or ``15 October 2025`` when ``lang`` is "en" (Babel's CLDR names).

    ``tests/test_dispute.py`` checks Babel's output against the month tables above for every
    day from 2000 to 2040 in both languages.
    """
    return str(_babel_format_date(d, "d MMMM y", locale=lang_code(lang)))


def format_date_id(d: date) -> str:
    """``15 Oktober 2025``."""
    return format_date(d, "id")


def norm(text: str) -> str:
    """NFKC, lower case, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()

