"""Where a name stands in prose: on a photo's caption, after a host label ("Modération :"), after
"du président de X, ", at the end of an inverted subject ("« … », souligne la maire X"), in a
sentence that relates speech. The tests people_in_prose.py asks of a capitalised run before it
takes it for a speaker."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .programme_vocabulary import _f, _lex, type_alternation
from .speech_cues import OBJECT_PRONOUNS, _alternation, _cue_patterns, _run_pattern, incise_verb, speech_verb


@cache
def _caption_pattern() -> re.Pattern:
    """A photo credit (names.yaml `caption_labels`: "crédit photo", "©") in folded text."""
    labels = "|".join(re.escape(" ".join(_f(str(w)).split())).replace(r"\ ", r"\s+")
                      for w in load("names")["caption_labels"])
    return re.compile(rf"(?<![\w-])(?:{labels})")


# A line is looked at this many characters around a name for a photo credit.
CAPTION_REACH = 300


# A press photo's credit closing its caption line: "Photo" and the photographer's initials or "DR"
# ("A, maire, et B, adjointe. Photo J. D."), maybe in brackets (folded text).
_CREDIT_AT_END = re.compile(r"(?<![\w-])\(?photos?[ \t]*:?[ \t]*(?:d\.?[ \t]*r\.?|(?:[^\W\d_]\.[ \t]*){1,3})\)?[ \t]*$")


def _on_caption_line(folded: str, pos: int) -> bool:
    """Is the name at ``pos`` on a photo's caption: its line (within CAPTION_REACH characters)
    holds a photo credit, or ends with a photographer's initials?"""
    start = folded.rfind("\n", max(0, pos - CAPTION_REACH), pos) + 1 or max(0, pos - CAPTION_REACH)
    end = folded.find("\n", pos, pos + CAPTION_REACH)
    stop = pos + CAPTION_REACH if end < 0 else end
    label = _caption_pattern().search(folded, start, stop)
    if label is not None and not _session_with_caption(folded, start, label.start()) \
            or (end >= 0 or stop >= len(folded)) and _CREDIT_AT_END.search(folded[pos:stop]) is not None:
        return True
    # a web page's picture: its text (alt text) on one line, repeated with the credit on the next
    line = folded[start:stop].strip(" \t•*-")
    after = folded[stop + 1:folded.find("\n", stop + 1) if folded.find("\n", stop + 1) >= 0 else len(folded)]
    return end >= 0 and len(line) > 20 and after.strip(" \t•*-").startswith(line) and after.strip() != line \
        and _on_caption_line(folded, stop + 1 + after.index(line[:20]))


# A preposition right before a name makes it a complement ("reçu par un conseiller de X", "avec
# X"), not the subject of the verb that follows, unless a relative pronoun makes it the subject of
# its own clause ("accompagnée par X qui a rappelé") (folded text).
_PREPOSITION_BEFORE = re.compile(r"(?<![a-z])(?:de|du|des|par|a|au|aux|avec|chez|pour|envers|aupres de|d')\s*$")


def complement_at(folded: str, start: int) -> bool:
    """Is the name at ``start`` the complement of a preposition ("... de X, rappelle")?"""
    return _PREPOSITION_BEFORE.search(folded, max(0, start - 12), start) is not None


@cache
def _byline_pattern() -> re.Pattern:
    """A byline of an article in folded text: "Par", the author, then on the same line a publication
    stamp (names.yaml `publication_stamps`: "mis à jour le", "publié le")."""
    stamps = "|".join(re.escape(" ".join(_f(str(w)).split())).replace(r"\ ", r"[ \t]+")
                      for w in load("names")["publication_stamps"])
    return re.compile(rf"[ \t]*par[ \t][^\n]{{0,80}}?(?<![\w-])(?:{stamps})(?![\w-])")


def _on_byline(folded: str, pos: int) -> bool:
    """Is the name at ``pos`` an article's author: its line opens with "Par" and states when the
    page was published or updated ("Par Prénom Nom | publié le 2 avril 2031")?"""
    start = folded.rfind("\n", 0, pos) + 1
    return _byline_pattern().match(folded, start) is not None


