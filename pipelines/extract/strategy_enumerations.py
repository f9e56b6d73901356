"""A strategy's axes enumerated in running text: an enumeration announced by a count and an axis
word ("3 axes prioritaires : A, B et C", the count matching the items, maybe numbered "1) A, 2) B"),
an axis word then a colon or a preposition ("un plan en trois volets, pour A, B et C"), and a
sentence ending on a count of parts before a sentence enumerating as many items, and a list run
into the text, each item opened by a dash and closed by a semicolon. Cue words: the
`strategy` section of ``lexicons/claims.yaml``."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from ..document import Document
from .strategy_quoted import _QUOTED, quoted_axis
from .strategy_text import count_value, Axis, _axis_words, _lex, _norm, _opens_with_infinitive, number_alternation


@cache
def _retrospective() -> re.Pattern:
    """Words of a time gone by (strategy.yaml ``retrospective_phrases``): between an inline
    enumeration's count and its colon ("les quatre axes du mandat écoulé : ..."), they announce a
    past mandate's record, not a strategy's parts."""
    past = "|".join(re.escape(_norm(w)) for w in _lex().get("retrospective_phrases") or []) or "(?!)"
    return re.compile(rf"(?<![a-z])(?:{past})(?![a-z])")


def _inline_axes(doc: Document) -> list[list[Axis]]:
    """"3 axes prioritaires : A, B et C", "cinq ambitions ont été retenues comme essentielles : ..."
    (a few words between the axis word and the colon, maybe set off by a comma: "quatre axes,
    retenus par les élus : ..."; the count must match the items); the items
    may be numbered, "trois axes : 1) A, 2) B et 3) C" (``_unnumbered``)."""
    text, folded = doc.text, _norm(doc.text)
    numbers = number_alternation()
    # the colon, or a comma right after a participle saying the parts were set ("cinq axes ont été
    # définis, A, B, ...")
    participles = "|".join(re.escape(_norm(w)) for w in _lex().get("announcing_participles", [])) or "(?!)"
    # the words between may hold an elision and a year: "quatre priorités que le conseil a votées d'ici 2040 :"
    # a size adjective may stand before the word, and the count may be quoted ("«quatre grands
    # principes» : A, B, C et D"); strategy.yaml ``inline_axis_words`` adds words read only here,
    # after a size adjective (the "grands principes" of a plan, not a method's principles), where
    # the count must match the items
    size = r"(?:grands?|grandes|principaux|principales)\s+"
    extra = "|".join(re.escape(_norm(w)) for w in _lex().get("inline_axis_words", []))
    words = _axis_words() + (f"|{size}(?:{extra})" if extra else "")
    # the words for the parts of anything (strategy.yaml ``counted_list_words``: "thèmes", "blocs")
    # are read here only when a participle saying the parts were set stands before the colon
    # ("quatre thèmes ont été retenus : A, B, C et D"; the count must match the items)
    listed = "|".join(re.escape(_norm(w)) for w in _lex().get("counted_list_words") or [])
    if listed and participles != "(?!)":
        words += rf"|(?:{listed})(?![a-z])(?=(?:\s+[a-z]+){{1,3}}?\s+(?:{participles})\s*:)"
    # a reference to the page the parts are set out on may stand before the colon ("trois piliers
    # (p. 4) : A, B et C"; a summary pointing into its source)
    page = r"(?:\s*\((?:p\.?|pages?)\s*\d{1,3}(?:\s*(?:a|-|–)\s*\d{1,3})?\))?"
    pattern = re.compile(rf"(?<![\w])(\d{{1,2}}|{numbers})\s+(?:{size})?"
                         rf"(?:{words})(?:,?\s+(?:[a-z-]+|[a-z]'[a-z-]+|(?:19|20)\d\d)){{0,12}}?{page}[»\"]?"
                         rf"(?:\s*:|\s+(?:{participles}),)\s*")
    listings = []
    for m in pattern.finditer(folded):
        count = count_value(m.group(1))
        if _retrospective().search(folded, m.start(), m.end()):
            continue        # "les quatre axes du mandat écoulé :": a past mandate's record
        bulleted = _inline_bulleted(text, m.end(), count)
        if bulleted:
            listings.append(bulleted)
            continue
        # a colon ending its line over items laid out one a line ("trois principes :" then "- Loger
        # mieux, vivre et travailler à Valbrune."): a list, read by the list readers; the commas
        # and "et" of its first item are not an enumeration of the parts
        if "\n" in text[m.start():m.end()].rsplit(":", 1)[-1] and re.match(r"[-–—•▪]\s", text[m.end():]):
            continue
        # a closing parenthesis ends the enumeration, unless it closes an item's number: "1) A, 2) B"
        stop = re.compile(r"\)|\.(?:\s|$)|\n[ \t]*\n")
        end_match = stop.search(text, m.end())
        # or closes a remark opened inside it that names what an item includes ("A, B (dont C) et D";
        # strategy.yaml ``item_inclusion_words``), not one explaining it ("A (pour ...)", "A (dès 2030)")
        inclusion = "|".join(re.escape(_norm(w)) for w in _lex().get("item_inclusion_words") or []) or "(?!)"
        while end_match and end_match.group(0) == ")" and (
                re.search(r"(?:^|[\s(])(?:\d{1,2}|[a-h])$", text[m.end():end_match.start()])
                or re.search(rf"\(\s*(?:{inclusion})\s[^()]*$", folded[m.end():end_match.start()])):
            end_match = stop.search(text, end_match.end())
        end = end_match.start() if end_match else len(text)
        # a clause the sentence runs on with after the enumeration, announcing something of its own
        # with a colon ("quatre axes : la voirie, les écoles, la culture et le sport, la ville
        # se fixe un but : doubler les pistes d'ici 2030"): the enumeration ends at the comma
        # before that clause (one colon, after at least two commas, and no comma after it)
        end = _before_run_on_clause(text, m.end(), end)
        items, cursor = [], m.end()
        body = text[m.end():end]
        # items that hold commas are set apart by semicolons ("A ; B, C et D ; enfin, E"): split
        # there only when that gives as many items as the count, in one run of text (not a list)
        semicolons = "\n" not in body.strip() and len([p for p in body.split(";") if p.strip()]) == count
        for part in re.split(r"(;)" if semicolons else r"(,|;)", body):
            if part in (",", ";"):
                cursor += len(part)
                continue
            lead = len(part) - len(part.lstrip())
            item = part.strip()
            joined = re.match(r"(?i)(?:et\s+enfin|et|enfin),?\s+" if semicolons else r"(?i)et\s+", item)
            if joined and items:
                lead += len(joined.group(0))
                item = item[len(joined.group(0)):]
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
                elif all(_ARTICLE.match(a.text) for a in items):
                    # items opening with an article: the last two part at the last "et" before an
                    # article ("..., l'accès à l'emploi et les domaines des mobilités et de la
                    # santé"), not at an "et" inside the last item's complement
                    nouns = [c for c in raw_split if _ARTICLE.match(raw[c.end():])]
                    cut = nouns[-1] if nouns else cut
                items.append(Axis(" ".join(raw[:cut.start()].split()), last.start, last.start + cut.start(), False))
                items.append(Axis(" ".join(raw[cut.end():].split()), last.start + cut.end(), last.end, False))
            else:
                items.append(last)
        if len(items) != count and count == 2:
            # two items holding commas of their own, set apart by ", et" ("deux axes : la voirie,
            # donc les travaux, et les écoles, avant tout la cantine"): the two sides of that comma
            items = _two_apart(body, m.end()) or items
        miscounted = _miscounted(text, items, count) if len(items) != count and count >= _MISCOUNT_MIN else None
        if miscounted:
            items, count = miscounted, count - 1
        if len(items) == count:
            items = _unquoted(text, _unnumbered(text, items))
            if items:
                listings.append(items)
    return listings


def _before_run_on_clause(text: str, start: int, end: int) -> int:
    """The end of an inline enumeration running from ``start`` to ``end`` cut at the comma before
    a clause with a colon of its own run on after its items ("A, B, C et D, Valbrune vise un cap :
    E"); ``end`` when the run holds no such clause, or when a colon follows one comma at most
    (the label of an item: "A : le bus, B")."""
    body = text[start:end]
    if body.count(":") != 1 or "\n" in body.strip():
        return end
    colon = body.index(":")
    if re.search(r"[,;]", body[colon:]) or body[:colon].count(",") < 2:
        return end
    return start + body.rindex(",", 0, colon)


def _unquoted(text: str, items: list[Axis]) -> list[Axis]:
    """The items of an enumeration each quoted whole ("trois axes : « A » ; « B » ; et « C »"),
    without their quotation marks; the items as they are when any is not."""
    inner = [_QUOTED.fullmatch(text, a.start, a.end) for a in items]
    if not items or not all(inner):
        return items
    return [dataclasses.replace(quoted_axis(m), listed=a.listed) for m, a in zip(inner, items)]


_ARTICLE = re.compile(r"(?i)(?:la|le|les|l['’]|un|une|des)(?![\w-])")
# An article opening an item, elided or not: "la santé", "l'eau des rivières".
_OPENS_WITH_ARTICLE = re.compile(r"(?i)(?:(?:la|le|les|un|une|des)\s|l['’])")
# A long enumeration the text counts one more than it lists ("dix axes :" over nine items).
_MISCOUNT_MIN = 8


def _miscounted(text: str, items: list[Axis], count: int) -> list[Axis] | None:
    """The items of a long enumeration that lists one item fewer than its count, its last item
    cut at its last "et" before an article ("..., le sport et la lecture publique"), every item opening with an article: the parts the text lists (the writer counted
    one too many). None otherwise."""
    if not items or not all(_OPENS_WITH_ARTICLE.match(a.text) for a in items):
        return None
    last = items[-1]
    raw = text[last.start:last.end]
    cuts = [c for c in re.finditer(r"\s+et\s+", raw) if _OPENS_WITH_ARTICLE.match(raw[c.end():])]
    if not cuts or len(items) + 1 != count - 1:
        return None
    cut = cuts[-1]
    return items[:-1] + [Axis(" ".join(raw[:cut.start()].split()), last.start, last.start + cut.start(), False),
                         Axis(" ".join(raw[cut.end():].split()), last.start + cut.end(), last.end, False)]


# Items run into one paragraph, each after a bullet the export wrote as a dot or a sign between
# spaces (". A . B . C"), the first right after the colon; each opens with a capital.
_INLINE_ITEM_BULLET = re.compile(r"[ \t]+[.•·▪][ \t]+(?=[A-ZÀ-ÝŒÆ])")


def _inline_bulleted(text: str, start: int, count: int) -> list[Axis]:
    """The ``count`` items after a counted announcement's colon at ``start`` when they run into
    one paragraph behind bullets written as dots or signs (". Affirmer X . Relever Y ."), up to
    the paragraph's end; else none."""
    first = re.match(r"[ \t]*[.•·▪][ \t]+(?=[A-ZÀ-ÝŒÆ])", text[start:start + 10])
    if first is None:
        return []
    end_match = re.compile(r"\.?[ \t]*(?:\n|$)").search(text, start + first.end())
    end = end_match.start() if end_match else len(text)
    items, cursor = [], start + first.end()
    for cut in list(_INLINE_ITEM_BULLET.finditer(text, cursor, end)) + [None]:
        stop = cut.start() if cut else end
        item = text[cursor:stop].strip()
        if not item:
            return []
        items.append(Axis(" ".join(item.split()), cursor, cursor + len(item), False))
        cursor = cut.end() if cut else end
    return items if len(items) == count else []


def _two_apart(body: str, offset: int) -> list[Axis]:
    """The two items of ``body`` (starting at ``offset`` in the text) on either side of its one
    ", et" (a comma then "et"), each holding a comma: else none."""
    cuts = list(re.finditer(r",\s+et\s+", body))
    if len(cuts) != 1 or ";" in body:
        return []
    first, second = body[:cuts[0].start()], body[cuts[0].end():]
    if "," not in first + second:
        return []
    # what follows a comma inside an item qualifies it ("donc ...", "avant tout ..."); a
    # determiner there opens another item ("les pistes, les parkings, et les services": three)
    determiners = r"(?:le|la|les|l'|un|une|des|du|de|d'|au|aux|ses|son|sa|leur|leurs)(?![\w-])"
    if any(re.match(determiners, _norm(piece.strip())) for part in (first, second) for piece in part.split(",")[1:]):
        return []
    items = []
    for part, at in ((first, 0), (second, cuts[0].end())):
        item = part.strip()
        if not item:
            return []
        start = offset + at + len(part) - len(part.lstrip())
        items.append(Axis(" ".join(item.split()), start, start + len(item), False))
    return items


def _opens_infinitive(text: str) -> bool:
    """Whether an item of running text opens with a verb in the infinitive, capitalised or not."""
    text = text.strip()
    return bool(text) and _opens_with_infinitive(text[0].upper() + text[1:])


# The number before an item of an enumeration in running text: "1) ", "(2) ", or its letter, "a) ".
_ITEM_NUMBER = re.compile(r"\(?(\d{1,2}|[a-h])\)\s*")


def _unnumbered(text: str, items: list[Axis]) -> list[Axis]:
    """The items of an inline enumeration without their numbers ("trois axes : 1) relier, 2) former
    et 3) ouvrir", or lettered, "a) relier, b) former, c) ouvrir"): every item numbered, 1, 2, 3...
    (or a, b, c...) in order, or none; else no enumeration."""
    numbers = [_ITEM_NUMBER.match(text, a.start) for a in items]
    if not any(numbers):
        return items
    rank = [int(m.group(1)) if m.group(1).isdigit() else ord(m.group(1)) - ord("a") + 1 for m in numbers if m]
    if not all(numbers) or rank != list(range(1, len(items) + 1)):
        return []
    return [Axis(" ".join(text[m.end():a.end].split()), m.end(), a.end, a.listed) for m, a in zip(numbers, items)]


def _announced_axes(doc: Document) -> list[list[Axis]]:
    """"un plan en trois volets, pour A, B et C", "sur les axes suivants : A ; B ; C", "plusieurs
    volets comme A, B ou C": an axis word, a few words, then a colon or a preposition (or, right
    after the word, "comme" / "tels que"), and an enumeration to the end of the sentence
    (two to eight items of at most twelve words each)."""
    text, folded = doc.text, _norm(doc.text)
    pattern = re.compile(rf"(?<![a-z])(?:{_axis_words('structure_words')})(?![a-z])(?:[ \t\u00a0]+[a-z'-]+){{0,4}}?"
                         r"[ \t\u00a0]*(?::|(?P<comma>,)[ \t\u00a0]*(?:pour|autour de|sur)|(?<=[a-z])[ \t\u00a0]+(?P<like>comme|tels que|telles que))[ \t\u00a0]*")
    listings = []
    counted = re.compile(rf"(?:\d{{1,2}}|{number_alternation()})\s+$")
    sentence_end = re.compile(r"\.(?:\s|$)|\n|[!?]")
    for m in pattern.finditer(folded):
        if counted.search(folded[max(0, m.start() - 12):m.start()]):
            continue                      # "4 axes : ..." is read by the count rule, or not at all
        if m.group("comma") and not re.search(r"(?:plusieurs|differents|differentes|divers|diverses|"
                                              r"quelques|multiples)\s+$", folded[max(0, m.start() - 14):m.start()]):
            continue                      # "fidèle à ses ambitions, pour bâtir ...": a purpose, not parts
        if not re.match(r"[a-z]+[sx](?![a-z])", folded[m.start():]):
            continue                      # "un axe à la vie locale : celle de A, de B...": one part, described
        end_match = sentence_end.search(text, m.end())
        end = end_match.start() if end_match else len(text)
        body = text[m.end():end]
        separator = r"\s*;\s*" if ";" in body else r"\s*,\s*"   # "A ; B et C ; D": "B et C" is one item
        parts = [p for p in re.split(separator, body) if p.strip()]
        # "des axes comme A, B ou C": examples of the parts, the last after "ou" as well as "et"
        joins = r"\s+(?:et|ou)\s+" if m.group("like") else r"\s+et\s+"
        if m.group("like"):
            # the examples end at the first item joined by "et" / "ou" (the sentence goes on after a
            # comma: "des volets comme A, B ou C, ce plan entre ..."); none: no enumeration
            last = next((n for n, p in enumerate(parts) if re.search(joins, p)), None)
            parts = parts[:last + 1] if last is not None else []
        if ";" not in body and parts and re.search(joins, parts[-1]):
            last = parts.pop()
            cut = list(re.finditer(joins, last))[-1]
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
_LEADING_ADVERB = re.compile(r"(?:[a-zà-ÿœæ]+ment|surtout|aussi|enfin)\s+", re.IGNORECASE)


def _counted_then_enumerated(doc: Document) -> list[list[Axis]]:
    """A sentence that ends on a count of a strategy's parts ("... bâtie sur trois
    engagements forts."), the next sentence enumerating exactly as many items ("Elle vise A, B et
    surtout C, ..."): the items, from the enumeration's preposition to its "et"."""
    text, folded = doc.text, _norm(doc.text)
    numbers = number_alternation()
    pattern = re.compile(rf"(?<![\w])(\d{{1,2}}|{numbers})\s+(?:grands?\s+|grandes\s+)?"
                         rf"(?:{_axis_words('counted_sentence_words')})(?:\s+[a-z-]+){{0,2}}\.\s+")
    max_words = int(_lex().get("enumerated_item_max_words", 8))
    listings = []
    for m in pattern.finditer(folded):
        count = count_value(m.group(1))
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



# A sentence that restates the enumeration before it as a strategy's parts, counted, after a
# presentative: "Voilà les trois axes votés hier ...", "Ce sont les quatre priorités ...".
_RESTATED_PRESENTATIVE = r"(?:voila|voici|ce\s+sont|tels\s+sont|telles\s+sont)"


def _and_enumeration(body: str, offset: int) -> list[Axis] | None:
    """The items of an enumeration "A, B et C" written at ``offset`` of the text: the parts between
    commas, the last two on either side of the last "et". None without an "et"."""
    last = re.search(r"\s+et\s+(?!.*\s+et\s)", body)
    if not last:
        return None
    parts, cursor = [], offset
    for part in body[:last.start()].split(","):
        parts.append((part, cursor))
        cursor += len(part) + 1
    parts.append((body[last.end():], offset + last.end()))
    return [Axis(" ".join(p.split()), at + len(p) - len(p.lstrip()), at + len(p.rstrip()), False) for p, at in parts]


def _enumerated_then_counted(doc: Document) -> list[list[Axis]]:
    """A sentence that is only an enumeration ("Les mobilités, la lecture publique et les
    rivières."), the next sentence opening with a presentative and a count of a strategy's parts
    that matches it ("Voilà les trois axes votés hier ..."): the items."""
    text, folded = doc.text, _norm(doc.text)
    numbers = number_alternation()
    pattern = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)){_RESTATED_PRESENTATIVE}\s+(?:les|ses|leurs|nos)\s+"
                         rf"(\d{{1,2}}|{numbers})\s+(?:grands?\s+|grandes\s+)?"
                         rf"(?:{_axis_words('counted_sentence_words')})(?![a-z])")
    max_words = int(_lex().get("enumerated_item_max_words", 8))
    listings = []
    for m in pattern.finditer(folded):
        count = count_value(m.group(1))
        end = len(text[:m.start()].rstrip())
        if not count or not text[:end].endswith("."):
            continue
        start = max(text.rfind(".", 0, end - 1) + 1, text.rfind("\n", 0, end) + 1)
        items = _and_enumeration(text[start:end - 1], start)
        if items and len(items) == count and all(0 < len(a.text.split()) <= max_words for a in items):
            listings.append(items)
    return listings


