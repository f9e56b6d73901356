"""A speaker the text names by a role or a pronoun: a role set before a name ("selon la
directrice, X"), a role alone as the source of a sentence ("..., précise la maire": the one speaker
who holds that role), and the anaphora of a verb of speech ("précise-t-il", "ce dernier estime"):
the speaker last named before it, the subject of its sentence (attribution.py decides among them)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .figure_text import Mention, _lex, _norm
from .patterns import literal_alternation
from .programme_index import ProgrammeIndex
from .speech_cues import OBJECT_PRONOUNS, according_to, incise_verb as _verb, role_words
from .speeches import _name_forms, _names_in


@cache
def _role_word_pattern() -> re.Pattern:
    """One of programme.yaml's role words (not an ordinal), as a whole word of folded text."""
    ordinal = {"premier", "premiere", "1er", "1ere", "1re"}
    words = {_norm(str(w)) for w in load("programme")["role_words"]} - ordinal
    alternatives = literal_alternation(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z-])(?:{alternatives})(?![a-z-])")


def _role_key(word: str) -> str:
    """"maire" and "la maire", "président" and "présidente": one key for both genders' spelling."""
    return word[:-1] if word.endswith("e") else word


def _incise_adverbs() -> str:
    """The adverbs that may come between an inverted verb of speech and its subject."""
    return literal_alternation(_norm(w) for w in sorted(_lex()["attribution"].get("adverbs_after_incise_verb", []), key=len, reverse=True))


@cache
def _role_subject_pattern() -> re.Pattern:
    """A role standing for its holder as the source of the sentence: the subject of a verb of
    speech ("la présidente du club a rappelé", "le maire du village estime"), inverted in an
    incise ("…, explique le maire, …") or after "selon" ("selon la directrice")."""
    verb = _verb()
    role = rf"(?:le|la|l')\s*(?P<role>{_role_word_pattern().pattern})"
    words = r"(?:\s+[^\s,.;:!?«»“”\"()]+){0,4}?"
    clitic = rf"(?:{OBJECT_PRONOUNS}\s*)?"     # "la maire l'a rappelé"
    # an adverb maybe between the inverted verb and the role: "…, rappelle d'ailleurs la présidente"
    adverb = rf"(?:(?:{_incise_adverbs()}),?\s+)?"
    return re.compile(rf"(?<![a-z])(?:(?:(?:{verb})\s+{adverb}|(?:{according_to()})\s+){role}|{role.replace('?P<role>', '?P<role2>')}{words}\s*,?\s+{clitic}(?:{verb})(?![a-z]))")


@cache
def _role_opening_pattern() -> re.Pattern:
    """"Pour la maire, …" opening the sentence: the role's view, as "selon la maire" gives it."""
    cues = literal_alternation(_norm(w) for w in _lex()["attribution"]["according_to_opening"])
    return re.compile(rf"[\s«“\"(-]*(?:{cues})\s+(?:le|la|l')\s*(?P<role>{_role_word_pattern().pattern})[^,.;:!?«»]{{0,60}},")


def _role_subject(folded: str, index: ProgrammeIndex, lo: int, hi: int) -> str | None:
    """The figure's sentence gives its source by a role alone ("…, précise la maire", "le
    directeur de l'agence a indiqué que …", "la maire l'a rappelé :", "Pour la maire, …"): the one
    speaker of the document whose role opens with that role word, else the one titled speaker who
    holds it as another office of the apposition after their name (:func:`_apposed_offices`). None
    when the sentence names another speaker, or when no speaker or several hold that role."""
    roles = {_role_key(m.group("role") or m.group("role2")) for m in _role_subject_pattern().finditer(folded, lo, hi)}
    if (opening := _role_opening_pattern().match(folded, lo, hi)) is not None:
        roles.add(_role_key(opening.group("role")))
    if len(roles) != 1:
        return None
    role = roles.pop()
    titles = {sid: [speaker.role or ""] + [r.role or "" for (_, s), r in index.roles.items() if s == sid]
              for sid, speaker in index.speakers.items()}
    holders = {sid for sid, held in titles.items() for title in held
               if (head := _role_word_pattern().search(_norm(title))) is not None and _role_key(head.group(0)) == role}
    if not holders:
        # ... or, when no title opens with it, the one titled speaker who holds it as another office
        # of the apposition after their name ("X, maire de Valbrune, vice-présidente de
        # l'agglomération, ...": "selon la vice-présidente"; the title kept the first office only)
        holders = {sid for pattern, sid in _name_forms(index) if any(titles.get(sid, []))
                   for m in pattern.finditer(folded) if role in _apposed_offices(folded, m.end())}
    if not holders:
        # ... or, when no speaker is titled with it, the one speaker whose name the text gives right
        # after that role set before it, with no comma ("inaugurée par le maire Armand Queyrel, en
        # présence de ...": "le maire a rappelé que ..." is his)
        holders = {sid for pattern, sid in _name_forms(index) for m in pattern.finditer(folded)
                   if (before := _PREPOSED_ROLE.search(folded, max(m.start() - 40, 0), m.start())) is not None
                   and (office := _role_word_pattern().fullmatch(before.group("role"))) is not None
                   and _role_key(office.group(0)) == role}
    if len(holders) != 1:
        return None
    holder = holders.pop()
    return holder if _names_in(folded, lo, hi, index) <= {holder} else None


