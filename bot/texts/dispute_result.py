"""Strings of the dispute guide's result (bot/dispute/): assessment, plan, legal basis, summary.

Plain text, not HTML (the Telegram layer escapes it). Constants of the domain are
placeholders: ``{days}`` (SOMASI_DEADLINE_DAYS, BIPARTIT_WORKING_DAYS, SOMASI_SEND_AFTER_DAYS,
each where its step uses it), ``{percent}`` (LEGAL_INTEREST_PERCENT), ``{limit}`` (the
gugatan sederhana limit as ``Money``: ``{limit}`` Rp500.000.000, ``{limit:millions}`` 500).
The explanations of the law are our own summaries, never quotations. Citations ("KUHPerdata
Pasal 1238") are not translated and are not in this catalog.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # -- route (``dispute_route_<route>`` label, ``dispute_route_reason_<route>``) ------------
    "dispute_route_civil": {
        "id": "kemungkinan perjanjian perdata (freelance/kemitraan)",
        "en": "probably a civil contract (freelance/partnership)",
    },
    "dispute_route_employment": {
        "id": "kemungkinan hubungan kerja", "en": "probably an employment relationship",
    },
    "dispute_route_unclear": {
        "id": "belum jelas (sebagian unsur hubungan kerja ada)",
        "en": "not clear yet (some elements of employment are present)",
    },
    "dispute_route_reason_employment": {
        "id": "Klien memberi perintah/menentukan jam kerja dan membayar upah tetap yang rutin: "
        "ada tanda-tanda hubungan kerja (unsur pekerjaan, upah, dan perintah; UU 13/2003 Pasal "
        "1 angka 15). Jika benar, tuntutan upah adalah perselisihan hak yang diselesaikan "
        "menurut UU 2/2004, walaupun kontraknya menyebut Anda mitra atau freelancer.",
        "en": "The client gives you orders/sets your hours and pays a fixed, regular wage: "
        "there are signs of an employment relationship (the elements of work, wage and "
        "orders; UU 13/2003 Pasal 1 angka 15). If so, a wage claim is a rights dispute settled "
        "under UU 2/2004, even if your contract calls you a partner (mitra) or freelancer.",
    },
    "dispute_route_reason_civil": {
        "id": "Dari jawaban Anda, unsur hubungan kerja tidak lengkap (tidak ada perintah/jam "
        "kerja dari klien, atau bayaran per proyek untuk pekerjaan yang tidak terus-menerus). "
        "Kemungkinan besar ini perjanjian perdata (freelance/kemitraan), sehingga berlaku "
        "hukum perjanjian dalam KUHPerdata.",
        "en": "From your answers, the elements of an employment relationship are not all there "
        "(no orders/working hours from the client, or pay per project for work that is not "
        "ongoing). Most likely this is a civil contract (freelance/partnership), governed by "
        "the contract law of the Indonesian Civil Code (KUHPerdata).",
    },
    "dispute_route_reason_unclear": {
        "id": "Jawaban Anda menunjukkan sebagian unsur hubungan kerja, tetapi tidak semuanya "
        "jelas. Langkah perdata di bawah tetap bisa ditempuh; sambil itu tanyakan ke Disnaker "
        "atau LBH apakah hubungan Anda sebenarnya hubungan kerja.",
        "en": "Your answers show some elements of an employment relationship, but not all of "
        "them clearly. You can still take the civil steps below; meanwhile, ask Disnaker (the "
        "local manpower office) or LBH (a legal aid institute) whether yours is in fact an "
        "employment relationship.",
    },
    # -- where the claim can go (``dispute_<note>`` for bot/dispute/forum.py's notes) ----------
    "dispute_forum_vendor": {
        "id": "Tagihan Anda ditujukan kepada vendor/agensi yang membuat kesepakatan dengan Anda, "
        "bukan otomatis kepada klien akhirnya: perjanjian hanya mengikat pihak-pihak yang "
        "membuatnya (KUHPerdata Pasal 1340).",
        "en": "Your claim is against the vendor/agency you made the agreement with, not "
        "automatically against its end client: an agreement binds only the parties who made "
        "it (KUHPerdata Pasal 1340).",
    },
    "dispute_forum_employment": {
        "id": "Untuk hubungan kerja, tuntutan upah diselesaikan lewat perundingan bipartit, "
        "mediasi di dinas ketenagakerjaan, lalu Pengadilan Hubungan Industrial (UU 2/2004 "
        "Pasal 3 dan 56) pada Pengadilan Negeri yang daerah hukumnya meliputi tempat Anda "
        "bekerja, yang umumnya ada di ibu kota provinsi (Pasal 59 dan 81); bukan gugatan "
        "sederhana.",
        "en": "In an employment relationship, a wage claim goes through bipartite negotiation, "
        "mediation at the manpower office, then the Industrial Relations Court (UU 2/2004 "
        "Pasal 3 and 56) at the district court whose area covers where you work, usually in "
        "the provincial capital (Pasal 59 and 81); not gugatan sederhana (the small-claims "
        "procedure).",
    },
    "dispute_forum_employment_arbitration": {
        "id": "Klausul arbitrase dalam kontrak kemungkinan tidak menutup jalur itu: UU 30/1999 "
        "Pasal 5 membatasi arbitrase pada sengketa di bidang perdagangan dan hak yang "
        "sepenuhnya dikuasai para pihak. Tanyakan ke LBH atau serikat pekerja.",
        "en": "An arbitration clause in the contract probably does not close that route: UU "
        "30/1999 Pasal 5 limits arbitration to commercial disputes and rights fully at the "
        "parties' disposal. Ask LBH (a legal aid institute) or a trade union.",
    },
    "dispute_forum_arbitration": {
        "id": "Kontrak memuat klausul arbitrase tertulis: Pengadilan Negeri tidak berwenang "
        "mengadili sengketa yang dicakup klausul itu (UU 30/1999 Pasal 3 dan 11), jadi "
        "gugatan sederhana tidak bisa dipakai. Setelah somasi dan negosiasi, jalurnya "
        "arbitrase atau penyelesaian sengketa yang disebut klausul. Baca klausulnya: lembaga, "
        "tempat, bahasa dan biaya; arbitrase bisa lebih mahal dari tagihan Anda.",
        "en": "The contract has a written arbitration clause: the district court has no "
        "jurisdiction over the disputes it covers (UU 30/1999 Pasal 3 and 11), so gugatan "
        "sederhana (the small-claims procedure) cannot be used. After the somasi and "
        "negotiation, the route is the arbitration or dispute resolution the clause names. "
        "Read it: the institution, the seat, the language and the costs; arbitration may "
        "cost more than your claim.",
    },
    "dispute_forum_foreign": {
        "id": "Pihak yang berutang tidak punya badan hukum atau alamat di Indonesia: gugatan "
        "sederhana tidak bisa dipakai, karena penggugat dan tergugat harus berdomisili di "
        "daerah hukum pengadilan yang sama (PERMA 2/2015 jo. 4/2019 Pasal 4). Gunakan "
        "klausul sengketa dalam kontrak/syarat layanan, kanal pengaduan platform, dan "
        "penyedia pembayaran.",
        "en": "The debtor has no legal entity or address in Indonesia: gugatan sederhana (the "
        "small-claims procedure) cannot be used, because claimant and defendant must be "
        "domiciled in the same court's area (PERMA 2/2015 jo. 4/2019 Pasal 4). Use the dispute "
        "clause of the contract/terms of service, the platform's complaint channel, and the "
        "payment provider.",
    },
    "dispute_forum_address_unknown": {
        "id": "Alamat pihak yang berutang belum diketahui: gugatan sederhana tidak dapat "
        "diajukan terhadap tergugat yang tidak diketahui tempat tinggalnya (PERMA 2/2015 jo. "
        "4/2019 Pasal 4 ayat (2)). Cari alamatnya di kontrak, invoice, situs resmi, atau data "
        "badan hukumnya; setelah itu jalur ini bisa terbuka.",
        "en": "The debtor's address is not known: gugatan sederhana (the small-claims "
        "procedure) cannot be filed against a defendant whose residence is unknown (PERMA "
        "2/2015 jo. 4/2019 Pasal 4(2)). Look for it in the contract, invoices, the official "
        "website or company records; then this route may open.",
    },
    "dispute_forum_need_rate": {
        "id": "Jumlah dalam mata uang asing tanpa kurs: batas gugatan sederhana "
        "(Rp{limit:millions} juta) dinilai dari nilai rupiahnya, jadi jalur ini belum bisa "
        "dinilai. Hitung nilainya dengan kurs hari ini; bila di bawah batas itu dan syarat "
        "lain terpenuhi, gugatan sederhana bisa dipakai.",
        "en": "A foreign-currency amount without a rate: the small-claims limit "
        "(Rp{limit:millions} million) is judged by the value in rupiah, so this route cannot "
        "be judged yet. Work out the value at today's rate; below the limit, and with the "
        "other conditions met, gugatan sederhana can be used.",
    },
    "dispute_forum_over_limit": {
        "id": "Nilainya di atas batas gugatan sederhana (Rp{limit:millions} juta): jalurnya "
        "gugatan perdata biasa.",
        "en": "The value is above the small-claims limit (Rp{limit:millions} million): the "
        "route is an ordinary civil claim (gugatan perdata biasa).",
    },
    "dispute_forum_converted": {
        "id": "Nilainya sekitar {rupiah} ({amount} dengan kurs Rp{rate} per {currency} yang "
        "Anda pilih). Batas gugatan sederhana adalah batas nilai, bukan aturan mata uang. "
        "Di antara pihak di Indonesia, tergugat mungkin mempersoalkan kewajiban memakai rupiah "
        "untuk transaksi di Indonesia (UU 7/2011 tentang Mata Uang, Pasal 21; teksnya belum "
        "kami periksa): siapkan perhitungan rupiahnya.",
        "en": "Its value is about {rupiah} ({amount} at the rate of Rp{rate} per {currency} you "
        "chose). The small-claims limit is a limit on value, not a rule about currency. "
        "Between parties in Indonesia, the defendant may raise the duty to use rupiah for "
        "transactions in Indonesia (UU 7/2011 on Currency, Pasal 21; we have not checked its "
        "text): prepare the rupiah calculation.",
    },
    "dispute_forum_small_claim": {
        "id": "Kemungkinan bisa memakai gugatan sederhana: nilai paling banyak "
        "Rp{limit:millions} juta, satu penggugat melawan satu tergugat, alamat tergugat "
        "diketahui, dan para pihak di daerah hukum pengadilan yang sama atau diwakili di sana "
        "(PERMA 2/2015 jo. 4/2019 Pasal 4).",
        "en": "You can probably use gugatan sederhana (the small-claims procedure): a value of "
        "at most Rp{limit:millions} million, one claimant against one defendant, the "
        "defendant's address known, and both parties in the same court's area or represented "
        "there (PERMA 2/2015 jo. 4/2019 Pasal 4).",
    },
    "dispute_forum_other_area": {
        "id": "Pihak yang berutang di wilayah Pengadilan Negeri lain: gugatan sederhana tetap "
        "bisa, diajukan ke Pengadilan Negeri wilayah tergugat dengan menunjuk kuasa, kuasa "
        "insidentil, atau wakil yang beralamat di wilayah itu (Pasal 4 ayat (3a); teks kami "
        "dari sumber sekunder). Anda tetap wajib hadir langsung di setiap sidang (ayat (4)), "
        "jadi hitung biaya perjalanannya.",
        "en": "The debtor is in another district court's area: gugatan sederhana is still "
        "possible, filed at the court of the defendant's area, by appointing an attorney, an "
        "incidental attorney or a representative with an address there (Pasal 4(3a); our text "
        "is from a secondary source). You must still attend every hearing in person (4(4)), so "
        "count the travel costs.",
    },
    "dispute_forum_check_area": {
        "id": "Periksa wilayah Pengadilan Negeri Anda dan pihak yang berutang (situs tiap "
        "pengadilan menyebut kecamatan yang dicakupnya). Sama: ajukan di sana. Beda: gugatan "
        "sederhana tetap bisa lewat kuasa, kuasa insidentil, atau wakil di wilayah tergugat "
        "(Pasal 4 ayat (3a)).",
        "en": "Check your district court's area and the debtor's (each court's website lists "
        "the sub-districts it covers). Same: file there. Different: gugatan sederhana is still "
        "possible through an attorney, incidental attorney or representative in the "
        "defendant's area (Pasal 4(3a)).",
    },
    "dispute_forum_chosen_court": {
        "id": "Kontrak memilih tempat kedudukan tertentu: penggugat boleh mengajukan gugatan ke "
        "Pengadilan Negeri di tempat yang dipilih itu (HIR Pasal 118 ayat (4)).",
        "en": "The contract chooses a particular domicile: the claimant may file at the district "
        "court of that chosen place (HIR Pasal 118(4)).",
    },
    "dispute_forum_check_clause": {
        "id": "Sebelum ke pengadilan, baca klausul sengketa dalam kontrak atau syarat layanan: "
        "klausul arbitrase tertulis membuat Pengadilan Negeri tidak berwenang (UU 30/1999 "
        "Pasal 3).",
        "en": "Before going to court, read the dispute clause of the contract or terms of "
        "service: a written arbitration clause takes away the district court's jurisdiction "
        "(UU 30/1999 Pasal 3).",
    },
    "dispute_forum_status_risk": {
        "id": "Status hubungan Anda belum jelas. Menurut sumber sekunder, gugatan sederhana "
        "tidak untuk perkara yang menjadi wewenang pengadilan khusus; bila hakim menilai ada "
        "hubungan kerja, perkara upah menjadi wewenang Pengadilan Hubungan Industrial (UU "
        "2/2004 Pasal 56). Jernihkan dulu statusnya (/status), lalu tanyakan ke Disnaker atau "
        "LBH.",
        "en": "Your status is not clear yet. According to secondary sources, gugatan sederhana "
        "is not for cases within a special court's jurisdiction; if the judge finds an "
        "employment relationship, a wage claim belongs to the Industrial Relations Court (UU "
        "2/2004 Pasal 56). Settle the status question first (/status), then ask the manpower "
        "office or LBH.",
    },
    # -- interest ---------------------------------------------------------------------------
    "dispute_interest_basis": {
        "id": "per bulan sejak gugatan diajukan: bunga menurut undang-undang {percent}% setahun "
        "(Staatsblad 1848 No. 22; dasar: KUHPerdata Pasal 1250) — perkiraan",
        "en": "a month from the day a claim is filed: statutory interest of {percent}% a year "
        "(Staatsblad 1848 No. 22; basis: KUHPerdata Pasal 1250) — an estimate",
    },
    "dispute_interest_note": {
        "id": "Untuk utang uang, ganti rugi karena terlambat membayar pada dasarnya hanya bunga "
        "menurut undang-undang, yang berjalan sejak dituntut di pengadilan (KUHPerdata Pasal "
        "1250); angka di atas bukan jumlah yang sudah terutang hari ini. Kontrak Anda dapat "
        "menetapkan bunga atau denda sendiri. Klien baru dianggap lalai setelah ditegur "
        "tertulis (somasi), kecuali kontrak menyatakan lewatnya tenggat saja sudah cukup "
        "(Pasal 1238). Angka {percent}% berasal dari Staatsblad 1848 No. 22, yang teksnya "
        "belum kami periksa.",
        "en": "For a money debt, damages for late payment are in principle only the statutory "
        "interest, which runs from the day it is claimed in court (KUHPerdata Pasal 1250); the "
        "figure above is not an amount owed today. Your contract may set its own interest or "
        "penalty. The client is in default only after a written demand (somasi), unless the "
        "contract says that missing the deadline is enough (Pasal 1238). The {percent}% rate "
        "comes from Staatsblad 1848 No. 22, whose text we have not checked.",
    },
    "dispute_interest_note_employment": {
        "id": "Jika ini hubungan kerja, keterlambatan upah dikenai denda menurut PP 36/2021 "
        "Pasal 61 (pelaksanaan UU 13/2003 jo. UU 6/2023 Pasal 88A ayat (6)), bukan bunga "
        "{percent}%: 5% sehari mulai hari keempat sampai kedelapan, lalu tambah 1% sehari, paling "
        "banyak {cap}% dalam sebulan; lewat sebulan ditambah bunga tertinggi bank pemerintah. "
        "Menurut hitungan kami sampai hari ini: {fine_percent}% dari upah, sekitar {fine} (tanpa "
        "bunga bank; perkiraan, cara menghitungnya bisa ditafsirkan berbeda). Denda ini tidak "
        "menghapus kewajiban membayar upahnya (ayat (2)).",
        "en": "If this is an employment relationship, late wages incur a fine under PP 36/2021 "
        "Pasal 61 (implementing UU 13/2003 jo. UU 6/2023 Pasal 88A ayat (6)), not {percent}% "
        "interest: 5% a day from the fourth to the eighth day, then 1% a day more, at most "
        "{cap}% in a month; after a month the highest state-bank interest rate is added. By our "
        "count up to today: {fine_percent}% of the wage, about {fine} (without the bank "
        "interest; an estimate, the calculation can be read differently). The fine does not "
        "replace paying the wage itself (ayat (2)).",
    },
    # -- summary ------------------------------------------------------------------------------
    "dispute_summary_title": {
        "id": "Ringkasan sengketa pembayaran", "en": "Payment dispute summary",
    },
    "dispute_late_today": {"id": "hari ini", "en": "today"},
    "dispute_late_one": {"id": "{n} hari lalu", "en": "{n} day ago"},
    "dispute_late_many": {"id": "{n} hari lalu", "en": "{n} days ago"},
    "dispute_small_claim_yes": {"id": "kemungkinan bisa", "en": "probably possible"},
    "dispute_small_claim_no": {"id": "tidak", "en": "no"},
}