def _determined_inline_axes(doc: Document) -> list[list[Axis]]:
    """A strategy's parts named with a definite or possessive article, no count, a few words, a
    colon, then an enumeration closing its sentence ("Ses priorités, adoptées en mai, seront suivies de
    près : A, B et C."): two to six items of at most ``enumerated_item_max_words`` words, the last after
    "et"."""
    text, folded = doc.text, _norm(doc.text)
    words = _axis_words("counted_sentence_words")
    pattern = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:les|ses|leurs|nos)\s+(?:grands?\s+|grandes\s+)?(?:{words})"
                         rf"(?![a-z])[^.:;!?\n]{{0,80}}:\s*")
    max_words = int(_lex().get("enumerated_item_max_words", 8))
    listings = []
    for m in pattern.finditer(folded):
        end_match = re.compile(r"\.(?:\s|$)|\n").search(text, m.end())
        end = end_match.start() if end_match else len(text)
        body = text[m.end():end]
        items = _and_enumeration(body, m.end()) if ";" not in body else None
        if items and 2 <= len(items) <= 6 and all(0 < len(a.text.split()) <= max_words for a in items):
            listings.append(items)
    return listings


# A bullet run into the text, then a structure word and its number ("• Axe 2 : ...").
_RUN_IN_LABEL = r"[•·▪]\s*(?:{})\s*(?:n°\s*)?(\d{{1,2}})\s*[:.–—-]\s*"
# A label ending the last item ("... Petite enfance et familles Suites du plan : Les actions ..."):
# capitalised words right before a colon, the next part of the page.
_NEXT_LABEL = re.compile(r"\s+[A-ZÀ-ÝŒÆ][^\s:•]*(?:\s+[^\s:•]+){0,4}\s*:")


