"""The strategy a document names, and its period: a strategy word followed by a period
("schéma numérique 2025-2031 de l'Agglomération"), the strategy word announcing the axes, the
strategy a title names ("X adopte son plan vélo" -> "plan vélo"), and a horizon ("à l'horizon
2040") as the end of a strategy named without a period. Cue words: the `strategy` section of
``lexicons/claims.yaml``."""

from __future__ import annotations

import re

from ..document import Document
from .events import PROPER_PHRASE
from .strategy_text import Strategy, _axis_words, _lex, _norm, _strategy_words, number_alternation


def find_strategy(doc: Document) -> Strategy | None:
    text, folded = doc.text, _norm(doc.text)
    names = "|".join(re.escape(_norm(n)) for n in sorted(_lex()["names"], key=len, reverse=True))
    gap = int(_lex().get("max_words_before_period", 4))
    pattern = re.compile(
        rf"(?<![a-z])({names})(?![a-z])((?:[ \t\u00a0\n]+[a-z'-]+){{0,{gap}}}?)[ \t\u00a0\n]+"
        r"((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})(?!\d)")
    found = None
    for m in pattern.finditer(folded):
        # the last strategy word before the period: "feuille de route du schéma numérique 2025-2031"
        inner = list(re.finditer(rf"(?<![a-z])({names})(?![a-z])", folded[m.start():m.start(3)]))
        begin = m.start() + inner[-1].start() if inner else m.start()
        found = (begin, m.end(), int(m.group(3)), int(m.group(4)))
        break
    if found is None:
        return None
    begin, end, first, last = found
    links = "|".join(re.escape(_norm(w)) for w in _lex().get("owner_links", []))
    link = re.match(rf"[ \t\u00a0\n]+(?:{links})[ \t\u00a0\n]*", folded[end:end + 20]) if links else None
    if link:
        owner = PROPER_PHRASE.match(text, end + link.end())
        if owner:
            end = owner.end()
    return Strategy(" ".join(text[begin:end].split()), first, last if last >= first else None, begin, end)


def _named_before(doc: Document, pos: int, far: bool = False) -> Strategy | None:
    """A strategy word earlier in the sentence or paragraph that announces axes at ``pos``
    ("Le plan comprend plusieurs volets, ..."): the strategy, without a period."""
    text, folded = doc.text, _norm(doc.text)
    m = None
    # its own paragraph; for numbered sections ("Axe 1 – ..."), also the paragraphs just before
    # (the sentence announcing them)
    starts = [max(text.rfind("\n\n", 0, pos), 0)]
    if far:
        starts.append(max(0, pos - int(_lex().get("name_lookback_chars", 600))))
    for start in starts:
        for m in re.finditer(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])", folded[start:pos]):
            pass
        if m is not None:
            break
    if m is None:
        return None
    return _name_at(doc, start + m.start(), start + m.end(), pos)


def _name_at(doc: Document, begin: int, end: int, limit: int) -> Strategy:
    """The strategy word at ``begin``-``end`` and the qualifiers after it ("plan numérique
    régional"), up to a link word or ``limit``: the strategy, without a period."""
    text, folded = doc.text, _norm(doc.text)
    stop = {_norm(w) for w in _lex().get("name_stop_words", [])}
    while end - begin <= 60:
        word = re.compile(r"[ \u00a0]([a-z'-]+)").match(folded, end, limit)
        if word is None or word.group(1) in stop:
            break
        end = word.end()
    return Strategy(" ".join(text[begin:end].split()), None, None, begin, end)


def _named_in_paragraph(doc: Document, pos: int) -> Strategy | None:
    """A strategy word in the paragraph of ``pos``: the last one before it (``_named_before``),
    else the first one after it ("... l'ambition était triple : A, B et C. D'où cette stratégie")."""
    named = _named_before(doc, pos)
    if named is not None:
        return named
    folded = _norm(doc.text)
    end = folded.find("\n\n", pos)
    end = len(folded) if end < 0 else end
    m = re.compile(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])").search(folded, pos, end)
    if m is None:
        return None
    # "... une double ambition : A et B. Le festival se fonde sur une stratégie de certification":
    # a strategy brought in after the aim by an indefinite article is another one, not the aim's
    articles = "|".join(re.escape(_norm(w)) for w in _lex().get("new_strategy_articles", []))
    if articles and re.search(rf"(?<![a-z])(?:{articles})[ \t\u00a0]+$", folded[max(0, m.start() - 8):m.start()]):
        return None
    return _name_at(doc, m.start(), m.end(), end)


