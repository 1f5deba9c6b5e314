"""Strings of the payment-dispute flow (bot/dispute/): questions, buttons, answers, errors.

Plain text, not HTML: the Telegram layer escapes the whole text (it holds the worker's own
answers). Numbers that are constants of the flow are placeholders filled by the code that
owns the constant (``{min}``/``{max}`` name length, ``{max_idr:billions}`` ...); ``Money``
values take the format specs ``millions`` and ``billions``.
"""

from __future__ import annotations

_REL_INTRO_ID = (
    "Langkah 2/7 — Hubungan dengan klien ({n}/3)\n"
    "Tiga pertanyaan ini membantu menilai apakah ada hubungan kerja (unsur pekerjaan, upah, "
    "dan perintah) atau hubungan perdata seperti freelance/kemitraan.\n\n"
)
_REL_INTRO_EN = (
    "Step 2/7 — Your relationship with the client ({n}/3)\n"
    "These three questions help tell whether this is an employment relationship (the elements "
    "of work, wage and orders) or a civil one such as freelancing or a partnership "
    "(kemitraan).\n\n"
)

TEXTS: dict[str, dict[str, str]] = {
    # -- questions, one per State (``dispute_q_<state>``) --------------------------------------
    "dispute_q_kind": {
        "id": "Langkah 1/7 — Apa yang terjadi dengan pembayaran Anda?",
        "en": "Step 1/7 — What happened with your payment?",
    },
    "dispute_q_rel_orders": {
        "id": _REL_INTRO_ID + "Apakah klien memberi perintah kerja dan menentukan jam kerja Anda "
        "(misalnya jadwal shift atau jam wajib online)?",
        "en": _REL_INTRO_EN + "Does the client give you work orders and set your working hours "
        "(for example shift schedules or required online hours)?",
    },
    "dispute_q_rel_wage": {
        "id": _REL_INTRO_ID + "Apakah Anda menerima upah tetap yang rutin (per bulan atau per "
        "hari kerja), bukan bayaran per proyek atau per tugas?",
        "en": _REL_INTRO_EN + "Do you receive a fixed, regular wage (per month or per working "
        "day), rather than pay per project or per task?",
    },
    "dispute_q_rel_core": {
        "id": _REL_INTRO_ID + "Apakah pekerjaan Anda bagian dari usaha pokok klien dan "
        "berlangsung terus-menerus (bukan proyek sekali selesai)?",
        "en": _REL_INTRO_EN + "Is your work part of the client's core business and ongoing "
        "(not a one-off project)?",
    },
    "dispute_q_agreement": {
        "id": "Langkah 3/7 — Apa dasar kesepakatan Anda dengan klien?",
        "en": "Step 3/7 — What is your agreement with the client based on?",
    },
    "dispute_q_clause": {
        "id": "Apakah kontrak atau syarat layanannya mengatur cara menyelesaikan sengketa? "
        "Cari kata «arbitrase», «BANI», «SIAC», «pengadilan», «domisili» atau «governing "
        "law».\n(Klausul arbitrase tertulis membuat sengketa diselesaikan lewat arbitrase, "
        "bukan pengadilan negeri.)",
        "en": "Does the contract or the terms of service say how disputes are settled? Look "
        "for «arbitration», «BANI», «SIAC», «court», «jurisdiction» or «governing law».\n(A "
        "written arbitration clause sends the dispute to arbitration, not to the district "
        "court.)",
    },
    "dispute_q_client_type": {
        "id": "Langkah 4/7 — Siapa yang menjanjikan bayaran Anda, yaitu pihak yang membuat "
        "kesepakatan dengan Anda? Banyak platform punya PT di Indonesia; pilih «luar negeri» "
        "hanya jika pihak itu tidak punya badan hukum atau alamat di Indonesia.",
        "en": "Step 4/7 — Who promised to pay you, i.e. the party you made the agreement "
        "with? Many platforms have an Indonesian company (PT); choose «abroad» only if that "
        "party has no legal entity or address in Indonesia.",
    },
    "dispute_q_client_name": {
        "id": "Tulis nama klien (perusahaan, platform, atau orang), {min}–{max} karakter, "
        "misalnya «PT Data Nusantara». Tekan «Lewati» jika tidak ingin menyebutkannya.",
        "en": "Type the client's name (company, platform or person), {min}–{max} characters, "
        "e.g. «PT Data Nusantara». Press «Skip» if you would rather not name them.",
    },
    "dispute_q_client_address": {
        "id": "Apakah Anda tahu alamatnya di Indonesia, dan apakah alamat itu di wilayah "
        "Pengadilan Negeri yang sama dengan tempat tinggal Anda? (Wilayah pengadilan tidak "
        "selalu sama dengan kota: Jakarta saja punya lima Pengadilan Negeri.)\n(Ini "
        "menentukan syarat gugatan sederhana.)",
        "en": "Do you know their address in Indonesia, and is it in the same district court "
        "(Pengadilan Negeri) area as where you live? (A court's area is not always a city: "
        "Jakarta alone has five district courts.)\n(This decides what gugatan sederhana, the "
        "small-claims procedure, requires.)",
    },
    "dispute_q_amount": {
        "id": "Langkah 5/7 — Berapa jumlah yang belum dibayar? Tulis dengan angka, {example}.",
        "en": "Step 5/7 — How much is unpaid? Type it in digits, {example}.",
    },
    "dispute_q_rate": {
        "id": "Jumlahnya dalam {currency}. Batas gugatan sederhana dihitung dari nilainya "
        "dalam rupiah, jadi: berapa rupiah untuk 1 {currency} yang ingin Anda pakai? Tulis "
        "angkanya, misalnya «16.300» (cek kurs hari ini, misalnya di situs Bank Indonesia), "
        "atau tekan «Lewati».",
        "en": "The amount is in {currency}. The small-claims limit is judged by its value in "
        "rupiah, so: how many rupiah to 1 {currency} do you want to use? Type the number, "
        "e.g. «16,300» (check today's rate, e.g. on Bank Indonesia's website), or press "
        "«Skip».",
    },
    "dispute_q_due_date": {
        "id": "Langkah 6/7 — Kapan seharusnya Anda dibayar (tanggal jatuh tempo)? "
        "Contoh: «15/10/2025», «15 Oktober 2025», «2 minggu lalu», «kemarin».",
        "en": "Step 6/7 — When should you have been paid (the due date)? "
        "Examples: «15/10/2025», «15 October 2025», «2 weeks ago», «yesterday».",
    },
    "dispute_q_evidence": {
        "id": "Langkah 7/7 — Bukti apa saja yang Anda simpan? Ketuk untuk memilih atau "
        "membatalkan, lalu tekan «Selesai». Jika belum punya, langsung tekan «Selesai».",
        "en": "Step 7/7 — What evidence have you kept? Tap to select or deselect, then press "
        "«Done». If you have none yet, just press «Done».",
    },
    "dispute_q_tried": {
        "id": "Apa yang sudah Anda lakukan untuk menagih?",
        "en": "What have you already done to get paid?",
    },
    "dispute_q_confirm": {
        "id": "Periksa ringkasan jawaban Anda:\n\n{answers}\n\nSudah benar?",
        "en": "Check your answers:\n\n{answers}\n\nIs this correct?",
    },
    "dispute_q_done": {"id": "Selesai. Berikut hasilnya.", "en": "Done. Here is the result."},
    "dispute_q_cancelled": {
        "id": "Dibatalkan. Jawaban Anda tidak disimpan.",
        "en": "Cancelled. Your answers were not stored.",
    },
    "dispute_q_worker_name": {
        "id": "Siapa nama Anda, sebagai pengirim surat? Tulis nama lengkap ({min}–{max} "
        "karakter), atau tekan «Lewati» dan isi sendiri nanti.",
        "en": "What is your name, as the sender of the letter? Type your full name "
        "({min}–{max} characters), or press «Skip» and fill it in later.",
    },
    "dispute_amount_example": {
        "id": "misalnya «1.500.000», «Rp 1,5 jt», «750rb», atau «USD 300»",
        "en": "e.g. «1,500,000», «Rp 1.5 million», «750k» or «USD 300»",
    },
    # -- the flow's own buttons (``dispute_opt_<value>``) ---------------------------------------
    "dispute_opt_skip": {"id": "Lewati", "en": "Skip"},
    "dispute_opt_done": {"id": "Selesai", "en": "Done"},
    "dispute_opt_confirm": {"id": "Benar, lanjut", "en": "Correct, continue"},
    "dispute_opt_restart": {"id": "Ulangi dari awal", "en": "Start over"},
    # -- answer options (``dispute_opt_<table>_<value>``) ----------------------------------------
    "dispute_opt_kinds_late": {"id": "Terlambat dibayar", "en": "Payment is late"},
    "dispute_opt_kinds_partial": {"id": "Dibayar sebagian", "en": "Paid only in part"},
    "dispute_opt_kinds_rejected": {
        "id": "Hasil ditolak/dibatalkan, tidak dibayar",
        "en": "Work rejected/cancelled, not paid",
    },
    "dispute_opt_kinds_suspended": {
        "id": "Akun ditangguhkan, penghasilan ditahan", "en": "Account suspended, earnings held",
    },
    "dispute_opt_kinds_revisions": {"id": "Revisi tidak dibayar", "en": "Revisions not paid"},
    "dispute_opt_kinds_other": {"id": "Lainnya", "en": "Other"},
    "dispute_opt_yes_no_yes": {"id": "Ya", "en": "Yes"},
    "dispute_opt_yes_no_no": {"id": "Tidak", "en": "No"},
    "dispute_opt_yes_no_unsure": {"id": "Tidak yakin", "en": "Not sure"},
    "dispute_opt_agreements_written": {"id": "Kontrak tertulis", "en": "Written contract"},
    "dispute_opt_agreements_online_terms": {
        "id": "Syarat layanan disetujui online", "en": "Terms of service accepted online",
    },
    "dispute_opt_agreements_chat": {"id": "Hanya chat/e-mail", "en": "Only chat/e-mail"},
    "dispute_opt_agreements_none": {"id": "Tidak ada yang tertulis", "en": "Nothing in writing"},
    "dispute_opt_client_types_company": {
        "id": "Perusahaan/platform di Indonesia", "en": "Company/platform in Indonesia",
    },
    "dispute_opt_client_types_vendor": {
        "id": "Vendor/agensi di Indonesia", "en": "Vendor/agency in Indonesia",
    },
    "dispute_opt_client_types_person": {
        "id": "Perorangan di Indonesia", "en": "Individual in Indonesia",
    },
    "dispute_opt_client_types_foreign": {
        "id": "Hanya ada di luar negeri", "en": "Only abroad",
    },
    "dispute_opt_address_same": {"id": "Tahu, satu wilayah PN", "en": "Known, same court area"},
    "dispute_opt_address_other": {"id": "Tahu, beda wilayah PN", "en": "Known, other court area"},
    "dispute_opt_address_unsure": {
        "id": "Tahu, ragu wilayah PN-nya", "en": "Known, court area unsure",
    },
    "dispute_opt_address_unknown": {"id": "Tidak tahu alamatnya", "en": "Address unknown"},
    "dispute_opt_edit": {"id": "✏️ {what}", "en": "✏️ {what}"},
    "dispute_opt_clauses_arbitration": {
        "id": "Ada klausul arbitrase", "en": "An arbitration clause",
    },
    "dispute_opt_clauses_court": {
        "id": "Ada pilihan pengadilan/domisili", "en": "A chosen court/domicile",
    },
    "dispute_opt_clauses_none": {"id": "Tidak ada", "en": "None"},
    "dispute_opt_clauses_unsure": {"id": "Tidak tahu/belum baca", "en": "Don't know/not read"},
    "dispute_opt_evidence_contract": {
        "id": "Kontrak/syarat layanan", "en": "Contract/terms of service",
    },
    "dispute_opt_evidence_chat": {"id": "Chat/e-mail", "en": "Chat/e-mail"},
    "dispute_opt_evidence_tasks": {
        "id": "ID tugas/catatan submit", "en": "Task IDs/submission records",
    },
    "dispute_opt_evidence_rejection": {
        "id": "Pemberitahuan penolakan", "en": "Rejection notice",
    },
    "dispute_opt_evidence_invoice": {"id": "Invoice/tagihan", "en": "Invoice/bill"},
    "dispute_opt_evidence_payments": {"id": "Catatan pembayaran", "en": "Payment records"},
    "dispute_opt_tried_nothing": {"id": "Belum apa-apa", "en": "Nothing yet"},
    "dispute_opt_tried_chat_reminder": {
        "id": "Mengingatkan lewat chat", "en": "Reminded them by chat",
    },
    "dispute_opt_tried_formal_letter": {
        "id": "Mengirim surat resmi", "en": "Sent a formal letter",
    },
    "dispute_opt_tried_platform_complaint": {
        "id": "Mengadu ke platform", "en": "Complained to platform",
    },
    # -- the answers, as listed for CONFIRM and in the summary (``dispute_row_<name>``) --------
    "dispute_row_kind": {"id": "Masalah", "en": "Problem"},
    "dispute_row_orders": {
        "id": "Perintah/jam kerja dari klien", "en": "Orders/working hours from the client",
    },
    "dispute_row_wage": {"id": "Upah tetap rutin", "en": "Fixed regular wage"},
    "dispute_row_core": {"id": "Usaha pokok dan terus-menerus", "en": "Core business and ongoing"},
    "dispute_row_agreement": {"id": "Dasar kesepakatan", "en": "Agreement"},
    "dispute_row_client": {"id": "Klien", "en": "Client"},
    "dispute_row_client_address": {"id": "Alamat klien", "en": "Client's address"},
    "dispute_row_amount": {"id": "Jumlah", "en": "Amount"},
    "dispute_row_rate": {"id": "Kurs", "en": "Exchange rate"},
    "dispute_row_clause": {"id": "Klausul sengketa", "en": "Dispute clause"},
    "dispute_row_due_date": {"id": "Jatuh tempo", "en": "Due date"},
    "dispute_row_evidence": {"id": "Bukti", "en": "Evidence"},
    "dispute_row_tried": {"id": "Sudah dicoba", "en": "Already tried"},
    "dispute_row_route": {"id": "Hubungan", "en": "Relationship"},
    "dispute_row_interest": {"id": "Bunga bila Anda menggugat",
                             "en": "Interest if you sue"},
    "dispute_row_small_claim": {
        "id": "Gugatan sederhana", "en": "Gugatan sederhana (small-claims procedure)",
    },
    "dispute_none_yet": {"id": "belum ada", "en": "none yet"},
    "dispute_client_fallback": {"id": "klien", "en": "client"},
    "dispute_client_ref": {"id": "klien", "en": "the client"},
    # -- errors of answers (``ParseError`` keys and the flow's own) -------------------------------
    "dispute_err_invalid": {
        "id": "Jawaban tidak dikenali. Pilih salah satu tombol: {labels}.",
        "en": "Answer not recognised. Choose one of the buttons: {labels}.",
    },
    "dispute_err_ended": {
        "id": "Percakapan ini sudah selesai. Mulai lagi dengan /sengketa.",
        "en": "This conversation has ended. Start again with /sengketa.",
    },
    "dispute_err_first": {
        "id": "Ini langkah pertama. Tekan «Batal» untuk berhenti.",
        "en": "This is the first step. Press «Cancel» to stop.",
    },
    "dispute_err_missing": {
        "id": "Masih ada jawaban yang kosong. Tekan «Kembali».",
        "en": "Some answers are still missing. Press «Back».",
    },
    "dispute_err_name": {
        "id": "Nama klien harus {min}–{max} karakter, tanpa baris baru atau karakter khusus, "
        "misalnya «PT Data Nusantara». Atau tekan «Lewati».",
        "en": "The client's name must be {min}–{max} characters, on one line, without special "
        "characters, e.g. «PT Data Nusantara». Or press «Skip».",
    },
    "dispute_err_worker_name": {
        "id": "Nama harus {min}–{max} karakter, satu baris, tanpa karakter khusus, misalnya "
        "«Sari Wulandari». Atau tekan «Lewati».",
        "en": "The name must be {min}–{max} characters on one line, without special "
        "characters, e.g. «Sari Wulandari». Or press «Skip».",
    },
    "dispute_err_rate": {
        "id": "Tulis kurs sebagai angka rupiah untuk 1 {currency}, antara {low} dan {high}, "
        "misalnya «16.300». Atau tekan «Lewati».",
        "en": "Type the rate as rupiah for 1 {currency}, between {low} and {high}, e.g. "
        "«16,300». Or press «Skip».",
    },
    "dispute_err_amount": {
        "id": "Jumlah tidak bisa dibaca. Tulis jumlah yang belum dibayar dengan angka, "
        "{example}.",
        "en": "The amount could not be read. Type the unpaid amount in digits, {example}.",
    },
    "dispute_err_amount_format": {
        "id": "Format angka tidak jelas. Pakai titik sebagai pemisah ribuan dan koma untuk "
        "desimal, misalnya «1.500.000» atau «1,5 juta».",
        "en": "The number is unclear. Separate thousands in groups of three and use at most two "
        "decimals, e.g. «1,500,000» or «1.5 million».",
    },
    "dispute_err_amount_neg": {
        "id": "Jumlah tidak boleh negatif. Tulis jumlah yang belum dibayar, misalnya "
        "«Rp 1.500.000».",
        "en": "The amount cannot be negative. Type the unpaid amount, e.g. «Rp 1,500,000».",
    },
    "dispute_err_amount_zero": {
        "id": "Jumlah harus lebih dari nol. Tulis jumlah yang belum dibayar, misalnya "
        "«Rp 1.500.000».",
        "en": "The amount must be more than zero. Type the unpaid amount, e.g. «Rp 1,500,000».",
    },
    "dispute_err_amount_big": {
        "id": "Jumlah itu terlalu besar (batas Rp{max_idr:billions} miliar atau "
        "USD {max_usd:millions} juta). Periksa lagi angkanya, misalnya «Rp 15.000.000».",
        "en": "That amount is too large (the limit is Rp{max_idr:billions} billion or "
        "USD {max_usd:millions} million). Check the number, e.g. «Rp 15,000,000».",
    },
    "dispute_err_amount_sen": {
        "id": "Rupiah ditulis tanpa sen. Tulis misalnya «Rp 1.500.000» atau «1,5 juta».",
        "en": "Rupiah amounts have no cents. Type e.g. «Rp 1,500,000» or «1.5 million».",
    },
    "dispute_err_amount_m": {
        "id": "Untuk dolar, tulis jumlahnya lengkap, misalnya «USD 1,500,000» atau «USD 300».",
        "en": "For dollars, write the amount in full or with «million» (a bare «m» means "
        "miliar, a billion, in Indonesian), e.g. «USD 1,500,000» or «USD 1.5 million».",
    },
    "dispute_err_amount_cent": {
        "id": "Dolar paling banyak dua angka di belakang koma, misalnya «USD 300.50».",
        "en": "Dollar amounts take at most two decimals, e.g. «USD 300.50».",
    },
    "dispute_err_amount_cur": {
        "id": "Pilih satu mata uang saja: rupiah atau USD, misalnya «Rp 1.500.000» atau "
        "«USD 300».",
        "en": "Choose one currency only, rupiah or USD, e.g. «Rp 1,500,000» or «USD 300».",
    },
    "dispute_date_examples": {
        "id": "misalnya «{numeric}», «{past}», atau «2 minggu lalu»",
        "en": "e.g. «{numeric}», «{past}» or «2 weeks ago»",
    },
    "dispute_err_date": {
        "id": "Tanggal tidak bisa dibaca. Tulis tanggal jatuh tempo, {examples}.",
        "en": "The date could not be read. Type the due date, {examples}.",
    },
    "dispute_err_date_calendar": {
        "id": "Tanggal {day:02d}/{month:02d}/{year} tidak ada di kalender. Periksa lagi, "
        "{examples}.",
        "en": "The date {day:02d}/{month:02d}/{year} does not exist in the calendar. "
        "Check it again, {examples}.",
    },
    "dispute_err_date_future": {
        "id": "Tanggal jatuh tempo tidak boleh setelah hari ini ({today}): kalau pembayaran "
        "belum jatuh tempo, klien belum terlambat. Tulis tanggal yang sudah lewat, {examples}.",
        "en": "The due date cannot be after today ({today}): if the payment is not due yet, "
        "the client is not late yet. Type a date that has passed, {examples}.",
    },
    "dispute_err_date_early": {
        "id": "Tanggal sebelum tahun {year} tidak diterima. Periksa tahunnya, {examples}.",
        "en": "Dates before {year} are not accepted. Check the year, {examples}.",
    },
}