def _run_in_numbered_labels(doc: Document) -> list[list[Axis]]:
    """A list of numbered parts run into one paragraph, its line breaks lost ("• Axe 1 : A • Axe 2 :
    B • Axe 3 : C"): the titles, numbered 1, 2, 3... in order, two at least; the last one ends at
    the paragraph's end, a full stop or the label of the page's next part."""
    text = doc.text
    words = "|".join(sorted({re.escape(str(w).rstrip("s")) for w in _lex()["structure_words"]}, key=len, reverse=True))
    pattern = re.compile(_RUN_IN_LABEL.format(words), re.IGNORECASE)
    listings = []
    for block in doc.blocks:
        found = list(pattern.finditer(text, block.start, block.end))
        if len(found) < 2 or [int(m.group(1)) for m in found] != list(range(1, len(found) + 1)):
            continue
        items = []
        for n, m in enumerate(found):
            end = found[n + 1].start() if n + 1 < len(found) else block.end
            title = text[m.end():end]
            if n + 1 == len(found):
                stop = re.search(r"\.(?:\s|$)|\n", title)
                title = title[:stop.start()] if stop else title
                label = _NEXT_LABEL.search(title)
                title = title[:label.start()] if label else title
            title = title.rstrip(" ;,")
            if not title.strip() or len(title.split()) > 20:
                break
            items.append(Axis(" ".join(title.split()), m.end(), m.end() + len(title), False))
        if len(items) == len(found):
            listings.append(items)
    return listings


