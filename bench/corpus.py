"""Benchmark data: the real knowledge base padded with deterministic synthetic entries,
and a fixed set of worker-style questions (Indonesian slang and English)."""

from __future__ import annotations

import random
from functools import lru_cache

from bot.knowledge import Entry, default_root, entry_from_mapping, load_dir

# Words of Indonesian statutes and contracts, roughly by how often they occur (Zipf-ish order).
LEGAL_WORDS = """
pasal ayat pekerja perjanjian kerja pengusaha upah hak kewajiban pihak hukum peraturan
ketentuan sebagaimana dimaksud berdasarkan perusahaan tenaga ketenagakerjaan hubungan waktu
pembayaran dibayarkan membayar bayar pemberi penerima jasa kontrak tertulis lisan sah
batal pembatalan wanprestasi lalai somasi teguran ganti rugi bunga denda sanksi administratif
pidana perdata gugatan pengadilan negeri hakim putusan mediasi arbitrase sengketa perselisihan
penyelesaian musyawarah mufakat bipartit tripartit dinas mediator konsiliator pemutusan
pesangon penghargaan masa penggantian istirahat cuti tahunan lembur jam minggu hari bulan tahun
jaminan sosial kesehatan kecelakaan kematian hari tua pensiun iuran peserta pendaftaran mandiri
bukan data pribadi pengendali pemrosesan persetujuan penghapusan kebocoran pelindungan subjek
elektronik dokumen informasi transaksi tanda tangan bukti alat sah surat pesan digital
platform mitra kemitraan pekerja lepas freelance proyek klien tagihan invoice termin uang muka
pelunasan sebagian terlambat keterlambatan jatuh tempo kreditur debitur perikatan prestasi
kesepakatan itikad baik kebebasan berkontrak syarat objek sebab halal cakap dewasa wakil kuasa
advokat bantuan lembaga posbakum organisasi serikat buruh anggota pengurus menteri pemerintah
daerah provinsi kabupaten kota pengawas pemeriksaan laporan pengaduan keberatan banding kasasi
akta notaris materai salinan asli arsip rekaman tangkapan layar percakapan rekening transfer
kerahasiaan rahasia dagang kekayaan intelektual hak cipta karya pencipta lisensi royalti
pajak penghasilan potongan pemotongan bukti potong nomor pokok wajib pelaporan tarif
anotasi anotator pelabelan penilai model kecerdasan buatan pelatih kualitas target
ditetapkan diatur dilaksanakan diberikan dikenakan diajukan diselesaikan dinyatakan
memberikan melaksanakan mengajukan menyelesaikan menyatakan menerima menolak membatalkan
pengaturan pelaksanaan pengajuan penyelesaian pernyataan penerimaan penolakan pelanggaran
berhak wajib dilarang dapat harus paling lama sedikit banyak lambat cepat setelah sebelum
selama sejak sampai terhitung tanggal berlaku mulai diundangkan pengundangan lembaran negara
""".split()

# Connectives that make the text read like a statute (mostly stopwords: they cost nothing).
GLUE = "yang dan di ke dari untuk dengan atau pada dalam oleh serta terhadap bagi".split()
TOPICS = ("pembayaran", "kontrak", "status-kerja", "upah-jam-kerja", "phk", "sengketa",
          "bukti", "data-pribadi", "jaminan-sosial", "ai-trainer", "bantuan")
KINDS = ("law", "law", "law", "guide", "article")
SYLLABLES = "ba be bi bo bu da di du ga gi go ka ki ko ku la li lu ma mi mo mu na ni nu " \
            "pa pi po ra ri ro ru sa si so su ta ti to tu wa wi ya jo ja ha ho".split()


def _names(rng: random.Random, n: int) -> list[str]:
    """Pseudo proper names (companies, places, people): they grow the vocabulary like a real
    corpus does and each costs one Sastrawi stem."""
    out = set()
    while len(out) < n:
        out.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(out)


class _Sampler:
    """Draws words with Zipf weights over the legal vocabulary plus a long tail of names."""

    def __init__(self, rng: random.Random, n_names: int) -> None:
        self.rng = rng
        self.words = LEGAL_WORDS + _names(rng, n_names)
        weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(LEGAL_WORDS))]
        # the names form a flat long tail holding about a fifth of the running words
        tail = 0.25 * sum(weights) / max(1, n_names)
        weights += [tail] * (len(self.words) - len(LEGAL_WORDS))
        self.cum = []
        total = 0.0
        for w in weights:
            total += w
            self.cum.append(total)

    def words_(self, n: int) -> list[str]:
        picked = self.rng.choices(self.words, cum_weights=self.cum, k=n)
        # a connective every few words, as in real sentences
        out: list[str] = []
        for i, w in enumerate(picked):
            out.append(w)
            if i % 4 == 3:
                out.append(self.rng.choice(GLUE))
        return out

    def sentence(self, lo: int, hi: int) -> str:
        words = self.words_(self.rng.randint(lo, hi))
        return " ".join(words).capitalize() + "."


