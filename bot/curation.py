"""Moderator logic without Telegram: field values, slugs, gap grouping, uploads and exports.

``bot/handlers/moderator/`` reads the update, calls these functions and replies; everything here
is plain Python and is tested without ``telegram``.

Slugs stay our own (``slugify`` below) rather than ``python-slugify``: measured on the 605
titles of knowledge/ (Indonesian and English), python-slugify 9.2 gave a different id for 19 of
them, always worse for this corpus: ``"pesangon 0,5x"`` became ``pesangon-05x`` (reads as
"05x", not 0.5x) and ``"worker's"`` became ``worker-s``. Ours goes through the same
``normalize()`` as search, so an id reads like the words a user types.
"""

from __future__ import annotations

import dataclasses
import io
import json
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from bot.knowledge import (
    LIST_FIELDS,
    TOPIC_RE,
    Entry,
    KnowledgeError,
    check_collection,
    entry_from_mapping,
    load_yaml,
    parse_file,
)
from bot.render import shorten
from bot.search import Index, normalize, tokenize
from bot.texts import TOPICS

# The fields /tambah asks, in order; a law also gets its regulation and article after the
# citation.
ADD_FIELDS = ("title", "citation", "summary", "text", "status", "source", "keywords")
LAW_FIELDS = ("regulation", "article")
# The fields /ubah offers.
EDITABLE = ("title", "title_en", "citation", "regulation", "article", "status", "summary",
            "summary_en", "text", "body_en", "source", "tags", "keywords", "related", "basis",
            "questions")
# Fields that ``-`` clears.
OPTIONAL = frozenset({"title_en", "regulation", "article", "summary_en", "tags", "keywords",
                      "related", "basis", "questions", "body_en"})
# list fields written one item per line (their items may hold commas)
LINE_FIELDS = frozenset({"questions"})
# A valid record used to check one field at a time with the files' own validator.
PROBE: dict[str, Any] = {"id": "probe", "kind": "guide", "topic": "umum", "title": "t",
                         "citation": "c", "status": "s", "summary": "s", "text": "t",
                         "source": "s", "regulation": "r", "article": "a"}
MAX_UPLOAD = 2 * 1024 * 1024  # bytes of one uploaded file (a .zip or an entry file)
MAX_FILES = 500  # files in one .zip, and entries in one upload (a .json may hold many)
MAX_NAME = 200  # characters of an uploaded file's name
MAX_DETAIL = 200  # characters of a parser's message quoted back (an alias bomb's is huge)
MAX_UNPACKED = 20 * 1024 * 1024  # bytes of a .zip once unpacked
ENTRY_SUFFIXES = (".md", ".yaml", ".yml", ".json")
JACCARD = 0.5  # two unanswered questions are one gap when their token sets overlap this much


# -- fields ---------------------------------------------------------------------------------


def add_fields(kind: str) -> list[str]:
    """The fields /tambah asks for an entry of ``kind``, in order.

    :param kind: ``guide``, ``article`` or ``law``
    """
    fields = list(ADD_FIELDS)
    if kind == "law":
        fields[2:2] = LAW_FIELDS
    return fields


def parse_value(name: str, text: str) -> Any:
    """A typed value for a field: lists are comma-separated, ``-`` clears an optional field.

    :param name: the field
    :param text: what the moderator typed
    """
    text = text.strip()
    if name in OPTIONAL and text == "-":
        return [] if name in LIST_FIELDS else ""
    if name in LINE_FIELDS:
        return [line.strip() for line in text.splitlines() if line.strip()]
    if name in LIST_FIELDS:
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def check_field(name: str, value: Any, kind: str = "guide") -> None:
    """Validate one field with ``entry_from_mapping``; raise ``KnowledgeError`` for it only.

    :param name: the field
    :param value: its typed value (``parse_value``)
    :param kind: the entry's kind (a law requires other fields)
    """
    probe = {**PROBE, "kind": kind, name: value}
    try:
        entry_from_mapping(probe, "telegram")
    except KnowledgeError as exc:
        if exc.field == name:
            raise


