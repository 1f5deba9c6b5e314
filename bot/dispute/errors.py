"""The dispute domain's errors. A ``ParseError`` carries a catalog key and its values.

Whoever shows the error renders it in the reader's language with :meth:`ParseError.message`
(``t(key, lang, **values)``); values that are dates or nested :class:`Phrase` objects are
rendered in that language too, so one error serves both languages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from bot.dispute.common import format_date
from bot.texts import t


@dataclass(frozen=True)
class Phrase:
    """A catalog key with its values, rendered later in the reader's language."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: str = "id") -> str:
        """``t(key, lang, **values)``, dates and nested phrases rendered in ``lang``."""
        return t(self.key, lang, **{name: _render(v, lang) for name, v in self.values.items()})


def _render(value: object, lang: str) -> object:
    if isinstance(value, Phrase):
        return value.render(lang)
    if isinstance(value, date):
        return format_date(value, lang)
    return value


class DisputeError(ValueError):
    """Base class of the errors raised by the dispute domain."""


class ParseError(DisputeError):
    """A free-text answer could not be read: ``key`` and ``values`` name the message.

    ``str(err)`` is the Indonesian message (for logs); :meth:`message` renders it in a
    language.
    """

    def __init__(self, key: str, values: Mapping[str, object] | None = None) -> None:
        super().__init__(key, dict(values or {}))
        self.phrase = Phrase(key, dict(values or {}))

    @property
    def key(self) -> str:
        """The catalog key of the message."""
        return self.phrase.key

    def __str__(self) -> str:
        return self.message("id")

    def message(self, lang: str = "id") -> str:
        """The message in ``lang`` ("en" gives English, anything else Indonesian)."""
        return self.phrase.render(lang)


class CaseDataError(DisputeError):
    """A stored case (``Case.from_dict``) is malformed."""


class IncompleteCaseError(DisputeError):
    """The case lacks answers needed for the result; ``missing`` names the fields."""

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = tuple(missing)
        super().__init__("kasus belum lengkap: " + ", ".join(self.missing))
