"""A strategy named by a document ("schéma numérique 2025-2031 de l'Agglomération") and its axes, in
order. Cue words come from the `strategy` section of ``lexicons/claims.yaml``.

* The strategy: a strategy word ("stratégie", "feuille de route", "schéma directeur", "plan"...)
  followed within a few words by a period "AAAA-AAAA" and, optionally, its owner ("de la X").
  The first one the document names is kept (one strategy per document).
  Without a period, the strategy word of the paragraph announcing the axes, or the document's
  title when it names a strategy or counts its parts ("Les 5 orientations de la ville").
* Its axes are read from these layouts: an inline enumeration announced by a count and an axis
  word ("3 axes prioritaires : A, B et C", kept only when the count matches the items), a list
  (bullets "•", "-", numbers, or "Axe 1 : ...") right after a paragraph that ends with an axis
  word and a colon ("... autour des enjeux suivants :"), and numbered sections
  (strategy_sections.py: "Axe 1 – ...", "Orientation stratégique n°2", "Premier axe :", or the
  headings a count announces), and the groups of sections numbered once across the document (an
  action plan's numbered actions under the heading or the label of their axis); a list inside one
  of those groups is part of its section, not an axis. In a document that names a strategy and
  shows no other axes, the numbered steps of its method written in the infinitive ("1. Compter
  les trajets", "2. Partager..."); and a heading that is only a strategy's name ("Feuille de
  route") over lines each opening with an infinitive (a slide of actions); and, in a document
  that names a strategy before them, the short labels ending with a colon that each head a list of
  its actions ("Moins de lumière :" over its bullets), three or more in a row; else the themes in
  capitals that short paragraphs end on, one after the other (an opinion going through the plan
  theme by theme: "Deux actions ont pour thème MOBILITÉS DOUCES").
* Its name: the strategy a title names (from its strategy word on, "X adopte son plan vélo" ->
  "plan vélo"), also in place of a bare "le plan" of the text. Without a period, the year of a
  horizon ("à l'horizon 2040") in a sentence naming it is its end.
* The same axis listed twice is one axis (compared without case, accents, articles and
  punctuation). Order: the first listing's, then axes only found in later listings. Text: a list
  item's (written to stand alone, "Planter des haies"), else the inline item's, whitespace
  collapsed; offsets are those of the kept text.
"""

from __future__ import annotations

import re

from ..document import Document
from ..document.manifest import slugify
from ..lexicons import load
from .events import PROPER_PHRASE
from .lines import LIST_MARKER, iter_lines
from .strategy_sections import _announced_sections, _grouped_sections, _numbered_sections, _numbered_steps
from .strategy_text import (_NUMBER_WORDS, Axis, Strategy, _axis_key, _axis_words, _lex, _norm, _opens_with_infinitive,
                            _strategy_words)

Rows = list[dict]


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


def _inline_axes(doc: Document) -> list[list[Axis]]:
    """"3 axes prioritaires : A, B et C", "cinq ambitions ont été retenues comme essentielles : ..."
    (a few words between the axis word and the colon; the count must match the items)."""
    text, folded = doc.text, _norm(doc.text)
    numbers = "|".join(_NUMBER_WORDS)
    pattern = re.compile(rf"(?<![\w])(\d{{1,2}}|{numbers})\s+(?:{_axis_words()})(?:\s+[a-z-]+){{0,6}}?\s*:\s*")
    listings = []
    for m in pattern.finditer(folded):
        count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
        stop = re.compile(r"\)|\.(?:\s|$)|\n[ \t]*\n")
        end_match = stop.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        items, cursor = [], m.end()
        for part in re.split(r"(,|;)", text[m.end():end]):
            if part in (",", ";"):
                cursor += len(part)
                continue
            lead = len(part) - len(part.lstrip())
            item = part.strip()
            if re.match(r"(?i)et\s", item) and items:
                lead += len(re.match(r"(?i)et\s+", item).group(0))
                item = item[len(re.match(r"(?i)et\s+", item).group(0)):]
            if item:
                items.append(Axis(" ".join(item.split()), cursor + lead, cursor + lead + len(item), False))
            cursor += len(part)
        if len(items) == count - 1 and items:
            # "A, B, C et D": the last item holds two
            last = items.pop()
            split = list(re.finditer(r"\s+et\s+", last.text))
            raw = text[last.start:last.end]
            raw_split = list(re.finditer(r"\s+et\s+", raw))
            if split and raw_split:
                cut = raw_split[-1]
                items.append(Axis(" ".join(raw[:cut.start()].split()), last.start, last.start + cut.start(), False))
                items.append(Axis(" ".join(raw[cut.end():].split()), last.start + cut.end(), last.end, False))
            else:
                items.append(last)
        if len(items) == count:
            listings.append(items)
    return listings


