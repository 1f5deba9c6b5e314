"""Every user-facing string, by key, in Indonesian (``id``) and English (``en``).

Strings are HTML for Telegram's parse mode: literal ``<``, ``>`` and ``&`` must not appear
except as tags; dynamic values are escaped by the caller (``render.esc``) before ``format``.
"""

from __future__ import annotations

LANGS = ("id", "en")

TOPICS: dict[str, dict[str, str]] = {
    "pembayaran": {"id": "💸 Bayaran telat, dipotong, dibatalkan",
                   "en": "💸 Late, partial or cancelled pay"},
    "kontrak": {"id": "📝 Kontrak, NDA, klien & platform", "en": "📝 Contracts, NDAs, clients"},
    "status-kerja": {"id": "🧭 Pekerja atau mitra?", "en": "🧭 Employee or partner?"},
    "upah-jam-kerja": {"id": "⏱️ Upah & jam kerja (pekerja)",
                       "en": "⏱️ Wages & hours (employees)"},
    "phk": {"id": "🚪 PHK & pesangon (pekerja)", "en": "🚪 Dismissal & severance"},
    "sengketa": {"id": "⚖️ Jalur penyelesaian sengketa", "en": "⚖️ Dispute routes"},
    "bukti": {"id": "🧾 Bukti & kontrak elektronik", "en": "🧾 Evidence & e-contracts"},
    "data-pribadi": {"id": "🔐 Data pribadi (UU PDP)", "en": "🔐 Personal data"},
    "jaminan-sosial": {"id": "🛡️ BPJS Ketenagakerjaan", "en": "🛡️ Social security (BPJS)"},
    "ai-trainer": {"id": "🤖 Artikel: AI trainer & pekerja gig",
                   "en": "🤖 Article: AI trainers & gig work"},
    "bantuan": {"id": "🤝 Cari bantuan hukum", "en": "🤝 Finding legal help"},
}

