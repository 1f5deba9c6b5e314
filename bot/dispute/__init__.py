"""Guided payment-dispute flow as pure domain logic: no ``telegram`` import, no I/O.

The flow is a state machine (STYLE rule 3). A conversation holds a :class:`State` and a
:class:`Case`; every user answer (a button value or free text) goes through :func:`advance`,
which validates it and returns a :class:`Step`. The Telegram layer
(``bot/handlers/dispute.py``) only renders :func:`prompt` and feeds answers back::

    step = start()                                # Step(state=State.KIND, case=Case())
    p = prompt(step.state, step.case, lang=lang)  # Prompt: text, options, free_text, ...
    step = advance(step.state, step.case, answer, today=today_jakarta(), lang=lang)
    if step.error: ...                            # invalid: state and case are unchanged
    elif step.state is State.DONE:                # confirmed: build the result
        result = assess(step.case, today, lang=lang)
        steps = plan(step.case, result, today, lang=lang)
        text = "\\n\\n".join([case_summary(step.case, result, lang=lang),
                             basis_text(legal_basis(step.case, lang=lang), lang=lang),
                             plan_text(steps, lang=lang)])
        letter = somasi_text(step.case, result, worker_name, letter_day(today))

Modules
-------
``common`` language code, text normalising, ``format_date`` (Babel);
``errors`` ``DisputeError``, ``ParseError`` (a catalog key + values), ``CaseDataError``,
``IncompleteCaseError``; ``money`` ``Money``, ``format_money``, ``parse_amount``;
``dates`` ``parse_date``, working days, the workers' clock (``today_jakarta``,
``reminder_time``); ``case`` ``State``, option tables, ``Case``, ``validate_name``;
``flow`` ``advance``, ``prompt``, ``Step``, ``Prompt``, callback data; ``assess`` route,
gugatan sederhana, interest, legal basis, ``case_summary``; ``plan`` the dated plan,
``letter_day``, ``remind_day``; ``letter`` the somasi text and .docx. Everything public is
re-exported here, so ``bot.dispute.plan`` and ``bot.dispute.assess`` name the functions; use
``from bot.dispute.plan import ...`` (or ``importlib``) to reach the modules themselves.

Languages
---------
Every user-facing text is a key of the catalog (``bot/texts/dispute*.py``) rendered with
``t(key, lang)``: ``"en"`` gives English, any other code Indonesian. Option values, states,
dates' meaning, amounts (``format_money`` is the same in both) and legal citations never
change with the language, and answers are accepted in both languages whatever ``lang`` is.
A ``ParseError`` names its message by key; ``err.message(lang)`` renders it, and
``advance(..., lang=...)`` puts the rendered message in ``Step.error``. The somasi letter is
Indonesian for everyone (it goes to an Indonesian client).

Persistence: store ``json.dumps(case.to_dict())`` and ``state.value``; read them back with
``Case.from_dict`` and ``State(value)``. All texts are plain text (the Telegram layer
escapes HTML). Legal explanations are our own summaries, never quotations: verbatim law text
lives in the knowledge base.
"""

from __future__ import annotations

