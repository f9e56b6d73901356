"""A strategy's axes read from lists and labels that no number or count announces, in a
document that names the strategy: lists headed by the strategy's name, a slide of actions each
opening with an infinitive, short labels ending with a colon over the lists of their actions,
the themes in capitals that short paragraphs end on, and the items of an aim said to be double,
triple... ("l'ambition est triple : ..."). Cue words: the `strategy` section of
``lexicons/claims.yaml``."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicons import load
from .lines import LIST_MARKER, iter_lines
from .strategy_name import _bare_programme
from .strategy_text import (count_value, Axis, Strategy, _axis_key, _axis_words, _lex, _norm, _opens_with_infinitive,
                            _strategy_words, number_alternation)


def _strategy_headed_lists(doc: Document, named: bool = False) -> list[tuple[Strategy, list[Axis]]]:
    """A heading that names a strategy ("Plan d'action régional 2025", "Nos 4 piliers")
    followed by a list: the list items are its axes. In a document that names a strategy
    (``named``), also a heading that counts its parts ("Les 8 missions de X") over as many items."""
    strategy = re.compile(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])")
    structure = re.compile(rf"(?<![a-z])(?:{_axis_words('structure_words')})(?![a-z])")
    found = []
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        heading = _norm(doc.text[block.start:block.end]) if block.kind == "heading" else ""
        # a strategy word with its year or period ("Plan d'action 2022"), or the words of a
        # strategy's structure ("Nos quatre piliers"); a bare "Programme" is an event's
        count = re.search(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+[a-z]", heading) if named else None
        if not (structure.search(heading) or (strategy.search(heading) and re.search(r"(?:19|20)\d{2}", heading))
                or count):
            continue
        counted = count and not structure.search(heading) and not strategy.search(heading)
        items = []
        for nxt in blocks[i + 1:]:
            if counted and nxt.kind != "list_item":
                # "Les 8 missions" over sub-sections: its top-level items up to the next heading
                # of its level
                if nxt.kind == "heading" and nxt.level <= block.level:
                    break
                continue
            if nxt.kind != "list_item" or nxt.page != block.page:
                break
            if counted and nxt.level > 0:
                continue
            raw = doc.text[nxt.start:nxt.end]
            lead = LIST_MARKER.match(raw).end()
            body = raw[lead:].strip().rstrip(" ;,.")
            if body:
                start = nxt.start + raw.index(body, lead)
                items.append(Axis(" ".join(body.split()), start, start + len(body), True))
        if any(re.match(r"\d{1,2}\s*h", a.text, re.I) for a in items):
            continue                      # a timetable, not axes
        if counted:
            # "Les 8 missions de X": a count of other parts, kept when the lists have as many items
            wanted = count_value(count.group(1))
            if len(items) != wanted:
                continue
        if len(items) >= 3:
            heading = " ".join(doc.text[block.start:block.end].split())
            period = re.search(r"((?:19|20)\d{2})(?:\s*[-–/]\s*((?:19|20)\d{2}))?", heading)
            first = int(period.group(1)) if period else None
            last = int(period.group(2)) if period and period.group(2) else first
            found.append((Strategy(heading, first, last, block.start, block.end), items))
    return found


def _strategy_headed_lines(doc: Document) -> tuple[Strategy, list[Axis]] | None:
    """A heading that is only a strategy's name ("Feuille de route", "Notre plan d'action") over
    lines that each open with a verb in the infinitive ("Planter des haies", "S'entourer des
    associations"), down to the end of its page or the next heading of its level: a slide or a page
    stating the strategy's actions, one a line. A line in lower case of at least
    ``wrapped_line_min_words`` words right after an item continues it; shorter ones (words a
    slide's layout set apart) and page numbers are passed over; any other line ends the list. At least
    ``steps_min`` lines; a bare "Programme" names an event's as often."""
    names = re.compile(rf"(?:(?:notre|nos|votre|la|le|les|une|un|l')\s*)?(?:{_strategy_words()})")
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if block.kind != "heading":
            continue
        heading = " ".join(doc.text[block.start:block.end].split())
        if not names.fullmatch(_norm(heading).rstrip(" :")) or _bare_programme(heading):
            continue
        end = len(doc.text)
        for nxt in blocks[i + 1:]:
            if nxt.page != block.page or nxt.kind == "heading" and nxt.level <= block.level:
                end = nxt.start
                break
        items: list[Axis] = []
        wrapped = int(_lex().get("wrapped_line_min_words", 3))
        previous = None                 # the item the last non-empty line opened
        for line in iter_lines(doc.text, block.end, end):
            body = line.text.strip()
            if not body:
                continue
            if body[0].islower() and previous is not None and len(body.split()) >= wrapped:
                # the item's line wrapped: "Ouvrir un guichet unique" then "pour les associations du quartier"
                start = previous.start
                stop = line.start + line.text.index(body) + len(body.rstrip(" ;,."))
                items[-1] = Axis(" ".join(doc.text[start:stop].split()), start, stop, True)
                previous = None
                continue
            previous = None
            if body.isdigit() or body[0].islower():
                continue
            if not _opens_with_infinitive(body):
                break
            start = line.start + line.text.index(body)
            title = body.rstrip(" ;,.")
            items.append(Axis(" ".join(title.split()), start, start + len(title), True))
            previous = items[-1]
        if len(items) >= int(_lex().get("steps_min", 3)):
            return Strategy(heading, None, None, block.start, block.end), items
    return None


def _labelled_lists(doc: Document) -> list[Axis]:
    """Lists of actions under short labels that end with a colon, one after the other ("Rénover les
    écoles :" over its bullets, then "Moins de lumière :" over its own): the labels, at least
    ``grouped_sections_min`` of them in a row, each over at least ``labelled_list_min_items`` items.
    A label is one line without a digit or a sentence in it, and no word of a programme (a day, a
    part of a day, a kind of session). Read from the document's blocks (a paragraph or heading,
    then list items)."""
    units = [("item" if b.kind == "list_item" else "line", b.start, b.end) for b in doc.blocks
             if b.kind in ("list_item", "paragraph", "heading")]
    max_words = int(_lex().get("grouped_label_max_words", 12))
    min_items = int(_lex().get("labelled_list_min_items", 2))
    programme = _programme_words()
    runs: list[list[Axis]] = [[]]
    i = 0
    while i < len(units):
        kind, start, end = units[i]
        raw = doc.text[start:end]
        label = " ".join(raw.split())
        items = 0
        while i + 1 + items < len(units) and units[i + 1 + items][0] == "item":
            items += 1
        is_label = (kind == "line" and label.endswith(":") and label[0].isupper() and "\n" not in raw.strip()
                    and not re.search(r"\d|[.!?;]\s", label) and len(label.split()) <= max_words
                    and not programme.search(_norm(label)))
        if is_label and items >= min_items:
            title = label.rstrip(" :")
            begin = start + len(raw) - len(raw.lstrip())
            runs[-1].append(Axis(title, begin, begin + len(raw.strip().rstrip(" :")), True))
            i += 1 + items
            continue
        if runs[-1]:
            runs.append([])
        i += 1
    best = max(runs, key=len)
    return best if len(best) >= int(_lex().get("grouped_sections_min", 3)) else []


# The small words a theme in capitals keeps in lower case ("MOBILITÉS et CLIMAT"), and the elided
# ones it writes in capitals ("D'ÉNERGIE").
_THEME_JOINS = {"et", "de", "des", "du", "d'", "la", "le", "les", "l'", "en", "à", "aux", "D'", "L'"}


def _capital_word(word: str) -> bool:
    """A word in capitals ("MOBILITÉS", "CO2"): an initial capital and most of its letters in capitals."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and word[0].isupper() and sum(c.isupper() for c in letters) / len(letters) >= 0.6


def _capital_themes(doc: Document) -> list[Axis]:
    """Short paragraphs that each end on a theme written in capitals ("Trois actions ont pour
    thème MOBILITÉS DOUCES ET COVOITURAGE"), one after the other: the way an opinion or a letter
    goes through a plan theme by theme. The themes, at least ``grouped_sections_min`` of them:
    two words of three letters or more in capitals at least (one word in capitals is a name, an
    acronym or a stressed word), joined by small words in lower case ("et", "de"), in paragraphs
    of at most ``capital_theme_paragraph_max_words`` words, after at least three words in lower case
    (the sentence leading to it). A theme repeated, or holding a word of a programme, is no such
    review."""
    text = doc.text
    max_words = int(_lex().get("capital_theme_paragraph_max_words", 25))
    programme = _programme_words()
    themes: list[Axis] = []
    for m in re.finditer(r"(?:^|\n[ \t]*\n)(.+?)(?=\n[ \t]*\n|\Z)", text, re.S):
        start, end = m.start(1), m.end(1)
        body = text[start:end].rstrip(" \t\n,.;:")
        if len(body.split()) > max_words:
            continue
        # the words of the paragraph's end, back to the first that is neither in capitals nor a small word
        tokens = list(re.finditer(r"[^\s'’]+['’]?|['’]", body))
        k = len(tokens)
        while k > 0 and (_capital_word(tokens[k - 1].group()) or _norm(tokens[k - 1].group()) in _THEME_JOINS
                         and not tokens[k - 1].group()[0].isupper() or tokens[k - 1].group().replace("’", "'") in _THEME_JOINS):
            k -= 1
        while k < len(tokens) and not _capital_word(tokens[k].group()):
            k += 1                       # a theme opens on a word in capitals
        run = [t.group() for t in tokens[k:]]
        lead = [t.group() for t in tokens[:k] if re.fullmatch(r"[a-zà-ÿœæ'’-]+", t.group())]
        if len(lead) < 3 or sum(1 for w in run if _capital_word(w) and len(w.strip("'’")) >= 3) < 2:
            continue                     # a sentence in lower case leads to the theme
        begin = start + tokens[k].start()
        stop = start + len(body)
        theme = " ".join(text[begin:stop].split())
        if programme.search(_norm(theme)) or any(_axis_key(theme) == _axis_key(t.text) for t in themes):
            return []                    # a programme's sessions, or a heading repeated: no themes
        themes.append(Axis(theme, begin, stop, True))
    return themes if len(themes) >= int(_lex().get("grouped_sections_min", 3)) else []


def _programme_words() -> re.Pattern:
    """The words of a programme (days, parts of a day, breaks, kinds of session): a label holding
    one groups an event's sessions, not a strategy's actions."""
    programme = load("programme")
    words = [*programme.get("day_parts", []), *programme.get("break_words", []), *programme.get("event_nouns", []),
             *(w for ws in programme.get("session_types", {}).values() for w in ws)]
    return re.compile(r"(?<![a-z])(?:%s)(?:s|x)?(?![a-z])" % "|".join(
        sorted({re.escape(_norm(w)) for w in words}, key=len, reverse=True)))


def _listed_after(text: str, colon_end: int) -> list[Axis] | None:
    """The list items that follow a colon ending its line ("l'objectif est double :" then "- A,"
    and "- B."), blank lines between them allowed, each stripped of its end punctuation; None when
    the colon's line goes on or no list item follows."""
    if not re.match(r"[ \t\u00a0]*\n", text[colon_end:]):
        return None
    items = []
    for line in iter_lines(text, colon_end + text[colon_end:].index("\n") + 1):
        if not line.text.strip():
            continue
        marker = LIST_MARKER.match(line.text)
        if not (marker and marker.group(0).strip()):
            break
        item = line.text[marker.end():].strip().rstrip(" ;,.").strip()
        if not item:
            break
        at = line.start + marker.end() + (len(line.text[marker.end():]) - len(line.text[marker.end():].lstrip()))
        items.append(Axis(" ".join(item.split()), at, at + len(item), True))
    return items or None


def _multiplied_aim(doc: Document) -> list[Axis]:
    """An aim said to be double, triple... over an enumeration of as many items to the end of its
    sentence: "l'ambition est triple : – A – B – C" (a list run onto one line, its items after
    dashes, an item may end on a period) or "un double objectif : A et B" (commas, semicolons and a
    last "et"). The first such aim whose items are as many as it says; else none."""
    text, folded = doc.text, _norm(doc.text)
    counts = {_norm(k): int(v) for k, v in (_lex().get("multiplied_counts") or {}).items()}
    aims = "|".join(re.escape(_norm(w)) for w in _lex().get("multiplied_aims", []))
    if not counts or not aims:
        return []
    times = "|".join(counts)
    pattern = re.compile(rf"(?<![a-z])(?:({times})[ \t\u00a0]+(?:{aims})|(?:{aims})[ \t\u00a0]+(?:est|etait|sera|reste)"
                         rf"[ \t\u00a0]+({times}))[ \t\u00a0]*:[ \t\u00a0]*")
    dash = re.compile(r"(?:^|(?<=\s))[–—-][ \t\u00a0]+")
    max_words = int(_lex().get("enumerated_item_max_words", 8))
    for m in pattern.finditer(folded):
        count = counts[m.group(1) or m.group(2)]
        listed = _listed_after(text, m.end())
        if listed is not None:
            # the colon ends its line, a list follows: its items, as many as the aim says
            if len(listed) == count and all(len(a.text.split()) <= 2 * max_words for a in listed):
                return listed
            continue
        dashed = dash.match(text, m.end()) is not None
        # a period ends the enumeration, unless another dashed item follows it
        stop = re.compile(r"\.(?![ \t\u00a0]*[–—-][ \t\u00a0])(?:\s|$)|[!?]|\n" if dashed else r"\.(?:\s|$)|[!?]|\n")
        end_match = stop.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        if dashed:
            marks = list(dash.finditer(text, m.end(), end))
            pieces = [(text[d.end():(marks[k + 1].start() if k + 1 < len(marks) else end)], d.end())
                      for k, d in enumerate(marks)]
        else:
            body = text[m.end():end]
            separator = ";" if ";" in body else ","
            pieces, at = [], m.end()
            for part in body.split(separator):
                pieces.append((part, at))
                at += len(part) + 1
            last = re.search(r"\s+et\s+", pieces[-1][0]) if pieces and separator == "," else None
            if last:
                part, at = pieces.pop()
                pieces += [(part[:last.start()], at), (part[last.end():], at + last.end())]
        items = []
        for piece, at in pieces:
            lead = len(piece) - len(piece.lstrip())
            item = piece.strip().rstrip(" ;,.–—-").strip()
            if item:
                items.append(Axis(" ".join(item.split()), at + lead, at + lead + len(item), dashed))
        if len(items) == count and (dashed or all(len(a.text.split()) <= max_words for a in items)):
            return items
    return []
