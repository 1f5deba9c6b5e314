"""Strings of the question-and-answer side: /start, /help, answers, topics, privacy.

HTML for Telegram (see ``bot/texts/__init__.py``).
"""

from __future__ import annotations

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

TEXTS: dict[str, dict[str, str]] = {
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
            "/status – cek status kerja: pekerja atau mitra?\n"
            "/surat – surat permintaan data pribadi dan keberatan atas penangguhan akun\n"
            "/kasus – kasus dan surat yang Anda simpan\n"
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
            "/status – status check: employee or partner?\n"
            "/surat – letters: a personal-data request, an appeal against a suspension\n"
            "/kasus – your saved cases and letters\n"
            "/bahasa – Bahasa Indonesia / English\n"
            "/privasi – what data we keep\n"
            "/batal – cancel the current step"
        ),
    },
    "btn_status": {"id": "🧭 Cek statusmu: pekerja atau mitra?",
                   "en": "🧭 Check your status: employee or partner?"},
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
        "id": "sewa, tanah, utang-piutang pribadi, atau sengketa dengan tetangga|<b>LBH</b> atau "
              "Posbakum di pengadilan negeri; untuk tanah, kantor pertanahan (BPN).",
        "en": "rent, land, private loans or neighbours|an <b>LBH</b> or the Posbakum desk at the "
              "district court; for land, the land office (BPN).",
    },
    "field_kesehatan": {
        "id": "kesehatan dan BPJS Kesehatan|<b>BPJS Kesehatan Care Center 165</b> atau kantor "
              "BPJS Kesehatan terdekat; untuk pelayanan rumah sakit, bagian pengaduan rumah sakit "
              "atau Dinas Kesehatan setempat.",
        "en": "health care and BPJS Kesehatan|the <b>BPJS Kesehatan Care Center 165</b> or the "
              "nearest BPJS Kesehatan office; about a hospital's service, the hospital's "
              "complaints desk or the local health office (Dinas Kesehatan).",
    },
    "field_hki": {
        "id": "hak kekayaan intelektual (hak cipta, merek, paten)|<b>Direktorat Jenderal "
              "Kekayaan Intelektual (DJKI)</b> atau konsultan KI terdaftar. Kalau soalnya siapa "
              "pemilik hasil kerja untuk klien, itu soal kontrak: tanyakan di sini.",
        "en": "intellectual property (copyright, trademarks, patents)|the <b>Directorate General "
              "of Intellectual Property (DJKI)</b> or a registered IP consultant. If it is about "
              "who owns work you did for a client, that is a contract question: ask me here.",
    },
    "field_adminduk": {
        "id": "administrasi kependudukan (KTP, KK, akta)|<b>Dinas Dukcapil</b> kabupaten/kota "
              "Anda; untuk SKCK, kantor polisi.",
        "en": "civil registration (KTP, family card, certificates)|the <b>Dukcapil</b> office of "
              "your regency or city; for a police record certificate (SKCK), the police.",
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
    "status_label": {"id": "Status", "en": "Status"},
    "source_label": {"id": "Sumber", "en": "Source"},
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
            "• Pilihan bahasa dan langkah panduan atau surat yang sedang berjalan, agar tidak "
            "hilang; yang ditinggalkan di tengah jalan dihapus setelah 30 hari, dan hasil "
            "panduan atau surat yang tidak Anda simpan (nama klien, nama Anda) setelah 24 jam.\n"
            "• Kasus sengketa, surat, dan pengingat: hanya jika Anda memilih menyimpannya.\n"
            "• Pertanyaan ke relawan (/relawan): pesan Anda dan balasan relawan, di bawah nomor "
            "samaran; relawan tidak melihat nama, username, atau nomor Telegram Anda kecuali "
            "Anda membagikan kontak. Disimpan sampai Anda menghapusnya.\n"
            "• Cek status (/status): jawaban Anda tidak disimpan.\n\n"
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
            "• Your language and any guide or letter in progress, so nothing is lost; one left "
            "half-way is deleted after 30 days, and a guide's or letter's result you did not "
            "save (the client's name, yours) after 24 hours.\n"
            "• Dispute cases, letters and reminders: only if you choose to save them.\n"
            "• Questions to the volunteers (/relawan): your messages and their replies, under a "
            "pseudonym; volunteers do not see your Telegram name, username or number unless "
            "you share your contact. Kept until you delete them.\n"
            "• The status check (/status): your answers are not stored.\n\n"
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

COMMANDS: dict[str, list[tuple[str, str]]] = {
    "id": [
        ("start", "Mulai dan menu utama"),
        ("topik", "Jelajahi per topik"),
        ("sengketa", "Panduan sengketa bayaran + surat somasi"),
        ("status", "Cek status: pekerja atau mitra?"),
        ("surat", "Surat: akses data, keberatan akun"),
        ("kasus", "Kasus dan surat yang Anda simpan"),
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
        ("status", "Status check: employee or partner?"),
        ("surat", "Letters: data access, account appeal"),
        ("kasus", "Your saved cases and letters"),
        ("bahasa", "Change language"),
        ("help", "How to use KawanGig"),
        ("privasi", "What data is kept"),
        ("hapusdata", "Delete your data"),
        ("batal", "Cancel the current step"),
    ],
}
