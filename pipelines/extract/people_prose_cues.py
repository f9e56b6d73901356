"""The words around a capitalised run of prose that tell a speaker or rule one out: a cue right
before it (a verb of speech, "selon", a host phrase, a role word, "présentée par", "l'intervention
de"), a determiner or a place word before it (a thing or a room, not a person), "Pour X, ..." opening
a sentence, the run opening its clause before a quote. Words: ``lexicons/programme.yaml`` and
``lexicons/names.yaml``."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .people_attending import _honorific_pattern
from .programme_lines import host_alternation
from .programme_vocabulary import _f, _lex, type_alternation
from .speech_cues import _alternation, _cue_patterns, according_to, floor_given, incise_verb, role_words, speech_verb


@cache
def _determiner_pattern() -> re.Pattern:
    """A determiner right before capitalised words: they name a thing ("le Grand X")."""
    words = _alternation(_lex()["determiners"])
    return re.compile(rf"(?<![\w-])(?:{words})[ \t]*$", re.IGNORECASE)



# The patterns below are built from the lexicons once per process (not once per name read).
@cache
def _presenter_at_end() -> re.Pattern:
    """A phrase naming who gives a talk ("présentée par"), ending the (folded) text."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(_lex()['presenter_phrases'])})\s+$")


@cache
def _interviewer_at_end() -> re.Pattern:
    """A phrase of a reporter meeting or questioning the person named next ("a rencontré", "avons
    interrogé"), ending the (folded) text: names.yaml ``interviewer_phrases``."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(load('names')['interviewer_phrases'])})\s+$")


@cache
def _self_introduced_at_end() -> re.Pattern:
    """A speaker introducing themselves, ending the (folded) text before their name: "Bonjour, je
    suis ", "je m'appelle " (names.yaml ``self_introduction_phrases``). The phrase opens its clause
    (after a line's start, a timecode, a punctuation mark or "et"), so that "ce que je suis " or "je
    suis allée voir " do not count."""
    words = _alternation(" ".join(_f(str(w)).split()) for w in load('names')['self_introduction_phrases'])
    return re.compile(rf"(?:^|[\n.!?:;,]|\d|(?<![\w-])(?:et|alors|donc|bonjour|bonsoir))[ \t]*(?:{words})[ \t]+$")


@cache
def _talk_of_described_pattern() -> re.Pattern:
    """A talk of names.yaml ``talk_of_phrases`` and its "de", then the words describing its speaker,
    at the end of the folded text. Examples: "les allocutions de la trésorière du Club Y, ", or a
    testimony "du paysagiste ". Group ``desc``: the description, its article left out."""
    heads = sorted({" ".join(_f(str(w)).split()).rpartition(" ")[0] for w in load('names')['talk_of_phrases']},
                   key=len, reverse=True)
    alternation = "|".join(re.escape(h) for h in heads if h)
    # the talk opens its sentence, maybe after "après" or "puis" (a talk inside a sentence may be an
    # action: "grâce à son intervention rapide auprès du préfet, X"); inside a sentence, a talk after
    # "par" is the agent of a passive, a talk held ("la journée a été rythmée par des interventions
    # de la géographe X")
    return re.compile(rf"(?:^|[.!?:;\n][ \t]*|(?<![\w-])par[ \t]+)(?:(?:apres|puis|ensuite)[ \t]+)?(?:{alternation})(?:\s+[a-z]+)?"
                      rf"\s+(?P<article>de\s+la|de\s+l'|du|des|d'|de)\s*"
                      rf"(?P<desc>[^\n.;:!?«»()\d]{{3,100}}?)[ \t]*(?P<comma>,)?[ \t]*$")


def _talk_of_described(chunk: str, folded: str, pos: int, role_word: re.Pattern) -> str | None:
    """The speaker's description when the name at ``pos`` follows a talk and the words describing
    who gives it, the talk opening its sentence: "Le témoignage du paysagiste Prénom Nom" (an
    article, then words in lower case only, no comma; a bare "de" names a kind of talk), "Les
    allocutions de la trésorière du Club Y, Prénom Nom" (a role word first, then the body, set
    apart by a comma). ``None`` otherwise: a talk of a body, a talk and a date, a talk inside a
    sentence (an action as often as a talk)."""
    m = _talk_of_described_pattern().search(folded, max(0, pos - 130), pos)
    if m is None:
        return None
    desc = " ".join(chunk[m.start('desc'):m.end('desc')].split())
    words = desc.split()
    if m.group('comma'):
        return desc if role_word.match(m.group('desc')) and desc[:1].isalpha() else None
    if m.group('article') not in ("de", "d'") and 1 <= len(words) <= 3 and all(re.fullmatch(r"[a-zà-ÿœæ][a-zà-ÿœæ'’-]*", w) for w in words) \
            and not re.search(r"(?<![\w-])(?:et|ou|de|du|des|la|le|les|a|au|aux|en|sur|pour|par|avec)(?![\w-])", desc):
        return desc
    return None


@cache
def _talk_of_at_end() -> re.Pattern:
    """A talk and "de" right before a name, ending the (folded) text: "l'intervention de", "le
    discours de" (names.yaml ``talk_of_phrases``)."""
    # one adjective may qualify the talk ("le témoignage émouvant de A", "le discours inaugural de A"),
    # and a colon may set the name apart ("Avec le témoignage de : A – adjointe au maire")
    phrases = [" ".join(_f(str(w)).split()) for w in load('names')['talk_of_phrases']]
    with_adjective = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        head, _, of = phrase.rpartition(" ")
        # "d'" may have been parted from the name it was elided onto ("le discours d Yves", see
        # _elided_after_talk in people_in_prose.py)
        of_pattern = r"d['\s]" if of == "d'" else re.escape(of)
        with_adjective.append(rf"{re.escape(head)}(?:\s+[a-z]+)?\s+{of_pattern}")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(with_adjective)})[ \t]*(?::[ \t]*)?$", re.IGNORECASE)


