"""The text pipeline shared by documents and questions (no telegram import).

One ``tokenize()`` serves documents and queries: Unicode normalisation, removal of zero-width
and control characters, everyday words and abbreviations mapped to the words of the law
(``gk``→``tidak``, ``gaji``→``upah``, ``telat``→``terlambat``…), Indonesian stemming (Sastrawi,
cached), stopwords.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

# Everyday words, abbreviations, common typos and English, mapped before stemming.
# A value may hold several words: both are kept (e.g. the slang and the legal term).
SLANG: dict[str, str] = {
    # negation, time, fillers
    "gk": "tidak", "ga": "tidak", "gak": "tidak", "nggak": "tidak", "ngga": "tidak",
    "enggak": "tidak", "engga": "tidak", "g": "tidak", "tdk": "tidak", "tak": "tidak",
    "blm": "belum", "blom": "belum", "belom": "belum", "udh": "sudah", "udah": "sudah",
    "sdh": "sudah", "dah": "sudah", "gmn": "bagaimana", "gimana": "bagaimana",
    "bgmn": "bagaimana", "gmana": "bagaimana", "yg": "yang", "krn": "karena",
    "karna": "karena", "bgt": "banget", "kalo": "kalau", "klo": "kalau", "dgn": "dengan",
    "utk": "untuk", "tp": "tapi", "jg": "juga", "sy": "saya", "gw": "saya", "gue": "saya",
    "aq": "saya", "sm": "sama", "dr": "dari", "bln": "bulan", "thn": "tahun", "hr": "hari",
    "mgg": "minggu", "jt": "juta", "jeti": "juta", "rb": "ribu", "org": "orang",
    "tlg": "tolong", "pls": "tolong", "bs": "bisa", "bsa": "bisa", "aja": "saja",
    "emg": "memang", "emang": "memang", "knp": "kenapa", "napa": "kenapa",
    "gabisa": "tidak bisa", "gbs": "tidak bisa", "gamau": "tidak mau", "gapernah": "tidak",
    "gada": "tidak ada", "gaada": "tidak ada", "ttd": "tanda tangan", "teken": "tanda tangan",
    "diteken": "tanda tangan", "tandatangan": "tanda tangan", "dp": "uang muka",
    "thr": "tunjangan hari raya", "loker": "lowongan kerja", "umr": "upah minimum",
    "ump": "upah minimum", "umk": "upah minimum", "hrd": "perusahaan", "sepihak": "sepihak",
    "nyicil": "cicil", "dicicil": "cicil",
    "separo": "sebagian", "setengah": "sebagian", "ngasih": "beri", "dikasih": "beri",
    "not": "tidak", "never": "tidak", "dont": "tidak", "doesnt": "tidak", "didnt": "tidak",
    "wont": "tidak", "hasnt": "belum", "havent": "belum", "yet": "belum",
    # more chat abbreviations, most of them counted among the words no entry knows in the
    # tuning sets (dapet, cuma, sampe: the common spellings of words already there; mandor:
    # the foreman who gives the orders)
    "brp": "berapa", "skrg": "sekarang", "skg": "sekarang", "trs": "terus", "gt": "begitu",
    "gtu": "begitu", "jd": "jadi", "jdi": "jadi", "ato": "atau", "atw": "atau", "lg": "lagi",
    "taun": "tahun", "hrs": "harus", "dpt": "dapat", "dapet": "dapat", "kyk": "seperti",
    "kl": "kalau", "kmn": "kemana", "kmana": "kemana", "pdhl": "padahal",
    "sbg": "sebagai", "malem": "malam", "cm": "hanya", "cuma": "hanya", "lwt": "lewat",
    "msh": "masih", "tgl": "tanggal", "sblm": "sebelum", "stlh": "setelah", "dmn": "dimana",
    "ampe": "sampai", "sampe": "sampai", "scr": "secara", "nawarin": "tawar",
    "nanggung": "tanggung", "duitnya": "uang", "nganter": "antar", "nunjukin": "tunjuk",
    "olshop": "toko online", "mandor": "atasan perintah",
    # payment
    "gaji": "upah", "gajian": "upah", "gajih": "upah", "salary": "upah", "wage": "upah",
    "wages": "upah", "upahnya": "upah", "fee": "honor bayar", "honor": "honor bayar",
    "honorarium": "honor bayar", "bayaran": "bayar", "byr": "bayar", "bayr": "bayar",
    "dibyr": "bayar", "dbayar": "bayar", "pay": "bayar", "paid": "bayar", "payment": "bayar",
    "payments": "bayar", "paying": "bayar", "pays": "bayar", "unpaid": "belum bayar",
    "excuse": "alasan", "valid": "sah", "enforceable": "sah mengikat", "binding": "mengikat",
    "fair": "itikad baik", "fairly": "itikad baik", "honestly": "itikad baik",
    "cheap": "murah", "quick": "cepat", "fast": "cepat", "sign": "tanda tangan",
    "signed": "tanda tangan", "terminate": "putus", "terminated": "putus",
    "dismissed": "phk", "notice": "pemberitahuan", "minimum": "minimum",
    "payout": "bayar cair", "cair": "cair",
    "pencairan": "cair", "nagih": "tagih", "nagihin": "tagih", "ditagih": "tagih",
    "invoice": "tagih invoice", "tagihan": "tagih", "utang": "utang", "hutang": "utang",
    "ngutang": "utang", "debt": "utang", "owe": "utang", "owes": "utang", "owed": "utang",
    "telat": "terlambat", "tlt": "terlambat", "ngaret": "terlambat", "late": "terlambat",
    "delay": "terlambat", "delayed": "terlambat", "overdue": "terlambat",
    "interest": "bunga", "damages": "ganti rugi", "compensation": "ganti rugi",
    "dipotong": "potong", "cut": "potong", "partial": "sebagian",
    "duit": "uang", "money": "uang", "kabur": "kabur lalai", "ghosting": "kabur lalai",
    "ghosted": "kabur lalai", "ngilang": "kabur lalai", "ilang": "hilang",
    # contract and relationship
    "kontrak": "kontrak perjanjian", "contract": "kontrak perjanjian",
    "agreement": "perjanjian", "kontraknya": "kontrak perjanjian", "mou": "perjanjian",
    "freelance": "pekerja lepas", "freelancer": "pekerja lepas", "frilens": "pekerja lepas",
    "freelancing": "pekerja lepas", "frelance": "pekerja lepas", "freelence": "pekerja lepas",
    "lepasan": "pekerja lepas", "gig": "pekerja lepas", "worker": "pekerja",
    "workers": "pekerja", "employee": "karyawan pekerja", "employees": "karyawan pekerja",
    "karyawan": "karyawan pekerja", "pegawai": "karyawan pekerja", "staff": "karyawan",
    "contractor": "mitra", "partner": "mitra", "kemitraan": "mitra", "client": "klien",
    "clients": "klien", "clien": "klien", "klient": "klien", "kliennya": "klien",
    "employer": "pemberi kerja", "boss": "atasan perintah", "bos": "atasan perintah",
    "company": "perusahaan", "pt": "perusahaan", "kantor": "perusahaan",
    "job": "kerja", "jobs": "kerja", "work": "kerja", "working": "kerja", "kerjaan": "kerja",
    "kerjaannya": "kerja", "project": "proyek", "projek": "proyek", "projectnya": "proyek",
    "task": "tugas", "tasks": "tugas", "orders": "perintah", "order": "perintah",
    "disuruh": "perintah", "nyuruh": "perintah", "hours": "jam kerja", "jam": "jam",
    "overtime": "lembur", "ngelembur": "lembur", "cuti": "cuti istirahat", "leave": "cuti",
    "resign": "undur berhenti", "quit": "berhenti",
    # termination
    "phk": "phk putus hubungan kerja", "dipecat": "phk putus hubungan kerja",
    "pecat": "phk putus", "fired": "phk putus", "laid": "phk", "layoff": "phk",
    "diputus": "putus", "severance": "pesangon", "pesangonnya": "pesangon",
    # rejection, platforms
    "ditolak": "tolak", "reject": "tolak", "rejected": "tolak", "direject": "tolak",
    "rijek": "tolak", "dibatalkan": "batal", "cancel": "batal", "cancelled": "batal",
    "canceled": "batal", "dicancel": "batal", "banned": "blokir", "dibanned": "blokir",
    "ban": "blokir", "suspend": "blokir",
    "disuspend": "blokir", "suspended": "blokir", "diblokir": "blokir", "deactivated": "blokir",
    "akun": "akun", "account": "akun", "saldo": "saldo", "balance": "saldo",
    "withheld": "tahan", "ditahan": "tahan", "hold": "tahan", "frozen": "tahan",
    "revisi": "revisi", "revision": "revisi", "revisions": "revisi",
    # disputes, courts
    "lawsuit": "gugat", "sue": "gugat", "suing": "gugat", "gugat": "gugat",
    "court": "pengadilan", "pengadilan": "pengadilan", "pn": "pengadilan negeri",
    "lawyer": "advokat pengacara", "pengacara": "pengacara advokat", "attorney": "advokat",
    "legal": "hukum", "law": "hukum", "aid": "bantuan", "help": "bantuan", "bantuin": "bantuan",
    "lbh": "lbh bantuan hukum", "posbakum": "posbakum bantuan hukum",
    "mediation": "mediasi", "arbitration": "arbitrase", "dispute": "sengketa selisih",
    "disputes": "sengketa selisih", "settle": "damai", "settlement": "damai",
    "negotiate": "negosiasi", "nego": "negosiasi", "negotiation": "negosiasi",
    "warning": "tegur", "letter": "surat", "summons": "somasi", "demand": "somasi",
    "disnaker": "disnaker dinas tenaga kerja", "union": "serikat pekerja",
    "smallclaims": "gugatan sederhana", "small": "sederhana", "claim": "gugat tuntut",
    "claims": "gugat tuntut",
    # evidence, data
    "evidence": "bukti", "proof": "bukti", "prove": "bukti", "ss": "screenshot bukti",
    "screenshot": "screenshot bukti", "ss-an": "screenshot bukti", "chat": "chat pesan",
    "wa": "whatsapp chat", "whatsapp": "whatsapp chat", "email": "email surat elektronik",
    "e-mail": "email surat elektronik", "electronic": "elektronik", "digital": "elektronik",
    "data": "data", "privacy": "privasi data pribadi", "personal": "pribadi",
    "leak": "bocor", "leaked": "bocor", "bocorin": "bocor", "ngebocorin": "bocor",
    "nda": "nda rahasia", "confidentiality": "rahasia", "penalty": "denda", "fine": "denda",
    "ktp": "ktp identitas data pribadi", "id": "identitas", "delete": "hapus",
    # social security
    "bpjs": "bpjs jaminan sosial", "jamsostek": "bpjs jaminan sosial ketenagakerjaan",
    "bpjstk": "bpjs ketenagakerjaan", "tk": "ketenagakerjaan", "insurance": "jaminan asuransi",
    "pension": "jaminan hari tua", "accident": "kecelakaan", "death": "kematian",
    "bpu": "bukan penerima upah", "mandiri": "mandiri",
    # foreign
    "foreign": "asing", "overseas": "asing luar negeri", "abroad": "luar negeri",
    "platform": "platform", "upwork": "platform", "fiverr": "platform", "paypal": "paypal",
    "payoneer": "paypal", "wise": "paypal",
    # AI work
    "annotator": "anotator", "annotation": "anotasi", "labeling": "anotasi",
    "labelling": "anotasi", "rater": "anotator", "labeler": "anotator",
    "annotators": "anotator", "annotations": "anotasi", "dataset": "data",
    "trainer": "trainer", "ai": "ai",
}

STOPWORDS = frozenset(
    """
    yang dan di ke dari ini itu untuk dengan atau pada adalah saya aku kamu anda dia kita kami
    mereka apa apakah bagaimana kenapa mengapa kapan dimana mana siapa bisa boleh harus ada
    sudah akan sedang masih juga jadi kalau jika kah lah dong sih nih tuh ya yah
    cara caranya urus mengurus ngurus bikin membuat gmna termasuk kayak kaya seperti gitu
    please pls tolongin dengan tau tahu bulan minggu tahun lalu kemarin sejak month months
    week weeks
    deh kok nya banget sekali tolong mau ingin pengen min kak bang gan halo hai pak bu mas mbak
    tanya nanya hal soal tentang terkait mengenai karena tapi sama oleh dalam secara agar
    supaya saja lagi terus trus dapat apakah gitu begitu gini begini sih kah ku mu se nggak
    the a an is are am i my me you your to of in for and or do does did can could should
    would what how if it be with on at as by this that have has had was were will from about
    no any so but just get got im isnt cant its
    bagaimanakah apabila bila maka pun para tersebut suatu sebuah nanti udah ok oke okay
    """.split()
)

_ZERO_WIDTH = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_WORD = re.compile(r"[a-z0-9]+")
_STEMMER = StemmerFactory().create_stemmer()
_ROOTS = _STEMMER.delegatedStemmer.get_dictionary()  # Sastrawi's ~30,000 root words

PAYMENT_TERMS = frozenset({"bayar", "upah", "honor", "tagih", "utang", "uang", "saldo", "cair",
                           "invoice", "lunas", "transfer"})
# English negations ("not", "hasn't", "never"...) reach these as "tidak"/"belum" (the slang
# map); "no" is kept as it is
PROBLEM_TERMS = frozenset({"terlambat", "lambat", "belum", "tidak", "potong", "tahan", "tolak",
                           "batal", "kabur", "lalai", "tagih", "utang", "sebagian", "kurang",
                           "nunggak", "macet", "hilang", "blokir", "wanprestasi", "somasi",
                           "ingkar", "no"})


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_APOSTROPHES = re.compile(r"['’`]")


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    """One non-ASCII character: control/space -> " ", accents dropped (é -> e)."""
    if unicodedata.category(ch)[0] in "CZ":
        return " "
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize(text: str) -> str:
    """NFKC, lowercase, no zero-width or control characters, punctuation turned to spaces.

    ASCII text (most of the corpus) skips the Unicode steps; other characters are folded one
    by one through a small cache, with the same result as NFKC + NFKD over the whole text.

    :param text: any user or document text
    :return: words of ``[a-z0-9]`` separated by single spaces
    """
    text = text or ""
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKC", text)
        text = _ZERO_WIDTH.sub("", text).lower()
        text = _NON_ASCII.sub(lambda m: _fold(m.group()), text)
    # apostrophes join ("hasn't" -> "hasnt")
    text = _APOSTROPHES.sub("", text)
    return " ".join(_WORD.findall(text))


def _squeeze(word: str) -> str:
    """Collapse letters repeated 3+ times ("bayarrrr" -> "bayar") and drop the "2" of
    written reduplication ("nanti2" -> "nanti", "apa2" -> "apa")."""
    word = re.sub(r"(.)\1{2,}", r"\1", word)
    return re.sub(r"^([a-z]{2,})2$", r"\1", word)


def colloquial_roots(word: str) -> list[str]:
    """Candidate roots of a Jakarta-style verb, most likely first: "dibatalin" -> "batal",
    "ngirimin" -> "kirim", "nyebarin" -> "sebar", "ngasih" -> "kasih", "bayarin" -> "bayar".
    Empty when the word has no such affix."""
    bases = [word[:-2]] if len(word) > 5 and word.endswith("in") else []
    bases.append(word)
    out: list[str] = []
    vowels = "aeiou"
    for base in bases:
        if base.startswith("nge") and len(base) >= 6:
            out.append(base[3:])
        elif base.startswith("di") and len(base) >= 5:
            out.append(base[2:])
        elif base.startswith("ny") and len(base) >= 5 and base[2] in vowels:
            out.append("s" + base[2:])
        elif base.startswith("ng") and len(base) >= 5 and base[2] in vowels:
            out += ["k" + base[2:], base[2:]]
        elif base.startswith("m") and len(base) >= 5 and base[1] in vowels:
            out.append("p" + base[1:])  # "make" -> "pake", "mutusin" -> "putus"
        if base != word:
            out.append(base)
    return [w for w in dict.fromkeys(out) if w != word and len(w) >= 3]


def colloquial_root(word: str) -> str | None:
    """The most likely root of a Jakarta-style verb (see ``colloquial_roots``), or ``None``."""
    roots = colloquial_roots(word)
    return roots[0] if roots else None


# Stems computed in this process or loaded from the database (Sastrawi needs about a
# millisecond a word; a cold start with 3,000 entries would spend seconds on it). Words whose
# stems are not stored yet are listed in ``_NEW_STEMS`` until ``take_new_stems``.
_STEMS: dict[str, str] = {}
_NEW_STEMS: list[str] = []
STEM_CACHE_MAX = 500_000


def stem(word: str) -> str:
    """Sastrawi stem of one normalised word (cached: Sastrawi is slow).

    A word Sastrawi leaves alone and does not know as a root may be a Jakarta-style verb
    ("dibatalin", "nyebarin"): its first colloquial root found in Sastrawi's dictionary wins.
    """
    if len(word) <= 3 or word.isdigit():
        return word
    known = _STEMS.get(word)
    if known is not None:
        return known
    result = str(_STEMMER.stem(word))
    if result == word and not _ROOTS.contains(word):
        for root in colloquial_roots(word):
            if _ROOTS.contains(root):
                result = root
                break
    if len(_STEMS) < STEM_CACHE_MAX and len(word) <= 40:
        _STEMS[word] = result
        _NEW_STEMS.append(word)
    return result


def preload_stems(stems: dict[str, str]) -> None:
    """Stems read back from storage (computed by the same code in an earlier run)."""
    for word, root in stems.items():
        if len(_STEMS) >= STEM_CACHE_MAX:
            break
        _STEMS.setdefault(word, root)


def take_new_stems() -> dict[str, str]:
    """The stems computed since the last call (to store them), and forget that they are new."""
    words = list(_NEW_STEMS)
    _NEW_STEMS.clear()
    return {w: _STEMS[w] for w in words if w in _STEMS}


def expand(words: Iterable[str]) -> list[str]:
    """Map everyday words to the words of the law; duplicates like ``gk`` disappear."""
    out: list[str] = []
    for raw in words:
        word = _squeeze(raw)
        # numbers glued to units: 2jt, 500rb, 2bln
        m = re.fullmatch(r"(\d+)([a-z]+)", word)
        if m and m.group(2) in SLANG:
            out.append(m.group(1))
            word = m.group(2)
        mapped = SLANG.get(word)
        out.extend(mapped.split() if mapped else [word])
    return out


def analyze(text: str) -> list[str]:
    """Surface words after normalisation and expansion, before stopwords and stemming."""
    return expand(normalize(text).split())


@lru_cache(maxsize=200_000)
def _word_tokens(word: str) -> tuple[str, ...]:
    """Tokens of one normalised word: expanded, stopwords dropped, stemmed (cached)."""
    return tuple(
        stem(part)
        for part in expand([word])
        if part not in STOPWORDS and not (part.isdigit() and len(part) < 2)
    )


def _words_tokens(words: Iterable[str]) -> list[str]:
    """Tokens of normalised words, in order."""
    out: list[str] = []
    for word in words:
        out.extend(_word_tokens(word))
    return out


def tokenize(text: str) -> list[str]:
    """The one tokenizer of documents and queries: normalise, expand, drop stopwords, stem.

    :param text: document field or user question
    :return: stemmed tokens (order kept, duplicates kept)
    """
    return _words_tokens(normalize(text).split())


def is_payment_question(text: str) -> bool:
    """A question about money owed: late, partial, cancelled, withheld or unpaid."""
    words = set(analyze(text))
    stems = {stem(w) for w in words} | words
    if stems & {"tagih", "wanprestasi", "somasi"}:
        return True
    return bool(stems & PAYMENT_TERMS and stems & PROBLEM_TERMS)
