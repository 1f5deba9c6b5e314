"""Strings of the dispute guide's Telegram side and saved cases (bot/handlers/dispute.py).

HTML for Telegram. Button labels are plain text.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
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
    "dispute_letter_title": {"id": "✍️ <b>Surat somasi</b>", "en": "✍️ <b>Demand letter</b>"},
    "dispute_letter_header": {
        "id": (
            "📄 <b>Draf surat somasi</b>, bertanggal {date} sesuai rencana (kirim setelah "
            "pengingat tidak ditanggapi). Lengkapi bagian dalam [kurung siku] sebelum "
            "mengirim; ubah tanggalnya jika Anda mengirim lebih awal."
        ),
        "en": (
            "📄 <b>Draft demand letter (somasi)</b>, dated {date} as in the plan (send it if "
            "the reminder gets no answer). It is in the recipient's language: Indonesian for a "
            "client in Indonesia, English for one abroad. Fill in the parts in [square "
            "brackets] before sending; change the date if you send it earlier."
        ),
    },
    "dispute_docx_caption": {
        "id": "📄 Draf somasi yang bisa Anda edit (.docx).",
        "en": "📄 The draft letter as an editable .docx file.",
    },
    "dispute_letter_header_bipartit": {
        "id": (
            "📄 <b>Draf surat permohonan perundingan bipartit</b>, bertanggal {date}. Lengkapi "
            "bagian dalam [kurung siku], kirim ke perusahaan dengan cara yang meninggalkan "
            "bukti, dan simpan buktinya: catatan bipartit diperlukan untuk mediasi dan "
            "Pengadilan Hubungan Industrial."
        ),
        "en": (
            "📄 <b>Draft request for bipartite negotiation</b> (in Indonesian, for your "
            "employer), dated {date}. Fill in the parts in [square brackets], send it in a way "
            "that leaves proof, and keep the proof: the bipartite record is needed for "
            "mediation and the Industrial Relations Court."
        ),
    },
    "dispute_docx_caption_bipartit": {
        "id": "📄 Draf surat bipartit yang bisa Anda edit (.docx).",
        "en": "📄 The draft bipartite request as an editable .docx file.",
    },
    "dispute_where": {
        "id": "📍 Anda sedang mengisi panduan sengketa; ini pertanyaan yang sedang berjalan:",
        "en": "📍 You are in the dispute guide; this is the current question:",
    },
    "dispute_back_to_step": {
        "id": "↩️ Itu jawaban atas pertanyaan Anda. Kembali ke panduan sengketa:",
        "en": "↩️ That answers your question. Back to the dispute guide:",
    },
    "dispute_employment_note": {
        "id": (
            "ℹ️ Ada tanda-tanda hubungan kerja, jadi langkah pertamanya perundingan bipartit "
            "(lihat rencana di atas), bukan surat somasi. Saya siapkan surat permohonannya."
        ),
        "en": (
            "ℹ️ This looks like an employment relationship, so the first step is a bipartite "
            "negotiation (see the plan above), not a demand letter. I will draft the request."
        ),
    },
    "dispute_next": {
        "id": (
            "Apa selanjutnya?\n"
            "• 💾 <b>Simpan kasus</b>: jawaban Anda disimpan agar bisa dibuka lagi lewat /kasus. "
            "Anda bisa menghapusnya kapan saja.\n"
            "• ⏰ <b>Ingatkan saya</b>: saya kirim pengingat pada {date} pukul {time} WIB, "
            "saat {deadline} berakhir."
        ),
        "en": (
            "What next?\n"
            "• 💾 <b>Save case</b>: your answers are stored so you can open them again with "
            "/kasus. You can delete them any time.\n"
            "• ⏰ <b>Remind me</b>: I'll send you a reminder on {date} at {time} WIB, when "
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
        "id": "⏰ Baik, saya akan mengingatkan Anda pada {date} pukul {time} WIB.",
        "en": "⏰ All right, I'll remind you on {date} at {time} WIB.",
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
        "id": "📂 <b>Kasus #{id}</b>, disimpan {date}. Bunga dihitung sampai hari ini; "
              "rencana langkahnya seperti pada hari kasus disimpan.",
        "en": "📂 <b>Case #{id}</b>, saved {date}. Interest is counted up to today; the "
              "action plan is as it was on the day the case was saved.",
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
}