def _announced_axes(doc: Document) -> list[list[Axis]]:
    """"un plan en trois volets, pour A, B et C", "sur les axes suivants : A ; B ; C": an axis word,
    a few words, then a colon or a preposition, and an enumeration to the end of the sentence
    (two to eight items of at most twelve words each)."""
    text, folded = doc.text, _norm(doc.text)
    pattern = re.compile(rf"(?<![a-z])(?:{_axis_words('structure_words')})(?![a-z])(?:[ \t\u00a0]+[a-z'-]+){{0,4}}?"
                         r"[ \t\u00a0]*(?::|,[ \t\u00a0]*(?:pour|autour de|sur))[ \t\u00a0]*")
    listings = []
    counted = re.compile(rf"(?:\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+$")
    sentence_end = re.compile(r"\.(?:\s|$)|\n|[!?]")
    for m in pattern.finditer(folded):
        if counted.search(folded[max(0, m.start() - 12):m.start()]):
            continue                      # "4 axes : ..." is read by the count rule, or not at all
        end_match = sentence_end.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        body = text[m.end():end]
        separator = r"\s*;\s*" if ";" in body else r"\s*,\s*"   # "A ; B et C ; D": "B et C" is one item
        parts = [p for p in re.split(separator, body) if p.strip()]
        if ";" not in body and parts and re.search(r"\s+et\s+", parts[-1]):
            last = parts.pop()
            cut = list(re.finditer(r"\s+et\s+", last))[-1]
            parts += [last[:cut.start()], last[cut.end():]]
        if not 2 <= len(parts) <= 8 or any(len(p.split()) > 12 for p in parts):
            continue
        items, cursor = [], m.end()
        for part in parts:
            start = text.find(part.strip(), cursor, end)
            if start < 0:
                break
            stop = start + len(part.strip())
            items.append(Axis(" ".join(part.split()), start, stop, False))
            cursor = stop
        if len(items) == len(parts):
            listings.append(items)
    return listings


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
        count = re.search(rf"(?<![\w])(\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+[a-z]", heading) if named else None
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
            wanted = int(count.group(1)) if count.group(1).isdigit() else _NUMBER_WORDS[count.group(1)]
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
    # the strategy word and the qualifiers after it ("plan numérique régional"), up to a link word
    end = start + m.end()
    stop = {_norm(w) for w in _lex().get("name_stop_words", [])}
    while end - (start + m.start()) <= 60:
        word = re.compile(r"[ \u00a0]([a-z'-]+)").match(folded, end, pos)
        if word is None or word.group(1) in stop:
            break
        end = word.end()
    name = " ".join(text[start + m.start():end].split())
    return Strategy(name, None, None, start + m.start(), end)


def _titled(doc: Document) -> Strategy | None:
    """The document's title (its metadata, else its first heading, or a plain text's first line)
    when a strategy word is in it ("Schéma directeur des énergies") or a count of a strategy's parts
    ("Les 5 orientations de X"): the strategy its axes belong to."""
    # a strategy word, or a count of a strategy's parts ("Les 5 orientations de X")
    numbers = "|".join(_NUMBER_WORDS)
    pattern = re.compile(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])"
                         rf"|(?<![\w])(?:\d{{1,2}}|{numbers})\s+(?:{_axis_words('structure_words')})(?![a-z])")
    first = next((b for b in doc.blocks if b.kind == "heading"), None)
    candidates = [(doc.title, 0, 0)] if doc.title else []
    if first is not None:
        candidates.append((doc.text[first.start:first.end], first.start, first.end))
    elif not doc.blocks:
        # plain text: its first line, when it stands alone as a title
        line = next((l for l in iter_lines(doc.text) if l.text.strip()), None)
        if line is not None and not re.search(r"[a-zà-ÿ]{3,}[.!?]\s*$", line.text):
            start = line.start + len(line.text) - len(line.text.lstrip())
            candidates.append((line.text, start, start + len(line.text.strip())))
    word = re.compile(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])")
    for title, start, end in candidates:
        title = " ".join((title or "").split())
        if title and len(title.split()) <= 20 and pattern.search(_norm(title)):
            period = re.search(r"((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})", title)
            first_year, last_year = (int(period.group(1)), int(period.group(2))) if period else (None, None)
            return Strategy(_title_name(title, word), first_year, last_year, start, end)
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


