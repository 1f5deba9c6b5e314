"""The console chat: the real ``Application`` driven from a terminal or a pipe."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TextIO

from bot.app import build_application
from bot.config import Settings
from bot.local import LocalBotAPI, LocalClient, Sent
from bot.render import html_to_plain

BANNER = (
    "KawanGig — console chat (no Telegram, no network). Type a question or a /command; "
    "'#2' presses button 2; '/sebagai 42' goes on as user 42 (a volunteer, say); /keluar or "
    "Ctrl-D to quit."
)


def show(sent: Sent, out: TextIO, downloads: Path, me: int = 0) -> None:
    """Print one bot message with its buttons numbered (marked when sent to someone else)."""
    if sent.method == "sendDocument":
        path = downloads / (sent.filename or "dokumen.bin")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(sent.document or b"")
        out.write(f"\n[bot] 📎 {sent.filename} → {path}\n")
        if sent.text:
            out.write(html_to_plain(sent.text) + "\n")
    elif sent.method == "answerCallbackQuery":
        out.write(f"\n[bot, notifikasi] {sent.text}\n")
    else:
        marker = "[bot, diedit]" if sent.method.startswith("edit") else "[bot]"
        if me and sent.chat_id and sent.chat_id != me:
            marker = f"[bot → {sent.chat_id}]"
        out.write(f"\n{marker} {html_to_plain(sent.text)}\n")
    n = 0
    for row in sent.buttons:
        labels = []
        for label, _data in row:
            n += 1
            labels.append(f"[#{n}] {label}")
        out.write("   " + "   ".join(labels) + "\n")
    out.flush()


async def run_console(settings: Settings, stdin: TextIO, out: TextIO, user_id: int = 1001
                      ) -> int:
    """Chat until EOF or /keluar; return an exit code."""
    api = LocalBotAPI()
    app = build_application(settings, request=api)
    client = LocalClient(app, api, user_id=user_id)
    downloads = settings.data_dir / "downloads"
    interactive = stdin.isatty()
    async with app:
        if app.post_init is not None:  # build_application always sets it
            await app.post_init(app)
        await app.start()
        out.write(BANNER + "\n")
        out.flush()
        try:
            while True:
                if interactive:
                    out.write("\n> ")
                    out.flush()
                line = await asyncio.to_thread(stdin.readline)
                if not line:
                    break
                text = line.rstrip("\n")
                if text.strip() in ("/keluar", "/quit", "/exit"):
                    break
                if not text.strip():
                    continue
                if not interactive:
                    out.write(f"\n> {text}\n")
                words = text.split()
                if words[:1] == ["/sebagai"]:
                    if len(words) == 2 and words[1].isdigit() and 0 < int(words[1]) < 2**40:
                        client.user_id = int(words[1])
                        out.write(f"(sekarang sebagai pengguna {client.user_id})\n")
                    else:
                        out.write("(pakai: /sebagai <id pengguna>)\n")
                    continue
                if text.strip().startswith("#") and text.strip()[1:].isdigit():
                    target = client.last_with_buttons()
                    index = int(text.strip()[1:])
                    if target is None or not 1 <= index <= len(target.flat_buttons):
                        out.write("(tidak ada tombol dengan nomor itu)\n")
                        continue
                    replies = await client.press(index, target)
                else:
                    replies = await client.send(text)
                for sent in replies:
                    show(sent, out, downloads, client.user_id)
        finally:
            await app.stop()
            if app.post_shutdown:
                await app.post_shutdown(app)
    return 0
