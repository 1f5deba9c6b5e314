"""The text catalog (bot/texts/): both languages, the same placeholders, valid markup, no dead key.

Every user-facing string is a key of one catalog; these checks are what a gettext toolchain
would give (``msgfmt --check``, unused-message warnings) for our typed table.
"""

from __future__ import annotations

import ast
import importlib
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

import bot
from bot import dispute
from bot.texts import AREAS, CATALOG, PLAIN_AREAS, TOPICS, merge, t
from tests.telegram_html import problems

BOT = Path(bot.__file__).parent
# the module, not the function of the same name that bot.dispute re-exports
assess = importlib.import_module("bot.dispute.assess")
KEYS = sorted(CATALOG)


def placeholders(text: str) -> set[str]:
    """The names of ``text``'s ``str.format`` fields (``{limit:millions}`` is ``limit``)."""
    names = set()
    for _, field, _, _ in string.Formatter().parse(text):
        if field is not None:
            names.add(field.split(".")[0].split("[")[0])
    return names


def _area_of(key: str) -> str:
    return next(area for area, table in AREAS.items() if key in table)


@pytest.mark.parametrize("key", KEYS)
def test_every_key_has_both_languages(key: str) -> None:
    variants = CATALOG[key]
    assert set(variants) == {"id", "en"}, key
    assert all(isinstance(v, str) and v.strip() for v in variants.values()), key


@pytest.mark.parametrize("key", KEYS)
def test_both_languages_have_the_same_placeholders(key: str) -> None:
    variants = CATALOG[key]
    assert placeholders(variants["id"]) == placeholders(variants["en"]), key


def test_placeholder_check_sees_a_missing_or_renamed_field() -> None:
    assert placeholders("Kasus #{id}, {date:%d}") == {"id", "date"}
    assert placeholders("Case #{id}") != placeholders("Kasus #{id}, {date}")
    assert placeholders("{limit:millions} juta, {{literal}}") == {"limit"}


@pytest.mark.parametrize("key", KEYS)
def test_markup(key: str) -> None:
    """HTML areas: balanced, allowed tags only. Plain areas: no markup at all (escaped whole)."""
    for lang, text in CATALOG[key].items():
        if _area_of(key) in PLAIN_AREAS:
            assert not set(text) & set("<>&"), (key, lang)
        else:
            assert not problems(text, limit=None), (key, lang, problems(text, limit=None))


def test_topics_have_both_languages() -> None:
    for topic, labels in TOPICS.items():
        assert set(labels) == {"id", "en"} and all(labels.values()), topic


def test_a_key_defined_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="'start' is defined twice"):
        merge({"user": {"start": {"id": "a", "en": "b"}}, "other": {"start": {"id": "c",
                                                                             "en": "d"}}})


def test_unknown_language_reads_indonesian() -> None:
    assert t("btn_more", "xx") == t("btn_more", "id") != t("btn_more", "en")


# --------------------------------------------------------------------------- no unused key


def _constants() -> set[str]:
    """Every string constant in bot/ outside the catalog (f-strings' literal parts too)."""
    found: set[str] = set()
    for path in BOT.rglob("*.py"):
        if path.parent.name == "texts":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


#: Keys built with f-strings in the dispute domain, generated from the domain's own tables.
def _dispute_dynamic_keys() -> Iterator[str]:
    for table, options in dispute.OPTION_TABLES.items():
        yield from (f"dispute_opt_{table}_{value}" for value, _ in options)
    yield from (f"dispute_opt_{value}" for value in dispute.BUTTONS)
    yield from (f"dispute_q_{state.value}" for state in dispute.State)
    for route in dispute.Route:
        yield from (f"dispute_route_{route.value}", f"dispute_route_reason_{route.value}")
    yield from (f"dispute_{key}" for key in assess.NOTES)
    yield from assess.BASIS_KEYS.values()
    rows = ("kind", "orders", "wage", "core", "agreement", "clause", "client", "client_address",
            "rate",
            "amount", "due_date", "evidence", "tried", "route", "interest", "small_claim")
    yield from (f"dispute_row_{row}" for row in rows)
    steps = ("evidence", "reminder", "bipartit", "disnaker", "phi", "foreign", "provider",
             "status", "somasi", "negotiate", "mediation", "last_resort", "small_claim",
             "civil_claim", "arbitration")  # the names plan.py passes to _step()
    for step in steps:
        yield from (f"dispute_plan_{step}", f"dispute_plan_{step}_detail")


