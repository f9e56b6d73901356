"""A strategy's axes listed after the paragraph that announces them: list items right after a
paragraph ending with an axis word and a colon (two levels, labelled heads over their bullets; items
each with a paragraph of description; a list of quantified targets is no list of axes; one labelled
head over its actions is the first numbered section, not a list; a list announced by a word said of
the aims of anything alone on its line, "OBJECTIFS :", is not read; a count
of the document's own quoted word, "quatre « repères »", over as many items is, and so is a heading
of its own counting the parts, "Les quatre axes du plan", and a count of the parts of anything right
before the colon, "organisé en huit thèmes :", over as many items), and as many
short paragraphs as such a paragraph counts (a list whose bullets were lost). Cue words: the
`strategy` section of ``lexicons/claims.yaml``."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from .lines import LIST_MARKER, iter_lines
from .strategy_text import count_value, Axis, _axis_words, _lex, _norm, number_alternation


# A share in a list item ("réduire de 30 % les déchets"): the item is a quantified target.
_SHARE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|pour\s*cent)")


def _deadline() -> re.Pattern:
    """A year set as a deadline in a list item (strategy.yaml ``deadline_words``: "neutralité
    carbone en 2050", "d'ici 2040", "à l'horizon 2035"): the item is a dated target, like a share."""
    words = "|".join(sorted((re.escape(_norm(w)).replace(r"\ ", r"\s+") for w in _lex().get("deadline_words", [])),
                            key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w'])(?:{words})\s+(?:19|20)\d{{2}}(?!\d)")


def _COUNTED_HEADING() -> re.Pattern:
    """A heading of its own counting a strategy's parts ("Les quatre axes du plan", "Nos 4
    priorités", "Plan « Valbrune 2030 » en cinq axes"): no sentence, no colon; read over exactly
    that many items."""
    return re.compile(rf"^(?:(?:les|nos|ses|leurs)\s+|[^\n:.!?]{{3,80}}\s(?:en|autour\s+de)\s+)?(\d{{1,2}}|{number_alternation()})\s+"
                      rf"(?:[a-z-]+\s+)?(?:{_axis_words()})(?![a-z])(?:\s+[a-z'-]+){{0,4}}\s*$")


def _amount() -> re.Pattern:
    """A figure with a unit of money or of work time (strategy.yaml ``means_units``: "1 500 €",
    "2 ETP"): an item stating it states the means given, not a part of a plan."""
    units = "|".join(sorted((re.escape(u) for u in _lex().get("means_units", [])), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\d(?:[\d\s\u00a0.,]*\d)?\s*(?:{units})(?![\w])", re.IGNORECASE)


def _quantified_targets(items: list[Axis]) -> bool:
    """A list most of whose items state a share ("baisse de 30 % des émissions", "50 % de
    repas bio") or a deadline year ("zéro déchet enfoui en 2045"), one of them at least a share,
    lists the targets a strategy sets, not its axes (labels over them, "Énergie :", count among
    its items); one most of whose items state an amount of money or of work time ("4 000 € par
    an", "un demi ETP") lists its means."""
    amount = _amount()
    if sum(bool(_SHARE.search(a.text) or amount.search(a.text)) for a in items) * 2 > len(items):
        return True
    deadline = _deadline()
    return any(_SHARE.search(a.text) for a in items) and \
        sum(bool(_SHARE.search(a.text) or deadline.search(_norm(a.text))) for a in items) * 2 > len(items)


def _unowned_aims(sentence: str) -> bool:
    """A list announced by a bare label said of the aims of anything (strategy.yaml
    ``unowned_list_words``), alone on its line: "OBJECTIFS :", "Enjeux :" (a project page's or an
    action sheet's section), not a strategy's parts; a sentence around the word may tie it to a
    strategy ("... a abouti à des enjeux que la stratégie retient :"), so only the label is read."""
    words = "|".join(re.escape(_norm(w)) for w in _lex().get("unowned_list_words", [])) or "(?!)"
    return re.fullmatch(rf"[\s#*_]*(?:(?:les|des|nos)\s+)?(?:{words})[\s*_]*:\s*", _norm(sentence).lower()) is not None


@cache
def _one_part_patterns() -> tuple[re.Pattern | None, re.Pattern | None]:
    """(an axis word in the plural; an article of ``single_part_articles`` before an axis word in
    the singular), for normalised lower-case text; None where the words are missing."""
    articles = "|".join(re.escape(_norm(w)) for w in _lex().get("single_part_articles", [])) or "(?!)"
    words = [w for w in _axis_words().split("|") if not re.search(r"[sx]$", w)]
    plural = [w for w in _axis_words().split("|") if re.search(r"[sx]$", w)]
    return (re.compile(rf"(?<![a-z])(?:{'|'.join(plural)})(?![a-z])") if plural else None,
            re.compile(rf"(?<![a-z])(?:{articles})\s+(?:[a-z-]+\s+)?(?:{'|'.join(words)})(?![a-z])") if words else None)


def _one_part(line: str) -> bool:
    """A line over a list naming one single part with an indefinite article (strategy.yaml
    ``single_part_articles``: "d'un axe commun qui vise à :", "Une priorité, qui consiste à :"),
    no part in the plural: the items say what that one part does, not the plan's parts."""
    plural, single = _one_part_patterns()
    line = _norm(line).lower()
    if plural is not None and plural.search(line):
        return False
    return single is not None and single.search(line) is not None


def _next_label_follows(text: str, head) -> bool:
    """Whether a line further on opens with the label of ``head`` numbered 2 ("Axe 1 : ..." then,
    after its list, "Axe 2 : ...")."""
    label = re.match(r"[^\w]*([a-z]+)", _norm(head.text).lower())
    return bool(label) and re.search(rf"(?m)^[^\w\n]*{label.group(1)}\s*(?:n°\s*)?2\s*[:.–—-]",
                                     _norm(text[head.end:]).lower()) is not None


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


# How far back the parts' word is looked for before "en" takes them up ("... les défis majeurs.
# Le conseil en propose douze :").
_TAKEN_UP_REACH = 400


@cache
def _drafting_pattern() -> re.Pattern:
    words = "|".join(re.escape(_norm(w)) for w in _lex().get("drafting_words", [])) or "(?!)"
    return re.compile(rf"(?<![a-z])(?:{words})(?![a-z])")


def _drafting(sentence: str) -> bool:
    """Whether the sentence announcing a list speaks of drawing a plan up (strategy.yaml
    ``drafting_words``: "Trévanne a souhaité élaborer un schéma poursuivant plusieurs objectifs :"):
    the items are what the drafting is for, not the plan's parts."""
    return _drafting_pattern().search(_norm(sentence)) is not None


@cache
def _body_pattern() -> re.Pattern:
    words = "|".join(re.escape(_norm(w)) for w in _lex().get("body_words", [])) or "(?!)"
    return re.compile(rf"(?<![a-z])(?:ce|cet|cette|la|le|l')\s*(?:{words})\s+(?:[a-z-]+\s+)?"
                      rf"(?:a|poursuit|se\s+fixe|vise)\s")


def _body_aims(sentence: str) -> bool:
    """Whether the sentence announcing a list gives the aims a meeting body has (strategy.yaml
    ``body_words``: "Lieu d'échanges, cette commission a deux objectifs :", "Le comité
    métropolitain poursuit trois objectifs :"): its missions, not a strategy's parts."""
    return _body_pattern().search(_norm(sentence)) is not None


def _listed_axes(doc: Document) -> list[list[Axis]]:
    """List items right after a paragraph that ends with an axis word and a colon, or that asks
    for them ("Quelles sont les priorités du schéma ?")."""
    text = doc.text
    lines = list(iter_lines(text))
    labels = "|".join(re.escape(_norm(w)) for w in _lex()["axis_labels"])
    label_re = re.compile(rf"^(?:{labels})\s*(?:n°\s*)?\d{{1,2}}\s*[:.–—-]\s*")
    cue = re.compile(rf"(?<![a-z])(?:{_axis_words()})(?![a-z])[^\n]{{0,80}}:\s*$")
    # ... or that asks for them: "Quelles sont les priorités du schéma ?"
    asked = re.compile(rf"^\s*quel(?:le)?s\s+sont\s+(?:les|ses|nos|leurs)\s+(?:[a-z-]+\s+)?(?:{_axis_words()})(?![a-z])"
                       rf"[^\n?]{{0,80}}\?\s*$")
    # "3 grands axes, qui se déclinent en ... :": a count further from the colon, if the list has as many items
    counted_cue = re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+(?:[a-z-]+\s+)?"
                             rf"(?:{_axis_words()})(?![a-z])[^\n]{{0,240}}:\s*$")
    counted_stop = re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+(?:[a-z-]+\s+)?"
                              rf"(?:{_axis_words()})(?![a-z])(?:\s+[a-z-]+)?\s*\.\s*$")
    # a heading of its own counting the parts ("Les quatre axes du plan", "Nos 4 priorités"), no
    # sentence, no colon: the list under it, if it holds exactly that many items
    counted_heading = _COUNTED_HEADING()
    quoted_count = re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+[«\"“]\s*[a-z-]+\s*[»\"”]")
    # a count of the parts of anything (strategy.yaml ``counted_list_words``: "thèmes", "blocs")
    # right before the colon ("Il est organisé en huit thèmes :"): as many items exactly
    listed = "|".join(re.escape(_norm(w)) for w in _lex().get("counted_list_words") or []) or "(?!)"
    counted_parts = re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+(?:grands?\s+|grandes\s+)?"
                               rf"(?:{listed})(?![a-z])\s*:\s*$")
    # a verb saying what a strategy is built of, a count and one of the words read only there
    # (strategy.yaml ``inline_axis_words``, ``breakdown_verbs``), up to the colon
    verbs = "|".join(re.escape(_norm(w)) for w in _lex().get("breakdown_verbs", [])) or "(?!)"
    extra = "|".join(re.escape(_norm(w)) for w in _lex().get("inline_axis_words", [])) or "(?!)"
    breakdown = re.compile(rf"(?<![\w])(?:{verbs})\s+(\d{{1,2}}|{number_alternation()})\s+(?:[a-z-]+\s+)?"
                           rf"(?:{extra})(?![a-z])(?:\s+[a-z-]+)?\s*:\s*$")
    # the parts named before, taken up by "en" and counted (strategy.yaml ``taking_up_verbs``)
    taking_up = "|".join(re.escape(_norm(w)) for w in _lex().get("taking_up_verbs", [])) or "(?!)"
    taken_up = re.compile(rf"(?<![\w'])en\s+(?:{taking_up})\s+(\d{{1,2}}|{number_alternation()})\s*:\s*$")
    named_before = re.compile(rf"(?<![a-z])(?:{_axis_words()})(?![a-z])")
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
        most = None
        said = (cue.search(_norm(previous)) or asked.search(_norm(previous))) if j >= 0 else None
        built = breakdown.search(_norm(previous)) if j >= 0 and not said else None
        if built:
            # "Le schéma se décline en six grands principes :": principles, when the sentence says the
            # strategy is built of them; at most that many items
            said = built
            most = count_value(built.group(1))
        own = [lines[j].text.strip()] if j >= 0 else []
        if said and not built and own and _unowned_aims(own[-1]):
            said = None         # "OBJECTIFS :" alone on its line: the aims of anything
        if said and own and _one_part(own[-1]):
            said = None         # "d'un axe commun qui vise à :": what one part does
        if said and not built and _drafting(previous):
            said = None         # "a souhaité élaborer un schéma poursuivant plusieurs objectifs :": the drafting's aims
        if j >= 0 and not built and _body_aims(previous):
            i += 1              # "cette commission a deux objectifs :": a meeting body's missions,
            continue            # counted or not
        if j < 0 or not said:
            counted = counted_cue.search(_norm(previous)) if j >= 0 else None
            if counted is None and j >= 0:
                # the sentence ends on the count and its word ("Elle comprend quatre orientations.")
                # over a list: the list, if it holds exactly that many items
                counted = counted_stop.search(_norm(previous))
            if counted is None and j >= 0 and not re.search(r"[.!?:;,]\s*$", lines[j].text):
                counted = counted_heading.search(_norm(lines[j].text.strip().strip("#*_ ")))
            if counted is None and j >= 0:
                # the document's own word for its parts, quoted after their count ("le plan retient
                # cinq « boussoles » pour ...") in the sentence over a list: as many items
                counted = quoted_count.search(_norm(previous))
            if counted is None and j >= 0:
                counted = counted_parts.search(_norm(previous))
            if counted is None and j >= 0:
                # the parts named in the sentence before, taken up by "en" and counted right before
                # the colon: "... de dégager les défis majeurs. Le CESER en propose douze :"
                counted = taken_up.search(_norm(previous))
                if counted is not None:
                    before = _norm(text[max(0, lines[first].start - _TAKEN_UP_REACH):lines[j].end])
                    if not named_before.search(before[:max(0, len(before) - len(previous))]):
                        counted = None
            if counted is None:
                i += 1
                continue
            count = count_value(counted.group(1))
        items: list[Axis] = []
        heads: list[bool] = []          # whether each item opens with an axis label ("Axe 2 : ...")
        described = 0                   # how many items a paragraph of description followed
        k = i
        announced = False               # a sentence announcing another list ran into the last item
        while k < len(lines) and not announced:
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
                if counted_cue.search(_norm(nxt.text.rstrip())):
                    # a sentence announcing a count of parts run into the last item ("- Recycler
                    # 60 % des déchets" then "Le plan de Valbrune compte quatre axes :"): the list
                    # has ended at that item's own line, and another list starts under the sentence
                    end, m, announced = current.end, k + 1, True
                    break
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
        elif heads and heads[0] and sum(heads) == 1 and len(items) > 1 and _next_label_follows(text, lines[i]):
            # one labelled head ("Axe 1 : Relier") over its actions, the list ending there, the
            # same label numbered 2 further on ("Axe 2 : Former"): the first of the numbered
            # sections (read as such), not a list of axes
            items = []
        if len(items) >= 2 and count in (None, len(items)) and (most is None or len(items) <= most) \
                and not _quantified_targets(items):
            listings.append(items)
        i = max(k, i + 1)
    return listings


def _counted_paragraphs(doc: Document) -> list[list[Axis]]:
    """A paragraph announcing a count of parts and ending with a colon ("... se décline en quatre priorités :"),
    then exactly as many short paragraphs, each a line without a sentence's final stop: a list whose
    bullets were lost (a web page's list read as paragraphs). Those paragraphs, one axis each; a
    run of short paragraphs longer or shorter than the count is not read. A heading of its own
    counting the parts ("Les trois axes du plan", no colon) announces them the same way."""
    text = doc.text
    counted = re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+(?:[a-z-]+\s+)?"
                         rf"(?:{_axis_words()})(?![a-z])[^\n]{{0,240}}:\s*$")
    max_words = int(_lex().get("unmarked_item_max_words", 15))

    def short(block) -> bool:
        body = text[block.start:block.end].strip()
        return block.kind == "paragraph" and "\n" not in body and short_line(body)

    def short_line(body: str) -> bool:
        body = body.strip()
        return 0 < len(body.split()) <= max_words and not re.search(r"[.!?:;]$", body)

    blocks = doc.blocks
    listings = []
    for k, block in enumerate(blocks):
        if block.kind != "paragraph":
            continue
        m = counted.search(_norm(text[block.start:block.end].rstrip()))
        own = text[block.start:block.end].strip()
        if m is None and "\n" not in own and not re.search(r"[.!?:;,]$", own):
            # a heading of its own counting the parts ("Les trois axes du plan"), no colon
            m = _COUNTED_HEADING().search(_norm(own.strip("#*_ ")))
        if m is None:
            inner = _counted_lines(text, block, counted, short_line)
            if inner and not (k + 1 < len(blocks) and short(blocks[k + 1])):
                listings.append(inner)
            continue
        count = count_value(m.group(1))
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



def _counted_lines(text: str, block, counted: re.Pattern, short_line) -> list[Axis]:
    """Inside one paragraph, a line announcing a count of parts and ending with a colon ("La
    commune s'engage sur trois priorités :"), then exactly as many lines to the paragraph's end,
    each short and without a final stop (a list whose bullets were lost, its lines kept together):
    those lines, one axis each. More or fewer lines than the count: nothing."""
    lines, at = [], block.start
    for raw in text[block.start:block.end].split("\n"):
        lines.append((raw, at))
        at += len(raw) + 1
    for n, (raw, _) in enumerate(lines[:-1]):
        m = counted.search(_norm(raw.rstrip()))
        if m is None:
            continue
        count = count_value(m.group(1))
        run = [(r, a) for r, a in lines[n + 1:] if r.strip()]
        if count < 2 or len(run) != count or not all(short_line(r) for r, _ in run):
            return []
        items = []
        for raw_item, a in run:
            lead = len(raw_item) - len(raw_item.lstrip())
            item = raw_item.strip().rstrip(" ,")
            items.append(Axis(" ".join(item.split()), a + lead, a + lead + len(item), True))
        return items
    return []
