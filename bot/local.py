"""In-process Bot API transport: the console chat, the tests and the benchmarks.

``LocalBotAPI`` is a ``telegram.request.BaseRequest`` that answers the Bot API methods the bot
uses (getMe, sendMessage, editMessageText, answerCallbackQuery, sendDocument, getFile,
setMyCommands…) locally and records every call. ``LocalClient`` plays the user: it builds
real ``Update`` objects (text, button presses, documents) and feeds them to the real
``Application`` with ``process_update``.
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.ptbtypes import App

BOT_ID = 7000000001
LOCAL_TOKEN = f"{BOT_ID}:LOCAL-kawangig-console-not-a-real-token"


@dataclass
class Sent:
    """One message the bot sent or edited, as the user would see it."""

    method: str
    chat_id: int
    message_id: int
    text: str = ""
    buttons: list[list[tuple[str, str]]] = field(default_factory=list)
    document: bytes | None = None
    filename: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def flat_buttons(self) -> list[tuple[str, str]]:
        """Buttons in reading order as (label, callback data)."""
        return [b for row in self.buttons for b in row]


def _buttons(markup: Any) -> list[list[tuple[str, str]]]:
    if isinstance(markup, str):
        markup = json.loads(markup)
    if not isinstance(markup, dict):
        return []
    rows = markup.get("inline_keyboard") or []
    return [[(b.get("text", ""), b.get("callback_data", "")) for b in row] for row in rows]


class LocalBotAPI(BaseRequest):
    """A fake Bot API answering locally; ``calls`` and ``sent`` record what the bot did."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.sent: list[Sent] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.uploads: dict[str, bytes] = {}
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        #: first names by user id (default "Pekerja"), for tests that check who sees a name
        self.names: dict[int, str] = {}
        #: user ids that getChatMember reports as group administrators
        self.admins: set[int] = set()

    @property
    def read_timeout(self) -> float | None:
        """No network, no timeout."""
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    # -- what the user sends ----------------------------------------------------------

    def user_dict(self, user_id: int, first_name: str = "Pekerja",
                  language_code: str = "id") -> dict[str, Any]:
        """A Telegram ``User`` as JSON."""
        return {"id": user_id, "is_bot": False,
                "first_name": self.names.get(user_id, first_name),
                "language_code": language_code}

    def message_update(self, text: str | None, user_id: int, *, chat_id: int | None = None,
                       chat_type: str = "private", language_code: str = "id",
                       extra: dict[str, Any] | None = None) -> dict[str, Any]:
        """An update carrying a user's message (text, or ``extra`` fields such as a sticker)."""
        chat_id = user_id if chat_id is None else chat_id
        message: dict[str, Any] = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type},
            "from": self.user_dict(user_id, language_code=language_code),
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                cmd = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0,
                                        "length": len(cmd)}]
        message.update(extra or {})
        return {"update_id": next(self._update_ids), "message": message}

    def document_update(self, filename: str, content: bytes, user_id: int,
                        mime_type: str = "application/octet-stream") -> dict[str, Any]:
        """An update carrying an uploaded document; its bytes are served by getFile."""
        file_id = f"upload-{next(self._file_ids)}"
        self.uploads[file_id] = content
        doc = {"file_id": file_id, "file_unique_id": file_id, "file_name": filename,
               "mime_type": mime_type, "file_size": len(content)}
        return self.message_update(None, user_id, extra={"document": doc})

    def callback_update(self, sent: Sent, data: str, user_id: int,
                        language_code: str = "id") -> dict[str, Any]:
        """An update for a press of the inline button with ``data`` under ``sent``."""
        message = self.messages.get((sent.chat_id, sent.message_id)) or {
            "message_id": sent.message_id, "date": int(time.time()),
            "chat": {"id": sent.chat_id, "type": "private"}, "text": sent.text,
        }
        return {
            "update_id": next(self._update_ids),
            "callback_query": {
                "id": str(next(self._ids)),
                "from": self.user_dict(user_id, language_code=language_code),
                "chat_instance": str(sent.chat_id),
                "message": message,
                "data": data,
            },
        }

    # -- what the bot sends --------------------------------------------------------------

    def _bot_message(self, chat_id: int, message_id: int, params: dict[str, Any]
                     ) -> dict[str, Any]:
        msg: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "KawanGig",
                     "username": "kawangig_bot"},
        }
        if "text" in params:
            msg["text"] = params["text"]
        if params.get("reply_markup"):
            markup = params["reply_markup"]
            msg["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        return msg

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Answer one Bot API call locally."""
        if "/file/bot" in url:
            file_id = url.rsplit("/", 1)[-1]
            return 200, self.uploads.get(file_id, b"")
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        files = request_data.multipart_data if request_data else {}
        self.calls.append((api_method, params))
        result = self._answer(api_method, params, files)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _answer(self, api_method: str, params: dict[str, Any], files: dict[str, Any]) -> Any:
        if api_method == "getMe":
            return {"id": BOT_ID, "is_bot": True, "first_name": "KawanGig",
                    "username": "kawangig_bot", "can_join_groups": True,
                    "can_read_all_group_messages": False, "supports_inline_queries": True}
        if api_method == "getChatMember":
            member = int(params["user_id"])
            return {"status": "administrator" if member in self.admins else "member",
                    "user": self.user_dict(member), "can_be_edited": False,
                    "can_manage_chat": True, "can_delete_messages": True,
                    "can_manage_video_chats": True, "can_restrict_members": True,
                    "can_promote_members": False, "can_change_info": True,
                    "can_invite_users": True, "is_anonymous": False,
                    "can_post_stories": False, "can_edit_stories": False,
                    "can_delete_stories": False}
        if api_method == "getChat":
            chat_id = int(params["chat_id"])
            return {"id": chat_id, "type": "private",
                    "first_name": self.names.get(chat_id, "Pekerja")}
        if api_method in ("sendMessage", "sendDocument", "sendPhoto"):
            chat_id = int(params["chat_id"])
            message_id = next(self._ids)
            msg = self._bot_message(chat_id, message_id, params)
            sent = Sent(api_method, chat_id, message_id, params.get("text", ""),
                        _buttons(params.get("reply_markup")), params=params)
            if api_method == "sendDocument":
                for name, part in files.items():
                    if isinstance(part, tuple):
                        sent.filename, content = part[0], part[1]
                        sent.document = content if isinstance(content, bytes) else content.read()
                        msg["document"] = {"file_id": f"doc-{message_id}",
                                           "file_unique_id": f"doc-{message_id}",
                                           "file_name": sent.filename}
                        del name
                        break
                sent.text = params.get("caption", "")
            self.messages[(chat_id, message_id)] = msg
            self.sent.append(sent)
            return msg
        if api_method in ("editMessageText", "editMessageReplyMarkup"):
            chat_id, message_id = int(params["chat_id"]), int(params["message_id"])
            msg = dict(self.messages.get((chat_id, message_id)) or
                       self._bot_message(chat_id, message_id, {}))
            if "text" in params:
                msg["text"] = params["text"]
            if "reply_markup" in params:
                markup = params["reply_markup"]
                msg["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
            else:
                msg.pop("reply_markup", None)
            self.messages[(chat_id, message_id)] = msg
            self.sent.append(Sent(api_method, chat_id, message_id, msg.get("text", ""),
                                  _buttons(msg.get("reply_markup")), params=params))
            return msg
        if api_method == "answerCallbackQuery":
            if params.get("text"):
                self.sent.append(Sent(api_method, 0, 0, str(params["text"]), params=params))
            return True
        if api_method == "getFile":
            file_id = str(params["file_id"])
            return {"file_id": file_id, "file_unique_id": file_id,
                    "file_size": len(self.uploads.get(file_id, b"")), "file_path": file_id}
        if api_method == "getUpdates":
            return []
        if api_method == "deleteMessage":
            self.messages.pop((int(params["chat_id"]), int(params["message_id"])), None)
            return True
        return True


class LocalClient:
    """Plays a Telegram user against a real ``Application`` wired to ``LocalBotAPI``."""

    def __init__(self, app: App, api: LocalBotAPI, user_id: int = 1001,
                 language_code: str = "id") -> None:
        self.app = app
        self.api = api
        self.user_id = user_id
        self.language_code = language_code

    async def _feed(self, data: dict[str, Any]) -> list[Sent]:
        before = len(self.api.sent)
        await self.app.process_update(Update.de_json(data, self.app.bot))
        return self.api.sent[before:]

    async def send(self, text: str, **kwargs: Any) -> list[Sent]:
        """Send a text message; return what the bot sent or edited in reply."""
        kwargs.setdefault("language_code", self.language_code)
        return await self._feed(self.api.message_update(text, self.user_id, **kwargs))

    async def send_update(self, data: dict[str, Any]) -> list[Sent]:
        """Feed any raw update dict (stickers, edits, group messages…)."""
        return await self._feed(data)

    async def upload(self, filename: str, content: bytes) -> list[Sent]:
        """Send a document."""
        return await self._feed(self.api.document_update(filename, content, self.user_id))

    def last_with_buttons(self) -> Sent | None:
        """The newest message (for this user's chat) that carries buttons."""
        for sent in reversed(self.api.sent):
            if sent.chat_id == self.user_id and sent.buttons:
                return sent
        return None

    async def press(self, which: str | int, sent: Sent | None = None) -> list[Sent]:
        """Press a button of ``sent`` (default: the newest message with buttons).

        :param which: 1-based index, exact callback data, or a substring of the label
        """
        sent = sent or self.last_with_buttons()
        if sent is None:
            raise LookupError("no message with buttons")
        buttons = sent.flat_buttons
        data = None
        if isinstance(which, int):
            data = buttons[which - 1][1]
        else:
            if any(cb == which for _label, cb in buttons):
                data = which
            else:
                for label, cb in buttons:
                    if which.lower() in label.lower():
                        data = cb
                        break
        if data is None:
            raise LookupError(f"no button {which!r} in {[b[0] for b in buttons]}")
        return await self.press_data(data, sent)

    async def press_data(self, data: str, sent: Sent) -> list[Sent]:
        """Press a button with arbitrary (possibly forged) callback data under ``sent``."""
        return await self._feed(
            self.api.callback_update(sent, data, self.user_id, self.language_code)
        )
