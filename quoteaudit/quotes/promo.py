"""Lines that are not the article: navigation, promotion, captions and bylines.

A CMS export or a copy-paste leaves lines such as ``READ MORE: “We are not done,”
says coach``, ``WATCH: "This is the moment the bridge fell"``, ``Photo: …``,
``Follow Pam Key on Twitter @pamkeyNEN.`` or ``By Jane Doe, Associated Press`` in the
text. Their quotation marks hold other stories' headlines or caption text, so no quote
is found on them. The labels are data (``quoteaudit/data/promo_labels.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..ingest.base import is_byline_line
from ..lexicons import load_list

#: "Follow Pam Key on Twitter @pamkeyNEN.": a social-media promo line (also inside the
#: quotation marks a transcript's paragraphs carry)
_FOLLOW = re.compile(r"[ \t]*(?:follow|like|[\"“‘']follow)\b[^\n]{0,60}\bon (?:twitter|facebook|instagram|x|threads|bluesky|tiktok)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    labels = sorted((" ".join(x.lower().split()) for x in load_list("promo_labels.txt")), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in label.split()) for label in labels)
    return re.compile(rf"[ \t]*(?:{alternatives})[ \t]*(?::|\||—|–|-{{1,2}})", re.IGNORECASE)


def promo_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines that are navigation, promotion, captions or bylines."""
    out = []
    pattern = _label_pattern()
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        line = text[start:end]
        if line.strip() and (pattern.match(line) or _FOLLOW.match(line) or is_byline_line(line)):
            out.append((start, end))
        start = end + 1
    return out
