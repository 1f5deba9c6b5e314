"""Text pipeline and BM25 retrieval over the knowledge base (no telegram import).

One ``tokenize()`` serves documents and queries: Unicode normalisation, removal of zero-width
and control characters, everyday words and abbreviations mapped to the words of the law
(``gk``→``tidak``, ``gaji``→``upah``, ``telat``→``terlambat``…), Indonesian stemming (Sastrawi,
cached), stopwords. The ``Index`` keeps rank-bm25's Okapi scoring but precomputes every term's
impact per document once per build, so a query sums only the postings of its own terms.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import numpy as np
from rank_bm25 import BM25Okapi
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from bot.knowledge import Entry

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
PROBLEM_TERMS = frozenset({"terlambat", "lambat", "belum", "tidak", "potong", "tahan", "tolak",
                           "batal", "kabur", "lalai", "tagih", "utang", "sebagian", "kurang",
                           "nunggak", "macet", "hilang", "blokir", "wanprestasi", "somasi",
                           "ingkar", "not", "never", "no", "hasnt", "havent", "didnt",
                           "doesnt", "wont"})


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


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Sastrawi stem of one normalised word (cached: Sastrawi is slow).

    A word Sastrawi leaves alone and does not know as a root may be a Jakarta-style verb
    ("dibatalin", "nyebarin"): its first colloquial root found in Sastrawi's dictionary wins.
    """
    if len(word) <= 3 or word.isdigit():
        return word
    result = str(_STEMMER.stem(word))
    if result == word and not _ROOTS.contains(word):
        for root in colloquial_roots(word):
            if _ROOTS.contains(root):
                return root
    return result


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


@dataclass(frozen=True)
class Hit:
    """One retrieved entry with its BM25 score and the share of query weight it covers."""

    entry: Entry
    score: float
    coverage: float

    @property
    def entry_id(self) -> str:
        """The entry's id."""
        return self.entry.id


@dataclass(frozen=True)
class Result:
    """The outcome of a question: answered with hits, or not, and the suggested flow."""

    query: str
    answered: bool
    hits: tuple[Hit, ...]
    terms: tuple[str, ...] = ()
    suggested_flow: str | None = None
    more: tuple[Hit, ...] = field(default=())


# Field weights by repetition: the title and the workers' own words count most.
FIELD_WEIGHTS = (("title", 2), ("keywords", 2), ("citation", 1), ("summary", 1),
                 ("summary_en", 1), ("title_en", 1), ("text", 1), ("tags", 1))
# Abstention, pinned by tests/test_search.py and the evaluation set: an answer needs the shown
# hits together to cover at least MIN_COVERAGE of the query's idf weight (a word the knowledge
# base has never seen weighs as much as a median word) and the top hit to score MIN_SCORE.
MIN_COVERAGE = 0.35
MIN_SCORE = 2.0

# Scope. Questions about other fields of law are declined even when they share words with
# ours ("cara bayar pajak motor"): always for the fields in OUT_OF_SCOPE (tax, family,
# inheritance, land, crime, immigration, finance, health insurance). Everyday and practical
# topics in OFF_TOPIC (devices, apps, money transfers, career tips, pricing…) are declined
# unless the question also asks something legal (LEGAL_MARKERS: "boleh", "sah", "hak",
# "dituntut", "ditahan", "telat"…): "laptop bagus buat anotasi" is not ours, "kerja pake
# laptop sendiri, statusnya mitra?" is.
OUT_OF_SCOPE = frozenset("""
    cerai perceraian talak nikah menikah pernikahan kawin kua rujuk poligami mahar nafkah
    waris warisan wasiat hibah tanah sertifikat girik serobot shm ajb pbb
    pajak pph spt bea cukai tilang sim stnk bpkb samsat
    pidana penjara narkoba copet maling curi pencurian begal penganiayaan kdrt
    visa paspor imigrasi cpns pns asn bitcoin crypto kripto saham deposito reksadana
    pinjol kpr leasing kta tax divorce marriage inheritance crypto traffic ticket
    kos kontrakan sewa-rumah indekos
    presiden menteri dpr gubernur bupati pemilu caleg
    bpjs-kesehatan faskes jkn kurs
    """.split())
