"""Dates: reading the due date (``parse_date``), working days, the workers' clock (WIB).

``parse_date`` stays hand-written. dateparser 1.2 (languages id+en, DMY, relative to a
fixed today), run on the cases of ``tests/test_dispute.py``, reads "bulan kemarin" as
yesterday (it must be refused as unreadable), guesses the year of "15 Okt" (we take this
year's, or last year's when this year's is still ahead: a due date is never in the future),
returns None for "31/02/2025" so the "not in the calendar" message is lost, and does not
read "kemaren" or "sebulan yg lalu". Future and pre-2000 dates are refused after parsing
either way. Formatting uses Babel (``common.format_date``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.dispute.common import norm
from bot.dispute.errors import ParseError, Phrase

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
#: How people shorten and pad a date in chat, rewritten before parsing (#11's forms).
_SLANG: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl) for pattern, repl in (
        (r"^(?:udh|udah|sudah|sdh|kira2|kira-kira|sekitar|kurleb|kurang lebih)\s+", ""),
        (r"\bbln\b", "bulan"), (r"\b(?:mgg|mg|mggu)\b", "minggu"),
        (r"\b(?:thn|th)\b", "tahun"), (r"\bhr\b", "hari"),
        (r"^(?:kmrn|kmarin|kmren|kmaren|kmrin)$", "kemarin"),
    ))
_EN_NUMBERS: Mapping[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
#: Dates without a year: this year's, or last year's when this year's is still ahead.
_DAY_MONTH_RE = re.compile(r"^([0-9]{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?([a-z]+)\.?$")
_MONTH_DAY_RE = re.compile(r"^([a-z]+)\.?\s*([0-9]{1,2})(?:st|nd|rd|th)?$")
_DM_RE = re.compile(r"^([0-9]{1,2})[/.-]([0-9]{1,2})$")
_DAY_ONLY_RE = re.compile(r"^([0-9]{1,2})$")
#: "akhir september" is the month's last day, "awal" its first, "pertengahan" the 15th.
_PART_RE = re.compile(
    r"^(awal|akhir|pertengahan|tengah|early|end of|mid|late)\s+([a-z]+)\.?(?:\s+([0-9]{4}))?$")
_FUTURE_WORDS = (
    "besok", "lusa", "minggu depan", "bulan depan", "tahun depan",
    "tomorrow", "day after tomorrow", "next week", "next month", "next year", "in ",
)  # fmt: skip


def _date_examples(today: date) -> Phrase:
    """Example dates for the error messages (a past date in both written forms)."""
    past = today - timedelta(days=14) if today > EARLIEST_DATE + timedelta(days=14) else today
    return Phrase("dispute_date_examples", {"numeric": f"{past:%d/%m/%Y}", "past": past})


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


def _without_year(s: str, today: date) -> tuple[int, int, int] | None:
    """(year, month, day) for a date typed without its year; None if no such form matches."""
    month = day = None
    if (m := _DAY_MONTH_RE.match(s)) and m[2] in _MONTH_WORDS:
        day, month = int(m[1]), _MONTH_WORDS[m[2]]
    elif (m := _MONTH_DAY_RE.match(s)) and m[1] in _MONTH_WORDS:
        day, month = int(m[2]), _MONTH_WORDS[m[1]]
    elif m := _DM_RE.match(s):
        day, month = int(m[1]), int(m[2])
    elif m := _DAY_ONLY_RE.match(s):  # "tgl 5": this month's, or last month's
        day = int(m[1])
        previous = _months_back(today.replace(day=1), 1) if day > today.day else today
        return previous.year, previous.month, day
    elif (m := _PART_RE.match(s)) and m[2] in _MONTH_WORDS:
        month = _MONTH_WORDS[m[2]]
        year = int(m[3]) if m[3] else today.year
        if not m[3] and (month, 1) > (today.month, today.day):
            year -= 1
        part = m[1]
        day = (1 if part in ("awal", "early") else 15 if part in ("pertengahan", "tengah", "mid")
               else calendar.monthrange(year, month)[1])
        return year, month, day
    if month is None or day is None:
        return None
    year = today.year - 1 if (month, day) > (today.month, today.day) else today.year
    return year, month, day


def parse_date(text: str, today: date) -> date:
    """Parse the due date: ``15/10/2025``, ``15 Okt 2025``, ``2025-10-15``, ``2 minggu lalu``.

    Chat forms too (#11): ``udh 2 bln lalu``, ``2 mgg lalu``, ``kmrn``, ``two weeks ago``; a
    date without its year (``30 September``, ``1 okt``, ``30/9``, ``Sept 30``, ``tgl 5``) is
    this year's, or last year's when this year's is still ahead; ``akhir september`` is the
    month's last day, ``awal`` its first, ``pertengahan`` the 15th.

    Also ``15-10-2025``, ``15 Oktober 2025``, ``3 hari yang lalu``, ``sebulan lalu``,
    ``kemarin``, ``hari ini``; in English ``15 October 2025``, ``15th of Oct 2025``,
    ``Oct 15 2025``, ``October 15, 2025``, ``2 weeks ago``, ``a month ago``, ``yesterday``,
    ``today``. Day first for numeric dates. Month arithmetic keeps the day where possible
    (31 March minus one month is 28/29 February).

    :param text: what the user typed.
    :param today: the user's current date (never in the result's future).
    :raises ParseError: unreadable, impossible (31/02/2025), after ``today``, or before 2000;
        its message includes examples.
    """
    s = norm(text)
    for pattern, repl in _SLANG:
        s = pattern.sub(repl, s)
    s = re.sub(r"^(?:(?:tanggal|tgl\.?)\s*|on\s+)", "", s).rstrip(".")
    s = re.sub(r"^([a-z]+)(?=\s+(?:day|week|month|year)s?\s+ago$)",
               lambda m: str(_EN_NUMBERS.get(m[1], m[1])), s)
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
        ymd = _absolute(s) or _without_year(s, today)
        if ymd is None:
            raise _unreadable_error(examples)
        year, month, day = ymd
        try:
            result = date(year, month, day)
        except ValueError:
            raise ParseError(
                "dispute_err_date_calendar",
                {"day": day, "month": month, "year": year, "examples": examples},
            ) from None
    if result > today:
        raise _future_error(today, examples)
    if result < EARLIEST_DATE:
        raise _before_2000_error(examples)
    return result


def _unreadable_error(examples: Phrase) -> ParseError:
    return ParseError("dispute_err_date", {"examples": examples})


def _future_error(today: date, examples: Phrase) -> ParseError:
    return ParseError("dispute_err_date_future", {"today": today, "examples": examples})


def _before_2000_error(examples: Phrase) -> ParseError:
    return ParseError(
        "dispute_err_date_early", {"year": EARLIEST_DATE.year, "examples": examples}
    )


# --------------------------------------------------------------------------- working days, WIB


def _holidays(year: int) -> frozenset[date]:
    """Indonesia's national public holidays of ``year`` (the ``holidays`` library; the
    government's "cuti bersama" days are not in it, so a count may run a day or two early)."""
    cached = _HOLIDAYS.get(year)
    if cached is None:
        import holidays  # imported on first use: only the plan's dates need it

        cached = _HOLIDAYS[year] = frozenset(holidays.country_holidays("ID", years=year))
    return cached


