"""Numbered sections of a strategy: "Axe 1 – ...", "Orientation stratégique n°2 :", "AXE II", also
under a report's outline number ("3.2 Axe 2 – ..."), or run on after the colon announcing them,
"Premier axe :", a label alone over its title, or run into a title in capitals ("AXE 2 RELIER"), a table
of contents listing them again (also run on one line), an unnumbered "Axe transversal" beside the
numbered ones and the headings a count announces. The parts a table of contents numbers are read in
strategy_contents_parts.py."""

from __future__ import annotations

import bisect
import re

from ..document import Document
from ..lexicons import load
from .lines import Line, iter_lines
from .strategy_capital_sections import capital_titled, glyph_bullet
from .strategy_contents_lines import report_part_entry as _report_part_entry, split_at_leaders
from .strategy_text import (count_value, Axis, _before_inline_bullets, _axis_key, _axis_words, _lex, _norm,
                            _opens_with_infinitive, number_alternation)


# A table of contents' dot leaders and page number after a title ("Axe 1 : Relier ........ 12", ". . . 12").
_TOC_LEADER = re.compile(r"\s*(?:\.{3,}|…+|_{3,}|(?:\.[ \t]){4,})[\s.…_]*\d{0,3}\s*$|[ \t]{2,}\d{1,3}\s*$")

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
          "xi": 11, "xii": 12}


def _section_opening(loose: bool = False) -> re.Pattern:
    """The opening of a numbered section of a strategy: a structure word ("Axe", "Pilier",
    "Orientation"), or a label that numbers the parts of anything ("Objectif", "Enjeu") followed by
    a qualifier ("Objectif stratégique", "Enjeu prioritaire"); its number in digits, Roman
    numerals ("Axe II") or a capital letter ("Axe B"), "n°" allowed; then a separator, or the end of
    the line (the title is on the next line)."""
    labels = "|".join(sorted({re.escape(_norm(w).rstrip("s")) for w in _lex()["structure_words"]}, key=len, reverse=True))
    qualified = "|".join(sorted({re.escape(_norm(w).rstrip("s")) for w in _lex().get("qualified_section_labels", [])},
                                key=len, reverse=True))
    qualifiers = "|".join(sorted({re.escape(_norm(w)) for w in _lex().get("section_qualifiers", [])}, key=len, reverse=True))
    # a charter's or a pact's parts, "Engagement 2 :" (strategy.yaml ``numbered_part_labels``): read only numbered
    labels += "".join(f"|{re.escape(_norm(w).rstrip('s'))}" for w in _lex().get("numbered_part_labels") or [])
    if loose:   # the labels that number the parts of anything, with or without a qualifier
        label = rf"(?:(?:{labels}|{qualified})s?(?:\s+(?:{qualifiers}))?)"
    else:
        label = rf"(?:(?:{labels})s?(?:\s+(?:{qualifiers}))?" + (rf"|(?:{qualified})s?\s+(?:{qualifiers})" if qualified else "") + ")"
    return re.compile(rf"{label}\s*(?:n°\s*)?(\d{{1,2}}|[ivx]{{1,4}}(?![a-z])|[a-h](?![\w'’]))\s*(?:[:.–—-]\s*|$)",
                      re.IGNORECASE)