# A role set right before a name, with its article and no comma: "le maire Armand Queyrel", "du
# maire Armand Queyrel", "la présidente Odile Ferrand" (folded text, ending where the name starts).
_PREPOSED_ROLE = re.compile(r"(?<![a-z'])(?:le|la|l'|du|au)\s*(?P<role>[a-z-]{3,})\s+$")


# One office of the appositions after a name: a comma, then a role word opening its segment
# (the segment up to the next comma or the end of the sentence).
_OFFICE_SEGMENT = re.compile(r"\s*,\s*([^,.;:!?«»\n]{2,120})")


def _apposed_offices(folded: str, end: int) -> set[str]:
    """The roles of the appositions right after a name ending at ``end``, one per segment between
    commas, up to the first segment that opens with no role word ("X, maire de Valbrune,
    vice-présidente de l'agglomération, et Y, ..." gives maire and vice-présidente, not Y's)."""
    roles = set()
    while (segment := _OFFICE_SEGMENT.match(folded, end)) is not None:
        office = _role_word_pattern().match(segment.group(1))
        if office is None:
            break
        roles.add(_role_key(office.group(0)))
        end = segment.end()
    return roles


@cache
def _role_before() -> re.Pattern:
    """A role word and its complement set between commas right before a name: "la directrice, "."""
    role = role_words()
    return re.compile(rf"\s*,?\s*(?<![a-z]){role}(?:\s+[a-z'-]+){{0,4}}\s*,\s*$")


@cache
def _anaphora_pattern() -> re.Pattern:
    """A verb of speech whose subject stands for a person named before: "précise-t-il", "explique
    l'élue", "rappelle le maire", "il ajoute", "ce dernier estime", "l'élue a précisé", "selon elle",
    "selon l'édile"."""
    verb = _verb()
    extra = literal_alternation(_norm(w) for w in sorted(_lex()["attribution"].get("anaphora_nouns", []), key=len, reverse=True))
    role = role_words()
    if extra:   # "assure l'édile", "rappelle l'élue": nouns that stand for a person named before
        role = rf"(?:{role}|(?:le|la|l'|les)\s*(?:{extra})(?![a-z]))"
    participle = literal_alternation(_norm(w) for w in load("programme")["speech_verbs_participle"])
    # the same nouns as the subject before the verb, or after "selon": "l'élue a précisé", "selon l'édile"
    # ... the noun with the place it holds office in, the verb with the pronoun of what is said:
    # "comme l'édile de Vénissieux l'a rappelé dans son discours, ..."
    noun = rf"|(?:le|la|l')\s*(?:{extra})(?:\s+(?:de|du|d')\s*[a-z-]+)?" if extra else ""
    adverb = rf"(?:(?:{_incise_adverbs()}),?\s+)?"     # "rappelle d'ailleurs l'élue"
    return re.compile(rf"(?<![a-z])(?:(?:{verb})\s+{adverb}(?:{role})|(?:il|elle|(?P<latter>ce dernier|cette derniere){noun})\s+(?:l')?(?:{verb})"
                      rf"|(?:{according_to()})\s+(?:lui|elle{noun})|(?:{verb})-t-(?:il|elle)"
                      rf"|(?:a|ont)-t-(?:il|elle|ils|elles)\s+(?:{participle})|{_QUOTE_INVERSION})(?![a-z])")


