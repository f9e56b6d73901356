"""A quotation with no credit of its own that opens right after a sentence whose subject is a
speaker, shown speaking: a reporter names the speaker and what they speak of, then gives their
words ("Prénom Nom, présidente du club, commente la saison. « Nous avons doublé les licences. »").
The speaker is the subject of that sentence, when it names no one else (attribution.py asks it
last)."""

from __future__ import annotations

import re

from .attribution_quotes import _credited_inside, _introduced, _name_at, _pull_quote
from .attribution_roles import _anaphora_pattern
from .programme_index import ProgrammeIndex
from .speech_cues import incise_verb as _verb, role_words
from .speeches import _names_in


# Where the sentence before the quotation starts: after a sentence's end (not a civility's
# abbreviation, "M. X"), a closing quotation mark or a line break.
_SENTENCE_END = re.compile(r"(?<!\bm)(?<!\bmme)(?<!\bmr)[.!?](?=\s)|[»”\n]")


# What may come before the name opening that sentence: a connective, a civility.
_LEAD = re.compile(r"[\s\"«“(*-]*(?:(?:et|puis|alors|enfin|ensuite|mais)\s+)?(?:(?:m\.|mme|mr|monsieur|madame)\s*)?")


def _subject_at(folded: str, index: ProgrammeIndex, start: int, end: int) -> str | None:
    """The speaker whose name opens the sentence [start, end) as its subject, after a connective,
    a civility, or a role and a word or two qualifying it ("La présidente du club Prénom Nom a ...")."""
    lead = _LEAD.match(folded, start, end).end()
    sid = _name_at(folded, index, lead)
    if sid is not None:
        return sid
    role = re.compile(role_words()).match(folded, lead, end)
    if role is None:
        return None
    pos = role.end()
    for _ in range(3):              # the name right after the role, or after one or two words
        space = re.compile(r"\s+").match(folded, pos, end)
        if space is None:
            return None
        sid = _name_at(folded, index, space.end())
        if sid is not None:
            return sid
        word = re.compile(r"[a-z'-]+").match(folded, space.end(), end)
        if word is None:
            return None
        pos = word.end()
    return None


# After the closing mark, what ends the quotation's sentence: a full stop, a line break, the end
# of the text, or another quotation opening.
_SENTENCE_AFTER = re.compile(r"[ \t\u00a0]*(?:[.!?\n«“]|$)")


def _subject_quotation(text: str, folded: str, index: ProgrammeIndex, span: tuple[int, int]) -> str | None:
    """The speaker of a quotation that is a sentence of its own, with no credit (no colon or "que"
    before it, no incise after or inside it), when the sentence just before it opens with that
    speaker's name as its subject, shows them speaking (:func:`_speaks`) and names no other speaker. Not a pull quote set apart on its
    line, nor a quotation inside a sentence of the reporter's ("Le club lance « Sport pour tous »")."""
    start, end = span
    before = text[:start].rstrip(" \t\u00a0")
    if not before or before[-1] not in ".!?\n":
        return None                     # the quotation is inside a sentence, or follows another one
    if _pull_quote(folded, end) or _introduced(folded, start) or _credited_inside(folded, span):
        return None
    if not (folded[max(start, end - 3):end - 1].rstrip().endswith((".", "!", "?"))
            or _SENTENCE_AFTER.match(folded, end)):
        return None
    after = re.compile(r"\s*,?\s*").match(folded, end).end()
    if re.compile(rf"(?:{_verb()})(?![a-z])").match(folded, after) or _anaphora_pattern().match(folded, after):
        return None                     # "», explique un habitant": credited after it
    sentence_end = len(before.rstrip())
    floor = max(0, sentence_end - 600)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded, floor, sentence_end - 1)]
    if not ends and floor > 0:
        return None
    sentence_start = ends[-1] if ends else floor
    sid = _subject_at(folded, index, sentence_start, sentence_end)
    if sid is None or _names_in(folded, sentence_start, sentence_end, index) != {sid}:
        return None
    return sid if _speaks(folded, sentence_start, sentence_end) else None


# The narrative infinitive after the subject and its appositions: "X, maire de Y, de rappeler ...".
_NARRATIVE_INFINITIVE = re.compile(r",\s*(?:de\s+|d')(?:[a-z]+(?:er|ir|re))(?![a-z])")


def _speaks(folded: str, start: int, end: int) -> bool:
    """Does the sentence [start, end) show its subject speaking: a verb of speech that does not
    give the words itself in a clause ("X a rappelé que ..." reports them there), or a narrative
    infinitive after the subject ("X, président du club, de revenir sur la saison")? A sentence of
    what the subject does ("X a visité l'école") does not introduce their words."""
    if _NARRATIVE_INFINITIVE.search(folded, start, end):
        return True
    verbs = re.compile(rf"(?<![a-z])(?:{_verb()})(?![a-z-])")
    return any(not re.compile(r"\s+(?:que|qu')").match(folded, m.end()) for m in verbs.finditer(folded, start, end))