def synthetic_entries(n: int, seed: int = 7) -> list[Entry]:
    """``n`` deterministic legal-style entries (ids ``syn-000001``…).

    :param n: how many
    :param seed: the random seed (same seed, same entries)
    """
    rng = random.Random(seed)
    sampler = _Sampler(rng, n_names=max(200, n // 3))
    out = []
    for i in range(n):
        kind = rng.choice(KINDS)
        number, year, art = rng.randint(1, 99), rng.randint(1990, 2024), rng.randint(1, 190)
        regulation = f"Peraturan Contoh {number}/{year}"
        title = " ".join(sampler.words_(rng.randint(4, 8))).capitalize()[:140]
        summary = ""
        while len(summary) < 200:
            summary = (summary + " " + sampler.sentence(8, 16)).strip()
        summary = summary[:650].rsplit(" ", 1)[0] + "."
        text = "\n".join(f"({k}) {sampler.sentence(12, 30)}" for k in range(1, rng.randint(3, 7)))
        data = {
            "id": f"syn-{i:06d}",
            "kind": kind,
            "topic": rng.choice(TOPICS),
            "title": title,
            "citation": f"{regulation} Pasal {art}" if kind == "law" else f"Panduan Contoh {i}",
            "regulation": regulation if kind == "law" else "",
            "article": f"Pasal {art}" if kind == "law" else "",
            "status": "berlaku (data sintetis untuk benchmark)",
            "summary": summary,
            "summary_en": "",
            "text": text,
            "source": "bench/corpus.py (synthetic)",
            "tags": [rng.choice(LEGAL_WORDS[:80]) for _ in range(2)],
            "keywords": [" ".join(sampler.words_(2)) for _ in range(rng.randint(2, 4))],
        }
        out.append(entry_from_mapping(data, f"synthetic#{i}"))
    return out


@lru_cache(maxsize=1)
def real_entries() -> tuple[Entry, ...]:
    """The shipped knowledge base."""
    return tuple(load_dir(default_root()))


def knowledge_base(size: int, seed: int = 7) -> list[Entry]:
    """The real entries plus synthetic ones up to ``size`` (the real ones alone if larger)."""
    real = list(real_entries())
    return real + synthetic_entries(max(0, size - len(real)), seed)


# Worker-style questions: slang, typos, English; cycled by the benchmarks.
QUESTIONS = (
    "klien blm bayar udh 2 bulan gmn",
    "bisa daftar bpjs sendiri?",
    "kontrak freelance sah ga",
    "client hasnt paid my invoice for 3 months what can i do",
    "gaji telat terus, boleh nuntut ga?",
    "dipecat tanpa pesangon, hak gw apa aja",
    "klien kabur setelah kerjaan selesai",
    "kontrak cuma lewat chat wa sah gak sih",
    "bayaran dipotong sepihak sama klien",
    "project dicancel di tengah jalan, dp hangus?",
    "how do i send a somasi",
    "apa itu wanprestasi",
    "berapa bunga keterlambatan pembayaran",
    "ss chat bisa jadi bukti di pengadilan?",
    "data ktp saya disebar klien",
    "can my client share my personal data",
    "akun diblokir platform saldo ditahan",
    "upwork account suspended balance withheld",
    "aku mitra ojol, termasuk pekerja ga?",
    "am i an employee or a contractor",
    "lembur gak dibayar",
    "jam kerja maksimal berapa per minggu",
    "cuti tahunan berapa hari",
    "resign harus lapor berapa hari sebelumnya",
    "phk sepihak boleh ga",
    "severance pay calculation",
    "cara gugatan sederhana di pengadilan negeri",
    "small claims court indonesia",
    "lbh gratis dimana",
    "butuh pengacara murah buat sengketa honor",
    "mediasi di disnaker gimana caranya",
    "nda dilanggar dendanya berapa",
    "klien minta revisi terus tapi ga mau bayar",
    "kerjaan ditolak tapi hasilnya tetep dipake",
    "hak cipta desain saya dipakai tanpa izin",
    "invoice udh jatuh tempo belum dibayar",
    "klien luar negeri ga bayar lewat paypal",
    "foreign client refuses to pay",
    "bpjs ketenagakerjaan bukan penerima upah iurannya berapa",
    "kecelakaan kerja pas freelance ditanggung ga",
    "jaminan hari tua buat pekerja lepas",
    "ai trainer termasuk pekerja gig?",
    "data annotator rights indonesia",
    "kontrak kerja waktu tertentu maksimal berapa lama",
    "pkwt diubah jadi pkwtt kapan",
    "upah minimum berlaku buat freelancer?",
    "gajih dibayar setengah doang",
    "klien bilang duitnya belum cair dari kantor pusat",
    "tagih utang ke klien yg ngilang",
    "somasi harus lewat pengacara ga",
    "contoh surat teguran pembayaran",
    "bisa lapor polisi kalo klien nipu?",
    "penipuan kerja online lapor kemana",
    "klien minta data pribadi berlebihan",
    "hapus data saya dari platform",
    "perjanjian lisan sah menurut kuhperdata",
    "tanda tangan elektronik sah ga",
    "pajak penghasilan freelancer gimana",
    "bayarrr telatttt mulu plsss",
    "klien ghosting abis terima file",
)