OFF_TOPIC = frozenset("""
    motor mobil kendaraan polisi polsek tetangga investasi resep masak bola timnas skor film
    game gaming laptop komputer hp handphone servis kuliah beasiswa
    sekolah umroh haji zakat vaksin rumah-sakit tourist police artis selebriti
    internet wifi aplikasi app apps software error login cache dashboard verifikasi
    cv lamaran lamar portofolio portfolio kursus belajar course learn tutorial
    rekomendasi recommend harga tarif pricing price withdraw tarik ewallet shopeepay ovo
    gopay proposal python coding chatgpt scam deposit onboarding exam ujian tes
    """.split())
LEGAL_MARKERS = frozenset("""
    hukum sah legal ilegal illegal boleh hak wajib tuntut gugat lapor somasi langgar aturan
    pasal undang tahan blokir potong terlambat lambat kabur lalai wanprestasi denda rugi
    sanksi phk pesangon mitra karyawan status tagih tanggung batal tipu rights law lawsuit
    sue allowed
    """.split())
# Further hits are shown when they score at least this share of the top hit.
RELATIVE_CUTOFF = 0.45
# Workers' guides explain, law entries quote, the article is background: a small prior.
KIND_PRIOR = {"guide": 1.15, "law": 1.0, "article": 0.85}
# A keyword phrase of an entry found word for word in the question ("telat bayar") adds this
# share of the phrase's idf weight to that entry's score.
PHRASE_BONUS = 0.3


def document_tokens(entry: Entry, surface: set[str] | None = None) -> list[str]:
    """Weighted token list of an entry (fields repeated by weight).

    :param entry: the entry
    :param surface: when given, collects the entry's normalised words (for typo correction)
    """
    tokens: list[str] = []
    for name, weight in FIELD_WEIGHTS:
        value = getattr(entry, name)
        words = normalize(" ".join(value) if isinstance(value, tuple) else value).split()
        if surface is not None:
            surface.update(words)
        tokens.extend(_words_tokens(words) * weight)
    return tokens


_OUT_OF_SCOPE_ALL = OUT_OF_SCOPE | {stem(w) for w in OUT_OF_SCOPE}
_OFF_TOPIC_ALL = OFF_TOPIC | {stem(w) for w in OFF_TOPIC}
_LEGAL_ALL = LEGAL_MARKERS | {stem(w) for w in LEGAL_MARKERS}


class _OkapiIdf(BM25Okapi):  # type: ignore[misc]  # rank_bm25 ships no type hints
    """rank-bm25's Okapi idf computed from document frequencies alone.

    ``BM25Okapi(corpus)`` keeps a dict per document (hundreds of MB at 30,000 entries); the
    index only needs the idf, so this runs rank-bm25's ``_calc_idf`` on the counts and keeps
    its k1, b and epsilon. tests/test_search.py checks the scores against ``BM25Okapi``.
    """

    def __init__(self, corpus_size: int, doc_freq: dict[str, int]) -> None:
        self.k1, self.b, self.epsilon = 1.5, 0.75, 0.25
        self.corpus_size = corpus_size
        self.idf: dict[str, float] = {}
        self._calc_idf(doc_freq)


class _DeleteIndex:
    """Typo tolerance: words within one edit of a known word (SymSpell-style deletes).

    Typos rarely hit the first letter, so a correction must keep it ("tilang" is not
    "bilang").
    """

    def __init__(self, words: Iterable[str]) -> None:
        # variant -> the known word(s) it comes from; a plain str for the usual single word
        # keeps this compact (a set per variant costs ~70 MB at 30,000 entries)
        self.deletes: dict[str, str | tuple[str, ...]] = {}
        for word in set(words):
            if len(word) < 4 or word.isdigit():
                continue
            for variant in self._variants(word):
                current = self.deletes.get(variant)
                if current is None:
                    self.deletes[variant] = word
                elif isinstance(current, str):
                    self.deletes[variant] = (current, word)
                else:
                    self.deletes[variant] = (*current, word)

    @staticmethod
    def _variants(word: str) -> set[str]:
        return {word[:i] + word[i + 1:] for i in range(len(word))} | {word}

    def correct(self, word: str) -> str | None:
        """The closest known word within one edit, or ``None``."""
        if len(word) < 5 or word.isdigit():
            return None
        found: Counter[str] = Counter()
        for variant in self._variants(word):
            cands = self.deletes.get(variant, ())
            for cand in (cands,) if isinstance(cands, str) else cands:
                found[cand] += 1
        found = Counter({w: n for w, n in found.items() if w[0] == word[0]})
        if not found:
            return None
        return sorted(found, key=lambda w: (-found[w], abs(len(w) - len(word)), w))[0]


