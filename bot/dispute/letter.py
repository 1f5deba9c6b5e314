"""The somasi (formal demand letter) on the letter model: text, .docx, and its file name.

The letter's language is the recipient's, not the worker's: Indonesian for a debtor in
Indonesia (citing KUHPerdata Pasal 1238 and 1243), English for one with no Indonesian entity
(citing the agreement and the law that governs it, never claiming the company is Indonesian).
It is a document template rather than interface text, so it is not in the bilingual catalog.
It names one fixed reply date (``SOMASI_DEADLINE_DAYS`` after the letter's date), the parties
properly (``Direksi PT …``; remarks in brackets are dropped from a name), what the worker has as
evidence (Lampiran), and keeps the worker's other rights. It renders through
``bot/letters/model.py``: A4, the sender as author, ``[placeholders]`` highlighted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from bot.dispute.assess import Assessment, Route
from bot.dispute.case import EVIDENCE, Case, label
from bot.dispute.common import format_date, format_date_id
from bot.dispute.forum import First
from bot.dispute.money import format_money
from bot.dispute.plan import SOMASI_DEADLINE_DAYS
from bot.letters.model import Letter, to_docx, to_text
from bot.lines import ascii_slug, clean_line

#: What the letter's sender is called when they skipped their name.
NO_NAME = "[Nama Anda]"
_ONES = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def spelled_out(n: int) -> str:
    """``n`` (0–99) in Indonesian words, as in "14 (empat belas) hari"."""
    if not 0 <= n <= 99:
        raise ValueError(f"cannot spell {n}")
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _ONES[ones]
    if tens == 1:
        return {0: "sepuluh", 1: "sebelas"}.get(ones, f"{_ONES[ones]} belas")
    words = f"{_ONES[tens]} puluh"
    return f"{words} {_ONES[ones]}" if ones else words


def docx_filename(case: Case, kind: str = "somasi") -> str:
    """``somasi-<client>.docx`` (or ``bipartit-…``) with an ASCII slug of the client's name."""
    return f"{kind}-{ascii_slug(case.client_name or 'klien', 'klien')}.docx"


SOMASI_SUBJECT = "Somasi (Teguran) atas Pembayaran yang Belum Dilunasi"
SOMASI_SUBJECT_EN = "Formal demand for payment of an outstanding amount"
_AGREEMENT_PHRASE: Mapping[str, str] = {
    "written": "perjanjian tertulis antara saya dan {client}",
    "online_terms": "syarat dan ketentuan layanan {client} yang saya setujui secara elektronik",
    "chat": "kesepakatan antara saya dan {client} melalui percakapan/e-mail",
    "none": "kesepakatan antara saya dan {client}",
}
_AGREEMENT_PHRASE_EN: Mapping[str, str] = {
    "written": "the written agreement between {client} and me",
    "online_terms": "the terms of service of {client}, which I accepted electronically",
    "chat": "the agreement between {client} and me made by chat/e-mail",
    "none": "the agreement between {client} and me",
}
_TRIED_PHRASE_EN: Mapping[str, str] = {
    "nothing": "",
    "chat_reminder": ", although I have reminded you by message",
    "formal_letter": ", although I have sent you a written payment request",
    "platform_complaint": ", although I have filed a complaint through the platform",
}
_EVIDENCE_EN: Mapping[str, str] = {
    "contract": "Copy of the contract / terms of service", "chat": "Chat / e-mail records",
    "tasks": "Task IDs / submission records", "rejection": "The rejection notice",
    "invoice": "Invoice", "payments": "Payment records",
}
_TRIED_PHRASE: Mapping[str, str] = {
    "nothing": "",
    "chat_reminder": ", meskipun saya telah mengingatkan melalui pesan",
    "formal_letter": ", meskipun saya telah mengirimkan surat penagihan",
    "platform_complaint": ", meskipun saya telah mengajukan pengaduan melalui platform",
}


