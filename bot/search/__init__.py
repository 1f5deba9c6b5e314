"""Search: text pipeline, lexical index, semantic vectors, example questions, fusion and the
answer/refuse decision (no telegram import).

- ``text``: normalisation, slang, stemming, ``tokenize`` (one pipeline for documents and
  questions);
- ``lexical``: BM25 over entries and over example questions;
- ``semantic``: the embedding model and stored vectors;
- ``scope``: small talk and other fields of law (with the place that handles them);
- ``decide``: the calibrated answer/refuse model;
- ``engine``: ``Index``, which puts them together.
"""

from bot.search.engine import (
    Hit,
    Index,
    Result,
    question_part,
    sentences,
    vectors_missing,
    vectors_needed,
)
from bot.search.lexical import FIELD_WEIGHTS, KIND_PRIOR, Lexical, document_tokens
from bot.search.text import (
    SLANG,
    STOPWORDS,
    analyze,
    colloquial_root,
    colloquial_roots,
    expand,
    is_payment_question,
    normalize,
    stem,
    tokenize,
)

__all__ = [
    "FIELD_WEIGHTS", "KIND_PRIOR", "SLANG", "STOPWORDS", "Hit", "Index", "Lexical", "Result",
    "analyze", "colloquial_root", "colloquial_roots", "document_tokens", "expand",
    "is_payment_question", "normalize", "question_part", "sentences", "stem", "tokenize",
    "vectors_missing", "vectors_needed",
]
