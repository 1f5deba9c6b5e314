"""Knowledge-base entries: parse and validate files of ``knowledge/`` (pure, reading only).

One entry per file, ``knowledge/<topic>/<id>.md``::

    ---
    kind: law
    title: Lalai (wanprestasi) setelah ditegur
    title_en: Default (wanprestasi) after a warning
    citation: KUHPerdata Pasal 1238
    regulation: KUHPerdata
    article: Pasal 1238
    status: berlaku (terjemahan; tidak ada teks resmi berbahasa Indonesia)
    summary: >-
      Penjelasan singkat dalam bahasa sehari-hari ...
    summary_en: >-
      Optional English summary ...
    source: github:... (provenance)
    tags: [pembayaran, wanprestasi]
    keywords: [telat bayar, ga dibayar, somasi]
    related: [kuhperdata-1243]
    basis: [kuhperdata-1238]      # guides: the law entries the guide rests on
    questions:                    # real questions, in workers' words, that it answers
      - klien telat bayar 2 bulan, bisa dituntut ga?
    ---
    Verbatim text of the article (kind law), the section text (kind article)
    or the explanation (kind guide).

The id is the file name without ``.md``; the topic is the folder name. The same
``Entry`` type is produced from ``.yaml``/``.json`` files (every field, ``text`` included).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

# the knowledge root is a setting's default; re-exported for the callers that load files
from bot.config import default_root as default_root

KINDS = ("law", "article", "guide")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,49}$")
TOPIC_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
SUMMARY_MAX = 700
TITLE_MAX = 150
TEXT_MAX = 12_000
# every other text field has a limit too: a 1.5 MB citation once kept an index build busy for
# 14 minutes and a 1.4 MB source turned one 📜 tap into 344 messages
FIELD_MAX = {"citation": 200, "regulation": 120, "article": 80, "status": 1200,
             "source": 1500}
FIELDS = (
    "id",
    "kind",
    "topic",
    "title",
    "title_en",
    "citation",
    "regulation",
    "article",
    "status",
    "summary",
    "summary_en",
    "text",
    "body_en",
    "source",
    "tags",
    "keywords",
    "related",
    "basis",
    "questions",
)
LIST_FIELDS = ("tags", "keywords", "related", "basis", "questions")
# list fields: at most this many items, each at most this long
LIST_MAX = {"tags": 20, "keywords": 80, "related": 30, "basis": 12, "questions": 60}
ITEM_MAX = {"tags": 40, "keywords": 120, "related": 50, "basis": 50, "questions": 400}
REQUIRED = ("id", "kind", "topic", "title", "citation", "status", "summary", "text", "source")
REQUIRED_LAW = ("regulation", "article")


class KnowledgeError(ValueError):
    """A knowledge file or record is invalid; the message names the file and the field."""

    def __init__(self, where: str, fld: str, problem: str) -> None:
        self.where = where
        self.field = fld
        self.problem = problem
        super().__init__(f"{where}: field '{fld}': {problem}")


@dataclass(frozen=True)
class Entry:
    """One knowledge-base entry: a provision of law, a section of the article, or a guide."""

    id: str
    kind: str
    topic: str
    title: str
    citation: str
    status: str
    summary: str
    text: str
    source: str
    regulation: str = ""
    article: str = ""
    summary_en: str = ""
    title_en: str = ""
    body_en: str = ""
    tags: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    basis: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()

    def to_record(self) -> dict[str, Any]:
        """Plain dict (lists, not tuples) with every field, for JSON, YAML and storage."""
        rec = asdict(self)
        for name in LIST_FIELDS:
            rec[name] = list(rec[name])
        return rec

    def summary_for(self, lang: str) -> str:
        """The summary in ``lang`` ('id' or 'en'), falling back to Indonesian."""
        if lang == "en" and self.summary_en:
            return self.summary_en
        return self.summary

    def body_for(self, lang: str) -> str:
        """The body in ``lang``: a guide's English body for English users, else ``text``."""
        if lang == "en" and self.body_en:
            return self.body_en
        return self.text

    def title_for(self, lang: str) -> str:
        """The title in ``lang`` ('id' or 'en'), falling back to Indonesian."""
        if lang == "en" and self.title_en:
            return self.title_en
        return self.title

    def to_markdown(self) -> str:
        """The entry in the ``knowledge/`` file format (front matter + body)."""
        header = {k: v for k, v in self.to_record().items() if k not in ("id", "topic", "text")}
        header = {k: v for k, v in header.items() if v not in ("", [], None)}
        if "title_en" in header:  # right after the title, as in the files
            ordered: dict[str, Any] = {}
            for name, value in header.items():
                if name != "title_en":
                    ordered[name] = value
                if name == "title":
                    ordered["title_en"] = header["title_en"]
            header = ordered
        front = yaml.safe_dump(header, allow_unicode=True, sort_keys=False, width=100)
        return f"---\n{front}---\n{self.text.strip()}\n"


