"""People a text names as present rather than speaking: "Étaient présents :", a guest of honour or
a patron, "en présence de", "ont participé" without a session, a letter's signature over its
contact lines; and whether such a person speaks later in the sentence."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..lexicons import load
from .names import parse_name
from .programme_lines import host_alternation
from .programme_vocabulary import _f, _lex
from .speech_cues import _alternation, _cue_patterns, _run_pattern, role_words, speech_verb


# The same runs of capitalised words are read as names several times over (the enumeration's
# names, the candidate next to a cue, the family names alone): each reading is kept (a PersonName
# is frozen).
_read_name = lru_cache(maxsize=8192)(parse_name)

_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")


@cache
def _speech_verb_word() -> re.Pattern:
    return re.compile(rf"(?<![\w-]){speech_verb()}(?![\w-])")


@cache
def _host_word() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{host_alternation()})(?![\w-])")


@cache
def _honorific_pattern() -> str:
    """The honorifics of the lexicon ("M.", "Mme", "Dr") as a regular expression (case kept)."""
    words = sorted({str(h).rstrip(".") for h in _lex()["honorifics"]}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in words) + r")\.?"


@cache
def _attendance_re() -> re.Pattern:
    """A word of ``attendance_labels`` (whole words) in folded lower-case text."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(_lex()['attendance_labels'])})(?![\w-])")


# How far back the head of an attendance list may stand: a list of a dozen people, each with
# their role in brackets, runs to several hundred characters.
ATTENDANCE_LIST_CHARS = 1000


def _after_attendance_label(folded: str, pos: int) -> bool:
    """Is ``pos`` in a list opened by an attendance, contact or credit label (a few words and a
    colon: "Étaient présents : A, B", "Contacts presse : A (X)")?"""
    start = max(folded.rfind("\n", max(0, pos - ATTENDANCE_LIST_CHARS), pos),
                folded.rfind(". ", max(0, pos - ATTENDANCE_LIST_CHARS), pos))
    head, colon, _ = folded[start + 1:pos].partition(":")
    return bool(colon) and _attendance_head(head) and not _host_word().search(head)


def _attendance_head(head: str) -> bool:
    """Does the (folded) head of a colon name who attends: a few words with an attendance label
    ("Étaient présents", "Contacts presse"), or a longer head opened by a word of presence ("Nous
    étions présents à la remise des prix de mardi")?"""
    head = head.lower()
    if _speaking_place().search(head):
        return False        # "Autour de la table seront réunis": the round table's speakers
    return len(head.split()) <= 6 and _attendance_re().search(head) is not None \
        or len(head.split()) <= PRESENCE_HEAD_WORDS and _presence_opening().match(head) is not None


@cache
def _speaking_place() -> re.Pattern:
    """Where the speakers sit (names.yaml `speaking_places`: "autour de la table", "à la tribune")."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(' '.join(_f(str(w)).split()) for w in load('names').get('speaking_places') or [])})(?![\w-])")


# A head opened by a word of presence may run to this many words before its colon.
PRESENCE_HEAD_WORDS = 12


@cache
def _presence_opening() -> re.Pattern:
    """A word of presence (names.yaml `presence_openings`) among the first three words of a head."""
    words = _alternation(" ".join(_f(str(w)).split()) for w in load("names")["presence_openings"])
    return re.compile(rf"\s*(?:[\w'-]+\s+){{0,2}}(?:{words})(?![\w-])")


@cache
def _group_re() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_alternation(_lex()['non_speaking_groups'])})(?![\w-])")


def _in_group_brackets(folded: str, pos: int) -> bool:
    """Is ``pos`` inside brackets opened just after a group that does not speak ("le jury (A,
    urbaniste, B)", "trois mentors (dont C)": ``non_speaking_groups``)?"""
    opened = folded.rfind("(", max(0, pos - 1200), pos)
    if opened == -1 or ")" in folded[opened:pos]:
        return False
    return _group_re().search(folded[max(0, opened - 60):opened].lower()) is not None


@cache
def _patronage_at_end() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_alternation(_lex()['patronage_phrases'])})\s*(?:{_honorific_pattern()}\s+)?$")


def _named_as_patron(folded: str, pos: int) -> bool:
    """Is the name at ``pos`` right after "sous le haut patronage de" (``patronage_phrases``)?"""
    window = folded[max(0, pos - 90):pos].lower()
    return _patronage_at_end().search(window[-60:]) is not None or _patron_by_role().search(window) is not None


