"""Groups, inline mode and deep links through the real Application."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.local import LocalBotAPI, LocalClient, Sent

GROUP = -100555
BOT = "@kawangig_bot"


def group_update(api: LocalBotAPI, text: str, user_id: int = 1001, *,
                 extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return api.message_update(text, user_id, chat_id=GROUP, chat_type="supergroup",
                              extra=extra)


def mention(api: LocalBotAPI, question: str, user_id: int = 1001) -> dict[str, Any]:
    text = f"{BOT} {question}"
    return group_update(api, text, user_id, extra={"entities": [
        {"type": "mention", "offset": 0, "length": len(BOT)}]})


def in_group(sent: list[Sent]) -> list[Sent]:
    return [s for s in sent if s.chat_id == GROUP]


async def test_a_group_message_without_a_mention_gets_nothing(bot: LocalClient) -> None:
    out = await bot.send_update(group_update(bot.api, "klien telat bayar gimana ya"))
    assert out == []


async def test_mention_reply_and_tanya_get_a_short_answer_replying_to_the_asker(
        bot: LocalClient) -> None:
    update = mention(bot.api, "klien telat bayar 2 bulan gimana")
    asked = update["message"]["message_id"]
    (answer,) = in_group(await bot.send_update(update))
    assert answer.params["reply_parameters"]["message_id"] == asked
    assert "KUHPerdata" in answer.text and "bukan nasihat hukum" in answer.text
    urls = [b.get("url") for row in json.loads(json.dumps(answer.params["reply_markup"]))[
        "inline_keyboard"] for b in row]
    assert any(u and u.startswith("https://t.me/kawangig_bot?start=e_") for u in urls)
    assert not [b for _, b in answer.flat_buttons if b]  # URL buttons only: nothing in public
    # a reply to the bot's own message
    reply = group_update(bot.api, "kalau pakai kontrak online sah ga?", extra={
        "reply_to_message": bot.api.messages[(GROUP, answer.message_id)]})
    assert in_group(await bot.send_update(reply))
    # /tanya
    tanya = group_update(bot.api, "/tanya bisa daftar bpjs sendiri?")
    (short,) = in_group(await bot.send_update(tanya))
    assert "BPJS" in short.text


@pytest.mark.parametrize("command", ["/sengketa", "/status", "/surat", "/relawan",
                                     "/hapusdata", "/kasus", "/celah", "/rujukan"])
async def test_private_commands_in_a_group_start_nothing(bot: LocalClient, command: str) -> None:
    out = in_group(await bot.send_update(group_update(bot.api, command)))
    (pointer,) = out
    assert "chat pribadi" in pointer.text
    markup = pointer.params["reply_markup"]
    url = json.loads(json.dumps(markup))["inline_keyboard"][0][0]["url"]
    assert url.startswith("https://t.me/kawangig_bot")
    assert bot.app.user_data.get(1001, {}).get("dispute") is None
    assert "status" not in bot.app.user_data.get(1001, {})


async def test_an_admin_can_silence_the_bot_and_others_cannot(bot: LocalClient) -> None:
    refused = in_group(await bot.send_update(group_update(bot.api, "/kawangig off")))
    assert "admin" in refused[-1].text
    bot.api.admins.add(1001)
    await bot.send_update(group_update(bot.api, "/kawangig off"))
    assert in_group(await bot.send_update(mention(bot.api, "klien telat bayar"))) == []
    await bot.send_update(group_update(bot.api, "/kawangig on"))
    assert in_group(await bot.send_update(mention(bot.api, "klien telat bayar")))


async def test_a_group_is_flood_limited_as_a_whole(bot: LocalClient) -> None:
    answered = 0
    for n in range(20):
        out = in_group(await bot.send_update(mention(bot.api, "klien telat bayar", 3000 + n)))
        answered += len(out)
    assert 0 < answered < 20


async def test_inline_query_offers_cards_from_the_knowledge_base(bot: LocalClient) -> None:
    def query(text: str) -> dict[str, Any]:
        return {"update_id": 9000 + len(bot.api.calls), "inline_query": {
            "id": "q1", "from": bot.api.user_dict(1001), "query": text, "offset": ""}}

    await bot.send_update(query("gaji telat dibayar klien"))
    method, params = bot.api.calls[-1]
    assert method == "answerInlineQuery"
    results = json.loads(params["results"]) if isinstance(params["results"], str) else \
        params["results"]
    assert 1 <= len(results) <= 3 and int(params["cache_time"]) > 0
    card = results[0]["input_message_content"]["message_text"]
    assert "📌" in card and "bukan nasihat hukum" in card
    assert results[0]["reply_markup"]["inline_keyboard"][0][0]["url"].startswith(
        "https://t.me/kawangig_bot?start=e_")
    await bot.send_update(query("cara mengurus cerai"))  # refused: nothing offered
    method, params = bot.api.calls[-1]
    results = json.loads(params["results"]) if isinstance(params["results"], str) else \
        params["results"]
    assert method == "answerInlineQuery" and results == []


async def test_every_deep_link_form_works_and_a_forged_one_is_refused(bot: LocalClient) -> None:
    card = (await bot.send("/start e_kuhperdata-1238"))[-1]
    assert "KUHPerdata Pasal 1238" in card.text
    topic = (await bot.send("/start topik_pembayaran"))[-1]
    assert "entry:card:" in " ".join(d for _, d in topic.flat_buttons)
    status = (await bot.send("/start status"))[-1]
    assert "Pertanyaan 1 dari 8" in status.text
    dispute = (await bot.send("/start sengketa"))[-1]
    assert [d for _, d in dispute.flat_buttons] == ["dispute:start"]
    ask = (await bot.send("/start relawan"))[-1]
    assert [d for _, d in ask.flat_buttons] == ["help:new"]
    for payload in ("surat", "kasus"):
        assert f"/{payload}" in (await bot.send(f"/start {payload}"))[-1].text
    for forged in ("e_tidak-ada", "e_../../etc", "x" * 65, "topik_rahasia", "<b>", "a b"):
        out = (await bot.send(f"/start {forged}"))[-1]
        assert "tidak dikenali" in out.text, forged
    assert "Halo" in (await bot.send("/start"))[-1].text


async def test_every_answer_can_be_shared(bot: LocalClient) -> None:
    answer = (await bot.send("klien telat bayar 2 bulan"))[-1]
    rows = answer.params["reply_markup"]
    urls = [b.get("url") for row in json.loads(json.dumps(rows))["inline_keyboard"]
            for b in row if b.get("url")]
    assert any(u.startswith("https://t.me/share/url?url=https://t.me/kawangig_bot?start=e_")
               for u in urls)