# A verb and its subject pronoun inverted right after a quotation's closing mark: the reporter's
# incise, whatever the verb ("», sourit-elle", "», a-t-il glissé", "», dit-il", or a participle
# cut short at the end of an excerpt). Only there: elsewhere an inverted pronoun asks a question
# or hedges ("semble-t-il", "faut-il").
_QUOTE_INVERSION = (r"[»”\"]\s*,\s*(?:(?:a|avait|ont|avaient)-t-(?:il|elle|ils|elles)\s+[a-z]+"
                    r"|(?:s')?[a-z]+-t-(?:il|elle)|(?:s')?[a-z]*[dt]-(?:il|elle))")


# What may part a verb of having from the figure it numbers: an adverb, a comparator ("compte
# aujourd'hui plus de", "comptait à peine", "compte largement plus de"); not a preposition or
# a verb ("compte sur 40 bénévoles", "compte économiser 35 %": the subject relies, intends).
_BEFORE_COUNT = r"(?:[a-z]+ment|plus|moins|pres|pas|au|a\s+peine|environ|quelque|deja|aujourd'hui|desormais|encore|de|d')"


@cache
def _counting_pattern() -> re.Pattern:
    """A verb that numbers what its subject holds (claims.yaml attribution `having_verbs`) ending
    where the text is searched up to, with a figure after it (an adverb or a comparator between
    them): "compte plus de 3 000", "compte aujourd'hui près de 40", "comptait 12"."""
    verbs = literal_alternation(_norm(w) for w in _lex()["attribution"].get("having_verbs", []) or ["\0"])
    return re.compile(rf"(?<![a-z])(?:{verbs})(?=(?:\s+{_BEFORE_COUNT})*\s+\d)")


def counts_not_says(folded: str, verb_end: int) -> bool:
    """Does the verb of speech ending at ``verb_end`` number a possession ("il compte plus de 300
    membres", "X compte 12 salariés"), or have a figure for its object ("elle expose 16 bovins")?
    Such a verb names no source."""
    m = _counting_pattern().search(folded, max(0, verb_end - 12), verb_end + 40)
    if m is not None and m.end() == verb_end:
        return True
    # ... or has a figure for its object ("elle expose 16 bovins", "il présente 30 tableaux"): it
    # shows things, it does not say them; a verb that only tells ("il a détaillé 3 mesures", "elle
    # a cité 2 exemples") says its object's figure all the same
    telling, reach = _telling_verb()
    if telling.search(folded, max(0, verb_end - reach), verb_end):
        return False
    return re.match(rf"(?:\s+{_BEFORE_COUNT})*\s+\d", folded[verb_end:verb_end + 40]) is not None


@cache
def _telling_verb() -> tuple[re.Pattern, int]:
    """(a verb of speech that cannot mean showing or holding, claims.yaml attribution
    `telling_verbs`, ending where the text is searched up to; the length of the longest)."""
    words = [_norm(w) for w in _lex()["attribution"].get("telling_verbs", []) or ["\0"]]
    return re.compile(rf"(?<![a-z])(?:{literal_alternation(words)})$"), max(len(w) for w in words)


def _anaphora(folded: str, index: ProgrammeIndex, mention: Mention, lo: int, hi: int) -> str | None:
    """The figure's sentence (or its quotation) names its source by a pronoun or a role noun: the
    speaker last named before it, in its paragraph or just before (a reporter's usage). Not a
    verb that counts ("il compte 300 membres": see :func:`counts_not_says`)."""
    cue = next((c for c in _anaphora_pattern().finditer(folded, lo, hi)
                if not counts_not_says(folded, c.end())), None)
    if cue is None:
        return None
    return _holder_of_role(folded, index, mention, cue.group(0), cue.end()) \
        or antecedent(folded, index, mention, bool(cue.group("latter")))


# The place a role noun is held in, right after it: "assure le maire de Valbrune", "la
# présidente du Trévannais" (folded text; the first word of the complement)
_PLACE_COMPLEMENT = re.compile(r"\s+(?:de\s+la\s+|de\s+l'\s*|du\s+|des\s+|de\s+|d'\s*)([a-z][a-z-]{2,})")


