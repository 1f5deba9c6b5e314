"""Payment-dispute domain logic (bot/dispute/): parsers, state machine, result, letter."""

from __future__ import annotations

import ast
import io
import json
import pickle
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import dispute
from bot.dispute import (
    BACK,
    CANCEL,
    DONE,
    MAX_MINOR,
    Assessment,
    Case,
    CaseDataError,
    IncompleteCaseError,
    Money,
    ParseError,
    Route,
    State,
    advance,
    answer_from_callback,
    assess,
    basis_text,
    callback_data,
    case_summary,
    format_date_id,
    format_money,
    legal_basis,
    monthly_interest,
    parse_amount,
    parse_date,
    plan,
    plan_text,
    prompt,
    route_of,
    somasi_docx,
    somasi_text,
    start,
    validate_name,
)
from bot.texts import t

TODAY = date(2025, 11, 28)


def idr(n: int) -> Money:
    return Money("IDR", n)


def usd_cents(n: int) -> Money:
    return Money("USD", n)


def make_case(**changes: Any) -> Case:
    """A complete civil case against an Indonesian company; override fields as needed."""
    base = Case(
        kind="late",
        orders="no",
        wage="no",
        core="yes",
        agreement="written",
        clause="none",
        client_type="company",
        client_name="PT Data Nusantara",
        client_address="same",
        amount=idr(1_500_000),
        due_date=date(2025, 10, 15),
        evidence=("contract", "chat"),
        tried="chat_reminder",
    )
    return replace(base, **changes)


# --------------------------------------------------------------------------- module rules


@pytest.mark.parametrize(
    "module", sorted(p.name for p in Path(dispute.__file__).parent.glob("*.py"))
)
def test_no_telegram_import(module: str) -> None:
    path = Path(dispute.__file__).parent / module
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert names and not [name for name in names if name.split(".")[0] == "telegram"]


def test_dispute_modules_stay_small() -> None:
    for path in Path(dispute.__file__).parent.glob("*.py"):
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 600, path.name


