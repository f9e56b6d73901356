"""The name in a capitalised run of prose: the text prepared for reading it (a role capitalised out
of respect lowered, a photo's position in brackets blanked, a name wrapped over two lines joined,
offsets kept), the name at the end or the start of the run next to its cue, a name whose family name
is in capitals, and a family name alone standing for the full name the document gives elsewhere."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .names import PersonName, is_given_name, normalise
from .people_attending import _honorific_pattern, _read_name
from .speaker_item import Item
from .programme_vocabulary import _UP, _f, _is_plural_role, _is_role_word, _lex, _normalised_set
from .speech_cues import _NAME_TOKEN


# An article, then a role word written with a capital ("le Député-Maire", "la Présidente"), then
# two capitalised words at least.
_TITLED_ROLE = re.compile(rf"(?<![\w’'-])(?:[Ll]e|[Ll]a|[Ll]['’]|[Dd]u|[Dd]e[ \t]+la|[Dd]e[ \t]+l['’]|[Aa]u)[ \t]*([{_UP}][\w-]*)(?=[ \t]+{_NAME_TOKEN}[ \t]+{_NAME_TOKEN})")


def _lower_titled_roles(chunk: str) -> str:
    """The text with the role words that a writer capitalised out of respect, after their article
    and before a name ("rappelle la Sénatrice-Maire Prénom Nom"), in lower case: the role then reads as
    "le député-maire Prénom Nom" does, a role before a name, not the first word of a name. Every part
    of the word must be a role word; offsets are kept."""
    def lower(m: re.Match) -> str:
        word = m.group(1)
        if not all(part and _is_role_word(part) for part in word.split("-")) or len(word.lower()) != len(word):
            return m.group(0)
        return m.group(0)[:m.start(1) - m.start()] + word.lower()
    return _TITLED_ROLE.sub(lower, chunk)


@cache
def _picture_position() -> re.Pattern:
    marks = list(load("names")["picture_positions"]) + list(load("names").get("pending_marks", []))
    words = "|".join(re.escape(str(w)) for w in sorted(marks, key=len, reverse=True))
    return re.compile(rf"(?<=\w)([ \t]*\((?:{words})\))(?=[ \t]*[,.;]|[ \t]+et[ \t])", re.IGNORECASE)


def _blank_picture_positions(chunk: str) -> str:
    """The text with the brackets that place a person in a photo ("Prénom Nom (à gauche), maire de
    X") or mark them as not yet confirmed ("(sous réserve)") blanked out (offsets kept): the role
    after them is read as if it followed the name."""
    return _picture_position().sub(lambda m: " " * len(m.group(1)), chunk)



def _strong_name(tokens: list[str], common: frozenset[str]) -> PersonName | None:
    """The name at the end of the run when its family name is in capitals ("Lucie MARTEL"):
    its shape alone marks a person, whatever comes next."""
    name = _candidate(tokens, True, common)
    # "Prénom NOM" order only: "CA Val Doré" (an acronym first) is no name; an honorific
    # ("Mme Prénom Nom") marks a person too
    if name is None or not name.full.endswith(name.family) \
            or not (name.honorific or re.search(rf"[{_UP}]{{2}}", name.family)):
        return None
    return name



@cache
def _sentence_words() -> frozenset[str]:
    """Small words that open a sentence in capitals ("Pour X, ...", "Selon X"): never a given name."""
    words = set()
    for key in ("title_stopwords", "according_to", "determiners", "speaker_phrases"):
        words |= {normalise(str(w)) for w in _lex()[key]}
    # a talk opening a programme's line ("Intervention Prénom NOM, ..."): names.yaml talk_line_openings
    words |= {normalise(str(w)) for w in load("names")["talk_line_openings"]}
    return frozenset(w for w in words if w)


def _candidate(tokens: list[str], from_end: bool, common: frozenset[str]) -> PersonName | None:
    """The name among the capitalised words of a run, at the end next to a cue after it, or at
    its start next to a cue before it; a leading word the document also writes in lower case
    ("Depuis", "Grand") is a word of the sentence, not a given name."""
    for k in range(min(len(tokens), 4), 1, -1):
        part = tokens[-k:] if from_end else tokens[:k]
        if from_end and k < len(tokens) and _is_plural_role(tokens[-k - 1]):
            return None       # "Directeurs Régionaux X": a plural role opens a phrase, not a name
        if from_end and k < len(tokens) and not tokens[-k - 1].isupper() \
                and normalise(tokens[-k - 1]) in _normalised_set("determiners"):
            return None       # "Le Grand Valbrune explique": a determiner makes it a thing
        if k < len(tokens) and normalise(tokens[-k - 1] if from_end else tokens[0]) in _normalised_set("place_words"):
            return None       # "Salle Prénom Nom", "Amphithéâtre Prénom Nom": a room named after someone
        if (part[0].lower() in common and not part[0].isupper()) or _is_role_word(part[0]) \
                or normalise(part[0]) in _sentence_words():
            continue
        if len(part) == 2 and _body_after_country(part, common):
            continue
        name = _read_name(" ".join(part), allow_mixed=True)
        if name is not None:
            return name
    return None


def _name_closing_body(tokens: list[str], folded: str, pos: int, role_word: re.Pattern,
                       common: frozenset[str]) -> list[str] | None:
    """"la directrice du syndicat des eaux de la Valbrune Prénom Nom, a confié": a role with its
    article in the clause before, its body ending on a place written after "de la", then the name
    without a comma. The run's words from the first given name on (two to four words), else None."""
    if len(tokens) < 3:
        return None
    clause = re.split(r"[.;:!?«»,\n]", folded[max(0, pos - 100):pos])[-1]
    if not re.search(rf"(?<![\w-])(?:le|la|l')\s*(?:{role_word.pattern})\s+(?:de|du|des|d')(?![\w-])", clause):
        return None
    for k in range(1, len(tokens) - 1):
        rest = tokens[k:]
        if is_given_name(rest[0]) and rest[0].lower() not in common and len(rest) <= 4 \
                and _read_name(" ".join(rest), allow_mixed=True) is not None:
            return rest
    return None


@cache
def _country_names() -> frozenset[str]:
    return frozenset(normalise(str(w)) for w in load("names")["country_given_names"])


def _body_after_country(part: list[str], common: frozenset[str]) -> bool:
    """A public body named after the country ("France Rivières", "France Vergers"): a given name
    that is also the country's, then a word the document also writes in lower case."""
    return normalise(part[0]) in _country_names() and not part[1].isupper() and part[1].lower() in common



# A given name ending a line and a capitalised word opening the next, then a comma: a name the
# layout of a page wrapped ("... Clap de fin : Prénom\nNom, professeur de ...").
_WRAPPED_NAME = re.compile(rf"(?<![\w’'-])([{_UP}][\w’'-]+)[ \t]*\n[ \t]*[{_UP}][\w’'-]+\s*,\s*")


def _join_wrapped_names(chunk: str, role_word: re.Pattern) -> str:
    """The text with the line break inside a wrapped name made a space (one character for one, so
    offsets carry over): a known given name at the end of a line, the family name opening the
    next one, and a role after its comma ("Prénom\nNom, maire de Valbrune")."""
    breaks = [m.start(0) + m.group(0).index("\n", len(m.group(1)))
              for m in _WRAPPED_NAME.finditer(chunk)
              if is_given_name(m.group(1)) and role_word.match(_f(chunk[m.end():m.end() + 120]))]
    return spaced_at(chunk, breaks)


def spaced_at(chunk: str, positions) -> str:
    """``chunk`` with a space at each of ``positions`` (one character for one, offsets kept)."""
    if not positions:
        return chunk
    chars = list(chunk)
    for i in positions:
        chars[i] = " "
    return "".join(chars)



def _family_only(chunk: str, start: int, runs: list, after_verb: re.Pattern, known: set[str]) -> list[Item]:
    """"M. Dupont a annoncé que ...": an honorific and a family name alone, then a verb of speech,
    name the person the document names in full elsewhere ("M. Jean Dupont" in a list), when one
    full name only has that family name."""
    full: dict[str, set] = {}
    for r in runs:
        name = _read_name(r.group(0), allow_mixed=True)
        if name is not None:
            full.setdefault(normalise(name.family), {}).setdefault(name.key, name)
    out = []
    pattern = re.compile(rf"(?<![\w-]){_honorific_pattern()}[ \t]+({_NAME_TOKEN})(?=[ \t,])(?![ \t]+[{_UP}])")
    for m in pattern.finditer(chunk):
        names = full.get(normalise(m.group(1)), {})
        if len(names) != 1 or not after_verb.match(_f(chunk[m.end():m.end() + 120])):
            continue
        name = next(iter(names.values()))
        if name.key in known:
            continue
        known.add(name.key)
        out.append(Item([name], None, None, raw=m.group(0), start=start + m.start(), end=start + m.end()))
    return out


@cache
def _party_after_role() -> re.Pattern:
    """A party's label in brackets right after a word in lower case: "la maire (DVG) de Valbrune"
    (programme.yaml `party_labels`)."""
    parties = "|".join(re.escape(str(p)) for p in sorted(_lex()["party_labels"], key=len, reverse=True))
    return re.compile(rf"(?<=[a-zà-ÿœæ])[ \t]+\((?:{parties})\)(?=[ \t,])")


def _party_blanked(chunk: str) -> str:
    """The text with a role's party label in brackets blanked, offsets kept: "la présidente (DVD) du
    syndicat de X, Prénom Nom" reads as "la présidente du syndicat de X, Prénom Nom"."""
    return _party_after_role().sub(lambda m: " " * len(m.group(0)), chunk)
