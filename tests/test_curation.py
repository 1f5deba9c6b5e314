"""Moderator logic without Telegram (bot/curation.py): fields, slugs, uploads, exports."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from bot.curation import (
    MAX_FILES,
    UploadError,
    add_fields,
    check_field,
    check_upload_name,
    export_zip,
    parse_upload,
    parse_value,
    slugify,
    topic_choices,
    unpack_upload,
    with_question,
)
from bot.knowledge import KnowledgeError
from bot.texts import TOPICS
from tests.conftest import make_entry


def test_curation_does_not_import_telegram() -> None:
    code = "import sys, bot.curation; sys.exit('telegram' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_field_values() -> None:
    assert parse_value("keywords", " a, b ,, c ") == ["a", "b", "c"]
    assert parse_value("questions", "Boleh, kah?\n\n dua ") == ["Boleh, kah?", "dua"]
    assert parse_value("keywords", "-") == [] and parse_value("title_en", "-") == ""
    assert parse_value("title", "-") == "-"  # a required field is never cleared
    assert add_fields("law")[2:4] == ["regulation", "article"]
    assert "regulation" not in add_fields("guide")
    check_field("title", "Judul yang baik")
    with pytest.raises(KnowledgeError) as bad:
        check_field("title", "")
    assert bad.value.field == "title"


def test_slugs_keep_decimals_and_apostrophes_readable() -> None:
    # what python-slugify does differently (see bot/curation.py): "0,5x" is not "05x"
    never = lambda _: False  # noqa: E731
    assert slugify("PHK: pesangon 0,5x", never) == "phk-pesangon-0-5x"
    assert slugify("Worker's pay", never) == "workers-pay"
    assert slugify("x", never) == "entri-x"


def test_topic_choices_and_attaching_a_question() -> None:
    assert topic_choices(["pembayaran", "zzz"]) == [*TOPICS, "zzz", "umum"]
    entry = make_entry("bpjs", questions=("Apa itu BPJS?",))
    assert with_question(entry, " Apa itu BPJS? ") is None
    longer = with_question(entry, "Wajib daftar BPJS?")
    assert longer is not None and longer.questions == ("Apa itu BPJS?", "Wajib daftar BPJS?")


def zip_of(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(("name", "content", "key"), [
    ("kb.exe", b"MZ", "mod_upload_type"),
    ("kb.zip", b"not a zip", "mod_upload_badzip"),
    ("kb.zip", zip_of({"../evil.md": b"x"}), "mod_upload_path"),
    ("kb.zip", zip_of({"/abs.md": b"x"}), "mod_upload_path"),
    ("kb.zip", zip_of({"a/run.sh": b"x"}), "mod_upload_type"),
    ("kb.zip", zip_of({f"t/{i}.md": b"" for i in range(MAX_FILES + 1)}), "mod_upload_too_many"),
    ("kb.zip", zip_of({"a.md": b"0" * (21 * 1024 * 1024)}), "mod_upload_bomb"),
    ("kb.zip", zip_of({"README.md": b"x"}), "mod_upload_empty"),
    ("a.md", b"---\ntitle: [\n---\n", "mod_upload_invalid"),
])
def test_bad_uploads_are_named(name: str, content: bytes, key: str) -> None:
    with pytest.raises(UploadError) as err:
        parse_upload(name, content, [])
    assert err.value.key == key


def test_upload_name_is_checked_before_download() -> None:
    check_upload_name("kb.ZIP")
    with pytest.raises(UploadError):
        check_upload_name("kb.pdf")


def test_export_round_trips_through_upload(tmp_path: Path) -> None:
    entries = [make_entry("bpjs", topic="jaminan-sosial"), make_entry("data")]
    data = export_zip(entries)
    assert sorted(zipfile.ZipFile(io.BytesIO(data)).namelist()) == [
        "jaminan-sosial/bpjs.md", "pembayaran/data.md"]
    back = parse_upload("kb.zip", data, [])
    assert {(e.id, e.topic, e.title) for e in back} == {(e.id, e.topic, e.title)
                                                         for e in entries}
    assert [p.name for p in unpack_upload("x.json", b"[]", tmp_path)] == ["x.json"]
