"""Legal accuracy of the shipped knowledge base: law text is verbatim from shared/legal-sources."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from bot.knowledge import Entry, default_root, load_dir

ROOT = Path(__file__).resolve().parent.parent


def _sources_dir() -> Path | None:
    env = os.environ.get("LEGAL_SOURCES_DIR")
    candidates = [Path(env)] if env else []
    candidates.append(ROOT.parent / "shared" / "legal-sources")
    for cand in candidates:
        if cand.is_dir():
            return cand
    return None


SOURCES = _sources_dir()
needs_sources = pytest.mark.skipif(
    SOURCES is None and not os.environ.get("CI"),
    reason="../shared/legal-sources not present (CI always has it)",
)


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _records() -> dict[tuple[str, str], dict]:
    assert SOURCES is not None, "legal sources folder missing: set LEGAL_SOURCES_DIR"
    out = {}
    for path in sorted(SOURCES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out[(rec["short"], rec["article"])] = rec
    return out


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return load_dir(default_root())


def _record_for(entry: Entry, records: dict[tuple[str, str], dict]) -> dict | None:
    exact = records.get((entry.regulation, entry.article))
    if exact:
        return exact
    for (short, article), rec in records.items():
        if short == entry.regulation and entry.article.startswith(article + " "):
            return rec
    return None


@needs_sources
def test_every_law_entry_is_verbatim(entries: list[Entry]) -> None:
    records = _records()
    problems = []
    for entry in (e for e in entries if e.kind == "law"):
        rec = _record_for(entry, records)
        if rec is None:
            problems.append(f"{entry.id}: no source record for {entry.regulation} {entry.article}")
            continue
        mine, theirs = _ws(entry.text), _ws(rec["text"])
        if entry.article == rec["article"]:
            if rec["quality"] == "incomplete":
                problems.append(f"{entry.id}: quotes a whole incomplete record; use an excerpt")
            elif mine != theirs:
                problems.append(f"{entry.id}: text differs from {rec['short']} {rec['article']}")
        else:
            complete_parts = [_ws(p) for p in rec["text"].split("[…]")]
            if not any(mine in part for part in complete_parts):
                problems.append(f"{entry.id}: excerpt is not verbatim part of {rec['article']}")
    assert not problems, "\n".join(problems)


def test_no_entry_quotes_a_gap_and_all_have_source_and_status(entries: list[Entry]) -> None:
    for entry in entries:
        assert "[…]" not in entry.text and "[...]" not in entry.text, entry.id
        assert entry.source.strip(), entry.id
        assert entry.status.strip(), entry.id


def test_related_ids_exist_and_ids_unique(entries: list[Entry]) -> None:
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        for rel in entry.related:
            assert rel in ids, f"{entry.id} -> {rel}"


def test_citation_names_the_article_for_law(entries: list[Entry]) -> None:
    for entry in (e for e in entries if e.kind == "law"):
        number = entry.article.split()[1]
        assert number in entry.citation, f"{entry.id}: citation {entry.citation!r}"


def test_every_guide_names_its_basis_and_cites_it(entries: list[Entry]) -> None:
    """A guide declares the provisions it rests on; its prose cites each of them by number."""
    by_id = {e.id: e for e in entries}
    problems = []
    for guide in (e for e in entries if e.kind == "guide"):
        if not guide.basis:
            problems.append(f"{guide.id}: no basis")
        prose = f"{guide.summary}\n{guide.text}"
        for base in guide.basis:
            law = by_id[base]
            number = re.match(r"Pasal (\d+[A-Za-z]?)", law.article)
            if number is None or not re.search(rf"\b{number.group(1)}\b", prose):
                problems.append(f"{guide.id}: basis {base} ({law.article}) is not cited")
    assert problems == []


def test_every_guide_starts_with_a_one_line_answer(entries: list[Entry]) -> None:
    for guide in (e for e in entries if e.kind == "guide"):
        assert guide.text.startswith("Singkatnya:"), guide.id


def test_every_guide_has_an_english_body() -> None:
    missing = [e.id for e in load_dir(default_root()) if e.kind == "guide" and not e.body_en]
    assert missing == []
