"""Wire-service datelines: ``WASHINGTON (AP) —``, ``CLEVELAND, July 19 (UPI) —``,
``LONDON (Reuters) -``, ``Washington (AFP) –``.

The parser runs a dateline into the sentence after it and often makes the place the
sentence's subject ("LONDON ... said"); the place is never a speaker. A dateline opens a
line: a place in capitals, or a place followed by a news agency in parentheses, an
optional date, and a dash.
"""

from __future__ import annotations

import re

_PLACE_CAPS = r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
_PLACE = r"[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3}"
_DATE = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
_AGENCY = r"\([A-Za-z .&/]{2,30}\)"
_DASH = r"\s*(?:—|–|--|-)(?:\s+|$)"
DATELINE = re.compile(rf"[ \t]*(?:{_PLACE_CAPS}(?:,\s*[A-Z][A-Za-z.]+)?{_DATE}(?:\s*{_AGENCY})?|{_PLACE}(?:,\s*[A-Z][A-Za-z.]+)?{_DATE}\s*{_AGENCY}){_DASH}")


def dateline_end(text: str, line_start: int) -> int | None:
    """Where the text after a dateline opening the line at ``line_start`` begins."""
    m = DATELINE.match(text, line_start, min(len(text), line_start + 80))
    return m.end() if m else None


def ends_dateline(text: str, dash_start: int, dash_end: int) -> bool:
    """Is the dash at ``dash_start:dash_end`` the one closing a dateline?"""
    line_start = text.rfind("\n", 0, dash_start) + 1
    if dash_start - line_start > 70:
        return False
    end = dateline_end(text, line_start)
    return end is not None and dash_start < end <= dash_end + 2 and end >= dash_end


#: a line opening with a name in capitals and a colon: "CHENNAI:", "NEW DELHI:", "PENCE:"
_CAPS_LABEL = re.compile(rf"[ \t]*\"?{_PLACE_CAPS}[ \t]*$")


def ends_capital_label(text: str, colon_start: int) -> bool:
    """Is the colon at ``colon_start`` the one closing a line's opening name in capitals
    (a colon dateline, "CHENNAI: The city will …", or a transcript's label, "PENCE: Well,
    …")? Either way the name is no part of the sentence after it."""
    line_start = text.rfind("\n", 0, colon_start) + 1
    return colon_start - line_start <= 40 and _CAPS_LABEL.match(text, line_start, colon_start) is not None
