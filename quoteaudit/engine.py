"""Run the audit over a stream of articles, in input order, in bounded memory."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from . import nlp as nlp_mod
from .config import Config
from .ingest import Article, InputError
from .model import DocumentAudit, ToolInfo
from .pipeline import audit_article, error_document

BATCH = 32


def tool_info(model: str | None) -> ToolInfo:
    nlp = nlp_mod.load(model)
    name, version = nlp_mod.model_info(nlp)
    return ToolInfo(model=name, model_version=version)


def audit_items(items: Iterable[Article | InputError], config: Config, *, model: str | None = None) -> Iterator[DocumentAudit]:
    """Audit articles (and pass input errors through as error documents), in order."""
    nlp = nlp_mod.load(model or config.model)
    iterator = iter(items)
    while True:
        batch = list(islice(iterator, BATCH))
        if not batch:
            return
        articles = [a for a in batch if isinstance(a, Article)]
        docs = iter(nlp_mod.parse(nlp, (a.text for a in articles), batch_size=BATCH))
        for item in batch:
            if isinstance(item, InputError):
                yield error_document(item)
            else:
                yield audit_article(item, next(docs), config)