def _holder_of_role(folded: str, index: ProgrammeIndex, mention: Mention, cue: str, cue_end: int | None = None) -> str | None:
    """The speaker a role noun of the cue stands for ("», a prévenu la présidente"): the last one
    named in the look-back whose role is that noun, so that people quoted between them (others who
    answered) do not take the figure. None when the cue holds no role word or no speaker has it.
    A place after the role noun ("…, assure le maire de Valbrune") keeps only the holders whose
    title carries that place, so that the maire of Trévanne named last does not take the figure."""
    noun = re.search(r"(?:le|la|l')\s*([a-z][a-z-]{2,})$", cue)
    if noun is None:
        return None
    back = max(mention.paragraph[0] - int(_lex()["attribution"].get("anaphora_lookback_chars", 400)), 0)
    back = folded.rfind("\n", 0, back) + 1 if back else 0
    named = sorted((m.start(), sid) for pattern, sid in _name_forms(index)
                   for m in pattern.finditer(folded, back, mention.q.number_start))
    word = noun.group(1)
    holders = [sid for _, sid in named
               if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", _norm((index.speakers[sid].role or "") if sid in index.speakers else ""))]
    place = _PLACE_COMPLEMENT.match(folded, cue_end) if cue_end is not None else None
    if place is not None and holders:
        word_of = re.compile(rf"(?<![a-z]){re.escape(place.group(1))}(?![a-z])")
        placed = [sid for sid in holders if word_of.search(_norm(index.speakers[sid].role or ""))]
        if placed:
            return placed[-1]
    return holders[-1] if holders else None


def antecedent(folded: str, index: ProgrammeIndex, mention: Mention, latter: bool = False) -> str | None:
    """The speaker a pronoun or a narrative infinitive of the figure's sentence stands for: the
    subject of the last sentence naming a speaker, in the figure's paragraph or just before
    (``latter``: "ce dernier", the person named last)."""
    back = max(mention.paragraph[0] - int(_lex()["attribution"].get("anaphora_lookback_chars", 400)), 0)
    # from the start of the line the look-back reaches into (a paragraph written one a line)
    back = folded.rfind("\n", 0, back) + 1 if back else 0
    named: list[tuple[int, str]] = []
    for pattern, sid in _name_forms(index):
        named += [(m.start(), sid) for m in pattern.finditer(folded, back, mention.q.number_start)]
    if not named:
        return None
    named.sort()
    last, speaker = named[-1]
    if latter:
        return speaker                  # "ce dernier", "cette dernière": the person named last
    # the pronoun stands for the subject of the last sentence naming a speaker, not for a name
    # that sentence holds as an object ("X a remercié Y pour ... Il a salué ..." is X's)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded[back:last])]
    sentence_start = back + ends[-1] if ends else back
    subjects = {sid for start, sid in named if start >= sentence_start and _SUBJECT_LEAD.fullmatch(folded, sentence_start, start)}
    return subjects.pop() if len(subjects) == 1 else speaker


# Where a sentence ends: not after a civility's abbreviation ("M. X", "Mme Y").
_SENTENCE_END = re.compile(r"(?<!\bm)(?<!\bmme)(?<!\bmr)[.!?](?=\s)|\n")


# What may come before a name opening its sentence: an opening connective, a civility.
_SUBJECT_LEAD = re.compile(r"[\s\"«“(*-]*(?:(?:et|puis|alors|enfin|ensuite|mais)\s+)?"
                           r"(?:(?:m\.|mme|mr|monsieur|madame)\s*)?")


@cache
def _according_to_role_pattern() -> re.Pattern:
    """"selon le maire", "d'après la présidente": one role noun after "selon", its article
    singular ("selon les organisateurs", "d'après ses adjoints" name a group, not a speaker)."""
    return re.compile(rf"(?<![a-z])(?:{according_to()})\s+(?:le|la|l')\s*(?P<role>{_role_word_pattern().pattern})(?!s)")


def _according_to_untitled(folded: str, index: ProgrammeIndex, mention: Mention, lo: int, hi: int) -> str | None:
    """"Le marché a attiré 6 730 visiteurs selon le maire": a role after "selon" that
    :func:`_role_subject` gives to no titled speaker stands for the speaker named just
    before (:func:`antecedent`), when the programme gives that speaker no title at all ("Jean
    Trémel a ouvert la foire. [...] 6 730 visiteurs selon le maire" with no title read for him).
    Not a speaker titled with another role ("X, trésorier, ... selon la présidente"), nor when the
    sentence names a speaker itself."""
    cues = {_role_key(m.group("role")) for m in _according_to_role_pattern().finditer(folded, lo, hi)}
    if len(cues) != 1 or _names_in(folded, lo, hi, index):
        return None
    speaker = antecedent(folded, index, mention)
    if speaker is None or speaker not in index.speakers or (index.speakers[speaker].role or "").strip():
        return None
    return speaker