class Index:
    """BM25 (Okapi, rank-bm25's formula) over entries, built once and then read-only.

    :param entries: the live entries; the index keeps them for rendering
    """

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.by_id = {e.id: e for e in self.entries}
        self.postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.idf: dict[str, float] = {}
        surface: set[str] = set()
        self.max_idf = 1.0
        self.unknown_weight = 1.0
        if self._set_postings(surface):
            self.max_idf = max(self.idf.values(), default=1.0)
            # idf for coverage: never below a small positive value (Okapi's common terms)
            self._cov_idf = {
                t: max(v, 0.1) for t, v in self.idf.items()
            }
            self.unknown_weight = float(np.median(list(self._cov_idf.values())))
        else:
            self._cov_idf = {}
        self.typos = _DeleteIndex(surface | set(SLANG) | set(self.postings))
        self.prior = np.array([KIND_PRIOR.get(e.kind, 1.0) for e in self.entries])
        self.phrases: dict[tuple[str, ...], list[int]] = {}
        for i, entry in enumerate(self.entries):
            for phrase in entry.keywords:
                toks = tuple(tokenize(phrase))
                if 2 <= len(toks) <= 4:
                    self.phrases.setdefault(toks, []).append(i)

    def _set_postings(self, surface: set[str]) -> bool:
        """Tokenise every entry once and set ``postings`` and ``idf``; False if no tokens.

        Streams the corpus: per entry only its term ids and counts are kept (no token lists,
        no per-document dicts), then every impact is computed at once with numpy. The
        numbers are rank-bm25's ``BM25Okapi`` (k1, b, epsilon floor), bit for bit.

        :param surface: collects the normalised words of every entry (typo correction)
        """
        vocab: dict[str, int] = {}
        tids: list[np.ndarray] = []
        tfs: list[np.ndarray] = []
        sizes: list[int] = []
        doc_len: list[int] = []
        for entry in self.entries:
            counts = Counter(document_tokens(entry, surface))  # first-occurrence order
            doc_len.append(sum(counts.values()))
            sizes.append(len(counts))
            tids.append(np.fromiter((vocab.setdefault(t, len(vocab)) for t in counts),
                                    dtype=np.int32, count=len(counts)))
            tfs.append(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        n_docs = len(self.entries)
        if not n_docs or not sum(doc_len):
            return False
        tid = np.concatenate(tids)
        tf = np.concatenate(tfs)
        del tids, tfs
        doc = np.repeat(np.arange(n_docs, dtype=np.int32), sizes)
        # idf by rank-bm25's own BM25Okapi._calc_idf (with its epsilon floor)
        df = np.bincount(tid, minlength=len(vocab))
        okapi = _OkapiIdf(n_docs, {term: int(df[j]) for term, j in vocab.items()})
        idf: dict[str, float] = okapi.idf
        self.idf = idf
        k1, b, avgdl = okapi.k1, okapi.b, sum(doc_len) / n_docs
        weights = np.fromiter(idf.values(), dtype=np.float64, count=len(idf))
        norm = k1 * (1 - b + b * np.asarray(doc_len, dtype=np.float64) / avgdl)
        impact = weights[tid] * tf * (k1 + 1) / (tf + norm[doc])
        del tf
        order = np.argsort(tid, kind="stable")  # doc ids stay ascending inside a term
        bounds = np.searchsorted(tid[order], np.arange(len(vocab) + 1))
        doc, impact = doc[order], impact[order]
        del order, tid
        for term, j in vocab.items():
            lo, hi = bounds[j], bounds[j + 1]
            self.postings[term] = (doc[lo:hi].copy(), impact[lo:hi].copy())
        return True

    def __len__(self) -> int:
        return len(self.entries)

    def query_terms(self, text: str) -> list[str]:
        """Tokens of a question, with unknown words corrected by one edit where possible."""
        out = []
        for raw in normalize(text).split():
            word = _squeeze(raw)
            if (self.postings and word not in SLANG and word not in STOPWORDS
                    and not word.isdigit() and stem(word) not in self.postings):
                roots = [r for r in colloquial_roots(word)
                         if stem(r) in self.postings or r in SLANG]
                word = roots[0] if roots else (self.typos.correct(word) or word)
            for part in expand([word]):
                if part in STOPWORDS or (part.isdigit() and len(part) < 2):
                    continue
                out.append(stem(part))
        return out

    def scores(self, terms: Sequence[str]) -> np.ndarray:
        """BM25 score of every entry for ``terms`` (sum of precomputed impacts)."""
        scores = np.zeros(len(self.entries), dtype=np.float64)
        for term in terms:
            post = self.postings.get(term)
            if post is not None:
                scores[post[0]] += post[1]
        return scores

    def ranking_scores(self, terms: Sequence[str]) -> np.ndarray:
        """BM25 times the kind prior, plus the keyword-phrase bonus: what ``search`` ranks by."""
        # numpy's stubs type ndarray * ndarray of unknown dtype as Any
        scores: np.ndarray = self.scores(terms) * self.prior
        for n in (2, 3, 4):
            for start in range(len(terms) - n + 1):
                gram = tuple(terms[start:start + n])
                docs = self.phrases.get(gram)
                if docs:
                    weight = PHRASE_BONUS * sum(self._cov_idf.get(t, 0.0) for t in gram)
                    scores[docs] += weight
        return scores

    def coverage(self, terms: Sequence[str], docs: Sequence[int]) -> float:
        """Share of the query's idf weight whose terms occur in at least one of ``docs``."""
        distinct = set(terms)
        if not distinct:
            return 0.0
        total = matched = 0.0
        for term in distinct:
            weight = self._cov_idf.get(term, self.unknown_weight)
            total += weight
            post = self.postings.get(term)
            if post is None:
                continue
            for doc in docs:
                pos = int(np.searchsorted(post[0], doc))
                if pos < len(post[0]) and post[0][pos] == doc:
                    matched += weight
                    break
        return matched / total if total else 0.0

    @staticmethod
    def out_of_scope(text: str) -> bool:
        """Whether a question is about another field (tax, divorce…), or a practical one
        (devices, transfers, career tips…) that asks nothing legal."""
        plain = normalize(text).split()
        words = set(analyze(text))
        words |= {stem(w) for w in words} | {colloquial_root(w) or w for w in words}
        words |= {a + "-" + b for a, b in pairwise(plain)}
        if words & _OUT_OF_SCOPE_ALL:
            return True
        return bool(words & _OFF_TOPIC_ALL) and not words & _LEGAL_ALL

    def search(self, text: str, k: int = 3, more: int = 5) -> Result:
        """Answer a question: up to ``k`` confident hits, or ``answered=False``.

        :param text: the question as typed
        :param k: most hits to show at once (clamped to 1..10)
        :param more: further hits kept for the "Lainnya" button
        """
        k = max(1, min(int(k), 10))
        more = max(0, min(int(more), 20))
        terms = tuple(self.query_terms(text))
        flow = "payment_dispute" if is_payment_question(text) else None
        if not terms or not self.entries:
            return Result(text, False, (), terms, flow)
        scores = self.ranking_scores(terms)
        n = min(len(scores), k + more)
        top = np.argpartition(-scores, n - 1)[:n] if n < len(scores) else np.arange(len(scores))
        order = sorted((int(i) for i in top), key=lambda i: (-scores[i], self.entries[i].id))
        order = [i for i in order if scores[i] > 0]
        if not order:
            return Result(text, False, (), terms, flow)
        best = scores[order[0]]
        hits = [Hit(self.entries[i], float(scores[i]), self.coverage(terms, [i])) for i in order]
        shown = [h for h in hits[:k] if h.score >= RELATIVE_CUTOFF * best]
        together = self.coverage(terms, [order[j] for j in range(len(shown))])
        answered = (together >= MIN_COVERAGE and best >= MIN_SCORE
                    and not self.out_of_scope(text))
        if not answered:
            return Result(text, False, (), terms, flow, tuple(hits[:k]))
        rest = tuple(h for h in hits if h not in shown)
        return Result(text, True, tuple(shown), terms, flow, rest)