from bot.dispute.assess import (
    ARTICLE_CITATION,
    BIPARTIT_WORKING_DAYS,
    LEGAL_INTEREST_PERCENT,
    SMALL_CLAIM_LIMIT,
    Assessment,
    Route,
    assess,
    basis_text,
    case_summary,
    legal_basis,
    monthly_interest,
    route_of,
)
from bot.dispute.case import (
    ADDRESS,
    AGREEMENTS,
    CLAUSES,
    CLIENT_TYPES,
    EVIDENCE,
    FOREIGN_CLIENTS,
    INDONESIAN_CLIENTS,
    KINDS,
    NAME_MAX,
    NAME_MIN,
    OPTION_TABLES,
    TERMINAL,
    TRIED,
    YES_NO,
    Case,
    Option,
    State,
    options_in,
    saved_case_label,
    validate_name,
)
from bot.dispute.common import MONTHS_EN, MONTHS_ID, format_date, format_date_id
from bot.dispute.dates import (
    EARLIEST_DATE,
    IDLE_LIMIT,
    JAKARTA,
    REMIND_AT,
    add_working_days,
    clock_time,
    idle,
    parse_date,
    reminder_time,
    today_jakarta,
)
from bot.dispute.errors import (
    CaseDataError,
    DisputeError,
    IncompleteCaseError,
    ParseError,
    Phrase,
)
from bot.dispute.flow import (
    BACK,
    BUTTONS,
    CALLBACK_PREFIX,
    CANCEL,
    CONFIRM,
    DONE,
    RESTART,
    SKIP,
    Prompt,
    Step,
    advance,
    answer_from_callback,
    asks_where,
    callback_data,
    is_question,
    prompt,
    start,
    start_from_status,
)
from bot.dispute.letter import (
    NO_NAME,
    SOMASI_SUBJECT,
    dispute_letter,
    docx_filename,
    somasi_docx,
    somasi_text,
)
from bot.dispute.money import (
    CURRENCIES,
    MAX_MINOR,
    SMALL_CLAIM_LIMIT_IDR,
    Currency,
    Money,
    format_money,
    parse_amount,
)
from bot.dispute.plan import (
    SOMASI_DEADLINE_DAYS,
    SOMASI_SEND_AFTER_DAYS,
    PlanStep,
    letter_day,
    plan,
    plan_text,
    remind_day,
)

__all__ = [
    "ADDRESS",
    "AGREEMENTS",
    "ARTICLE_CITATION",
    "BACK",
    "BIPARTIT_WORKING_DAYS",
    "BUTTONS",
    "CALLBACK_PREFIX",
    "CANCEL",
    "CLAUSES",
    "CLIENT_TYPES",
    "CONFIRM",
    "CURRENCIES",
    "DONE",
    "EARLIEST_DATE",
    "EVIDENCE",
    "FOREIGN_CLIENTS",
    "IDLE_LIMIT",
    "INDONESIAN_CLIENTS",
    "JAKARTA",
    "KINDS",
    "LEGAL_INTEREST_PERCENT",
    "MAX_MINOR",
    "MONTHS_EN",
    "MONTHS_ID",
    "NAME_MAX",
    "NAME_MIN",
    "NO_NAME",
    "OPTION_TABLES",
    "REMIND_AT",
    "RESTART",
    "SKIP",
    "SMALL_CLAIM_LIMIT",
    "SMALL_CLAIM_LIMIT_IDR",
    "SOMASI_DEADLINE_DAYS",
    "SOMASI_SEND_AFTER_DAYS",
    "SOMASI_SUBJECT",
    "TERMINAL",
    "TRIED",
    "YES_NO",
    "Assessment",
    "Case",
    "CaseDataError",
    "Currency",
    "DisputeError",
    "IncompleteCaseError",
    "Money",
    "Option",
    "ParseError",
    "Phrase",
    "PlanStep",
    "Prompt",
    "Route",
    "State",
    "Step",
    "add_working_days",
    "advance",
    "answer_from_callback",
    "asks_where",
    "assess",
    "basis_text",
    "callback_data",
    "case_summary",
    "clock_time",
    "dispute_letter",
    "docx_filename",
    "format_date",
    "format_date_id",
    "format_money",
    "idle",
    "is_question",
    "legal_basis",
    "letter_day",
    "monthly_interest",
    "options_in",
    "parse_amount",
    "parse_date",
    "plan",
    "plan_text",
    "prompt",
    "remind_day",
    "reminder_time",
    "route_of",
    "saved_case_label",
    "somasi_docx",
    "somasi_text",
    "start",
    "start_from_status",
    "today_jakarta",
    "validate_name",
]  # fmt: skip
