"""Human help ("Tanya relawan", /relawan) and the volunteers' queue (/rujukan) (HTML)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # -- the worker's side ----------------------------------------------------------------------
    "help_btn_ask": {"id": "🙋 Tanya relawan", "en": "🙋 Ask a volunteer"},
    "help_after_down": {
        "id": "Jawaban itu belum membantu? Relawan paralegal bisa membaca pertanyaanmu.",
        "en": "That answer did not help? A volunteer paralegal can read your question.",
    },
    "help_intro": {
        "id": (
            "🙋 <b>Tanya relawan</b>\n\n"
            "Pertanyaanmu dibaca relawan paralegal dan pegiat hak pekerja (bukan advokat). "
            "Mereka memberi informasi hukum, gratis. {wait}\n\n"
            "🔒 Relawan hanya melihat nomor samaran (misalnya «Pekerja #1042») dan apa yang kamu "
            "tulis di sini, bukan nama, username, atau nomor Telegram-mu, kecuali kamu sendiri "
            "memilih membagikan kontak. Tidak ada yang terkirim sebelum kamu menekan «Kirim».\n\n"
            "Tulis pertanyaanmu dalam satu pesan."
        ),
        "en": (
            "🙋 <b>Ask a volunteer</b>\n\n"
            "Your question is read by volunteer paralegals and labour-rights activists (not "
            "lawyers). They give legal information, free of charge. {wait}\n\n"
            "🔒 Volunteers see only a pseudonym (e.g. «Worker #1042») and what you write here, "
            "not your Telegram name, username or number, unless you choose to share your "
            "contact. Nothing is sent before you press «Send».\n\n"
            "Write your question in one message."
        ),
    },
    "help_use_last": {"id": "↩️ Pakai pertanyaan tadi", "en": "↩️ Use my last question"},
    "help_wait_unknown": {"id": "Belum ada cukup data untuk memperkirakan lama menunggu.",
                          "en": "There is not enough data yet to estimate the wait."},
    "help_wait_minutes": {"id": "Belakangan ini jawaban pertama biasanya datang dalam sekitar "
                                "{n} menit (bukan janji).",
                          "en": "Lately the first reply has usually come within about {n} "
                                "minutes (not a promise)."},
    "help_wait_hours": {"id": "Belakangan ini jawaban pertama biasanya datang dalam sekitar "
                              "{n} jam (bukan janji).",
                        "en": "Lately the first reply has usually come within about {n} hours "
                              "(not a promise)."},
    "help_wait_days": {"id": "Belakangan ini jawaban pertama biasanya datang dalam sekitar {n} "
                             "hari (bukan janji).",
                       "en": "Lately the first reply has usually come within about {n} days "
                             "(not a promise)."},
    "help_preview": {
        "id": "<b>Yang akan dikirim ke relawan:</b>\n\n{question}{case}\n\nKirim sekarang?",
        "en": "<b>What will be sent to the volunteers:</b>\n\n{question}{case}\n\nSend now?",
    },
    "help_preview_case": {"id": "\n\n<b>Ringkasan kasus #{id}:</b>\n{summary}",
                          "en": "\n\n<b>Summary of case #{id}:</b>\n{summary}"},
    "help_btn_send": {"id": "✅ Kirim", "en": "✅ Send"},
    "help_btn_cancel": {"id": "✖️ Batal", "en": "✖️ Cancel"},
    "help_btn_case": {"id": "📎 Sertakan kasus #{id}", "en": "📎 Include case #{id}"},
    "help_btn_uncase": {"id": "📎 Tanpa kasus #{id}", "en": "📎 Without case #{id}"},
    "help_too_short": {"id": "Tulis pertanyaanmu dengan kata-kata (minimal beberapa kata).",
                       "en": "Please write your question in words (a few words at least)."},
    "help_cancelled": {"id": "Dibatalkan. Tidak ada yang dikirim.",
                       "en": "Cancelled. Nothing was sent."},
    "help_sent": {
        "id": "📨 Terkirim sebagai rujukan <b>#{id}</b>. Jawaban relawan akan datang di chat ini. "
              "Kamu bisa menambah pesan atau bukti (dokumen, foto) lewat /relawan.",
        "en": "📨 Sent as request <b>#{id}</b>. The volunteer's reply will come in this chat. You "
              "can add messages or evidence (documents, photos) through /relawan.",
    },
    "help_limit": {
        "id": "Kamu sudah punya {n} pertanyaan yang masih terbuka. Tutup salah satunya di "
              "/relawan dulu, atau tambahkan pesan ke pertanyaan yang ada.",
        "en": "You already have {n} open questions. Close one in /relawan first, or add a "
              "message to one of them.",
    },
    "help_muted": {
        "id": "Maaf, kamu untuk sementara tidak bisa mengirim pesan ke relawan. Untuk bantuan "
              "hukum, hubungi LBH atau Posbakum di pengadilan negeri.",
        "en": "Sorry, you cannot send messages to the volunteers for now. For legal help, "
              "contact an LBH (legal aid office) or the Posbakum desk at the district court.",
    },
    "help_threads": {"id": "<b>Pertanyaanmu ke relawan</b>", "en": "<b>Your questions to the "
                                                                    "volunteers</b>"},
    "help_thread_line": {"id": "#{id} · {status} · {when}", "en": "#{id} · {status} · {when}"},
    "help_status_open": {"id": "menunggu relawan", "en": "waiting for a volunteer"},
    "help_status_claimed": {"id": "relawan sedang membaca", "en": "a volunteer is reading it"},
    "help_status_closed": {"id": "selesai", "en": "closed"},
    "help_btn_new": {"id": "➕ Pertanyaan baru", "en": "➕ New question"},
    "help_btn_add": {"id": "✍️ Tambah pesan #{id}", "en": "✍️ Add to #{id}"},
    "help_btn_done_up": {"id": "👍 #{id} terjawab", "en": "👍 #{id} answered"},
    "help_btn_done_down": {"id": "👎 Tutup #{id}", "en": "👎 Close #{id}"},
    "help_btn_contact": {"id": "📞 Bagikan kontakku (#{id})", "en": "📞 Share my contact (#{id})"},
    "help_add_prompt": {
        "id": "Tulis pesan tambahan untuk #{id}, atau kirim dokumen/foto bukti.",
        "en": "Write your additional message for #{id}, or send a document/photo as evidence.",
    },
    "help_added": {"id": "📎 Ditambahkan ke #{id}.", "en": "📎 Added to #{id}."},
    "help_closed": {"id": "✅ #{id} ditutup. Terima kasih!", "en": "✅ #{id} closed. Thank you!"},
    "help_contact_shared": {
        "id": "📞 Kontak Telegram-mu dibagikan kepada relawan untuk #{id}.",
        "en": "📞 Your Telegram contact was shared with the volunteers for #{id}.",
    },
    "help_gone": {"id": "Pertanyaan itu sudah tidak ada atau sudah ditutup.",
                  "en": "That question no longer exists or is closed."},
    "help_claimed_notice": {"id": "👀 Relawan sedang membaca pertanyaanmu #{id}.",
                            "en": "👀 A volunteer is reading your question #{id}."},
    "help_reply_to_worker": {"id": "💬 <b>Jawaban relawan (#{id})</b>\n\n{text}",
                             "en": "💬 <b>A volunteer's reply (#{id})</b>\n\n{text}"},
    "help_entry_to_worker": {
        "id": "📚 <b>Relawan mengirim dasar hukumnya (#{id})</b>\n\n{card}",
        "en": "📚 <b>The volunteer sent the law it rests on (#{id})</b>\n\n{card}",
    },
    "help_btn_reply": {"id": "✍️ Balas #{id}", "en": "✍️ Reply to #{id}"},
    "help_closed_by_volunteer": {
        "id": "Relawan menutup pertanyaan #{id}. Kalau masih ada yang belum jelas, buka "
              "pertanyaan baru di /relawan.",
        "en": "A volunteer closed question #{id}. If anything is still unclear, open a new "
              "one in /relawan.",
    },
    "help_muted_notice": {
        "id": "Relawan membatasi pesanmu ke pertanyaan #{id}. Untuk bantuan hukum, hubungi LBH "
              "atau Posbakum di pengadilan negeri.",
        "en": "The volunteers have limited your messages for question #{id}. For legal help, "
              "contact an LBH (legal aid office) or the Posbakum desk at the district court.",
    },
    # -- the volunteers' side -----------------------------------------------------------------
    "ref_queue_empty": {"id": "Tidak ada rujukan yang terbuka. 🎉",
                        "en": "No open requests. 🎉"},
    "ref_queue": {"id": "<b>Rujukan terbuka</b> (paling lama dulu): {n}",
                  "en": "<b>Open requests</b> (oldest first): {n}"},
    "ref_queue_line": {"id": "#{id} · Pekerja #{who} · menunggu {wait}{claimed}",
                       "en": "#{id} · Worker #{who} · waiting {wait}{claimed}"},
    "ref_claimed_by_you": {"id": " · kamu yang pegang", "en": " · yours"},
    "ref_claimed_by_other": {"id": " · dipegang relawan lain", "en": " · held by another "
                                                                     "volunteer"},
    "ref_wait_minutes": {"id": "{n} menit", "en": "{n} min"},
    "ref_wait_hours": {"id": "{n} jam", "en": "{n} h"},
    "ref_wait_days": {"id": "{n} hari", "en": "{n} days"},
    "ref_btn_open": {"id": "👀 Buka #{id}", "en": "👀 Open #{id}"},
    "ref_thread_header": {"id": "🧵 <b>Rujukan #{id}</b> · Pekerja #{who} · {status}",
                          "en": "🧵 <b>Request #{id}</b> · Worker #{who} · {status}"},
    "ref_msg_worker": {"id": "👤 <b>Pekerja</b>: {text}", "en": "👤 <b>Worker</b>: {text}"},
    "ref_msg_volunteer": {"id": "🙋 <b>Relawan</b>: {text}{undelivered}",
                          "en": "🙋 <b>Volunteer</b>: {text}{undelivered}"},
    "ref_undelivered": {"id": " ⚠️ (tidak terkirim: pekerja memblokir bot)",
                        "en": " ⚠️ (not delivered: the worker blocked the bot)"},
    "ref_file": {"id": "[{kind} terlampir]", "en": "[{kind} attached]"},
    "ref_case": {"id": "📎 <b>Kasus yang dibagikan:</b>\n{summary}",
                 "en": "📎 <b>Shared case:</b>\n{summary}"},
    "ref_contact": {"id": "📞 Pekerja membagikan kontaknya: {contact}",
                    "en": "📞 The worker shared their contact: {contact}"},
    "ref_btn_claim": {"id": "🙋 Ambil", "en": "🙋 Claim"},
    "ref_btn_reply": {"id": "✍️ Balas", "en": "✍️ Reply"},
    "ref_btn_entry": {"id": "📚 Kirim entri", "en": "📚 Send an entry"},
    "ref_btn_handover": {"id": "↩️ Serahkan", "en": "↩️ Hand over"},
    "ref_btn_close": {"id": "✅ Tutup", "en": "✅ Close"},
    "ref_btn_mute": {"id": "🔇 Bisukan", "en": "🔇 Mute"},
    "ref_claimed": {"id": "Kamu memegang #{id}. Tekan «Balas» atau balas (reply) pesan ini.",
                    "en": "You hold #{id}. Press «Reply» or reply to this message."},
    "ref_claim_taken": {"id": "#{id} sudah dipegang relawan lain.",
                        "en": "#{id} is already held by another volunteer."},
    "ref_not_yours": {"id": "Ambil dulu #{id} sebelum membalas.",
                      "en": "Claim #{id} before replying."},
    "ref_reply_prompt": {"id": "Tulis balasan untuk #{id} (teks biasa). /batal untuk batal.",
                         "en": "Write your reply to #{id} (plain text). /batal to cancel."},
    "ref_entry_prompt": {"id": "Tulis ID entri yang ingin dikirim ke pekerja #{id}, misalnya "
                               "<code>kuhperdata-1238</code>.",
                         "en": "Type the id of the entry to send for #{id}, e.g. "
                               "<code>kuhperdata-1238</code>."},
    "ref_entry_unknown": {"id": "Entri <code>{entry}</code> tidak ada. Coba lagi atau /batal.",
                          "en": "There is no entry <code>{entry}</code>. Try again or /batal."},
    "ref_sent": {"id": "✅ Terkirim ke pekerja (#{id}).", "en": "✅ Sent to the worker (#{id})."},
    "ref_undelivered_now": {
        "id": "⚠️ Tidak terkirim: pekerja memblokir bot. Balasan disimpan di #{id}.",
        "en": "⚠️ Not delivered: the worker blocked the bot. The reply is kept in #{id}.",
    },
    "ref_handed_over": {"id": "#{id} kembali ke antrean.", "en": "#{id} is back in the queue."},
    "ref_closed": {"id": "✅ #{id} ditutup.", "en": "✅ #{id} closed."},
    "ref_learn": {
        "id": "Jadikan pertanyaan ini pelajaran bagi bot? Pilih entri yang menjawabnya "
              "(pertanyaan pekerja menjadi contoh pertanyaan entri itu), atau buat entri baru "
              "dengan /tambah.",
        "en": "Make this question teach the bot? Pick the entry that answers it (the worker's "
              "question becomes one of its example questions), or create a new entry with "
              "/tambah.",
    },
    "ref_btn_learn": {"id": "📌 Contoh untuk {entry}", "en": "📌 Example for {entry}"},
    "ref_btn_skip": {"id": "Lewati", "en": "Skip"},
    "ref_learned": {"id": "📌 Pertanyaan #{id} kini contoh untuk <code>{entry}</code> (versi "
                          "{version}).",
                    "en": "📌 Question #{id} is now an example for <code>{entry}</code> "
                          "(version {version})."},
    "ref_muted": {"id": "🔇 Pekerja #{who} dibisukan; ia sudah diberi tahu.",
                  "en": "🔇 Worker #{who} is muted and has been told."},
    "ref_new": {"id": "🔔 Rujukan baru #{id} dari Pekerja #{who}:\n{text}",
                "en": "🔔 New request #{id} from Worker #{who}:\n{text}"},
    "ref_new_message": {"id": "🔔 Pesan baru di #{id}:\n{text}",
                        "en": "🔔 New message in #{id}:\n{text}"},
    "ref_notif_on": {"id": "🔔 Notifikasi rujukan baru: aktif{quiet}.",
                     "en": "🔔 New-request notifications: on{quiet}."},
    "ref_notif_off": {"id": "🔕 Notifikasi rujukan baru: mati.",
                      "en": "🔕 New-request notifications: off."},
    "ref_notif_quiet": {"id": ", kecuali {start}–{end} WIB", "en": ", except {start}–{end} WIB"},
    "ref_notif_usage": {
        "id": "Pakai: <code>/rujukan notif on</code>, <code>/rujukan notif on 22:00-07:00</code> "
              "(jam tenang, WIB) atau <code>/rujukan notif off</code>.",
        "en": "Use: <code>/rujukan notif on</code>, <code>/rujukan notif on 22:00-07:00</code> "
              "(quiet hours, WIB) or <code>/rujukan notif off</code>.",
    },
    "ref_stats": {
        "id": "🙋 Tanya relawan: {opened} dibuka, {answered} dijawab, {open_now} terbuka; "
              "median jawaban pertama {median}; {examples} jadi contoh, {entries} jadi entri.",
        "en": "🙋 Ask a volunteer: {opened} opened, {answered} answered, {open_now} open; "
              "median first reply {median}; {examples} became examples, {entries} entries.",
    },
}