_T: dict[str, dict[str, str]] = {
    "start": {
        "id": (
            "Halo, {name}! 👋 Saya <b>KawanGig</b>, teman untuk pekerja gig dan pekerja lepas "
            "(AI trainer, anotator data, penulis prompt, dan lainnya).\n\n"
            "Tulis saja pertanyaan Anda dengan bahasa sehari-hari, misalnya "
            "<i>\"klien blm bayar udh 2 bulan gmn?\"</i>. Saya carikan pasal hukum dan panduan "
            "yang relevan, lengkap dengan kutipan dan teks aslinya.\n\n"
            "{disclaimer}\n\n🔒 {privacy}"
        ),
        "en": (
            "Hi, {name}! 👋 I'm <b>KawanGig</b>, a companion for gig workers and freelancers "
            "(AI trainers, data annotators, prompt writers and more).\n\n"
            "Just type your question, e.g. <i>\"my client hasn't paid me for 2 months\"</i>. "
            "I'll find the relevant Indonesian law and guides, with exact citations and the "
            "original text.\n\n{disclaimer}\n\n🔒 {privacy}"
        ),
    },
    "disclaimer": {
        "id": (
            "ℹ️ KawanGig memberi <b>informasi hukum</b>, bukan nasihat hukum, dan bukan "
            "pengganti advokat. Untuk kasus Anda, mintalah bantuan LBH atau Posbakum di "
            "pengadilan negeri."
        ),
        "en": (
            "ℹ️ KawanGig gives <b>legal information</b>, not legal advice, and is no substitute "
            "for a lawyer. For your own case, ask an LBH (legal aid office) or the Posbakum "
            "desk at the district court."
        ),
    },
    "privacy_line": {
        "id": (
            "Pertanyaan yang tidak terjawab disimpan tanpa identitas Anda agar basis "
            "pengetahuan bisa diperbaiki. Detail: /privasi"
        ),
        "en": (
            "Unanswered questions are kept without your identity so we can improve. "
            "Details: /privasi"
        ),
    },
    "help": {
        "id": (
            "<b>Cara memakai KawanGig</b>\n\n"
            "• Ketik pertanyaan apa saja, misalnya <i>\"kerjaan saya ditolak, boleh ga "
            "dibayar?\"</i> atau <i>\"bisa ikut BPJS kalau freelance?\"</i>\n"
            "• Tekan <b>📜 Teks</b> untuk membaca bunyi pasal aslinya.\n"
            "• Tekan 👍 / 👎 agar jawaban makin baik.\n\n"
            "<b>Perintah</b>\n"
            "/topik – jelajahi per topik\n"
            "/sengketa – panduan sengketa bayaran sampai surat somasi\n"
            "/kasus – kasus yang Anda simpan\n"
            "/bahasa – Bahasa Indonesia / English\n"
            "/privasi – data apa yang kami simpan\n"
            "/batal – batalkan langkah yang sedang berjalan"
        ),
        "en": (
            "<b>How to use KawanGig</b>\n\n"
            "• Type any question, e.g. <i>\"my work was rejected, do they still have to "
            "pay?\"</i> or <i>\"can I join BPJS as a freelancer?\"</i>\n"
            "• Tap <b>📜 Text</b> to read the original wording of the law.\n"
            "• Tap 👍 / 👎 to help us improve.\n\n"
            "<b>Commands</b>\n"
            "/topik – browse by topic\n"
            "/sengketa – payment-dispute guide, up to a demand letter (somasi)\n"
            "/kasus – your saved cases\n"
            "/bahasa – Bahasa Indonesia / English\n"
            "/privasi – what data we keep\n"
            "/batal – cancel the current step"
        ),
    },
    "answer_header": {
        "id": "🔎 <b>Ini yang paling relevan dengan pertanyaan Anda:</b>",
        "en": "🔎 <b>Most relevant to your question:</b>",
    },
    "answer_more_header": {
        "id": "🔎 <b>Hasil lain yang mungkin relevan:</b>",
        "en": "🔎 <b>Other possibly relevant results:</b>",
    },
    "answer_footer": {
        "id": "Tekan 📜 untuk membaca teks aslinya.",
        "en": "Tap 📜 to read the original text (in Indonesian).",
    },
    "payment_hint": {
        "id": "💡 Soal bayaran yang macet? Panduan /sengketa membantu menyusun rencana dan "
        "surat somasi.",
        "en": "💡 Money owed to you? The /sengketa guide builds a plan and a demand letter.",
    },
    "no_answer": {
        "id": (
            "🙏 Maaf, saya belum menemukan jawaban yang tepat untuk pertanyaan itu di basis "
            "pengetahuan KawanGig, dan saya tidak mau menebak.\n\n"
            "Pertanyaan Anda sudah dicatat (tanpa identitas) agar tim relawan bisa "
            "melengkapinya.\n\n"
            "Yang bisa Anda lakukan:\n"
            "• coba kata lain, misalnya <i>\"klien telat bayar\"</i>, <i>\"kontrak freelance "
            "sah ga\"</i>, <i>\"daftar BPJS mandiri\"</i>;\n"
            "• jelajahi /topik;\n"
            "• minta bantuan manusia: <b>LBH</b> (Lembaga Bantuan Hukum, gratis bagi yang tidak "
            "mampu) atau <b>Posbakum</b> di pengadilan negeri terdekat."
        ),
        "en": (
            "🙏 Sorry, I couldn't find a good answer to that in KawanGig's knowledge base, and I "
            "won't guess.\n\n"
            "Your question was logged (without your identity) so volunteers can fill the "
            "gap.\n\n"
            "You can:\n"
            "• try other words, e.g. <i>\"client paid late\"</i>, <i>\"is my freelance "
            "contract valid\"</i>, <i>\"BPJS for freelancers\"</i>;\n"
            "• browse /topik;\n"
            "• ask a person: an <b>LBH</b> (free legal aid for those who cannot afford it) or "
            "the <b>Posbakum</b> desk at your district court."
        ),
    },
    "kb_unavailable": {
        "id": (
            "⚠️ Basis pengetahuan sedang tidak bisa dibuka. Coba lagi beberapa menit lagi. "
            "Jika mendesak, hubungi LBH atau Posbakum di pengadilan negeri terdekat."
        ),
        "en": (
            "⚠️ The knowledge base is unavailable right now. Please try again in a few minutes. "
            "If it is urgent, contact an LBH or the Posbakum desk at your district court."
        ),
    },
    "empty_question": {
        "id": "✍️ Tulis pertanyaan Anda dalam kata-kata, misalnya <i>\"klien telat bayar\"</i>.",
        "en": "✍️ Please type your question in words, e.g. <i>\"client paid late\"</i>.",
    },
    "greeting": {
        "id": "Halo! 👋 Silakan tulis pertanyaan Anda, atau lihat /topik dan /bantuan.",
        "en": "Hello! 👋 Type your question, or see /topik and /help.",
    },
    "unsupported": {
        "id": "Maaf, saya hanya bisa membaca pesan teks. Silakan ketik pertanyaan Anda. ✍️",
        "en": "Sorry, I can only read text messages. Please type your question. ✍️",
    },
    "topics_header": {
        "id": "📚 <b>Pilih topik:</b>",
        "en": "📚 <b>Choose a topic:</b>",
    },
    "topic_header": {
        "id": "📚 <b>{topic}</b>\nPilih salah satu:",
        "en": "📚 <b>{topic}</b>\nChoose one:",
    },
    "topic_empty": {
        "id": "Topik ini belum berisi entri.",
        "en": "This topic has no entries yet.",
    },
    "lang_prompt": {"id": "🌐 Pilih bahasa:", "en": "🌐 Choose a language:"},
    "lang_set": {
        "id": "✅ Bahasa diatur ke Bahasa Indonesia.",
        "en": "✅ Language set to English. Legal texts stay in Indonesian, the original.",
    },
    "feedback_up": {"id": "Terima kasih! 👍", "en": "Thank you! 👍"},
    "feedback_down": {
        "id": "Terima kasih, masukan Anda membantu relawan memperbaiki jawaban. 👎",
        "en": "Thanks, your feedback helps volunteers improve the answer. 👎",
    },
    "stale_button": {
        "id": "Tombol ini sudah tidak berlaku. Silakan tanya lagi.",
        "en": "This button has expired. Please ask again.",
    },
    "no_more": {
        "id": "Tidak ada hasil lain yang cukup relevan.",
        "en": "No other sufficiently relevant results.",
    },
    "entry_gone": {
        "id": "Entri ini sudah tidak tersedia.",
        "en": "This entry is no longer available.",
    },
    "error": {
        "id": "😔 Maaf, terjadi kesalahan di pihak kami. Silakan coba lagi sebentar lagi.",
        "en": "😔 Sorry, something went wrong on our side. Please try again shortly.",
    },
    "text_label": {"id": "Teks", "en": "Text"},
    "status_label": {"id": "Status", "en": "Status"},
    "source_label": {"id": "Sumber", "en": "Source"},
    "citation_label": {"id": "Dasar", "en": "Basis"},
    "guide_note": {
        "id": "Ini panduan KawanGig (penjelasan kami), bukan bunyi undang-undang.",
        "en": "This is a KawanGig guide (our explanation), not the wording of a law.",
    },
    "article_note": {
        "id": "Kutipan artikel sumber proyek KawanGig (analisis, bukan peraturan).",
        "en": "Excerpt of the article behind KawanGig (analysis, not law).",
    },
    "btn_text": {"id": "📜 Teks: {label}", "en": "📜 Text: {label}"},
    "btn_text_one": {"id": "📜 Teks pasal", "en": "📜 Original text"},
    "btn_up": {"id": "👍", "en": "👍"},
    "btn_down": {"id": "👎", "en": "👎"},
    "btn_more": {"id": "🔎 Lainnya", "en": "🔎 More"},
    "btn_dispute": {"id": "⚖️ Panduan sengketa bayaran", "en": "⚖️ Payment-dispute guide"},
    "btn_topics": {"id": "📚 Topik", "en": "📚 Topics"},
    "btn_ask": {"id": "❓ Cara bertanya", "en": "❓ How to ask"},
    "btn_lang": {"id": "🌐 Bahasa", "en": "🌐 Language"},
    "btn_back_topics": {"id": "⬅️ Semua topik", "en": "⬅️ All topics"},
    "btn_related": {"id": "🔗 {label}", "en": "🔗 {label}"},
    "privacy": {
        "id": (
            "🔒 <b>Privasi di KawanGig</b>\n\n"
            "<b>Yang kami simpan</b>\n"
            "• Pertanyaan yang <i>tidak</i> terjawab: hanya teksnya, tanpa identitas Anda, agar "
            "relawan bisa melengkapi basis pengetahuan. Dihapus otomatis setelah {days} hari.\n"
            "• Jumlah pertanyaan per hari dan apakah terjawab: tanpa teks dan tanpa identitas.\n"
            "• 👍/👎 Anda per entri, agar satu orang satu suara.\n"
            "• Pilihan bahasa dan langkah panduan yang sedang berjalan, agar tidak hilang.\n"
            "• Kasus sengketa dan pengingat: hanya jika Anda memilih menyimpannya.\n\n"
            "<b>Hak Anda</b> (UU 27/2022 tentang Pelindungan Data Pribadi): /hapusdata menghapus "
            "semua data yang terkait dengan akun Telegram Anda."
        ),
        "en": (
            "🔒 <b>Privacy at KawanGig</b>\n\n"
            "<b>What we keep</b>\n"
            "• Questions we could <i>not</i> answer: the text only, without your identity, so "
            "volunteers can fill the gap. Deleted automatically after {days} days.\n"
            "• How many questions per day and whether they were answered: no text, no "
            "identity.\n"
            "• Your 👍/👎 per entry, so each person has one vote.\n"
            "• Your language and any guide in progress, so nothing is lost.\n"
            "• Dispute cases and reminders: only if you choose to save them.\n\n"
            "<b>Your rights</b> (UU 27/2022 on Personal Data Protection): /hapusdata deletes "
            "everything tied to your Telegram account."
        ),
    },
}

