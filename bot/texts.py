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
    "ite": {"id": "📣 Unggahan, pencemaran nama & UU ITE",
            "en": "📣 Posts, defamation & the ITE law"},
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
    "small_talk": {
        "id": "🙂 Siap! Kalau ada pertanyaan soal kerja, kontrak, atau bayaran, tulis saja di "
              "sini, atau lihat /topik.",
        "en": "🙂 Sure! If you have a question about work, contracts or pay, just type it here, "
              "or see /topik.",
    },
    "out_of_scope": {
        "id": (
            "🙏 Pertanyaan ini sepertinya soal <b>{field}</b>. KawanGig hanya menjawab soal "
            "kerja, kontrak, bayaran, dan data pribadi pekerja, jadi saya tidak mau menebak.\n\n"
            "Yang bisa membantu: {where}\n\n"
            "Kalau sebenarnya ini soal pekerjaan Anda, tulis ulang dengan menyebut pekerjaannya, "
            "misalnya <i>\"klien potong bayaran\"</i>."
        ),
        "en": (
            "🙏 This looks like a question about <b>{field}</b>. KawanGig only answers questions "
            "about work, contracts, pay and workers' personal data, so I won't guess.\n\n"
            "Who can help: {where}\n\n"
            "If it is in fact about your work, write it again mentioning the work, e.g. "
            "<i>\"client cut my pay\"</i>."
        ),
    },
    "field_keluarga": {
        "id": "hukum keluarga atau waris|Pengadilan Agama (bagi yang beragama Islam) atau "
              "Pengadilan Negeri, Posbakum di pengadilan, atau <b>LBH APIK</b> untuk perempuan "
              "dan anak.",
        "en": "family or inheritance law|the Religious Court (for Muslims) or the District Court, "
              "the court's Posbakum desk, or <b>LBH APIK</b> for women and children.",
    },
    "field_pajak": {
        "id": "pajak|Direktorat Jenderal Pajak: <b>Kring Pajak 1500200</b> atau kantor "
              "pelayanan pajak (KPP) terdekat.",
        "en": "tax|the Directorate General of Taxes: <b>Kring Pajak 1500200</b> or your nearest "
              "tax office (KPP).",
    },
    "field_lalu-lintas": {
        "id": "lalu lintas|kepolisian (Satlantas) atau situs ETLE resmi untuk tilang "
              "elektronik; untuk tabrakan, polisi setempat.",
        "en": "traffic|the police (Satlantas) or the official ETLE site for electronic "
              "tickets; for accidents, the local police.",
    },
    "field_pidana": {
        "id": "pidana (kejahatan)|<b>kepolisian</b> terdekat untuk melapor, dan <b>LBH</b> "
              "untuk pendampingan hukum gratis.",
        "en": "criminal law|the nearest <b>police</b> station to report it, and an <b>LBH</b> "
              "for free legal assistance.",
    },
    "field_konsumen": {
        "id": "perlindungan konsumen atau utang-piutang konsumen|<b>BPSK</b> di kota Anda, "
              "<b>YLKI</b>, atau OJK (kontak 157) untuk pinjaman online dan jasa keuangan.",
        "en": "consumer protection or consumer credit|the <b>BPSK</b> in your city, <b>YLKI</b>, "
              "or OJK (157) for online loans and financial services.",
    },
    "field_imigrasi": {
        "id": "keimigrasian|kantor <b>Imigrasi</b> terdekat atau layanan resmi Ditjen Imigrasi.",
        "en": "immigration|the nearest <b>Immigration</b> office or the Directorate General of "
              "Immigration's official service.",
    },
    "field_perdata-lain": {
        "id": "sewa, tanah, atau sengketa dengan tetangga|<b>LBH</b> atau Posbakum di "
              "pengadilan negeri; untuk tanah, kantor pertanahan (BPN).",
        "en": "rent, land or neighbours|an <b>LBH</b> or the Posbakum desk at the district "
              "court; for land, the land office (BPN).",
    },
    "field_praktis": {
        "id": "hal praktis, bukan pertanyaan hukum|komunitas pekerja lepas atau pusat bantuan "
              "platform Anda. Kalau ada masalah hukumnya (bayaran, kontrak, akun diblokir), "
              "tanyakan di sini.",
        "en": "a practical matter rather than a legal question|freelancer communities or your "
              "platform's help centre. If there is a legal problem (pay, contract, a blocked "
              "account), ask me here.",
    },
    "part_header": {
        "id": "❓ <b>{n}.</b> <i>{question}</i>",
        "en": "❓ <b>{n}.</b> <i>{question}</i>",
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
    "btn_text": {"id": "📜 Teks pasal: {label}", "en": "📜 Text of the law: {label}"},
    "btn_text_guide": {"id": "📖 Baca panduan: {label}", "en": "📖 Read the guide: {label}"},
    "btn_text_article": {"id": "📰 Baca artikel: {label}", "en": "📰 Read the article: {label}"},
    "btn_text_one": {"id": "📜 Teks pasal", "en": "📜 Text of the law"},
    "btn_back_topic": {"id": "⬅️ {topic}", "en": "⬅️ {topic}"},
    "btn_prev": {"id": "⬅️ Sebelumnya", "en": "⬅️ Previous"},
    "btn_next": {"id": "Berikutnya ({page}/{pages}) ➡️", "en": "Next ({page}/{pages}) ➡️"},
    "btn_text_one_guide": {"id": "📖 Baca panduan", "en": "📖 Read the guide"},
    "btn_text_one_article": {"id": "📰 Baca artikel", "en": "📰 Read the article"},
    "source_translation": {
        "id": "terjemahan tidak resmi {regulation} (tidak ada teks resmi berbahasa Indonesia); "
              "disalin kata demi kata dari salinan publik yang diperiksa tim KawanGig",
        "en": "unofficial Indonesian translation of the {regulation} (there is no official "
              "Indonesian text); copied word for word from a public copy checked by KawanGig",
    },
    "source_law": {
        "id": "{regulation}, disalin kata demi kata dari salinan publik peraturan yang "
              "diperiksa tim KawanGig",
        "en": "{regulation}, copied word for word from a public copy of the regulation checked "
              "by KawanGig",
    },
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
            "• 👍/👎 Anda per entri, agar satu orang satu suara (tanpa teks pertanyaan). "
            "Pertanyaan yang Anda beri 👎 disimpan tanpa identitas Anda, seperti pertanyaan "
            "tak terjawab, dan dihapus setelah {days} hari.\n"
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
            "• Your 👍/👎 per entry, so each person has one vote (without the question's text). "
            "A question you give 👎 is kept without your identity, like unanswered questions, "
            "and deleted after {days} days.\n"
            "• Your language and any guide in progress, so nothing is lost.\n"
            "• Dispute cases and reminders: only if you choose to save them.\n\n"
            "<b>Your rights</b> (UU 27/2022 on Personal Data Protection): /hapusdata deletes "
            "everything tied to your Telegram account."
        ),
    },
    # -- privacy and abuse (bot/handlers/privacy.py) ------------------------------------------
    "flood": {
        "id": "🐢 Pelan-pelan ya 🙏 Anda mengirim terlalu banyak pesan. Tunggu sebentar, "
              "lalu kirim lagi pertanyaan Anda.",
        "en": "🐢 Slow down a little 🙏 You are sending too many messages. Wait a moment, "
              "then send your question again.",
    },
    "erase_confirm": {
        "id": (
            "🗑️ <b>Hapus data Anda?</b>\n\n"
            "Ini menghapus semua yang terkait dengan akun Telegram Anda: 👍/👎 Anda, pilihan "
            "bahasa, langkah panduan yang sedang berjalan, kasus sengketa dan pengingat yang "
            "tersimpan. Tidak bisa dibatalkan.\n\n"
            "Pertanyaan yang tidak terjawab sudah disimpan tanpa identitas Anda, jadi tidak "
            "bisa dikaitkan kembali dengan Anda."
        ),
        "en": (
            "🗑️ <b>Delete your data?</b>\n\n"
            "This deletes everything tied to your Telegram account: your 👍/👎, your language, "
            "any guide in progress, saved dispute cases and reminders. It cannot be undone.\n\n"
            "Unanswered questions are already stored without your identity, so they cannot be "
            "linked back to you."
        ),
    },
    "btn_erase_yes": {"id": "🗑️ Ya, hapus semua", "en": "🗑️ Yes, delete everything"},
    "btn_erase_no": {"id": "Batal", "en": "Cancel"},
    "erase_cancelled": {
        "id": "Baik, tidak ada yang dihapus. 👍",
        "en": "All right, nothing was deleted. 👍",
    },
    "erase_done": {
        "id": (
            "✅ <b>Data Anda sudah dihapus.</b>\n"
            "• 👍/👎: {feedback}\n"
            "• Kasus sengketa: {cases}\n"
            "• Pengingat: {reminders}\n"
            "• Data lain: {other}\n"
            "• Pilihan bahasa dan langkah panduan yang berjalan: {session}\n\n"
            "Anda tetap bisa memakai KawanGig kapan saja."
        ),
        "en": (
            "✅ <b>Your data has been deleted.</b>\n"
            "• 👍/👎: {feedback}\n"
            "• Dispute cases: {cases}\n"
            "• Reminders: {reminders}\n"
            "• Other data: {other}\n"
            "• Language and any guide in progress: {session}\n\n"
            "You can keep using KawanGig any time."
        ),
    },
    "erase_session_yes": {"id": "dihapus", "en": "deleted"},
    "erase_session_no": {"id": "tidak ada", "en": "none"},
    "erase_failed": {
        "id": "😔 Maaf, data belum bisa dihapus sekarang. Tidak ada yang berubah; silakan coba "
              "/hapusdata lagi sebentar lagi.",
        "en": "😔 Sorry, your data could not be deleted right now. Nothing changed; please try "
              "/hapusdata again shortly.",
    },
}

