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
    # -- gugatan sederhana notes (``dispute_note_<key>``) ----------------------------------------
    "dispute_note_employment": {
        "id": "Untuk hubungan kerja, jalurnya Pengadilan Hubungan Industrial (UU 2/2004), "
        "bukan gugatan sederhana.",
        "en": "For an employment relationship the route is the PHI (Pengadilan Hubungan "
        "Industrial, the industrial relations court; UU 2/2004), not gugatan sederhana (the "
        "small-claims procedure).",
    },
    "dispute_note_foreign": {
        "id": "Klien luar negeri atau platform: gugatan sederhana tidak bisa dipakai. Gunakan "
        "klausul penyelesaian sengketa dalam kontrak/syarat layanan dan kanal pengaduan "
        "platform.",
        "en": "Foreign client or platform: gugatan sederhana (the small-claims procedure) cannot "
        "be used. Use the dispute-resolution clause in the contract/terms of service and the "
        "platform's complaint channel.",
    },
    "dispute_note_usd": {
        "id": "Jumlah dalam USD: batas gugatan sederhana dihitung dalam rupiah "
        "(Rp{limit:millions} juta). Jika nilainya dalam rupiah di bawah batas itu dan klien di "
        "Indonesia, tanyakan ke pengadilan negeri atau LBH.",
        "en": "Amount in USD: the limit of gugatan sederhana (the small-claims procedure) is set "
        "in rupiah (Rp{limit:millions} million). If the rupiah value is below that limit and "
        "the client is in Indonesia, ask the district court (Pengadilan Negeri) or LBH (a "
        "legal aid institute).",
    },
    "dispute_note_big": {
        "id": "Jumlahnya di atas {limit}, batas gugatan sederhana: jalurnya gugatan perdata "
        "biasa.",
        "en": "The amount is above Rp{limit:millions} million, the limit of gugatan sederhana "
        "(the small-claims procedure): the route is an ordinary civil claim (gugatan perdata "
        "biasa).",
    },
    "dispute_note_other_city": {
        "id": "Klien di kota/kabupaten lain: gugatan sederhana mensyaratkan penggugat dan "
        "tergugat di wilayah hukum pengadilan yang sama. Sejak PERMA 4/2019 penggugat di luar "
        "wilayah itu dapat menunjuk kuasa atau wakil yang beralamat di wilayah tergugat "
        "(ringkasan kami; teks PERMA belum kami periksa).",
        "en": "Client in another city/regency: gugatan sederhana (the small-claims procedure) "
        "requires claimant and defendant to be within the same court's area. Since PERMA "
        "4/2019 a claimant outside that area may appoint a representative with an address in "
        "the defendant's area (our summary; we have not checked the PERMA text).",
    },
    "dispute_note_unknown": {
        "id": "Alamat klien tidak diketahui: gugatan sederhana tidak dapat diajukan terhadap "
        "tergugat yang tidak diketahui tempat tinggalnya.",
        "en": "Client's address unknown: gugatan sederhana (the small-claims procedure) cannot "
        "be filed against a defendant whose residence is unknown.",
    },
    "dispute_note_eligible": {
        "id": "Kemungkinan bisa memakai gugatan sederhana: jumlah paling banyak "
        "Rp{limit:millions} juta, satu penggugat melawan satu tergugat, alamat tergugat "
        "diketahui dan di wilayah pengadilan yang sama.",
        "en": "You can probably use gugatan sederhana (the small-claims procedure): at most "
        "Rp{limit:millions} million, one claimant against one defendant, the defendant's "
        "address known and within the same court's area.",
    },
    # -- interest ---------------------------------------------------------------------------
    "dispute_interest_basis": {
        "id": "bunga menurut undang-undang {percent}% setahun (Staatsblad 1848 No. 22; dasar: "
        "KUHPerdata Pasal 1250) — perkiraan",
        "en": "statutory interest of {percent}% a year (Staatsblad 1848 No. 22; basis: "
        "KUHPerdata Pasal 1250) — an estimate",
    },
    "dispute_interest_note": {
        "id": "Ini perkiraan maksimum: bunga sederhana {percent}% setahun (hari/365) dihitung "
        "sejak tanggal jatuh tempo (saat klien lalai) sampai hari ini. Menurut KUHPerdata Pasal "
        "1250, bunga yang dikabulkan pengadilan pada dasarnya baru berjalan sejak dituntut di "
        "pengadilan, jadi jumlah yang dikabulkan bisa lebih kecil. Kontrak Anda dapat "
        "menetapkan bunga atau denda sendiri. Angka {percent}% berasal dari Staatsblad 1848 "
        "No. 22, yang teksnya belum kami periksa.",
        "en": "This is a maximum estimate: simple interest of {percent}% a year (days/365) from "
        "the due date (when the client fell into default) until today. Under KUHPerdata Pasal "
        "1250, interest awarded by a court in principle only runs from the day it is claimed "
        "in court, so the amount awarded may be smaller. Your contract may set its own "
        "interest or penalty. The {percent}% rate comes from Staatsblad 1848 No. 22, whose "
        "text we have not checked.",
    },
    "dispute_interest_note_employment": {
        "id": "Jika ini hubungan kerja, keterlambatan upah dikenai denda menurut PP 36/2021 "
        "Pasal 61 (pelaksanaan UU 13/2003 jo. UU 6/2023 Pasal 88A ayat (6)), bukan bunga "
        "{percent}%; dendanya tidak kami hitung di sini — tanyakan ke Disnaker atau LBH.",
        "en": "If this is an employment relationship, late wages incur a fine under PP 36/2021 "
        "Pasal 61 (implementing UU 13/2003 jo. UU 6/2023 Pasal 88A ayat (6)), not {percent}% "
        "interest; we do not calculate the fine here — ask Disnaker (the local manpower "
        "office) or LBH (a legal aid institute).",
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
