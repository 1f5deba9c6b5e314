"""The letter engine and its letters, without Telegram: answers → Letter → text and .docx."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

import pytest
from docx import Document
from docx.enum.text import WD_COLOR_INDEX

from bot.knowledge import default_root, load_dir
from bot.letters import (
    DONE,
    LETTERS,
    SKIP,
    LetterInputError,
    answer,
    back,
    build,
    next_field,
    progress,
    to_docx,
    to_text,
)
from bot.texts.letters import TEXTS as CATALOG

TODAY = date(2026, 11, 30)


def walk(kind: str, *steps: str) -> dict[str, Any]:
    """Answer the letter's current field with each step in turn."""
    spec = LETTERS[kind]
    answers: dict[str, Any] = {}
    for raw in steps:
        field = next_field(spec, answers)
        assert field is not None, f"no question left for {raw!r}"
        answers = answer(spec, answers, field.id, raw, TODAY)
    return answers


DATA_ACCESS = ("indonesia", "PT Data Nusantara", "sari@contoh.id", "copy", "logs", DONE,
               "Sari Wulandari", "sari@contoh.id")
SUSPENSION = ("indonesia", "PT Kerja Kilat", SKIP, "deactivated", "2 minggu lalu", "generic",
              "yes", "Rp 1,5 jt", "notice", "earnings", DONE, "Budi Santoso", "0812 3456 7890")


def docx_text(data: bytes) -> tuple[str, Any]:
    document = Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs), document


def test_data_access_request_in_indonesian() -> None:
    answers = walk("data_access", *DATA_ACCESS)
    assert next_field(LETTERS["data_access"], answers) is None
    letter = build(LETTERS["data_access"], answers, TODAY)
    text = to_text(letter)
    assert text.startswith("[kota], 30 November 2026")
    assert "Pengendali Data Pribadi" in text and "PT Data Nusantara" in text
    assert "permohonan tercatat sebagaimana dimaksud Pasal 14 UU 27/2022" in text
    assert "1. akses dan salinan" in text and "2. data dan catatan" in text
    assert "3. " not in text.split("Pasal 14")[1].split("Menurut")[0]  # two items only
    assert "(Pasal 7 dan Pasal 32 ayat (1)).\n" in text  # the last item closes the list
    assert "3 x 24 jam" in text and "Pasal 32 ayat (2)" in text
    assert "paling lambat tanggal 7 Desember 2026" in text and "sari@contoh.id" in text
    assert letter.deadline == date(2026, 12, 7)
    assert "Pasal 2 ayat (1)" not in text  # the reach of the law only for a foreign platform
    body, document = docx_text(to_docx(letter))
    assert "Perihal: Permohonan pelaksanaan hak Subjek Data Pribadi" in body
    assert body.rstrip().endswith("Sari Wulandari")
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert document.core_properties.author == "Sari Wulandari"
    assert "python-docx" not in (document.core_properties.author or "")


def test_a_foreign_platform_gets_english_with_the_reach_of_the_law() -> None:
    steps = ("foreign", "Remotasks", "@sari_w", "automated", "delete", DONE, "Sari Wulandari",
             SKIP)
    letter = build(LETTERS["data_access"], walk("data_access", *steps), TODAY)
    text = to_text(letter)
    assert text.startswith("[city], 30 November 2026")
    assert "Subject: Request to exercise my rights as a data subject" in text
    assert "Article 2(1)(b)" in text and "Article 10(1)" in text and "Article 45" in text
    assert "3 x 24 hours" not in text  # no access item: no access deadline
    assert "[your e-mail / phone number]" in text and "7 December 2026" in text
    assert "Pasal" not in text and "Saya" not in text