def _kind_fact(kind: str | None, amount: str, due: str) -> str:
    facts = {
        "late": f"Pembayaran atas pekerjaan tersebut sebesar {amount}, yang jatuh tempo pada "
        f"tanggal {due}, belum dibayarkan.",
        "partial": f"Pembayaran atas pekerjaan tersebut baru dibayarkan sebagian. Sisa yang "
        f"belum dibayarkan sebesar {amount}, yang jatuh tempo pada tanggal {due}.",
        "rejected": f"Hasil pekerjaan saya serahkan pada tanggal [tanggal penyerahan] dan "
        f"kemudian ditolak secara sepihak, sehingga pembayaran sebesar {amount}, yang "
        f"seharusnya dibayarkan paling lambat tanggal {due}, tidak dibayarkan. Penolakan "
        "tersebut tidak sesuai dengan ketentuan yang disepakati [dan tidak disampaikan secara "
        "tertulis dalam waktu yang disepakati; hapus bila tidak benar].",
        "suspended": f"Akun saya ditangguhkan atau dinonaktifkan, dan penghasilan saya sebesar "
        f"{amount}, yang seharusnya dibayarkan paling lambat tanggal {due}, ditahan dan belum "
        "dibayarkan.",
        "revisions": f"Saya telah mengerjakan revisi yang diminta, tetapi pembayaran sebesar "
        f"{amount}, yang jatuh tempo pada tanggal {due}, belum dibayarkan.",
    }
    return facts.get(
        kind or "",
        f"Pembayaran sebesar {amount}, yang jatuh tempo pada tanggal {due}, belum dibayarkan.",
    )


def _consequence(case: Case, assessment: Assessment) -> str:
    lead = (
        "Apabila sampai batas waktu tersebut pembayaran belum saya terima, saya akan menempuh "
        "langkah selanjutnya"
    )
    if assessment.route is Route.EMPLOYMENT:
        return (
            f"{lead}, yaitu penyelesaian perselisihan hubungan industrial melalui perundingan "
            "bipartit, mediasi di dinas ketenagakerjaan, dan gugatan ke Pengadilan Hubungan "
            "Industrial, termasuk tuntutan denda keterlambatan upah."
        )
    if assessment.forum.first is First.ARBITRATION:
        return (
            f"{lead} melalui arbitrase atau penyelesaian sengketa sebagaimana diatur dalam "
            "klausul perjanjian kita, disertai tuntutan penggantian biaya, kerugian, dan bunga."
        )
    if assessment.foreign:
        return (
            f"{lead} sesuai klausul penyelesaian sengketa dalam perjanjian atau syarat layanan, "
            "termasuk pengaduan kepada platform dan penyedia layanan pembayaran, mediasi atau "
            "alternatif penyelesaian sengketa lainnya, serta upaya hukum lain yang tersedia, "
            "disertai tuntutan penggantian biaya, kerugian, dan bunga."
        )
    court = (
        "gugatan sederhana di Pengadilan Negeri"
        if assessment.small_claim
        else "gugatan ke Pengadilan Negeri"
    )
    return (
        f"{lead}, antara lain mediasi atau alternatif penyelesaian sengketa lainnya dan/atau "
        f"{court}, disertai tuntutan penggantian biaya, kerugian, dan bunga."
    )


def _kind_fact_en(kind: str | None, amount: str, due: str) -> str:
    facts = {
        "late": f"Payment of {amount} for that work, due on {due}, has not been made.",
        "partial": f"Payment for that work has been made only in part. The outstanding "
        f"{amount} was due on {due}.",
        "rejected": f"I delivered the work on [delivery date]; it was then rejected "
        f"unilaterally, and the payment of {amount}, due by {due}, has not been made. The "
        "rejection does not follow the agreed terms [and was not made in writing within the "
        "agreed time; delete if not true].",
        "suspended": f"My account was suspended or deactivated, and my earnings of {amount}, "
        f"due by {due}, have been withheld.",
        "revisions": f"I completed the revisions requested, but the payment of {amount}, due on "
        f"{due}, has not been made.",
    }
    return facts.get(kind or "", f"Payment of {amount}, due on {due}, has not been made.")