@cache
def _talk_of_elided() -> re.Pattern:
    """A talk's phrase of names.yaml ``talk_of_phrases`` ending on an elided "d'" (folded text,
    anywhere): "le discours d'", "les premiers mots d'"."""
    heads = sorted({" ".join(_f(str(w)).split())[:-3] for w in load('names')['talk_of_phrases']
                    if " ".join(_f(str(w)).split()).endswith(" d'")}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(h) for h in heads)})(?:\s+[a-z]+)?\s+d'")


@cache
def _host_at_end() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{host_alternation()})\s+$")


@cache
def _cues() -> tuple[re.Pattern, re.Pattern]:
    """(a cue of speech, "selon" or a host phrase; the same ending the text)."""
    # "la parole à X": the floor handed to the speaker (programme.yaml `floor_given_cues`)
    cues = rf"(?<![\w-])(?:{speech_verb()}|{according_to()}|{host_alternation()}|{floor_given()})(?![\w-])"
    return re.compile(cues), re.compile(cues + r"[\s,]*$")


@cache
def _role_ending() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:le|la|l')\s*((?:{role_words()}))(?:\s*,\s*|\s+)$")


@cache
def _role_and_of_ending() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:le|la|l')\s*{role_words()}\s+(?:de|du|d')\s*$")


@cache
def _speaker_phrase_ending() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_alternation(_lex()['speaker_phrases'])})\s+$")


@cache
def _honorific_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(" et " and maybe an honorific, between two names; an honorific ending the text)."""
    honorific = _honorific_pattern()
    return re.compile(rf"\s+et\s+(?:{honorific}\s+)?"), re.compile(rf"(?<![\w-]){honorific}\s+$")


@cache
def _opinion_words() -> frozenset[str]:
    return frozenset(_f(str(w).lower()) for w in load("names")["opinion_openings"])


def _opinion_opening(chunk: str, pos: int, tokens: list[str], ftail: str) -> bool:
    """"Pour Prénom Nom, le projet ...": a sentence opening with "pour" (names.yaml
    ``opinion_openings``), the name, then a comma, gives that person's view, as "selon" does. The
    run must open its sentence and be the word and the name only (at most four words after it)."""
    if _f(tokens[0].lower()) not in _opinion_words() or len(tokens) > 5 or not re.match(r"[ \t]*,", ftail):
        return False
    return bool(re.search(r"(?:^|[.!?]\s|\n)[ \t]*$", chunk[max(0, pos - 3):pos]))



@cache
def _place_word_at_end() -> re.Pattern:
    """A word naming a room or a place of the event (programme.yaml ``place_words``) ending the
    (folded) text, before a capitalised run."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(_lex()['place_words'])})[ \t]+$")


