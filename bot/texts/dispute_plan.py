"""Strings of the dispute guide's action plan and legal basis (bot/dispute/plan.py, assess.py).

Plain text, not HTML (the Telegram layer escapes it). ``dispute_plan_<step>`` is a step's
title, ``dispute_plan_<step>_detail`` its text; ``{days}`` is the constant the step's dates
use, ``{client}`` the client's name. ``dispute_basis_<slug>`` explains one citation in our
own words (never a quotation).
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "dispute_plan_title": {
        "id": "Rencana langkah (tanggal adalah perkiraan):",
        "en": "Action plan (the dates are estimates):",
    },
    "dispute_plan_basis_label": {"id": "Dasar", "en": "Basis"},
    "dispute_plan_evidence": {"id": "Amankan bukti", "en": "Secure your evidence"},
    "dispute_plan_evidence_detail": {
        "id": "Simpan salinan kontrak atau syarat layanan, tangkapan layar chat/e-mail, ID tugas "
        "dan catatan pengiriman, pemberitahuan penolakan, invoice, dan riwayat pembayaran. "
        "Unduh sekarang: akses ke platform bisa ditutup. Catat tanggal dan jam setiap bukti.",
        "en": "Keep copies of the contract or terms of service, screenshots of chats/e-mails, "
        "task IDs and submission records, rejection notices, invoices and your payment "
        "history. Download them now: your access to the platform may be closed. Note the date "
        "and time of each item.",
    },
    "dispute_plan_reminder": {"id": "Kirim pengingat tertulis", "en": "Send a written reminder"},
    "dispute_plan_reminder_detail": {
        "id": "Kirim pengingat tertulis yang tegas kepada {client} (chat atau e-mail): sebutkan "
        "pekerjaan, jumlah, tanggal jatuh tempo, dan minta kepastian tanggal pembayaran dalam "
        "{days} hari. Tetap sopan dan simpan bukti pengirimannya.",
        "en": "Send {client} a firm written reminder (chat or e-mail): state the work, the "
        "amount and the due date, and ask them to confirm a payment date within {days} days. "
        "Stay polite and keep proof that you sent it.",
    },
    "dispute_plan_reminder_again": {
        "id": " Anda sudah mengingatkan; kirim sekali lagi secara tertulis dengan tenggat.",
        "en": " You have already reminded them; send one more in writing, with a deadline.",
    },
    "dispute_plan_bipartit": {
        "id": "Minta perundingan bipartit", "en": "Ask for a bipartit negotiation",
    },
    "dispute_plan_bipartit_detail": {
        "id": "Minta secara tertulis perundingan dua pihak (bipartit) tentang upah yang belum "
        "dibayar. Perundingan paling lama {days} hari kerja sejak dimulai; jika klien menolak "
        "berunding atau tidak ada kesepakatan, bipartit dianggap gagal. Buat risalah yang "
        "ditandatangani; jika sepakat, buat Perjanjian Bersama. Tenggat di sini tidak "
        "menghitung hari libur nasional.",
        "en": "Ask in writing for a bipartit negotiation (a two-party negotiation between you "
        "and the employer) about the unpaid wages. It lasts at most {days} working days from "
        "its start; if the client refuses to negotiate or no agreement is reached, the "
        "bipartit negotiation has failed. Keep minutes signed by both sides; if you agree, "
        "sign a Perjanjian Bersama (joint agreement). The deadline here does not count public "
        "holidays.",
    },
    "dispute_plan_disnaker": {
        "id": "Catatkan ke Disnaker dan ikuti mediasi",
        "en": "Register with Disnaker and attend mediation",
    },
    "dispute_plan_disnaker_detail": {
        "id": "Jika bipartit gagal, catatkan perselisihan ke dinas ketenagakerjaan "
        "kabupaten/kota dengan melampirkan bukti perundingan bipartit. Untuk perselisihan hak "
        "(upah), penyelesaiannya lewat mediator di dinas tersebut.",
        "en": "If bipartit fails, register the dispute with Disnaker (the regency/city manpower "
        "office), attaching proof of the bipartit negotiation. A rights dispute (wages) is "
        "then handled by a mediator at that office.",
    },
    "dispute_plan_phi": {
        "id": "Gugatan ke Pengadilan Hubungan Industrial",
        "en": "Claim at the Industrial Relations Court, PHI",
    },
    "dispute_plan_phi_detail": {
        "id": "Jika mediasi tidak menghasilkan kesepakatan, ajukan gugatan ke Pengadilan "
        "Hubungan Industrial pada Pengadilan Negeri yang daerah hukumnya meliputi tempat Anda "
        "bekerja; PHI umumnya ada di ibu kota provinsi (UU 2/2004 Pasal 59 dan 81). Lampirkan "
        "risalah mediasi atau konsiliasi: tanpa itu gugatan dikembalikan (Pasal 83). Gugatan "
        "bernilai di bawah Rp150 juta tidak dikenai biaya perkara (Pasal 58). Minta bantuan "
        "serikat pekerja atau LBH. Tanggalnya perkiraan: lama mediasi bisa berbeda.",
        "en": "If mediation brings no agreement, file a claim at the PHI (Pengadilan Hubungan "
        "Industrial, the industrial relations court) at the district court whose area covers "
        "where you work; it usually sits in the provincial capital (UU 2/2004 Pasal 59 and "
        "81). Attach the mediation or conciliation minutes: without them the claim is "
        "returned (Pasal 83). Claims under Rp150 million carry no court fees (Pasal 58). Ask a "
        "trade union or LBH (a legal aid institute) for help. The date is an estimate: "
        "mediation may take more or less time.",
    },
    "dispute_plan_foreign": {
        "id": "Klausul sengketa kontrak dan kanal platform",
        "en": "The contract's dispute clause and the platform's channel",
    },
    "dispute_plan_foreign_detail": {
        "id": "Baca klausul penyelesaian sengketa dan pilihan hukum dalam kontrak atau syarat "
        "layanan (arbitrase, pengadilan negara tertentu, atau prosedur keluhan). {channel}"
        "{complained}Untuk platform yang melayani pengguna di Indonesia, UU ITE Pasal 18A "
        "dalam keadaan tertentu menundukkan kontrak baku elektronik internasional pada hukum "
        "Indonesia; tanyakan ke LBH.",
        "en": "Read the dispute-resolution and choice-of-law clause in the contract or terms of "
        "service (arbitration, the courts of a particular country, or a complaints "
        "procedure). {channel}{complained}For platforms serving users in Indonesia, UU ITE "
        "Pasal 18A in certain cases places international standard-form electronic contracts "
        "under Indonesian law; ask LBH (a legal aid institute).",
    },
    "dispute_plan_foreign_platform": {
        "id": "Ajukan keluhan resmi lewat pusat bantuan atau prosedur banding platform, dan "
        "simpan nomor tiketnya. ",
        "en": "File a formal complaint through the platform's help centre or appeal procedure, "
        "and keep the ticket number. ",
    },
    "dispute_plan_foreign_complained": {
        "id": "Anda sudah mengadu: tindak lanjuti tiketnya dan simpan semua balasan. ",
        "en": "You have already complained: follow up on the ticket and keep every reply. ",
    },
    "dispute_plan_provider": {
        "id": "Sengketa lewat penyedia pembayaran", "en": "Dispute through the payment provider",
    },
    "dispute_plan_provider_detail": {
        "id": "Jika pembayaran lewat PayPal, Payoneer, Wise, atau layanan sejenis, periksa "
        "apakah layanan itu punya prosedur sengketa atau klaim; batas waktunya bisa pendek, "
        "jadi periksa sekarang.",
        "en": "If you were to be paid through PayPal, Payoneer, Wise or a similar service, "
        "check whether it has a dispute or claim procedure; its time limits can be short, so "
        "check now.",
    },
    "dispute_plan_provider_basis": {
        "id": "Syarat layanan penyedia pembayaran",
        "en": "The payment provider's terms of service",
    },
    "dispute_plan_status": {
        "id": "Cek status hubungan kerja", "en": "Check whether you are an employee",
    },
    "dispute_plan_status_detail": {
        "id": "Sebagian unsur hubungan kerja (pekerjaan, upah, perintah) ada. Tanyakan ke "
        "Disnaker kabupaten/kota atau LBH apakah ini hubungan kerja. Jika ya, jalurnya "
        "bipartit ({days} hari kerja), mediasi di Disnaker, lalu Pengadilan Hubungan "
        "Industrial, dan keterlambatan upah dikenai denda. Langkah di bawah tetap bisa "
        "berjalan.",
        "en": "Some elements of an employment relationship (work, wage, orders) are present. "
        "Ask Disnaker (the regency/city manpower office) or LBH (a legal aid institute) "
        "whether this is an employment relationship. If it is, the route is bipartit (a "
        "two-party negotiation, {days} working days), mediation at Disnaker, then the PHI "
        "(Pengadilan Hubungan Industrial, the industrial relations court), and late wages "
        "incur a fine. The steps below can go ahead in the meantime.",
    },
    "dispute_plan_somasi": {"id": "Kirim somasi", "en": "Send a somasi, a formal demand letter"},
    "dispute_plan_somasi_detail": {
        "id": "Jika pengingat tidak ditanggapi, kirim somasi (teguran tertulis) dengan tenggat "
        "{days} hari sejak diterima; bot dapat membuatkan suratnya. Kirim lewat e-mail dan, "
        "jika alamatnya diketahui, pos tercatat; simpan bukti pengiriman. Dengan somasi, klien "
        "dinyatakan lalai; itu dasar untuk menuntut penggantian biaya, kerugian, dan bunga.",
        "en": "If the reminder gets no answer, send the somasi with a deadline of {days} days "
        "from receipt; the bot can draft the letter for you (in Indonesian). Send it by e-mail "
        "and, if the address is known, by registered post; keep proof of sending. With the "
        "somasi the client is formally in default, which is the basis for claiming costs, "
        "damages and interest.",
    },
    "dispute_plan_somasi_again": {
        "id": " Jika surat Anda sebelumnya belum memuat tenggat yang jelas, kirim somasi ini.",
        "en": " If your earlier letter did not set a clear deadline, send this somasi.",
    },
    "dispute_plan_negotiate": {"id": "Negosiasi", "en": "Negotiate"},
    "dispute_plan_negotiate_detail": {
        "id": "Jika tenggat lewat, ajak klien bertemu atau rapat daring untuk menyepakati "
        "jumlah dan jadwal pembayaran (boleh dicicil). Tuangkan hasilnya dalam kesepakatan "
        "tertulis yang ditandatangani kedua pihak.",
        "en": "If the deadline passes, invite the client to meet in person or online to agree "
        "on the amount and a payment schedule (instalments are fine). Put the result in a "
        "written agreement signed by both sides.",
    },
    "dispute_plan_mediation": {
        "id": "Mediasi atau penyelesaian sengketa lain (pilihan)",
        "en": "Mediation or other dispute resolution (optional)",
    },
    "dispute_plan_mediation_detail": {
        "id": "Jika negosiasi buntu, sepakati secara tertulis bantuan mediator atau penasihat "
        "ahli, atau minta lembaga arbitrase/APS menunjuk mediator. Kesepakatan tertulis hasil "
        "mediasi mengikat dan didaftarkan di Pengadilan Negeri. Langkah ini pilihan: Anda "
        "boleh melewatinya, dan tidak wajib membayar mediator.",
        "en": "If negotiation stalls, agree in writing to bring in a mediator or an expert "
        "adviser, or ask an arbitration or APS (alternative dispute resolution) body to "
        "appoint a mediator. A written settlement reached in mediation is binding and is "
        "registered at the district court (Pengadilan Negeri). This step is optional: you may "
        "skip it, and you do not have to pay for a mediator.",
    },
    "dispute_plan_arbitration": {
        "id": "Arbitrase sesuai klausul kontrak", "en": "Arbitration under the contract's clause",
    },
    "dispute_plan_arbitration_detail": {
        "id": "Kontrak memuat klausul arbitrase, jadi sengketa ini diselesaikan lewat "
        "arbitrase atau cara yang disebut klausul itu, bukan di Pengadilan Negeri (UU 30/1999 "
        "Pasal 3 dan 11). Baca klausulnya: lembaga (misalnya BANI), tempat, bahasa, jumlah "
        "arbiter, dan biaya. Tanyakan biayanya ke lembaga itu sebelum mendaftar: untuk "
        "tagihan kecil, biayanya bisa melebihi tagihan, jadi manfaatkan negosiasi dan mediasi "
        "sungguh-sungguh. Minta bantuan LBH.",
        "en": "The contract has an arbitration clause, so this dispute is settled by the "
        "arbitration or procedure the clause names, not at the district court (UU 30/1999 "
        "Pasal 3 and 11). Read the clause: the institution (e.g. BANI), the seat, the "
        "language, the number of arbitrators and the costs. Ask the institution about its fees "
        "before filing: for a small claim they may exceed what you are owed, so make the most "
        "of negotiation and mediation. Ask LBH (a legal aid institute) for help.",
    },
    "dispute_plan_small_claim_representative": {
        "id": "Bila pihak yang berutang di wilayah Pengadilan Negeri lain, ajukan ke Pengadilan "
        "Negeri wilayahnya dengan menunjuk kuasa, kuasa insidentil, atau wakil yang "
        "beralamat di sana (PERMA Pasal 4 ayat (3a)); Anda tetap wajib hadir di setiap sidang.",
        "en": "If the debtor is in another district court's area, file at that court and "
        "appoint an attorney, incidental attorney or representative with an address there "
        "(PERMA Pasal 4(3a)); you must still attend every hearing.",
    },
    "dispute_plan_last_resort": {
        "id": "Upaya hukum terakhir", "en": "Legal action as a last resort",
    },
    "dispute_plan_last_resort_detail": {
        "id": "Gugatan terhadap perusahaan atau platform luar negeri mahal dan sulit "
        "dieksekusi. Konsultasikan dengan advokat atau LBH sebelum menempuh arbitrase atau "
        "gugatan.",
        "en": "A claim against a foreign company or platform is expensive and hard to enforce. "
        "Consult an advocate or LBH (a legal aid institute) before going to arbitration or "
        "court.",
    },
    "dispute_plan_small_claim": {
        "id": "Gugatan sederhana", "en": "Gugatan sederhana, the small-claims procedure",
    },
    "dispute_plan_small_claim_detail": {
        "id": "Ajukan gugatan sederhana ke Pengadilan Negeri di wilayah tempat tinggal klien "
        "(bisa lewat e-Court). Syaratnya, ringkasnya: nilai gugatan paling banyak "
        "Rp{limit:millions} juta; satu penggugat melawan satu tergugat; alamat tergugat "
        "diketahui; penggugat dan tergugat di wilayah hukum pengadilan yang sama. Diperiksa "
        "hakim tunggal dengan acara singkat; tanpa advokat pun boleh. Bawa semua bukti asli. "
        "Menurut sumber sekunder, satu-satunya upaya atas putusannya adalah keberatan dalam 7 "
        "hari (PERMA 2/2015 Pasal 21–22, teksnya belum kami periksa).",
        "en": "File a gugatan sederhana (small-claims procedure) at the district court "
        "(Pengadilan Negeri) for the area where the client lives (possible online through "
        "e-Court). The conditions, in short: a claim of at most Rp{limit:millions} million; "
        "one claimant against one defendant; the defendant's address is known; claimant and "
        "defendant are within the same court's area. A single judge hears it in a short "
        "procedure; you do not need an advocate. Bring all original evidence. According to "
        "secondary sources, the only remedy against its judgment is an objection (keberatan) "
        "within 7 days (PERMA 2/2015 Pasal 21–22, text not checked by us).",
    },
    "dispute_plan_civil_claim": {
        "id": "Gugatan perdata biasa", "en": "Ordinary civil claim, gugatan perdata biasa",
    },
    "dispute_plan_civil_claim_detail": {
        "id": "Gugatan sederhana tidak tersedia untuk kasus ini, jadi jalurnya gugatan perdata "
        "biasa (wanprestasi) di Pengadilan Negeri, biasanya di wilayah tempat tinggal klien. "
        "Prosesnya lebih lama dan formal: minta bantuan advokat atau LBH (bantuan hukum "
        "gratis bagi yang tidak mampu).",
        "en": "Gugatan sederhana (the small-claims procedure) is not available for this case, "
        "so the route is an ordinary civil claim for breach of contract (wanprestasi) at the "
        "district court (Pengadilan Negeri), usually where the client lives. It is longer and "
        "more formal: ask an advocate or LBH (free legal aid for those who cannot afford a "
        "lawyer) for help.",
    },
    # -- legal basis --------------------------------------------------------------------------
    "dispute_basis_title": {
        "id": "Dasar hukum (penjelasan ringkas kami, bukan kutipan pasal):",
        "en": "Legal basis (our short explanations, not quotations of the law):",
    },
    "dispute_basis_kuhperdata_1238": {
        "id": "Pihak yang berutang dianggap lalai setelah ditegur secara tertulis (misalnya "
        "dengan somasi), atau karena lewatnya waktu yang ditentukan jika perjanjiannya "
        "mengatur demikian.",
        "en": "A debtor is in default after a written warning (for example a somasi, a formal "
        "demand letter), or once the agreed time has passed if the agreement says so.",
    },
    "dispute_basis_kuhperdata_1243": {
        "id": "Jika setelah dinyatakan lalai kewajiban tetap tidak dipenuhi, pihak yang "
        "dirugikan dapat menuntut penggantian biaya, kerugian, dan bunga.",
        "en": "If the obligation is still not met after the debtor has been declared in "
        "default, the injured party may claim compensation for costs, damages and interest.",
    },
    "dispute_basis_kuhperdata_1250": {
        "id": "Untuk utang sejumlah uang, ganti rugi karena keterlambatan pada dasarnya berupa "
        "bunga menurut undang-undang, tanpa perlu membuktikan kerugian; bunga itu baru wajib "
        "dibayar sejak dituntut di pengadilan, kecuali undang-undang menentukan lain.",
        "en": "For a debt of money, compensation for late payment is in principle statutory "
        "interest, without having to prove any loss; that interest is only owed from the day "
        "it is claimed in court, unless the law provides otherwise.",
    },
    "dispute_basis_kuhperdata_1338": {
        "id": "Perjanjian yang dibuat secara sah mengikat kedua pihak seperti undang-undang, "
        "tidak dapat dibatalkan sepihak, dan harus dilaksanakan dengan itikad baik.",
        "en": "A lawfully made agreement binds both parties like a law, cannot be cancelled by "
        "one side alone, and must be performed in good faith.",
    },
    "dispute_basis_ite_5": {
        "id": "Informasi dan dokumen elektronik (chat, e-mail, catatan di platform) serta hasil "
        "cetaknya dapat menjadi alat bukti yang sah.",
        "en": "Electronic information and documents (chats, e-mails, records on a platform) "
        "and their printouts can be valid evidence.",
    },
    "dispute_basis_ite_18": {
        "id": "Transaksi elektronik yang dituangkan dalam kontrak elektronik, misalnya syarat "
        "layanan yang disetujui online, mengikat para pihak; untuk transaksi internasional "
        "para pihak dapat memilih hukum dan forum penyelesaian sengketa.",
        "en": "An electronic transaction set out in an electronic contract, for example terms "
        "of service accepted online, binds the parties; in international transactions the "
        "parties may choose the governing law and the forum for disputes.",
    },
    "dispute_basis_uu13_1_15": {
        "id": "Hubungan kerja ada bila hubungan Anda dengan pemberi kerja mempunyai unsur "
        "pekerjaan, upah, dan perintah.",
        "en": "An employment relationship exists when your relationship with the employer has "
        "the elements of work, wage and orders.",
    },
    "dispute_basis_pp35_10": {
        "id": "Pekerjaan harian yang waktu dan volumenya berubah-ubah, dengan upah berdasarkan "
        "kehadiran, dapat memakai perjanjian kerja harian untuk kurang dari 21 hari sebulan; "
        "jika 21 hari atau lebih selama 3 bulan berturut-turut, hubungannya demi hukum menjadi "
        "hubungan kerja waktu tidak tertentu.",
        "en": "Daily work whose timing and volume vary, paid by attendance, may use a daily work "
        "agreement for fewer than 21 days a month; at 21 days or more in each of 3 "
        "consecutive months, the relationship becomes by law an employment relationship for "
        "an indefinite period.",
    },
    "dispute_basis_uu2_3": {
        "id": "Perselisihan hubungan industrial wajib lebih dulu dirundingkan secara bipartit, "
        "paling lama {days} hari kerja.",
        "en": "An industrial relations dispute must first be negotiated bipartit (two-party "
        "negotiation between worker and employer), for at most {days} working days.",
    },
    "dispute_basis_pp36_61": {
        "id": "Pengusaha yang terlambat membayar upah dikenai denda keterlambatan, dan tetap "
        "wajib membayar upahnya.",
        "en": "An employer who pays wages late owes a late-payment fine, and must still pay the "
        "wages.",
    },
    "dispute_basis_article": {
        "id": "Artikel (bukan peraturan) yang menyebut sengketa pembayaran — terlambat, dibayar "
        "sebagian, atau dibatalkan sepihak — sebagai risiko paling umum bagi AI trainer, dan "
        "bahwa dalam hubungan perdata penyelesaiannya lewat negosiasi, alternatif "
        "penyelesaian sengketa, atau gugatan perdata.",
        "en": "An article (not a regulation) that names payment disputes — late, partial, or "
        "unilaterally cancelled payment — as the most common risk for AI trainers, and says "
        "that in a civil relationship they are resolved through negotiation, alternative "
        "dispute resolution or a civil claim.",
    },
}
