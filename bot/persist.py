"""``PicklePersistence`` that writes its file atomically (temp file, fsync, ``os.replace``).

A crash or SIGKILL while saving leaves either the old file or the new one, never a torn file
that would make the next start fail to unpickle.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from telegram.ext import PicklePersistence

# PTB's pickler keeps the Bot object out of the file (replaced on load); private but stable
# across 20.x-22.x, and the only way to pickle exactly as PicklePersistence does.
from telegram.ext._picklepersistence import _BotPickler


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class AtomicPicklePersistence(PicklePersistence[dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """Same format and behaviour as ``PicklePersistence``; every dump is atomic.

    An ended conversation (state ``None``) is removed from the file instead of being kept as
    a ``None`` entry, so dropping a user's conversations leaves no trace of their chat id.
    """

    def _dump_file(self, filepath: Path, data: object) -> None:
        filepath = Path(filepath)
        fd, tmp = tempfile.mkstemp(prefix=f".{filepath.name}.", suffix=".tmp",
                                   dir=filepath.parent)
        try:
            with os.fdopen(fd, "wb") as file:
                _BotPickler(self.bot, file, protocol=pickle.HIGHEST_PROTOCOL).dump(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(tmp, filepath)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        fsync_dir(filepath.parent)

    def _dump_singlefile(self) -> None:
        data: dict[str, Any] = {
            "conversations": self.conversations,
            "user_data": self.user_data,
            "chat_data": self.chat_data,
            "bot_data": self.bot_data,
            "callback_data": self.callback_data,
        }
        self._dump_file(self.filepath, data)

    async def update_conversation(self, name: str, key: Any, new_state: object | None) -> None:
        """Store a conversation state; an ended one (``None``) is dropped from the file."""
        if new_state is None:
            if self.conversations and key in self.conversations.get(name, {}):
                del self.conversations[name][key]
                if not self.on_flush:
                    self._dump_conversations()
            return
        await super().update_conversation(name, key, new_state)

    def _dump_conversations(self) -> None:
        if self.single_file:
            self._dump_singlefile()
        else:
            self._dump_file(Path(f"{self.filepath}_conversations"), self.conversations)
