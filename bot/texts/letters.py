"""The letters (``/surat``, bot/letters/): questions, labels, errors and the letters' prose.

Letter prose cites only provisions present in ../shared/legal-sources (a test checks every
"Pasal N" named here against the knowledge base). Placeholders the worker fills in are ``[…]``.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # -- shared ---------------------------------------------------------------------------
    "letter_heading": {"id": "{place}, {date}", "en": "{place}, {date}"},
    "letter_subject_label": {"id": "Perihal", "en": "Subject"},
    "letter_attachments_label": {"id": "Lampiran", "en": "Attachments"},
    "letter_salutation": {"id": "Dengan hormat,", "en": "Dear Sir or Madam,"},
    "letter_closing": {"id": "Hormat saya,", "en": "Yours faithfully,"},
    "letter_ph_place": {"id": "[kota]", "en": "[city]"},
    "letter_ph_name": {"id": "[nama Anda]", "en": "[your name]"},
    "letter_ph_contact": {"id": "[e-mail / nomor telepon Anda]",
                          "en": "[your e-mail / phone number]"},
    "letter_ph_account": {"id": "[ID akun / e-mail akun Anda]",
                          "en": "[your account ID / account e-mail]"},
    "letter_ph_address": {"id": "[alamat kantor atau e-mail resmi penerima]",
                          "en": "[the recipient's office address or official e-mail]"},
    "letter_reserve": {
        "id": "Surat ini saya sampaikan tanpa mengurangi hak-hak saya yang lain menurut "
              "perjanjian dan peraturan perundang-undangan.",
        "en": "This letter is without prejudice to my other rights under our agreement and "
              "the applicable law.",
    },
    "letter_thanks": {
        "id": "Demikian surat ini saya sampaikan. Atas perhatian dan kerja samanya, saya "
              "ucapkan terima kasih.",
        "en": "Thank you for your attention and cooperation.",
    },
    "letter_o_recipient_indonesia": {"id": "Perusahaan di Indonesia",
                                     "en": "A company in Indonesia"},
    "letter_o_recipient_foreign": {"id": "Perusahaan luar negeri (surat bahasa Inggris)",
                                   "en": "A foreign company (letter in English)"},
    # -- the chat around the letters ---------------------------------------------------------
    "letter_menu": {
        "id": "✉️ <b>Surat yang bisa saya bantu susun</b>\n\nPilih satu. Saya tanyakan beberapa "
              "hal, lalu memberi draf surat (teks dan .docx) yang bisa kamu periksa dan kirim "
              "sendiri. Somasi untuk bayaran yang belum dibayar ada di /sengketa.",
        "en": "✉️ <b>Letters I can help you write</b>\n\nPick one. I ask a few questions, then "
              "give you a draft (text and .docx) to check and send yourself. A demand letter "
              "for unpaid work is in /sengketa.",
    },
    "letter_btn_done": {"id": "✔️ Selesai", "en": "✔️ Done"},
    "letter_btn_skip": {"id": "Lewati", "en": "Skip"},
    "letter_btn_back": {"id": "⬅️ Kembali", "en": "⬅️ Back"},
    "letter_btn_cancel": {"id": "✖️ Batal", "en": "✖️ Cancel"},
    "letter_btn_save": {"id": "💾 Simpan di /kasus", "en": "💾 Save in /kasus"},
    "letter_cancelled": {"id": "Surat dibatalkan. Jawabanmu tidak disimpan.",
                         "en": "Letter cancelled. Your answers were not stored."},
    "letter_ready": {
        "id": "✅ Draf suratmu siap. Periksa dulu, isi bagian dalam [kurung siku] ({n} bagian), "
              "lalu kirim dengan cara yang meninggalkan bukti (e-mail, atau pos tercatat) dan "
              "simpan buktinya.",
        "en": "✅ Your draft is ready. Check it, fill in the parts in [square brackets] ({n} of "
              "them), then send it in a way that leaves a record (e-mail, or registered post) "
              "and keep the proof.",
    },
    "letter_docx_caption": {"id": "📄 Draf surat yang bisa kamu edit (.docx).",
                            "en": "📄 The draft as an editable .docx file."},
    "letter_save_offer": {
        "id": "Mau menyimpannya di /kasus? Yang disimpan jawabanmu (tanpa file), dengan "
              "pengingat pada tanggal batas tanggapannya; kamu bisa menghapusnya kapan saja.",
        "en": "Save it in /kasus? Your answers are kept (not the file), with a reminder on its "
              "reply date; you can delete them at any time.",
    },
    "letter_saved": {"id": "💾 Tersimpan sebagai kasus #{id}. Lihat /kasus.",
                     "en": "💾 Saved as case #{id}. See /kasus."},
    "letter_reminder": {
        "id": "⏰ Hari ini batas tanggapan untuk surat #{id} ({title}). Sudah ada jawaban? "
              "Kalau belum, lihat /kasus, dan pertimbangkan /relawan.",
        "en": "⏰ Today is the reply date of letter #{id} ({title}). Any answer? If not, see "
              "/kasus, and consider /relawan.",
    },
    "letter_reminder_set": {"id": "⏰ Saya ingatkan pada {date}, pukul {time} WIB.",
                            "en": "⏰ I will remind you on {date} at {time} WIB."},
    "letter_save_failed": {"id": "Maaf, suratnya belum bisa disimpan. Coba lagi nanti.",
                           "en": "Sorry, the letter could not be saved. Please try later."},
    # -- errors ---------------------------------------------------------------------------
    "letter_err_name": {
        "id": "Tulis nama lengkap ({min}–{max} huruf), misalnya «Sari Wulandari» atau «PT Data "
              "Nusantara».",
        "en": "Type a full name ({min}–{max} characters), e.g. «Sari Wulandari» or «PT Data "
              "Nusantara».",
    },
    "letter_err_text": {"id": "Tulis satu baris singkat (paling banyak {limit} karakter).",
                        "en": "Type one short line (at most {limit} characters)."},
    "letter_err_contact": {
        "id": "Tulis e-mail (nama@contoh.com), nomor telepon (0812…), atau @username Telegram.",
        "en": "Type an e-mail (name@example.com), a phone number, or a Telegram @username.",
    },
    "letter_err_date": {"id": "Tanggalnya belum terbaca. Contoh: «3 Oktober 2026» atau "
                              "«03/10/2026».",
                        "en": "I could not read that date. E.g. «3 October 2026» or "
                              "«03/10/2026»."},
    "letter_err_amount": {"id": "Jumlahnya belum terbaca. Contoh: «1.500.000», «Rp 1,5 jt» "
                                "atau «USD 300».",
                          "en": "I could not read that amount. E.g. «1,500,000», «Rp 1.5 "
                                "million» or «USD 300»."},
    "letter_err_required": {"id": "Pertanyaan ini perlu dijawab.",
                            "en": "This question needs an answer."},
    "letter_err_multi_empty": {"id": "Pilih minimal satu, lalu tekan «Selesai».",
                               "en": "Tick at least one, then press «Done»."},
    "letter_err_stale": {"id": "Tombol itu dari pertanyaan yang sudah lewat.",
                         "en": "That button belongs to an earlier question."},
    "letter_err_incomplete": {"id": "Suratnya belum lengkap.", "en": "The letter is not "
                                                                      "complete yet."},
    # -- data-access request (UU 27/2022) ------------------------------------------------------
    "letter_data_access_title": {"id": "🔐 Permintaan akses data pribadi",
                                 "en": "🔐 Personal data access request"},
    "letter_data_access_q_recipient": {"id": "Ke mana surat ini dikirim?",
                                       "en": "Who is the letter for?"},
    "letter_data_access_q_platform": {
        "id": "Nama platform atau perusahaannya? Misalnya «PT Data Nusantara».",
        "en": "The platform's or company's name? E.g. «PT Data Nusantara».",
    },
    "letter_data_access_q_account": {
        "id": "ID akun, username, atau e-mail akunmu di sana? (atau tekan «Lewati»)",
        "en": "Your account ID, username or account e-mail there? (or press «Skip»)",
    },
    "letter_data_access_q_rights": {
        "id": "Apa yang ingin kamu minta? Centang satu atau lebih, lalu tekan «Selesai».",
        "en": "What do you want to ask for? Tick one or more, then press «Done».",
    },
    "letter_data_access_o_rights_copy": {"id": "Salinan data saya", "en": "A copy of my data"},
    "letter_data_access_o_rights_logs": {"id": "Data penilaian/penangguhan",
                                         "en": "Data used to rate/suspend me"},
    "letter_data_access_o_rights_history": {"id": "Riwayat tugas dan bayaran",
                                            "en": "Task and payment history"},
    "letter_data_access_o_rights_correct": {"id": "Perbaiki data yang keliru",
                                            "en": "Correct wrong data"},
    "letter_data_access_o_rights_delete": {"id": "Hapus data tertentu",
                                           "en": "Delete some data"},
    "letter_data_access_o_rights_automated": {"id": "Keberatan keputusan otomatis",
                                              "en": "Object to an automated decision"},
    "letter_data_access_q_name": {"id": "Namamu, sebagai pengirim surat?",
                                  "en": "Your name, as the sender?"},
    "letter_data_access_q_contact": {
        "id": "E-mail atau nomor telepon untuk menerima tanggapan? (atau tekan «Lewati»)",
        "en": "An e-mail or phone number for the reply? (or press «Skip»)",
    },
    "letter_data_access_subject": {
        "id": "Permohonan pelaksanaan hak Subjek Data Pribadi berdasarkan UU 27/2022 tentang "
              "Pelindungan Data Pribadi",
        "en": "Request to exercise my rights as a data subject under Indonesian Law No. 27 of "
              "2022 on Personal Data Protection",
    },
    "letter_data_access_to": {
        "id": "Kepada Yth.\nPengendali Data Pribadi / Pejabat Pelindungan Data Pribadi\n"
              "{platform}\n{address}",
        "en": "To:\nThe Data Controller / Data Protection Officer\n{platform}\n{address}",
    },
    "letter_data_access_intro": {
        "id": "Saya, {name}, pemilik akun {account} di {platform}, sebagai Subjek Data Pribadi, "
              "dengan ini mengajukan permohonan tercatat sebagaimana dimaksud Pasal 14 UU "
              "27/2022 tentang Pelindungan Data Pribadi (\"UU PDP\"), yaitu:",
        "en": "I, {name}, holder of the account {account} on {platform}, as a data subject, "
              "hereby submit a recorded request within the meaning of Article 14 of Indonesian "
              "Law No. 27 of 2022 on Personal Data Protection (the \"PDP Law\") for:",
    },
    "letter_data_access_scope": {
        "id": "UU PDP juga berlaku bagi pemrosesan di luar wilayah Indonesia yang memiliki "
              "akibat hukum di Indonesia atau bagi Subjek Data Pribadi warga negara Indonesia "
              "(Pasal 2 ayat (1) huruf b).",
        "en": "The PDP Law also applies to processing outside Indonesia that has legal "
              "consequences in Indonesia or for data subjects who are Indonesian citizens "
              "(Article 2(1)(b)).",
    },
    "letter_data_access_item_copy": {
        "id": "akses dan salinan seluruh Data Pribadi tentang saya yang Saudara proses (Pasal "
              "7), beserta rekam jejak pemrosesannya (Pasal 32 ayat (1));",
        "en": "access to and a copy of all personal data about me that you process (Article "
              "7), with the record of its processing (Article 32(1));",
    },
    "letter_data_access_item_logs": {
        "id": "data dan catatan yang dipakai untuk menilai, memberi peringkat, membatasi, atau "
              "menangguhkan akun saya, termasuk skor kualitas dan hasil peninjauan pekerjaan "
              "saya, beserta rekam jejak pemrosesannya (Pasal 7 dan Pasal 32 ayat (1));",
        "en": "the data and records used to assess, rate, restrict or suspend my account, "
              "including my quality scores and the results of reviews of my work, with the "
              "record of their processing (Articles 7 and 32(1));",
    },
    "letter_data_access_item_history": {
        "id": "riwayat tugas dan pembayaran saya: tugas yang saya kerjakan, tugas yang ditolak "
              "beserta alasannya, serta setiap pembayaran, potongan, dan penahanan (Pasal 7);",
        "en": "my task and payment history: the tasks I did, the tasks rejected and why, and "
              "every payment, deduction and hold (Article 7);",
    },
    "letter_data_access_item_correct": {
        "id": "perbaikan Data Pribadi saya yang tidak akurat, yaitu [data yang keliru dan data "
              "yang benar] (Pasal 6), yang menurut Pasal 30 ayat (1) wajib dilakukan paling "
              "lambat 3 x 24 jam sejak permintaan diterima, beserta pemberitahuan hasilnya "
              "(Pasal 30 ayat (2));",
        "en": "correction of inaccurate personal data about me, namely [the wrong data and the "
              "correct data] (Article 6), which Article 30(1) requires within 3 x 24 hours of "
              "receipt of the request, and notice of the result (Article 30(2));",
    },
    "letter_data_access_item_delete": {
        "id": "penghapusan Data Pribadi saya berikut: [data yang ingin dihapus] (Pasal 8), dan "
              "pemberitahuan setelah penghapusan dilakukan (Pasal 45);",
        "en": "deletion of the following personal data about me: [the data to delete] "
              "(Article 8), and notice once it has been deleted (Article 45);",
    },
    "letter_data_access_item_automated": {
        "id": "keberatan saya atas keputusan yang hanya didasarkan pada pemrosesan secara "
              "otomatis, termasuk pemrofilan, yang berdampak signifikan pada saya, yaitu "
              "[keputusan dan tanggalnya, misalnya penangguhan akun] (Pasal 10 ayat (1)), dan "
              "peninjauan ulang keputusan itu oleh manusia;",
        "en": "my objection to a decision based solely on automated processing, including "
              "profiling, that significantly affects me, namely [the decision and its date, "
              "e.g. an account suspension] (Article 10(1)), and a review of that decision by a "
              "person;",
    },
    "letter_data_access_access_deadline": {
        "id": "Menurut Pasal 32 ayat (2) UU PDP, akses wajib diberikan paling lambat 3 x 24 jam "
              "sejak permintaan akses diterima.",
        "en": "Under Article 32(2) of the PDP Law, access must be given within 3 x 24 hours of "
              "receipt of the request.",
    },
    "letter_data_access_reply_by": {
        "id": "Saya mohon tanggapan tertulis atas seluruh permohonan ini paling lambat tanggal "
              "{deadline} melalui {contact}, dengan data dalam format elektronik yang umum "
              "dipakai (misalnya PDF atau CSV).",
        "en": "Please reply in writing to the whole of this request by {deadline} at the "
              "latest, to {contact}, with the data in a commonly used electronic format (e.g. "
              "PDF or CSV).",
    },
    "letter_data_access_identity": {
        "id": "Untuk memastikan identitas saya, saya bersedia memberikan bukti identitas yang "
              "wajar atas permintaan Saudara.",
        "en": "To confirm my identity, I am willing to provide reasonable proof of identity "
              "on request.",
    },
    "letter_data_access_delete_warning": {
        "id": "⚠️ Minta salinan datamu dulu sebelum meminta penghapusan: data itu bisa jadi "
              "buktimu bila ada sengketa bayaran atau akun.",
        "en": "⚠️ Ask for a copy of your data before asking for deletion: it may be your "
              "evidence in a payment or account dispute.",
    },
    # -- suspension appeal --------------------------------------------------------------------
    "letter_suspension_title": {"id": "🚫 Keberatan atas penangguhan akun",
                                "en": "🚫 Appeal against an account suspension"},
    "letter_suspension_q_recipient": {"id": "Ke mana surat ini dikirim?",
                                      "en": "Who is the letter for?"},
    "letter_suspension_q_platform": {
        "id": "Nama platform atau perusahaannya? Misalnya «PT Data Nusantara».",
        "en": "The platform's or company's name? E.g. «PT Data Nusantara».",
    },
    "letter_suspension_q_account": {
        "id": "ID akun, username, atau e-mail akunmu di sana? (atau tekan «Lewati»)",
        "en": "Your account ID, username or account e-mail there? (or press «Skip»)",
    },
    "letter_suspension_q_action": {"id": "Apa yang terjadi pada akunmu?",
                                   "en": "What happened to your account?"},
    "letter_suspension_o_action_suspended": {"id": "Ditangguhkan sementara",
                                             "en": "Suspended for now"},
    "letter_suspension_o_action_deactivated": {"id": "Dinonaktifkan permanen",
                                               "en": "Deactivated for good"},
    "letter_suspension_q_on": {
        "id": "Tanggal berapa itu terjadi? Misalnya «3 Oktober 2026» atau «2 minggu lalu».",
        "en": "When did it happen? E.g. «3 October 2026» or «2 weeks ago».",
    },
    "letter_suspension_q_reason": {"id": "Alasan apa yang diberikan?",
                                   "en": "What reason were you given?"},
    "letter_suspension_o_reason_none": {"id": "Tidak ada alasan", "en": "No reason"},
    "letter_suspension_o_reason_generic": {"id": "Hanya \"melanggar pedoman\"",
                                           "en": "Only \"violated guidelines\""},
    "letter_suspension_o_reason_specific": {"id": "Ada alasan tertentu",
                                            "en": "A specific reason"},
    "letter_suspension_q_reason_text": {
        "id": "Tulis alasan yang mereka berikan, singkat saja.",
        "en": "Type the reason they gave, briefly.",
    },
    "letter_suspension_q_automated": {
        "id": "Apakah keputusan itu tampaknya diambil otomatis oleh sistem, tanpa ada orang "
              "yang memeriksa?",
        "en": "Does the decision seem to have been taken automatically by the system, with no "
              "person reviewing it?",
    },
    "letter_suspension_o_automated_yes": {"id": "Ya, tampaknya otomatis",
                                          "en": "Yes, it seems automatic"},
    "letter_suspension_o_automated_unsure": {"id": "Tidak tahu", "en": "I don't know"},
    "letter_suspension_o_automated_no": {"id": "Tidak, ada yang memeriksa",
                                         "en": "No, someone reviewed it"},
    "letter_suspension_q_held": {
        "id": "Berapa penghasilan yang sudah kamu kerjakan tapi ditahan? Misalnya «750rb» atau "
              "«USD 120». (atau tekan «Lewati»)",
        "en": "How much have you earned that is being held? E.g. «750k» or «USD 120». (or "
              "press «Skip»)",
    },
    "letter_suspension_q_evidence": {
        "id": "Bukti apa yang kamu punya? Centang, lalu «Selesai» (atau «Lewati»).",
        "en": "What evidence do you have? Tick, then «Done» (or «Skip»).",
    },
    "letter_suspension_o_evidence_notice": {"id": "Pemberitahuan penangguhan",
                                            "en": "The suspension notice"},
    "letter_suspension_o_evidence_terms": {"id": "Syarat layanan/pedoman",
                                           "en": "Terms of service/guidelines"},
    "letter_suspension_o_evidence_earnings": {"id": "Catatan penghasilan",
                                              "en": "Earnings records"},
    "letter_suspension_o_evidence_ratings": {"id": "Riwayat rating/skor", "en": "Rating/score "
                                                                                "history"},
    "letter_suspension_o_evidence_chats": {"id": "Chat dengan tim dukungan",
                                           "en": "Chats with support"},
    "letter_suspension_q_name": {"id": "Namamu, sebagai pengirim surat?",
                                 "en": "Your name, as the sender?"},
    "letter_suspension_q_contact": {
        "id": "E-mail atau nomor telepon untuk menerima tanggapan? (atau tekan «Lewati»)",
        "en": "An e-mail or phone number for the reply? (or press «Skip»)",
    },
    "letter_suspension_subject_suspended": {"id": "Keberatan atas penangguhan akun {account}",
                                            "en": "Appeal against the suspension of account "
                                                  "{account}"},
    "letter_suspension_subject_deactivated": {"id": "Keberatan atas penonaktifan akun "
                                                    "{account}",
                                              "en": "Appeal against the deactivation of "
                                                    "account {account}"},
    "letter_suspension_to": {"id": "Kepada Yth.\nPimpinan {platform}\nu.p. Tim Dukungan Mitra\n"
                                   "{address}",
                             "en": "To:\nThe Management of {platform}\nAttn: Partner Support\n"
                                   "{address}"},
    "letter_suspension_intro_suspended": {
        "id": "Saya, {name}, pemilik akun {account} di {platform}, dengan ini menyampaikan "
              "keberatan atas penangguhan akun saya pada tanggal {on}.",
        "en": "I, {name}, holder of the account {account} on {platform}, hereby appeal "
              "against the suspension of my account on {on}.",
    },
    "letter_suspension_intro_deactivated": {
        "id": "Saya, {name}, pemilik akun {account} di {platform}, dengan ini menyampaikan "
              "keberatan atas penonaktifan akun saya pada tanggal {on}.",
        "en": "I, {name}, holder of the account {account} on {platform}, hereby appeal "
              "against the deactivation of my account on {on}.",
    },
    "letter_suspension_reason_none": {
        "id": "Sampai surat ini dibuat, saya tidak menerima penjelasan apa pun mengenai alasan "
              "keputusan tersebut.",
        "en": "As of the date of this letter, I have received no explanation of the reason "
              "for that decision.",
    },
    "letter_suspension_reason_generic": {
        "id": "Alasan yang disampaikan hanya bersifat umum, yaitu pelanggaran pedoman, tanpa "
              "menyebutkan ketentuan mana yang dilanggar, kapan, dan apa buktinya.",
        "en": "The only reason given was a general one, a breach of guidelines, without saying "
              "which rule was broken, when, or on what evidence.",
    },
    "letter_suspension_reason_specific": {
        "id": "Alasan yang disampaikan adalah: \"{reason}\". Saya tidak sependapat dengan alasan "
              "tersebut karena [uraikan penjelasan Anda].",
        "en": "The reason given was: \"{reason}\". I disagree with it because [give your "
              "explanation].",
    },
    "letter_suspension_held": {
        "id": "Pada saat itu terdapat penghasilan atas pekerjaan yang telah saya selesaikan "
              "sebesar {amount} yang belum dibayarkan kepada saya.",
        "en": "At that time, earnings of {amount} for work I had already completed had not "
              "been paid to me.",
    },
    "letter_suspension_law_id": {
        "id": "Perjanjian antara saya dan {platform} berlaku sebagai undang-undang bagi kedua "
              "belah pihak dan harus dilaksanakan dengan itikad baik (KUHPerdata Pasal 1338), "
              "serta mengikat juga segala sesuatu yang menurut sifat perjanjian dituntut "
              "berdasarkan keadilan, kebiasaan, atau undang-undang (KUHPerdata Pasal 1339).",
        "en": "The agreement between {platform} and me binds us both like a law and must be "
              "performed in good faith (Indonesian Civil Code, Article 1338), and it also "
              "binds us to everything that its nature requires by fairness, custom or law "
              "(Article 1339).",
    },
    "letter_suspension_law_foreign": {
        "id": "Saya meminta {platform} menaati syarat layanannya sendiri, termasuk membayar "
              "pekerjaan yang telah saya selesaikan sesuai syarat tersebut.",
        "en": "I ask {platform} to honour its own terms of service, including payment for the "
              "work I completed in accordance with them.",
    },
    "letter_suspension_requests": {
        "id": "Oleh karena itu saya meminta:\n"
              "1. alasan spesifik dan bukti yang menjadi dasar keputusan tersebut;\n"
              "2. ketentuan syarat layanan atau pedoman yang dianggap saya langgar;\n"
              "3. peninjauan ulang yang adil oleh manusia, dengan kesempatan bagi saya untuk "
              "memberi penjelasan, dan pemulihan akun saya bila pelanggaran tidak terbukti;\n"
              "4. pembayaran penghasilan atas pekerjaan yang telah saya selesaikan sebelum "
              "keputusan tersebut.",
        "en": "I therefore ask for:\n"
              "1. the specific reason for the decision and the evidence it rests on;\n"
              "2. the provision of the terms of service or guidelines I am said to have "
              "breached;\n"
              "3. a fair review by a person, with an opportunity for me to explain, and the "
              "restoration of my account if no breach is established;\n"
              "4. payment of my earnings for work completed before the decision.",
    },
    "letter_suspension_automated": {
        "id": "Apabila keputusan tersebut hanya didasarkan pada pemrosesan secara otomatis, "
              "surat ini juga merupakan keberatan saya berdasarkan Pasal 10 ayat (1) UU 27/2022 "
              "tentang Pelindungan Data Pribadi, dan saya meminta akses atas Data Pribadi "
              "yang dipakai untuk keputusan itu beserta rekam jejak pemrosesannya (Pasal 7 dan "
              "Pasal 32).",
        "en": "If the decision was based solely on automated processing, this letter is also "
              "my objection under Article 10(1) of Indonesian Law No. 27 of 2022 on Personal "
              "Data Protection, which applies to processing with legal consequences in "
              "Indonesia (Article 2), and I ask for access to the personal data used for the "
              "decision and the record of its processing (Articles 7 and 32).",
    },
    "letter_suspension_reply_by": {
        "id": "Saya mohon tanggapan tertulis paling lambat tanggal {deadline} melalui {contact}.",
        "en": "Please reply in writing by {deadline} at the latest, to {contact}.",
    },
    "letter_suspension_next": {
        "id": "Apabila sampai tanggal tersebut saya tidak menerima tanggapan, saya akan "
              "menempuh langkah lain yang tersedia, termasuk pengaduan melalui kanal resmi, "
              "permintaan bantuan hukum, dan upaya hukum sesuai perjanjian dan peraturan "
              "perundang-undangan.",
        "en": "If I receive no reply by that date, I will take the other steps open to me, "
              "including a complaint through official channels, seeking legal assistance, "
              "and legal action under our agreement and the applicable law.",
    },
    "letter_suspension_att_notice": {"id": "Tangkapan layar pemberitahuan penangguhan",
                                     "en": "Screenshot of the suspension notice"},
    "letter_suspension_att_terms": {"id": "Salinan syarat layanan/pedoman yang berlaku",
                                    "en": "Copy of the applicable terms of service/guidelines"},
    "letter_suspension_att_earnings": {"id": "Catatan penghasilan yang tertahan",
                                       "en": "Records of the earnings held"},
    "letter_suspension_att_ratings": {"id": "Riwayat rating/skor kualitas",
                                      "en": "Rating/quality score history"},
    "letter_suspension_att_chats": {"id": "Korespondensi dengan tim dukungan",
                                    "en": "Correspondence with support"},
}