def _status_dynamic_keys() -> Iterator[str]:
    from bot import status

    for q in status.QUESTIONS:
        yield f"status_q_{q.id}"
        for c in q.choices:
            yield f"status_o_{q.id}_{c.value}"
            if c.leans:
                yield f"status_r_{q.id}_{c.value}"
    for outcome in status.Outcome:
        yield from (f"status_next_{outcome}", f"status_result_{outcome}")
    yield from (f"status_element_{e}" for e in status.Element)
    for lean in status.Lean:
        yield from (f"status_lean_{lean}", f"status_leans_{lean}")


def _letter_dynamic_keys() -> Iterator[str]:
    from bot.letters import LETTERS, data_access, suspension

    for spec in LETTERS.values():
        yield f"letter_{spec.kind}_title"
        for f in spec.fields:
            yield f"letter_{spec.kind}_q_{f.id}"
            for o in f.options:
                yield (f"letter_o_recipient_{o}" if f.id == "recipient"
                       else f"letter_{spec.kind}_o_{f.id}_{o}")
    da = data_access.KIND
    yield from (f"letter_{da}_{k}" for k in ("subject", "to", "intro", "scope",
                                             "access_deadline", "reply_by", "identity"))
    yield from (f"letter_{da}_item_{r}" for r in data_access.RIGHTS)
    sus = suspension.KIND
    yield from (f"letter_{sus}_{k}" for k in ("to", "held", "law_id", "law_foreign",
                                              "requests", "automated", "reply_by", "next"))
    for action in suspension.SPEC.field("action").options:
        yield from (f"letter_{sus}_subject_{action}", f"letter_{sus}_intro_{action}")
    yield from (f"letter_{sus}_reason_{r}" for r in suspension.SPEC.field("reason").options)
    yield from (f"letter_{sus}_att_{e}" for e in suspension.EVIDENCE)


#: Other f-string key families: the suffix must be a string constant somewhere in bot/.
_FAMILIES = ("mod_f_", "mod_kind_", "mod_hint_", "mod_import_", "field_", "help_status_")


def test_no_unused_keys() -> None:
    constants = _constants()
    dynamic = set(_dispute_dynamic_keys()) | set(_status_dynamic_keys())
    dynamic |= set(_letter_dynamic_keys())
    assert dynamic <= set(CATALOG), sorted(dynamic - set(CATALOG))
    unused = []
    for key in KEYS:
        if key in constants or key in dynamic:
            continue
        family = next((f for f in _FAMILIES if key.startswith(f)), None)
        if family is not None and key.removeprefix(family) in constants:
            continue
        unused.append(key)
    assert not unused, f"unused text keys: {unused}"


def test_the_unused_key_check_can_fail() -> None:
    assert "dispute_plan_nonexistent" not in set(_dispute_dynamic_keys()) | _constants()


def test_constants_are_formatted_in_not_typed() -> None:
    """Numbers the code computes with appear in the prose only as placeholders."""
    typed = [
        f"{dispute.SOMASI_DEADLINE_DAYS} hari", f"{dispute.SOMASI_DEADLINE_DAYS} days",
        f"{dispute.BIPARTIT_WORKING_DAYS} hari kerja",
        f"{dispute.BIPARTIT_WORKING_DAYS} working days",
        f"dalam {dispute.SOMASI_SEND_AFTER_DAYS} hari", f"{dispute.SOMASI_SEND_AFTER_DAYS} days",
        f"Rp{dispute.SMALL_CLAIM_LIMIT:millions}", dispute.format_money(dispute.SMALL_CLAIM_LIMIT),
        f"{dispute.LEGAL_INTEREST_PERCENT}%", dispute.REMIND_AT.strftime("%H.%M"),
        dispute.REMIND_AT.strftime("%H:%M"), f"{dispute.NAME_MIN}–{dispute.NAME_MAX}",
    ]  # fmt: skip
    for key, variants in CATALOG.items():
        for text in variants.values():
            assert not [x for x in typed if x in text], (key, text)