# A dash opening an item of a list whose line breaks were lost: "- ", "– ", "— ".
_DASH_ITEM = re.compile(r"[-–—]\s+(?=\S)")


def _dashed_run_in(doc: Document) -> list[list[Axis]]:
    """A list run into the text, its line breaks lost: an axis word, a few words, a colon, then
    items each opened by a dash and closed by a semicolon, the last by a full stop ("Les axes
    retenus porteront sur : - les réseaux ; - les usages ; - la formation."). Two to eight items
    of at most twelve words each, every one opened by its dash."""
    text, folded = doc.text, _norm(doc.text)
    pattern = re.compile(rf"(?<![a-z])(?:{_axis_words()})(?![a-z])[^.:;!?\n]{{0,160}}:[ \t\u00a0]*(?=[-–—]\s)")
    listings = []
    for m in pattern.finditer(folded):
        end_match = re.compile(r"\.(?:\s|$)").search(text, m.end())
        end = end_match.start() if end_match else len(text)
        body = text[m.end():end]
        items, cursor, ok = [], m.end(), True
        for part in body.split(";"):
            dash = _DASH_ITEM.match(part.strip())
            if part.strip() and not dash:
                ok = False
                break
            if part.strip():
                lead = len(part) - len(part.lstrip()) + dash.end()
                item = part[lead:].rstrip()
                items.append(Axis(" ".join(item.split()), cursor + lead, cursor + lead + len(item), False))
            cursor += len(part) + 1
        if ok and 2 <= len(items) <= 8 and all(0 < len(a.text.split()) <= 12 for a in items):
            listings.append(items)
    return listings


