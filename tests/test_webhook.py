"""The webhook server: the secret is checked before the body is read, bodies are capped.

Each test runs the real Application (in-process Bot API transport) behind ``bot.webhook.serve``
on 127.0.0.1 and talks to it over a raw socket, so that a request can send its headers and
withhold its body, as an attacker streaming a huge upload would.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.local import LocalBotAPI
from bot.services import Services
from bot.webhook import MAX_BODY, SECRET_HEADER, serve
from tests.fakeapi import free_port

SECRET = "s3cret_token_0123456789"
UPDATE = {"update_id": 1, "message": {
    "message_id": 1, "date": 0, "chat": {"id": 555, "type": "private"},
    "from": {"id": 555, "is_bot": False, "first_name": "A"}, "text": "/bantuan",
    "entities": [{"type": "bot_command", "offset": 0, "length": 8}]}}


@pytest.fixture
async def hook(settings: Settings, services: Services) -> AsyncIterator[tuple[int, LocalBotAPI]]:
    """The bot serving its webhook on a free local port; yields (port, transport)."""
    api = LocalBotAPI()
    app = build_application(settings, request=api, services=services, persistence=False)
    port, stop = free_port(), asyncio.Event()
    task = asyncio.create_task(serve(app, url="https://example.invalid/hook", secret=SECRET,
                                     listen="127.0.0.1", port=port,
                                     allowed_updates=["message"], stop=stop))
    for _ in range(100):
        if any(m == "setWebhook" for m, _ in api.calls):
            break
        await asyncio.sleep(0.05)
    yield port, api
    stop.set()
    await asyncio.wait_for(task, 10)


async def _request(port: int, headers: dict[str, str], body: bytes = b"",
                   path: str = "/hook", method: str = "POST") -> int:
    """Send a raw HTTP request (the body may be shorter than Content-Length); the status."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = f"{method} {path} HTTP/1.1\r\nHost: x\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    writer.write(head.encode() + body)
    await writer.drain()
    try:
        line = await asyncio.wait_for(reader.readline(), 5)
    finally:
        writer.close()
    return int(line.split()[1])


def _headers(body: bytes | int, secret: str | None = SECRET) -> dict[str, str]:
    length = body if isinstance(body, int) else len(body)
    headers = {"Content-Type": "application/json", "Content-Length": str(length)}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    return headers


async def test_the_webhook_is_registered_with_its_secret(hook: tuple[int, LocalBotAPI]) -> None:
    _, api = hook
    params = next(p for m, p in api.calls if m == "setWebhook")
    assert params["secret_token"] == SECRET and params["url"] == "https://example.invalid/hook"


async def test_a_good_update_is_answered(hook: tuple[int, LocalBotAPI]) -> None:
    port, api = hook
    body = json.dumps(UPDATE).encode()
    assert await _request(port, _headers(body), body) == 200
    for _ in range(100):
        if api.sent:
            break
        await asyncio.sleep(0.05)
    assert [s.chat_id for s in api.sent] == [555]


@pytest.mark.parametrize("secret", [None, "wrong", SECRET[:-1], SECRET + "x"])
async def test_no_body_is_read_without_the_secret(hook: tuple[int, LocalBotAPI],
                                                  secret: str | None) -> None:
    """95 MB announced, not one byte sent: refused from the headers alone, nothing processed."""
    port, api = hook
    assert await _request(port, _headers(95 * 1024 * 1024, secret)) == 403
    assert not api.sent


async def test_a_body_over_the_cap_is_refused_from_its_headers(
        hook: tuple[int, LocalBotAPI]) -> None:
    port, _ = hook
    assert await _request(port, _headers(MAX_BODY + 1)) == 413


async def test_a_chunked_body_over_the_cap_is_cut_off(hook: tuple[int, LocalBotAPI]) -> None:
    port, api = hook
    chunk = b"x" * 65536
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(MAX_BODY // 65536 + 2))
    headers = {"Transfer-Encoding": "chunked", SECRET_HEADER: SECRET}
    try:
        status = await _request(port, headers, body + b"0\r\n\r\n")
    except (ConnectionError, ValueError, IndexError):
        status = 0  # the server may simply drop the connection
    assert status in (0, 400, 413)
    assert not api.sent


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'"text"', b"{}",
                                  b'{"update_id": "x", "message": 5}', b"[" * 100000])
async def test_a_malformed_body_gets_400_not_500(hook: tuple[int, LocalBotAPI],
                                                 body: bytes) -> None:
    port, api = hook
    assert await _request(port, _headers(body), body) == 400
    assert not api.sent


async def test_only_post_to_the_hook_path(hook: tuple[int, LocalBotAPI]) -> None:
    port, _ = hook
    body = json.dumps(UPDATE).encode()
    assert await _request(port, _headers(body), body, path="/other") == 404
    assert await _request(port, _headers(0), method="GET") == 405