@cache
def _patron_by_role() -> re.Pattern:
    """"sous le parrainage de la présidente du département, Prénom Nom", "sous le haut patronage de la ministre Prénom
    Nom": the patronage phrase, then the patron's role, then the name."""
    stems = {re.sub(r"\s+(?:de|d')$", "", _f(str(p))) for p in _lex()["patronage_phrases"]}
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(x) for x in stems)})\s+(?:du|de la|de l'|des)\s*"
                      rf"(?:{role_words()})[^,.;:!?«»()\n]{{0,40}},?\s*$")


@cache
def _presence_re() -> re.Pattern:
    names = load("names")
    return re.compile(rf"(?<![\w-])(?:{_alternation(names['presence_phrases'])}"
                      rf"|(?P<verb>{_alternation(names['attendance_verbs_before'])})(?![\w-]))", re.IGNORECASE)


@cache
def _session_object_re() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_alternation(load('events')['session_objects'])})(?![\w-])", re.IGNORECASE)


@cache
def _attendance_after_re() -> re.Pattern:
    """A verb of attendance (names.yaml ``attendance_verbs_after``), maybe with an adverb in it
    ("ont également participé")."""
    words = [str(w).split(" ", 1) for w in load("names")["attendance_verbs_after"]]
    adverbs = _alternation(load("names")["attendance_adverbs"])
    verbs = "|".join(sorted({rf"{re.escape(_f(aux))}(?:\s+(?:{adverbs}))?\s+{re.escape(_f(rest))}"
                             for aux, rest in words}, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])", re.IGNORECASE)


@cache
def _attendance_end_re() -> re.Pattern:
    """What may close a sentence after its verb of attendance (names.yaml ``attendance_adverbs``,
    ``attendance_verb_endings``): "étaient présents aussi", "sont attendus sur place"."""
    names = load("names")
    return re.compile(rf"\s*(?:(?:{_alternation(names['attendance_adverbs'] + names['attendance_verb_endings'])})\s*)?",
                      re.IGNORECASE)


def _only_attends(folded: str, end: int) -> bool:
    """Is the person whose name ends at ``end`` the subject of a verb of attendance that ends the
    sentence (no complement: what one takes part in may be a talk), in a sentence that neither
    relates speech nor names a session ("A (Office X) et le cabinet Y étaient présents aussi.")?"""
    stop = _SENTENCE_STOP.search(folded, end)
    sentence = folded[end:stop.start() if stop else len(folded)]
    verb = _attendance_after_re().search(sentence)
    if verb is None or verb.start() > 120 or re.search(r"[«»“”\"]", sentence):
        return False
    if not _attendance_end_re().fullmatch(sentence, verb.end()):
        return False        # "a participé au débat": what they took part in may be a talk
    start = max(folded.rfind(". ", 0, end), folded.rfind("\n", 0, end)) + 1
    whole = folded[start:end] + sentence
    return not _speech_verb_word().search(whole) and not _session_object_re().search(whole)


@cache
def _contact_line_re() -> re.Pattern:
    """A line giving a phone number or an e-mail address (names.yaml ``contact_line_words``)."""
    words = _alternation(load("names")["contact_line_words"])
    return re.compile(rf"[ \t]*(?:(?:{words})[ \t.]*:?[ \t]*\+?\d|\S+@\S+\.[a-z]{{2,}})", re.IGNORECASE)


def _signature_below(chunk: str, end: int) -> bool:
    """Is the name ending at ``end`` (alone on its line) a signature: a phone or an e-mail line among
    the few lines under it ("Prénom NOM" / role / service / "tél : 01 ..." / "p.nom@ville.fr")?"""
    lines = chunk[end:end + 400].split("\n")[1:6]
    return any(_contact_line_re().match(_f(line)) for line in lines)


