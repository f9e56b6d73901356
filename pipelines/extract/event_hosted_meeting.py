"""A meeting its host organises on a given day: "L'association X a organisé, mardi 4 mars, une
réunion d'information sur ...", "Le conseil de quartier propose une soirée d'échanges jeudi 12 à la
salle Y". A meeting named by the part of the day or the work it fills (events.yaml
`attended_meeting_nouns`) is no event when a subject merely organises one ("la ville a organisé
des réunions" may be a plan's step); it is the event a report or an announcement is about when
an opening sentence has a host organise or offer one (`hosting_verbs`, `meeting_hosting_verbs`)
and the same sentence sets it on a day or in a month ("jeudi", "le 4 mars", "fin mai dernier"), or
writes the document's own title as its theme ("une matinée vouée aux « Haies de demain »"
in a page titled "Haies de demain")."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold_apostrophes
from .event_attendance import names_a_day
from .event_dates import events_lexicon, month_pattern
from .event_opening import opening_units
from .event_titles import document_titles
from .event_words import phrases_alternation, words_pattern
from .event_organizer import _organization_name

_norm = fold_apostrophes

# Words between the verb and the meeting's determiner ("a organisé, jeudi 3 mai, une réunion"), at most.
_BETWEEN_WORDS = 6
# Words between the determiner and the noun ("une courte réunion", "une grande soirée"), at most.
_BEFORE_NOUN_WORDS = 2
# A title written in the sentence is the meeting's theme when it has at least this many words.
_TITLE_MIN_WORDS = 3


def _alternation(*keys: str) -> str:
    words = {_norm(str(w)) for key in keys for w in events_lexicon().get(key) or []}
    return phrases_alternation(words) or "\0"


@cache
def _hosted_meeting() -> re.Pattern:
    """A verb of hosting, then (a day or a place between commas may come first) a determiner and a
    meeting noun; group 1 spans the noun phrase from the noun on."""
    verb = _alternation("hosting_verbs", "meeting_hosting_verbs")
    determiner = _alternation("gathering_determiners")
    noun = words_pattern("attended_meeting_nouns").pattern
    between = rf"(?:[\s,]+[^\s.;:!?]+){{0,{_BETWEEN_WORDS}}}?[\s,]+"
    return re.compile(rf"(?<![\w])(?:{verb}){between}(?:{determiner})\s*(?:[\w-]+\s+){{0,{_BEFORE_NOUN_WORDS}}}?"
                      rf"({noun})")


@cache
def _months() -> re.Pattern:
    return re.compile(rf"(?<![\w]){month_pattern()}(?![\w])")


def _set_in_time(sentence: str) -> bool:
    """Whether a sentence writes a day ("jeudi", "le 4 mars", "hier") or a month ("fin mai dernier")."""
    return names_a_day(sentence) or bool(_months().search(_norm(sentence)))


def _titled_theme(doc: Document, sentence: str) -> bool:
    """Whether the sentence writes one of the document's titles (of a few words) whole."""
    folded = re.sub(r"\s+", " ", _norm(sentence))
    for title in document_titles(doc):
        words = re.sub(r"\s+", " ", _norm(title)).strip(" .:!?")
        if len(words.split()) >= _TITLE_MIN_WORDS and words in folded:
            return True
    return False


def hosted_meeting_sentence(doc: Document) -> tuple[str, int, int] | None:
    """The first opening sentence in which a host organises or offers a meeting set on a day, in
    a month or on the document's title's theme: (the sentence, the offset of its verb, the offset
    of its meeting noun)."""
    for unit in opening_units(doc):
        if unit.kind != "sentence":
            continue
        sentence = doc.text[unit.start:unit.end]
        m = _hosted_meeting().search(_norm(sentence))
        if m and (_set_in_time(sentence) or _titled_theme(doc, sentence)):
            return sentence, m.start(), m.start(1)
    return None


def hosted_meeting(doc: Document) -> bool:
    """Whether an opening sentence has a host organise or offer a meeting on a day (``hosted_meeting_sentence``)."""
    return hosted_meeting_sentence(doc) is not None


# A theme of a few words in quotes right after the meeting's noun, in the same clause.
_QUOTED_THEME = re.compile(r"^[^«“\"\n,;–—]{0,60}?[«“\"]\s*([^«»“”\"\n]{2,120}?\s[^«»“”\"\n]{2,120}?)\s*[»”\"]")


def hosted_meeting_name(doc: Document) -> str | None:
    """The meeting's name: the theme it is held on when quotes give one right after its noun
    ("une matinée vouée aux « Haies de demain »"), else its noun phrase up to
    the clause's end, a day or a word of `name_end_words`."""
    found = hosted_meeting_sentence(doc)
    if not found:
        return None
    sentence, _, start = found
    rest = sentence[start:]
    quoted = _QUOTED_THEME.match(rest)
    if quoted:
        return quoted.group(1).strip()
    ends = {_norm(str(w)) for w in events_lexicon().get("name_end_words") or []}
    ends |= {_norm(str(w)) for w in events_lexicon()["weekdays"]}
    words = []
    for word in re.split(r"\s+", re.split(r"\s[–—-]\s|[,;:.!?()«»“”\"]", rest, maxsplit=1)[0].strip()):
        if words and (_norm(word) in ends or re.match(r"\d", word)):
            break
        words.append(word)
    name = " ".join(words).strip(" '’")
    return name[:1].upper() + name[1:] if name else None


def hosted_meeting_host(doc: Document) -> str | None:
    """Who organises the meeting: the subject before the verb, its first clause that is no
    circumstance ("Mardi, à Valbrune, le Conseil de quartier propose ..."), when it names an
    organisation or a person ("L'Association X", "le comité des usagers de Y", "Jeanne
    Valmont, conseillère régionale, a organisé"); not a pronoun ("C'est là qu'elle organisait")."""
    found = hosted_meeting_sentence(doc)
    if not found:
        return None
    sentence, verb, _ = found
    lex = events_lexicon()
    openers = {_norm(str(w)) for w in list(lex["adverbial_openers"]) + list(lex["organizer_skip_clauses"])}
    pronouns = {_norm(str(w)) for w in lex.get("subject_pronouns") or []} | {"c", "qu", "que", "qui"}
    for clause in sentence[:verb].split(","):
        words = re.findall(r"[\w-]+", _norm(clause))
        if not words or names_a_day(clause) or _months().search(_norm(clause)):
            continue
        if any(" ".join(words).startswith(o + " ") or " ".join(words) == o for o in openers):
            continue
        if pronouns & set(words):
            return None
        return _organization_name(clause)
    return None
