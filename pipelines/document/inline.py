"""Inline text of a block with its bold runs: readers mark the runs with two private-use
characters while collecting, then ``finish`` cleans the white space and turns the marks into
offsets."""

from __future__ import annotations

from .builder import clean_line_text

BOLD_ON, BOLD_OFF = "\ue000", "\ue001"


def finish(raw: str) -> tuple[str, list[tuple[int, int]]]:
    """(clean text, bold spans relative to it)."""
    text = clean_line_text(raw)
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    start = None
    length = 0
    for ch in text:
        if ch == BOLD_ON:
            start = length if start is None else start
        elif ch == BOLD_OFF:
            if start is not None:
                spans.append((start, length))
            start = None
        else:
            out.append(ch)
            length += 1
    clean = "".join(out)
    # Marks next to a removed space can leave spaces at the ends: trim and keep spans inside.
    lead = len(clean) - len(clean.lstrip())
    clean = clean.strip()
    spans = [(max(0, a - lead), min(len(clean), b - lead)) for a, b in spans]
    return clean, [(a, b) for a, b in spans if b > a]