# The newsroom's note closing a bracket: "(le studio fondé par Prénom Nom, Ndlr)".
_EDITORS_NOTE_END = re.compile(r"(?<![\w.])[\s,]*n\.?\s?d\.?\s?l\.?\s?r\.?\s*\)")


def in_editors_note(folded: str, pos: int) -> bool:
    """Is ``pos`` inside brackets that the newsroom signs as its own note ("..., Ndlr)")? The people
    it names are the reporter's explanation, no speakers, and "Ndlr" is no organisation."""
    opening = folded.rfind("(", 0, pos)
    if opening < 0 or folded.rfind(")", opening, pos) >= 0:
        return False
    closing = folded.find(")", pos)
    if closing < 0 or "\n" in folded[opening:closing]:
        return False
    note = _EDITORS_NOTE_END.search(folded, opening, closing + 1)
    return note is not None and note.end() == closing + 1


@cache
def _session_opening() -> re.Pattern:
    """A line opening with a session word (programme.yaml session types), then "avec" in the same
    sentence (folded text): "Table ronde sur l'eau avec, de gauche à droite, ..."."""
    sessions = type_alternation()
    return re.compile(rf"[^\w\n]*(?:{sessions})s?(?![\w-])[^.!?\n]{{0,160}}?(?<![\w-])avec[ \t]*,?[ \t]*$")


def _session_with_caption(folded: str, start: int, label: int) -> bool:
    """Does the caption's line open with a session and "avec" right before its label ("Conférence du
    jeudi avec, de gauche à droite, A, maire, B, ...")? Its people are the session's speakers, pictured."""
    return _session_opening().match(folded, start, label) is not None


@cache
def _host_label_pattern() -> re.Pattern:
    """A host label of programme.yaml (`host_labels`: "animatrice", "modération") and a colon,
    ending the text, after at most three words on its line (folded text)."""
    labels = _alternation(_lex()["host_labels"])
    return re.compile(rf"(?:^|\n)[ \t•*-]*(?:[\w']+[ \t]+){{0,3}}(?:l')?(?:{labels})[ \t]*:[ \t]*$")


def _after_host_label(folded: str, pos: int) -> bool:
    """Is the name at ``pos`` announced by a host label on its line ("Modération : X")?"""
    return _host_label_pattern().search(folded, max(0, pos - 80), pos) is not None


@cache
def _titled_pattern() -> re.Pattern:
    """An article, a role word, "de" and a body's name in capitals, then a comma, ending the text
    (folded): "du président de Valbrune Agglomération, "."""
    _, _, role_word = _cue_patterns()
    return re.compile(rf"(?<![\w-])(?:le|la|l'|du|de la|de l'|au|a la|a l')[ \t]*({role_word.pattern})[ \t]+"
                      rf"(?:de la|de l'|du|des|de|d')[ \t]*([^\W\d_][^,.;:!?()«»\n]{{1,60}}?)[ \t]*,[ \t]*$")


def _titled_before(chunk: str, folded: str, pos: int) -> tuple[str, str] | None:
    """(role, organisation) when "du Président de Valbrune Agglomération, " ends right before ``pos``
    and the body's name opens with a capital."""
    m = _titled_pattern().search(folded, max(0, pos - 120), pos)
    if m is None or not chunk[m.start(2)].isupper():
        return None
    return " ".join(chunk[m.start(1):m.end(2)].split()), " ".join(chunk[m.start(2):m.end(2)].split())


@cache
def _by_titled_pattern() -> re.Pattern:
    """"par" right before a titled role ("ouverture par le président de Valbrune Agglomération, ")."""
    return re.compile(rf"(?<![\w-])par[ \t]+{_titled_pattern().pattern}")