def _listed_axes(doc: Document) -> list[list[Axis]]:
    """List items right after a paragraph that ends with an axis word and a colon."""
    text = doc.text
    lines = list(iter_lines(text))
    labels = "|".join(re.escape(_norm(w)) for w in _lex()["axis_labels"])
    label_re = re.compile(rf"^(?:{labels})\s*(?:n°\s*)?\d{{1,2}}\s*[:.–—-]\s*")
    cue = re.compile(rf"(?<![a-z])(?:{_axis_words()})(?![a-z])[^\n]{{0,80}}:\s*$")
    # "3 grands axes, qui se déclinent en ... :": a count further from the colon, if the list has as many items
    counted_cue = re.compile(rf"(?<![\w])(\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+(?:[a-z-]+\s+)?"
                             rf"(?:{_axis_words()})(?![a-z])[^\n]{{0,240}}:\s*$")
    listings: list[list[Axis]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        marker = LIST_MARKER.match(line.text)
        is_item = line.text.strip() and marker and marker.end() > 0 and line.body_start > line.start + (
            len(line.text) - len(line.text.lstrip()))
        labelled = label_re.match(_norm(line.text.strip()))
        if not (is_item or labelled):
            i += 1
            continue
        # the paragraph before the list must announce axes
        j = i - 1
        while j >= 0 and not lines[j].text.strip():
            j -= 1
        first = j
        while first > 0 and lines[first - 1].text.strip() and j - first < 4:
            first -= 1
        previous = " ".join(l.text.strip() for l in lines[first:j + 1]) if j >= 0 else ""
        previous = re.split(r"[.!?]\s", previous)[-1]     # the sentence that announces the list
        count = None
        if j < 0 or not cue.search(_norm(previous)):
            counted = counted_cue.search(_norm(previous)) if j >= 0 else None
            if counted is None:
                i += 1
                continue
            count = int(counted.group(1)) if counted.group(1).isdigit() else _NUMBER_WORDS[counted.group(1)]
        items: list[Axis] = []
        k = i
        while k < len(lines):
            current = lines[k]
            marker = LIST_MARKER.match(current.text)
            body_start = current.body_start
            lab = label_re.match(_norm(current.text[body_start - current.start:]))
            if lab:
                body_start += lab.end()
            starts_item = bool(current.text.strip()) and (marker.end() > len(current.text) - len(current.text.lstrip()) or lab)
            if not starts_item:
                if not current.text.strip() and k + 1 < len(lines) and (
                        LIST_MARKER.match(lines[k + 1].text).end() > len(lines[k + 1].text) - len(lines[k + 1].text.lstrip())
                        and lines[k + 1].text.strip()):
                    k += 1
                    continue
                break
            end = current.end
            m = k + 1
            while m < len(lines) and lines[m].text.strip():   # wrapped item lines
                nxt = lines[m]
                nmarker = LIST_MARKER.match(nxt.text)
                if nmarker.end() > len(nxt.text) - len(nxt.text.lstrip()) or label_re.match(_norm(nxt.text.strip())):
                    break
                end = nxt.end
                m += 1
            while end > body_start and text[end - 1].isspace():
                end -= 1
            while body_start < end and text[body_start].isspace():
                body_start += 1
            item = text[body_start:end].rstrip(" ;,.")
            items.append(Axis(" ".join(item.split()), body_start, body_start + len(item), True))
            k = m
        if len(items) >= 2 and count in (None, len(items)):
            listings.append(items)
        i = max(k, i + 1)
    return listings


def _labelled_lists(doc: Document) -> list[Axis]:
    """Lists of actions under short labels that end with a colon, one after the other ("Rénover les
    écoles :" over its bullets, then "Moins de lumière :" over its own): the labels, at least
    ``grouped_sections_min`` of them in a row, each over at least ``labelled_list_min_items`` items.
    A label is one line without a digit or a sentence in it, and no word of a programme (a day, a
    part of a day, a kind of session). Read from the document's blocks (a paragraph or heading,
    then list items), else from its lines (bulleted lines)."""
    if doc.blocks:
        units = [("item" if b.kind == "list_item" else "line", b.start, b.end) for b in doc.blocks
                 if b.kind in ("list_item", "paragraph", "heading")]
    else:
        units = []
        for line in iter_lines(doc.text):
            if line.text.strip():
                marked = line.body_start > line.start + len(line.text) - len(line.text.lstrip())
                units.append(("item" if marked else "line", line.start, line.end))
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
        lead = [t.group() for t in tokens[:k] if re.fullmatch(r"[a-zà-ÿ'’-]+", t.group())]
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


def find_axes(doc: Document) -> list[Axis]:
    listings = _inline_axes(doc) + _listed_axes(doc)
    listed = {axis.start for items in listings for axis in items}
    listings += [items for items in _numbered_sections(doc) if not any(a.start in listed for a in items)]
    listed = {axis.start for items in listings for axis in items}
    listings += [items for items in _announced_sections(doc) if not any(a.start in listed for a in items)]
    counted = {items[0].start for items in listings}
    listings += [items for items in _announced_axes(doc) if items[0].start not in counted]
    grouped = _grouped_sections(doc)
    if grouped:
        # the groups of the document's numbered sections are its axes; a list inside a group
        # ("selon les axes suivants :" within one section) is a part of that section
        listings = [items for items in listings if items[0].start < grouped[0][0].start] + grouped
    listings.sort(key=lambda items: items[0].start)
    order: list[str] = []
    kept: dict[str, Axis] = {}
    for items in listings:
        for axis in items:
            key = _axis_key(axis.text)
            if not key:
                continue
            if key not in kept:
                order.append(key)
                kept[key] = axis
            elif axis.listed and not kept[key].listed:
                kept[key] = axis
    return [kept[k] for k in order]


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


def strategy_rows(docs: list[Document]) -> Rows:
    """strategy_axes rows: one per axis of the strategy each document names, in order."""
    rows: Rows = []
    for doc in docs:
        strategy = find_strategy(doc)
        axes = find_axes(doc)
        grouped = {a.start for items in _grouped_sections(doc) for a in items}
        if strategy is None and axes:
            sections = {a.start for items in _numbered_sections(doc) + _announced_sections(doc) for a in items}
            far = axes[0].start in sections | grouped
            # numbered or announced sections: the strategy named just before them, else the one the
            # document is titled after
            strategy = _named_before(doc, axes[0].start, far=far)
            titled = _titled(doc)
            # the text says only "le plan", "la stratégie" (an acronym, "PCAET", is a name), and the
            # title opens with a strategy word ("Plan vélo de Valbois"): the title names it
            bare = strategy is not None and _titled_if_bare(doc, strategy) is not strategy
            if titled is not None and (far and (strategy is None or titled.period_start is not None) or bare):
                strategy = titled        # the title names it, with its period, or names the bare word
        if strategy is not None and axes and axes[0].start in grouped and _bare_programme(strategy.name):
            continue    # numbered talks grouped by theme under an event's "Programme": no strategy
        if strategy is not None and not axes:
            # a strategy named, no axes in its own words: "Objectif 1", "Priorité 2"... run once
            loose = _numbered_sections(doc, loose=True)
            axes = loose[0] if loose else []
        if not axes:
            # a strategy named in the text over its actions listed under short labels: the labels
            labelled = _labelled_lists(doc)
            named = _named_before(doc, labelled[0].start, far=True) if labelled else None
            if named is not None:
                strategy, axes = _titled_if_bare(doc, named), labelled
        if not axes:
            # a strategy named in the text, then gone through theme by theme, each theme in capitals
            themes = _capital_themes(doc)
            named = _named_before(doc, themes[0].start, far=True) if themes else None
            if named is not None:
                strategy, axes = _titled_if_bare(doc, named), themes
        if not axes:
            # a strategy named (or the title naming one) over the numbered steps of its method
            named = strategy or _titled(doc)
            steps = _numbered_steps(doc) if named is not None and not _bare_programme(named.name) else []
            if steps:
                strategy, axes = named, steps
        if strategy is None or not axes:
            headed = _strategy_headed_lists(doc, named=strategy is not None)
            if not headed:
                lines = _strategy_headed_lines(doc)
                headed = [lines] if lines else []
            if not headed:
                continue
            strategy, axes = (strategy or headed[0][0]), headed[0][1]
        if strategy.period_start is None and strategy.period_end is None:
            strategy.period_end = _horizon(doc, strategy)
        strategy_id = f"{doc.source_id}:{slugify(strategy.name)}"
        for position, axis in enumerate(axes, start=1):
            rows.append({
                "strategy_id": strategy_id,
                "source_id": doc.source_id,
                "strategy_name": strategy.name,
                "period_start": strategy.period_start,
                "period_end": strategy.period_end,
                "position": position,
                "axis": axis.text,
                "page": doc.page_of(axis.start),
                "char_start": axis.start,
                "char_end": axis.end,
            })
    return rows