def _titled(doc: Document) -> Strategy | None:
    """The document's title (its metadata, else its first heading)
    when a strategy word is in it ("Schéma directeur des énergies") or a count of a strategy's parts
    ("Les 5 orientations de X", also "Les grands axes de X"): the strategy its axes belong to."""
    # a strategy word, or a count of a strategy's parts ("Les 5 orientations de X")
    numbers = number_alternation()
    # also "Les grands axes de X", "Les grandes orientations de X": the main parts of X, for a count
    pattern = re.compile(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])"
                         rf"|(?<![\w])(?:\d{{1,2}}|{numbers}|grands|grandes)\s+(?:{_axis_words('structure_words')})(?![a-z])")
    first = next((b for b in doc.blocks if b.kind == "heading"), None)
    candidates = [(doc.title, 0, 0)] if doc.title else []
    if first is not None:
        candidates.append((doc.text[first.start:first.end], first.start, first.end))
    word = re.compile(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])")
    for title, start, end in candidates:
        title = " ".join((title or "").split())
        if title and len(title.split()) <= 20 and pattern.search(_norm(title)):
            period = re.search(r"((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})", title)
            first_year, last_year = (int(period.group(1)), int(period.group(2))) if period else (None, None)
            return Strategy(_title_name(title, word), first_year, last_year, start, end)
    return None


def _parts_heading(doc: Document, pos: int) -> Strategy | None:
    """The heading right over the paragraph of the axes at ``pos`` when it names the parts of
    something ("Les grands axes du projet Valbois demain", "Les 4 orientations de X"), with no
    other heading or paragraph between: the strategy, named by that heading."""
    numbers = number_alternation()
    pattern = re.compile(rf"(?<![\w])(?:\d{{1,2}}|{numbers}|grands|grandes)\s+(?:{_axis_words('structure_words')})(?![a-z])")
    before = [b for b in doc.blocks if b.end <= pos]
    # the heading, then the axes' own paragraph (the axes may be in it, or in a list right under it)
    for k in (-1, -2):
        if len(before) >= -k and before[k].kind == "heading":
            heading = before[k]
            title = " ".join(doc.text[heading.start:heading.end].split()).lstrip("# ")
            if pattern.search(_norm(title)) and len(title.split()) <= 20 and (k == -1 or before[-1].kind != "heading"):
                return Strategy(title, None, None, heading.start, heading.end)
            return None
    return None


def _title_name(title: str, word: re.Pattern) -> str:
    """The strategy a title names: of its parts ("Plan vélo de Valbois – Dossier de presse",
    "Valbois adopte son plan vélo : une première"), the one holding a strategy word, from that
    word on ("plan vélo"); the whole title when no strategy word is in it ("Les 5 orientations")."""
    for part in re.split(r"\s+[–—|-]\s+|\s*:\s+", title):
        m = word.search(_norm(part))
        if m:
            return part[m.start():].strip().rstrip(" .…")
    return title


def _horizon(doc: Document, strategy: Strategy) -> int | None:
    """The horizon of a strategy named without a period, in a sentence of the text that names it
    ("La stratégie Valbois Demain fixe le cap à l'horizon 2040"): a year after a ``horizon_words``
    phrase. A sentence ends at a colon or a line's end too: the dated targets listed after "vise
    trois cibles :" are not the strategy's horizon."""
    folded = _norm(doc.text)
    name = _norm(" ".join(strategy.name.split()))
    words = "|".join(re.escape(_norm(w)) for w in sorted(_lex().get("horizon_words", []), key=len, reverse=True))
    if not name or not words:
        return None
    horizon = re.compile(rf"(?<![a-z])(?:{words})\s+((?:19|20)\d{{2}})(?!\d)")
    boundary = re.compile(r"[.!?:](?:\s|$)|\n")
    for mention in re.finditer(re.escape(name), folded):
        begin = max((m.end() for m in boundary.finditer(folded, max(0, mention.start() - 400), mention.start())),
                    default=max(0, mention.start() - 400))
        end = boundary.search(folded, mention.end())
        m = horizon.search(folded, begin, end.start() if end else len(folded))
        if m:
            return int(m.group(1))
    return None


def _titled_if_bare(doc: Document, named: Strategy) -> Strategy:
    """The strategy the title names, when the text names it only by a bare strategy word ("le
    plan") and the title opens with one ("Plan vélo de Valbois"); else ``named``."""
    titled = _titled(doc)
    if (titled is not None and not named.name.isupper()
            and re.fullmatch(_strategy_words(), _norm(named.name).strip()) is not None
            and re.match(_strategy_words(), _norm(doc.title or doc.text[titled.start:titled.end]).strip())):
        return titled
    return named


def _bare_programme(name: str) -> bool:
    """Whether the only strategy word of ``name`` is "programme" (an event's programme, as often
    as a plan's)."""
    words = {m.group(0) for m in re.finditer(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])", _norm(name))}
    return words <= {"programme"}
