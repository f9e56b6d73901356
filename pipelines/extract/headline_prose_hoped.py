"""The attendance that came, after the number hoped for: "600 visiteurs étaient attendus, 820 sont
venus" (the noun is left out of the second count, given by the first). The count hoped for is no
figure (``hoped_after``); the count after it, a bare number in digits before a gathering verb of
`event_prose.verbs_after`, is the attendance. Read only when no other sentence states it."""

from __future__ import annotations

import re

from .headline_prose_scope import hoped_after
from .headline_terms import HeadlineFigure, make_figure, prose_patterns
from .numbers import DIGITS, parse_digits, ParsedNumber

# A count in digits and its one noun ("600 visiteurs"), right before a verb of hope.
_HOPED_COUNT = re.compile(r"(?<![\w.,])\d[\d \u00a0\u202f]*\s+[^\W\d]+(?=\s)")
# The comma between the hope and the count that came ("..., 820 sont venus"), and the spaces
# between that count and its verb.
_THEN_COUNT = re.compile(r"\s*,\s*")
_SPACES = re.compile(r"\s*")


def hoped_then_came(doc, units: dict, folded: str, found: list[HeadlineFigure]) -> list[HeadlineFigure]:
    """The bare count after "N <people> étaient attendus," and before a gathering verb, as the
    attendance, when ``found`` states none; else nothing."""
    if any(f.metric in {"visitors", "participants"} for f in found):
        return []
    after = prose_patterns()["after"]
    for m in _HOPED_COUNT.finditer(folded):
        hope = hoped_after().match(folded, m.end())
        if hope is None:
            continue
        comma = _THEN_COUNT.match(folded, hope.end())
        if comma is None:
            continue
        digits = DIGITS.match(folded, comma.end())
        if digits is None:
            continue
        verb = after.match(folded, _SPACES.match(folded, digits.end()).end())
        value = parse_digits(digits.group(0))
        if verb is None or value is None:
            continue
        number = ParsedNumber(float(value), digits.start(), digits.end(), False, None)
        return [make_figure(doc, units, "participants", number, digits.start(), verb.end(), None, 0)]
    return []
