"""One line of a worker's input made fit for a letter, a stored name or a file name (pure).

Shared by the dispute guide (``bot/dispute``) and the letters (``bot/letters``): the same
cleaning, the same idea of what can be a person's or company's name, the same file slugs.
"""

from __future__ import annotations

import re
import unicodedata

NAME_MIN, NAME_MAX = 2, 100  # characters of a person's or company's name
NAME_MAX_WORDS = 8  # "PT Karya Anotasi Data Nusantara Sejahtera Abadi" is seven
#: Words that answer something but never start a name ("ok", "halo aku balik lg", "skip").
NOT_NAMES = frozenset({
    "ok", "oke", "okay", "ya", "iya", "tidak", "gak", "ga", "nggak", "tes", "test", "siap",
    "lanjut", "halo", "hai", "hi", "hello", "permisi", "kak", "min", "bang", "gan", "makasih",
    "terima", "thanks", "yes", "no", "skip", "lewati",
})
_CONTROL = ("Cc", "Cf", "Cs", "Co", "Cn")


def clean_line(text: str, limit: int = 100) -> str:
    """One line: NFC, format/control characters dropped, whitespace collapsed, cut to
    ``limit`` characters."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if ch.isspace() else ch for ch in text)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    return re.sub(r"\s+", " ", text).strip()[:limit].strip()


def plausible_name(text: str, refuse: frozenset[str] = frozenset()) -> str | None:
    """``text`` as a name (NFC, whitespace collapsed), or ``None`` when it cannot be one:
    control characters, under ``NAME_MIN`` or over ``NAME_MAX`` characters, no letter, a reply
    word or greeting first, a question, or a sentence of more than ``NAME_MAX_WORDS`` words.

    :param text: what the worker typed
    :param refuse: more first words that cannot start a name where this one is asked (the
        letters refuse "batal"; the dispute guide's last step takes it as a name)
    """
    if any(unicodedata.category(ch) in _CONTROL for ch in text):
        return None
    name = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    words = name.casefold().strip(".!").split()
    if (not NAME_MIN <= len(name) <= NAME_MAX or not any(ch.isalpha() for ch in name)
            or not words or words[0].strip(",!.") in NOT_NAMES | refuse or name.endswith("?")
            or len(words) > NAME_MAX_WORDS):
        return None
    return name


def ascii_slug(text: str, fallback: str, limit: int = 40) -> str:
    """``PT Ayam & <Telur> Jaya`` → ``pt-ayam-telur-jaya`` (ASCII, for a file name).

    :param text: the name
    :param fallback: what to use when nothing ASCII is left
    :param limit: most characters kept
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-")
    return slug or fallback
