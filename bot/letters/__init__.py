"""Letters the bot writes: one engine (``engine``), a letter model with text and .docx output
(``model``), and the letters themselves (``data_access``, ``suspension``). See ``engine`` for
how a letter is asked and built. No Telegram here.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.letters import data_access, suspension
from bot.letters.engine import (
    DONE,
    SKIP,
    Field,
    LetterInputError,
    LetterSpec,
    answer,
    back,
    build,
    next_field,
    progress,
    selected,
)
from bot.letters.model import Letter, to_docx, to_text

LETTERS: Mapping[str, LetterSpec] = {spec.kind: spec for spec in (data_access.SPEC,
                                                                  suspension.SPEC)}

__all__ = ["DONE", "LETTERS", "SKIP", "Field", "Letter", "LetterInputError", "LetterSpec",
           "answer", "back", "build", "next_field", "progress", "selected", "to_docx",
           "to_text"]