def _by_titled_before(chunk: str, folded: str, pos: int) -> bool:
    """Does "par le président de Valbrune Agglomération, " end right before ``pos``, on a
    timetable's line (a time of day on it): the person a programme names as the one who gives
    the session ("14h – Accueil des stagiaires par la maire de X, Prénom Nom")? In running prose "par" names
    who hosts, funds or welcomes as often as who speaks."""
    m = _by_titled_pattern().search(folded, max(0, pos - 124), pos)
    if m is None or not chunk[m.start(2)].isupper():
        return False
    line = folded[folded.rfind("\n", 0, pos) + 1:pos]
    return re.search(r"(?<![\w])\d{1,2}[ \t]?h(?:[ \t]?\d{2})?(?![\w])", line) is not None


@cache
def _inverted_subject() -> re.Pattern:
    """After a quotation or a comma, a verb of speech, an article and a few words in lower case
    that describe the speaker, ending right before a name (folded text)."""
    # "», nous explique le maire X": a pronoun may stand before the verb; a description set apart
    # from the name by a comma may be longer ("rappelle la responsable du pôle sportif
    # de la commune, X")
    # Right after a closing quotation mark the verb may also be one a reporter keeps for the incise of a
    # quotation (claims.yaml attribution `incise_verbs`: "», détaille la présidente du syndicat, X"); after a
    # bare comma only a verb of speech is read, as those verbs have other senses in running prose.
    return re.compile(rf"(?:[»\"”][ \t]*,?[ \t]*(?:(?:nous|vous)[ \t]+)?{incise_verb()}"
                      rf"|,[ \t]*(?:(?:nous|vous)[ \t]+)?{speech_verb()})[ \t]+(?:le|la|les|l')[ \t]*"
                      rf"((?:[a-z][\w'-]*,?[ \t]+){{1,{INVERTED_SUBJECT_WORDS}}}"
                      rf"|(?:[a-z][\w'-]*[ \t]+){{1,{INVERTED_SUBJECT_WORDS_COMMA - 1}}}[a-z][\w'-]*,[ \t]+)$")


# At most this many words describe a speaker between the verb and the name ("explique la directrice
# générale des services X"), or this many when a comma sets them apart from the name.
INVERTED_SUBJECT_WORDS = 4
INVERTED_SUBJECT_WORDS_COMMA = 8


def _inverted_speaker(chunk: str, folded: str, pos: int) -> bool:
    """"« … », souligne la présidente socialiste Prénom Nom": the name ends an inverted subject whose
    words are written in lower case."""
    return _inverted_description(chunk, folded, pos) is not None


def _inverted_description(chunk: str, folded: str, pos: int) -> str | None:
    """The lower-case words of the inverted subject that ends right before the name at ``pos``
    ("présidente socialiste", "directrice du parc naturel"), without the comma that sets
    them apart from the name; None when no such subject ends there."""
    base = max(0, pos - 120)
    m = _inverted_subject().search(folded, base, pos)
    if m is None or not chunk[m.start(1):m.end(1)].islower():
        return None
    return " ".join(chunk[m.start(1):m.end(1)].split()).rstrip(" ,")


def _speaks_in_sentence(chunk: str, folded: str, start: int, end: int) -> bool:
    """Does the sentence around [start, end) relate speech: a verb of speech or a word saying that
    someone spoke (names.yaml `speaking_words`), or words between quotation marks ("« ... », souligne le maire X", "le maire X, qui a ouvert la séance, a rappelé")?"""
    left = max(chunk.rfind(". ", max(0, start - 300), start), chunk.rfind("\n", max(0, start - 300), start))
    stop = re.compile(r"[.!?](?:\s|$)|\n").search(chunk, end, end + 300)
    right = stop.start() if stop else min(len(chunk), end + 300)
    return bool(re.search(r"[«»“”\"]", chunk[left + 1:right])
                or _speaking_pattern().search(folded[left + 1:right]) or _on_talk_line(folded, start)
                or (stop is not None and chunk[stop.start()] != "\n" and _speaks_next(chunk, folded, stop.end())))


