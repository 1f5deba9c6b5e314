"""A letter as data, and its two renderings: plain text (the chat preview) and .docx.

Every letter the bot writes (the data-access request, the suspension appeal; the somasi and the
bipartit request when the dispute guide moves onto this engine) is a :class:`Letter`: place and
date, recipient, subject, paragraphs, a list of attachments (Lampiran), a signature. What the
worker has still to fill in is written as ``[…]`` and highlighted in the .docx, so nothing
unfinished goes out unnoticed. The .docx is A4 with 2.5 cm margins, the subject as its title and
the sender (never "python-docx") as its author.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date

PLACEHOLDER = re.compile(r"\[[^\[\]]*\]")


@dataclass(frozen=True)
class Letter:
    """One letter, ready to render.

    :ivar kind: which letter (``data_access``, ``suspension``…)
    :ivar lang: ``id`` or ``en`` (the recipient's language)
    :ivar heading: place and date line
    :ivar recipient: address lines
    :ivar subject: the "Perihal"/"Subject" line's text
    :ivar paragraphs: the body; a paragraph may hold several lines (numbered points)
    :ivar signature: closing lines, the sender's name last
    :ivar attachments: the Lampiran, one line each (may be empty)
    :ivar deadline: the fixed date the recipient is asked to answer by
    :ivar sender: the sender's name (the .docx author)
    """

    kind: str
    lang: str
    heading: str
    recipient: tuple[str, ...]
    subject: str
    paragraphs: tuple[str, ...]
    signature: tuple[str, ...]
    attachments: tuple[str, ...] = ()
    deadline: date | None = None
    sender: str = ""
    labels: dict[str, str] = field(default_factory=dict)  # "subject", "attachments" captions

    def placeholders(self) -> list[str]:
        """Every ``[…]`` still to be filled in, in order of appearance."""
        return PLACEHOLDER.findall(to_text(self))


def _blocks(letter: Letter) -> list[tuple[str, bool]]:
    subject = letter.labels.get("subject", "Perihal")
    blocks = [(letter.heading, False), ("\n".join(letter.recipient), False),
              (f"{subject}: {letter.subject}", True)]
    blocks += [(p, False) for p in letter.paragraphs]
    blocks.append(("\n".join(letter.signature), False))
    if letter.attachments:
        caption = letter.labels.get("attachments", "Lampiran")
        lines = [f"{i}. {a}" for i, a in enumerate(letter.attachments, 1)]
        blocks.append((f"{caption}:\n" + "\n".join(lines), False))
    return blocks


def to_text(letter: Letter) -> str:
    """The letter as plain text (nothing escaped: escape it before sending as HTML)."""
    return "\n\n".join(text for text, _ in _blocks(letter))


def to_docx(letter: Letter) -> bytes:
    """The letter as an editable A4 .docx, placeholders highlighted in yellow."""
    from docx import Document  # python-docx is needed only for this output
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Cm, Mm

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    props = document.core_properties
    props.title, props.author, props.last_modified_by = letter.subject, letter.sender, ""
    props.comments = props.keywords = props.subject = ""
    for text, bold in _blocks(letter):
        paragraph = document.add_paragraph()
        lines = text.split("\n")
        for index, line in enumerate(lines):
            pos = 0
            for match in PLACEHOLDER.finditer(line):
                if match.start() > pos:
                    paragraph.add_run(line[pos:match.start()]).bold = bold
                run = paragraph.add_run(match.group())
                run.bold = bold
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
                pos = match.end()
            last = paragraph.add_run(line[pos:])
            last.bold = bold
            if index < len(lines) - 1:
                last.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
