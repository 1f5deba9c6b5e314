"""What is not ours to answer: small talk, and questions from other fields of law, each with the
place that handles it (no telegram import).

Each field has prototype questions (compared semantically with the user's question) and a few
unmistakable words (used when the model is unavailable, and as a decision feature). The texts
that name the right place are in ``bot/texts/user.py`` under ``field_<name>``.
"""

from __future__ import annotations

import itertools

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

# field -> (prototype questions, unmistakable words)
FIELDS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "keluarga": (
        ("cara mengurus perceraian dan hak asuh anak",
         "suami tidak memberi nafkah, bisa gugat cerai?",
         "bagaimana pembagian harta warisan orang tua",
         "gimana cara bikin surat wasiat yang sah",
         "hak asuh anak setelah cerai jatuh ke siapa",
         "how do I file for divorce in Indonesia"),
        frozenset("cerai perceraian talak nikah menikah pernikahan kawin rujuk poligami mahar "
                  "nafkah waris warisan wasiat hibah divorce marriage inheritance custody "
                  "gonogini".split()),
    ),
    "pajak": (
        ("cara lapor SPT tahunan pribadi",
         "berapa pajak penghasilan freelancer yang harus saya bayar",
         "apakah penghasilan dari luar negeri kena pajak",
         "cara bikin NPWP online",
         "denda telat bayar pajak kendaraan"),
        frozenset("pajak pph spt npwp efiling djp tax coretax".split()),
    ),
    "lalu-lintas": (
        ("kena tilang ETLE padahal bukan saya yang bawa motor",
         "cara bayar denda tilang online",
         "SIM saya ditahan polisi waktu razia",
         "tabrakan motor, siapa yang harus ganti rugi"),
        frozenset("tilang etle sim stnk bpkb samsat razia tabrakan".split()),
    ),
    "pidana": (
        ("saya dipukul orang, bagaimana cara melapor ke polisi",
         "motor saya dicuri, lapor ke mana",
         "teman saya ditangkap karena narkoba",
         "saya kena tipu jual beli online, bisa lapor polisi?",
         "korban kekerasan dalam rumah tangga harus bagaimana"),
        frozenset("narkoba copet maling curi pencurian begal penganiayaan kdrt dipukul "
                  "pembunuhan pemerkosaan".split()),
    ),
    "konsumen": (
        ("hp yang saya beli rusak dan toko tidak mau ganti",
         "barang pesanan online tidak sampai, refund gimana",
         "mobil bekas yang saya beli ternyata cacat",
         "diteror debt collector pinjol, apa yang bisa saya lakukan",
         "tagihan kartu kredit tidak sesuai",
         "penagih pinjol menelepon kantor dan menyebar data saya ke teman",
         "bunga dan denda pinjol membengkak, apakah wajib dibayar semua",
         "barang bekas yang saya beli rusak seminggu kemudian dan penjual menolak retur"),
        frozenset("pinjol refund garansi konsumen debt-collector leasing kartu-kredit "
                  "paylater".split()),
    ),
    "imigrasi": (
        ("visa saya overstay, apa sanksinya",
         "cara bikin paspor baru",
         "syarat visa kerja ke luar negeri"),
        frozenset("visa paspor imigrasi overstay kitas".split()),
    ),
    "perdata-lain": (
        ("pemilik kos tidak mau mengembalikan uang deposit",
         "sengketa tanah dengan tetangga soal batas pagar",
         "sertifikat tanah saya dipakai orang lain",
         "tetangga berisik terus tiap malam, bisa dilaporkan?",
         "pemilik kos masuk kamar tanpa izin dan mengambil barang saya",
         "ibu kos menaikkan harga sewa mendadak dan menyuruh saya keluar"),
        frozenset("tanah sertifikat girik shm ajb pbb kos kontrakan indekos tetangga".split()),
    ),
    "praktis": (
        ("cara dapat klien pertama di situs freelance",
         "laptop apa yang bagus buat kerja anotasi",
         "cara bikin template invoice yang rapi",
         "berapa tarif yang pantas untuk jasa terjemahan",
         "cara tarik saldo paypal ke rekening bank lokal",
         "tips lolos tes seleksi jadi AI trainer",
         "how to get more projects on a freelancing platform"),
        frozenset("tutorial kursus portofolio portfolio".split()),
    ),
}


def is_small_talk(text: str) -> bool:
    """Whether a message is only thanks, greetings or acknowledgements (at most 8 words)."""
    words = normalize(text).split()
    return bool(words) and len(words) <= 8 and all(
        w in SMALL_TALK or w.rstrip("h") in SMALL_TALK for w in words)


_FIELD_STEMS = {name: words | {stem(w) for w in words} for name, (_, words) in FIELDS.items()}

# Some of those words are not unmistakable in a message about work: "disuruh janji tidak
# menikah", "paspor ditahan agen", "KTP dipakai pinjol", "tabrakan waktu antar order",
# "SIM disita bos", "gaji dipotong uang kos" are ours. They count only when the message says
# nothing of work (``WORK_WORDS``).
WORK_SENSITIVE = frozenset("""
    nikah menikah pernikahan kawin visa paspor pinjol paylater tabrakan sim stnk kos kontrakan
    indekos tetangga
    """.split())
WORK_WORDS = frozenset("""
    gaji upah kerja bekerja pekerja karyawan buruh kantor perusahaan majikan atasan bos hrd
    phk pesangon lembur cuti kontrak pkwt pkwtt magang outsourcing alih daya vendor agen
    klien client freelance freelancer mitra ojol driver kurir proyek project task annotator
    anotasi rater moderator payout fee invoice employer employee salary wage job work
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
