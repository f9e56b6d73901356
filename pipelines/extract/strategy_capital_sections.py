"""A numbered section whose label and title a PDF's layout runs together with no separator, the title
in capitals ("AXE 2 RELIER LES QUARTIERS", "ENJEU 3 REPLANTER LES HAIES"): the label stood apart from
its title on the page (a coloured box, another font) and only a space is left between them. Read only
when the title after the number is a run of capitals of at least ``capital_title_min_words`` words
(strategy.yaml): "Axe 2 du plan" or "Axe 1 Relier" in running text are not sections. Also the bullet
a PDF's symbol font leaves as a letter before a section's label ("èAXE 1 : RELIER", the arrow of the
font read as "è"), from strategy.yaml ``glyph_bullets``."""

from __future__ import annotations

import re

from .strategy_text import _lex


def capital_titled(opening: re.Pattern, body: str, folded: str, at: int) -> re.Match | None:
    """``opening`` (a section opening, see strategy_sections._section_opening) matched on ``folded``
    at ``at`` with a bare space for its separator, when ``body`` (the line as written) has a title in
    capitals after it; the match, else None."""
    bare = re.compile(opening.pattern.replace(r"\s*(?:[:.–—-]\s*|$)", r"\s+(?=\w)"), opening.flags)
    if bare.pattern == opening.pattern:
        return None
    m = bare.match(folded, at)
    if m is None:
        return None
    title = re.split(r"\.{3,}|…|(?:\.[ \t]){3,}", body[m.end():])[0]     # up to a table of contents' leaders
    words = re.findall(r"[^\W\d_][^\W\d_'’-]*", title)
    lettered = [w for w in words if len(w) > 1]
    if len(lettered) < int(_lex().get("capital_title_min_words", 2)) or not all(w.isupper() for w in lettered):
        return None
    return m


def glyph_bullet(body: str) -> int:
    """The length of a symbol font's bullet (strategy.yaml ``glyph_bullets``) and its spacing at the start
    of ``body``, when a capital follows it ("èAXE 1", "Ø Axe 2"); else 0 (a word opening with "è" is
    in lower case)."""
    glyphs = "".join(re.escape(g) for g in _lex().get("glyph_bullets", []))
    m = re.match(rf"[{glyphs}][ \t\u00a0]*(?=[A-Z])", body) if glyphs else None
    return m.end() if m else 0