def slugify(title: str, taken: Callable[[str], bool]) -> str:
    """A unique entry id from a title (``"Klien telat bayar!"`` → ``klien-telat-bayar``).

    :param title: the entry's title
    :param taken: whether an id is already used
    """
    base = "-".join(normalize(title).split())[:44].strip("-") or "entri"
    if len(base) < 2:
        base = f"entri-{base}"
    slug, n = base, 2
    while taken(slug):
        slug = f"{base}-{n}"
        n += 1
    return slug


def topic_choices(present: Iterable[str]) -> list[str]:
    """Topics offered for a new entry: the known ones in order, then others in use, ``umum``.

    :param present: topics of the live entries
    """
    extra = sorted(set(present) - set(TOPICS))
    return [*TOPICS, *extra] + ([] if "umum" in extra else ["umum"])


def with_question(entry: Entry, question: str) -> Entry | None:
    """``entry`` with ``question`` added to its example questions; ``None`` if already there.

    Raises ``KnowledgeError`` if the longer list is invalid.

    :param entry: the live entry
    :param question: an unanswered question
    """
    question = question.strip()
    if question in entry.questions:
        return None
    questions = [*entry.questions, question]
    check_field("questions", questions, entry.kind)
    return dataclasses.replace(entry, questions=tuple(questions))


# -- gaps -----------------------------------------------------------------------------------


def group_gaps(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group unanswered questions (newest first) whose token sets overlap (Jaccard ≥ 0.5).

    :param rows: ``unanswered`` rows, newest first
    :return: groups, newest first: ``text`` (newest question), ``ids``, ``count``
    """
    groups: list[dict[str, Any]] = []
    for row in rows:
        tokens = frozenset(tokenize(row["text"]))
        for group in groups:
            seen: frozenset[str] = group["tokens"]
            union = seen | tokens
            same = (len(seen & tokens) / len(union) >= JACCARD) if union else \
                normalize(group["text"]) == normalize(row["text"])
            if same:
                group["ids"].append(int(row["id"]))
                group["count"] += 1
                break
        else:
            groups.append({"text": row["text"], "tokens": tokens, "ids": [int(row["id"])],
                           "count": 1})
    return groups


def answered_gaps(index: Index, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Ids of the unanswered questions that ``index`` now answers.

    :param index: the new search index
    :param rows: open ``unanswered`` rows
    """
    return [int(row["id"]) for row in rows if index.search(row["text"]).answered]


# -- uploads and exports --------------------------------------------------------------------


class UploadError(ValueError):
    """An upload cannot be imported; ``key`` (a text key) and ``values`` make the message."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def _md_topic(content: bytes) -> str:
    """The ``topic:`` of a single ``.md`` file's front matter, else ``umum``."""
    text = content.decode("utf-8", errors="replace").lstrip("\ufeff")
    if text.startswith("---"):
        try:
            meta = load_yaml(text.split("\n---", 1)[0][3:], "upload")
        except (yaml.YAMLError, KnowledgeError):
            meta = None
        topic = meta.get("topic") if isinstance(meta, dict) else None
        if isinstance(topic, str) and TOPIC_RE.match(topic):
            return topic
    return "umum"


def check_upload_name(filename: str) -> None:
    """Refuse a file that is neither an entry file nor a ``.zip`` (before downloading it).

    :param filename: the uploaded file's name
    """
    if len(filename) > MAX_NAME:
        raise UploadError("mod_upload_name", max=MAX_NAME)
    if PurePosixPath(filename).suffix.lower() not in (*ENTRY_SUFFIXES, ".zip"):
        raise UploadError("mod_upload_type", name=filename)


def unpack_upload(filename: str, content: bytes, dest: Path) -> list[Path]:
    """Write an uploaded entry file, or the entry files of a ``.zip``, under ``dest``.

    Each file keeps its ``<topic>/`` folder. Zips are checked before extraction: at most
    ``MAX_FILES`` files and ``MAX_UNPACKED`` bytes, no absolute paths or ``..``, only entry
    files (README and hidden files are skipped).

    :param filename: the uploaded file's name
    :param content: its bytes
    :param dest: an empty temporary folder
    :return: the written files
    """
    suffix = PurePosixPath(filename).suffix.lower()
    if suffix in ENTRY_SUFFIXES:
        folder = dest / _md_topic(content) if suffix == ".md" else dest
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / PurePosixPath(filename).name
        path.write_bytes(content)
        return [path]
    if suffix != ".zip":
        raise UploadError("mod_upload_type", name=filename)
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, ValueError):
        raise UploadError("mod_upload_badzip") from None
    if len(infos) > MAX_FILES:
        raise UploadError("mod_upload_too_many", max=MAX_FILES)
    if sum(i.file_size for i in infos) > MAX_UNPACKED:
        raise UploadError("mod_upload_bomb")
    paths: list[Path] = []
    written = 0
    for info in infos:
        name = info.filename.replace("\\", "/")
        parts = PurePosixPath(name).parts
        if name.startswith("/") or ".." in parts or ":" in name or not parts:
            raise UploadError("mod_upload_path", name=name)
        base = parts[-1]
        if parts[0] == "__MACOSX" or base.startswith(".") or base.lower().startswith("readme"):
            continue
        if PurePosixPath(base).suffix.lower() not in ENTRY_SUFFIXES:
            raise UploadError("mod_upload_type", name=name)
        folder = dest / parts[-2] if len(parts) >= 2 else dest
        target = folder / base
        if target.exists():
            raise UploadError("mod_upload_duplicate", name=name)
        try:
            with archive.open(info) as src:
                data = src.read(MAX_UNPACKED - written + 1)
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError):
            raise UploadError("mod_upload_badzip") from None
        written += len(data)
        if written > MAX_UNPACKED:
            raise UploadError("mod_upload_bomb")
        folder.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        paths.append(target)
    return paths


