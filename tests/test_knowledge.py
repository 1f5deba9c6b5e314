"""The knowledge-file validator: broken files are rejected naming the file and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge import Entry, KnowledgeError, load_dir, parse_file

GOOD = """---
kind: guide
title: Somasi
citation: "Panduan KawanGig: Somasi"
status: panduan
summary: Ringkasan.
source: KawanGig
keywords: [somasi, surat teguran]
---
Isi panduan.
"""


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_parses_with_id_and_topic_from_path(tmp_path: Path) -> None:
    write(tmp_path, "sengketa/panduan-somasi.md", GOOD)
    [entry] = load_dir(tmp_path)
    assert entry.id == "panduan-somasi" and entry.topic == "sengketa"
    assert entry.keywords == ("somasi", "surat teguran") and entry.text == "Isi panduan."


def test_markdown_round_trip(tmp_path: Path) -> None:
    path = write(tmp_path, "sengketa/panduan-somasi.md", GOOD)
    [entry] = parse_file(path, tmp_path)
    again = write(tmp_path, "x/panduan-somasi.md", entry.to_markdown())
    [copy] = parse_file(again, tmp_path)
    assert copy.to_record() | {"topic": "sengketa"} == entry.to_record()


def test_title_en_is_optional_and_parsed(tmp_path: Path) -> None:
    plain = write(tmp_path, "sengketa/panduan-somasi.md", GOOD)
    [entry] = parse_file(plain, tmp_path)
    assert entry.title_en == "" and entry.title_for("en") == "Somasi"
    english = GOOD.replace("title: Somasi\n",
                           'title: Somasi\ntitle_en: "Warning letter: somasi"\n')
    path = write(tmp_path, "sengketa/panduan-somasi-en.md", english)
    [entry] = parse_file(path, tmp_path)
    assert entry.title_en == "Warning letter: somasi"
    assert entry.title_for("en") == "Warning letter: somasi"
    assert entry.title_for("id") == "Somasi"
    # written right after the title, and read back the same
    markdown = entry.to_markdown()
    assert "title: Somasi\ntitle_en: 'Warning letter: somasi'\n" in markdown
    again = write(tmp_path, "x/panduan-somasi-en.md", markdown)
    [copy] = parse_file(again, tmp_path)
    assert copy.to_record() | {"topic": "sengketa"} == entry.to_record()
    # an empty title_en is left out of the file
    assert "title_en" not in parse_file(plain, tmp_path)[0].to_markdown()


def test_every_shipped_entry_has_an_english_title() -> None:
    from bot.knowledge import TITLE_MAX, default_root
    entries = load_dir(default_root())
    missing = [e.id for e in entries if not e.title_en]
    assert not missing
    assert all(len(e.title_en) <= TITLE_MAX for e in entries)


@pytest.mark.parametrize("text,field", [
    (GOOD.replace("kind: guide", "kind: poem"), "kind"),
    (GOOD.replace("title: Somasi\n", ""), "title"),
    (GOOD.replace("source: KawanGig\n", ""), "source"),
    (GOOD.replace("status: panduan\n", "status: ''\n"), "status"),
    (GOOD.replace("Isi panduan.", "Teks dengan celah […] di sini."), "text"),
    (GOOD.replace("kind: guide", "kind: law"), "regulation"),
    (GOOD.replace("keywords: [somasi, surat teguran]", "keywords: {a: 1}"), "keywords"),
    (GOOD.replace("Ringkasan.", "x" * 800), "summary"),
    (GOOD.replace("kind: guide", "kind: guide\ncolour: blue"), "colour"),
    (GOOD.replace("kind: guide", "id: other-id\nkind: guide"), "id"),
    (GOOD.replace("title: Somasi\n", "title: Somasi\ntitle_en: " + "x" * 151 + "\n"),
     "title_en"),
])
def test_bad_field_is_named(tmp_path: Path, text: str, field: str) -> None:
    path = write(tmp_path, "sengketa/panduan-somasi.md", text)
    with pytest.raises(KnowledgeError) as err:
        parse_file(path, tmp_path)
    assert err.value.field == field
    assert "panduan-somasi.md" in str(err.value)


@pytest.mark.parametrize("text", ["no front matter", "---\nkind: [unclosed\n---\nx",
                                  "---\nkind: guide\n"])
def test_broken_structure_names_the_file(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, "sengketa/rusak.md", text)
    with pytest.raises(KnowledgeError, match=r"rusak\.md"):
        parse_file(path, tmp_path)


def test_bad_id_from_file_name(tmp_path: Path) -> None:
    path = write(tmp_path, "sengketa/Bad Name.md", GOOD)
    with pytest.raises(KnowledgeError) as err:
        parse_file(path, tmp_path)
    assert err.value.field == "id"


def test_unknown_related_and_duplicate_ids(tmp_path: Path) -> None:
    write(tmp_path, "a/one.md", GOOD.replace("kind: guide", "kind: guide\nrelated: [ghost]"))
    with pytest.raises(KnowledgeError, match="ghost"):
        load_dir(tmp_path)
    (tmp_path / "a" / "one.md").unlink()
    write(tmp_path, "a/dup.md", GOOD)
    write(tmp_path, "b/dup.md", GOOD)
    with pytest.raises(KnowledgeError, match="used by two entries"):
        load_dir(tmp_path)


def test_yaml_and_json_files(tmp_path: Path) -> None:
    write(tmp_path, "kontrak/x.json", '[{"id": "j-one", "kind": "guide", "title": "T", '
          '"citation": "C", "status": "S", "summary": "R", "text": "X", "source": "s"}]')
    write(tmp_path, "kontrak/y.yaml", "id: y-one\nkind: guide\ntitle: T\ncitation: C\n"
          "status: S\nsummary: R\ntext: X\nsource: s\n")
    entries = load_dir(tmp_path)
    assert {e.id for e in entries} == {"j-one", "y-one"}
    assert all(isinstance(e, Entry) and e.topic == "kontrak" for e in entries)
    write(tmp_path, "kontrak/z.json", "{not json")
    with pytest.raises(KnowledgeError, match=r"z\.json"):
        load_dir(tmp_path)


def test_yaml_alias_bomb_is_one_short_error(tmp_path: Path) -> None:
    # 9 levels of 9 aliases: about 400 bytes that expand to 387 million strings
    lines = ['a0: &a0 ["xxxxxxxxxxxxxxxxxxxxxxxx"]']
    for n in range(1, 10):
        refs = ",".join(f"*a{n - 1}" for _ in range(9))
        lines.append(f"a{n}: &a{n} [{refs}]")
    bomb = tmp_path / "kontrak" / "bom.yaml"
    bomb.parent.mkdir()
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        parse_file(bomb, tmp_path)
    assert "aliases" in str(info.value) and len(str(info.value)) < 200
    md = tmp_path / "kontrak" / "bom.md"
    md.write_text("---\n" + "\n".join(lines) + "\n---\nteks\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="aliases"):
        parse_file(md, tmp_path)


@pytest.mark.parametrize("field,limit", [("citation", 200), ("regulation", 120),
                                         ("article", 80), ("status", 1200), ("source", 1500)])
def test_every_text_field_has_a_limit(field: str, limit: int) -> None:
    from bot.knowledge import entry_from_mapping

    base = {"id": "uji-batas", "kind": "law", "topic": "kontrak", "title": "t",
            "citation": "c", "status": "s", "summary": "s", "text": "t", "source": "s",
            "regulation": "r", "article": "a"}
    entry_from_mapping({**base, field: "x" * limit})
    with pytest.raises(KnowledgeError) as info:
        entry_from_mapping({**base, field: "x" * (limit + 1)})
    assert info.value.field == field


@pytest.mark.parametrize("field", ["keywords", "questions"])
def test_list_fields_have_item_and_count_limits(field: str) -> None:
    from bot.knowledge import ITEM_MAX, LIST_MAX, entry_from_mapping

    base = {"id": "uji-batas", "kind": "guide", "topic": "kontrak", "title": "t",
            "citation": "c", "status": "s", "summary": "s", "text": "t", "source": "s"}
    with pytest.raises(KnowledgeError, match="items"):
        entry_from_mapping({**base, field: [f"k{i}" for i in range(LIST_MAX[field] + 1)]})
    with pytest.raises(KnowledgeError, match="longer"):
        entry_from_mapping({**base, field: ["x" * (ITEM_MAX[field] + 1)]})