# -- moderators (bot/handlers/moderator.py) -------------------------------------------------
_MOD: dict[str, dict[str, str]] = {
    "mod_refused": {
        "id": "🙏 Maaf, perintah dan tombol ini khusus untuk moderator KawanGig.",
        "en": "🙏 Sorry, this command or button is for KawanGig moderators only.",
    },
    "mod_refused_owner": {
        "id": "🙏 Maaf, mengatur moderator hanya bisa dilakukan pemilik KawanGig.",
        "en": "🙏 Sorry, only KawanGig's owners can manage moderators.",
    },
    "mod_use_buttons": {
        "id": "👆 Silakan pilih dengan tombol di atas, atau /batal untuk berhenti.",
        "en": "👆 Please choose with the buttons above, or /batal to stop.",
    },
    "mod_f_id": {"id": "ID", "en": "ID"},
    "mod_f_kind": {"id": "Jenis", "en": "Kind"},
    "mod_f_topic": {"id": "Topik", "en": "Topic"},
    "mod_f_title": {"id": "Judul", "en": "Title"},
    "mod_f_title_en": {"id": "Judul (Inggris)", "en": "Title (English)"},
    "mod_f_citation": {"id": "Kutipan (dasar)", "en": "Citation"},
    "mod_f_regulation": {"id": "Peraturan", "en": "Regulation"},
    "mod_f_article": {"id": "Pasal", "en": "Article"},
    "mod_f_status": {"id": "Status", "en": "Status"},
    "mod_f_summary": {"id": "Ringkasan", "en": "Summary"},
    "mod_f_summary_en": {"id": "Ringkasan (Inggris)", "en": "Summary (English)"},
    "mod_f_text": {"id": "Teks", "en": "Text"},
    "mod_f_source": {"id": "Sumber", "en": "Source"},
    "mod_f_tags": {"id": "Tag", "en": "Tags"},
    "mod_f_keywords": {"id": "Kata kunci", "en": "Keywords"},
    "mod_f_related": {"id": "Entri terkait", "en": "Related entries"},
    "mod_f_body_en": {"id": "Isi panduan dalam bahasa Inggris", "en": "Guide body in English"},
    "mod_f_basis": {"id": "Dasar hukum (id entri pasal, pisahkan dengan koma)",
                    "en": "Legal basis (law entry ids, comma-separated)"},
    "mod_f_questions": {"id": "Contoh pertanyaan (satu per baris)",
                        "en": "Example questions (one per line)"},
    "mod_btn_attach": {"id": "📎 {n} → {id}", "en": "📎 {n} → {id}"},
    "mod_gaps_attach_hint": {
        "id": "\n📎 lampirkan pertanyaan ke entri yang seharusnya menjawabnya (tombol, atau "
              "<code>/lampirkan nomor id-entri</code>); sejak itu pertanyaan serupa dijawab "
              "entri tersebut.",
        "en": "\n📎 attach a question to the entry that should have answered it (button, or "
              "<code>/lampirkan number entry-id</code>); similar questions are then answered "
              "by that entry.",
    },
    "mod_attach_usage": {
        "id": "Cara pakai: <code>/lampirkan nomor id-entri</code> (nomor dari /celah).",
        "en": "Usage: <code>/lampirkan number entry-id</code> (number from /celah).",
    },
    "mod_attach_stale": {
        "id": "Nomor itu tidak ada di daftar /celah terakhir. Buka /celah lagi.",
        "en": "That number is not in the latest /celah list. Open /celah again.",
    },
    "mod_attach_already": {
        "id": "Pertanyaan itu sudah menjadi contoh di <code>{id}</code>.",
        "en": "That question is already an example of <code>{id}</code>.",
    },
    "mod_attach_reason": {"id": "pertanyaan dari /celah dilampirkan",
                          "en": "question from /celah attached"},
    "mod_attached": {
        "id": "📎 Dilampirkan ke <code>{id}</code> (versi {version}). Pertanyaan yang kini "
              "terjawab: {gaps}.",
        "en": "📎 Attached to <code>{id}</code> (version {version}). Questions now answered: "
              "{gaps}.",
    },
    "mod_kind_law": {"id": "⚖️ Pasal peraturan", "en": "⚖️ Provision of law"},
    "mod_kind_article": {"id": "📰 Kutipan artikel", "en": "📰 Article excerpt"},
    "mod_kind_guide": {"id": "📘 Panduan", "en": "📘 Guide"},
    "mod_bad_field": {
        "id": "⚠️ Kolom <b>{field}</b> belum benar: {problem}. Silakan kirim ulang.",
        "en": "⚠️ The field <b>{field}</b> is not valid: {problem}. Please send it again.",
    },
    "mod_nothing_written": {
        "id": "Tidak ada yang disimpan.", "en": "Nothing was saved.",
    },
    "mod_stale_flow": {
        "id": "Langkah ini sudah tidak aktif. Mulai lagi dengan /tambah atau /ubah.",
        "en": "This step is no longer active. Start again with /tambah or /ubah.",
    },
    "mod_add_start": {
        "id": "➕ <b>Entri baru</b>\nPilih jenis entri (/batal untuk berhenti):",
        "en": "➕ <b>New entry</b>\nChoose its kind (/batal to stop):",
    },
    "mod_add_from_gap": {
        "id": "➕ <b>Entri baru untuk pertanyaan</b>\n<i>{text}</i>\n\nPertanyaan ini "
              "dipakai sebagai kata kunci. Pilih jenis entri (/batal untuk berhenti):",
        "en": "➕ <b>New entry for the question</b>\n<i>{text}</i>\n\nThe question is used "
              "as a keyword. Choose the kind (/batal to stop):",
    },
    "mod_ask": {
        "id": "✏️ Kirim <b>{field}</b>.\n<i>{hint}</i>",
        "en": "✏️ Send the <b>{field}</b>.\n<i>{hint}</i>",
    },
    "mod_hint_title": {
        "id": "Singkat dan jelas, maksimal 150 karakter. ID entri dibuat dari judul ini.",
        "en": "Short and clear, at most 150 characters. The entry id is made from it.",
    },
    "mod_hint_citation": {
        "id": "Misalnya: KUHPerdata Pasal 1238, atau Panduan KawanGig: …",
        "en": "For example: KUHPerdata Pasal 1238, or Panduan KawanGig: …",
    },
    "mod_hint_regulation": {
        "id": "Nama peraturan, misalnya KUHPerdata atau UU 27/2022.",
        "en": "Name of the regulation, e.g. KUHPerdata or UU 27/2022.",
    },
    "mod_hint_article": {"id": "Misalnya: Pasal 1238.", "en": "For example: Pasal 1238."},
    "mod_hint_summary": {
        "id": "Penjelasan dalam bahasa sehari-hari, maksimal 700 karakter.",
        "en": "A plain-language explanation, at most 700 characters.",
    },
    "mod_hint_text": {
        "id": "Untuk pasal: salin teks resmi persis dari sumbernya, jangan dari ingatan.",
        "en": "For law: copy the official text exactly from its source, never from memory.",
    },
    "mod_hint_status": {
        "id": "Misalnya: berlaku, atau diubah oleh UU …",
        "en": "For example: berlaku (in force), or amended by …",
    },
    "mod_hint_source": {
        "id": "Dari mana teks ini diambil (tautan atau nama dokumen).",
        "en": "Where the text comes from (link or document name).",
    },
    "mod_hint_keywords": {
        "id": "Kata-kata yang dipakai pekerja, dipisah koma. Kirim - jika tidak ada.",
        "en": "Words workers use, separated by commas. Send - for none.",
    },
    "mod_hint_clear": {
        "id": "Kirim - untuk mengosongkan.", "en": "Send - to clear it.",
    },
    "mod_prefilled": {
        "id": "Sudah terisi: <i>{value}</i> (kata kunci yang Anda kirim ditambahkan).",
        "en": "Already filled: <i>{value}</i> (keywords you send are added).",
    },
    "mod_ask_topic": {"id": "📂 Pilih topik:", "en": "📂 Choose the topic:"},
    "mod_preview": {
        "id": "👀 <b>Pratinjau</b>: beginilah pengguna akan melihatnya.",
        "en": "👀 <b>Preview</b>: this is what users will see.",
    },
    "mod_confirm": {
        "id": "Simpan? Anda boleh mengirim alasan singkat dulu (opsional).",
        "en": "Save it? You may send a short reason first (optional).",
    },
    "mod_reason_set": {
        "id": "📝 Alasan dicatat: <i>{reason}</i>\nSimpan sekarang?",
        "en": "📝 Reason noted: <i>{reason}</i>\nSave now?",
    },
    "mod_btn_save": {"id": "✅ Simpan", "en": "✅ Save"},
    "mod_btn_cancel": {"id": "❌ Batal", "en": "❌ Cancel"},
    "mod_btn_delete": {"id": "🗑️ Ya, hapus", "en": "🗑️ Yes, delete"},
    "mod_btn_import": {"id": "📥 Impor", "en": "📥 Import"},
    "mod_btn_gap_new": {"id": "➕ Buat entri {n}", "en": "➕ New entry {n}"},
    "mod_btn_gap_ignore": {"id": "🙈 Abaikan {n}", "en": "🙈 Ignore {n}"},
    "mod_added": {
        "id": "✅ Entri <code>{id}</code> disimpan (versi 1) dan langsung bisa ditemukan. "
              "Pertanyaan tak terjawab yang kini terjawab: {gaps}.",
        "en": "✅ Entry <code>{id}</code> saved (version 1) and searchable now. "
              "Open questions now answered: {gaps}.",
    },
    "mod_saved": {
        "id": "✅ <code>{id}</code> disimpan sebagai versi {version}. "
              "Pertanyaan tak terjawab yang kini terjawab: {gaps}.",
        "en": "✅ <code>{id}</code> saved as version {version}. "
              "Open questions now answered: {gaps}.",
    },
    "mod_cancelled": {
        "id": "Dibatalkan. Tidak ada yang diubah.", "en": "Cancelled. Nothing was changed.",
    },
    "mod_conflict": {
        "id": "⚠️ <b>Bentrok</b>: <code>{id}</code> sudah diubah orang lain sejak Anda mulai. "
              "Sekarang versi {version}, oleh {author} pada {at}.{state}\n{value}\n"
              "Perubahan Anda <b>tidak</b> disimpan. Lihat /riwayat {id}, lalu ulangi "
              "dengan /ubah {id} bila masih perlu.",
        "en": "⚠️ <b>Conflict</b>: <code>{id}</code> was changed by someone else since you "
              "started. It is now version {version}, by {author} at {at}.{state}\n{value}\n"
              "Your change was <b>not</b> saved. See /riwayat {id}, then redo it with "
              "/ubah {id} if still needed.",
    },
    "mod_conflict_value": {
        "id": "Nilai {field} sekarang: <i>{value}</i>",
        "en": "Current {field}: <i>{value}</i>",
    },
    "mod_conflict_gone": {
        "id": "⚠️ <code>{id}</code> berubah sejak Anda mulai. Tidak ada yang disimpan.",
        "en": "⚠️ <code>{id}</code> changed since you started. Nothing was saved.",
    },
    "mod_deleted": {"id": " (dihapus)", "en": " (deleted)"},
    "mod_usage_edit": {
        "id": "Cara pakai: <code>/ubah ID</code>, misalnya <code>/ubah kuhperdata-1238</code>.",
        "en": "Usage: <code>/ubah ID</code>, e.g. <code>/ubah kuhperdata-1238</code>.",
    },
    "mod_usage_delete": {
        "id": "Cara pakai: <code>/hapus ID [alasan]</code>.",
        "en": "Usage: <code>/hapus ID [reason]</code>.",
    },
    "mod_usage_history": {
        "id": "Cara pakai: <code>/riwayat ID</code>.", "en": "Usage: <code>/riwayat ID</code>.",
    },
    "mod_usage_restore": {
        "id": "Cara pakai: <code>/kembalikan ID VERSI [alasan]</code>, misalnya "
              "<code>/kembalikan kuhperdata-1238 2</code>.",
        "en": "Usage: <code>/kembalikan ID VERSION [reason]</code>, e.g. "
              "<code>/kembalikan kuhperdata-1238 2</code>.",
    },
    "mod_usage_moderator": {
        "id": "Cara pakai: <code>/moderator tambah ID</code>, <code>/moderator hapus ID</code> "
              "atau <code>/moderator daftar</code> (ID = angka ID Telegram).",
        "en": "Usage: <code>/moderator tambah ID</code>, <code>/moderator hapus ID</code> or "
              "<code>/moderator daftar</code> (ID = numeric Telegram id).",
    },
    "mod_not_found": {
        "id": "Entri <code>{id}</code> tidak ditemukan.", "en": "No entry <code>{id}</code>.",
    },
    "mod_version_not_found": {
        "id": "Versi {version} dari <code>{id}</code> tidak ditemukan. Lihat /riwayat {id}.",
        "en": "Version {version} of <code>{id}</code> not found. See /riwayat {id}.",
    },
    "mod_edit_start": {
        "id": "✏️ <b>Ubah</b> <code>{id}</code> (versi {version}). Pilih kolom:",
        "en": "✏️ <b>Edit</b> <code>{id}</code> (version {version}). Choose a field:",
    },
    "mod_edit_ask": {
        "id": "Nilai <b>{field}</b> sekarang:\n<i>{value}</i>\n\nKirim nilai baru. {hint}",
        "en": "Current <b>{field}</b>:\n<i>{value}</i>\n\nSend the new value. {hint}",
    },
    "mod_delete_confirm": {
        "id": "🗑️ Hapus <code>{id}</code> (<i>{title}</i>)? Entri disembunyikan dari pengguna; "
              "riwayatnya tetap ada dan bisa dikembalikan dengan /kembalikan.",
        "en": "🗑️ Delete <code>{id}</code> (<i>{title}</i>)? It is hidden from users; its "
              "history stays and /kembalikan can restore it.",
    },
    "mod_deleted_done": {
        "id": "🗑️ <code>{id}</code> dihapus (versi {version}).",
        "en": "🗑️ <code>{id}</code> deleted (version {version}).",
    },
    "mod_history_header": {
        "id": "🕘 <b>Riwayat</b> <code>{id}</code>, terbaru dulu:",
        "en": "🕘 <b>History</b> of <code>{id}</code>, newest first:",
    },
    "mod_history_line": {
        "id": "• v{version} · {at} · {author} · {reason}{state}",
        "en": "• v{version} · {at} · {author} · {reason}{state}",
    },
    "mod_history_footer": {
        "id": "Kembalikan versi lama: <code>/kembalikan {id} VERSI</code>",
        "en": "Restore an old version: <code>/kembalikan {id} VERSION</code>",
    },
    "mod_restored": {
        "id": "↩️ Versi {old} dari <code>{id}</code> dipulihkan sebagai versi {version}. "
              "Pertanyaan tak terjawab yang kini terjawab: {gaps}.",
        "en": "↩️ Version {old} of <code>{id}</code> restored as version {version}. "
              "Open questions now answered: {gaps}.",
    },
    "mod_gaps_empty": {
        "id": "🎉 Tidak ada pertanyaan yang belum terjawab.",
        "en": "🎉 No unanswered questions.",
    },
    "mod_gaps_header": {
        "id": "🕳️ <b>Pertanyaan belum terjawab</b> (dikelompokkan, terbaru dulu):",
        "en": "🕳️ <b>Unanswered questions</b> (grouped, newest first):",
    },
    "mod_gap_line": {"id": "{n}. <i>{text}</i> ×{count}", "en": "{n}. <i>{text}</i> ×{count}"},
    "mod_gap_ignored": {
        "id": "Diabaikan ({count} pertanyaan).", "en": "Ignored ({count} questions).",
    },
    "mod_feedback_empty": {"id": "Belum ada 👎.", "en": "No 👎 yet."},
    "mod_feedback_header": {
        "id": "👎 <b>Entri dengan umpan balik negatif</b>:",
        "en": "👎 <b>Entries with negative feedback</b>:",
    },
    "mod_feedback_line": {
        "id": "{n}. <code>{id}</code>: 👎 {down} · 👍 {up}",
        "en": "{n}. <code>{id}</code>: 👎 {down} · 👍 {up}",
    },
    "mod_stats_header": {
        "id": "📊 <b>Statistik</b>\nPertanyaan: {total}, terjawab {answered} ({share}%).",
        "en": "📊 <b>Statistics</b>\nQuestions: {total}, answered {answered} ({share}%).",
    },
    "mod_stats_day": {
        "id": "• {day}: {total} pertanyaan, {answered} terjawab",
        "en": "• {day}: {total} questions, {answered} answered",
    },
    "mod_stats_top": {"id": "<b>Entri teratas</b>:", "en": "<b>Top entries</b>:"},
    "mod_stats_gaps": {"id": "<b>Celah teratas</b>:", "en": "<b>Top gaps</b>:"},
    "mod_stats_dispute": {
        "id": "⚖️ Panduan sengketa: {started} dimulai, {finished} selesai.",
        "en": "⚖️ Dispute guide: {started} started, {finished} finished.",
    },
    "mod_list": {
        "id": "👥 <b>Pemilik</b> (MODERATOR_IDS): {owners}\n<b>Moderator</b>:\n{moderators}",
        "en": "👥 <b>Owners</b> (MODERATOR_IDS): {owners}\n<b>Moderators</b>:\n{moderators}",
    },
    "mod_list_line": {
        "id": "• <code>{id}</code>, ditambahkan oleh {by} pada {at}",
        "en": "• <code>{id}</code>, added by {by} at {at}",
    },
    "mod_list_none": {"id": "(belum ada)", "en": "(none yet)"},
    "mod_is_owner": {
        "id": "<code>{id}</code> adalah pemilik (MODERATOR_IDS); ubah lewat pengaturan server.",
        "en": "<code>{id}</code> is an owner (MODERATOR_IDS); change it in the server settings.",
    },
    "mod_mod_added": {
        "id": "✅ <code>{id}</code> sekarang moderator.", "en": "✅ <code>{id}</code> is now a "
        "moderator.",
    },
    "mod_mod_exists": {
        "id": "<code>{id}</code> sudah moderator.", "en": "<code>{id}</code> is already a "
        "moderator.",
    },
    "mod_mod_removed": {
        "id": "✅ <code>{id}</code> bukan moderator lagi.",
        "en": "✅ <code>{id}</code> is no longer a moderator.",
    },
    "mod_mod_missing": {
        "id": "<code>{id}</code> bukan moderator.", "en": "<code>{id}</code> is not a moderator.",
    },
    "mod_upload_type": {
        "id": "⚠️ <code>{name}</code>: hanya berkas .md, .yaml, .yml, .json atau .zip berisi "
              "berkas tersebut.",
        "en": "⚠️ <code>{name}</code>: only .md, .yaml, .yml, .json files, or a .zip of them.",
    },
    "mod_upload_big": {
        "id": "⚠️ Berkas terlalu besar (maksimal 2 MB).",
        "en": "⚠️ The file is too big (2 MB at most).",
    },
    "mod_upload_badzip": {
        "id": "⚠️ Berkas .zip tidak bisa dibaca.", "en": "⚠️ The .zip cannot be read.",
    },
    "mod_upload_too_many": {
        "id": "⚠️ Terlalu banyak berkas dalam .zip (maksimal {max}).",
        "en": "⚠️ Too many files in the .zip (at most {max}).",
    },
    "mod_upload_bomb": {
        "id": "⚠️ Isi .zip terlalu besar setelah dibuka.",
        "en": "⚠️ The .zip is too large once unpacked.",
    },
    "mod_upload_path": {
        "id": "⚠️ Jalur berkas tidak aman dalam .zip: <code>{name}</code>.",
        "en": "⚠️ Unsafe file path in the .zip: <code>{name}</code>.",
    },
    "mod_upload_duplicate": {
        "id": "⚠️ Berkas ganda dalam .zip: <code>{name}</code>.",
        "en": "⚠️ Duplicate file in the .zip: <code>{name}</code>.",
    },
    "mod_upload_invalid": {
        "id": "⚠️ <code>{where}</code>: kolom <b>{field}</b>: {problem}.",
        "en": "⚠️ <code>{where}</code>: field <b>{field}</b>: {problem}.",
    },
    "mod_upload_empty": {
        "id": "⚠️ Tidak ada entri dalam berkas.", "en": "⚠️ No entries in the file.",
    },
    "mod_upload_failed": {
        "id": "⚠️ Berkas tidak bisa diunduh. Coba kirim lagi.",
        "en": "⚠️ The file could not be downloaded. Please send it again.",
    },
    "mod_import_preview": {
        "id": "📥 <b>Pratinjau impor</b> <code>{name}</code>:",
        "en": "📥 <b>Import preview</b> <code>{name}</code>:",
    },
    "mod_import_added": {"id": "➕ Baru ({n}): {ids}", "en": "➕ New ({n}): {ids}"},
    "mod_import_updated": {"id": "✏️ Diperbarui ({n}): {ids}", "en": "✏️ Updated ({n}): {ids}"},
    "mod_import_unchanged": {"id": "▫️ Sama ({n}): {ids}", "en": "▫️ Unchanged ({n}): {ids}"},
    "mod_import_protected": {
        "id": "🛡️ Dilindungi, diubah moderator ({n}): {ids}",
        "en": "🛡️ Protected, changed by a moderator ({n}): {ids}",
    },
    "mod_import_nothing": {
        "id": "Tidak ada yang perlu diimpor.", "en": "Nothing to import.",
    },
    "mod_imported": {
        "id": "✅ Impor selesai. Pertanyaan tak terjawab yang kini terjawab: {gaps}.",
        "en": "✅ Import done. Open questions now answered: {gaps}.",
    },
    "mod_exported": {
        "id": "📦 Basis pengetahuan: {n} entri, format knowledge/.",
        "en": "📦 Knowledge base: {n} entries, knowledge/ format.",
    },
}
_T.update(_MOD)

