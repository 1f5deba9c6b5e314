"""/status through the real Application: buttons only, three outcomes, stale and forged presses."""

from __future__ import annotations

import pytest

from bot.local import LocalClient
from tests.test_status import EMPLOYEE, FREELANCER, MIXED


async def _walk(bot: LocalClient, answers: dict[str, str]) -> str:
    sent = await bot.send("/status")
    assert ("Question 1 of 8" if bot.language_code == "en" else "Pertanyaan 1 dari 8"
            ) in sent[-1].text
    for question, value in answers.items():
        sent = await bot.press(f"status:a:{question}:{value}")
    return sent[-1].text


@pytest.mark.parametrize(("answers", "headline"), [
    (EMPLOYEE, "mengarah ke hubungan kerja"),
    (FREELANCER, "mengarah ke perjanjian perdata"),
    (MIXED, "Belum jelas"),
])
async def test_each_outcome_through_the_chat(bot: LocalClient, answers: dict[str, str],
                                             headline: str) -> None:
    text = await _walk(bot, answers)
    assert headline in text and "Pasal 1 angka 15" in text
    last = bot.last_with_buttons()
    assert last is not None
    data = [cb for _, cb in last.flat_buttons]
    assert "entry:card:uu13-1-angka-15" in data and "status:restart" in data
    # the 📜 button opens the provision, verbatim text one more tap away
    card = await bot.press("entry:card:uu13-1-angka-15")
    assert "UU 13/2003 Pasal 1 angka 15" in card[-1].text
    # nothing of the check is kept once the result is shown
    assert "status" not in bot.app.user_data[bot.user_id]


async def test_a_stale_button_changes_nothing(bot: LocalClient) -> None:
    first = (await bot.send("/status"))[-1]
    await bot.press("status:a:tasks:assigned", first)
    second = bot.last_with_buttons()
    assert second is not None and "Pertanyaan 2 dari 8" in second.text
    # pressing another answer to question 1 again (an old message) is refused
    sent = await bot.press_data("status:a:tasks:choose", first)
    assert any("sudah lewat" in s.text for s in sent)
    assert bot.app.user_data[bot.user_id]["status"]["answers"] == {"tasks": "assigned"}
    assert "Pertanyaan 2 dari 8" in sent[-1].text


@pytest.mark.parametrize("data", ["status:a:tasks:nonsense", "status:a:label:employee",
                                  "status:a::", "status:zzz", "status:a:tasks:assigned:x"])
async def test_forged_buttons_change_nothing(bot: LocalClient, data: str) -> None:
    first = (await bot.send("/status"))[-1]
    await bot.press_data(data, first)
    assert bot.app.user_data[bot.user_id]["status"]["answers"] == {}


async def test_back_and_cancel(bot: LocalClient) -> None:
    await bot.send("/status")
    await bot.press("status:a:tasks:choose")
    sent = await bot.press("status:back")
    assert "Pertanyaan 1 dari 8" in sent[-1].text
    assert bot.app.user_data[bot.user_id]["status"]["answers"] == {}
    sent = await bot.press("status:cancel")
    assert "dibatalkan" in sent[-1].text
    assert "status" not in bot.app.user_data[bot.user_id]
    # a button of the cancelled check starts a new one instead of resuming a ghost
    sent = await bot.press_data("status:a:tasks:choose", sent[-1])
    assert "Pertanyaan 1 dari 8" in sent[-1].text


async def test_english(bot: LocalClient) -> None:
    bot.language_code = "en"
    text = await _walk(bot, FREELANCER)
    assert "What you describe points to a civil contract" in text


async def test_a_status_question_offers_the_check(bot: LocalClient) -> None:
    answer = (await bot.send("aku disebut mitra tapi jam kerja diatur, sebenernya karyawan ga?"))
    data = [cb for _, cb in answer[-1].flat_buttons]
    assert "status:restart" in data
    started = await bot.press("status:restart", answer[-1])
    assert "Pertanyaan 1 dari 8" in started[-1].text
    other = (await bot.send("klien telat bayar 2 bulan"))[-1]
    assert "status:restart" not in [cb for _, cb in other.flat_buttons]