def _section_number(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    if token in _ROMAN:
        return _ROMAN[token]
    if len(token) == 1 and "a" <= token <= "h":
        return ord(token) - ord("a") + 1         # "Axe B", lettered: the second
    ordinal = re.fullmatch(r"(\d{1,2})(?:er|ere|re|e|eme|nd|nde)", token)
    if ordinal:
        return int(ordinal.group(1))
    return {_norm(k): int(v) for k, v in load("programme")["ordinals"].items()}.get(token)


def _ordinal_opening() -> re.Pattern:
    """"Premier axe :", "2e pilier –", "Troisième orientation stratégique :" (ordinal words of
    programme.yaml ``ordinals``): a numbered section written with an ordinal."""
    words = "|".join(sorted({re.escape(_norm(k)) for k in load("programme")["ordinals"]}, key=len, reverse=True))
    labels = "|".join(sorted({re.escape(_norm(w).rstrip("s")) for w in _lex()["structure_words"]}, key=len, reverse=True))
    qualifiers = "|".join(sorted({re.escape(_norm(w)) for w in _lex().get("section_qualifiers", [])}, key=len, reverse=True))
    return re.compile(rf"(?:(?:le|la|l')\s*)?({words}|\d{{1,2}}(?:er|ere|re|e|eme|nd|nde))\s+((?:{labels})"
                      rf"(?:\s+(?:{qualifiers}))?)\s*(?:[:–—-]\s*|$)", re.IGNORECASE)


def _unnumbered_opening() -> re.Pattern:
    """"Axe transversal :", "Pilier transverse –": a structure word qualified by one of
    ``unnumbered_section_qualifiers`` and no number, then a separator: an axis that runs across the
    numbered ones."""
    labels = "|".join(sorted({re.escape(_norm(w).rstrip("s")) for w in _lex()["structure_words"]}, key=len, reverse=True))
    qualifiers = "|".join(sorted({re.escape(_norm(w)) for w in _lex().get("unnumbered_section_qualifiers", [])},
                                 key=len, reverse=True)) or "(?!)"
    return re.compile(rf"((?:{labels})s?)\s+(?:{qualifiers})\s*[:–—-]\s*", re.IGNORECASE)


# A page number closing an entry of a table of contents run on one line: "... des quartiers 11 Axe 2".
_TOC_PAGE = re.compile(r"\s\d{1,3}(?=\s+[A-ZÀ-ÝŒÆ]|\s*$)")
# The outline number a report gives its sub-sections ("3.2 ", "4.1. "), before a structure label
# ("3.2 Axe 2 – Former"): the document's numbering, not the strategy's.
_OUTLINE = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+")


def _toc_entries(line: Line, opening: re.Pattern, unnumbered: re.Pattern) -> list[Line]:
    """A table of contents whose line breaks were lost ("Sommaire ... 3 Axe 1 : Habiter 9 Axe 2 :
    Former 19 Annexe 31"): the sections that open after a page number, each up to its own page
    number, as lines of their own; at least two of them, else the line itself."""
    folded = _norm(line.text)
    outlined = [m for m in re.finditer(rf"(?:(?<=\s)|^){_OUTLINE.pattern}", folded)
                if opening.match(folded, m.end()) or unnumbered.match(folded, m.end())]
    if len(outlined) >= 2:
        # entries numbered by the outline ("4.1 Axe 1 – Relier 4.2 Axe 2 – Former ... 9"): each
        # runs to the next one's outline number, or to its page number
        starts, ends = [m.end() for m in outlined], [m.start() for m in outlined[1:]] + [len(line.text)]
    else:
        starts = [m.end() for m in re.finditer(r"(?<=\s)\d{1,3}\s+", folded)
                  if opening.match(folded, m.end()) or unnumbered.match(folded, m.end())]
        ends = [len(line.text)] * len(starts)
    if len(starts) < 2:
        return [line]
    entries = []
    for begin, limit in zip(starts, ends):
        page = _TOC_PAGE.search(line.text, begin, limit)
        stop = (page.start() if page else limit)
        while stop > begin and line.text[stop - 1].isspace():
            stop -= 1
        entries.append(Line(line.text[begin:stop], line.start + begin, line.start + begin))
    return entries


def _after_announcing_colon(line: Line, opening: re.Pattern) -> list[Line]:
    """A line that announces the axes and runs on into the first one, its line break lost ("Une
    stratégie en 3 axes : Axe 1 : Relier"): the announcement and the section, as lines of their own."""
    folded = _norm(line.text)
    m = re.search(rf"(?<![a-z])(?:{_axis_words()})\s*:\s*", folded)
    if m is None or m.end() >= len(folded) or not opening.match(folded, m.end()):
        return [line]
    return [Line(line.text[:m.start()], line.start, line.start),
            Line(line.text[m.end():], line.start + m.end(), line.start + m.end())]


def _numbered_sections(doc: Document, loose: bool = False) -> list[list[Axis]]:
    """Lines that each open with the same structure word and its number, 1, 2, 3... in order ("Axe 1 –
    Un territoire inclusif", then its paragraphs, then "Axe 2 : ..."; "Orientation stratégique n°2 :";
    "AXE II -"; "Axe 3" alone on its line over its title): the sections of a strategy, wherever they
    stand. A label whose numbers restart or skip (sub-objectives numbered within each axis) is not
    a sequence; of several sequences, the one that starts first is kept. ``loose`` (for a document
    that names a strategy and shows no other axes): "Objectif 1", "Priorité 2" too, when they run
    1, 2, 3... once, at least ``loose_sections_min`` of them."""
    # only the words of a strategy's structure ("Axe", "Pilier", "Orientation"), or a qualified
    # label ("Objectif stratégique"): "Objectif 1", "Enjeu 2" number the parts of anything, often
    # within each axis
    opening, ordinal, unnumbered = _section_opening(loose), _ordinal_opening(), _unnumbered_opening()
    max_words = int(_lex().get("section_title_max_words", 20))
    by_label: dict[str, list[tuple[int, Axis]]] = {}
    lines = [entry for l in iter_lines(doc.text) if l.text.strip() for glued in _after_announcing_colon(l, opening)
             for dotted in split_at_leaders(glued) for entry in _toc_entries(dotted, opening, unnumbered)]
    for i, line in enumerate(lines):
        body = line.text[line.body_start - line.start:]
        folded_body = _norm(body)
        outline = _OUTLINE.match(folded_body)
        at = outline.end() if outline else glyph_bullet(body)
        m = opening.match(folded_body, at) or ordinal.match(folded_body, at) or capital_titled(opening, body, folded_body, at)
        if not m and (m := unnumbered.match(folded_body, at)):
            # "Axe transversal : Évaluer chaque année": an axis beside the numbered ones, without a number
            title = body[m.end():].strip().rstrip(" ;,.")
            if title and len(title.split()) <= max_words:
                start = line.body_start + body.index(title, m.end())
                label = re.sub(r"s\b", "", " ".join(re.findall(r"[a-z]+", m.group(1))))
                by_label.setdefault(label, []).append((0, Axis(" ".join(title.split()), start, start + len(title), True)))
            continue
        if not m:
            continue
        number = _section_number(m.group(1))
        if number is None:
            continue
        body = _TOC_LEADER.sub("", body)
        title = _before_inline_bullets(body[m.end():]).strip().rstrip(" ;,.")
        title_line, offset = line, line.body_start
        if not title and i + 1 < len(lines) and not opening.match(_norm(lines[i + 1].body)):
            # "AXE 1" alone on its line, its title on the next
            title_line = lines[i + 1]
            title = title_line.text.strip().rstrip(" ;,.")
            offset = title_line.start
            body = title_line.text
            if len(title.split()) > max_words or title.endswith(":"):
                continue
            start = offset + body.index(title)
        elif not title or len(title.split()) > max_words and not title.isupper():   # capitals: a heading
            continue
        else:
            start = offset + body.index(title, m.end())
        label_text = m.group(2) if m.re is ordinal else folded_body[at:m.start(1)]
        label = " ".join(re.findall(r"[a-z]+", _norm(label_text).replace("n°", ""))).rstrip("s")
        label = re.sub(r"s\b", "", label)
        by_label.setdefault(label, []).append((number, Axis(" ".join(title.split()), start, start + len(title), True)))
    sequences = []
    for found in by_label.values():
        # a table of contents and the body both list the sections: runs 1..n that repeat the
        # titles of the longest run are one sequence (sub-sections numbered again in each
        # section have titles of their own)
        runs: list[list[tuple[int, Axis]]] = []
        for n, axis in (entry for entry in found if entry[0]):
            if n == 1 or not runs:
                runs.append([])
            runs[-1].append((n, axis))
        if not runs or loose and (len(runs) != 1 or len(runs[0]) < int(_lex().get("loose_sections_min", 3))):
            continue
        if not all([n for n, _ in run] == list(range(1, len(run) + 1)) for run in runs):
            continue
        longest = max(runs, key=len)
        keys = {_axis_key(a.text) for _, a in longest}
        if len(longest) >= 2 and all({_axis_key(a.text) for _, a in run} <= keys for run in runs):
            # an unnumbered axis ("Axe transversal") right before the run's first section or right
            # after its last one is one of them, where it stands
            at = [i for i, entry in enumerate(found) if entry in longest]
            beside = [found[i] for i in (at[0] - 1, at[-1] + 1) if 0 <= i < len(found) and found[i][0] == 0]
            sequences.append(sorted([axis for _, axis in longest + beside], key=lambda a: a.start))
    return sorted(sequences, key=lambda items: items[0].start)[:1]


def _same_level_run(blocks, start: int, level: int):
    """The headings after ``blocks[start - 1]`` up to the first of a higher level."""
    for b in blocks[start:]:
        if b.kind != "heading":
            continue
        if b.level < level:
            return
        yield b


def _announced_sections(doc: Document) -> list[list[Axis]]:
    """A count of parts ("s'articule autour de trois axes", "4 orientations stratégiques") followed
    by as many sections: numbered lines 1, 2, 3... ("1. Réduire", "II - Former", lettered "B. Former"),
    else the headings of one level that follow the announcing paragraph (a Markdown or HTML page
    titling each axis): exactly as many as announced, or numbered 1, 2, 3... Fewer is no listing,
    unless the document ends before the next numbered line is due (an excerpt cut after the first
    sections). The count may stand on a line of its own ("5 domaines d'action")."""
    text, folded = doc.text, _norm(doc.text)
    numbers = number_alternation()
    qualifiers = "|".join(sorted({re.escape(_norm(w)) for w in _lex().get("section_qualifiers", [])}, key=len, reverse=True))
    constituting = "|".join(re.escape(_norm(w)) for w in _lex().get("constituting_verbs") or []) or "(?!)"
    count_of = (rf"(?<![\w])(\d{{1,2}}|{numbers})\s+(?:(?:grands?|grandes|principaux|principales|"
                rf"nouveaux|nouvelles)\s+)?")
    # "autour de trois axes", or any axis word ("priorités", "objectifs") when the count ends
    # the paragraph with a colon: "... repose sur cinq priorités :"
    announce = re.compile(rf"{count_of}(?:{_axis_words('structure_words')})(?![a-z])(?:\s+(?:{qualifiers}))?"
                          rf"|{count_of}(?:{_axis_words()})(?![a-z])(?:\s+(?:{qualifiers}))?(?=[ \t\u00a0]*:[ \t]*(?:\n|$))"
                          # or a line of its own, a heading of the count: "Nos 5 domaines d'action"
                          rf"|(?:^|(?<=\n))[ \t#*_]*(?:(?:les|nos)\s+)?{count_of}(?:{_axis_words()})(?![a-z])"
                          rf"(?:[ \t]+[a-z'-]+){{0,2}}(?=[ \t\u00a0*_]*:?[ \t]*(?:\n|$))"
                          # or a sentence opening on the count, its verb saying the parts make up the
                          # strategy: "Trois grandes orientations constituent le socle du plan."
                          rf"|(?:^|(?<=\n)|(?<=[.!?][ \t]))(?={count_of}(?:{_axis_words()})(?![a-z])"
                          rf"(?:\s+[a-z'-]+){{0,2}}?\s+(?:{constituting})(?![a-z])){count_of}")
    restated = re.compile(rf"{count_of}(?:{_axis_words()})(?:\s+(?:{qualifiers}))?")
    numbered = re.compile(r"[ \t#*_]*(\d{1,2}|[IVX]{1,4}|[A-H](?=[.)]|\s[–—-]))\s*(?:[.)/]|\s[–—-])\s+(\S.*)$")  # "B. ", "C – "
    max_words = int(_lex().get("section_title_max_words", 20))
    # a heading is a title by its markup: a longer one than a line's is still one axis's title
    heading_max_words = int(_lex().get("announced_heading_max_words", 30))
    reach = int(_lex().get("announced_sections_reach_chars", 3000))
    section = _section_opening()
    listings = []
    for m in announce.finditer(folded):
        word = m.group(1) or m.group(2) or m.group(3) or m.group(5)
        count = count_value(word)
        if not 2 <= count <= 12:
            continue
        line_end = text.find("\n", m.end())
        if line_end < 0:
            continue
        # numbered lines 1..count, each starting within ``reach`` of the previous one; a line
        # may open with the label and its number instead ("• Axe 2 – Relier")
        items, cursor, expected, cut = [], line_end, 1, True
        for line in iter_lines(text, line_end + 1):
            if line.start - cursor > reach or expected > count:
                cut = False
                break
            n = numbered.match(line.text)
            if n:
                number, title, start = _section_number(n.group(1)), n.group(2), line.start + n.start(2)
            elif (labelled := section.match(_norm(line.body))) and line.body[labelled.end():].strip():
                number, title = _section_number(labelled.group(1)), line.body[labelled.end():]
                start = line.body_start + labelled.end()
            else:
                number, title, start = None, "", line.start
            if m.group(3) and not items and line.text.strip() and number != 1:
                break               # a count on a line of its own stands right over its first part
            if number is None or number != expected:
                continue
            title = title.strip().rstrip(" ;,.")
            start += len(line.text[start - line.start:]) - len(line.text[start - line.start:].lstrip())
            label = section.match(_norm(title))          # "1. Axe 1 : Relier": the title after its label
            if label and title[label.end():].strip():
                start += label.end()
                title = title[label.end():].strip()
            if not title or len(title.split()) > max_words or _report_part_entry(title):
                cut = False
                break
            items.append(Axis(" ".join(title.split()), start, start + len(title), True))
            cursor, expected = line.start, expected + 1
        if len(items) == count:
            listings.append(items)
            continue
        # else the headings that follow; else the first numbered lines when the document stops
        # before the next one is due (an excerpt cut after "Axe 1" of the five it announces)
        # (a count on a line of its own, "3 priorités", announces numbered lines only: over plain
        # headings it is read as restating a count announced before, or not at all)
        headed = [] if m.group(3) else _announced_headings(doc, m.end(), count, restated, numbered, section,
                                                          heading_max_words)
        if headed:
            listings.append(headed)
        elif items and cut and len(text) - cursor <= reach:
            listings.append(items)
    return listings


def _announced_headings(doc: Document, after_end: int, count: int, restated: re.Pattern, numbered: re.Pattern,
                        section: re.Pattern, heading_max_words: int) -> list[Axis]:
    """The headings a count announces (``after_end``: the end of the count): see _announced_sections."""
    text = doc.text
    block_starts = [b.start for b in doc.blocks]
    # headings: right after the announcing paragraph (at most one block between), the
    # headings of the first one's level up to a higher heading: exactly ``count`` of them,
    # or more when they are numbered 1, 2, 3... (the first ``count``)
    k0 = bisect.bisect_right(block_starts, after_end)
    first = next((k for k in range(k0, min(k0 + 2, len(doc.blocks))) if doc.blocks[k].kind == "heading"), None)
    if first is None:
        return []
    if restated.fullmatch(_norm(text[doc.blocks[first].start:doc.blocks[first].end]).strip()):
        # a heading that only repeats the count ("5 priorités") stands over the axes' headings
        first = next((k for k in range(first + 1, min(first + 2, len(doc.blocks)))
                      if doc.blocks[k].kind == "heading"), None)
        if first is None:
            return []
    after = (b for b in doc.blocks[first:] if b.kind == "heading")
    after = [next(after)]
    after += [b for b in _same_level_run(doc.blocks, first + 1, after[0].level)]
    heads = [b for b in after if b.level == after[0].level]
    numbered_heads = [_section_number(n.group(1)) if (n := numbered.match(text[b.start:b.end])) else None
                      for b in heads[:count]]
    if len(heads) != count and not (len(heads) > count and numbered_heads == list(range(1, count + 1))):
        return []
    items = []
    for b in heads[:count]:
        raw = text[b.start:b.end]
        n = numbered.match(raw)
        title = (n.group(2) if n else raw).strip().rstrip(" ;,.")
        label = section.match(_norm(title))
        if label and title[label.end():].strip():
            title = title[label.end():].strip()
        start = b.start + raw.index(title) if title else b.start
        if not title or len(title.split()) > heading_max_words:
            break
        items.append(Axis(" ".join(title.split()), start, start + len(title), True))
    return items if len(items) == count else []


# A heading numbered as one of a run of sections: "12. Title", "Mesure n°3 : Title", "Fiche 4 –".
_NUMBERED_HEADING = re.compile(r"(?:[a-z][a-z-]*\s*)?(?:n°\s*)?(\d{1,3})\s*(?:[.):]|\s[–—-])\s*\S")


def _grouped_sections(doc: Document) -> list[list[Axis]]:
    """Numbered sections grouped under the strategy's axes: headings numbered 1, 2, 3... once
    across the document ("1. Ouvrir une recyclerie", ..., "Mesure n°7 : ..."), where the block just
    before a section names its group: a heading of the section's level or higher over the first
    section of each group ("Des rues apaisées", then "Action 4", "Action 5"), or a short label
    repeated before every section of its group (an action list tagging each action with its
    orientation). The groups, in order of first appearance, are the axes: at least
    ``grouped_sections_min`` of them, fewer than the sections. A label holds no digit (a day or a
    time groups a programme's talks, a figure is no axis) and no sentence."""
    blocks = doc.blocks
    max_words = int(_lex().get("grouped_label_max_words", 12))
    numbered = []                       # (block index, number)
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            m = _NUMBERED_HEADING.match(_norm(doc.text[block.start:block.end]).strip())
            if m:
                numbered.append((i, int(m.group(1))))
    if not numbered or [n for _, n in numbered] != list(range(1, len(numbered) + 1)):
        return []
    # a programme groups its numbered talks under a day, a part of it or a kind of session
    # ("Matinée", "Ateliers"): no strategy's axes
    programme = load("programme")
    words = [*programme.get("day_parts", []), *programme.get("break_words", []), *programme.get("event_nouns", []),
             *(w for ws in programme.get("session_types", {}).values() for w in ws)]
    programme_label = re.compile(r"(?:%s)(?:s|x)?(?![a-z])" % "|".join(
        sorted({re.escape(_norm(w)) for w in words}, key=len, reverse=True)))
    numbered_at = {i for i, _ in numbered}
    groups: dict[str, Axis] = {}
    first_grouped = False
    for i, _ in numbered:
        prev = blocks[i - 1] if i > 0 else None
        if prev is None or i - 1 in numbered_at:
            continue
        raw = doc.text[prev.start:prev.end]
        label = " ".join(raw.split())
        if not (prev.kind == "heading" and prev.level <= blocks[i].level
                or prev.kind == "paragraph" and "\n" not in raw.strip()):
            continue
        if not label or re.search(r"\d", label) or len(label.split()) > max_words or re.search(r"[.:;!?]$", label):
            continue
        if programme_label.match(_norm(label)):
            return []
        first_grouped = first_grouped or i == numbered[0][0]
        start = prev.start + len(raw) - len(raw.lstrip())
        groups.setdefault(_axis_key(label), Axis(label, start, start + len(raw.strip()), True))
    axes = list(groups.values())
    if not first_grouped or not int(_lex().get("grouped_sections_min", 3)) <= len(axes) < len(numbered):
        return []
    return [axes]


# A numbered line of a list: "1. Compter", "2) Partager".
_STEP = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]+(\S.*)$")
# Where a step's title ends: its explanation after a colon, a parenthesis, a semicolon or a dash.
_STEP_TITLE_END = re.compile(r"\s*(?::|\(|;|\s[–—]\s)")