def test_suspension_appeal_with_amount_automation_and_attachments() -> None:
    letter = build(LETTERS["suspension"], walk("suspension", *SUSPENSION), TODAY)
    text = to_text(letter)
    assert "Perihal: Keberatan atas penonaktifan akun [ID akun / e-mail akun Anda]" in text
    assert "penonaktifan akun saya pada tanggal 16 November 2026" in text
    assert "hanya bersifat umum" in text and "Rp1.500.000" in text
    assert "KUHPerdata Pasal 1338" in text and "KUHPerdata Pasal 1339" in text
    assert "Pasal 10 ayat (1) UU 27/2022" in text
    assert "paling lambat tanggal 14 Desember 2026" in text
    assert "tanpa mengurangi hak-hak saya yang lain" in text
    assert text.endswith("Lampiran:\n1. Tangkapan layar pemberitahuan penangguhan\n"
                         "2. Catatan penghasilan yang tertahan")
    body, document = docx_text(to_docx(letter))
    assert "Lampiran:" in body
    highlighted = [r.text for p in document.paragraphs for r in p.runs
                   if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert "[ID akun / e-mail akun Anda]" in highlighted and "[kota]" in highlighted
    assert set(highlighted) == set(letter.placeholders())


def test_a_foreign_suspension_appeal_cites_no_indonesian_civil_code() -> None:
    steps = ("foreign", "Outlier AI", "worker-77", "suspended", "3 October 2026", "specific",
             "low quality score", "no", SKIP, SKIP, "Sari Wulandari", "sari@contoh.id")
    text = to_text(build(LETTERS["suspension"], walk("suspension", *steps), TODAY))
    assert "Civil Code" not in text and "KUHPerdata" not in text
    assert "honour its own terms of service" in text
    assert "\"low quality score\"" in text and "[give your explanation]" in text
    assert "Article 10(1)" not in text  # not automated
    assert "Attachments" not in text


@pytest.mark.parametrize(("field_steps", "bad", "key"), [
    ((), "ok", "letter_err_stale"),  # not a choice of "recipient"
    (("indonesia",), "ok", "letter_err_name"),
    (("indonesia",), "12345", "letter_err_name"),
    (("indonesia",), "klien saya siapa ya?", "letter_err_name"),
    (("indonesia", "PT A Sejahtera", SKIP, "suspended"), "besok lusa", "letter_err_date"),
    (("indonesia", "PT A Sejahtera", SKIP, "suspended"), "31/02/2026", "letter_err_date"),
    (("indonesia", "PT A Sejahtera", SKIP, "suspended", "1/10/2026", "none", "no"),
     "banyak", "letter_err_amount"),
    (("indonesia", "PT A Sejahtera", SKIP, "suspended", "1/10/2026", "none", "no", SKIP),
     DONE, "letter_err_multi_empty"),
    (("indonesia",), SKIP, "letter_err_required"),
])
def test_bad_answers_are_refused_and_change_nothing(field_steps: tuple[str, ...], bad: str,
                                                    key: str) -> None:
    spec = LETTERS["suspension"]
    answers = walk("suspension", *field_steps)
    field = next_field(spec, answers)
    assert field is not None
    with pytest.raises(LetterInputError) as err:
        answer(spec, answers, field.id, bad, TODAY)
    assert err.value.key == key and key in CATALOG
    assert walk("suspension", *field_steps) == answers


def test_only_the_current_field_can_be_answered_and_back_undoes() -> None:
    spec = LETTERS["suspension"]
    answers = walk("suspension", "indonesia", "PT A Sejahtera")
    with pytest.raises(LetterInputError):
        answer(spec, answers, "recipient", "foreign", TODAY)  # a stale button
    assert back(spec, answers) == {"recipient": "indonesia"}
    with_reason = walk("suspension", "indonesia", "PT A Sejahtera", SKIP, "suspended",
                       "1/10/2026", "specific", "spam")
    assert progress(spec, with_reason) == (8, 12)
    # going back over the reason drops the reason's text too (it no longer applies)
    assert "reason_text" not in back(spec, back(spec, with_reason))
    assert progress(spec, walk("suspension", "indonesia", "PT A Sejahtera", SKIP, "suspended",
                               "1/10/2026", "none")) == (7, 11)


def test_a_letter_cannot_be_built_before_it_is_complete() -> None:
    with pytest.raises(LetterInputError):
        build(LETTERS["data_access"], walk("data_access", "indonesia"), TODAY)


def test_every_basis_exists_and_every_cited_article_is_in_the_basis() -> None:
    entries = {e.id: e for e in load_dir(default_root())}
    for spec in LETTERS.values():
        assert set(spec.basis) <= set(entries), set(spec.basis) - set(entries)
        cited = {entries[i].citation for i in spec.basis if entries[i].kind == "law"}
        prose = " ".join(v["id"] for k, v in CATALOG.items()
                         if k.startswith(f"letter_{spec.kind}_"))
        for m in re.finditer(r"Pasal (\d+)", prose):
            assert any(c.endswith(f"Pasal {m.group(1)}") for c in cited), (spec.kind, m.group())


def test_catalog_has_both_languages_with_the_same_placeholders() -> None:
    for key, value in CATALOG.items():
        assert set(value) == {"id", "en"}, key
        assert (set(re.findall(r"{(\w+)}", value["id"]))
                == set(re.findall(r"{(\w+)}", value["en"]))), key
    for spec in LETTERS.values():
        for field in spec.fields:
            assert f"letter_{spec.kind}_q_{field.id}" in CATALOG
            for option in field.options:
                key = (f"letter_o_recipient_{option}" if field.id == "recipient"
                       else f"letter_{spec.kind}_o_{field.id}_{option}")
                assert key in CATALOG, key
                assert len(CATALOG[key]["id"]) <= 48