def _consequence_en(assessment: Assessment) -> str:
    lead = "If I have not received payment by that date, I will pursue"
    if assessment.forum.first is First.ARBITRATION:
        return (f"{lead} the arbitration or dispute resolution provided in our agreement, "
                "together with a claim for costs, damages and interest.")
    return (f"{lead} the remedies available under the dispute-resolution clause of our "
            "agreement or your terms of service, including a complaint to the platform and the "
            "payment provider, mediation or other dispute resolution, and any other legal "
            "remedy available, together with a claim for costs, damages and interest.")


def company_addressee(name: str) -> str:
    """Who in a company a letter is addressed to: ``Direksi PT …``, else ``Pimpinan …``."""
    return f"Direksi {name}" if name.upper().startswith(("PT ", "PT. ")) else f"Pimpinan {name}"


def clean_party(name: str) -> str:
    """A party's name for an address: remarks in brackets dropped (``PT X (vendor dr Y)``)."""
    return re.sub(r"\s+", " ", re.sub(r"\s*[(\[][^)\]]*[)\]]", "", name)).strip() or name


def somasi_letter(
    case: Case,
    assessment: Assessment,
    worker_name: str,
    today: date,
    place: str | None = None,
    contact: str | None = None,
) -> Letter:
    """The somasi as a :class:`~bot.letters.model.Letter` (see the module docstring)."""
    assert case.amount is not None and case.due_date is not None
    english = assessment.foreign
    lang = "en" if english else "id"
    worker = clean_line(worker_name) or NO_NAME
    if worker == NO_NAME and english:
        worker = "[your name]"
    town = clean_line(place or "") or ("[city]" if english else "[kota]")
    reach = clean_line(contact or "", 200) or (
        "[your phone number / e-mail]" if english else "[nomor telepon / e-mail Anda]")
    amount = format_money(case.amount)
    due = format_date(case.due_date, lang)
    deadline = format_date(today + timedelta(days=SOMASI_DEADLINE_DAYS), lang)
    name = clean_party(case.client_name) if case.client_name else (
        "[the client's name]" if english else "[nama klien]")
    evidence = [(_EVIDENCE_EN[e] if english else label(EVIDENCE, e, "id"))
                for e in case.evidence]
    if english:
        agreement = _AGREEMENT_PHRASE_EN.get(case.agreement or "", _AGREEMENT_PHRASE_EN["none"])
        facts = [
            f"1. I performed work for {name} under {agreement.format(client=name)}.",
            f"2. {_kind_fact_en(case.kind, amount, due)}",
            "3. Details: [invoice number / task IDs / period of work].",
            "4. As of the date of this letter, I have not received that payment"
            f"{_TRIED_PHRASE_EN.get(case.tried or '', '')}.",
        ]
        paragraphs = [
            "Dear Sir or Madam,",
            f"I, {worker}, [your address], write to you about an unpaid amount:",
            "\n".join(facts),
            "Under our agreement and the law that governs it, payment for the work I performed "
            "is due. This letter is a formal demand that you perform that obligation.",
            f"I therefore ask you to pay {amount} by {deadline} at the latest to: [bank or "
            "payment service, account number, account name]. Please confirm the payment or "
            f"reply to this letter at {reach}.",
            _consequence_en(assessment),
            "This letter is without prejudice to my other rights.",
        ]
        recipient: tuple[str, ...] = ("To:", f"The Management of {name}",
                     "[the client's address or official e-mail]")
        signature: tuple[str, ...] = ("Yours faithfully,", "", "", worker)
        labels = {"subject": "Subject", "attachments": "Attachments"}
        subject = SOMASI_SUBJECT_EN
    else:
        if case.client_type == "person":
            addressee, client = f"Bapak/Ibu {name}", f"Bapak/Ibu {name}"
        else:
            addressee, client = company_addressee(name), name
        agreement = _AGREEMENT_PHRASE.get(case.agreement or "", _AGREEMENT_PHRASE["none"])
        facts = [
            f"1. Saya telah melaksanakan pekerjaan untuk {client} berdasarkan "
            f"{agreement.format(client=client)}.",
            f"2. {_kind_fact(case.kind, amount, due)}",
            "3. Rincian tagihan: [nomor invoice / ID tugas / periode pekerjaan].",
            "4. Sampai tanggal surat ini, pembayaran tersebut belum saya terima"
            f"{_TRIED_PHRASE.get(case.tried or '', '')}.",
        ]
        paragraphs = [
            "Dengan hormat,",
            "Saya yang bertanda tangan di bawah ini:\n"
            f"Nama: {worker}\nAlamat: [alamat Anda]\nKontak: {reach}",
            "dengan ini menyampaikan teguran (somasi) sebagai berikut:",
            "\n".join(facts),
            "Berdasarkan KUHPerdata Pasal 1238, surat ini merupakan teguran resmi agar "
            "kewajiban pembayaran tersebut dipenuhi. Apabila kewajiban tetap tidak dipenuhi "
            "setelah teguran ini, saya berhak menuntut penggantian biaya, kerugian, dan bunga "
            "sesuai KUHPerdata Pasal 1243.",
            f"Oleh karena itu, saya meminta Bapak/Ibu melunasi pembayaran sebesar {amount} "
            f"paling lambat tanggal {deadline}, ke rekening/akun pembayaran berikut: [nama bank "
            "atau layanan pembayaran, nomor rekening/akun, atas nama]. Konfirmasi pembayaran "
            f"atau tanggapan atas surat ini dapat disampaikan kepada saya melalui {reach}.",
            _consequence(case, assessment),
            "Surat ini saya sampaikan tanpa mengurangi hak-hak saya yang lain.",
            "Demikian somasi ini saya sampaikan. Atas perhatian dan itikad baik Bapak/Ibu, saya "
            "ucapkan terima kasih.",
        ]
        recipient = ("Kepada Yth.", addressee, "[alamat klien]", "di tempat")
        signature = ("Hormat saya,", "", "", worker, "", "Tembusan: arsip")
        labels = {"subject": "Perihal", "attachments": "Lampiran"}
        subject = SOMASI_SUBJECT
    return Letter(
        kind="somasi", lang=lang,
        heading=f"{town}, {format_date(today, lang)}",
        recipient=recipient, subject=subject, paragraphs=tuple(paragraphs),
        signature=signature, attachments=tuple(evidence),
        deadline=today + timedelta(days=SOMASI_DEADLINE_DAYS),
        sender="" if worker.startswith("[") else worker, labels=labels,
    )