def _opens_clause(chunk: str, pos: int) -> bool:
    """Does the name at ``pos`` open its sentence or clause (the subject of what follows), not end
    a phrase ("le livre de X : « ... »")?"""
    return bool(re.search(r"(?:^|[.;:!?,\n]|(?<![\w-])et)[ \t]*$", chunk[max(0, pos - 6):pos]))



@cache
def _titling_role_at_end() -> re.Pattern:
    """A role opening its sentence or clause and ending the (folded) text before a name it titles,
    maybe with its complement (claims.yaml attribution `role_complement_openers` and
    `role_complement_max_words`): "Le directeur du salon ", "La présidente "."""
    spec = load("claims")["attribution"]
    openers = _alternation(" ".join(_f(str(w)).split()) for w in spec.get("role_complement_openers") or ["\0"])
    most = int(spec.get("role_complement_max_words", 3))
    return re.compile(rf"(?:^|[.;!?\n])[ \t]*(?:le|la|l')[ \t]*(?:{role_words()})"
                      rf"(?:[ \t]+(?:{openers})(?:[ \t]*[^\s,.;:!?«»“”\"()]+){{1,{most}}})?[ \t]+$")


def _titled_clause(chunk: str, pos: int) -> bool:
    """Is the name at ``pos`` titled by the role opening its clause ("Le directeur du salon X est
    venu confiant : « ... »"): the role and the name are one subject, as a name opening the clause."""
    return bool(_titling_role_at_end().search(_f(chunk[max(0, pos - 80):pos])))


# "X s'en souvient : « ... »": the subject's clause, a colon, then their words between quotes.
_QUOTE_FOLLOWS = re.compile(r"\s+[a-zà-ÿœæ’'][^.!?«»\n:;,]{0,60}:\s*[«“\"]")
# ... or with an apposition in lower case after a comma, running into the verb with no second
# comma ("Léa Morvan, une des animatrices du club rayonne : « ... »")
_QUOTE_FOLLOWS_APPOSED = re.compile(r",[ \t]+[a-zà-ÿœæ’'][^.!?«»\n:;,]{0,80}:\s*[«“\"]")



@cache
def _past_speech() -> str:
    """names.yaml `speech_past_words` ("a promis", "s'est réjouie") and `speech_future_words` ("ouvrira")
    over folded text."""
    names = load("names")
    words = sorted({" ".join(_f(str(w)).split()) for w in list(names["speech_past_words"]) + list(names.get("speech_future_words", []))},
                   key=len, reverse=True)
    # "s'est d'ailleurs félicitée", "se sont aussi réjouis": one adverb before the participle
    adverb = r"(?:\s+(?:ainsi|aussi|egalement|d'ailleurs|\w+ment))?\s+"
    return "|".join(adverb.join(r"\s+".join(re.escape(p) for p in part.split()) for part in w.rsplit(" ", 1))
                    for w in words)


@cache
def _past_speech_after() -> re.Pattern:
    """Right after a name, its verb in the compound past: "X, a promis", "X s'est félicitée"."""
    return re.compile(rf"\s*,?\s*(?:qui\s+)?(?:{_past_speech()})(?![\w-])")


@cache
def _past_speech_before() -> re.Pattern:
    """Ending the text before a name, after a quotation: "« ... », s'est réjouie ", and the verb a
    reporter puts in the incise of a quotation (claims.yaml attribution `incise_verbs`: "« ... »,
    tranche ", "« ... », ont dénoncé ": the name then is who said it, and so are the names joined to it)."""
    # a gesture of the incise (names.yaml `incise_gestures`: "», sourit X") says no words of its own
    gestures = _alternation(" ".join(_f(str(w)).split()) for w in load("names").get("incise_gestures") or ["\0"])
    return re.compile(rf"[»\"”][ \t]*,?[ \t]*(?:(?:nous|vous)[ \t]+)?(?!(?:{gestures})(?![a-z]))"
                      rf"(?:{_past_speech()}|{incise_verb()})[ \t]+$")


def _cue_before(window: str) -> str | None:
    """The cue that ends the (folded) text before a name: "speech" for a verb of speech, "selon"
    or a host phrase, "role" for a role word alone ("le maire X"); None without a cue. A role
    word on the line above the name is a letter's signature ("La Présidente,\nSigné X"), not a
    person speaking."""
    _, before_cue, _ = _cue_patterns()
    m = before_cue.search(window.replace("\n", " "))
    if m is None:
        return "speech" if _past_speech_before().search(window) else None
    cues, cues_at_end = _cues()
    spoken = cues.search(window[m.start():].replace("\n", " ")) \
        or cues_at_end.search(window[:m.start()].replace("\n", " "))    # "selon la directrice, X"
    if "\n" in window[m.start():]:
        return "speech" if spoken else None
    return "speech" if spoken else "role"


