"""What is not ours to answer: small talk, and questions from other fields of law, each with the
place that handles it (no telegram import).

Each field has prototype questions (compared semantically with the user's question) and a few
unmistakable words (used when the model is unavailable, and as a decision feature). The texts
that name the right place are in ``bot/texts/user.py`` under ``field_<name>``.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from bot.search.text import normalize, stem

# Messages made only of these words are small talk: a friendly reply, nothing logged.
SMALL_TALK = frozenset("""
    makasih makasi makasii mksh mksih trims tq ty thx thanks thank you terima kasih kasih
    banyak ok oke okay okey okeh sip siap mantap mantab mantul noted baik baiklah halo hallo
    hai hi hello hey pagi siang sore malam selamat assalamualaikum waalaikumsalam salam min
    kak bang mas mbak pak bu gan bro sis ya yaa iya yup yes no tidak gak ga nggak wkwk wkwkwk
    haha hehe hihi good great nice cool bye dadah permisi maaf sorry test tes coba p ping
    gan sob dong deh nih sekali lagi juga semua ya kawangig bot jelas paham ngerti mengerti
    """.split())

# field -> unmistakable words. Health, intellectual property and civil registration have
# none: "BPJS Kesehatan" from an employer, who owns a client's deliverables and a KTP misused by
# a platform are ours, so only their prototype questions tell them apart.
WORDS: dict[str, frozenset[str]] = {
    "keluarga": frozenset("cerai perceraian talak nikah menikah pernikahan kawin rujuk poligami "
                          "mahar nafkah waris warisan wasiat hibah divorce marriage inheritance "
                          "custody gonogini".split()),
    "pajak": frozenset("pajak pph spt npwp efiling djp tax coretax".split()),
    "lalu-lintas": frozenset("tilang etle sim stnk bpkb samsat razia tabrakan".split()),
    "pidana": frozenset("narkoba copet maling curi pencurian begal penganiayaan kdrt dipukul "
                        "pembunuhan pemerkosaan".split()),
    "konsumen": frozenset("pinjol refund garansi konsumen debt-collector leasing kartu-kredit "
                          "paylater".split()),
    "imigrasi": frozenset("visa paspor imigrasi overstay kitas".split()),
    "perdata-lain": frozenset("tanah sertifikat girik shm ajb pbb kos kontrakan indekos "
                              "tetangga".split()),
    "kesehatan": frozenset(),
    "hki": frozenset(),
    "adminduk": frozenset(),
    "praktis": frozenset("tutorial kursus portofolio portfolio".split()),
}

# field -> prototype questions (compared semantically with the user's question), in
# ``prototypes.json``: a few written with the first fields, and sixteen per field written by a
# helper who had not seen the tuning sets or the knowledge base (varied: slang, polite, long
# stories, English, and questions that mention the writer's work in passing but are about the
# other field). They also train the topic model as questions that are not ours
# (``bot.search.train``).
PROTOTYPES_PATH = Path(__file__).with_name("prototypes.json")


def _load_prototypes() -> dict[str, tuple[str, ...]]:
    data = json.loads(PROTOTYPES_PATH.read_text(encoding="utf-8"))
    return {name: tuple(data.get(name, ())) for name in WORDS}


# field -> (prototype questions, unmistakable words)
FIELDS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    name: (qs, WORDS[name]) for name, qs in _load_prototypes().items()}


def is_small_talk(text: str) -> bool:
    """Whether a message is only thanks, greetings or acknowledgements (at most 8 words)."""
    words = normalize(text).split()
    return bool(words) and len(words) <= 8 and all(
        w in SMALL_TALK or w.rstrip("h") in SMALL_TALK for w in words)


_FIELD_STEMS = {name: words | {stem(w) for w in words} for name, (_, words) in FIELDS.items()}

# Some of those words are not unmistakable in a message about work: "disuruh janji tidak
# menikah", "paspor ditahan agen", "KTP dipakai pinjol", "tabrakan waktu antar order",
# "SIM disita bos", "gaji dipotong uang kos", "my school holds my KITAS and has not paid me"
# are ours. They count only when the message says
# nothing of work (``WORK_WORDS``).
WORK_SENSITIVE = frozenset("""
    nikah menikah pernikahan kawin visa paspor kitas pinjol paylater tabrakan sim stnk kos
    kontrakan indekos tetangga
    """.split())
WORK_WORDS = frozenset("""
    gaji upah kerja bekerja pekerja karyawan buruh kantor perusahaan majikan atasan bos hrd
    phk pesangon lembur cuti kontrak pkwt pkwtt magang outsourcing alih daya vendor agen
    klien client freelance freelancer mitra ojol driver kurir proyek project task annotator
    anotasi rater moderator payout fee invoice employer employee salary wage job work working
    worked paid pay payment hired boss office company contract contractor
    """.split())
_WORK_STEMS = WORK_WORDS | {stem(w) for w in WORK_WORDS}
_STRONG_STEMS = {name: vocab - WORK_SENSITIVE - {stem(w) for w in WORK_SENSITIVE}
                 for name, vocab in _FIELD_STEMS.items()}


def field_by_words(text: str) -> str | None:
    """The other field whose unmistakable words the question uses (the first one), if any;
    the words of ``WORK_SENSITIVE`` do not count in a message about work."""
    plain = normalize(text).split()
    words = set(plain) | {stem(w) for w in plain}
    fields = _STRONG_STEMS if words & _WORK_STEMS else _FIELD_STEMS
    words |= {a + "-" + b for a, b in itertools.pairwise(plain)}
    for name, vocab in fields.items():
        if words & vocab:
            return name
    return None


def prototypes() -> list[tuple[str, str]]:
    """Every (field, prototype question)."""
    return [(name, q) for name, (qs, _) in FIELDS.items() for q in qs]
