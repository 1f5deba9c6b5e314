"""Groups, inline answers and deep links (bot/handlers/groups.py) (HTML)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "btn_share": {"id": "🔗 Bagikan", "en": "🔗 Share"},
    "deeplink_tap": {"id": "Tekan tombol ini untuk mulai:", "en": "Press this button to start:"},
    "deeplink_command": {"id": "Ketik {command} untuk membukanya.",
                         "en": "Type {command} to open it."},
    "deeplink_unknown": {
        "id": "Tautan itu tidak dikenali atau entrinya sudah tidak ada. Ini menu utamanya:",
        "en": "That link is not recognised, or its entry no longer exists. Here is the menu:",
    },
    "group_how": {"id": "Tulis pertanyaannya setelah @{bot}, atau pakai /tanya pertanyaan.",
                  "en": "Write the question after @{bot}, or use /tanya question."},
    "group_btn_private": {"id": "💬 Lanjut di chat pribadi", "en": "💬 Continue in private"},
    "group_btn_text": {"id": "📜 {citation}", "en": "📜 {citation}"},
    "group_no_answer": {
        "id": "Maaf, saya belum menemukan jawaban yang cukup baik. Di chat pribadi kamu bisa "
              "bertanya ke relawan.",
        "en": "Sorry, I have not found a good enough answer. In a private chat you can ask a "
              "volunteer.",
    },
    "group_footer": {"id": "Informasi hukum, bukan nasihat hukum.",
                     "en": "Legal information, not legal advice."},
    "group_private_only": {
        "id": "Ini hal pribadi, jadi tidak dibuka di grup. Lanjutkan di chat pribadi dengan "
              "saya:",
        "en": "This is personal, so it does not happen in the group. Continue in a private "
              "chat with me:",
    },
    "group_switch_usage": {"id": "Pakai /kawangig off atau /kawangig on.",
                           "en": "Use /kawangig off or /kawangig on."},
    "group_admins_only": {"id": "Hanya admin grup yang bisa mengubahnya.",
                          "en": "Only the group's admins can change this."},
    "group_off": {"id": "🔕 KawanGig diam di grup ini sampai admin mengetik /kawangig on.",
                  "en": "🔕 KawanGig stays quiet here until an admin types /kawangig on."},
    "group_on": {"id": "🔔 KawanGig menjawab lagi di grup ini (sebut @saya atau /tanya).",
                 "en": "🔔 KawanGig answers again in this group (mention me or use /tanya)."},
    "inline_open_bot": {"id": "Tanya KawanGig langsung", "en": "Ask KawanGig directly"},
}
