"""A fake Telegram Bot API server on 127.0.0.1 (aiohttp) with injectable faults.

It answers the methods the bot uses with realistic JSON, serves ``getUpdates`` with Telegram's
offset/timeout semantics (an offset confirms every earlier update; an empty queue is held up
to ``timeout`` seconds) and records every successful outgoing message. Faults are queued per
method and consumed by the next calls: an HTTP status, a 429 with ``parameters.retry_after``,
a dropped connection, or a delay (the call is processed first, so a delay beyond the client's
timeout is "Telegram did it but the answer never came back"). ``restart()`` stops listening
for a while and comes back on the same port with the same state.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import socket
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 7000000002


@dataclass
class Fault:
    """One injected fault: ``kind`` is ``status``, ``retry_after``, ``drop`` or ``delay``."""

    kind: str
    value: float = 0


@dataclass
class Answer:
    """One message the bot sent successfully."""

    method: str
    chat_id: int
    text: str
    params: dict[str, Any] = field(default_factory=dict)


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class FakeBotAPI:
    """The fake server; ``start()``/``stop()`` inside a running event loop."""

    def __init__(self, token: str, port: int | None = None) -> None:
        self.token = token
        self.port = port or free_port()
        self.updates: list[dict[str, Any]] = []
        self.answers: list[Answer] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.faults: dict[str, list[Fault]] = defaultdict(list)
        self.confirmed = 0  # highest update_id confirmed by an offset
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        self._runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        """The value for ``TELEGRAM_BASE_URL``."""
        return f"http://127.0.0.1:{self.port}/bot"

    # -- lifecycle -----------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on 127.0.0.1:``port``."""
        app = web.Application()
        app.router.add_route("POST", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True)
        await site.start()

    async def stop(self) -> None:
        """Stop listening; open connections are closed."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def restart(self, down_for: float = 1.0) -> None:
        """Go away for ``down_for`` seconds (connections refused), then come back."""
        await self.stop()
        await asyncio.sleep(down_for)
        await self.start()

    # -- what users send -----------------------------------------------------------------

    def add_message(self, user_id: int, text: str) -> int:
        """Queue a private text message from ``user_id``; return its update_id."""
        update_id = next(self._update_ids)
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": "Pekerja"},
            "from": {"id": user_id, "is_bot": False, "first_name": "Pekerja",
                     "language_code": "id"},
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split()[0])}]
        self.updates.append({"update_id": update_id, "message": message})
        self._new_update.set()
        return update_id

    def inject(self, method: str, *faults: Fault) -> None:
        """Queue faults for the next calls of ``method``."""
        self.faults[method].extend(faults)

    def answers_by_chat(self) -> dict[int, list[Answer]]:
        """Successful outgoing messages grouped by chat."""
        out: dict[int, list[Answer]] = defaultdict(list)
        for a in self.answers:
            out[a.chat_id].append(a)
        return dict(out)

    # -- the API -------------------------------------------------------------------------

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.method == "GET":
            return dict(request.query)
        if request.content_type == "application/json":
            data = await request.json()
            return dict(data) if isinstance(data, dict) else {}
        form = await request.post()
        return {k: v for k, v in form.items() if isinstance(v, str)}

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params = await self._params(request)
        self.calls.append((method, params))
        queued = self.faults.get(method)
        fault = queued.pop(0) if queued else None
        if fault is not None and fault.kind == "drop":
            assert request.transport is not None
            request.transport.close()
            return web.Response()
        if fault is not None and fault.kind == "status":
            code = int(fault.value)
            return web.json_response({"ok": False, "error_code": code,
                                      "description": "Internal Server Error"}, status=code)
        if fault is not None and fault.kind == "retry_after":
            return web.json_response(
                {"ok": False, "error_code": 429,
                 "description": f"Too Many Requests: retry after {int(fault.value)}",
                 "parameters": {"retry_after": int(fault.value)}}, status=429)
        if method == "getUpdates":
            result: Any = await self._get_updates(params)
        else:
            result = self._answer(method, params)
            if result is None:
                return web.json_response({"ok": False, "error_code": 404,
                                          "description": "Not Found: method not found"},
                                         status=404)
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.value)
        return web.json_response({"ok": True, "result": result})

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        if offset:
            self.confirmed = max(self.confirmed, offset - 1)
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        deadline = time.monotonic() + timeout
        while True:
            pending = [u for u in self.updates if u["update_id"] > self.confirmed]
            if pending or time.monotonic() >= deadline:
                return pending[:limit]
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(),
                                       max(0.0, deadline - time.monotonic()))

    def _message(self, chat_id: int, params: dict[str, Any]) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Pekerja"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "KawanGig",
                     "username": "kawangig_bot"},
        }
        if "text" in params:
            msg["text"] = params["text"]
        if params.get("reply_markup"):
            markup = params["reply_markup"]
            msg["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        return msg

    def _answer(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {"id": BOT_ID, "is_bot": True, "first_name": "KawanGig",
                    "username": "kawangig_bot", "can_join_groups": False,
                    "can_read_all_group_messages": False, "supports_inline_queries": False,
                    "can_connect_to_business": False, "has_main_web_app": False}
        if method in ("sendMessage", "sendDocument", "editMessageText"):
            chat_id = int(params["chat_id"])
            self.answers.append(Answer(method, chat_id, str(params.get("text", "")), params))
            msg = self._message(chat_id, params)
            if method == "sendDocument":
                msg["document"] = {"file_id": f"doc-{msg['message_id']}",
                                   "file_unique_id": f"doc-{msg['message_id']}",
                                   "file_name": "file"}
            return msg
        if method == "getFile":
            file_id = str(params.get("file_id", ""))
            return {"file_id": file_id, "file_unique_id": file_id, "file_size": 0,
                    "file_path": f"documents/{file_id}"}
        if method == "getWebhookInfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        if method in ("answerCallbackQuery", "setMyCommands", "deleteWebhook", "setWebhook",
                      "deleteMessage", "editMessageReplyMarkup", "sendChatAction", "close",
                      "logOut", "deleteMyCommands"):
            return True
        return None