def _role_before(folded: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of a role word right before a name ("le maire, X", "la présidente X"), without
    its article."""
    m = _role_ending().search(folded[max(0, pos - 60):pos])
    if m is None:
        return None
    offset = max(0, pos - 60)
    return offset + m.start(1), offset + m.end(1)


@cache
def _session_with() -> re.Pattern:
    """A session word, a few words, then "avec" ("un atelier se tiendra avec notamment "), folded."""
    sessions = type_alternation()
    return re.compile(rf"(?<![\w-])(?:{sessions})s?(?![\w-])[^.;:!?\n]{{0,60}}?\savec[ \t]+"
                      rf"(?:notamment[ \t]+|entre autres[ \t]+|en particulier[ \t]+)?")


# Names of an enumeration before the one read: capitalised words, then a comma or "et".
_NAMES_BEFORE = re.compile(r"(?:[A-ZÀ-ÞŒÆ][\w'’-]*(?:[ \t]+[A-ZÀ-ÞŒÆ][\w'’-]*){1,3}(?:[ \t]*,[ \t]*|[ \t]+et[ \t]+))*")


def _session_with_before(chunk: str, folded: str, pos: int) -> bool:
    """Is the name at ``pos`` announced as a session's participant: "un atelier se tiendra avec
    (notamment) A, B et C" (a session word, then "avec", then the names of the enumeration)?"""
    start = max(0, pos - 240)
    found = list(_session_with().finditer(folded, start, pos))
    return bool(found) and _NAMES_BEFORE.fullmatch(chunk, found[-1].end(), pos) is not None



def _joined_after_role(folded: str, previous_end: int, pos: int) -> bool:
    """Is the name at ``pos`` coordinated with the person named just before it, after that person's
    role: "A, conseillère du canton Nord et B, ..." or "A, adjointe, et du directeur, B"? A comma,
    a clause opening on a role word, "et", maybe an article and a role set apart by a comma, then the
    name: both are named the same way in the sentence (one clause, no quotation, no blank line)."""
    between = folded[previous_end:pos]
    if len(between) > 160 or re.search(r"\n[ \t]*\n", between):
        return False
    _, _, role = _cue_patterns()
    # the second person's own role word with its article, or an honorific, may stand before the
    # name: "de la géographe A et du juriste B", "A, préfète, et M. B"
    honorific = _honorific_pattern()
    titled = rf"(?:(?:du|de la|de l'|le|la|l')\s*{role.pattern}(?:\s*,\s*|\s+)|(?:le\s+|la\s+)?(?i:{honorific})\s+)"
    if re.fullmatch(rf"[ \t]+et[ \t]+(?:du|de la|de l'|le|la|l')\s*{role.pattern}[ \t]+", between):
        return True       # "de la géographe A et du juriste B": a role word before each name
    opening = re.match(r"[ \t]*,\s*", between)
    if opening is None or not role.match(between, opening.end()):
        return False
    closing = re.search(rf"[ \t\n]+et[ \t\n]+{titled}?$", between)
    return closing is not None and not re.search(r"[.;:!?«»()\"]", between[:closing.start()])


# "A et B", and "A et de B" after a talk's "de": "les conférences de A et de B"
_AND = re.compile(r"[ \t]+et[ \t]+(?:de[ \t]+)?")
_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _joined_in_enumeration(chunk: str, runs: list, n: int) -> bool:
    """Is run ``n`` the next name of an enumeration opened by the run before it: "par A et B", or
    "par A, B, C, D" (commas between bare names, the last one joined by "et")? A comma alone
    ("par A, Office X") is no enumeration: the run after a comma counts only when the bare names
    go on, by commas, up to one joined by "et"."""
    if not n or _AND.fullmatch(chunk, runs[n - 1].end(), runs[n].start()):
        return bool(n)
    if not _COMMA.fullmatch(chunk, runs[n - 1].end(), runs[n].start()):
        return False
    for k in range(n + 1, len(runs)):
        between = chunk[runs[k - 1].end():runs[k].start()]
        if _AND.fullmatch(between):
            return True
        if not _COMMA.fullmatch(between):
            return False
    return False