BIPARTIT_SUBJECT = "Permohonan Perundingan Bipartit atas Upah yang Belum Dibayarkan"
BIPARTIT_REPLY_DAYS = 7  # a fixed date to answer the request by


def bipartit_letter(case: Case, assessment: Assessment, worker_name: str, today: date,
                    place: str | None = None, contact: str | None = None) -> Letter:
    """An employee's written request for bipartite negotiation (UU 2/2004 Pasal 3), in
    Indonesian, to the employer ("perusahaan", never "klien"), with the late-wage fine."""
    assert case.amount is not None and case.due_date is not None
    worker = clean_line(worker_name) or NO_NAME
    town = clean_line(place or "") or "[kota]"
    reach = clean_line(contact or "", 200) or "[nomor telepon / e-mail Anda]"
    name = clean_party(case.client_name) if case.client_name else "[nama perusahaan]"
    addressee = company_addressee(name)
    amount = format_money(case.amount)
    fine = ""
    if assessment.wage_fine is not None and assessment.wage_fine.minor:
        fine = (f" Sampai tanggal surat ini, denda keterlambatannya menurut perhitungan saya "
                f"sekitar {format_money(assessment.wage_fine)}.")
    reply_by = format_date_id(today + timedelta(days=BIPARTIT_REPLY_DAYS))
    paragraphs = (
        "Dengan hormat,",
        f"Saya, {worker}, bekerja pada {name} sebagai [jabatan Anda] sejak [tanggal mulai "
        "bekerja], dengan ini mengajukan permohonan perundingan bipartit sebagaimana "
        "dimaksud dalam UU 2/2004 Pasal 3 mengenai upah saya yang belum dibayarkan:",
        f"1. Upah sebesar {amount}, yang seharusnya dibayarkan pada tanggal "
        f"{format_date_id(case.due_date)}, belum dibayarkan.\n"
        "2. Menurut PP 36/2021 Pasal 61, pengusaha yang terlambat membayar upah dikenai denda, "
        f"dan denda itu tidak menghapus kewajiban membayar upahnya.{fine}\n"
        "3. Rincian: [periode kerja, slip gaji atau catatan pembayaran terakhir].",
        f"Saya mohon perundingan dapat dimulai paling lambat tanggal {reply_by}, di [tempat] "
        "atau secara daring, dan hasilnya dituangkan dalam risalah yang ditandatangani kedua "
        "pihak. Perundingan bipartit diselesaikan paling lama 30 hari kerja sejak dimulai.",
        "Apabila permohonan ini tidak ditanggapi atau perundingan tidak mencapai kesepakatan, "
        "saya akan mencatatkan perselisihan ini kepada instansi yang bertanggung jawab di bidang "
        "ketenagakerjaan setempat (UU 2/2004 Pasal 4).",
        f"Tanggapan dapat disampaikan kepada saya melalui {reach}.",
        "Surat ini saya sampaikan tanpa mengurangi hak-hak saya yang lain.",
        "Demikian permohonan ini saya sampaikan. Atas perhatian Bapak/Ibu, saya ucapkan terima "
        "kasih.",
    )
    return Letter(
        kind="bipartit", lang="id", heading=f"{town}, {format_date_id(today)}",
        recipient=("Kepada Yth.", addressee, "u.p. Bagian Personalia/HRD",
                   "[alamat perusahaan]"),
        subject=BIPARTIT_SUBJECT, paragraphs=paragraphs,
        signature=("Hormat saya,", "", "", worker),
        attachments=tuple(label(EVIDENCE, e, "id") for e in case.evidence),
        deadline=today + timedelta(days=BIPARTIT_REPLY_DAYS),
        sender="" if worker.startswith("[") else worker,
        labels={"subject": "Perihal", "attachments": "Lampiran"},
    )


