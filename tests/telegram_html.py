"""A small checker for Telegram's HTML parse mode (tests only)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

ALLOWED = frozenset({"b", "i", "u", "s", "code", "pre", "a", "blockquote"})
LIMIT = 4096
_ENTITY = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});)")
_TAG = re.compile(r"</?([a-z]+)(?:\s+[a-z]+=\"[^\"<>]*\")*\s*/?>")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED:
            self.problems.append(f"tag <{tag}> not allowed")
        names = {a for a, _ in attrs}
        if names - ({"href"} if tag == "a" else {"class"} if tag == "code" else set()):
            self.problems.append(f"attributes {sorted(names)} on <{tag}>")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close {self.stack[-1:]}")
        else:
            self.stack.pop()


def problems(text: str, limit: int | None = LIMIT) -> list[str]:
    """Why ``text`` would be refused by Telegram as an HTML message (empty: fine).

    :param limit: the length limit in UTF-16 code units (Telegram's measure; an emoji is
        two), ``None`` to check the markup only
    """
    found: list[str] = []
    units = len(text.encode("utf-16-le")) // 2
    if limit is not None and units > limit:
        found.append(f"{units} UTF-16 units > {limit}")
    if not text.strip():
        found.append("empty message")
    bare = _TAG.sub("", text)
    if "<" in bare or ">" in bare:
        found.append("a bare < or > outside a tag")
    if _ENTITY.search(text):
        found.append("a bare & or an unknown entity")
    checker = _Checker()
    checker.feed(text)
    checker.close()
    found += checker.problems
    if checker.stack:
        found.append(f"unclosed {checker.stack}")
    return found


def assert_telegram_html(text: str) -> None:
    """Fail with the reasons when ``text`` is not a valid Telegram HTML message."""
    found = problems(text)
    assert not found, f"{found} in {text[:300]!r}"