@cache
def _standing_subject() -> re.Pattern:
    """A sentence whose subject stands for the person the sentence before named, speaking: "Il
    précise : « … »", "Après la visite, l'élue explique que ...", "Le premier magistrat a rappelé
    ...": "il", "elle", or a noun standing for a person (claims.yaml attribution `anaphora_nouns`),
    maybe after an opening phrase set apart by a comma, then a verb of speech."""
    nouns = _alternation(load("claims")["attribution"].get("anaphora_nouns", []))
    # ... an object pronoun may come before the verb: "Elle les détaille", "Il l'a rappelé", "il en a parlé"
    clitic = rf"\s+(?:{OBJECT_PRONOUNS}\s*)?"
    return re.compile(rf"\s*(?:[^.!?;:«»“”\"\n,]{{1,80}},\s*)?(?:(?:il|elle)|(?:le|la|l')\s*(?:{nouns})){clitic}"
                      rf"(?:{incise_verb()})(?![\w-])")


def _speaks_next(chunk: str, folded: str, pos: int) -> bool:
    """Does the sentence starting at ``pos`` (on the same line) give the words of the person just
    named by a pronoun or a noun standing for them, naming no one else before its verb ("Le maire
    X a visité les stands. Il explique : « … »")?"""
    m = _standing_subject().match(folded, pos)
    return m is not None and _run_pattern().search(chunk, pos, m.end()) is None


@cache
def _speaking_pattern() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{speech_verb()}|{_speaking_words()})(?![\w-])")


@cache
def _speaking_words() -> str:
    """Words saying that someone spoke (names.yaml `speaking_words`: "a parlé", "prend la parole"),
    as a regular expression over folded text."""
    words = {" ".join(_f(str(w)).split()) for w in load("names")["speaking_words"]}
    # "a profité de la séance pour annoncer", "a tenu à détailler": a verb of speech in the infinitive after
    # "pour" or "à" (the participles of programme.yaml in -é made infinitives)
    words |= {f"{lead} {_f(str(v))[:-1]}er" for v in _lex()["speech_verbs_participle"]
              if _f(str(v)).endswith("e") and " " not in str(v) for lead in ("pour", "a")}
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _speaking_sentence(folded: str, start: int, end: int) -> bool:
    """Does the sentence around [start, end) relate speech, listening or a session (a verb of
    speech, "écouté", "entendu", a speaker label, a session word)?"""
    left = max(folded.rfind(". ", max(0, start - 300), start), folded.rfind("\n", max(0, start - 300), start))
    stop = re.compile(r"[.!?](?:\s|$)|\n").search(folded, end, end + 300)
    sentence = folded[left + 1:stop.start() if stop else min(len(folded), end + 300)]
    return bool(_speaking_clause().search(sentence) or re.search(r"(?<![\w-])(?:ecout|entend)\w*", sentence)
                or _on_talk_line(folded, start))


@cache
def _talk_line_pattern() -> re.Pattern:
    """A line opening with a talk (names.yaml `talk_line_openings`), after a bullet or a time of day,
    then "de", "du", "de la": "➡ Mot d'accueil du ", "9h – Intervention de la " (folded text)."""
    talks = _alternation(load("names")["talk_line_openings"])
    return re.compile(rf"[^\w\n]*(?:\d{{1,2}}[ \t]?h(?:[ \t]?\d{{2}})?[^\w\n]*)?(?:{talks})[ \t]+(?:de la|de l'|du|des|de|d')(?![\w])")


def _on_talk_line(folded: str, pos: int) -> bool:
    """Does the line of the name at ``pos`` open with a talk and its "de" ("Mot d'accueil du maire de X,
    Prénom Nom", "Intervention du député Prénom Nom")?"""
    line_start = folded.rfind("\n", 0, pos) + 1
    return _talk_line_pattern().match(folded, line_start, pos) is not None


@cache
def _speaking_clause() -> re.Pattern:
    """A verb of speech, a speaker label or a session word (folded text)."""
    sessions = type_alternation()
    return re.compile(rf"(?<![\w-])(?:{speech_verb()}|{_alternation(_lex()['speaker_list_labels'])}|(?:{sessions})s?)(?![\w-])")
