"""The command line: ask (one, JSON, batch), kb validate/import/export/stats, run without token."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], tmp_path: Path, stdin: str = "", **env: str
        ) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    # PYTHONPATH: this checkout's bot, whatever the environment has installed
    full_env.update({"DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT), **env})
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, text=True,
                          capture_output=True, cwd=tmp_path, env=full_env, timeout=120)


def test_ask_json_payment_question(tmp_path: Path) -> None:
    res = run(["ask", "--json", "klien telat bayar 2 bulan gmn"], tmp_path)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["answered"] is True
    assert data["suggested_flow"] == "payment_dispute"
    cites = [r["citation"] for r in data["results"]]
    assert {"KUHPerdata Pasal 1238", "KUHPerdata Pasal 1243"} & set(cites), cites
    assert set(data["results"][0]) >= {"id", "title", "citation", "score", "summary", "source"}


def test_ask_off_topic(tmp_path: Path) -> None:
    res = run(["ask", "--json", "cara mengurus cerai"], tmp_path)
    data = json.loads(res.stdout)
    assert (data["answered"], data["results"], data["kind"], data["field"]) == (
        False, [], "out_of_scope", "keluarga")


def test_ask_batch_from_stdin(tmp_path: Path) -> None:
    res = run(["ask", "--batch", "-", "--k", "2"], tmp_path,
              stdin="gaji telat\n\nbisa daftar bpjs sendiri?\n")
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [x["query"] for x in lines] == ["gaji telat", "bisa daftar bpjs sendiri?"]
    assert all(len(x["results"]) <= 2 for x in lines)


def test_kb_validate_ok_and_broken(tmp_path: Path) -> None:
    assert run(["kb", "validate"], tmp_path).returncode == 0
    bad = tmp_path / "kb" / "sengketa" / "rusak.md"
    bad.parent.mkdir(parents=True)
    bad.write_text("---\nkind: guide\ntitle: x\n---\nteks\n")
    res = run(["kb", "validate", str(tmp_path / "kb")], tmp_path)
    assert res.returncode == 1
    assert "rusak.md" in res.stderr and "citation" in res.stderr


def test_kb_export_jsonl_and_stats(tmp_path: Path) -> None:
    res = run(["kb", "export", "--format", "jsonl"], tmp_path)
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(rows) >= 25
    assert set(rows[0]) >= {"id", "kind", "title", "citation", "text", "summary", "source",
                            "status"}
    assert "live entries" in run(["kb", "stats"], tmp_path).stdout


def test_kb_import_protects_telegram_edits(tmp_path: Path) -> None:
    from bot.config import Settings
    from bot.services import Services

    assert run(["kb", "stats"], tmp_path).returncode == 0  # seeds the database
    svc = Services(Settings(data_dir=tmp_path / "data"))
    entry = svc.storage.get_entry("kuhperdata-1238")
    import dataclasses
    svc.storage.save_entry(dataclasses.replace(entry, summary="Diubah moderator."), "tg:42",
                           "perbaikan")
    svc.close()
    out = tmp_path / "export"
    assert run(["kb", "export", str(out)], tmp_path).returncode == 0
    exported = next(out.rglob("kuhperdata-1238.md"))
    exported.write_text(exported.read_text().replace("Diubah moderator.", "Dari berkas."))
    res = run(["kb", "import", str(out)], tmp_path)
    assert "protected" in res.stdout and "kuhperdata-1238" in res.stdout
    res = run(["kb", "import", str(out), "--force"], tmp_path)
    assert "updated 1" in res.stdout


def test_run_without_token_says_how(tmp_path: Path) -> None:
    res = run(["run"], tmp_path)
    assert res.returncode == 2
    assert "BotFather" in res.stderr and "python -m bot chat" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_bad_setting_stops_startup(tmp_path: Path) -> None:
    res = run(["ask", "x"], tmp_path, MODERATOR_IDS="abc")
    assert res.returncode == 2 and "MODERATOR_IDS" in res.stderr


@pytest.mark.slow
def test_console_chat_through_a_pipe(tmp_path: Path) -> None:
    res = run(["chat"], tmp_path, stdin="/start\nklien telat bayar 2 bulan gmn\n#1\n")
    assert res.returncode == 0, res.stderr
    assert "KawanGig" in res.stdout
    assert "KUHPerdata Pasal" in res.stdout
    assert "[#1] 📜" in res.stdout or "[#1] 📖" in res.stdout
    # pressing #1 printed the verbatim text with its status and source
    assert "Status:" in res.stdout and "Sumber:" in res.stdout
    assert "Traceback" not in res.stdout + res.stderr


def test_run_with_a_webhook_and_no_secret_refuses_to_start(tmp_path: Path) -> None:
    res = run(["run"], tmp_path, TELEGRAM_BOT_TOKEN="123456789:AAH-abcdefghijklmnopqrstuvwxyz01",
              WEBHOOK_URL="https://example.org/hook", WEBHOOK_SECRET="")
    assert res.returncode != 0 and "WEBHOOK_SECRET" in res.stderr
    assert "Traceback" not in res.stderr


def test_eval_and_training_take_their_question_sets_as_arguments(tmp_path: Path) -> None:
    # production code never reads tests/: the sets are named on the command line
    for command in ("eval", "train-decision"):
        res = run([command], tmp_path)
        assert res.returncode == 2 and "FILE" in res.stderr, res.stderr
    qs = tmp_path / "qs.jsonl"
    qs.write_text(json.dumps({"q": "klien telat bayar", "expect": ["kuhperdata-1238"]}) + "\n"
                  + json.dumps({"q": "resep rendang", "expect": []}) + "\n", encoding="utf-8")
    res = run(["eval", str(qs), "--lexical", "--json"], tmp_path)
    assert res.returncode == 0, res.stderr
    (report,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert (report["set"], report["total"], report["answerable"]) == ("qs.jsonl", 2, 1)
    reads_tests = re.compile(r"""["']tests["']|Path\(\s*["']tests""")
    assert not [p for p in (ROOT / "bot").rglob("*.py")
                if reads_tests.search(p.read_text(encoding="utf-8"))]


def test_a_damaged_database_is_named_with_what_to_do(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    db = data / "kawangig.db"
    db.write_bytes(b"this is not a database" * 300)
    db.chmod(0o600)
    res = run(["kb", "stats"], tmp_path)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert str(db) in res.stderr and ".backup" in res.stderr and "corrupt-" in res.stderr
