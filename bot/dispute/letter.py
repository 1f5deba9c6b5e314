"""The somasi (formal demand letter): text and .docx, and the .docx's file name.

Indonesian for every user: the letter goes to an Indonesian client or platform, so it is a
document template rather than interface text, and it is not in the bilingual catalog. The
deadline it names is ``SOMASI_DEADLINE_DAYS``, spelled out as Indonesian letters require.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, timedelta

from bot.dispute.assess import Assessment, Route
from bot.dispute.case import Case
from bot.dispute.common import clean_line, format_date_id
from bot.dispute.forum import First
from bot.dispute.money import format_money
from bot.dispute.plan import SOMASI_DEADLINE_DAYS

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


def docx_filename(case: Case) -> str:
    """``somasi-<client>.docx`` with an ASCII slug of the client's name."""
    name = unicodedata.normalize("NFKD", case.client_name or "klien")
    slug = re.sub(r"[^a-z0-9]+", "-", name.encode("ascii", "ignore").decode().lower())
    return f"somasi-{slug.strip('-')[:40].strip('-') or 'klien'}.docx"


SOMASI_SUBJECT = "Somasi (Teguran) atas Pembayaran yang Belum Dilunasi"
_AGREEMENT_PHRASE: Mapping[str, str] = {
    "written": "perjanjian tertulis di antara kita",
    "online_terms": "syarat dan ketentuan layanan yang saya setujui secara elektronik",
    "chat": "kesepakatan yang kita buat melalui percakapan/e-mail",
    "none": "kesepakatan di antara kita",
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
        "rejected": f"Hasil pekerjaan saya ditolak atau dibatalkan secara sepihak, sehingga "
        f"pembayaran sebesar {amount}, yang seharusnya dibayarkan paling lambat tanggal {due}, "
        "tidak dibayarkan. Menurut saya, penolakan tersebut tidak sesuai dengan ketentuan yang "
        "disepakati.",
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


def _somasi_blocks(
    case: Case,
    assessment: Assessment,
    worker_name: str,
    today: date,
    place: str | None,
    contact: str | None,
) -> list[tuple[str, bool]]:
    """The letter as (paragraph, bold) pairs; lines inside a paragraph split by newlines."""
    assert case.amount is not None and case.due_date is not None
    worker = clean_line(worker_name) or "[nama Anda]"
    town = clean_line(place or "") or "[kota]"
    reach = clean_line(contact or "", 200) or "[nomor telepon / e-mail Anda]"
    amount = format_money(case.amount)
    due = format_date_id(case.due_date)
    days = SOMASI_DEADLINE_DAYS
    deadline = format_date_id(today + timedelta(days=days))
    name = case.client_name or "[nama klien]"
    if case.client_type == "person":
        addressee, client = f"Bapak/Ibu {name}", f"Bapak/Ibu {name}"
    else:
        addressee, client = f"Bapak/Ibu pimpinan {name}", name
    agreement = _AGREEMENT_PHRASE.get(case.agreement or "", "kesepakatan di antara kita")
    facts = [
        f"1. Saya telah melaksanakan pekerjaan untuk {client} berdasarkan {agreement}.",
        f"2. {_kind_fact(case.kind, amount, due)}",
        "3. Rincian tagihan: [nomor invoice / ID tugas / periode pekerjaan].",
        "4. Sampai tanggal surat ini, pembayaran tersebut belum saya terima"
        f"{_TRIED_PHRASE.get(case.tried or '', '')}.",
    ]
    return [
        (f"{town}, {format_date_id(today)}", False),
        (f"Kepada Yth.\n{addressee}\n[alamat klien]\ndi tempat", False),
        (f"Perihal: {SOMASI_SUBJECT}", True),
        ("Dengan hormat,", False),
        (
            "Saya yang bertanda tangan di bawah ini:\n"
            f"Nama: {worker}\nAlamat: [alamat Anda]\nKontak: {reach}",
            False,
        ),
        ("dengan ini menyampaikan teguran (somasi) sebagai berikut:", False),
        ("\n".join(facts), False),
        (
            "Berdasarkan KUHPerdata Pasal 1238, surat ini merupakan teguran resmi agar "
            "kewajiban pembayaran tersebut dipenuhi. Apabila kewajiban tetap tidak dipenuhi "
            "setelah teguran ini, saya berhak menuntut penggantian biaya, kerugian, dan bunga "
            "sesuai KUHPerdata Pasal 1243.",
            False,
        ),
        (
            f"Oleh karena itu, saya meminta Bapak/Ibu melunasi pembayaran sebesar {amount} "
            f"paling lambat {days} ({spelled_out(days)}) hari sejak surat ini diterima, yaitu "
            "tanggal "
            f"{deadline}, ke rekening/akun pembayaran berikut: [nama bank atau layanan "
            "pembayaran, nomor rekening/akun, atas nama]. Konfirmasi pembayaran atau tanggapan "
            f"atas surat ini dapat disampaikan kepada saya melalui {reach}.",
            False,
        ),
        (_consequence(case, assessment), False),
        (
            "Demikian somasi ini saya sampaikan. Atas perhatian dan itikad baik Bapak/Ibu, saya "
            "ucapkan terima kasih.",
            False,
        ),
        (f"Hormat saya,\n\n\n{worker}", False),
        ("Tembusan: arsip", False),
    ]


def somasi_text(
    case: Case,
    assessment: Assessment,
    worker_name: str,
    today: date,
    *,
    place: str | None = None,
    contact: str | None = None,
) -> str:
    """A ready-to-send somasi letter in Indonesian (plain text, nothing escaped).

    :param case: a complete case.
    :param assessment: :func:`assess` of the case (route decides the consequences named).
    :param worker_name: the sender's name (control characters are dropped; empty gives a
        ``[nama Anda]`` placeholder).
    :param today: the letter's date, i.e. the day it is sent; the payment deadline is 14
        days later (receipt assumed the same day, as by e-mail).
    :param place: the sender's town (else ``[kota]``); ``contact`` likewise.
    """
    return "\n\n".join(
        text for text, _ in _somasi_blocks(case, assessment, worker_name, today, place, contact)
    )


def somasi_docx(
    case: Case,
    assessment: Assessment,
    worker_name: str,
    today: date,
    *,
    place: str | None = None,
    contact: str | None = None,
) -> bytes:
    """The letter of :func:`somasi_text` as an editable .docx file (bytes)."""
    from docx import Document  # local import: python-docx is only needed for this output

    document = Document()
    document.core_properties.title = SOMASI_SUBJECT
    for text, bold in _somasi_blocks(case, assessment, worker_name, today, place, contact):
        paragraph = document.add_paragraph()
        for index, line in enumerate(text.split("\n")):
            run = paragraph.add_run(line)
            run.bold = bold
            if index < text.count("\n"):
                run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