# ASCII controls except tab and newline, and every non-ASCII character (checked one by one)
_SUSPECT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\U0010ffff]")


@lru_cache(maxsize=4096)
def _keep(ch: str) -> str:
    """``ch`` unless it is a control, format or unassigned character (category C)."""
    return "" if ch not in "\n\t" and unicodedata.category(ch)[0] == "C" else ch


def clean_text(value: str) -> str:
    """NFC-normalise and drop control characters except newlines and tabs."""
    value = unicodedata.normalize("NFC", value)
    return _SUSPECT.sub(lambda m: _keep(m.group()), value).strip()


def _as_list(where: str, name: str, value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = [part for part in value.split(",")]
    if not isinstance(value, list | tuple):
        raise KnowledgeError(where, name, "must be a list of words")
    out = []
    for item in value:
        if not isinstance(item, str | int | float) or isinstance(item, bool):
            raise KnowledgeError(where, name, f"item {item!r} is not text")
        text = clean_text(str(item))
        if text:
            out.append(text)
    return tuple(out)


def entry_from_mapping(data: Mapping[str, Any], where: str = "<record>") -> Entry:
    """Build and validate an ``Entry`` from a mapping; raise ``KnowledgeError`` naming the field.

    :param data: field name -> value (unknown fields are rejected)
    :param where: file name (and line) to name in error messages
    """
    if not isinstance(data, Mapping):
        raise KnowledgeError(where, "-", "expected a mapping of fields")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise KnowledgeError(where, unknown[0], "unknown field")
    values: dict[str, Any] = {}
    for name in FIELDS:
        raw = data.get(name)
        if name in LIST_FIELDS:
            values[name] = _as_list(where, name, raw)
            if len(values[name]) > LIST_MAX[name]:
                raise KnowledgeError(where, name, f"more than {LIST_MAX[name]} items")
            for item in values[name]:
                if len(item) > ITEM_MAX[name]:
                    raise KnowledgeError(
                        where, name, f"an item is longer than {ITEM_MAX[name]} characters")
            continue
        if raw is None:
            values[name] = ""
            continue
        if not isinstance(raw, str | int | float) or isinstance(raw, bool):
            raise KnowledgeError(where, name, "must be text")
        values[name] = clean_text(str(raw))
    for name in REQUIRED:
        if not values[name]:
            raise KnowledgeError(where, name, "is required and empty")
    if not ID_RE.match(values["id"]):
        raise KnowledgeError(
            where, "id", "use 2-50 lowercase letters, digits and '-' (e.g. kuhperdata-1238)"
        )
    if not TOPIC_RE.match(values["topic"]):
        raise KnowledgeError(where, "topic", "use lowercase letters, digits and '-'")
    if values["kind"] not in KINDS:
        raise KnowledgeError(where, "kind", f"must be one of {', '.join(KINDS)}")
    if values["kind"] == "law":
        for name in REQUIRED_LAW:
            if not values[name]:
                raise KnowledgeError(where, name, "is required for kind 'law'")
    if "[…]" in values["text"] or "[...]" in values["text"]:
        raise KnowledgeError(where, "text", "quotes a gap marked […]; quote only complete parts")
    if len(values["summary"]) > SUMMARY_MAX:
        raise KnowledgeError(where, "summary", f"longer than {SUMMARY_MAX} characters")
    if len(values["summary_en"]) > SUMMARY_MAX:
        raise KnowledgeError(where, "summary_en", f"longer than {SUMMARY_MAX} characters")
    for name, limit in FIELD_MAX.items():
        if len(values[name]) > limit:
            raise KnowledgeError(where, name, f"longer than {limit} characters")
    for name in ("title", "title_en"):
        if len(values[name]) > TITLE_MAX:
            raise KnowledgeError(where, name, f"longer than {TITLE_MAX} characters")
    if len(values["text"]) > TEXT_MAX:
        raise KnowledgeError(where, "text", f"longer than {TEXT_MAX} characters")
    if len(values["body_en"]) > TEXT_MAX:
        raise KnowledgeError(where, "body_en", f"longer than {TEXT_MAX} characters")
    if values["body_en"] and values["kind"] == "law":
        raise KnowledgeError(where, "body_en", "law text is quoted in Indonesian only; "
                             "explain it in summary_en")
    if values["id"] in values["related"]:
        raise KnowledgeError(where, "related", "an entry cannot be related to itself")
    if values["basis"] and values["kind"] == "law":
        raise KnowledgeError(where, "basis", "only guides and article sections declare a basis")
    return Entry(**values)


def load_yaml(text: str, where: str) -> Any:
    """``yaml.safe_load`` without anchors and aliases (``&a``/``*a``): a few hundred bytes of
    nested aliases expand to gigabytes, and no knowledge file needs them.

    :raises KnowledgeError: naming the line of the first anchor or alias
    """
    try:
        for token in yaml.scan(text):
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                line = token.start_mark.line + 1
                raise KnowledgeError(f"{where}:{line}", "-",
                                     "YAML anchors and aliases (& and *) are not allowed")
    except yaml.YAMLError:
        pass  # the loader below reports the syntax error with its line
    return yaml.safe_load(text)


def parse_markdown(text: str, entry_id: str, topic: str, where: str) -> Entry:
    """Parse one ``.md`` entry (front matter + body).

    :param text: file content
    :param entry_id: id taken from the file name
    :param topic: topic taken from the folder name
    :param where: file name for error messages

    Not ``python-frontmatter``: with our safe loader as its handler it passes every knowledge
    test, but it returns empty metadata for a file that does not start with or never closes
    its front matter, and drops a header that is not a mapping, so each check below would
    stay, around a library doing the one ``split`` line.
    """
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        raise KnowledgeError(f"{where}:1", "-", "must start with a '---' front-matter line")
    parts = text.split("\n---", 1)
    if len(parts) != 2:
        raise KnowledgeError(f"{where}:1", "-", "front matter is not closed by a '---' line")
    head, body = parts[0][3:], parts[1]
    body = body.split("\n", 1)[1] if "\n" in body else ""
    try:
        meta = load_yaml(head, where) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 2
        raise KnowledgeError(f"{where}:{line}", "-", f"invalid YAML ({exc})") from None
    if not isinstance(meta, dict):
        raise KnowledgeError(f"{where}:2", "-", "front matter must be 'field: value' lines")
    for key, name in (("id", entry_id), ("topic", topic)):
        if key in meta and str(meta[key]) != name:
            raise KnowledgeError(where, key, f"must match the path ({name!r}) or be left out")
    if "text" in meta:
        raise KnowledgeError(where, "text", "goes in the body after the front matter")
    data = {**meta, "id": entry_id, "topic": topic, "text": body}
    return entry_from_mapping(data, where)


def parse_file(path: Path, root: Path | None = None) -> list[Entry]:
    """Parse one file (``.md``, ``.yaml``/``.yml`` or ``.json``) into entries.

    :param path: the file
    :param root: knowledge root; the topic is the folder below it (``umum`` when none)
    """
    where = str(path)
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise KnowledgeError(where, "-", "not UTF-8 text") from None
    topic = path.parent.name if root is None or path.parent != root else "umum"
    suffix = path.suffix.lower()
    if suffix == ".md":
        return [parse_markdown(content, path.stem, topic, where)]
    if suffix in (".yaml", ".yml"):
        try:
            data = load_yaml(content, where)
        except yaml.YAMLError as exc:
            raise KnowledgeError(where, "-", f"invalid YAML ({exc})") from None
    elif suffix == ".json":
        try:
            data = json.loads(content)
        except json.JSONDecodeError as exc:
            raise KnowledgeError(
                f"{where}:{exc.lineno}", "-", f"invalid JSON ({exc.msg})"
            ) from None
    else:
        raise KnowledgeError(where, "-", "unsupported file type (use .md, .yaml or .json)")
    records = data if isinstance(data, list) else [data]
    entries = []
    for i, rec in enumerate(records, 1):
        label = f"{where}#{i}" if len(records) > 1 else where
        if isinstance(rec, dict):
            rec = {"topic": topic, **rec}
        entries.append(entry_from_mapping(rec, label))
    return entries


def iter_files(root: Path) -> Iterable[Path]:
    """Every entry file under ``root`` in a stable order (README files are skipped)."""
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in (".md", ".yaml", ".yml", ".json"):
            if path.name.lower().startswith("readme"):
                continue
            yield path


def load_dir(root: Path) -> list[Entry]:
    """Parse and validate every file under ``root``; raise the first ``KnowledgeError``."""
    entries: list[Entry] = []
    for path in iter_files(root):
        entries.extend(parse_file(path, root))
    check_collection(entries)
    return entries


def check_collection(entries: Iterable[Entry]) -> None:
    """Cross-entry checks: unique ids, ``related`` ids exist, ``basis`` ids are law entries."""
    seen: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in seen:
            raise KnowledgeError(entry.id, "id", "used by two entries")
        seen[entry.id] = entry
    for entry in seen.values():
        for rel in entry.related:
            if rel not in seen:
                raise KnowledgeError(entry.id, "related", f"unknown entry id {rel!r}")
        for base in entry.basis:
            if base not in seen:
                raise KnowledgeError(entry.id, "basis", f"unknown entry id {base!r}")
            if seen[base].kind != "law":
                raise KnowledgeError(entry.id, "basis", f"{base!r} is not a provision of law")

