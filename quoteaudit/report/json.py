"""``--format json``: JSON Lines, one complete ``quoteaudit/2`` object per document.

To stdout by default; with ``--out DIR`` each article also gets ``DIR/<slug>.json``.
"""

from __future__ import annotations

import json

from .. import SCHEMA_ID
from ..model import DocumentAudit
from .base import Reporter, atomic_write, safe_join


def run_object(tool, doc: DocumentAudit) -> dict:
    return {"schema": SCHEMA_ID, "tool": tool.to_dict(), "documents": [doc.to_dict()]}


class JsonReporter(Reporter):
    def document(self, doc: DocumentAudit) -> None:
        line = json.dumps(run_object(self.tool, doc), ensure_ascii=False)
        if self.out_dir:
            atomic_write(safe_join(self.out_dir, self.unique_slug(doc) + ".json"), line + "\n")
        else:
            self.stream.write(line + "\n")
            self.stream.flush()