# --------------------------------------------------------------------------- parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.500.000", idr(1_500_000)),
        ("Rp 1,5 jt", idr(1_500_000)),
        ("1,5 juta", idr(1_500_000)),
        ("2jt", idr(2_000_000)),
        ("Rp2.000.000,-", idr(2_000_000)),
        ("USD 300", usd_cents(30_000)),
        ("$300", usd_cents(30_000)),
        ("300 usd", usd_cents(30_000)),
        ("1.5jt", idr(1_500_000)),
        ("1500000", idr(1_500_000)),
        ("Rp 750rb", idr(750_000)),
        ("750 ribu", idr(750_000)),
        ("2,5 juta rupiah", idr(2_500_000)),
        ("Rp. 2.000.000,00", idr(2_000_000)),
        ("IDR 5000000", idr(5_000_000)),
        ("1 500 000", idr(1_500_000)),
        ("Rp 1,5 M", idr(1_500_000_000)),
        ("USD 1,250.50", usd_cents(125_050)),
        ("US$ 300.5", usd_cents(30_050)),
        ("  rp 500.000  ", idr(500_000)),
        ("Rp100.000.000.000", idr(100_000_000_000)),
        ("USD 10,000,000", usd_cents(1_000_000_000)),
    ],
)
def test_parse_amount_accepts(text: str, expected: Money) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("sejuta-an", "angka"),
        ("sekitar 2 juta", "angka"),
        ("dua juta", "angka"),
        ("", "angka"),
        ("-500000", "negatif"),
        ("Rp -500.000", "negatif"),
        ("minus 2jt", "negatif"),
        ("0", "nol"),
        ("Rp 0", "nol"),
        ("0 jt", "nol"),
        ("Rp 100.000.000.001", "terlalu besar"),
        ("200 miliar", "terlalu besar"),
        ("USD 10,000,001", "terlalu besar"),
        ("1.5000", "Format angka"),
        ("1.50.000", "Format angka"),
        ("Rp 1,5", "sen"),
        ("USD 0.001", "dua angka"),
        ("Rp 300 USD", "satu mata uang"),
        ("1.5m usd", "lengkap"),
        ("x" * 200, "angka"),
    ],
)
def test_parse_amount_rejects(text: str, hint: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_amount(text)
    message = str(err.value)
    assert hint in message
    assert "misalnya" in message  # every message carries an example


@given(st.integers(min_value=1, max_value=MAX_MINOR["IDR"]))
def test_parse_amount_rupiah_with_dots_round_trips(n: int) -> None:
    text = f"Rp{n:,}".replace(",", ".")
    assert parse_amount(text) == idr(n)
    assert parse_amount(format_money(idr(n))) == idr(n)


@given(st.integers(min_value=1, max_value=MAX_MINOR["USD"]))
def test_parse_amount_usd_round_trips(cents: int) -> None:
    assert parse_amount(format_money(usd_cents(cents))) == usd_cents(cents)


@given(st.text(max_size=80))
def test_parse_amount_only_raises_parse_error(text: str) -> None:
    try:
        money = parse_amount(text)
    except ParseError:
        return
    assert 0 < money.minor <= MAX_MINOR[money.currency]


_AMOUNT_ALPHABET = st.sampled_from(
    [*"0123456789.,- $", "rp", "usd", "jt", "juta", "rb", "ribu", "k", "m", "rupiah"]
)


@given(st.lists(_AMOUNT_ALPHABET, max_size=12).map("".join))
def test_parse_amount_near_miss_inputs_only_raise_parse_error(text: str) -> None:
    try:
        money = parse_amount(text)
    except ParseError:
        return
    assert 0 < money.minor <= MAX_MINOR[money.currency]


# --------------------------------------------------------------------------- parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15/10/2025", date(2025, 10, 15)),
        ("15-10-2025", date(2025, 10, 15)),
        ("15.10.2025", date(2025, 10, 15)),
        ("15/10/25", date(2025, 10, 15)),
        ("15 Okt 2025", date(2025, 10, 15)),
        ("15 okt. 2025", date(2025, 10, 15)),
        ("15 Oktober 2025", date(2025, 10, 15)),
        ("tanggal 15 Oktober 2025", date(2025, 10, 15)),
        ("2025-10-15", date(2025, 10, 15)),
        ("1 Agustus 2025", date(2025, 8, 1)),
        ("29/02/2024", date(2024, 2, 29)),
        ("2 minggu lalu", date(2025, 11, 14)),
        ("3 hari yang lalu", date(2025, 11, 25)),
        ("sebulan lalu", date(2025, 10, 28)),
        ("1 bulan lalu", date(2025, 10, 28)),
        ("seminggu yang lalu", date(2025, 11, 21)),
        ("kemarin", date(2025, 11, 27)),
        ("hari ini", TODAY),
        ("Hari Ini", TODAY),
        # the forms people type in chat (#11); TODAY is 28 November 2025
        ("15 Okt", date(2025, 10, 15)),
        ("2 bln lalu", date(2025, 9, 28)),
        ("udh 2 bln lalu", date(2025, 9, 28)),
        ("2 mgg lalu", date(2025, 11, 14)),
        ("kmrn", date(2025, 11, 27)),
        ("30 September", date(2025, 9, 30)),
        ("30/9", date(2025, 9, 30)),
        ("1 okt", date(2025, 10, 1)),
        ("akhir september", date(2025, 9, 30)),
        ("awal oktober", date(2025, 10, 1)),
        ("Sept 30", date(2025, 9, 30)),
        ("two weeks ago", date(2025, 11, 14)),
        ("tgl 5", date(2025, 11, 5)),
        ("30 Desember", date(2024, 12, 30)),  # this year's is still ahead: last year's
    ],
)
def test_parse_date_accepts(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


def test_parse_date_month_arithmetic_clamps_day() -> None:
    assert parse_date("1 bulan lalu", date(2025, 3, 31)) == date(2025, 2, 28)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("31/02/2025", "tidak ada di kalender"),
        ("30 Februari 2024", "tidak ada di kalender"),
        ("15/13/2025", "tidak ada di kalender"),
        ("29/11/2025", "tidak boleh setelah hari ini"),
        ("2026-01-01", "tidak boleh setelah hari ini"),
        ("besok", "tidak boleh setelah hari ini"),
        ("31/12/1999", "sebelum tahun 2000"),
        ("1 Januari 1998", "sebelum tahun 2000"),
        ("30 tahun lalu", "sebelum tahun 2000"),
        ("99999 hari lalu", "sebelum tahun 2000"),
        ("bulan kemarin", "tidak bisa dibaca"),
        ("", "tidak bisa dibaca"),
    ],
)
def test_parse_date_rejects(text: str, hint: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_date(text, TODAY)
    message = str(err.value)
    assert hint in message
    assert "misalnya" in message


_DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@given(st.text(max_size=60), _DATES)
def test_parse_date_only_raises_parse_error_and_never_future(text: str, today: date) -> None:
    try:
        result = parse_date(text, today)
    except ParseError:
        return
    assert date(2000, 1, 1) <= result <= today


_DATE_ALPHABET = st.sampled_from(
    [
        *"0123456789/-. ",
        *("hari", "minggu", "bulan", "tahun", "lalu", "yang", "se", "okt", "februari", "kemarin"),
    ]
)


@given(st.lists(_DATE_ALPHABET, max_size=10).map("".join), _DATES)
def test_parse_date_near_miss_inputs(text: str, today: date) -> None:
    try:
        result = parse_date(text, today)
    except ParseError:
        return
    assert date(2000, 1, 1) <= result <= today


@given(st.dates(min_value=date(2000, 1, 1), max_value=TODAY))
def test_parse_date_round_trips_written_dates(d: date) -> None:
    assert parse_date(f"{d:%d/%m/%Y}", TODAY) == d
    assert parse_date(d.isoformat(), TODAY) == d
    assert parse_date(format_date_id(d), TODAY) == d


@given(st.integers(min_value=0, max_value=3000))
def test_parse_date_days_ago(n: int) -> None:
    expected = TODAY - timedelta(days=n)
    if expected < date(2000, 1, 1):
        with pytest.raises(ParseError):
            parse_date(f"{n} hari lalu", TODAY)
    else:
        assert parse_date(f"{n} hari yang lalu", TODAY) == expected


# --------------------------------------------------------------------------- formatting


@pytest.mark.parametrize(
    ("money", "text"),
    [
        (idr(1_500_000), "Rp1.500.000"),
        (idr(999), "Rp999"),
        (idr(600_000), "Rp600.000"),
        (usd_cents(30_000), "USD 300.00"),
        (usd_cents(150_005), "USD 1,500.05"),
    ],
)
def test_format_money(money: Money, text: str) -> None:
    assert format_money(money) == text
    assert str(money) == text


def test_format_date_id() -> None:
    assert format_date_id(date(2025, 10, 15)) == "15 Oktober 2025"
    assert format_date_id(date(2024, 8, 1)) == "1 Agustus 2024"


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize("text", ["PT Data Nusantara", "  Budi  ", "AB", "x" * 100, "Ömer Ltd."])
def test_validate_name_accepts(text: str) -> None:
    assert validate_name(text) == " ".join(text.split())


@pytest.mark.parametrize(
    "text", ["", "a", " x ", "x" * 101, "PT\nData", "PT\x00", "ab\u202e", "--"]
)
def test_validate_name_rejects(text: str) -> None:
    with pytest.raises(ParseError, match="2–100"):
        validate_name(text)


# --------------------------------------------------------------------------- flow


def walk(answers: list[str], step: dispute.Step | None = None) -> dispute.Step:
    step = step or start()
    for answer in answers:
        step = advance(step.state, step.case, answer, today=TODAY)
        assert step.ok, (answer, step.error)
    return step


FULL_WALK = [
    "no", "no", "yes",            # relationship
    "online_terms", "none",       # agreement, its dispute clause
    "company", "PT Data Nusantara", "same",
    "Rp 1,5 jt", "15/10/2025",
    "chat", "tasks", "done",      # evidence
    "chat_reminder",
    "confirm",
]  # fmt: skip


@pytest.mark.parametrize("kind", [value for value, _ in dispute.KINDS])
def test_full_walk_for_each_kind(kind: str) -> None:
    step = walk([kind, *FULL_WALK])
    assert step.state is State.DONE
    case = step.case
    assert case.kind == kind
    assert case.amount == idr(1_500_000)
    assert case.due_date == date(2025, 10, 15)
    assert case.evidence == ("chat", "tasks")
    assert case.client_name == "PT Data Nusantara"
    assert case.is_complete
    result = assess(case, TODAY)
    assert result.route is Route.CIVIL
    assert result.small_claim
    assert kind and somasi_text(case, result, "Budi", TODAY)


def test_walk_visits_states_in_order() -> None:
    step = start()
    seen = [step.state]
    for answer in ["late", *FULL_WALK]:
        step = advance(step.state, step.case, answer, today=TODAY)
        if step.state != seen[-1]:
            seen.append(step.state)
    assert seen == [
        State.KIND, State.REL_ORDERS, State.REL_WAGE, State.REL_CORE, State.AGREEMENT,
        State.CLAUSE, State.CLIENT_TYPE, State.CLIENT_NAME, State.CLIENT_ADDRESS, State.AMOUNT,
        State.DUE_DATE, State.EVIDENCE, State.TRIED, State.CONFIRM, State.DONE,
    ]  # fmt: skip


def test_foreign_client_skips_address_question() -> None:
    step = walk(["late", "no", "no", "no", "online_terms", "none", "foreign"])
    assert step.state is State.CLIENT_NAME
    step = walk(["lewati"], step)
    assert step.state is State.AMOUNT
    assert step.case.client_name is None
    # back from AMOUNT returns to the state actually visited (the name), not the address
    back = advance(step.state, step.case, BACK)
    assert back.state is State.CLIENT_NAME


def test_labels_and_synonyms_are_accepted() -> None:
    step = walk(["Terlambat dibayar", "ya", "Tidak", "tidak yakin"])
    assert step.case.kind == "late"
    assert (step.case.orders, step.case.wage, step.case.core) == ("yes", "no", "unsure")


def test_back_returns_to_previous_state_and_keeps_answers() -> None:
    step = walk(["late", "yes", "no"])
    assert step.state is State.REL_CORE
    back = advance(step.state, step.case, BACK)
    assert back.ok and back.state is State.REL_WAGE
    assert back.case.history == (State.KIND, State.REL_ORDERS)
    back2 = advance(back.state, back.case, "kembali")
    assert back2.state is State.REL_ORDERS
    again = walk(["no", "no", "yes"], back2)
    assert again.state is State.AGREEMENT
    assert again.case.orders == "no"
    assert again.case.history == (State.KIND, State.REL_ORDERS, State.REL_WAGE, State.REL_CORE)


def test_back_at_first_step_is_an_error() -> None:
    step = start()
    result = advance(step.state, step.case, BACK)
    assert result.error and result.state is State.KIND and result.case is step.case
    assert prompt(State.KIND, step.case).allow_back is False


def test_changing_client_to_foreign_clears_address() -> None:
    step = walk(["late", "no", "no", "no", "written", "none", "person", "Budi", "unknown"])
    assert step.case.client_address == "unknown"
    for expected in (State.CLIENT_ADDRESS, State.CLIENT_NAME, State.CLIENT_TYPE):
        step = advance(step.state, step.case, BACK)
        assert step.state is expected
    step = walk(["foreign"], step)
    assert step.case.client_address is None


_TO_NAME = ["late", "no", "no", "no", "written", "none", "company"]
_TO_AMOUNT = [*_TO_NAME, "PT X", "same"]
_TO_EVIDENCE = [*_TO_AMOUNT, "2jt", "kemarin"]


@pytest.mark.parametrize(
    ("answers", "bad"),
    [
        ([], "terlambat sekali"),
        (["late"], "mungkin"),
        (["late", "no", "no", "no"], "kontrak lisan"),
        (["late", "no", "no", "no", "written"], "pemerintah"),
        (["late", "no", "no", "no", "written", "none"], "pemerintah"),
        (_TO_NAME, "x"),
        (_TO_NAME, "PT\nX"),
        ([*_TO_NAME, "PT X"], "entahlah"),
        (_TO_AMOUNT, "sejuta-an"),
        ([*_TO_AMOUNT, "2jt"], "31/02/2025"),
        ([*_TO_AMOUNT, "2jt"], "besok"),
        (_TO_EVIDENCE, "foto"),
        ([*_TO_EVIDENCE, "done"], "pengacara"),
        ([*_TO_EVIDENCE, "done", "nothing"], "mungkin"),
    ],
)
def test_invalid_answer_leaves_state_and_case_unchanged(answers: list[str], bad: str) -> None:
    step = walk(answers)
    before = step.case.to_dict()
    result = advance(step.state, step.case, bad, today=TODAY)
    assert result.error
    assert result.state is step.state
    assert result.case is step.case
    assert result.case.to_dict() == before


def test_evidence_toggles_on_and_off() -> None:
    step = walk(["late", "no", "no", "no", "written", "none", "foreign", "skip", "USD 300",
                 "kemarin"])
    assert step.state is State.EVIDENCE
    step = walk(["payments", "contract", "payments", "invoice"], step)
    assert step.state is State.EVIDENCE
    assert step.case.evidence == ("contract", "invoice")  # kept in checklist order
    labels = dict(prompt(step.state, step.case).options)
    assert labels["contract"].startswith("✅") and labels["payments"].startswith("⬜")
    step = walk([DONE], step)
    assert step.state is State.TRIED


def test_empty_evidence_is_allowed() -> None:
    step = walk(["late", "no", "no", "no", "written", "none", "foreign", "skip", "USD 300",
                 "kemarin"])
    step = walk(["done"], step)
    assert step.state is State.TRIED and step.case.evidence == ()


@pytest.mark.parametrize("n", range(0, 15))
def test_cancel_from_any_state(n: int) -> None:
    answers = ["late", *FULL_WALK][:n]
    step = walk(answers)
    result = advance(step.state, step.case, CANCEL)
    assert result.ok and result.state is State.CANCELLED
    assert advance(State.CANCELLED, result.case, "late").error


def test_restart_from_confirm() -> None:
    step = walk(["late", *FULL_WALK[:-1]])
    assert step.state is State.CONFIRM
    restarted = advance(step.state, step.case, "restart")
    assert restarted.state is State.KIND and restarted.case == Case()


def test_done_state_rejects_more_answers() -> None:
    step = walk(["late", *FULL_WALK])
    result = advance(step.state, step.case, "late")
    assert result.error and result.state is State.DONE


def test_future_due_date_uses_given_today() -> None:
    step = walk(["late", "no", "no", "no", "written", "none", "foreign", "skip", "2jt"])
    result = advance(step.state, step.case, "1/12/2025", today=TODAY)
    assert result.error and "setelah hari ini" in result.error
    ok = advance(step.state, step.case, "1/12/2025", today=date(2025, 12, 5))
    assert ok.ok and ok.case.due_date == date(2025, 12, 1)


# --------------------------------------------------------------------------- prompts

_ALL_CASE = make_case(history=(State.KIND,))


@pytest.mark.parametrize("state", list(State))
def test_prompts(state: State) -> None:
    p = prompt(state, _ALL_CASE)
    assert p.state is state and p.text
    for value, label in p.options:
        assert value.isascii() and 0 < len(value) <= 20 and label
        assert answer_from_callback(callback_data(value)) == value
        assert len(callback_data(value).encode()) <= 64  # Telegram limit
    if state in dispute.TERMINAL:
        assert not p.allow_back and not p.allow_cancel and not p.options
    elif state is State.WORKER_NAME:  # after the result: skip only
        assert not p.allow_back and not p.allow_cancel and p.options == (("skip", "Lewati"),)
    else:
        assert p.allow_back and p.allow_cancel
    free = (State.CLIENT_NAME, State.AMOUNT, State.RATE, State.DUE_DATE, State.WORKER_NAME)
    assert p.free_text == (state in free)


@pytest.mark.parametrize(
    ("answer", "value"),
    [("Sari Wulandari", "Sari Wulandari"), ("  Lewati ", None), ("SKIP", None),
     ("batal", "batal"), ("kembali", "kembali")],
)  # fmt: skip
def test_worker_name_state(answer: str, value: str | None) -> None:
    """WORKER_NAME reads a name or a skip, then DONE; cancel/back words are names there."""
    step = advance(State.WORKER_NAME, _ALL_CASE, answer)
    assert (step.state, step.case, step.error, step.value) == (State.DONE, _ALL_CASE, None, value)
    assert State("worker_name") is State.WORKER_NAME  # stored conversations read back


@pytest.mark.parametrize("lang", ["id", "en"])
def test_worker_name_error(lang: str) -> None:
    step = advance(State.WORKER_NAME, _ALL_CASE, "x", lang=lang)
    assert step.state is State.WORKER_NAME and step.case is _ALL_CASE and step.value is None
    assert step.error and "2–100" in step.error
    assert ("Sari Wulandari" in step.error) and (("Skip" in step.error) == (lang == "en"))


def test_address_prompt_asks_the_question() -> None:
    text = prompt(State.CLIENT_ADDRESS, Case()).text
    assert "wilayah Pengadilan Negeri yang sama" in text
    assert "Jakarta saja punya lima Pengadilan Negeri" in text  # an area, not a city


def test_confirm_prompt_lists_answers() -> None:
    text = prompt(State.CONFIRM, make_case()).text
    assert "Rp1.500.000" in text and "15 Oktober 2025" in text and "PT Data Nusantara" in text


def test_answer_from_callback_ignores_other_prefixes() -> None:
    assert answer_from_callback("kb:edit:1") is None


# --------------------------------------------------------------------------- serialisation


def test_case_round_trip_through_json() -> None:
    step = walk(["partial", *FULL_WALK[:-1]])
    case = step.case
    data = json.loads(json.dumps(case.to_dict()))
    assert Case.from_dict(data) == case
    assert pickle.loads(pickle.dumps(case)) == case
    assert Case.from_dict(Case().to_dict()) == Case()


def test_case_round_trip_usd() -> None:
    case = make_case(amount=usd_cents(30_050), client_name=None, client_type="foreign",
                     client_address=None, rate_idr=None)
    assert Case.from_dict(json.loads(json.dumps(case.to_dict()))) == case


@pytest.mark.parametrize(
    "patch",
    [
        {"v": 99},
        {"kind": "stolen"},
        {"amount": {"currency": "EUR", "minor": 5}},
        {"amount": {"currency": "IDR", "minor": "5"}},
        {"amount": "Rp5"},
        {"amount": {"currency": "IDR", "minor": 0}},
        {"amount": {"currency": "USD", "minor": 1_000_000_001}},
        {"history": "kind"},
        {"due_date": "31/02/2025"},
        {"evidence": ["selfie"]},
        {"evidence": "chat"},
        {"history": ["nowhere"]},
        {"client_name": "PT\nX"},
    ],
)
def test_case_from_dict_rejects_bad_data(patch: dict[str, Any]) -> None:
    data = make_case().to_dict() | patch
    with pytest.raises(CaseDataError):
        Case.from_dict(data)


def test_case_from_dict_ignores_unknown_keys() -> None:
    assert Case.from_dict(make_case().to_dict() | {"extra": 1}) == make_case()


# --------------------------------------------------------------------------- interest


def test_monthly_interest_rounds_half_up() -> None:
    # 10.000.000 * 6% / 12 = 50.000; 1.000.001 * 6% / 12 = 5.000,005 -> 5.000
    assert monthly_interest(idr(10_000_000)) == idr(50_000)
    assert monthly_interest(idr(1_000_001)) == idr(5_000)
    assert monthly_interest(idr(100)) == idr(1)  # 0.5 -> 1
    # USD stays in USD (cents): 300.00 * 6% / 12 = 1.50
    assert monthly_interest(usd_cents(30_000)) == usd_cents(150)


def test_assessment_interest_and_basis() -> None:
    case = make_case(amount=idr(10_000_000), due_date=TODAY - timedelta(days=365))
    result = assess(case, TODAY)
    assert result.interest == idr(50_000)  # a month of 6% a year, from filing (Pasal 1250)
    assert result.days_late == 365
    assert "Staatsblad 1848 No. 22" in result.interest_basis
    assert "KUHPerdata Pasal 1250" in result.interest_basis
    assert "perkiraan" in result.interest_basis
    assert "sejak dituntut di pengadilan" in result.interest_note
    assert "Kontrak" in result.interest_note


def test_employment_route_has_no_6_percent_interest() -> None:
    result = assess(make_case(orders="yes", wage="yes"), TODAY)
    assert result.route is Route.EMPLOYMENT
    assert result.interest is None
    assert "PP 36/2021 Pasal 61" in result.interest_note


# --------------------------------------------------------------------------- route & eligibility


@pytest.mark.parametrize(
    ("orders", "wage", "core", "route"),
    [
        ("yes", "yes", "yes", Route.EMPLOYMENT),
        ("yes", "yes", "no", Route.EMPLOYMENT),
        ("yes", "yes", "unsure", Route.EMPLOYMENT),
        ("no", "no", "no", Route.CIVIL),
        ("no", "no", "yes", Route.CIVIL),
        ("no", "yes", "no", Route.CIVIL),
        ("no", "yes", "yes", Route.UNCLEAR),
        ("yes", "no", "no", Route.CIVIL),
        ("unsure", "no", "no", Route.CIVIL),
        ("yes", "no", "yes", Route.UNCLEAR),
        ("unsure", "unsure", "unsure", Route.UNCLEAR),
        ("yes", "unsure", "yes", Route.UNCLEAR),
    ],
)
def test_route(orders: str, wage: str, core: str, route: Route) -> None:
    assert route_of(make_case(orders=orders, wage=wage, core=core)) is route


@pytest.mark.parametrize(
    ("changes", "eligible"),
    [
        ({"amount": idr(500_000_000)}, True),
        ({"amount": idr(500_000_001)}, False),
        ({"amount": idr(1)}, True),
        ({"client_type": "person", "client_address": "same"}, True),
        ({"client_type": "vendor", "client_address": "same"}, True),
        ({"client_type": "foreign", "client_address": None}, False),
        ({"client_address": "unknown"}, False),
        ({"client_address": "other"}, True),  # through a kuasa/wakil (PERMA Pasal 4(3a))
        ({"client_address": "unsure"}, True),
        ({"clause": "arbitration"}, False),
        ({"clause": "court"}, True),
        ({"amount": usd_cents(30_000)}, False),  # no rate: not decided on a guess
        ({"amount": usd_cents(30_000), "rate_idr": 16_300}, True),
        ({"amount": usd_cents(3_100_000), "rate_idr": 16_300}, False),  # Rp505 juta
        ({"orders": "yes", "wage": "yes"}, False),
        ({"orders": "yes", "wage": "no", "core": "yes"}, True),  # unclear route: still possible
    ],
)
def test_small_claim_eligibility(changes: dict[str, Any], eligible: bool) -> None:
    result = assess(make_case(**changes), TODAY)
    assert result.small_claim is eligible
    assert result.small_claim_notes


def test_foreign_notes_point_to_contract_clause() -> None:
    result = assess(make_case(client_type="foreign", client_address=None), TODAY)
    assert result.foreign
    assert any("klausul sengketa" in note for note in result.small_claim_notes)


def test_assess_requires_complete_case() -> None:
    with pytest.raises(IncompleteCaseError) as err:
        assess(make_case(amount=None, tried=None), TODAY)
    assert err.value.missing == ("amount", "tried")
    with pytest.raises(IncompleteCaseError):
        assess(make_case(client_address=None), TODAY)


def test_confirm_refuses_incomplete_case() -> None:
    result = advance(State.CONFIRM, make_case(amount=None), "confirm")
    assert result.error and result.state is State.CONFIRM


# --------------------------------------------------------------------------- plan


def _citations(steps: list[dispute.PlanStep]) -> list[str]:
    return [c for s in steps for c in s.basis]


def test_plan_civil_dates_and_basis() -> None:
    case = make_case()
    steps = plan(case, assess(case, TODAY), TODAY)
    assert [s.number for s in steps] == list(range(1, len(steps) + 1))
    assert all(s.basis for s in steps)
    assert steps[0].title == "Amankan bukti" and steps[0].start == TODAY
    assert steps[1].start == TODAY  # written reminder today
    somasi = next(s for s in steps if s.title == "Kirim somasi")
    assert somasi.start == TODAY + timedelta(days=3)
    assert somasi.deadline == TODAY + timedelta(days=17)
    assert "KUHPerdata Pasal 1238" in somasi.basis
    assert "UU 30/1999 Pasal 6" in _citations(steps)
    assert steps[-1].title == "Gugatan sederhana"
    assert "PERMA 2/2015 jo. PERMA 4/2019" in steps[-1].basis
    starts = [s.start for s in steps]
    assert starts == sorted(starts)
    text = plan_text(steps)
    assert "1 Desember 2025" in text and "15 Desember 2025" in text


def test_plan_ordinary_claim_when_not_eligible() -> None:
    case = make_case(amount=idr(600_000_000))
    steps = plan(case, assess(case, TODAY), TODAY)
    assert steps[-1].title == "Gugatan perdata biasa"
    assert "LBH" in steps[-1].detail
    assert "Gugatan sederhana" not in [s.title for s in steps]


def test_plan_foreign_uses_contract_clause_platform_and_processor() -> None:
    case = make_case(client_type="foreign", client_address=None, agreement="online_terms")
    steps = plan(case, assess(case, TODAY), TODAY)
    titles = [s.title for s in steps]
    assert "Klausul sengketa kontrak dan kanal platform" in titles
    assert "Sengketa lewat penyedia pembayaran" in titles
    assert "Gugatan sederhana" not in titles
    assert titles.index("Sengketa lewat penyedia pembayaran") < titles.index("Kirim somasi")
    assert steps[titles.index("Klausul sengketa kontrak dan kanal platform")].start == TODAY
    assert "UU ITE jo. UU 1/2024 Pasal 18A" in _citations(steps)
    assert steps[-1].title == "Upaya hukum terakhir"
    starts = [s.start for s in steps]
    assert starts == sorted(starts)


def test_plan_employment_has_bipartit_mediation_phi() -> None:
    case = make_case(orders="yes", wage="yes")
    steps = plan(case, assess(case, TODAY), TODAY)
    titles = [s.title for s in steps]
    assert "Minta perundingan bipartit" in titles
    assert "Catatkan ke Disnaker dan ikuti mediasi" in titles
    assert "Gugatan ke Pengadilan Hubungan Industrial" in titles
    assert "Kirim somasi" not in titles
    bipartit = steps[titles.index("Minta perundingan bipartit")]
    assert "UU 2/2004 Pasal 3" in bipartit.basis
    assert bipartit.deadline is not None
    assert (bipartit.deadline - bipartit.start).days >= 30  # 30 working days
    starts = [s.start for s in steps]
    assert starts == sorted(starts)


def test_plan_unclear_adds_status_check() -> None:
    case = make_case(orders="unsure", wage="unsure", core="unsure")
    steps = plan(case, assess(case, TODAY), TODAY)
    assert steps[2].title == "Cek status hubungan kerja"
    assert "UU 13/2003 Pasal 1 angka 15" in steps[2].basis
    assert "Kirim somasi" in [s.title for s in steps]


def test_add_working_days_skips_weekends() -> None:
    friday = date(2025, 11, 28)
    assert dispute.add_working_days(friday, 1) == date(2025, 12, 1)
    assert dispute.add_working_days(friday, 5) == date(2025, 12, 5)


# --------------------------------------------------------------------------- legal basis


def test_legal_basis_core_articles() -> None:
    items = legal_basis(make_case(agreement="written", evidence=("contract",)))
    citations = [c for c, _ in items]
    for article in ("1238", "1243", "1250", "1338"):
        assert f"KUHPerdata Pasal {article}" in citations
    assert not any(c.startswith("UU ITE") for c in citations)
    assert citations[-1] == dispute.ARTICLE_CITATION
    for _, explanation in items:  # our words, never presented as a quotation
        assert explanation and not any(q in explanation for q in '"“”«»')


def test_legal_basis_electronic() -> None:
    citations = [c for c, _ in legal_basis(make_case(agreement="online_terms"))]
    assert "UU ITE jo. UU 1/2024 Pasal 5" in citations
    assert "UU ITE Pasal 18" in citations
    by_evidence = [c for c, _ in legal_basis(make_case(agreement="none", evidence=("chat",)))]
    assert "UU ITE jo. UU 1/2024 Pasal 5" in by_evidence


def test_legal_basis_employment_route() -> None:
    citations = [c for c, _ in legal_basis(make_case(orders="yes", wage="yes"))]
    assert "UU 13/2003 Pasal 1 angka 15" in citations
    assert "PP 35/2021 Pasal 10" in citations
    assert "UU 2/2004 Pasal 3" in citations
    text = basis_text(legal_basis(make_case()))
    assert "bukan kutipan" in text


# --------------------------------------------------------------------------- letter & summary


def _result(case: Case) -> Assessment:
    return assess(case, TODAY)


def test_somasi_text_contents() -> None:
    case = make_case()
    text = somasi_text(case, _result(case), "Budi Santoso", TODAY, place="Bandung")
    assert text.startswith("Bandung, 28 November 2025")
    assert "Direksi PT Data Nusantara" in text
    assert "Perihal: Somasi (Teguran) atas Pembayaran yang Belum Dilunasi" in text
    assert "Rp1.500.000" in text
    assert "15 Oktober 2025" in text
    assert "paling lambat tanggal 12 Desember 2025" in text  # one fixed date, 14 days on
    assert "sejak surat ini diterima" not in text
    assert "tanpa mengurangi hak-hak saya yang lain" in text
    assert "perjanjian tertulis antara saya dan PT Data Nusantara" in text
    assert "KUHPerdata Pasal 1238" in text and "KUHPerdata Pasal 1243" in text
    assert "gugatan sederhana" in text
    assert "mediasi" in text
    assert "Tembusan: arsip" in text
    assert text.rstrip().endswith("Lampiran:\n1. Kontrak/syarat layanan\n2. Chat/e-mail")
    assert "Budi Santoso" in text.split("Hormat saya,")[1]


def test_somasi_text_individual_usd_and_placeholders() -> None:
    case = make_case(client_type="person", client_name=None, amount=usd_cents(30_000))
    text = somasi_text(case, _result(case), "\x00 ", TODAY)
    assert "Bapak/Ibu [nama klien]" in text
    assert "USD 300.00" in text
    assert "[Nama Anda]" in text and "[kota]" in text
    assert "\x00" not in text


def test_somasi_text_by_route() -> None:
    foreign = make_case(client_type="foreign", client_address=None,
                        client_name="Acme Labs Inc (vendor dr Remotasks)")
    letter = somasi_text(foreign, _result(foreign), "B", TODAY)
    assert "dispute-resolution clause" in letter and "Subject: Formal demand" in letter
    assert "KUHPerdata" not in letter and "Dengan hormat" not in letter  # English, no Indonesia
    assert "The Management of Acme Labs Inc\n" in letter and "vendor dr" not in letter
    employment = make_case(orders="yes", wage="yes")
    assert "Pengadilan Hubungan Industrial" in somasi_text(
        employment, _result(employment), "B", TODAY
    )
    big = make_case(amount=idr(700_000_000))
    assert "gugatan sederhana" not in somasi_text(big, _result(big), "B", TODAY)


@pytest.mark.parametrize("kind", [value for value, _ in dispute.KINDS])
def test_somasi_mentions_amount_for_each_kind(kind: str) -> None:
    case = make_case(kind=kind)
    assert "Rp1.500.000" in somasi_text(case, _result(case), "Budi", TODAY)


def test_somasi_docx_contains_amount_and_client() -> None:
    case = make_case()
    data = somasi_docx(case, _result(case), "Budi Santoso", TODAY)
    assert data[:2] == b"PK"
    document = Document(io.BytesIO(data))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Rp1.500.000" in text
    assert "PT Data Nusantara" in text
    assert "Somasi (Teguran) atas Pembayaran yang Belum Dilunasi" in text


def test_case_summary() -> None:
    case = make_case(amount=idr(10_000_000), due_date=TODAY - timedelta(days=365))
    summary = case_summary(case, _result(case))
    assert "Rp10.000.000" in summary
    assert "Rp50.000" in summary  # a month from filing
    assert "PT Data Nusantara (perusahaan/platform di Indonesia)" in summary
    assert "365 hari lalu" in summary
    assert "Gugatan sederhana: kemungkinan bisa" in summary


@settings(max_examples=60)
@given(
    kind=st.sampled_from([v for v, _ in dispute.KINDS]),
    rel=st.tuples(*[st.sampled_from(["yes", "no", "unsure"])] * 3),
    agreement=st.sampled_from([v for v, _ in dispute.AGREEMENTS]),
    client=st.sampled_from([v for v, _ in dispute.CLIENT_TYPES]),
    address=st.sampled_from([v for v, _ in dispute.ADDRESS]),
    clause=st.sampled_from([v for v, _ in dispute.CLAUSES]),
    rate=st.one_of(st.none(), st.integers(1_000, 100_000)),
    amount=st.one_of(
        st.integers(1, MAX_MINOR["IDR"]).map(idr), st.integers(1, MAX_MINOR["USD"]).map(usd_cents)
    ),
    due=st.dates(date(2000, 1, 1), TODAY),
    evidence=st.sets(st.sampled_from([v for v, _ in dispute.EVIDENCE])),
    tried=st.sampled_from([v for v, _ in dispute.TRIED]),
)
def test_result_functions_work_for_any_complete_case(
    kind: str,
    rel: tuple[str, str, str],
    agreement: str,
    client: str,
    address: str,
    amount: Money,
    due: date,
    evidence: set[str],
    tried: str,
    clause: str,
    rate: int | None,
) -> None:
    case = Case(
        kind=kind,
        orders=rel[0],
        wage=rel[1],
        core=rel[2],
        agreement=agreement,
        clause=clause if agreement in ("written", "online_terms") else None,
        client_type=client,
        client_address=address if client in dispute.INDONESIAN_CLIENTS else None,
        amount=amount,
        rate_idr=rate if amount.currency != "IDR" else None,
        due_date=due,
        evidence=tuple(v for v, _ in dispute.EVIDENCE if v in evidence),
        tried=tried,
    )
    result = assess(case, TODAY)
    steps = plan(case, result, TODAY)
    assert steps and all(s.basis for s in steps)
    assert format_money(amount) in somasi_text(case, result, "Budi", TODAY)
    assert format_money(amount) in case_summary(case, result)
    assert Case.from_dict(json.loads(json.dumps(case.to_dict()))) == case


# --------------------------------------------------------------------------- English


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USD 300", usd_cents(30_000)),
        ("750k", idr(750_000)),
        ("Rp 1.5 million", idr(1_500_000)),
        ("1,500,000", idr(1_500_000)),
        ("2 million rupiah", idr(2_000_000)),
        ("10 thousand", idr(10_000)),
        ("USD 1.5 million", usd_cents(150_000_000)),
        ("$2k", usd_cents(200_000)),
        ("Rp 1 billion", idr(1_000_000_000)),
    ],
)
def test_parse_amount_accepts_english_forms(text: str, expected: Money) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 weeks ago", date(2025, 11, 14)),
        ("a week ago", date(2025, 11, 21)),
        ("3 days ago", date(2025, 11, 25)),
        ("1 day ago", date(2025, 11, 27)),
        ("a month ago", date(2025, 10, 28)),
        ("2 months ago", date(2025, 9, 28)),
        ("one year ago", date(2024, 11, 28)),
        ("yesterday", date(2025, 11, 27)),
        ("Yesterday", date(2025, 11, 27)),
        ("the day before yesterday", date(2025, 11, 26)),
        ("today", TODAY),
        ("Oct 15 2025", date(2025, 10, 15)),
        ("Oct. 15, 2025", date(2025, 10, 15)),
        ("October 15, 2025", date(2025, 10, 15)),
        ("15 October 2025", date(2025, 10, 15)),
        ("15th October 2025", date(2025, 10, 15)),
        ("1st of Aug 2025", date(2025, 8, 1)),
        ("on 15 October 2025", date(2025, 10, 15)),
        ("May 2nd 2025", date(2025, 5, 2)),
    ],
)
def test_parse_date_accepts_english_forms(text: str, expected: date) -> None:
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("tomorrow", "cannot be after today (28 November 2025)"),
        ("next week", "cannot be after today"),
        ("in 2 weeks", "cannot be after today"),
        ("Feb 30 2025", "does not exist"),
        ("40 years ago", "before 2000"),
        ("some time ago", "could not be read"),
    ],
)
def test_parse_date_errors_in_english(text: str, hint: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_date(text, TODAY)
    assert hint in err.value.message("en")
    assert "e.g." in err.value.message("en") and "2 weeks ago" in err.value.message("en")
    assert str(err.value) == err.value.message("id") == err.value.message("xx")
    assert err.value.key.startswith("dispute_err_date")
    assert "misalnya" in str(err.value)


@given(st.dates(min_value=date(2000, 1, 1), max_value=TODAY))
def test_parse_date_round_trips_english_dates(d: date) -> None:
    assert parse_date(dispute.format_date(d, "en"), TODAY) == d
    month = dispute.MONTHS_EN[d.month - 1]
    assert parse_date(f"{month} {d.day}, {d.year}", TODAY) == d
    assert parse_date(f"{month[:3]} {d.day} {d.year}", TODAY) == d


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("sejuta-an", "could not be read"),
        ("", "could not be read"),
        ("-500000", "negative"),
        ("0", "more than zero"),
        ("Rp 100.000.000.001", "too large"),
        ("1.50.000", "number is unclear"),
        ("Rp 1,5", "no cents"),
        ("USD 0.001", "two decimals"),
        ("Rp 300 USD", "one currency"),
        ("1.5m usd", "million"),
    ],
)
def test_parse_amount_errors_in_english(text: str, hint: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_amount(text)
    english = err.value.message("en")
    assert hint in english and "e.g." in english
    assert "misalnya" not in english
    assert "misalnya" in str(err.value)  # the Indonesian message is unchanged


def test_validate_name_error_in_english() -> None:
    with pytest.raises(ParseError) as err:
        validate_name("x")
    assert "2–100" in err.value.message("en") and "Skip" in err.value.message("en")
    assert "Lewati" in str(err.value)


def test_parse_error_pickles_with_both_messages() -> None:
    original = ParseError("dispute_err_date_future", {
        "today": TODAY, "examples": dispute.Phrase("dispute_date_examples", {
            "numeric": "14/11/2025", "past": date(2025, 11, 14)})})
    err = pickle.loads(pickle.dumps(original))
    assert err.key == "dispute_err_date_future"
    assert (str(err), err.message("en")) == (str(original), original.message("en"))
    assert "28 November 2025" in err.message("en") and "14 November 2025" in err.message("en")
    assert "28 November 2025" in str(err) and "«14 November 2025»" in str(err)


def test_parse_error_carries_a_catalog_key_not_sentences() -> None:
    with pytest.raises(ParseError) as err:
        parse_amount("sejuta-an")
    assert err.value.key == "dispute_err_amount"
    assert err.value.message("en") == t("dispute_err_amount", "en", example=t(
        "dispute_amount_example", "en"))


@pytest.mark.parametrize("state", list(State))
def test_english_prompts_for_every_state(state: State) -> None:
    p_id = prompt(state, _ALL_CASE)
    p_en = prompt(state, _ALL_CASE, lang="en")
    assert p_en.text and p_en.text != p_id.text
    assert [v for v, _ in p_en.options] == [v for v, _ in p_id.options]
    assert all(label for _, label in p_en.options)
    if state not in (State.REL_ORDERS, State.REL_WAGE, State.REL_CORE):
        assert [lbl for _, lbl in p_en.options] != [lbl for _, lbl in p_id.options] or not (
            p_en.options
        )
    assert (p_en.free_text, p_en.allow_back, p_en.allow_cancel, p_en.multi_select) == (
        p_id.free_text,
        p_id.allow_back,
        p_id.allow_cancel,
        p_id.multi_select,
    )
    for word in ("Langkah", "Tulis", "Apakah", "Anda", "misalnya"):
        assert word not in p_en.text


def test_english_confirm_prompt_lists_answers() -> None:
    text = prompt(State.CONFIRM, make_case(), lang="en").text
    assert "Check your answers" in text and "Rp1.500.000" in text
    assert "15 October 2025" in text
    assert "PT Data Nusantara (company/platform in Indonesia)" in text


def test_english_labels_are_accepted_whatever_the_language() -> None:
    step = walk(["Payment is late", "Yes", "no", "Not sure", "Written contract"])
    assert (step.case.kind, step.case.orders, step.case.core) == ("late", "yes", "unsure")
    assert step.case.agreement == "written"


@pytest.mark.parametrize(
    ("answers", "bad", "hint"),
    [
        ([], "very late", "Choose one of the buttons: «Payment is late»"),
        (_TO_NAME, "x", "2–100"),
        (_TO_AMOUNT, "a lot", "could not be read"),
        ([*_TO_AMOUNT, "2jt"], "31/02/2025", "does not exist"),
        ([*_TO_AMOUNT, "2jt"], "tomorrow", "cannot be after today"),
        (_TO_EVIDENCE, "photo", "«Done»"),
        ([*_TO_EVIDENCE, "done", "nothing"], "maybe", "«Correct, continue»"),
    ],
)
def test_advance_errors_in_english(answers: list[str], bad: str, hint: str) -> None:
    step = walk(answers)
    english = advance(step.state, step.case, bad, today=TODAY, lang="en")
    indonesian = advance(step.state, step.case, bad, today=TODAY)
    assert english.error and hint in english.error
    assert indonesian.error and indonesian.error != english.error
    assert english.state is step.state and english.case is step.case


def test_advance_english_flow_messages() -> None:
    first = start()
    assert "first step" in (advance(first.state, first.case, BACK, lang="en").error or "")
    done = walk(["late", *FULL_WALK])
    assert "/sengketa" in (advance(done.state, done.case, "x", lang="en").error or "")
    incomplete = advance(State.CONFIRM, make_case(amount=None), "confirm", lang="en")
    assert "«Back»" in (incomplete.error or "")


_EN_CASES = [
    make_case(),
    make_case(amount=idr(600_000_000), client_address="other"),
    make_case(client_type="foreign", client_address=None, agreement="online_terms",
              tried="platform_complaint"),
    make_case(clause="arbitration"),
    make_case(client_type="vendor", amount=usd_cents(45_000), rate_idr=16_300),
    make_case(client_type="foreign", client_address=None, amount=usd_cents(30_000)),
    make_case(orders="yes", wage="yes"),
    make_case(orders="unsure", wage="unsure", core="unsure", tried="formal_letter"),
    make_case(client_type="person", client_address="unknown", client_name=None),
]  # fmt: skip


@pytest.mark.parametrize("case", _EN_CASES)
def test_english_result_keeps_dates_amounts_and_citations(case: Case) -> None:
    res_id, res_en = assess(case, TODAY), assess(case, TODAY, lang="en")
    assert (res_en.route, res_en.small_claim, res_en.interest, res_en.days_late) == (
        res_id.route,
        res_id.small_claim,
        res_id.interest,
        res_id.days_late,
    )
    assert len(res_en.small_claim_notes) == len(res_id.small_claim_notes)
    steps_id, steps_en = plan(case, res_id, TODAY), plan(case, res_en, TODAY, lang="en")
    assert [(s.number, s.start, s.deadline) for s in steps_en] == [
        (s.number, s.start, s.deadline) for s in steps_id
    ]
    english_basis = {
        "Syarat layanan penyedia pembayaran": "The payment provider's terms of service"
    }
    assert _citations(steps_en) == [english_basis.get(c, c) for c in _citations(steps_id)]
    assert [c for c, _ in legal_basis(case, lang="en")] == [c for c, _ in legal_basis(case)]
    for _, explanation in legal_basis(case, lang="en"):
        assert explanation and not any(q in explanation for q in '"“”«»')
    plan_en = plan_text(steps_en, lang="en")
    basis_en = basis_text(legal_basis(case, lang="en"), lang="en")
    summary_en = case_summary(case, res_en, lang="en")
    for citation in _citations(steps_id):
        if citation in plan_text(steps_id):
            assert english_basis.get(citation, citation) in plan_en
    for citation, _ in legal_basis(case):
        assert citation in basis_en
    assert "Action plan" in plan_en and "Basis:" in plan_en
    assert "not quotations" in basis_en
    assert "Payment dispute summary" in summary_en
    assert case.amount is not None and format_money(case.amount) in summary_en
    for text in (plan_en, basis_en, summary_en):
        for word in ("Anda", "Jika", "Dasar:", "Rencana", "Ringkasan", "kemungkinan", "hari"):
            assert word not in text, (word, text)
    # the letter stays Indonesian, whatever language the assessment was written in
    assert somasi_text(case, res_en, "Budi", TODAY) == somasi_text(case, res_id, "Budi", TODAY)


def test_english_glosses_and_citations() -> None:
    case = make_case()
    result = assess(case, TODAY, lang="en")
    steps = plan(case, result, TODAY, lang="en")
    text = plan_text(steps, lang="en")
    assert "somasi, a formal demand letter" in basis_text(legal_basis(case, lang="en"), lang="en")
    summary = case_summary(case, result, lang="en")
    assert "Gugatan sederhana (small-claims procedure): probably possible" in summary
    assert "PT Data Nusantara (company/platform in Indonesia)" in summary
    assert "somasi (formal demand letter)" not in text  # glossed in the step's title instead
    assert "Send a somasi, a formal demand letter" in text
    assert "1 December 2025" in text and "15 December 2025" in text
    assert "KUHPerdata Pasal 1238" in text
    summary = case_summary(
        make_case(amount=idr(10_000_000), due_date=TODAY - timedelta(days=365)),
        assess(make_case(amount=idr(10_000_000), due_date=TODAY - timedelta(days=365)), TODAY,
               lang="en"),
        lang="en",
    )
    assert "Rp50.000" in summary and "365 days ago" in summary
    assert "Staatsblad 1848 No. 22" in summary and "KUHPerdata Pasal 1250" in summary
    employment = make_case(orders="yes", wage="yes")
    emp_steps = plan(employment, assess(employment, TODAY, lang="en"), TODAY, lang="en")
    emp_text = plan_text(emp_steps, lang="en")
    assert "bipartit negotiation (a two-party negotiation" in emp_text
    assert "Disnaker (the regency/city manpower office)" in emp_text
    assert "PHI (Pengadilan Hubungan Industrial, the industrial relations court)" in emp_text
    assert "UU 2/2004 Pasal 3" in emp_text


def test_format_date_english() -> None:
    assert dispute.format_date(date(2025, 10, 15), "en") == "15 October 2025"
    assert dispute.format_date(date(2025, 10, 15)) == "15 Oktober 2025"


def test_babel_dates_equal_our_month_names() -> None:
    """format_date uses Babel; its CLDR names must be the ones we wrote (and parse back)."""
    day = date(2000, 1, 1)
    while day < date(2040, 1, 1):
        assert dispute.format_date(day) == (
            f"{day.day} {dispute.MONTHS_ID[day.month - 1]} {day.year}"
        )
        assert dispute.format_date(day, "en") == (
            f"{day.day} {dispute.MONTHS_EN[day.month - 1]} {day.year}"
        )
        day += timedelta(days=1)
    assert dispute.format_date(date(2025, 10, 15), "xx") == "15 Oktober 2025"


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("answers", [
    [], _TO_NAME[:1], _TO_NAME[:3], _TO_NAME, [*_TO_NAME, "PT X"], _TO_EVIDENCE,
    [*_TO_EVIDENCE, "done"], [*_TO_EVIDENCE, "done", "nothing"],
])  # fmt: skip
def test_invalid_answer_names_the_buttons_shown(answers: list[str], lang: str) -> None:
    """The error lists exactly the labels on the prompt's buttons.

    It was a bug: in CONFIRM the Indonesian error said «Ulangi» while the button reads
    «Ulangi dari awal».
    """
    step = walk(answers)
    p = prompt(step.state, step.case, lang=lang)
    if not p.options or step.state is State.CLIENT_NAME:
        return
    error = advance(step.state, step.case, "qwerty zzz", today=TODAY, lang=lang).error
    labels = [lbl.removeprefix("⬜ ").removeprefix("✅ ") for _, lbl in p.options]
    assert error is not None and error.endswith(", ".join(f"«{lbl}»" for lbl in labels) + ".")


@pytest.mark.parametrize("text", ["ok", "halo aku balik lg", "12345", "siapa ya?",
                                  "kak td sampe mana ya", "Makasih kak",
                                  "ini nama klien saya yang sangat panjang sekali dan berulang"])
def test_words_that_are_not_names_are_refused(text: str) -> None:
    """#11: a message that is clearly not a name is never stored as one."""
    step = walk(_TO_NAME)
    assert step.state is State.CLIENT_NAME
    result = advance(step.state, step.case, text, today=TODAY)
    assert result.error and result.case is step.case


@pytest.mark.parametrize("text", ["PT Data Nusantara", "Budi", "CV Maju-Jaya 2", "Acme Labs Inc",
                                  "Ibu Sari Wulandari"])
def test_real_names_are_accepted(text: str) -> None:
    step = walk(_TO_NAME)
    assert advance(step.state, step.case, text, today=TODAY).case.client_name == text


@pytest.mark.parametrize(("days", "percent"), [
    (0, 0), (3, 0), (4, 5), (8, 25), (9, 26), (20, 37), (33, 50), (60, 50)])
def test_the_late_wage_fine_follows_pp36_pasal_61(days: int, percent: int) -> None:
    """5% a day from day 4 to day 8, then 1% a day more, at most 50% in the month."""
    from bot.dispute.assess import wage_fine, wage_fine_percent

    assert wage_fine_percent(days) == percent
    assert wage_fine(idr(4_000_000), days) == idr(40_000 * percent)


def test_an_employee_gets_the_computed_fine() -> None:
    case = make_case(orders="yes", wage="yes", amount=idr(4_000_000),
                     due_date=TODAY - timedelta(days=9))
    result = assess(case, TODAY)
    assert result.wage_fine == idr(1_040_000) and result.interest is None
    assert "26%" in result.interest_note and "Rp1.040.000" in result.interest_note


def test_working_days_skip_weekends_and_public_holidays() -> None:
    from bot.dispute.dates import add_working_days, is_working_day

    assert not is_working_day(date(2025, 8, 17))  # Independence Day (a Sunday anyway)
    assert not is_working_day(date(2025, 12, 25))  # Christmas, a Thursday
    assert is_working_day(date(2025, 12, 24))
    # Wednesday 24 Dec + 1 working day skips Christmas: Friday 26 Dec
    assert add_working_days(date(2025, 12, 24), 1) == date(2025, 12, 26)
    assert add_working_days(date(2025, 12, 24), 2) == date(2025, 12, 29)  # over the weekend


def test_one_answer_is_changed_from_the_summary_without_redoing_the_rest() -> None:
    """#11: ✏️ on the summary asks that one question (and what it makes necessary)."""
    step = walk(["late", *FULL_WALK[:-1]])
    assert step.state is State.CONFIRM
    values = [v for v, _ in prompt(step.state, step.case).options]
    assert "edit_amount" in values and "edit_client_type" in values
    step = walk(["edit_amount", "Rp 3 juta"], step)
    assert step.state is State.CONFIRM and step.case.amount == idr(3_000_000)
    assert step.case.due_date == date(2025, 10, 15) and not step.case.editing
    # an agreement now written needs its dispute clause: that one extra question, then back
    step = walk(["edit_agreement", "chat"], step)
    assert step.state is State.CONFIRM and step.case.clause is None
    step = walk(["edit_agreement", "written"], step)
    assert step.state is State.CLAUSE
    step = walk(["arbitration"], step)
    assert step.state is State.CONFIRM and step.case.clause == "arbitration"
    # a foreign-currency amount owed in Indonesia asks for the rate once
    step = walk(["edit_amount", "USD 450"], step)
    assert step.state is State.RATE
    step = walk(["16.300", "confirm"], step)
    assert step.state is State.DONE and step.case.rate_idr == 16_300