def _numbered_steps(doc: Document) -> list[Axis]:
    """The steps of a method, numbered once across the document and each written as a verb in the
    infinitive ("1. Compter les trajets : ...", "2. Choisir un seuil (...)", "3. Partager"): at
    least ``steps_min`` of them, numbered 1, 2, 3... with no other numbered line. Each is titled by
    its words up to its explanation (a colon, a parenthesis, a semicolon or a dash)."""
    steps: list[Axis] = []
    for line in iter_lines(doc.text):
        m = _STEP.match(line.text)
        if not m:
            continue
        if int(m.group(1)) != len(steps) + 1 or not _opens_with_infinitive(m.group(2)):
            return []
        body = m.group(2)
        cut = _STEP_TITLE_END.search(body)
        title = body[:cut.start()] if cut else body
        title = title.strip().rstrip(" ;,.")
        if not title or len(title.split()) > int(_lex().get("section_title_max_words", 20)):
            return []
        start = line.start + m.start(2)
        steps.append(Axis(" ".join(title.split()), start, start + len(title), True))
    if len(steps) < int(_lex().get("steps_min", 3)):
        return []
    # a count of parts announced before them ("cinq orientations") must be theirs
    numbers = number_alternation()
    counts = re.finditer(rf"(?<![\w])(\d{{1,2}}|{numbers})\s+(?:[a-z-]+\s+)?(?:{_axis_words()})(?![a-z])",
                         _norm(doc.text[:steps[0].start]))
    if any((count_value(c.group(1))) != len(steps) for c in counts):
        return []
    return steps