def _counted_semicolon_items(doc: Document) -> list[list[Axis]]:
    """A count and a word for the parts of anything ("cinq items", "quatre thèmes"; strategy.yaml
    ``counted_list_words``), a colon, then exactly as many items separated by semicolons to the end
    of the sentence ("réparties en trois thèmes : se loger ; se déplacer, travailler ; se soigner."),
    each of at most twelve words: the axes (commas inside an item are its own)."""
    words = _lex().get("counted_list_words") or []
    if not words:
        return []
    text, folded = doc.text, _norm(doc.text)
    alternation = "|".join(re.escape(_norm(w)) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w])(\d{{1,2}}|{number_alternation()})\s+(?:grands?\s+|grandes\s+)?"
                         rf"(?:{alternation})(?![a-z])[ \t\u00a0]*:[ \t\u00a0]*")
    listings = []
    for m in pattern.finditer(folded):
        count = count_value(m.group(1))
        end_match = re.compile(r"\.(?:\s|$)|\n").search(text, m.end())
        end = end_match.start() if end_match else len(text)
        items, cursor = [], m.end()
        for part in text[m.end():end].split(";"):
            lead = len(part) - len(part.lstrip())
            item = part.strip()
            if item:
                items.append(Axis(" ".join(item.split()), cursor + lead, cursor + lead + len(item), False))
            cursor += len(part) + 1
        if count >= 2 and len(items) == count and all(len(a.text.split()) <= 12 for a in items):
            listings.append(items)
    return listings
