"""Property-based tests: search and rendering never raise and always give valid messages."""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.knowledge import Entry
from bot.render import (
    MAX_MESSAGE,
    esc,
    render_answer,
    render_card,
    render_full_text,
    split_message,
)
from bot.search import Hit, Index, Result, normalize, tokenize
from tests.telegram_html import assert_telegram_html, problems
from tests.test_search import WIDE_QUESTION, wide_corpus

# every Unicode category, including controls, zero-width, RTL overrides and surrogates-free
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
NASTY = st.sampled_from(["<", ">", "&", "&amp;", "<b>", "</i>", "\u200b", "\u202e", "\x00",
                         "\n\n", "'; DROP TABLE entries;--", "*_`[", "😀", "ﷺ", " "])
MIXED = st.lists(st.one_of(TEXT, NASTY), max_size=12).map("".join)
LONG = st.lists(st.one_of(MIXED, st.just("kata " * 300)), max_size=8).map("".join)


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    """An entry with arbitrary text in every field."""
    return Entry(
        id=draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)),
        kind=draw(st.sampled_from(["law", "guide", "article"])),
        topic=draw(st.sampled_from(["pembayaran", "kontrak", "lain"])),
        title=draw(MIXED), citation=draw(MIXED), status=draw(MIXED), summary=draw(MIXED),
        text=draw(LONG), source=draw(MIXED), summary_en=draw(MIXED),
        keywords=tuple(draw(st.lists(MIXED, max_size=3))),
    )


@given(MIXED)
def test_normalize_and_tokenize_never_raise(text: str) -> None:
    norm = normalize(text)
    assert isinstance(norm, str)
    assert "\u200b" not in norm and "\u202e" not in norm
    tokens = tokenize(text)
    assert all(isinstance(tok, str) and tok and " " not in tok for tok in tokens)


def assert_within_limits(result: Result, k: int, more: int) -> None:
    """At most ``k`` entries shown per question (clamped to 1..10), at most ``more`` kept for
    "Lainnya" (clamped to 0..20)."""
    shown = max(1, min(k, 10))
    for part in result.parts or (result,):
        assert len(part.hits) <= shown
    assert len(result.hits) <= shown * max(1, len(result.parts))
    assert len(result.more) <= max(0, min(more, 20))
    assert not result.answered or result.hits


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries(), max_size=4, unique_by=lambda e: e.id), MIXED,
       st.integers(-5, 1000))
def test_index_search_never_raises(corpus: list[Entry], query: str, k: int) -> None:
    result = Index(corpus).search(query, k=k)
    assert_within_limits(result, k, 5)
    ids = {e.id for e in corpus}
    assert all(h.entry.id in ids for h in result.hits)


@cache
def wide_index() -> Index:
    return Index(wide_corpus())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*WIDE_QUESTION.split(), "klien", "gimana", "?", ".", "ya",
                                  "apa", "bisa"]), max_size=8).map(" ".join),
       st.integers(-5, 1000), st.integers(-5, 1000))
def test_k_and_more_are_clamped_on_a_wide_corpus(extra: str, k: int, more: int) -> None:
    # enough entries match the question to show more than 10 and keep more than 20
    result = wide_index().search(f"{WIDE_QUESTION} {extra}", k=k, more=more)
    assert result.answered
    assert_within_limits(result, k, more)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries(), min_size=1, max_size=3), st.sampled_from(["id", "en"]),
       st.booleans(), st.booleans())
def test_rendered_messages_are_valid_telegram_html(
        hits: list[Entry], lang: str, more: bool, payment: bool) -> None:
    texts = [render_answer([Hit(e, 1.0, 1.0) for e in hits], lang, more=more,
                           payment_hint=payment)]
    texts += [render_full_text(e, lang) for e in hits] + [render_card(e, lang) for e in hits]
    for text in texts:
        parts = split_message(text)
        assert parts
        for part in parts:
            assert utf16_units(part) <= MAX_MESSAGE
            assert_telegram_html(part)


def utf16_units(text: str) -> int:
    """What Telegram counts against its limit: UTF-16 code units (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


def test_split_message_counts_utf16_units() -> None:
    text = "😀 " * 3000  # 5,999 characters, 8,999 UTF-16 units
    parts = split_message(text)
    assert all(utf16_units(part) <= MAX_MESSAGE for part in parts)
    assert "".join(parts).count("😀") == 3000
    assert len(parts) == 3
    assert split_message("😀" * 2048) == ["😀" * 2048]  # exactly 4,096 units: one message


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(MIXED, st.just("\n\n"), st.just("😀 "), st.just("𝕏"), st.sampled_from(
    ["<b>", "</b>", "<i>", "</i>", "<code>", "</code>", "&amp;", "&lt;"])), max_size=60),
    st.integers(60, MAX_MESSAGE))
def test_split_message_keeps_valid_html_under_the_limit(pieces: list[str], limit: int) -> None:
    # build well-formed HTML: escape the free text, balance the tags we put in
    out: list[str] = []
    stack: list[str] = []
    for p in pieces:
        if p in ("<b>", "<i>", "<code>"):
            if p[1:-1] not in stack:
                stack.append(p[1:-1])
                out.append(p)
        elif p.startswith("</"):
            if stack and stack[-1] == p[2:-1]:
                stack.pop()
                out.append(p)
        elif p in ("&amp;", "&lt;"):
            out.append(p)
        else:
            out.append(esc(p) * 20)
    out.extend(f"</{tag}>" for tag in reversed(stack))
    text = "".join(out)
    assert not problems(text, limit=None) or not text.strip()
    for part in split_message(text, limit):
        assert utf16_units(part) <= limit
        assert_telegram_html(part)
