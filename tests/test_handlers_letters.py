"""/surat through the real Application: each letter walked to a .docx, bad input re-asked."""

from __future__ import annotations

import io

from docx import Document

from bot.local import LocalClient, Sent


async def _start(bot: LocalClient, kind: str) -> list[Sent]:
    menu = (await bot.send("/surat"))[-1]
    assert "Surat yang bisa saya bantu susun" in menu.text
    return await bot.press(f"letter:start:{kind}", menu)


def _docx(sent: list[Sent]) -> str:
    doc = next(s for s in sent if s.method == "sendDocument")
    assert doc.document is not None and doc.filename and doc.filename.endswith(".docx")
    return "\n".join(p.text for p in Document(io.BytesIO(doc.document)).paragraphs)


async def test_data_access_request_walk(bot: LocalClient) -> None:
    sent = await _start(bot, "data_access")
    assert "1/6" in sent[-1].text
    await bot.press("letter:a:recipient:indonesia")
    sent = await bot.send("ok")  # not a name: re-asked, nothing stored
    assert "nama lengkap" in sent[-1].text
    await bot.send("PT Data Nusantara")
    await bot.press("letter:a:account:skip")
    await bot.press("letter:a:rights:copy")
    sent = await bot.press("letter:a:rights:history")
    assert "✅" in " ".join(label for label, _ in sent[-1].flat_buttons)
    await bot.press("letter:a:rights:done")
    await bot.send("Sari Wulandari")
    sent = await bot.send("sari@contoh.id")
    body = _docx(sent)
    assert "PT Data Nusantara" in body and "Pasal 14 UU 27/2022" in body
    assert "salinan" in body and "riwayat tugas" in body and "Sari Wulandari" in body
    assert "[ID akun / e-mail akun Anda]" in body  # the skipped account stays visible
    preview = next(s for s in sent if s.text.startswith("<pre>"))
    assert "Perihal:" in preview.text
    # save it, and /kasus lists it without breaking
    sent = await bot.press(bot.last_with_buttons().flat_buttons[0][1])  # type: ignore[union-attr]
    assert "Tersimpan sebagai kasus" in sent[-1].text and "Saya ingatkan pada" in sent[-1].text
    (reminder,) = bot.app.bot_data["services"].storage.reminders_of(bot.user_id)
    assert reminder["due_at"].endswith("T02:00:00+00:00")  # 09.00 WIB on the reply date
    cases = (await bot.send("/kasus"))[-1]
    label, data = cases.flat_buttons[0]
    assert "Permintaan akses data pribadi" in label and "PT Data Nusantara" in label
    opened = (await bot.press(data, cases))[-1]
    assert "Perihal: Permohonan pelaksanaan hak" in opened.text
    exported = await bot.press(opened.flat_buttons[0][1], opened)
    assert "PT Data Nusantara" in _docx(exported)
    confirm = (await bot.press(opened.flat_buttons[1][1], opened))[-1]
    done = (await bot.press(confirm.flat_buttons[0][1], confirm))[-1]
    assert "dihapus" in done.text.lower()
    assert bot.app.bot_data["services"].storage.cases_of(bot.user_id) == []


async def test_suspension_appeal_walk_in_english_for_a_foreign_platform(
        bot: LocalClient) -> None:
    await _start(bot, "suspension")
    await bot.press("letter:a:recipient:foreign")
    await bot.send("Outlier AI")
    await bot.send("worker-77")
    await bot.press("letter:a:action:deactivated")
    sent = await bot.send("besok")  # a date in the future is refused
    assert "Tanggalnya belum terbaca" in sent[-1].text or "tanggal" in sent[-1].text.lower()
    await bot.send("3/10/2026")
    await bot.press("letter:a:reason:generic")
    await bot.press("letter:a:automated:yes")
    await bot.send("USD 120")
    await bot.press("letter:a:evidence:notice")
    await bot.press("letter:a:evidence:done")
    await bot.send("Sari Wulandari")
    sent = await bot.press("letter:a:contact:skip")
    body = _docx(sent)
    assert "Subject: Appeal against the deactivation of account worker-77" in body
    assert "USD 120.00" in body and "Article 10(1)" in body
    assert "Civil Code" not in body and "Attachments:" in body


async def test_buttons_of_an_old_question_change_nothing(bot: LocalClient) -> None:
    first = (await _start(bot, "suspension"))[-1]
    await bot.press("letter:a:recipient:indonesia", first)
    before = dict(bot.app.user_data[bot.user_id]["letter"]["answers"])
    sent = await bot.press_data("letter:a:recipient:foreign", first)
    assert bot.app.user_data[bot.user_id]["letter"]["answers"] == before
    assert sent[-1].method == "answerCallbackQuery"
    await bot.press_data("letter:a:platform:skip", first)  # forged: platform is not optional
    assert bot.app.user_data[bot.user_id]["letter"]["answers"] == before


async def test_text_on_a_button_question_re_asks_and_cancel_ends(bot: LocalClient) -> None:
    await _start(bot, "data_access")
    sent = await bot.send("halo aku balik lg")
    assert "Ke mana surat ini dikirim?" in sent[-1].text
    assert "letter" in bot.app.user_data[bot.user_id]
    sent = await bot.press("letter:cancel")
    assert "dibatalkan" in sent[-1].text and "letter" not in bot.app.user_data[bot.user_id]
    # after the letter, free text is a question again
    sent = await bot.send("klien telat bayar gimana")
    assert "KUHPerdata" in sent[-1].text
