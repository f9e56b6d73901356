"""What a cited figure counts (its measure): the noun phrase after it, the unit and what follows
it, the noun of the figure before it ("dont 120"), or the verb it is the subject of."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import load
from .figure_text import _TOKEN, Mention, _ends_with_phrase, _lex, _norm, _normset, _words_before
from .numbers import parse_digits
from .quantities import Quantity


# Blanks between the words of a measure, one line break at most. A tab separates two cells of a
# table row ("2<tab>Ville X"): the counted noun is not read across it.
_GAP = re.compile(r"[ \u00a0\u202f]*\n?[ \u00a0\u202f]*")


def _measure_after(text: str, folded: str, pos: int, limit: int | None = None) -> tuple[str, int, int]:
    """The counted noun phrase after ``pos``: (measure as written, start, end)."""
    ms = _lex()["measure"]
    stop = _normset("measure", "stop_words")
    connectors = _normset("measure", "connectors")
    articles = _normset("measure", "articles")
    prepositions = _normset("measure", "prepositions")
    verb_endings = tuple(_norm(e) for e in ms["verb_endings"])
    exceptions = tuple(_norm(e) for e in ms["verb_ending_exceptions"])
    limit = len(text) if limit is None else limit
    cursor = pos
    taken: list[tuple[int, int, str]] = []
    while len([t for t in taken if t[2] not in connectors]) < int(ms["max_words"]):
        if cursor >= limit:
            break          # the figure ends at the edge of its window (a sentence cut to its bound)
        nxt = _GAP.match(text, cursor, limit).end()
        if nxt >= limit:
            break
        word = _TOKEN.match(text, nxt, limit)
        if not word or word.start() != nxt:
            break
        token = folded[word.start():word.end()]
        if any(ch.isdigit() for ch in token):
            break
        # "d'eau", "l'année": an elided article is a connector glued to its noun
        elided = re.match(r"(d|l|qu|n|s|c|j|m|t)'(.+)", token)
        head = elided.group(1) + "'" if elided else token
        if head in stop or token in stop:
            break
        if taken and token.endswith(verb_endings) and not token.endswith(exceptions) and head == token:
            break
        if taken and head in articles and taken[-1][2] not in prepositions:
            break
        if not taken and token in connectors and not elided and token not in ("de", "des", "du", "par"):
            break
        taken.append((word.start(), word.end(), token))
        cursor = word.end()
    while taken and taken[-1][2] in connectors:
        taken.pop()
    # A leading "de", "des", "par" is kept: "% des enquêtes", "€ par an" (the caller decides).
    while taken and taken[0][2] in connectors and taken[0][2] not in ("de", "des", "du", "par"):
        taken.pop(0)
    if taken and all(t[2] in connectors for t in taken):
        taken = []
    if not taken:
        return "", pos, pos
    start, end = taken[0][0], taken[-1][1]
    return " ".join(text[start:end].split()), start, end


# A noun of at most three words between quotation marks right after a number.
_QUOTED_NOUN = re.compile(r"[ \t\u00a0\u202f]*[«“\"][ \t\u00a0\u202f]*([^\W\d_][\w'’-]*(?:[ \t][\w'’-]+){0,2})[ \t\u00a0\u202f]*[»”\"]")


def _antecedent(text: str, folded: str, pos: int, sentence_start: int) -> str:
    """The noun phrase before "dont" in "les médiateurs recrutés cette année, dont 4"."""
    determiners = r"(?:les|des|ces|de|d'|nos|vos|leurs)"
    head = folded[sentence_start:pos]
    last = None
    for m in re.finditer(r"(?<![a-z])" + determiners + r"\s*(?=[a-z])", head):
        last = m
    if not last:
        return ""
    measure, _, _ = _measure_after(text, folded, sentence_start + last.end(), pos)
    return measure


def _measure_for(doc: Document, folded: str, q: Quantity, sentence: tuple[int, int],
                 previous: list["Mention"]) -> tuple[str, bool]:
    """(measure, counted noun found). For a unit, the measure is the unit as written with what
    follows it ("m3 d'eau", "% des enquêtes", "€ par an"). ``previous``: the mentions found
    before (only those of the same sentence are read)."""
    text = doc.text
    if q.ratio:   # "une commune sur quatre": the noun between the two numbers
        connector = re.escape(load("numbers")["ratio"]["connector"])
        between = " ".join(re.sub(rf"\s+{connector}\s+\S+$", "", text[q.number_end:q.end], flags=re.I).split())
        if between:
            return between, True
    phrase, _, _ = _measure_after(text, folded, q.end, sentence[1] + 1)
    if not phrase and q.unit == "count" and (quoted := _QUOTED_NOUN.match(text, q.end, sentence[1] + 1)):
        phrase = " ".join(quoted.group(1).split())      # "12 « parrains »": the counted noun between quotes
    first = _norm(phrase.split()[0]) if phrase else ""
    several = re.match(rf"[ \t\u00a0]+({_anaphoric_phrases()})(?![a-z])", folded[q.end:q.end + 20]) \
        if not phrase and q.unit == "count" and _anaphoric_phrases() else None
    if several:
        first = several.group(1)    # "1 400 lecteurs, 250 de plus qu'en mai": the words the phrase stops at
    if first in _normset("measure", "anaphoric_words") and q.unit == "count":
        rest = phrase.split(maxsplit=1)[1] if len(phrase.split()) > 1 else ""
        if rest:   # "2 autres tables rondes": the noun is written
            return rest, True
        same_sentence = [m for m in previous if m.sentence == sentence and m.measure]
        if same_sentence:   # "et deux autres pour le département": the previous figure's noun
            return same_sentence[-1].measure, True
    linked = bool(phrase) and re.match(r"(?:de|des|du|par)\s|d'", _norm(phrase)) is not None
    if q.unit != "count":
        if linked:
            return f"{q.unit_text} {phrase}".strip(), True
        return q.unit_text, True
    if linked and not q.collective:
        phrase = re.sub(r"^(?:de|des|du)\s+|^d['’]", "", phrase)   # "3 de plus" is not a measure
    if phrase:
        return phrase, True
    same_sentence = [m for m in previous if m.sentence == sentence and m.measure and m.q.unit == "count"]
    if _ends_with_phrase(folded, q.start, _normset("measure", "antecedent_cues")):
        # "640 ordinateurs ..., dont 120": the previous figure's noun, else the phrase before "dont"
        antecedent = same_sentence[-1].measure if same_sentence else _antecedent(text, folded, q.start, sentence[0])
        if antecedent:
            return antecedent, True
    if same_sentence and _ends_with_phrase(folded, q.start, _normset("measure", "comparison_cues")):
        return same_sentence[-1].measure, True
    if same_sentence and not q.in_words and _enumerated_part(folded, q, same_sentence[-1]):
        # "5 000 arbres le long des routes, 3 000 dans les parcs": the noun the list's first figure counts
        return same_sentence[-1].measure, True
    share = [m for m in previous if m.sentence == sentence][-1:]
    if share and share[-1].q.unit == "percent" and share[-1].measure and re.fullmatch(r"[^()\n.;:!?]{0,60}\([ \t\u00a0]*", text[share[-1].q.end:q.start]) \
            and re.match(r"[ \t\u00a0]*\)", text[q.end:q.end + 3]):
        # "38 % de cyclistes (52)": in brackets right after a share, the number of what it counts
        noun = re.sub(r"^(?:de|des|du)\s+|^d'", "", _norm(share[-1].measure[len(share[-1].q.unit_text):].strip()))
        if noun:
            return share[-1].measure[len(share[-1].measure) - len(noun):], True
    if (q.approximate or q.value >= _BRACKETED_MIN) and re.match(r"[ \t\u00a0\u202f]*\)", text[q.end:q.end + 3]):
        # "des communes (plus de 300) et des régies (45)": a count alone in brackets right after a
        # plural noun opened by an article counts that noun (not a note's call: "(1)"), unless a
        # capitalised word ends the phrase: "les rencontres de Villebois (33)" gives a place's code
        noun = _BRACKETED_AFTER_NOUN.search(folded, max(sentence[0], q.start - 80), q.start)
        if noun and not text[noun.start(1):noun.end(1)].split()[-1][:1].isupper():
            return " ".join(text[noun.start(1):noun.end(1)].split()), True
    if same_sentence:
        # "510 visiteurs (430 en 2021, 470 en 2023)": in brackets after a figure, the same thing
        opened = text.rfind("(", sentence[0], q.start)
        if opened >= 0 and text.find(")", opened, q.start) < 0:
            before = [m for m in same_sentence if m.q.end <= opened]
            if before:
                return before[-1].measure, True
    if not q.in_words:
        # "14 sur les 20 dossiers": the part counts what the whole counts
        whole = _whole_after(text, folded, q.end, sentence[1] + 1, q.value)
        if whole:
            return whole, True
        # "Vote : 14 pour, 2 contre": a vote's count
        vote = _vote_word().match(folded, q.end)
        if vote:
            return text[vote.start(1):vote.end(1)], True
        # "Nombre de réponses : 64", "Région A | 37 |": the label the figure is the value of
        label = _label_before(text, folded, q)
        if label:
            return label, True
        # "1 200 ont répondu à l'enquête": the number is the subject of a verb in the plural
        subject = _subject_of_verb().match(folded, q.end, sentence[1])
        if subject:
            return " ".join(text[subject.start(1):subject.end()].split()), True
        # "ils seront 2 500 à la rentrée": the number counts what the pronoun stands for
        if _ends_with_phrase(folded, q.start, _normset("measure", "pronoun_counts")):
            if same_sentence:
                return same_sentence[-1].measure, True
            # "les agents, qui seront près de 45": the noun phrase before the relative pronoun
            relative = folded.rfind("qui", sentence[0], q.start)
            return (_antecedent(text, folded, relative, sentence[0]) if relative >= 0 else ""), True
    return "", False


@cache
def _anaphoric_phrases() -> str:
    """The anaphoric words of several words ("de plus", "de moins"), which the counted phrase stops at."""
    return "|".join(re.escape(w) for w in sorted(_normset("measure", "anaphoric_words"), key=len, reverse=True) if " " in w)


@cache
def _enumeration_place() -> re.Pattern:
    """A comma, then (after the number) a preposition of where or what for (claims.yaml measure
    `enumeration_prepositions`): the shape of one item of a list of counts sharing one noun."""
    words = "|".join(re.escape(w) for w in sorted(_normset("measure", "enumeration_prepositions"), key=len, reverse=True))
    return re.compile(rf"[ \t\u00a0\u202f]+(?:{words})(?![a-z])")


def _enumerated_part(folded: str, q: Quantity, previous: "Mention") -> bool:
    """Is ``q`` a bare count in a list that the sentence's previous count opened with its noun
    ("5 000 arbres le long des routes, 3 000 dans les parcs, 800 aux écoles")? A comma right before
    the number (only words, no other number, since the previous count) and a preposition right
    after it: the writer does not repeat the noun."""
    if q.unit != "count" or previous.q.unit != "count" or previous.q.ratio or not previous.measure:
        return False
    if not re.search(r",[ \t\u00a0\u202f]*$", folded[max(previous.q.end, q.start - 4):q.start]):
        return False
    return _enumeration_place().match(folded, q.end) is not None


# A plural noun after an article (and at most four words describing it), then an opening bracket:
# "des régies de transport (".
_BRACKETED_AFTER_NOUN = re.compile(r"(?<![\w'])(?:des|les|de|d')\s*([^\W\d][\w-]*[sx](?:[ \t\u00a0]+[^\W\d][\w'-]*){0,4})"
                                   r"[ \t\u00a0]*\([ \t\u00a0]*$")
# ... and the count in brackets is at least this (a smaller bare number may be a note's call), or qualified.
_BRACKETED_MIN = 10


@cache
def _part_of_whole() -> re.Pattern:
    """"sur les 20", "sur 120": the proportion's connector (numbers.yaml `ratio`), a determiner, a
    number; or "de" and a determiner ("12 de ses 40 communes")."""
    connector = re.escape(_norm(load("numbers")["ratio"]["connector"]))
    determiners = "|".join(re.escape(w) for w in sorted(_normset("measure", "referring_determiners"), key=len, reverse=True))
    blank = r"[ \t\u00a0\u202f]"
    return re.compile(rf"{blank}+(?:{connector}{blank}+(?:(?:{determiners}){blank}+)?|de{blank}+(?:{determiners}){blank}+)"
                      r"((?!0)\d{1,3}(?:[ \u00a0\u202f.]\d{3})*|\d+)(?![\d,])")


def _whole_after(text: str, folded: str, pos: int, limit: int, value: float) -> str:
    """The noun of "14 sur les 20 dossiers" after the second number: what the first one counts too."""
    m = _part_of_whole().match(folded, pos, limit)
    whole = parse_digits(m.group(1)) if m else None
    if whole is None or whole < value:     # a part is not more than its whole
        return ""
    return _measure_after(text, folded, m.end(), limit)[0]


@cache
def _subject_of_verb() -> re.Pattern:
    """An auxiliary in the plural and a participle right after a number: the number counts the
    people or things that did it ("1 200 ont répondu", "300 sont inscrits")."""
    auxiliaries = "|".join(re.escape(_norm(w)) for w in _lex()["measure"]["plural_auxiliaries"])
    return re.compile(rf"[ \t\u00a0\u202f]+((?:{auxiliaries})[ \t\u00a0\u202f]+(?:(?:deja|aussi|egalement|ainsi)[ \t]+)?"
                      rf"[a-z]+(?:e|es|ee|ees|i|is|u|us|t|ts)(?![a-z'-]))")


def _word_number_is_counting(folded: str, q: Quantity, measure: str, doc_text: str = "") -> bool:
    """A number in words counts something only before a countable noun, not after "les"."""
    if q.unit != "count" or q.collective or q.ratio:
        return True
    if not measure:
        return False
    words = _norm(measure).split()
    if words and words[0] in ("de", "des", "du") and len(words) > 1:
        words = words[1:]
    vague = _normset("measure", "vague_nouns")
    if any(w in vague for w in words[:2]):
        # ... except the parts of a strategy: "le plan repose sur trois axes", "trois piliers ont
        # été retenus" state how it is built (named back, "les trois axes", they still refer); an
        # adjective may come first ("trois grands axes")
        head = _measure_after(doc_text, folded, q.end)[0] if doc_text else ""
        if not any(_norm(w) in _normset("exclusions", "strategy_part_nouns") for w in head.split()[:2]):
            return False
    before = _words_before(folded, q.number_start, 1, line_only=False)
    if before and before[-1] in _normset("measure", "referring_determiners") \
            and (before[-1] in _normset("measure", "anaphoric_determiners")
                 or _norm(q.raw.strip()) in _normset("measure", "pair_words")
                 or not _opens_with_determiner(folded, q.number_start)
                 or any(w in vague for w in words[:2])):
        # "ces trois projets", "tous les deux", "les deux communes" (both) refer back to what was
        # said; opening a sentence, "Les cinq jardins ont ouvert ..." states how many there are
        # (not a strategy's parts, "Les trois axes ...": named back, see above)
        return False
    ambiguous = {_norm(w) for w in load("numbers").get("ambiguous_words", [])}
    if _norm(q.raw.strip()) in ambiguous:
        # "neuf communes" counts (a plural noun right after it); "un bâtiment neuf" does not
        return bool(re.match(r"[ \t\u00a0]+[^\W\d_]{2,}[sx](?![\w'-])", folded[q.end:q.end + 40])) \
            and _norm(measure).startswith(folded[q.end:q.end + 40].split()[0])
    return True


def _opens_with_determiner(folded: str, pos: int) -> bool:
    """The determiner right before ``pos`` opens its line or sentence: "Les trois ateliers ont ..."."""
    return re.search(r"(?:^|\n|[.!?:;•*\-–—][ \t\u00a0]*)[ \t\u00a0]*[a-z]+[ \t\u00a0\u202f]+$",
                     folded[max(0, pos - 40):pos]) is not None


# A label is looked for at most this many characters before its number, on the number's line.
LABEL_REACH = 200


@cache
def _vote_word() -> re.Pattern:
    words = "|".join(re.escape(_norm(w)) for w in _lex()["measure"]["vote_words"])
    return re.compile(rf"[ \t\u00a0]+({words})(?=[ \t\u00a0]*(?:[.,;:)\n]|$|et\s|contre\s|pour\s))")


def _label_before(text: str, folded: str, q: Quantity) -> str:
    """The label a number is the value of, on its line: "Label : 86" (at most ``label_max_words``
    words, after the line's start or the last sentence end), or the first cell of a table row
    written with "|" ("Région A | 37 |"). "" when there is none."""
    spec = _lex()["measure"]
    reach = max(0, q.number_start - LABEL_REACH)
    newline = text.rfind("\n", reach, q.number_start)
    line_start = newline + 1 if newline >= 0 else reach
    head = text[line_start:q.start]
    if "|" in head:
        cells = [c.strip() for c in head.split("|")]
        first = next((c for c in cells if c), "")
        if first and re.search(r"[^\W\d_]{3,}", first) and len(first.split()) <= int(spec["label_max_words"]):
            return first
        return ""
    stripped = head.rstrip()
    if not stripped.endswith(":"):
        return ""
    body = stripped[:-1]
    cut = max(body.rfind(c) for c in ":.;!?")         # the label starts after the last delimiter
    label = body[cut + 1:].strip(" -–—•*\t")
    words = label.split()
    if not words or not re.search(r"[^\W\d_]{3,}", label):
        return ""
    if _opens_with_a_count(words):
        # "Nombre d'inscrits par séance : 18": the label says what it counts, whatever noun ends it
        return label if len(words) <= int(spec["count_label_max_words"]) else ""
    if len(words) > int(spec["label_max_words"]):
        return ""
    if _norm(words[-1]) in _normset("exclusions", "label_nouns") or _norm(words[-1]) in _normset("exclusions", "phone_labels"):
        return ""
    return label


def _opens_with_a_count(words: list[str]) -> bool:
    """A label opening with a word that counts (claims.yaml measure `count_label_openers`: "Nombre
    de", "Nb d'", "Total des"), then "de", "d'" or "des"."""
    if len(words) < 2:
        return False
    first, second = _norm(words[0]), _norm(words[1]).replace("’", "'")
    return first in _normset("measure", "count_label_openers") and (second in ("de", "des", "du") or second.startswith("d'"))


def counting_label_before(text: str, q: Quantity) -> bool:
    """The number is the value of a label that says what it counts ("Nombre de stands par salle : 12")."""
    label = _label_before(text, "", q)           # (it reads the text only)
    return bool(label) and _opens_with_a_count(label.split())
