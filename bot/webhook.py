"""Serve Telegram's webhook without trusting the request before the secret is checked.

python-telegram-bot's ``run_webhook`` buffers a whole request body (tornado allows 100 MB by
default) before it compares the ``X-Telegram-Bot-Api-Secret-Token`` header, so anyone who knows
the URL can make the process hold hundreds of megabytes. This server, on tornado (the library
PTB's own webhook uses), checks the path, method and secret as soon as the headers arrive,
before one byte of body is read, and refuses bodies over ``MAX_BODY`` (Telegram's updates are a
few kilobytes). A body that is not an update gets 400, never 500. The Application is driven
through its public lifecycle (``initialize``/``start``/``stop``/``shutdown`` and the builder's
``post_*`` hooks), as PTB's "custom webhook" example does.

Put a reverse proxy with its own body limit (e.g. nginx ``client_max_body_size 1m``) in front
when one is used; this limit is the last line, not the only one.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from tornado.httpserver import HTTPServer
from tornado.web import Application as TornadoApp
from tornado.web import HTTPError, RequestHandler, stream_request_body

from bot.ptbtypes import AnyApp

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024  # bytes; Telegram's updates are a few KB, files are never posted
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@stream_request_body
class UpdateHandler(RequestHandler):
    """One webhook POST: secret and size checked from the headers, then the body is parsed."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, app: AnyApp, secret: str) -> None:
        """Tornado's per-request set-up: the Application and the expected secret."""
        self._app = app
        self._secret = secret.encode()
        self._chunks: list[bytes] = []
        self._size = 0

    def prepare(self) -> None:
        """Runs once the headers are in, before any body is read."""
        token = self.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(token, self._secret):
            log.warning("webhook: refused a request without the right secret token")
            raise HTTPError(403)
        length = self.request.headers.get("Content-Length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            raise HTTPError(413)
        # chunked bodies (no Content-Length) are cut off by the connection at the same size
        if self.request.connection is not None:
            self.request.connection.set_max_body_size(MAX_BODY)  # type: ignore[attr-defined]

    def data_received(self, chunk: bytes) -> None:
        """Collect the body (never more than MAX_BODY bytes)."""
        self._size += len(chunk)
        if self._size > MAX_BODY:
            raise HTTPError(413)
        self._chunks.append(chunk)

    async def post(self) -> None:
        """Hand a well-formed update to the Application's queue; 400 for anything else."""
        try:
            data = json.loads(b"".join(self._chunks))
            if not isinstance(data, dict) or type(data.get("update_id")) is not int:
                raise ValueError("not an update")
            update = Update.de_json(data, self._app.bot)
        # PTB's de_json trusts its input: a wrong type anywhere inside raises whatever the
        # constructor does (AttributeError, TypeError…); all of it is "not an update" here
        except Exception as exc:
            log.warning("webhook: refused a malformed update (%s)", type(exc).__name__)
            raise HTTPError(400) from None
        await self._app.update_queue.put(update)
        self.set_status(200)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        """A bare status line: nothing about the server or the exception."""
        self.finish()


def make_server(app: AnyApp, path: str, secret: str) -> HTTPServer:
    """A tornado server answering only ``POST /<path>``.

    :param app: the bot's Application (its ``update_queue`` and ``bot`` are used)
    :param path: the URL path Telegram posts to, without the leading slash
    :param secret: the secret token registered with ``setWebhook``
    """
    web = TornadoApp([(rf"/{path}/?", UpdateHandler, {"app": app, "secret": secret})])
    return HTTPServer(web, max_body_size=MAX_BODY, max_buffer_size=MAX_BODY,
                      idle_connection_timeout=60, body_timeout=30)


async def serve(app: AnyApp, *, url: str, secret: str, listen: str, port: int,
                allowed_updates: Sequence[str], stop: asyncio.Event) -> None:
    """Run ``app`` behind the webhook until ``stop`` is set.

    :param app: the bot's Application, not yet initialised
    :param url: the public URL registered with Telegram (its path is served)
    :param secret: the secret token Telegram sends with every update
    :param listen: the address to bind
    :param port: the port to bind
    :param allowed_updates: the update types Telegram should send
    :param stop: set it to stop serving (signals do, in ``run``)
    """
    path = urlsplit(url).path.strip("/")
    server = make_server(app, path, secret)
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        server.listen(port, address=listen)
        await app.bot.set_webhook(url=url, secret_token=secret,
                                  allowed_updates=list(allowed_updates))
        await app.start()
        log.info("serving the webhook on %s:%d/%s", listen, port, path)
        await stop.wait()
    finally:
        server.stop()
        if app.running:
            await app.stop()
            if app.post_stop is not None:
                await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)


def run(app: AnyApp, *, url: str, secret: str, port: int,
        allowed_updates: Sequence[str], listen: str = "0.0.0.0") -> None:
    """Serve the webhook until SIGINT or SIGTERM (the blocking entry point of ``bot run``).

    :param app: the bot's Application
    :param url: the public URL registered with Telegram
    :param secret: the secret token
    :param port: the port to bind
    :param allowed_updates: the update types Telegram should send
    :param listen: the address to bind
    """
    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await serve(app, url=url, secret=secret, listen=listen, port=port,
                    allowed_updates=allowed_updates, stop=stop)

    asyncio.run(main())