def _json_records(path: Path) -> int:
    """How many records a ``.json`` upload holds (counted before any is validated)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return 0  # parse_file names the error
    return len(data) if isinstance(data, list) else 1


def parse_upload(filename: str, content: bytes, live: Sequence[Entry]) -> list[Entry]:
    """Parse and validate an upload against the live entries; raise ``UploadError``.

    :param filename: the uploaded file's name
    :param content: its bytes
    :param live: the live entries (for ``related`` and duplicate checks)
    """
    if len(content) > MAX_UPLOAD:
        raise UploadError("mod_upload_big")
    with tempfile.TemporaryDirectory(prefix="kawangig-upload-") as tmp:
        root = Path(tmp)
        entries: list[Entry] = []
        try:
            for path in unpack_upload(filename, content, root):
                if path.suffix.lower() == ".json" and _json_records(path) > MAX_FILES:
                    raise UploadError("mod_upload_too_many", max=MAX_FILES)
                entries.extend(parse_file(path, root))
                if len(entries) > MAX_FILES:
                    raise UploadError("mod_upload_too_many", max=MAX_FILES)
            ids = {e.id for e in entries}
            check_collection([*(e for e in live if e.id not in ids), *entries])
        except KnowledgeError as exc:
            where = exc.where.replace(str(root) + "/", "")
            raise UploadError("mod_upload_invalid", where=shorten(where, MAX_DETAIL),
                              field=shorten(exc.field, MAX_DETAIL),
                              problem=shorten(exc.problem, MAX_DETAIL)) from None
        except (RecursionError, OSError, UnicodeError, MemoryError) as exc:
            # nesting too deep, names the file system refuses, undecodable text: one short
            # message, never a temporary path
            raise UploadError("mod_upload_unreadable", kind=type(exc).__name__) from None
    if not entries:
        raise UploadError("mod_upload_empty")
    return entries


def trial_index(live: Sequence[Entry], incoming: Sequence[Entry]) -> bool:
    """Whether the knowledge base after an import can be indexed; built and thrown away
    *before* the import is written, so an import that would leave the bot unable to start
    (an index that does not fit in memory, a parser failure) is refused instead (#17).

    :param live: the live entries
    :param incoming: the entries about to be imported (replacing live ones with their id)
    """
    ids = {e.id for e in incoming}
    try:
        Index([*(e for e in live if e.id not in ids), *incoming])
    except (MemoryError, RecursionError, ValueError):
        return False
    return True


def export_zip(entries: Iterable[Entry]) -> bytes:
    """The entries as a ``.zip`` in the knowledge/ layout (``<topic>/<id>.md``).

    :param entries: the live entries
    """
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in entries:
            archive.writestr(f"{entry.topic}/{entry.id}.md", entry.to_markdown())
    return buf.getvalue()
