"""Moderator curation through the real Application and the in-process transport."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.app import build_application
from bot.config import Settings
from bot.curation import group_gaps, slugify, unpack_upload
from bot.knowledge import default_root, entry_from_mapping, parse_markdown
from bot.local import LocalBotAPI, LocalClient, Sent
from bot.services import Services

OWNER = 42
TABLES = ("entries", "entry_versions", "audit", "moderators", "unanswered", "feedback",
          "question_log")
REFUSAL = "khusus untuk moderator"
OWNER_REFUSAL = "hanya bisa dilakukan pemilik"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """As in conftest, with a flood limit high enough for a test's many updates."""
    return Settings(data_dir=tmp_path / "data", knowledge_dir=default_root(),
                    moderator_ids=frozenset({OWNER}), flood_limit=10_000)


@pytest.fixture
def mod(bot: LocalClient) -> LocalClient:
    """The owner (a moderator) on the same Application as ``bot``."""
    return LocalClient(bot.app, bot.api, user_id=OWNER)


def svc_of(client: LocalClient) -> Services:
    svc: Services = client.app.bot_data["services"]
    return svc


def snapshot(svc: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables moderators can change."""
    return {name: sorted(map(tuple, svc.storage.db.execute(f"SELECT * FROM [{name}]")),
                         key=repr)
            for name in TABLES}


def texts(out: list[Sent]) -> str:
    return "\n".join(s.text for s in out)


async def add_entry(mod: LocalClient, title: str, keywords: str, *, kind: str = "guide",
                    topic: str = "pembayaran", start: bool = True) -> list[Sent]:
    """Walk through /tambah up to the preview."""
    if start:
        await mod.send("/tambah")
    await mod.press(f"mod:kind:{kind}")
    await mod.send(title)
    await mod.send(f"Panduan KawanGig: {title}")
    if kind == "law":
        await mod.send("Peraturan Uji")
        await mod.send("Pasal 1")
    await mod.send(f"Ringkasan uji tentang {title.lower()}.")
    await mod.send(f"Teks uji tentang {title.lower()}.")
    await mod.send("uji")
    await mod.send("tests")
    await mod.send(keywords)
    return await mod.press(f"mod:topic:{topic}")


async def test_moderator_adds_entry_and_user_finds_it(bot: LocalClient, mod: LocalClient
                                                      ) -> None:
    svc = svc_of(bot)
    before = svc.storage.count_entries()
    assert "belum menemukan jawaban" in texts(await bot.send("vlorbik qumzat zebrakrosix"))
    preview = await add_entry(mod, "Vlorbik qumzat di zebrakrosix", "vlorbik qumzat, zebrakrosix")
    shown = texts(preview)
    assert "Pratinjau" in shown and "<b>Vlorbik qumzat di zebrakrosix</b>" in shown
    assert "📌 <i>Panduan KawanGig: Vlorbik qumzat di zebrakrosix</i>" in shown
    assert "📜 <b>Panduan KawanGig" in shown
    assert svc.storage.count_entries() == before  # nothing written before confirming
    out = await mod.press("mod:add:save")
    assert "vlorbik-qumzat-di-zebrakrosix" in texts(out)
    entry = svc.storage.get_entry("vlorbik-qumzat-di-zebrakrosix")
    assert entry.keywords == ("vlorbik qumzat", "zebrakrosix")
    assert svc.storage.history(entry.id)[0].reason == "tambah"
    answer = texts(await bot.send("vlorbik qumzat zebrakrosix"))
    assert "Vlorbik qumzat di zebrakrosix" in answer


async def test_add_law_asks_regulation_and_article_and_names_bad_fields(
        bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    before = snapshot(svc)
    await mod.send("/tambah")
    out = await mod.send("klien telat bayar")  # text where a button is expected
    assert len(out) == 1 and "tombol" in out[0].text
    await mod.press("mod:kind:law")
    out = await mod.send("x" * 151)
    assert "Judul" in texts(out) and "150" in texts(out)
    await mod.send("Pasal uji burung hantu")
    await mod.send("Peraturan Uji Pasal 9")
    assert "<b>Pasal</b>" in texts(await mod.send("Peraturan Uji"))  # then the article
    out = await mod.send("Pasal 9")
    assert "Ringkasan" in texts(out)
    out = await mod.send("r" * 701)
    assert "Ringkasan" in texts(out) and "700" in texts(out)
    await mod.send("/batal")
    assert snapshot(svc) == before
    # the id is derived from the title and made unique
    preview = await add_entry(mod, "Pasal uji burung hantu", "burung hantu", kind="law")
    assert "⚖️" not in texts(preview) and "Peraturan Uji" not in texts(preview)
    await mod.press("mod:add:save")
    await add_entry(mod, "Pasal uji burung hantu", "burung hantu")
    await mod.press("mod:add:save")
    assert svc.storage.get_entry("pasal-uji-burung-hantu").kind == "law"
    assert svc.storage.get_entry("pasal-uji-burung-hantu-2").kind == "guide"


async def test_edit_history_delete_and_restore(bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    await add_entry(mod, "Panduan uji gajah qomvit", "gajah qomvit")
    await mod.press("mod:add:save")
    eid = "panduan-uji-gajah-qomvit"
    out = await mod.send(f"/ubah {eid}")
    assert "mod:field:summary" in [d for _, d in out[-1].flat_buttons]
    await mod.press("mod:field:summary")
    preview = await mod.send("Ringkasan baru tentang gajah qomvit.")
    assert "Ringkasan baru tentang gajah qomvit." in texts(preview)
    await mod.send("perbaiki ringkasan")
    out = await mod.press("mod:edit:save")
    assert "versi 2" in texts(out)
    assert svc.storage.get_entry(eid).summary == "Ringkasan baru tentang gajah qomvit."
    assert "Ringkasan baru" in texts(await bot.send("gajah qomvit"))
    hist = texts(await mod.send(f"/riwayat {eid}"))
    assert "v2" in hist and "tg:42" in hist and "perbaiki ringkasan" in hist and "v1" in hist
    # delete needs a confirmation; cancelling changes nothing
    out = await mod.send(f"/hapus {eid} sudah usang")
    await mod.press("mod:delno", out[-1])
    assert svc.storage.version_of(eid) == 2
    out = await mod.send(f"/hapus {eid} sudah usang")
    await mod.press(f"mod:del:{eid}:2", out[-1])
    assert svc.storage.count_entries() == len(svc.index)
    assert svc.entry(eid) is None
    assert "Panduan uji gajah qomvit" not in texts(await bot.send("gajah qomvit"))
    assert svc.storage.history(eid)[0].reason == "sudah usang"
    # restoring version 1 brings back the first summary as version 4
    out = await mod.send(f"/kembalikan {eid} 1")
    assert "versi 4" in texts(out)
    assert svc.storage.get_entry(eid).summary == "Ringkasan uji tentang panduan uji gajah qomvit."
    assert "Panduan uji gajah qomvit" in texts(await bot.send("gajah qomvit"))
    actions = [r[0] for r in svc.storage.db.execute(
        "SELECT action FROM audit WHERE entry_id = ? ORDER BY id", [eid])]
    assert actions == ["create", "update", "delete", "restore"]
    # bad input: clear message, nothing changes
    before = snapshot(svc)
    for bad in ("/ubah", "/ubah tidak-ada", "/hapus tidak-ada", "/riwayat tidak-ada",
                f"/kembalikan {eid} 99", f"/kembalikan {eid} x", "/kembalikan"):
        out = await mod.send(bad)
        assert len(out) == 1 and ("Cara pakai" in out[0].text or "tidak ditemukan" in
                                  out[0].text)
    assert snapshot(svc) == before


async def test_edit_rejects_bad_value_and_unknown_related(bot: LocalClient, mod: LocalClient
                                                          ) -> None:
    svc = svc_of(bot)
    await add_entry(mod, "Panduan uji rusa", "rusa")
    await mod.press("mod:add:save")
    before = snapshot(svc)
    await mod.send("/ubah panduan-uji-rusa")
    await mod.press("mod:field:related")
    out = await mod.send("tidak-ada-entri")
    assert "Entri terkait" in texts(out) and "tidak-ada-entri" in texts(out)
    out = await mod.send("panduan-uji-rusa")
    assert "Entri terkait" in texts(out)
    await mod.send("/batal")
    assert snapshot(svc) == before


async def test_example_questions_and_basis_are_edited_from_telegram(
        bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    await add_entry(mod, "Panduan uji kancil", "kancil")
    await mod.press("mod:add:save")
    eid = "panduan-uji-kancil"
    await mod.send(f"/ubah {eid}")
    await mod.press("mod:field:questions")
    await mod.send("kancil nyuri timun, gmn?\nboleh ga kancil, kalo udh bayar, ambil timun?")
    await mod.send("contoh pertanyaan")
    await mod.press("mod:edit:save")
    assert svc.storage.get_entry(eid).questions == (
        "kancil nyuri timun, gmn?", "boleh ga kancil, kalo udh bayar, ambil timun?")
    # basis: only provisions of law that exist; bad input changes nothing
    before = snapshot(svc)
    await mod.send(f"/ubah {eid}")
    await mod.press("mod:field:basis")
    assert "tidak-ada" in texts(await mod.send("tidak-ada"))
    assert "panduan-somasi" in texts(await mod.send("panduan-somasi"))
    await mod.send("/batal")
    assert snapshot(svc) == before
    await mod.send(f"/ubah {eid}")
    await mod.press("mod:field:basis")
    await mod.send("kuhperdata-1238, kuhperdata-1243")
    await mod.send("dasar hukum")
    await mod.press("mod:edit:save")
    assert svc.storage.get_entry(eid).basis == ("kuhperdata-1238", "kuhperdata-1243")


async def test_gap_queue_fills_and_empties(bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    for question in ("aturan vlorbik qumzat di kantor", "aturan vlorbik qumzat kantor gimana",
                     "zebra xjqwv vlumpt"):
        assert "belum menemukan jawaban" in texts(await bot.send(question))
    out = await mod.send("/celah")
    listing = out[-1]
    assert "zebra xjqwv vlumpt" in listing.text and "×1" in listing.text
    assert "vlorbik qumzat" in listing.text and "×2" in listing.text
    assert listing.text.index("zebra") < listing.text.index("vlorbik")  # newest first
    datas = [d for _, d in listing.flat_buttons if not d.startswith("mod:att:")]
    assert datas == ["mod:gap:new:1", "mod:gap:ign:1", "mod:gap:new:2", "mod:gap:ign:2"]
    out = await mod.press("mod:gap:new:2", listing)
    assert "vlorbik qumzat" in texts(out)
    await add_entry(mod, "Vlorbik qumzat di kantor", "-", start=False)
    out = await mod.press("mod:add:save")
    assert "kini terjawab: 2" in texts(out)
    assert svc.storage.get_entry("vlorbik-qumzat-di-kantor").keywords == (
        "aturan vlorbik qumzat kantor gimana",)
    listing = (await mod.send("/celah"))[-1]
    assert "vlorbik" not in listing.text and "zebra" in listing.text
    out = await mod.press("mod:gap:ign:1", listing)
    assert out[-1].method == "answerCallbackQuery" and "Diabaikan" in out[-1].text
    assert "Tidak ada pertanyaan" in texts(await mod.send("/celah"))
    statuses = sorted(r[0] for r in svc.storage.db.execute("SELECT status FROM unanswered"))
    assert statuses == ["answered", "answered", "ignored"]


async def test_attaching_a_gap_question_makes_its_entry_answer_it(
        bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    question = "aturan vlorbik qumzat zebra xjqwv gmn"
    assert "belum menemukan jawaban" in texts(await bot.send(question))
    listing = (await mod.send("/celah"))[-1]
    assert "/lampirkan" in listing.text
    # a worker cannot use the command, and a forged button changes nothing
    assert "bukan moderator" in texts(await bot.send("/lampirkan 1 kuhperdata-1238")).lower() \
        or "moderator" in texts(await bot.send("/lampirkan 1 kuhperdata-1238"))
    before = svc.storage.get_entry("kuhperdata-1238").questions
    await bot.press_data("mod:att:1:kuhperdata-1238", listing)
    assert svc.storage.get_entry("kuhperdata-1238").questions == before
    # bad input: a clear message, nothing written
    assert "Cara pakai" in texts(await mod.send("/lampirkan satu"))
    assert "tidak ada" in texts(await mod.send("/lampirkan 7 kuhperdata-1238")).lower()
    out = await mod.send("/lampirkan 1 kuhperdata-1238")
    assert "Dilampirkan ke" in texts(out)
    assert svc.storage.get_entry("kuhperdata-1238").questions[-1] == question
    res = svc.search(question)
    assert res.answered and res.hits[0].entry.id == "kuhperdata-1238"
    assert "Tidak ada pertanyaan" in texts(await mod.send("/celah"))


async def test_a_thumbs_down_question_reaches_celah(bot: LocalClient, mod: LocalClient
                                                    ) -> None:
    answer = (await bot.send("klien telat bayar"))[-1]
    down = next(d for _, d in answer.flat_buttons if d.startswith("fb:down:"))
    await bot.press_data(down, answer)
    listing = (await mod.send("/celah"))[-1]
    assert "klien telat bayar" in listing.text
    assert any(d.startswith("mod:att:1:") for _, d in listing.flat_buttons)


async def test_feedback_and_statistics(bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    answer = (await bot.send("klien telat bayar"))[-1]
    down = next(d for _, d in answer.flat_buttons if d.startswith("fb:down:"))
    await bot.press_data(down, answer)
    await bot.send("zebra xjqwv vlumpt")
    svc.storage.set_meta("dispute_started", "3")
    out = texts(await mod.send("/umpanbalik"))
    assert down.split(":")[2] in out and "👎 1" in out and "klien telat bayar" in out
    # the vote keeps the user id (one vote each) but not the question; the question is kept
    # apart, without the user id
    rows = list(svc.storage.db.execute("SELECT user_id, query FROM feedback"))
    assert rows == [(1001, "")]
    assert [r[0] for r in svc.storage.db.execute("SELECT text FROM feedback_questions")] == [
        "klien telat bayar"]
    cols = [c.name for c in svc.storage.table("feedback_questions").columns]
    assert not any("user" in c for c in cols)
    out = texts(await mod.send("/statistik"))
    assert "Pertanyaan: 2, terjawab 1 (50%)" in out
    assert "3 dimulai, 0 selesai" in out and "zebra xjqwv vlumpt" in out


def md_file(title: str, topic: str | None = "pembayaran", **extra: object) -> bytes:
    head: dict[str, object] = {
        "kind": "guide", "title": title, "citation": f"Panduan KawanGig: {title}",
        "status": "uji", "summary": f"Ringkasan {title}.", "source": "tests", **extra}
    if topic:
        head["topic"] = topic
    lines = yaml.safe_dump(head, allow_unicode=True, sort_keys=False)
    return f"---\n{lines}---\nTeks {title}.\n".encode()


async def test_import_preview_and_confirm(bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    before = snapshot(svc)
    out = await mod.upload("panduan-uji-impor.md", md_file("Panduan uji impor landak qivor"))
    assert "Pratinjau impor" in texts(out) and "Baru (1): panduan-uji-impor" in texts(out)
    assert snapshot(svc) == before
    # the parsed upload waits in the database; user_data holds only its token
    token = mod.app.user_data[mod.user_id]["mod_import"]
    assert isinstance(token, str) and svc.storage.table("pending_uploads").count == 1
    await mod.press("mod:imp:ok", out[-1])
    assert svc.storage.table("pending_uploads").count == 0
    entry = svc.storage.get_entry("panduan-uji-impor")
    assert entry.topic == "pembayaran"
    assert "Panduan uji impor landak qivor" in texts(await bot.send("impor landak qivor"))
    # a zip: one update of the imported entry, one new entry under its folder
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("pembayaran/panduan-uji-impor.md",
                         md_file("Panduan uji impor landak qivor dua", topic=None))
        archive.writestr("kontrak/panduan-uji-zip.md", md_file("Panduan zip", topic=None))
        archive.writestr("README.md", "catatan")
    out = await mod.upload("kb.zip", buf.getvalue())
    shown = texts(out)
    assert "Diperbarui (1): panduan-uji-impor" in shown and "Baru (1): panduan-uji-zip" in shown
    await mod.press("mod:imp:no", out[-1])
    assert svc.storage.version_of("panduan-uji-zip") == 0
    out = await mod.upload("kb.zip", buf.getvalue())
    await mod.press("mod:imp:ok", out[-1])
    assert svc.storage.get_entry("panduan-uji-zip").topic == "kontrak"
    # an entry a moderator changed in Telegram is protected from the file
    await mod.send("/ubah panduan-uji-zip")
    await mod.press("mod:field:title")
    await mod.send("Judul dari Telegram")
    await mod.press("mod:edit:save")
    out = await mod.upload("kb.zip", buf.getvalue())
    assert "Dilindungi" in texts(out) and "panduan-uji-zip" in texts(out)


async def test_bad_uploads_change_nothing(bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    before = snapshot(svc)

    def zipped(files: dict[str, bytes]) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)
        return buf.getvalue()

    cases = [
        ("gambar.png", b"\x89PNG", "hanya berkas"),
        ("x.zip", b"not a zip", "tidak bisa dibaca"),
        ("x.zip", zipped({"../evil.md": md_file("Jahat")}), "tidak aman"),
        ("x.zip", zipped({"a/b.exe": b"MZ"}), "hanya berkas"),
        ("x.zip", zipped({f"t/e{i}.md": b"x" for i in range(501)}), "Terlalu banyak"),
        ("x.zip", zipped({"t/bom.md": b"0" * (21 * 1024 * 1024)}), "terlalu besar"),
        ("buruk.md", md_file("Buruk", summary="s" * 701), "summary"),
        ("rel.md", md_file("Rel", related=["tidak-ada"]), "related"),
        ("kosong.json", b"[]", "Tidak ada entri"),
        ("besar.md", b"x" * (2 * 1024 * 1024 + 1), "terlalu besar"),
        # nesting too deep for any parser: one short error, no traceback, no temp path (#17)
        ("dalam.json", b"[" * 200_000 + b"]" * 200_000, "tidak bisa dibaca"),
        ("n" * 250 + ".md", md_file("Panjang"), "terlalu panjang"),
        ("banyak.json", json.dumps([{"id": f"e{i}"} for i in range(501)]).encode(),
         "Terlalu banyak"),
    ]
    for name, content, expected in cases:
        out = await mod.upload(name, content)
        assert len(out) == 1 and expected in out[0].text, (name, out[0].text)
        assert "Tidak ada yang disimpan" in out[0].text or "terlalu besar" in out[0].text
        assert "/tmp" not in out[0].text
        assert not out[0].buttons
    assert snapshot(svc) == before


async def test_export_round_trips(bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    out = await mod.send("/ekspor")
    doc = out[-1]
    assert doc.method == "sendDocument" and doc.filename.endswith(".zip")
    assert doc.document is not None
    with zipfile.ZipFile(io.BytesIO(doc.document)) as archive:
        names = archive.namelist()
        assert len(names) == svc.storage.count_entries()
        for entry in svc.storage.live_entries()[:20]:
            name = f"{entry.topic}/{entry.id}.md"
            parsed = parse_markdown(archive.read(name).decode(), entry.id, entry.topic, name)
            assert parsed == entry


async def test_conflict_between_two_moderators(bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    second = LocalClient(bot.app, bot.api, user_id=77)
    assert REFUSAL in texts(await second.send("/tambah"))
    assert "sekarang moderator" in texts(await mod.send("/moderator tambah 77"))
    assert "77" in texts(await mod.send("/moderator daftar"))
    # a moderator who is not an owner cannot manage moderators
    assert OWNER_REFUSAL in texts(await second.send("/moderator tambah 78"))
    await add_entry(mod, "Panduan uji konflik", "konflik uji")
    await mod.press("mod:add:save")
    eid = "panduan-uji-konflik"
    await mod.send(f"/ubah {eid}")
    await mod.press("mod:field:title")
    await mod.send("Judul dari pemilik")
    await second.send(f"/ubah {eid}")
    await second.press("mod:field:title")
    await second.send("Judul dari moderator kedua")
    assert "versi 2" in texts(await second.press("mod:edit:save"))
    out = texts(await mod.press("mod:edit:save"))
    assert "Bentrok" in out and "tg:77" in out and "Judul dari moderator kedua" in out
    assert "tidak</b> disimpan" in out
    assert svc.storage.get_entry(eid).title == "Judul dari moderator kedua"
    assert svc.storage.version_of(eid) == 2
    # removing the moderator takes effect at once
    assert "bukan moderator lagi" in texts(await mod.send("/moderator hapus 77"))
    assert REFUSAL in texts(await second.send(f"/riwayat {eid}"))
    assert "pemilik" in texts(await mod.send(f"/moderator hapus {OWNER}"))
    assert "Cara pakai" in texts(await mod.send("/moderator tambah abc"))


async def test_conflict_on_delete(bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    await add_entry(mod, "Panduan uji hapus", "hapus uji")
    await mod.press("mod:add:save")
    eid = "panduan-uji-hapus"
    confirm = (await mod.send(f"/hapus {eid}"))[-1]
    await mod.send(f"/ubah {eid}")
    await mod.press("mod:field:status")
    await mod.send("diubah")
    await mod.press("mod:edit:save")
    out = texts(await mod.press(f"mod:del:{eid}:1", confirm))
    assert "Bentrok" in out
    assert svc.entry(eid) is not None


async def test_non_moderator_is_refused_everything(bot: LocalClient, mod: LocalClient) -> None:
    svc = svc_of(bot)
    await add_entry(mod, "Panduan uji tupai", "tupai")
    await mod.press("mod:add:save")
    await bot.send("zebra xjqwv vlumpt")
    await mod.send("/celah")
    menu = (await bot.send("/start"))[-1]
    before = snapshot(svc)
    eid = "panduan-uji-tupai"
    commands = ["/moderator", "/moderator daftar", "/moderator tambah 1001",
                "/moderator hapus 42", "/tambah", f"/ubah {eid}", f"/hapus {eid}",
                f"/riwayat {eid}", f"/kembalikan {eid} 1", "/celah", "/umpanbalik",
                "/statistik", "/ekspor"]
    for command in commands:
        out = await bot.send(command)
        assert len(out) == 1, command
        assert (OWNER_REFUSAL if "/moderator" in command else REFUSAL) in out[0].text
    buttons = ["mod:kind:law", "mod:kind:guide", "mod:topic:pembayaran", "mod:add:save",
               "mod:add:cancel", "mod:field:title", "mod:edit:save", "mod:edit:cancel",
               f"mod:del:{eid}:1", "mod:delno", "mod:imp:ok", "mod:imp:no", "mod:gap:new:1",
               "mod:gap:ign:1", "mod:", "mod:zzz"]
    for data in buttons:
        out = await bot.press_data(data, menu)
        assert len(out) == 1 and out[0].method == "answerCallbackQuery", data
        assert REFUSAL in out[0].text, data
    # replayed: the moderator's own buttons pressed by someone else
    for sent in [s for s in bot.api.sent if s.chat_id == OWNER and s.buttons]:
        for _label, data in sent.flat_buttons:
            out = await bot.press_data(data, sent)
            assert len(out) == 1 and REFUSAL in out[0].text, data
    out = await bot.upload("x.md", md_file("Dari bukan moderator"))
    assert len(out) == 1 and REFUSAL not in out[0].text and not out[0].buttons
    assert snapshot(svc) == before
    assert svc.storage.version_of("x") == 0


def test_slug_and_grouping_helpers() -> None:
    taken = {"klien-telat-bayar"}
    assert slugify("Klien telat bayar!", taken.__contains__) == "klien-telat-bayar-2"
    assert slugify("???", taken.__contains__) == "entri"
    long = slugify("kata " * 40, taken.__contains__)
    assert len(long) <= 50 and entry_from_mapping({
        "id": long, "kind": "guide", "topic": "umum", "title": "t", "citation": "c",
        "status": "s", "summary": "s", "text": "t", "source": "s"}).id == long
    rows = [{"id": 3, "text": "klien belum bayar"}, {"id": 2, "text": "cerai"},
            {"id": 1, "text": "klien blm bayar!"}]
    groups = group_gaps(rows)
    assert [(g["ids"], g["count"]) for g in groups] == [([3, 1], 2), ([2], 1)]


def test_unpack_keeps_topic_folders(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("knowledge/kontrak/a.md", b"x")
        archive.writestr("__MACOSX/kontrak/._a.md", b"x")
        archive.writestr("b.json", b"[]")
    paths = unpack_upload("kb.zip", buf.getvalue(), tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in paths) == ["b.json",
                                                                          "kontrak/a.md"]
    single = unpack_upload("c.md", md_file("C", topic="phk"), tmp_path / "s")
    assert single[0].parent.name == "phk"


async def test_add_flow_survives_a_restart(settings: Settings, services: Services) -> None:
    api = LocalBotAPI()
    app = build_application(settings, request=api, services=services)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        mod = LocalClient(app, api, user_id=OWNER)
        await mod.send("/tambah")
        await mod.press("mod:kind:guide")
        await mod.send("Panduan uji mulai ulang")
        await app.update_persistence()
    app = build_application(settings, request=api, services=services)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        mod = LocalClient(app, api, user_id=OWNER)
        out = await mod.send("Panduan KawanGig: mulai ulang")
        assert "Ringkasan" in texts(out)


async def test_moderator_stale_and_forged_buttons_change_nothing(bot: LocalClient,
                                                                 mod: LocalClient) -> None:
    svc = svc_of(bot)
    menu = (await mod.send("/celah"))[-1]
    before = snapshot(svc)
    for data in ("mod:gap:new:99", "mod:gap:ign:99", "mod:kind:law", "mod:topic:phk",
                 "mod:add:save", "mod:field:title", "mod:edit:save", "mod:imp:ok",
                 "mod:del:tidak-ada:1", "mod:del:x:y", "mod:zzz"):
        out = await mod.press_data(data, menu)
        assert out, data  # a note (stale button, or entry not found), never silence
        assert not any("moderator" in s.text and "khusus" in s.text for s in out), data
    await mod.send("/tambah")
    for data in ("mod:kind:xyz", "mod:topic:phk", "mod:add:save"):
        out = await mod.press_data(data, menu)
        assert len(out) == 1 and out[0].method == "answerCallbackQuery", data
    assert snapshot(svc) == before


async def test_an_import_the_index_cannot_hold_is_refused_before_writing(
        bot: LocalClient, mod: LocalClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """The new index is built before the import is committed (#17): a failure writes nothing."""
    import bot.curation as curation

    svc = svc_of(bot)
    before = snapshot(svc)
    out = await mod.upload("baru.md", md_file("Entri yang terlalu besar"))

    def out_of_memory(*args: object, **kwargs: object) -> None:
        raise MemoryError

    monkeypatch.setattr(curation, "Index", out_of_memory)
    done = await mod.press("mod:imp:ok", out[-1])
    assert "Impor ditolak" in done[-1].text
    assert snapshot(svc) == before
