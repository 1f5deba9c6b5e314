"""Strings of the moderators' side (bot/handlers/moderator.py). HTML for Telegram."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
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
    "mod_import_unindexable": {
        "id": "⚠️ Impor ditolak: basis pengetahuan hasilnya tidak bisa diindeks (misalnya "
              "terlalu besar). Tidak ada yang disimpan.",
        "en": "⚠️ Import refused: the knowledge base it would leave cannot be indexed (too "
              "large, for example). Nothing was written.",
    },
    "mod_upload_name": {
        "id": "⚠️ Nama berkasnya terlalu panjang (maksimal {max} karakter).",
        "en": "⚠️ The file name is too long (at most {max} characters).",
    },
    "mod_upload_unreadable": {
        "id": "⚠️ Berkas tidak bisa dibaca ({kind}): isinya terlalu bertingkat, namanya tidak "
              "diterima, atau teksnya bukan UTF-8.",
        "en": "⚠️ The file cannot be read ({kind}): nested too deeply, a name that is not "
              "accepted, or text that is not UTF-8.",
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
