"""The employment-status check (``/status``): questions, option labels, the result (HTML)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "status_intro": {
        "id": (
            "🧭 <b>Cek status kerja: pekerja atau mitra?</b>\n\n"
            "Delapan pertanyaan singkat, jawab dengan tombol, berdasarkan apa yang "
            "<b>benar-benar terjadi</b> (bukan hanya yang tertulis di kontrak). Hasilnya "
            "menerapkan jawabanmu ke tiga unsur hubungan kerja: pekerjaan, upah, dan perintah "
            "(UU 13/2003 Pasal 1 angka 15).\n\n"
            "Jawabanmu tidak disimpan; hasilnya informasi hukum, bukan putusan."
        ),
        "en": (
            "🧭 <b>Status check: employee or partner?</b>\n\n"
            "Eight short questions, answered with buttons, about what <b>actually happens</b> "
            "(not only what the contract says). The result applies your answers to the three "
            "elements of an employment relationship: work, wages and orders (UU 13/2003 "
            "Art. 1 point 15).\n\n"
            "Your answers are not stored; the result is legal information, not a ruling."
        ),
    },
    "status_progress": {"id": "Pertanyaan {n} dari {total}", "en": "Question {n} of {total}"},
    # -- questions and their buttons -------------------------------------------------------
    "status_q_tasks": {
        "id": "Siapa yang menentukan pekerjaan atau tugas yang kamu kerjakan?",
        "en": "Who decides which work or tasks you do?",
    },
    "status_o_tasks_assigned": {"id": "Dibagi mereka, tak bebas menolak",
                                "en": "They assign it, I can't refuse"},
    "status_o_tasks_choose": {"id": "Aku pilih sendiri, boleh menolak",
                              "en": "I choose, I may refuse"},
    "status_o_tasks_mixed": {"id": "Campuran", "en": "A mix"},
    "status_q_hours": {
        "id": "Apakah jam kerjamu diatur (jam wajib, shift, absen, wajib online)?",
        "en": "Are your working hours set (fixed hours, shifts, attendance, must be online)?",
    },
    "status_o_hours_fixed": {"id": "Ya, ada jam/shift wajib", "en": "Yes, fixed hours/shifts"},
    "status_o_hours_deadline": {"id": "Hanya tenggat hasil", "en": "Only result deadlines"},
    "status_o_hours_free": {"id": "Bebas kapan saja", "en": "Any time I like"},
    "status_q_control": {
        "id": (
            "Bagaimana kamu diawasi? Apakah ada atasan yang memberi perintah harian dan bisa "
            "menegur atau menjatuhkan sanksi seperti kepada karyawan?"
        ),
        "en": (
            "How are you supervised? Is there a superior who gives daily orders and can "
            "reprimand or sanction you as they would an employee?"
        ),
    },
    "status_o_control_supervised": {"id": "Ya, diawasi dan bisa disanksi",
                                    "en": "Yes, supervised and sanctioned"},
    "status_o_control_results": {"id": "Hanya hasil yang diperiksa",
                                 "en": "Only results are checked"},
    "status_o_control_none": {"id": "Hampir tidak diawasi", "en": "Hardly supervised"},
    "status_q_pay": {"id": "Bagaimana kamu dibayar?", "en": "How are you paid?"},
    "status_o_pay_period": {"id": "Tetap per bulan/minggu/hari",
                            "en": "Fixed per month/week/day"},
    "status_o_pay_hourly": {"id": "Per jam yang dicatat", "en": "Per hour logged"},
    "status_o_pay_result": {"id": "Per tugas/batch/proyek", "en": "Per task/batch/project"},
    "status_q_core": {
        "id": "Apakah pekerjaanmu bagian dari usaha inti mereka (yang mereka jual)?",
        "en": "Is your work part of their core business (what they sell)?",
    },
    "status_o_core_yes": {"id": "Ya", "en": "Yes"},
    "status_o_core_no": {"id": "Tidak, hanya penunjang", "en": "No, only supporting"},
    "status_o_core_unsure": {"id": "Tidak yakin", "en": "Not sure"},
    "status_q_length": {"id": "Sudah berapa lama kamu bekerja untuk mereka?",
                        "en": "How long have you worked for them?"},
    "status_o_length_short": {"id": "Kurang dari 3 bulan", "en": "Under 3 months"},
    "status_o_length_months": {"id": "3–12 bulan", "en": "3–12 months"},
    "status_o_length_long": {"id": "Lebih dari setahun, terus-menerus",
                             "en": "Over a year, continuously"},
    "status_q_others": {"id": "Apakah kamu boleh bekerja juga untuk klien lain?",
                        "en": "May you also work for other clients?"},
    "status_o_others_only": {"id": "Tidak, hanya untuk mereka", "en": "No, only for them"},
    "status_o_others_free": {"id": "Boleh", "en": "Yes"},
    "status_q_label": {"id": "Apa sebutan perjanjianmu dengan mereka?",
                       "en": "What does your agreement with them call you?"},
    "status_o_label_mitra": {"id": "Mitra/freelancer/kontraktor",
                             "en": "Partner/freelancer/contractor"},
    "status_o_label_employee": {"id": "Karyawan (PKWT/PKWTT)",
                                "en": "Employee (PKWT/PKWTT)"},
    "status_o_label_none": {"id": "Tak ada yang tertulis/tak tahu",
                            "en": "Nothing written/don't know"},
    # -- the result ---------------------------------------------------------------------------
    "status_result_employment": {
        "id": "🧭 <b>Yang kamu ceritakan mengarah ke hubungan kerja</b> (kamu pekerja/karyawan).",
        "en": "🧭 <b>What you describe points to an employment relationship</b> "
              "(you are an employee).",
    },
    "status_result_contract": {
        "id": (
            "🧭 <b>Perjanjianmu sendiri perjanjian kerja (PKWT/PKWTT), jadi kamu pekerja</b> "
            "(UU 13/2003 Pasal 50 dan 56): hubungan kerja lahir dari perjanjian kerja."
        ),
        "en": (
            "🧭 <b>Your agreement is itself an employment agreement (PKWT/PKWTT), so you are "
            "an employee</b> (UU 13/2003 Art. 50 and 56): an employment relationship arises "
            "from an employment agreement."
        ),
    },
    "status_result_civil": {
        "id": "🧭 <b>Yang kamu ceritakan mengarah ke perjanjian perdata</b> (mitra/freelancer), "
              "bukan hubungan kerja.",
        "en": "🧭 <b>What you describe points to a civil contract</b> (partner/freelancer), "
              "not an employment relationship.",
    },
    "status_result_unclear": {
        "id": "🧭 <b>Belum jelas</b>: ketiga unsur tidak menunjuk ke arah yang sama, padahal "
              "hubungan kerja baru ada bila ketiganya terpenuhi sekaligus. {lean}",
        "en": "🧭 <b>Unclear</b>: the three elements do not all point the same way, and an "
              "employment relationship needs all three at once. {lean}",
    },
    "status_lean_employment": {"id": "Lebih banyak unsur condong ke hubungan kerja.",
                               "en": "More elements lean towards employment."},
    "status_lean_civil": {"id": "Lebih banyak unsur condong ke perjanjian perdata.",
                          "en": "More elements lean towards a civil contract."},
    "status_lean_mixed": {"id": "Tidak ada yang lebih kuat.", "en": "Neither side is stronger."},
    "status_elements_heading": {"id": "<b>Tiga unsur (UU 13/2003 Pasal 1 angka 15):</b>",
                                "en": "<b>The three elements (UU 13/2003 Art. 1 point 15):</b>"},
    "status_element_work": {"id": "Pekerjaan", "en": "Work"},
    "status_element_wage": {"id": "Upah", "en": "Wages"},
    "status_element_orders": {"id": "Perintah", "en": "Orders"},
    "status_line": {"id": "• <b>{element}</b>: {lean}{why}",
                    "en": "• <b>{element}</b>: {lean}{why}"},
    "status_leans_employment": {"id": "condong ke hubungan kerja",
                                "en": "leans towards employment"},
    "status_leans_civil": {"id": "condong ke perjanjian perdata",
                           "en": "leans towards a civil contract"},
    "status_leans_mixed": {"id": "tidak condong ke mana pun", "en": "leans neither way"},
    "status_why": {"id": " ({reasons})", "en": " ({reasons})"},
    "status_r_tasks_assigned": {"id": "tugas dibagi, tak bebas menolak",
                                "en": "tasks assigned, no refusing"},
    "status_r_tasks_choose": {"id": "memilih tugas sendiri", "en": "you choose your tasks"},
    "status_r_hours_fixed": {"id": "jam/shift wajib", "en": "fixed hours/shifts"},
    "status_r_hours_deadline": {"id": "hanya tenggat hasil", "en": "only result deadlines"},
    "status_r_hours_free": {"id": "waktu bebas", "en": "free hours"},
    "status_r_control_supervised": {"id": "diawasi dan bisa disanksi",
                                    "en": "supervised and sanctioned"},
    "status_r_control_results": {"id": "hanya hasil diperiksa", "en": "only results checked"},
    "status_r_control_none": {"id": "hampir tidak diawasi", "en": "hardly supervised"},
    "status_r_pay_period": {"id": "bayaran tetap per waktu", "en": "fixed pay per period"},
    "status_r_pay_result": {"id": "dibayar per hasil", "en": "paid per result"},
    "status_r_core_yes": {"id": "usaha inti mereka", "en": "their core business"},
    "status_r_core_no": {"id": "hanya penunjang", "en": "only supporting work"},
    "status_r_length_long": {"id": "lebih dari setahun terus-menerus",
                             "en": "over a year continuously"},
    "status_r_others_only": {"id": "hanya untuk mereka", "en": "only for them"},
    "status_caveat": {
        "id": (
            "⚠️ Ini penilaian kasar, bukan rumus resmi: label \"mitra\" di kontrak tidak "
            "otomatis menentukan, dan yang memutus pada akhirnya hakim berdasarkan bukti. "
            "Sejauh yang kami ketahui, pengadilan umumnya menerima label kemitraan untuk pekerja "
            "platform, jadi meminta diakui sebagai pekerja tidak mudah."
        ),
        "en": (
            "⚠️ This is a rough assessment, not an official formula: a \"partner\" label in the "
            "contract does not decide it by itself, and in the end a judge decides on the "
            "evidence. As far as we know, courts have mostly upheld the partnership label for "
            "platform workers, so being recognised as an employee is not easy."
        ),
    },
    "status_pay_note": {
        "id": (
            "💡 Dibayar per tugas tidak dengan sendirinya berarti kamu bukan pekerja: upah boleh "
            "ditetapkan per satuan hasil (UU 13/2003 jo. UU 6/2023 Pasal 88B)."
        ),
        "en": (
            "💡 Being paid per task does not by itself mean you are not an employee: wages may "
            "be set per unit of output (UU 13/2003 as amended by UU 6/2023, Art. 88B)."
        ),
    },
    "status_next_employment": {
        "id": (
            "<b>Akibatnya:</b>\n"
            "• UU 13/2003 berlaku, misalnya soal upah, waktu kerja, dan PHK.\n"
            "• Perselisihan lewat perundingan bipartit dulu (paling lama {bipartit_days} hari "
            "kerja, UU 2/2004 Pasal 3), lalu mediasi di dinas ketenagakerjaan, lalu Pengadilan "
            "Hubungan Industrial (Pasal 56).\n"
            "• BPJS: pemberi kerja wajib mendaftarkan pekerjanya (UU 24/2011 Pasal 15).\n"
            "• THR keagamaan bagi yang sudah bekerja minimal 1 bulan (Permenaker 6/2016 Pasal 2)."
        ),
        "en": (
            "<b>What follows:</b>\n"
            "• UU 13/2003 applies, e.g. on wages, working time and dismissal.\n"
            "• Disputes go first to bipartite negotiation (at most {bipartit_days} working days, "
            "UU 2/2004 Art. 3), then mediation at the manpower office, then the Industrial "
            "Relations Court (Art. 56).\n"
            "• Social security: the employer must register its workers with BPJS (UU 24/2011 "
            "Art. 15).\n"
            "• A religious holiday allowance (THR) after at least 1 month of work (Permenaker "
            "6/2016 Art. 2)."
        ),
    },
    "status_next_civil": {
        "id": (
            "<b>Akibatnya:</b>\n"
            "• Hak dan kewajibanmu datang dari kontrak, yang berlaku sebagai undang-undang bagi "
            "para pihak (KUHPerdata Pasal 1338).\n"
            "• Sengketa lewat negosiasi, somasi, penyelesaian di luar pengadilan (APS), atau "
            "gugatan perdata; untuk tagihan sampai Rp{limit:millions} juta ada gugatan "
            "sederhana.\n"
            "• BPJS Ketenagakerjaan bisa kamu daftarkan sendiri sebagai peserta Bukan Penerima "
            "Upah (BPU).\n"
            "• THR (Permenaker 6/2016 Pasal 2) dan upah minimum hanya wajib dalam hubungan "
            "kerja; sebagai mitra kamu mendapatkannya hanya bila kontrak menjanjikannya."
        ),
        "en": (
            "<b>What follows:</b>\n"
            "• Your rights and duties come from the contract, which binds the parties like a "
            "law (Civil Code Art. 1338).\n"
            "• Disputes go through negotiation, a formal demand (somasi), out-of-court "
            "resolution (APS) or a civil claim; claims up to Rp{limit:millions} million can use "
            "the small claims procedure (gugatan sederhana).\n"
            "• You can register yourself with BPJS Ketenagakerjaan as a self-employed (BPU) "
            "member.\n"
            "• THR (Permenaker 6/2016 Art. 2) and the minimum wage are owed only in an "
            "employment relationship; as a partner you get them only if the contract says so."
        ),
    },
    "status_next_unclear": {
        "id": (
            "<b>Yang bisa kamu lakukan:</b>\n"
            "• Simpan bukti yang menentukan: jadwal dan absen, perintah dan teguran, slip atau "
            "catatan pembayaran, kontrak.\n"
            "• Sebelum menggugat, minta pendapat LBH atau dinas ketenagakerjaan soal statusmu: "
            "jalur pekerja (bipartit, mediasi, Pengadilan Hubungan Industrial) dan jalur perdata "
            "(somasi, gugatan) berbeda, dan pengadilan yang menilai hubunganmu lain dari yang "
            "kamu dalilkan bisa menyatakan perkaranya bukan wewenangnya (perkara hubungan "
            "industrial diperiksa PHI, UU 2/2004 Pasal 56).\n"
            "• Untuk tagihan bayaran, panduan sengketa bisa menyusun rencana untuk kedua "
            "kemungkinan."
        ),
        "en": (
            "<b>What you can do:</b>\n"
            "• Keep the evidence that decides it: schedules and attendance, orders and "
            "reprimands, payslips or payment records, the contract.\n"
            "• Before suing, ask a legal aid office (LBH) or the manpower office about your "
            "status: the employee route (bipartite talks, mediation, Industrial Relations Court) "
            "and the civil route (somasi, claim) differ, and a court that sees your relationship "
            "differently from how you put it may declare the case outside its competence "
            "(industrial disputes go to the Industrial Relations Court, UU 2/2004 Art. 56).\n"
            "• For unpaid work, the dispute guide can plan for both possibilities."
        ),
    },
    "status_basis_heading": {"id": "📜 Dasar hukumnya (ketuk untuk teks aslinya):",
                             "en": "📜 The law it rests on (tap for the original text):"},
    "status_btn_back": {"id": "⬅️ Kembali", "en": "⬅️ Back"},
    "status_btn_cancel": {"id": "✖️ Batal", "en": "✖️ Cancel"},
    "status_btn_dispute": {"id": "⚖️ Bayaran belum dibayar? Panduan sengketa",
                           "en": "⚖️ Unpaid? The payment dispute guide"},
    "status_btn_restart": {"id": "🔄 Ulangi cek", "en": "🔄 Check again"},
    "status_cancelled": {"id": "Cek status dibatalkan. Jawabanmu tidak disimpan.",
                         "en": "Status check cancelled. Your answers were not stored."},
    "status_stale": {
        "id": "Tombol itu dari pertanyaan yang sudah lewat. Ini pertanyaan yang sedang berjalan:",
        "en": "That button belongs to an earlier question. Here is the current one:",
    },
}
