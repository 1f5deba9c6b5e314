"""Settings from the environment: loaded once, frozen, failing fast with the variable's name."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
TOKEN_RE = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{20,100}$")


def default_root() -> Path:
    """The ``knowledge/`` folder shipped beside the ``bot`` package."""
    return Path(__file__).resolve().parent.parent / "knowledge"


class ConfigError(ValueError):
    """A setting is missing or invalid; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    """Every setting of the bot. The token never appears in ``repr`` or logs."""

    token: str = field(default="", repr=False)
    base_url: str = ""
    base_file_url: str = ""
    data_dir: Path = Path("data")
    knowledge_dir: Path = field(default_factory=default_root)
    moderator_ids: frozenset[int] = frozenset()
    log_level: str = "INFO"
    webhook_url: str = ""
    webhook_secret: str = field(default="", repr=False)
    port: int = 8443
    flood_limit: int = 20
    gap_retention_days: int = 90

    @property
    def db_path(self) -> Path:
        """The SQLite database file."""
        return self.data_dir / "kawangig.db"

    @property
    def persistence_path(self) -> Path:
        """The PTB persistence file (conversation state, user language)."""
        return self.data_dir / "persistence.pickle"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from ``env`` (default ``os.environ``); raise ``ConfigError``.

        :param env: the environment mapping to read
        """
        env = os.environ if env is None else env

        def get(name: str) -> str:
            return env.get(name, "").strip()

        token = get("TELEGRAM_BOT_TOKEN")
        if token and not TOKEN_RE.match(token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (expected '123456:ABC...' "
                "as given by @BotFather)"
            )
        urls = {}
        for name in ("TELEGRAM_BASE_URL", "TELEGRAM_BASE_FILE_URL", "WEBHOOK_URL"):
            value = get(name)
            if value and not re.match(r"^https?://[^\s/]+", value):
                raise ConfigError(f"{name} must be an http(s) URL, got {value!r}")
            urls[name] = value
        ids: set[int] = set()
        for part in filter(None, (p.strip() for p in get("MODERATOR_IDS").split(","))):
            if not re.fullmatch(r"-?\d{1,20}", part):
                raise ConfigError(
                    f"MODERATOR_IDS must be comma-separated Telegram user ids, got {part!r}"
                )
            ids.add(int(part))
        level = (get("LOG_LEVEL") or "INFO").upper()
        if level not in LOG_LEVELS:
            raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {level!r}")

        def integer(name: str, default: int, low: int, high: int) -> int:
            raw = get(name)
            if not raw:
                return default
            if not re.fullmatch(r"\d{1,9}", raw) or not low <= int(raw) <= high:
                raise ConfigError(f"{name} must be a whole number from {low} to {high}")
            return int(raw)

        data_dir = Path(get("DATA_DIR") or "data")
        if data_dir.exists() and not data_dir.is_dir():
            raise ConfigError(f"DATA_DIR {str(data_dir)!r} exists and is not a folder")
        kdir = Path(get("KNOWLEDGE_DIR")) if get("KNOWLEDGE_DIR") else default_root()
        if get("KNOWLEDGE_DIR") and not kdir.is_dir():
            raise ConfigError(f"KNOWLEDGE_DIR {str(kdir)!r} is not a folder")
        secret = get("WEBHOOK_SECRET")
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ConfigError("WEBHOOK_SECRET may only contain A-Z, a-z, 0-9, _ and -")
        if urls["WEBHOOK_URL"] and len(secret) < 16:
            # without a secret anyone who finds the URL can post updates "from" any user
            raise ConfigError(
                "WEBHOOK_URL is set but WEBHOOK_SECRET is missing or shorter than 16 characters: "
                "set WEBHOOK_SECRET (e.g. python -c \"import secrets; "
                "print(secrets.token_urlsafe(32))\") so Telegram's requests can be told from "
                "forged ones")
        return cls(
            token=token,
            base_url=urls["TELEGRAM_BASE_URL"],
            base_file_url=urls["TELEGRAM_BASE_FILE_URL"],
            data_dir=data_dir,
            knowledge_dir=kdir,
            moderator_ids=frozenset(ids),
            log_level=level,
            webhook_url=urls["WEBHOOK_URL"],
            webhook_secret=secret,
            port=integer("PORT", 8443, 1, 65535),
            flood_limit=integer("FLOOD_LIMIT", 20, 1, 10_000),
            gap_retention_days=integer("GAP_RETENTION_DAYS", 90, 1, 3650),
        )


TOKEN_ANYWHERE = re.compile(r"\d{3,20}:[A-Za-z0-9_-]{20,100}")
REDACTED = "[REDACTED-TOKEN]"


class RedactTokenFilter(logging.Filter):
    """Replace anything shaped like a bot token in a log record (message, args, traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact in place; never drop the record."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad format string: keep its raw parts
            message = f"{record.msg} {record.args}"
        clean = TOKEN_ANYWHERE.sub(REDACTED, message)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = TOKEN_ANYWHERE.sub(REDACTED, record.exc_text)
        if record.stack_info:
            record.stack_info = TOKEN_ANYWHERE.sub(REDACTED, record.stack_info)
        return True


def setup_logging(level: str) -> None:
    """Configure logging; httpx logs at WARNING because its request lines carry the token, and
    python-telegram-bot at INFO or above because its DEBUG lines carry users' messages.

    Every root handler also gets a ``RedactTokenFilter``, so a token that slips into a message
    or a traceback (an HTTP error naming the URL) is written as ``[REDACTED-TOKEN]``.
    """
    logging.basicConfig(
        format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=getattr(logging, level)
    )
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactTokenFilter) for f in handler.filters):
            handler.addFilter(RedactTokenFilter())
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # python-telegram-bot's DEBUG lines print whole updates and API calls (message text next
    # to user ids, names, phone numbers): never below INFO, whatever LOG_LEVEL says
    for name in ("telegram", "telegram.ext"):
        logger = logging.getLogger(name)
        logger.setLevel(max(logging.INFO, getattr(logging, level)))