COMMANDS: dict[str, list[tuple[str, str]]] = {
    "id": [
        ("start", "Mulai dan menu utama"),
        ("topik", "Jelajahi per topik"),
        ("sengketa", "Panduan sengketa bayaran + surat somasi"),
        ("kasus", "Kasus yang Anda simpan"),
        ("bahasa", "Ganti bahasa"),
        ("bantuan", "Cara memakai KawanGig"),
        ("privasi", "Data apa yang disimpan"),
        ("batal", "Batalkan langkah yang berjalan"),
    ],
    "en": [
        ("start", "Start and main menu"),
        ("topik", "Browse by topic"),
        ("sengketa", "Payment-dispute guide + demand letter"),
        ("kasus", "Your saved cases"),
        ("bahasa", "Change language"),
        ("help", "How to use KawanGig"),
        ("privasi", "What data is kept"),
        ("batal", "Cancel the current step"),
    ],
}


def t(key: str, lang: str = "id", **values: object) -> str:
    """The string ``key`` in ``lang`` (Indonesian when missing), formatted with ``values``.

    :param key: text key
    :param lang: ``id`` or ``en``
    :param values: already-escaped values for ``str.format``
    """
    variants = _T[key]
    text = variants.get(lang) or variants["id"]
    return text.format(**values) if values else text


def topic_label(topic: str, lang: str = "id") -> str:
    """Human label of a topic folder (the folder name when unknown)."""
    labels = TOPICS.get(topic)
    if labels is None:
        return topic.replace("-", " ").capitalize()
    return labels.get(lang) or labels["id"]


def register(key: str, id_text: str, en_text: str) -> None:
    """Add texts from another module (kept here so every string lives in one table)."""
    _T[key] = {"id": id_text, "en": en_text}


def has(key: str) -> bool:
    """Whether a text key exists."""
    return key in _T
