"""PTB's generic type arguments, spelled once: the ``Application`` the bot builds (typing only).

``ApplicationBuilder()`` starts as PTB's ``InitApplicationBuilder``: an ``ExtBot[None]``, the
default ``CallbackContext`` (``ContextTypes.DEFAULT_TYPE``), plain dicts for user, chat and bot
data, and a ``JobQueue``. ``AIORateLimiter`` turns the bot into an ``ExtBot[int]`` (its
per-call arguments), so the bot's own type argument is left open here.
"""

from __future__ import annotations

from typing import Any, TypeAlias

from telegram.ext import Application, ApplicationBuilder, ContextTypes, ExtBot, JobQueue

App: TypeAlias = Application[
    ExtBot[Any],  # ExtBot[None], or ExtBot[int] with AIORateLimiter
    ContextTypes.DEFAULT_TYPE,
    dict[Any, Any],  # user_data
    dict[Any, Any],  # chat_data
    dict[Any, Any],  # bot_data
    JobQueue[ContextTypes.DEFAULT_TYPE],
]
# Any application, for code that only reads ``bot_data``: ``context.application`` comes typed
# with PTB's unsolved self-type variable in the context slot, which matches no precise alias.
AnyApp: TypeAlias = Application[Any, Any, Any, Any, Any, Any]
AppBuilder: TypeAlias = ApplicationBuilder[
    ExtBot[Any],
    ContextTypes.DEFAULT_TYPE,
    dict[Any, Any],
    dict[Any, Any],
    dict[Any, Any],
    JobQueue[ContextTypes.DEFAULT_TYPE],
]
