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
  word and a colon ("... autour des enjeux suivants :"; a list of two levels, labelled heads "Axe 1 :
  ..." each over its bullets, gives its heads only; a list whose items each have a paragraph of
  description under them; a sentence back at the margin under indented items ends the list; a
  list most of whose items state a share, "réduction de 30 %", lists targets, not axes), as
  many short paragraphs as such a paragraph counts (a list whose bullets were lost), a
  count, an axis word and a participle of setting before a comma ("trois axes ont été retenus,
  A, B et C"), a sentence ending on a count of parts
  ("... autour de trois engagements.") before a sentence enumerating as many items, numbered sections
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
  theme by theme: "Deux actions ont pour thème MOBILITÉS DOUCES"); else, in a document that names
  a strategy (or is titled after one), the parts its table of contents numbers ("I. Se loger .... 4",
  "II. Se déplacer .... 9"), unless they are the parts of any report ("Introduction", "Diagnostic");
  else the titles its table of contents lists without a page under its entry of axes ("Les
  orientations ..... p. 12");
  else an aim said to be double, triple... over as many items ("l'ambition est triple : – A – B
  – C", "un double objectif : A et B"), the strategy named in the title or in the aim's paragraph.
* Axes with no strategy named in their paragraph: the one named in the paragraphs just before.
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
from .lines import LIST_MARKER, iter_lines
from .strategy_lists import (_capital_themes, _labelled_lists, _multiplied_aim, _strategy_headed_lines,
                             _strategy_headed_lists)
from .strategy_name import (_bare_programme, _horizon, _name_at, _named_before, _named_in_paragraph, _titled,
                            _titled_if_bare, find_strategy)
from .strategy_sections import (_announced_sections, _contents_axis_entries, _contents_parts, _grouped_sections,
                                _numbered_sections, _numbered_steps)
from .strategy_text import (_NUMBER_WORDS, Axis, Strategy, _axis_key, _axis_words, _lex, _norm,
                            _opens_with_infinitive, _strategy_words)

Rows = list[dict]


def _inline_axes(doc: Document) -> list[list[Axis]]:
    """"3 axes prioritaires : A, B et C", "cinq ambitions ont été retenues comme essentielles : ..."
    (a few words between the axis word and the colon; the count must match the items); the items
    may be numbered, "trois axes : 1) A, 2) B et 3) C" (``_unnumbered``)."""
    text, folded = doc.text, _norm(doc.text)
    numbers = "|".join(_NUMBER_WORDS)
    # the colon, or a comma right after a participle saying the parts were set ("cinq axes ont été
    # définis, A, B, ...")
    participles = "|".join(re.escape(_norm(w)) for w in _lex().get("announcing_participles", [])) or "(?!)"
    # the words between may hold an elision and a year: "quatre priorités que le conseil a votées d'ici 2040 :"
    pattern = re.compile(rf"(?<![\w])(\d{{1,2}}|{numbers})\s+(?:{_axis_words()})(?:\s+(?:[a-z-]+|[a-z]'[a-z-]+|(?:19|20)\d\d)){{0,8}}?"
                         rf"(?:\s*:|\s+(?:{participles}),)\s*")
    listings = []
    for m in pattern.finditer(folded):
        count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
        # a closing parenthesis ends the enumeration, unless it closes an item's number: "1) A, 2) B"
        stop = re.compile(r"\)|\.(?:\s|$)|\n[ \t]*\n")
        end_match = stop.search(text, m.end())
        while end_match and end_match.group(0) == ")" and re.search(r"(?:^|[\s(])\d{1,2}$", text[m.end():end_match.start()]):
            end_match = stop.search(text, end_match.end())
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
                if all(_opens_infinitive(a.text) for a in items):
                    # items in the infinitive: the last two part at the last "et" before an
                    # infinitive ("..., réduire le bruit et créer des parcs et des jardins"),
                    # not at an "et" inside the last item's own words
                    verbs = [c for c in raw_split if _opens_infinitive(raw[c.end():])]
                    cut = verbs[-1] if verbs else cut
                items.append(Axis(" ".join(raw[:cut.start()].split()), last.start, last.start + cut.start(), False))
                items.append(Axis(" ".join(raw[cut.end():].split()), last.start + cut.end(), last.end, False))
            else:
                items.append(last)
        if len(items) == count:
            items = _unnumbered(text, items)
            if items:
                listings.append(items)
    return listings


def _opens_infinitive(text: str) -> bool:
    """Whether an item of running text opens with a verb in the infinitive, capitalised or not."""
    text = text.strip()
    return bool(text) and _opens_with_infinitive(text[0].upper() + text[1:])


# The number before an item of an enumeration in running text: "1) ", "(2) ".
_ITEM_NUMBER = re.compile(r"\(?(\d{1,2})\)\s*")


def _unnumbered(text: str, items: list[Axis]) -> list[Axis]:
    """The items of an inline enumeration without their numbers ("trois axes : 1) relier, 2) former
    et 3) ouvrir"): every item numbered, 1, 2, 3... in order, or none; else no enumeration."""
    numbers = [_ITEM_NUMBER.match(text, a.start) for a in items]
    if not any(numbers):
        return items
    if not all(numbers) or [int(m.group(1)) for m in numbers] != list(range(1, len(items) + 1)):
        return []
    return [Axis(" ".join(text[m.end():a.end].split()), m.end(), a.end, a.listed) for m, a in zip(numbers, items)]


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


# Where the enumeration of a sentence starts: after its last preposition or colon before the first
# comma ("L'effort portera sur A, B et C").
_ENUMERATION_START = re.compile(r"(?:^|\s)(?:sur|autour de|pour|vers|:)\s+(?=\S)", re.IGNORECASE)
# An adverb before the last item ("et surtout C", "et évidemment D"): not part of it.
_LEADING_ADVERB = re.compile(r"(?:[a-zà-ÿ]+ment|surtout|aussi|enfin)\s+", re.IGNORECASE)


def _counted_then_enumerated(doc: Document) -> list[list[Axis]]:
    """A sentence that ends on a count of a strategy's parts ("... bâtie sur trois
    engagements forts."), the next sentence enumerating exactly as many items ("Elle vise A, B et
    surtout C, ..."): the items, from the enumeration's preposition to its "et"."""
    text, folded = doc.text, _norm(doc.text)
    numbers = "|".join(_NUMBER_WORDS)
    pattern = re.compile(rf"(?<![\w])(\d{{1,2}}|{numbers})\s+(?:grands?\s+|grandes\s+)?"
                         rf"(?:{_axis_words('counted_sentence_words')})(?:\s+[a-z-]+){{0,2}}\.\s+")
    max_words = int(_lex().get("enumerated_item_max_words", 8))
    listings = []
    for m in pattern.finditer(folded):
        count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
        end_match = re.compile(r"\.(?:\s|$)|\n[ \t]*\n").search(text, m.end())
        end = end_match.start() if end_match else len(text)
        sentence = text[m.end():end]
        parts, cursor = [], m.end()
        for part in sentence.split(","):
            parts.append((part, cursor))
            cursor += len(part) + 1
        # the enumeration: its first item after the preposition, up to the part holding its "et"
        items = []
        for k, (part, at) in enumerate(parts):
            if k == 0:
                opening = list(_ENUMERATION_START.finditer(part))
                if not opening:
                    break
                part, at = part[opening[-1].end():], at + opening[-1].end()
            last = re.search(r"\s+et\s+", part)
            pieces = [(part[:last.start()], at), (part[last.end():], at + last.end())] if last else [(part, at)]
            for piece, piece_at in pieces:
                adverb = _LEADING_ADVERB.match(piece.strip())
                lead = len(piece) - len(piece.lstrip()) + (adverb.end() if adverb else 0)
                item = piece[lead:].rstrip()
                items.append(Axis(" ".join(item.split()), piece_at + lead, piece_at + lead + len(item), False))
            if last:
                break
        else:
            continue
        if len(items) == count and all(0 < len(a.text.split()) <= max_words for a in items):
            listings.append(items)
    return listings


# A share in a list item ("réduire de 30 % les déchets"): the item is a quantified target.
_SHARE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|pour\s*cent)")


def _quantified_targets(items: list[Axis]) -> bool:
    """A list most of whose items state a share ("baisse de 30 % des émissions", "50 % de
    repas bio") lists the targets a strategy sets, not its axes."""
    return sum(bool(_SHARE.search(a.text)) for a in items) * 2 > len(items)


def _after_description(lines, k: int, items: int, described: int) -> tuple[int, int] | None:
    """A list whose every item is followed by one paragraph describing it ("• Relier les
    quartiers", its paragraph, "• Former les agents", its paragraph...): at the blank line ``k``
    after an item, when every item so far had its paragraph, the line of the next item past this
    item's paragraph (and the count of described items), else None (the list ends)."""
    if described != items - 1 or lines[k].text.strip():
        return None
    j = k
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    if j >= len(lines) or LIST_MARKER.match(lines[j].text).end() > len(lines[j].text) - len(lines[j].text.lstrip()):
        return None                       # no paragraph, or a list item: not a description
    while j < len(lines) and lines[j].text.strip():
        j += 1                            # the paragraph, one block of lines
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    if j >= len(lines):
        return None
    marker = LIST_MARKER.match(lines[j].text)
    if not (lines[j].text.strip() and marker.end() > len(lines[j].text) - len(lines[j].text.lstrip())):
        return None                       # the paragraph is followed by text: the list has ended
    return j, described + 1


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
        heads: list[bool] = []          # whether each item opens with an axis label ("Axe 2 : ...")
        described = 0                   # how many items a paragraph of description followed
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
                step = _after_description(lines, k, len(items), described)
                if step is not None:        # past the item's paragraph of description, to the next item
                    k, described = step
                    continue
                break
            end = current.end
            m = k + 1
            while m < len(lines) and lines[m].text.strip():   # wrapped item lines
                nxt = lines[m]
                nmarker = LIST_MARKER.match(nxt.text)
                if nmarker.end() > len(nxt.text) - len(nxt.text.lstrip()) or label_re.match(_norm(nxt.text.strip())):
                    break
                indent = len(current.text) - len(current.text.lstrip())
                if indent > 0 and not nxt.text[:1].isspace() and nxt.text[:1].isupper():
                    break       # a sentence back at the margin, under indented items: the text goes on
                if text[body_start:end].rstrip().endswith(".") and nxt.text[:1].isupper():
                    break       # "- le dernier axe." then "Le plan s'applique ...": the list has ended
                end = nxt.end
                m += 1
            while end > body_start and text[end - 1].isspace():
                end -= 1
            while body_start < end and text[body_start].isspace():
                body_start += 1
            item = text[body_start:end].rstrip(" ;,.")
            items.append(Axis(" ".join(item.split()), body_start, body_start + len(item), True))
            heads.append(bool(lab))
            k = m
        if heads and heads[0] and 2 <= sum(heads) < len(items):
            # a list of two levels: labelled heads ("Axe 1 : Relier"), each over its bulleted
            # actions; the heads are the axes, the bullets under them are not
            items = [axis for axis, head in zip(items, heads) if head]
        if len(items) >= 2 and count in (None, len(items)) and not _quantified_targets(items):
            listings.append(items)
        i = max(k, i + 1)
    return listings


def _counted_paragraphs(doc: Document) -> list[list[Axis]]:
    """A paragraph announcing a count of parts and ending with a colon ("... se décline en quatre priorités :"),
    then exactly as many short paragraphs, each a line without a sentence's final stop: a list whose
    bullets were lost (a web page's list read as paragraphs). Those paragraphs, one axis each; a
    run of short paragraphs longer or shorter than the count is not read."""
    text = doc.text
    counted = re.compile(rf"(?<![\w])(\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+(?:[a-z-]+\s+)?"
                         rf"(?:{_axis_words()})(?![a-z])[^\n]{{0,240}}:\s*$")
    max_words = int(_lex().get("unmarked_item_max_words", 15))

    def short(block) -> bool:
        body = text[block.start:block.end].strip()
        return (block.kind == "paragraph" and "\n" not in body and 0 < len(body.split()) <= max_words
                and not re.search(r"[.!?:;]$", body))

    blocks = doc.blocks
    listings = []
    for k, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        m = counted.search(_norm(text[block.start:block.end].rstrip()))
        if m is None:
            continue
        count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
        run = blocks[k + 1:k + 1 + count]
        after = blocks[k + 1 + count] if k + 1 + count < len(blocks) else None
        if count < 2 or len(run) != count or not all(short(b) for b in run) or (after is not None and short(after)):
            continue
        items = []
        for b in run:
            body = text[b.start:b.end]
            lead = len(body) - len(body.lstrip())
            item = body.strip().rstrip(" ,")
            items.append(Axis(" ".join(item.split()), b.start + lead, b.start + lead + len(item), True))
        listings.append(items)
    return listings


def find_axes(doc: Document) -> list[Axis]:
    listings = _inline_axes(doc) + _listed_axes(doc)
    listed = {axis.start for items in listings for axis in items}
    listings += [items for items in _counted_paragraphs(doc) if not any(a.start in listed for a in items)]
    listed = {axis.start for items in listings for axis in items}
    listings += [items for items in _numbered_sections(doc) if not any(a.start in listed for a in items)]
    listed = {axis.start for items in listings for axis in items}
    listings += [items for items in _announced_sections(doc) if not any(a.start in listed for a in items)]
    listings += _counted_then_enumerated(doc)
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


def _named_in_heading_over(doc: Document, pos: int) -> Strategy | None:
    """A list whose paragraph announces axes ("... autour de 3 orientations :") right under a
    heading naming the strategy ("Notre stratégie numérique", one short line): that strategy."""
    text = doc.text
    blocks = [m for m in re.finditer(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*", text[:pos])]
    # the blocks before the list: the list's first item, the announcing paragraph, the heading
    if len(blocks) < 3:
        return None
    heading = blocks[-3]
    if "\n" in heading.group(0) or len(heading.group(0).split()) > int(_lex().get("heading_name_max_words", 8)):
        return None
    m = re.search(rf"(?<![a-z])(?:{_strategy_words()})(?![a-z])", _norm(heading.group(0)))
    return _name_at(doc, heading.start() + m.start(), heading.start() + m.end(), heading.end()) if m else None


def strategy_rows(docs: list[Document]) -> Rows:
    """strategy_axes rows: one per axis of the strategy each document names, in order."""
    rows: Rows = []
    for doc in docs:
        strategy = find_strategy(doc)
        axes = find_axes(doc)
        grouped = {a.start for items in _grouped_sections(doc) for a in items}
        if strategy is None and axes:
            sections = {a.start for items in _numbered_sections(doc) + _announced_sections(doc)
                        + _counted_then_enumerated(doc) for a in items}
            far = axes[0].start in sections | grouped
            # numbered or announced sections: the strategy named just before them, else the one the
            # document is titled after
            strategy = _named_before(doc, axes[0].start, far=far)
            if strategy is None and any(items[0].start == axes[0].start for items in _listed_axes(doc)):
                strategy = _named_in_heading_over(doc, axes[0].start)
            titled = _titled(doc)
            # the text says only "le plan", "la stratégie" (an acronym, "PCAET", is a name), and the
            # title opens with a strategy word ("Plan vélo de Valbois"): the title names it
            bare = strategy is not None and _titled_if_bare(doc, strategy) is not strategy
            if titled is not None and (far and (strategy is None or titled.period_start is not None) or bare):
                strategy = titled        # the title names it, with its period, or names the bare word
            if strategy is None and not far:
                # no strategy named in the axes' paragraph: the one named in the paragraphs just before
                # ("Le plan vélo a été adopté en mai. ... Les élus ont dégagé 4 priorités : A, B, C et D")
                strategy = _named_before(doc, axes[0].start, far=True)
        if strategy is not None and axes and axes[0].start in grouped and _bare_programme(strategy.name):
            continue    # numbered talks grouped by theme under an event's "Programme": no strategy
        if strategy is not None and not axes:
            # a strategy named, no axes in its own words: "Objectif 1", "Priorité 2"... run once
            loose = _numbered_sections(doc, loose=True)
            axes = loose[0] if loose else []
        if not axes:
            # an aim said to be double, triple... ("l'ambition est triple : A, B et C") in a document
            # that names a strategy (in the title, else in the aim's paragraph): its items
            aim = _multiplied_aim(doc)
            named = (strategy or _titled(doc) or _named_in_paragraph(doc, aim[0].start)) if aim else None
            if named is not None and not _bare_programme(named.name):
                strategy, axes = named, aim
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
        if not axes:
            # a strategy named (or the title naming one) over the parts its table of contents numbers
            named = strategy or _titled(doc)
            parts = _contents_parts(doc) if named is not None and not _bare_programme(named.name) else []
            if parts:
                strategy, axes = named, parts
        if not axes:
            # a strategy named (or the title naming one) over its table of contents' entry of axes,
            # the axes under it without page numbers
            # ("programme" alone may be an event's: then the title's strategy)
            named = next((n for n in (strategy, _titled(doc)) if n is not None and not _bare_programme(n.name)), None)
            entries = _contents_axis_entries(doc) if named is not None else []
            if entries:
                strategy, axes = named, entries
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