_HOLIDAYS: dict[int, frozenset[date]] = {}


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a national public holiday."""
    return day.weekday() < 5 and day not in _holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """``start`` plus ``days`` working days (weekends and national public holidays skipped)."""
    current = start
    left = days
    while left > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            left -= 1
    return current


REMIND_AT = time(9, 0)  # reminders go out at 09:00 Jakarta time


def _jakarta() -> tzinfo:
    try:
        return ZoneInfo("Asia/Jakarta")
    except ZoneInfoNotFoundError:  # no tz database: WIB is UTC+7 without DST
        return timezone(timedelta(hours=7), "WIB")


JAKARTA = _jakarta()


def today_jakarta(now: datetime | None = None) -> date:
    """The date in Asia/Jakarta (the workers' date, whatever the server's clock zone)."""
    return (now or datetime.now(UTC)).astimezone(JAKARTA).date()


def reminder_time(day: date) -> datetime:
    """:data:`REMIND_AT` Jakarta time on ``day``, as an aware UTC datetime."""
    return datetime.combine(day, REMIND_AT, tzinfo=JAKARTA).astimezone(UTC)


#: A guide left this long is closed when the user writes again: their text is a question.
IDLE_LIMIT = timedelta(hours=12)


def idle(at: object, now: datetime | None = None) -> bool:
    """Whether a guide last asked at ``at`` (ISO text; naive means UTC) waited > IDLE_LIMIT.

    Unreadable times count as not idle.
    """
    try:
        asked = datetime.fromisoformat(str(at))
    except ValueError:
        return False
    if asked.tzinfo is None:
        asked = asked.replace(tzinfo=UTC)
    return (now or datetime.now(UTC)) - asked > IDLE_LIMIT


def clock_time(at: time, lang: str = "id") -> str:
    """``09.00`` (Indonesian) or ``09:00`` (English)."""
    return at.strftime("%H:%M" if lang == "en" else "%H.%M")