def _named_as_present(chunk: str, folded: str, pos: int) -> bool:
    """Is the name at ``pos`` in the enumeration of people whose presence the sentence notes ("pour
    remarquait la présence de A, maire, B, préfète, et de C", "Ont notamment assisté au
    colloque A, adjointe, B, directeur"): named after a presence phrase or a verb of attendance
    (names.yaml ``presence_phrases``, ``attendance_verbs_before``) earlier in its sentence, with no
    verb of speech or quotation between (nor, after the verb, a session it attended)?"""
    stop = max(folded.rfind(". ", max(0, pos - 400), pos), folded.rfind("\n", max(0, pos - 400), pos))
    window = folded[stop + 1:pos]
    found = list(_presence_re().finditer(window))
    if not found:
        return False
    between = window[found[-1].end():]
    if _speech_verb_word().search(between) or re.search(r"[«»“”\"]", between):
        return False
    if found[-1].group("verb") and _session_object_re().search(between):
        return False        # "Ont participé à la table ronde A, B": they spoke at the session
    if _subject_of_speech(chunk, folded, pos):
        return False        # "En présence de A, maire, et de B, C, adjointe, a présenté ...": C speaks
    # an enumeration: two people at least after the phrase, in its sentence ("représentée par la présence de
    # A, adjoint, qui ..." names the one person who stands for a body)
    phrase_at = stop + 1 + found[-1].end()
    end = _SENTENCE_STOP.search(folded, pos)
    sentence = folded[phrase_at:end.start() if end else len(folded)]
    named = [r for r in _run_pattern().finditer(chunk, phrase_at, phrase_at + len(sentence))
             if _read_name(r.group(0), allow_mixed=True)]
    if len(named) >= 2:
        return True
    # one person right after the phrase, maybe behind a civility, with no speech later in the
    # sentence ("on notait la présence de A, sous-préfète, venue en voisine."): present, not speaking
    # ("La ville, par la présence de A, adjoint, a reçu le label": A is the subject of a verb, kept)
    lead = folded[phrase_at:pos]
    if len(named) != 1 or named[0].start() != pos or "presence" not in _f(found[-1].group(0)) \
            or re.fullmatch(r"\s*(?:(?:monsieur|madame|m\.|mme)\s+)?", lead) is None:
        return False
    tail = folded[named[0].end():named[0].end() + 240]
    apposition = re.match(r"\s*,[^,.;:!?()«»\n]{1,150},", tail)
    rest = tail[apposition.end():] if apposition else tail
    if re.match(r"\s*qui\s", _f(rest)):
        return False        # "par la présence de A, adjoint, qui a reçu ...": the clause is about A
    whole = folded[stop + 1:end.start() if end else len(folded)]
    if _session_object_re().search(whole) or _presence_session_re().search(whole):
        return False        # "débat animé par B en présence de A": A takes part in the session
    return re.match(r"\s*(?:a|ont|est|sont|avait|avaient|etait|va|vient)\s", _f(rest)) is None \
        and not _speaks_later(folded, pos)


@cache
def _presence_session_re() -> re.Pattern:
    """Words of a session being held (names.yaml ``presence_session_words``): a person whose presence
    a sentence about a debate notes takes part in it."""
    words = _alternation(" ".join(_f(str(w)).split()) for w in load("names")["presence_session_words"])
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


def _subject_of_speech(chunk: str, folded: str, pos: int) -> bool:
    """Whether the name at ``pos`` is the subject of a verb of speech that follows it, past at most
    one apposition between commas ("En présence de A et de B, C, adjointe au maire, a présenté le
    projet": the sentence notes A's and B's presence, C speaks)."""
    after_verb = _cue_patterns()[0]
    name = _run_pattern().match(chunk, pos)
    if name is None:
        return False
    tail = folded[name.end():name.end() + 240]
    apposition = re.match(r"\s*,[^,.;:!?()«»\n]{1,150},", tail)
    return bool(after_verb.match(tail[apposition.end():] if apposition else tail))


def _speaks_later(folded_tail: str, pos: int) -> bool:
    """A verb of speech later in the sentence ("X, urbaniste de formation, a ouvert ...")."""
    end = _SENTENCE_STOP.search(folded_tail, pos)
    return bool(_speech_verb_word().search(folded_tail[pos:end.start() if end else len(folded_tail)]))


# The end of a sentence or of its line.


@cache
def _absence_re() -> re.Pattern:
    """After a name: maybe an apposition between commas, then a phrase of names.yaml
    ``absence_phrases`` ("n'est pas annoncé")."""
    return re.compile(rf"(?:\s*,[^,.;:!?«»\n]{{1,100}},)?\s*,?\s*(?:{_alternation(load('names')['absence_phrases'])})(?![\w-])")


def _said_absent(folded: str, end: int) -> bool:
    """Does the sentence say that the person whose name ends at ``end`` will not come or speak?"""
    return _absence_re().match(folded, end) is not None