def dispute_letter(case: Case, assessment: Assessment, worker_name: str, today: date) -> Letter:
    """The letter the guide ends with: a bipartit request for an employee, else the somasi."""
    if assessment.route is Route.EMPLOYMENT:
        return bipartit_letter(case, assessment, worker_name, today)
    return somasi_letter(case, assessment, worker_name, today)


def somasi_text(
    case: Case,
    assessment: Assessment,
    worker_name: str,
    today: date,
    *,
    place: str | None = None,
    contact: str | None = None,
) -> str:
    """The somasi as plain text (nothing escaped), in the recipient's language.

    :param case: a complete case.
    :param assessment: :func:`assess` of the case (route and forum decide the consequences
        named, ``foreign`` the language).
    :param worker_name: the sender's name (control characters are dropped; empty gives a
        placeholder).
    :param today: the letter's date, i.e. the day it is sent; the payment is asked by one
        fixed date, ``SOMASI_DEADLINE_DAYS`` later.
    :param place: the sender's town (else a placeholder); ``contact`` likewise.
    """
    return to_text(somasi_letter(case, assessment, worker_name, today, place, contact))


def somasi_docx(
    case: Case,
    assessment: Assessment,
    worker_name: str,
    today: date,
    *,
    place: str | None = None,
    contact: str | None = None,
) -> bytes:
    """The letter of :func:`somasi_text` as an editable A4 .docx file (bytes)."""
    return to_docx(somasi_letter(case, assessment, worker_name, today, place, contact))
