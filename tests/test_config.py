"""Settings from the environment: defaults, validation, the token kept out of repr."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import bot.config
from bot.config import ConfigError, Settings, default_root

TOKEN = "123456789:AAH-abcdefghijklmnopqrstuvwxyz012345"


def test_defaults() -> None:
    s = Settings.from_env({})
    assert s.token == "" and s.data_dir == Path("data") and s.moderator_ids == frozenset()


def test_values_and_token_not_in_repr() -> None:
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "MODERATOR_IDS": "1, 22,333",
                           "LOG_LEVEL": "debug", "TELEGRAM_BASE_URL": "http://127.0.0.1:8081/bot"})
    assert s.moderator_ids == frozenset({1, 22, 333}) and s.log_level == "DEBUG"
    assert TOKEN not in repr(s) and "AAH" not in repr(s)


@pytest.mark.parametrize("env,name", [
    ({"MODERATOR_IDS": "12,abc"}, "MODERATOR_IDS"),
    ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
    ({"TELEGRAM_BOT_TOKEN": "nope"}, "TELEGRAM_BOT_TOKEN"),
    ({"TELEGRAM_BASE_URL": "ftp://x"}, "TELEGRAM_BASE_URL"),
    ({"PORT": "99999"}, "PORT"),
    ({"GAP_RETENTION_DAYS": "-1"}, "GAP_RETENTION_DAYS"),
    ({"KNOWLEDGE_DIR": "/no/such/dir"}, "KNOWLEDGE_DIR"),
    # a webhook without a secret fails open (forged updates "from" an owner): refuse to start
    ({"WEBHOOK_URL": "https://example.org/hook"}, "WEBHOOK_SECRET"),
    ({"WEBHOOK_URL": "https://example.org/hook", "WEBHOOK_SECRET": "short"}, "WEBHOOK_SECRET"),
])
def test_bad_values_name_the_variable(env: dict[str, str], name: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings.from_env(env)


def test_data_dir_that_is_a_file(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_text("x")
    with pytest.raises(ConfigError, match="DATA_DIR"):
        Settings.from_env({"DATA_DIR": str(f)})


def test_config_is_the_bottom_layer() -> None:
    # imports point handlers -> domain -> config: config imports nothing of the bot
    tree = ast.parse(Path(bot.config.__file__).read_text(encoding="utf-8"))
    names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert not [name for name in names if name.split(".")[0] == "bot"]
    assert Settings().knowledge_dir == default_root() and (default_root() / "README.md").exists()