# -- payment-dispute flow and saved cases (bot/handlers/dispute.py) ---------------------------
# Questions, answers' errors, the result and the letter come from bot/dispute.py (they depend
# on the answers; in the user's language, except the letter, which is Indonesian for everyone
# since it goes to an Indonesian client); these are the Telegram layer's own strings. Button
# labels are plain text.
_DISPUTE: dict[str, dict[str, str]] = {
    "dispute_intro": {
        "id": (
            "⚖️ <b>Panduan sengketa bayaran</b>\n"
            "Saya akan menanyakan beberapa hal (sekitar 2 menit), lalu membuatkan ringkasan, "
            "dasar hukum, rencana langkah dengan tanggal, dan draf surat somasi.\n"
            "Jawaban Anda tidak disimpan kecuali Anda memilih «💾 Simpan kasus». "
            "Ketik /batal kapan saja untuk berhenti.\n\n{disclaimer}"
        ),
        "en": (
            "⚖️ <b>Payment-dispute guide</b>\n"
            "I'll ask a few questions (about 2 minutes), then give you a summary, the legal "
            "basis, a dated plan and a draft somasi (formal demand letter). The letter itself "
            "is in Indonesian, since it goes to an Indonesian client or platform.\n"
            "Your answers are not stored unless you choose «💾 Save case». "
            "Type /batal any time to stop.\n\n{disclaimer}"
        ),
    },
    "dispute_resume": {
        "id": "▶️ Anda sedang mengisi panduan sengketa. Lanjutkan dari pertanyaan di bawah, "
              "atau mulai dari awal.",
        "en": "▶️ You have a dispute guide in progress. Continue with the question below, or "
              "start over.",
    },
    "dispute_btn_restart": {"id": "🔄 Mulai dari awal", "en": "🔄 Start over"},
    "dispute_btn_back": {"id": "⬅️ Kembali", "en": "⬅️ Back"},
    "dispute_btn_cancel": {"id": "✖️ Batal", "en": "✖️ Cancel"},
    "dispute_btn_skip": {"id": "⏭️ Lewati", "en": "⏭️ Skip"},
    "dispute_stale": {
        "id": "⌛ Tombol ini sudah tidak berlaku.",
        "en": "⌛ This button is no longer valid.",
    },
    "dispute_cancelled": {
        "id": "Baik, panduan dibatalkan. Jawaban Anda tidak disimpan. Mulai lagi kapan saja "
              "dengan /sengketa.",
        "en": "All right, the guide is cancelled and your answers were not stored. Start again "
              "any time with /sengketa.",
    },
    "dispute_paused": {
        "id": "ℹ️ Panduan sengketa Anda masih tersimpan. Ketik /sengketa untuk melanjutkannya "
              "dari langkah terakhir. Sekarang saya jawab pertanyaan Anda:",
        "en": "ℹ️ Your dispute guide is still saved. Type /sengketa to continue from the last "
              "step. Now, your question:",
    },
    "dispute_lost": {
        "id": "Maaf, panduan ini tidak bisa dilanjutkan. Mulai lagi dengan /sengketa 🙏",
        "en": "Sorry, this guide cannot be continued. Please start again with /sengketa 🙏",
    },
    "dispute_result_header": {
        "id": "✅ <b>Hasil panduan sengketa</b>",
        "en": "✅ <b>Your dispute guide</b>",
    },
    "dispute_ask_name": {
        "id": (
            "✍️ <b>Surat somasi</b>\nSiapa nama Anda, sebagai pengirim surat? Tulis nama "
            "lengkap (2–100 karakter), atau tekan «Lewati» dan isi sendiri nanti."
        ),
        "en": (
            "✍️ <b>Demand letter</b>\nWhat is your name, as the sender of the letter? Type "
            "your full name (2–100 characters), or press «Skip» and fill it in later."
        ),
    },
    "dispute_name_error": {
        "id": "Nama harus 2–100 karakter, satu baris, tanpa karakter khusus, misalnya "
              "«Sari Wulandari». Atau tekan «Lewati».",
        "en": "The name must be 2–100 characters on one line, without special characters, "
              "e.g. «Sari Wulandari». Or press «Skip».",
    },
    "dispute_letter_header": {
        "id": (
            "📄 <b>Draf surat somasi</b>, bertanggal {date} sesuai rencana (kirim setelah "
            "pengingat tidak ditanggapi). Lengkapi bagian dalam [kurung siku] sebelum "
            "mengirim; ubah tanggalnya jika Anda mengirim lebih awal."
        ),
        "en": (
            "📄 <b>Draft demand letter (somasi)</b>, dated {date} as in the plan (send it if "
            "the reminder gets no answer). The letter is in Indonesian, since it goes to an "
            "Indonesian client or platform. Fill in the parts in [square brackets] before "
            "sending; change the date if you send it earlier."
        ),
    },
    "dispute_docx_caption": {
        "id": "📄 Draf somasi yang bisa Anda edit (.docx).",
        "en": "📄 The draft letter (in Indonesian) as an editable .docx file.",
    },
    "dispute_employment_note": {
        "id": (
            "ℹ️ Ada tanda-tanda hubungan kerja, jadi langkah pertamanya perundingan bipartit "
            "(lihat rencana di atas), bukan surat somasi."
        ),
        "en": (
            "ℹ️ This looks like an employment relationship, so the first step is a bipartite "
            "negotiation (see the plan above), not a demand letter."
        ),
    },
    "dispute_next": {
        "id": (
            "Apa selanjutnya?\n"
            "• 💾 <b>Simpan kasus</b>: jawaban Anda disimpan agar bisa dibuka lagi lewat /kasus. "
            "Anda bisa menghapusnya kapan saja.\n"
            "• ⏰ <b>Ingatkan saya</b>: saya kirim pengingat pada {date} pukul 09.00 WIB, "
            "saat {deadline} berakhir."
        ),
        "en": (
            "What next?\n"
            "• 💾 <b>Save case</b>: your answers are stored so you can open them again with "
            "/kasus. You can delete them any time.\n"
            "• ⏰ <b>Remind me</b>: I'll send you a reminder on {date} at 09:00 WIB, when "
            "{deadline} ends."
        ),
    },
    "dispute_deadline_somasi": {"id": "tenggat somasi", "en": "the letter's deadline"},
    "dispute_deadline_bipartit": {"id": "batas perundingan bipartit",
                                  "en": "the bipartite negotiation period"},
    "dispute_btn_save": {"id": "💾 Simpan kasus", "en": "💾 Save case"},
    "dispute_btn_remind": {"id": "⏰ Ingatkan saya", "en": "⏰ Remind me"},
    "dispute_saved": {
        "id": "💾 Kasus disimpan (#{id}). Buka lagi dengan /kasus; hapus kapan saja di sana "
              "atau dengan /hapusdata.",
        "en": "💾 Case saved (#{id}). Open it again with /kasus; delete it any time there or "
              "with /hapusdata.",
    },
    "dispute_already_saved": {
        "id": "Kasus ini sudah disimpan (#{id}).",
        "en": "This case is already saved (#{id}).",
    },
    "dispute_reminder_set": {
        "id": "⏰ Baik, saya akan mengingatkan Anda pada {date} pukul 09.00 WIB.",
        "en": "⏰ All right, I'll remind you on {date} at 09:00 WIB.",
    },
    "dispute_reminder_exists": {
        "id": "Pengingat untuk kasus ini sudah dipasang.",
        "en": "A reminder for this case is already set.",
    },
    "dispute_reminder_somasi": {
        "id": (
            "⏰ <b>Pengingat KawanGig</b>\nHari ini tenggat somasi kepada {client} untuk "
            "pembayaran {amount} berakhir. Jika belum dibayar, langkah berikutnya menurut "
            "rencana Anda: negosiasi, lalu mediasi atau gugatan. Kasus tersimpan: /kasus"
        ),
        "en": (
            "⏰ <b>KawanGig reminder</b>\nToday the demand letter's deadline for {client} "
            "({amount}) ends. If you are still unpaid, the next steps in your plan are "
            "negotiation, then mediation or a claim. Saved cases: /kasus"
        ),
    },
    "dispute_reminder_bipartit": {
        "id": (
            "⏰ <b>Pengingat KawanGig</b>\nHari ini batas perundingan bipartit dengan {client} "
            "untuk upah {amount} berakhir. Jika tidak ada kesepakatan, catatkan perselisihan "
            "ke dinas ketenagakerjaan dengan bukti perundingan. Kasus tersimpan: /kasus"
        ),
        "en": (
            "⏰ <b>KawanGig reminder</b>\nToday the bipartite negotiation period with {client} "
            "about {amount} ends. Without an agreement, register the dispute with the local "
            "manpower office, with proof of the negotiation. Saved cases: /kasus"
        ),
    },
    "cases_empty": {
        "id": "📁 Belum ada kasus tersimpan. Mulai panduan dengan /sengketa, lalu tekan "
              "«💾 Simpan kasus» di akhir.",
        "en": "📁 No saved cases yet. Start the guide with /sengketa and press «💾 Save case» "
              "at the end.",
    },
    "cases_header": {
        "id": "📁 <b>Kasus tersimpan</b> ({n}). Pilih untuk membuka:",
        "en": "📁 <b>Saved cases</b> ({n}). Choose one to open:",
    },
    "case_header": {
        "id": "📂 <b>Kasus #{id}</b>, disimpan {date}. Bunga dihitung sampai hari ini.",
        "en": "📂 <b>Case #{id}</b>, saved {date}. Interest is counted up to today.",
    },
    "case_btn_export": {"id": "📄 Ekspor .docx", "en": "📄 Export .docx"},
    "case_btn_delete": {"id": "🗑️ Hapus", "en": "🗑️ Delete"},
    "case_btn_delete_yes": {"id": "🗑️ Ya, hapus", "en": "🗑️ Yes, delete"},
    "case_btn_keep": {"id": "Batal", "en": "Cancel"},
    "case_delete_confirm": {
        "id": "Hapus kasus #{id}? Pengingatnya ikut terhapus. Ini tidak bisa dibatalkan.",
        "en": "Delete case #{id}? Its reminders go too. This cannot be undone.",
    },
    "case_deleted": {"id": "🗑️ Kasus #{id} dihapus.", "en": "🗑️ Case #{id} deleted."},
    "case_kept": {"id": "Baik, kasus tidak dihapus.", "en": "All right, the case was kept."},
    "case_not_found": {"id": "Kasus tidak ditemukan.", "en": "Case not found."},
    "case_no_letter": {
        "id": "Kasus hubungan kerja tidak memakai surat somasi.",
        "en": "Employment cases have no demand letter.",
    },
}
_T.update(_DISPUTE)

COMMANDS: dict[str, list[tuple[str, str]]] = {
    "id": [
        ("start", "Mulai dan menu utama"),
        ("topik", "Jelajahi per topik"),
        ("sengketa", "Panduan sengketa bayaran + surat somasi"),
        ("kasus", "Kasus yang Anda simpan"),
        ("bahasa", "Ganti bahasa"),
        ("bantuan", "Cara memakai KawanGig"),
        ("privasi", "Data apa yang disimpan"),
        ("hapusdata", "Hapus data Anda"),
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
        ("hapusdata", "Delete your data"),
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
