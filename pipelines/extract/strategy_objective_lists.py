"""A strategy's objectives listed in the infinitive, announced by the sentence that sets them: "Le
schéma retient ces objectifs d'ici 2030 :", "Son objectif sera triple :" over items each opening with
a verb ("- Réduire les déchets", "- Former les agents", "- Relier les bourgs"); or by the title of a
page that is only that list ("Les 5 grands objectifs du parc" over its items). Items written as
actions are the plan's objectives even when they state a share ("Réduire de 20 % ..."): a list of
nouns ("Réduction de 20 % ...") gives targets, read elsewhere.

The announcing sentence is the last of the paragraph right before the list; it ends with a colon and
holds an objective word (strategy.yaml ``objective_list_words``), and it is not a bare label
("Objectifs :", a project sheet's section). At least ``objective_list_min_items`` items. The items
run over list items, paragraphs opening with a verb (a list whose bullet was lost) and an item run
into a paragraph after a dash (" - Relier ..."); anything else ends the list. With a title counting
them, the items must number the count. A sentence naming a plan and counting its parts under any
word before its colon ("Le programme de Trévanne repose sur 4 leviers :") announces such a list too,
when the items number exactly the count.

The same objectives run into the sentence after its colon ("Le plan retient ses objectifs :
relier les bourgs, former les agents, ouvrir les données."): at least as many pieces between
semicolons (else commas) to the end of the sentence, each opening with an infinitive, possibly after
an adverb (``objective_item_adverbs``: "mieux former")."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from .lines import LIST_MARKER
from .strategy_announced_lists import _SHARE, _drafting, _unowned_aims
from .strategy_text import Axis, _lex, _norm, _opens_with_infinitive, _strategy_words, count_value, number_alternation

# A year in an item stating a share ("Réduire de 30 % les déchets d'ici 2030", "Porter à 40 % la part
# du bois en 2035"): an item stating both is a dated target of the plan, not one of its objectives.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _dated_shares(items: list[Axis]) -> bool:
    """Whether every item of a list states both a share and a year ("- Réduire de 30 % les
    déchets d'ici 2030", "- Porter à 40 % la part du bois en 2035"): such a list sets a plan's dated
    targets, not its objectives; one item without a year ("- Former les agents") keeps the list."""
    return bool(items) and all(_SHARE.search(a.text) and _YEAR.search(a.text) for a in items)


_RUN_IN_DASH = re.compile(r"(?<=[.;:])\s+[-–—]\s+(?=[A-ZÀ-ÝŒÆ])")


def _words() -> str:
    return "|".join(re.escape(_norm(w)) for w in _lex().get("objective_list_words", [])) or "(?!)"


def _infinitive(piece: str) -> bool:
    """Whether a piece of running text opens with a verb in the infinitive, after an adverb of
    ``objective_item_adverbs`` at most."""
    piece = piece.strip()
    adverbs = "|".join(re.escape(_norm(w)) for w in _lex().get("objective_item_adverbs", [])) or "(?!)"
    lead = re.match(rf"(?:{adverbs})\s+", _norm(piece), flags=re.IGNORECASE)
    piece = piece[lead.end():] if lead else piece
    return bool(piece) and _opens_with_infinitive(piece[0].upper() + piece[1:])


@cache
def _kind_subject_pattern() -> re.Pattern:
    """A plural subject pronoun of strategy.yaml ``kind_subject_pronouns`` opening a sentence."""
    pronouns = "|".join(re.escape(_norm(w)) for w in _lex().get("kind_subject_pronouns", [])) or "(?!)"
    return re.compile(rf"\s*(?:{pronouns})\s")


def _kind_subject(opening: str) -> bool:
    """Whether the sentence announcing objectives opens on a plural subject pronoun (strategy.yaml
    ``kind_subject_pronouns``): "Ils ont trois objectifs : ..." after "Les contrats de rivière
    existent depuis 1981." speaks of a whole kind of plans (a press article's overview), not of the
    one strategy a document sets; "Le contrat de Valbrune a trois objectifs : ..." does."""
    return _kind_subject_pattern().match(opening) is not None


def run_in_objectives(doc: Document) -> list[Axis]:
    """Objectives run into the sentence after the colon of a phrase holding an objective word."""
    text, folded = doc.text, _norm(doc.text)
    least = int(_lex().get("objective_list_min_items", 3))
    most = int(_lex().get("objective_item_max_words", 30))
    for m in re.finditer(rf"(?<![a-z])(?:{_words()})(?![a-z])(?:[^.!?:\n]|\n(?!\s*\n)){{0,200}}:", folded):
        opening = max(folded.rfind(". ", 0, m.start()), folded.rfind("\n\n", 0, m.start())) + 1
        if _drafting(folded[opening:m.end()]):
            continue        # "a souhaité élaborer un schéma poursuivant ces objectifs :": the drafting's aims
        if _kind_subject(folded[opening:m.start()]):
            continue        # "Ils ont trois objectifs :": the aims of a whole kind of plans
        stop = re.compile(r"\.(?:\s|$)|[!?»]|\n\s*\n").search(text, m.end())
        end = stop.start() if stop else len(text)
        body = text[m.end():end]
        separator = ";" if ";" in body else ","
        items, at = [], m.end()
        for part in body.split(separator):
            stripped = part.strip().lstrip("«-–— \u00a0").rstrip(" ;,.")
            if stripped:
                begin = text.index(stripped, at)
                items.append(Axis(" ".join(stripped.split()), begin, begin + len(stripped), False))
            at += len(part) + 1
        if len(items) >= least and _stated_count(folded[max(0, m.start() - 40):m.end()]) in (None, len(items)) and all(_infinitive(a.text) and len(a.text.split()) <= most for a in items):
            return items
    return []


def _item(text: str, start: int, end: int) -> Axis | None:
    """The item of ``text[start:end]`` without its marker, when it opens with an infinitive; its first
    sentence only (a description may follow it)."""
    raw = text[start:end]
    marker = LIST_MARKER.match(raw)
    begin = start + (marker.end() if marker else 0)
    body = text[begin:end].strip()
    if not body or not _opens_with_infinitive(body):
        return None
    body = re.split(r"(?<=[a-zà-ÿœæ)])\.(?:\s|$)", body)[0].rstrip(" ;,.")
    at = text.index(body, begin)
    return Axis(" ".join(body.split()), at, at + len(body), True)


def _items_from(doc: Document, k: int) -> list[Axis]:
    """The infinitive items of the blocks from ``k`` on, as the module's docstring says."""
    text, items = doc.text, []
    for b in doc.blocks[k:]:
        if b.kind not in ("list_item", "paragraph"):
            break
        item = _item(text, b.start, b.end)
        if item is not None:
            items.append(item)
            continue
        if b.kind != "paragraph":
            break
        dash = _RUN_IN_DASH.search(text, b.start, b.end)
        item = _item(text, dash.end(), b.end) if dash else None
        if item is None:
            break
        items.append(item)
    return items


def _title_count(doc: Document) -> int | None:
    """The count of objectives the document's title states ("Les 4 grands objectifs de X"), else
    None; 0 when the title names objectives without a count."""
    title = _norm(doc.title or "")
    m = re.search(rf"(?<![a-z])(?:(\d{{1,2}}|{number_alternation()})\s+)?(?:grands\s+|grandes\s+|principaux\s+)?"
                  rf"(?:{_words()})(?![a-z])", title)
    if m is None:
        return None
    number = m.group(1)
    return 0 if number is None else count_value(number)


def _stated_count(sentence: str) -> int | None:
    """The count the announcing sentence gives its objectives: "Son objectif sera double" (claims.yaml
    ``multiplied_counts``), "trois objectifs", "4 objectifs"; else None."""
    folded = _norm(sentence)
    times = {_norm(k): int(v) for k, v in (_lex().get("multiplied_counts") or {}).items()}
    m = re.search(rf"(?<![a-z])(?:{_words()})\s+(?:est|sont|etait|sera|reste)\s+({'|'.join(times) or '(?!)'})(?![a-z])"
                  rf"|(?<![a-z])({'|'.join(times) or '(?!)'})\s+(?:{_words()})(?![a-z])", folded)
    if m:
        return times[m.group(1) or m.group(2)]
    m = re.search(rf"(?<![\w-])(\d{{1,2}}|{number_alternation()})\s+(?:grands\s+|principaux\s+)?(?:{_words()})(?![a-z])",
                  folded)
    return None if m is None else count_value(m.group(1))


@cache
def _plan_objectives_pattern() -> re.Pattern:
    """An objective word, a link of strategy.yaml ``heading_owner_links``, a word of
    ``quoted_undertaking_words`` and at most two words after it, the whole of a folded line."""
    links = "|".join(re.escape(_norm(w)).replace(r"\ ", r"\s+") for w in _lex().get("heading_owner_links", [])) or "(?!)"
    plans = "|".join(re.escape(_norm(w)).replace(r"\ ", r"\s+") for w in _lex().get("quoted_undertaking_words", [])) or "(?!)"
    return re.compile(rf"\s*(?:les\s+)?(?:grands\s+|principaux\s+)?(?:{_words()})\s+(?:{links})\s*(?:ce\s+|cette\s+|notre\s+)?"
                      rf"(?:{plans})(?:\s+[\w'-]+){{0,2}}\s*:?\s*")


def _plan_objectives_label(line: str) -> bool:
    """Whether a short line is a label naming the objectives of a plan, no colon needed: "Objectifs du
    plan", "Les grands objectifs de la stratégie" (``_plan_objectives_pattern``)."""
    return _plan_objectives_pattern().fullmatch(_norm(line)) is not None


@cache
def _plan_counted_parts_pattern() -> re.Pattern:
    """A sentence naming a plan (a word of ``quoted_undertaking_words``) and ending on a count and one
    word before its colon, whatever that word: "Cette feuille de route repose sur 5 chantiers :"."""
    plans = "|".join(re.escape(_norm(w)).replace(r"\ ", r"\s+") for w in _lex().get("quoted_undertaking_words", [])) or "(?!)"
    return re.compile(rf"(?<![a-z])(?:{plans})(?![a-z])[^.!?:]*?(?<![\w,.-])(\d{{1,2}}|{number_alternation()})\s+[a-zà-ÿœæ]+\s*:\s*$")


def _plan_counted_parts(sentence: str) -> int | None:
    """The count of the parts a sentence naming a plan announces before its colon, whatever it calls
    them ("Le programme s'appuie sur quatre leviers :" gives 4), else None: the items must number it."""
    m = _plan_counted_parts_pattern().search(_norm(sentence))
    return None if m is None else count_value(m.group(1))


def _owned_objectives_label(block_text: str) -> bool:
    """Whether a block is only a label of objectives with a possessive or definite article, on a line of
    its own in capitals ("LES OBJECTIFS", "NOS OBJECTIFS"): a page's section heading the strategy's
    objectives (strategy.yaml ``objective_label_articles``); a bare "Objectifs :" heads a project
    sheet's section, any case."""
    line = " ".join(block_text.split())
    articles = "|".join(re.escape(_norm(w)) for w in _lex().get("objective_label_articles", [])) or "(?!)"
    return (line.isupper() and "\n" not in block_text.strip()
            and re.fullmatch(rf"(?:{articles})\s+(?:{_words()})\s*:?", _norm(line)) is not None)


def objective_lists(doc: Document) -> list[Axis]:
    """The first list of objectives in the infinitive that a sentence or the title announces."""
    text, blocks = doc.text, doc.blocks
    least = int(_lex().get("objective_list_min_items", 3))
    announce = re.compile(rf"(?<![a-z])(?:{_words()})(?![a-z])[^.!?]*:\s*$")
    for k, block in enumerate(blocks):
        if k == 0 and block.kind == "list_item":
            count = _title_count(doc)
            items = _items_from(doc, 0) if count is not None else []
            if len(items) >= least and count in (0, len(items)):
                return items
        if block.kind not in ("paragraph", "heading") or k + 1 >= len(blocks) or blocks[k + 1].kind != "list_item":
            continue
        last = re.split(r"[.!?]\s", text[block.start:block.end].strip())[-1]
        labelled = _plan_objectives_label(last) or _owned_objectives_label(text[block.start:block.end])
        # a plan counting its parts under any word, over exactly as many infinitive items ("La feuille
        # de route de Valbrune repose sur 3 engagements :" over "- Relier ...", "- Former ...", "- Ouvrir ...")
        counted = _plan_counted_parts(last) if block.kind == "paragraph" else None
        if counted is not None:
            items = _items_from(doc, k + 1)
            if len(items) >= least and len(items) == counted:
                return items
        if not labelled and (block.kind != "paragraph" or _unowned_aims(last) or not announce.search(_norm(last))):
            continue
        items = _items_from(doc, k + 1)
        if len(items) >= least and _stated_count(last) in (None, len(items)) and not _dated_shares(items):
            return items
    return []


def intended_aims(doc: Document) -> list[Axis]:
    """Aims run into a sentence whose subject is the strategy (a strategy word, or a pronoun standing
    for the strategy named before) and whose verb is one of intent (strategy.yaml ``intent_verbs``),
    as three infinitives at least and no colon: "Le schéma entend relier les bourgs, former les agents
    et ouvrir les données." The items are cut at a comma, "et" or "mais aussi" before an infinitive
    (an item's own commas, "tels que le logement, l'eau", stay in it), without their "de"."""
    verbs = "|".join(re.escape(_norm(w)) for w in _lex().get("intent_verbs", [])) or "(?!)"
    pronouns = "|".join(re.escape(_norm(w)) for w in _lex().get("intent_pronouns", [])) or "(?!)"
    heads = "|".join(re.escape(_norm(w)) for w in _lex().get("intent_subject_heads", [])) or "(?!)"
    least = int(_lex().get("objective_list_min_items", 3))
    most = int(_lex().get("objective_item_max_words", 30))
    text, folded = doc.text, _norm(doc.text)
    joint = r"(?:,\s+(?:et\s+|mais\s+aussi\s+|ainsi\s+que\s+)?|\s+(?:et|mais\s+aussi)\s+)(?:de\s+|d['’])?"
    for m in re.finditer(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:le|la|les|ce|cette|ces|notre|son|sa)\s+(?:{_strategy_words()}|{heads})"
                         rf"(?![a-z])[^.!?:;\n]{{0,80}}?|(?:{pronouns})\s+)(?:{verbs})\s+(?:[a-z]+ment\s+)?(?:de\s+|d['’])?", folded):
        stop = re.compile(r"\.(?:\s|$)|[!?:;»]|\n").search(text, m.end())
        end = stop.start() if stop else len(text)
        if stop is None or text[stop.start()] != ".":
            continue
        cuts = [j for j in re.finditer(joint, folded[m.end():end]) if _infinitive(folded[m.end() + j.end():end])]
        bounds, at = [], m.end()
        for j in cuts:
            bounds.append((at, m.end() + j.start()))
            at = m.end() + j.end()
        bounds.append((at, end))
        items = []
        for a, b in bounds:
            piece = text[a:b].strip().rstrip(" ;,.")
            if not piece or not _infinitive(piece) or len(piece.split()) > most:
                items = []
                break
            begin = text.index(piece, a)
            items.append(Axis(" ".join(piece.split()), begin, begin + len(piece), False))
        if len(items) >= least:
            return items
    return []
