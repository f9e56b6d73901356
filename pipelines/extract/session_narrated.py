"""Sessions a report narrates in the order of the day: "La matinée a débuté par une séance
d'ouverture", "La journée s'est poursuivie avec la conférence de X", "La rencontre s'est achevée
sur « Titre »". The phrases are data (``sequence_phrases`` of ``lexicons/sessions.yaml``). A verb
of happening before its subject ("À 10h débuta l'assemblée générale", ``held_phrases``) narrates
one too, when its subject is a part an event holds within it (``held_session_heads``), and so does
that verb after such a subject opening a sentence that gives a clock time ("La cérémonie de remise
des prix aura lieu le samedi à 11h", ``held_after_phrases``)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import load
from .programme_timetable import is_break
from .programme_vocabulary import _f, _folded_list, _type_terms

# What ends the session's noun phrase after its article: a clause, a comma, a preposition that
# introduces who was there or what it did ("en présence de", "qui", "avec", "pour", "sur"), a
# participle naming who gave it ("réalisée par", "présidée par"), a gerund ("en rappelant").
_PHRASE_END = re.compile(r"[,;:.!?()\n«]|\s(?:qui|que|dont|en pr[eé]sence|avec|pour|afin|o[uù]|lors|sur|autour)\b"
                         r"|\s(?:r[eé]alis|pr[eé]sent|anim|assur|prononc|pr[eé]sid)[eé]e?s?\s+par\b|\sen\s+\w+ant\b")


@cache
def _sequence_pattern() -> re.Pattern:
    phrases = sorted({_f(str(p).lower()) for p in load("sessions")["sequence_phrases"]}, key=len, reverse=True)
    return re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(p) for p in phrases) + r")\s+")


@cache
def _held_pattern() -> re.Pattern:
    phrases = sorted({_f(str(p).lower()) for p in load("sessions")["held_phrases"]}, key=len, reverse=True)
    return re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(p) for p in phrases) + r")\s+")


@cache
def _held_heads() -> tuple[str, ...]:
    return tuple(sorted({_f(str(w).lower()) for w in load("sessions")["held_session_heads"]}, key=len, reverse=True))


@cache
def _heads() -> tuple[str, ...]:
    """The words that may open the noun phrase of a narrated session: the session words of
    ``session_types`` (those named by a number only excepted) and ``narrated_session_heads``."""
    words = {t for t, _ in _type_terms() if t not in _folded_list("numbered_only")}
    words |= {_f(str(w).lower()) for w in load("sessions")["narrated_session_heads"]}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _held_first_pattern() -> re.Pattern:
    """A sentence opened by an article, a held session word (``held_session_heads``,
    ``held_first_heads``) and at most ten words, then a verb of happening (``held_after_phrases``)
    and a day or a time: "L'assemblée générale de l'amicale aura lieu le 4 mars à 9h", "La
    cérémonie de clôture avait lieu à 17h", never "L'assemblée générale a eu lieu dans une salle"."""
    lex = load("sessions")
    heads = {_f(str(w).lower()) for w in [*lex["held_session_heads"], *lex["held_first_heads"]]}
    verbs = {_f(str(p).lower()) for p in lex["held_after_phrases"]}
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=\n)|(?<=[.!?] ))((?:le|la|l')\s*(?:{alt(heads)})(?![\w-])(?:\s+[\w'-]+){{0,10}}?)"
                      rf"\s+(?:{alt(verbs)})\s+(?=(?:le|a|du|ce|cet|cette|\d)[\s\d])")


# A clock time: "à 9h", "de 14 h 30", "à 11 heures".
_CLOCK = re.compile(r"(?<![\w])\d{1,2}\s*(?:h|heures?)(?![a-z])")


def _held_first(text: str) -> list[tuple[str, int, int, str]]:
    """The sessions of ``_held_first_pattern`` whose sentence gives a clock time ("La cérémonie de
    clôture aura lieu le vendredi à 17h"; never "L'assemblée générale s'est tenue le 3 mars", the
    event itself), titled by the subject, the span running to the end of the sentence."""
    folded = _f(text.lower())
    out = []
    for m in _held_first_pattern().finditer(folded):
        stop = re.search(r"[.!?](?:\s|$)|\n", text[m.end():])
        end = m.end() + (stop.start() if stop else len(text) - m.end())
        if not _CLOCK.search(folded, m.end(), end):
            continue
        out.append((" ".join(text[m.start(1):m.end(1)].split()), m.start(1), end, "other"))
    return out


def narrated_sessions(text: str) -> list[tuple[str, int, int, str]]:
    """The sessions a sequence phrase introduces (see the module): a title in quotation marks right
    after it, else an article then a session word ("une ouverture officielle", "la conférence de
    X", "des ateliers participatifs"), titled up to the end of its noun phrase. A break or a social
    moment ("s'est achevée par un cocktail") is none.
    -> (title, start, end, type), the span running to the end of the sentence."""
    folded = _f(text.lower())
    kinds = dict(_type_terms())
    heads = "|".join(re.escape(h) for h in _heads())
    noun = re.compile(rf"(?:une|un|le|la|l'|les|des|d')\s*(?:\w+\s+)?({heads})(?![\w-])")
    held = "|".join(re.escape(h) for h in _held_heads())
    held_noun = re.compile(rf"(?:une|un|le|la|l')\s*({held})(?![\w-])")
    # "Le samedi s'est tenue l'assemblée générale du club de Trévanne": the inverted verb, then a part
    # of the event only (never "s'est tenue la conférence de Valbrune", the event itself as often)
    starts = [(m, noun, True) for m in _sequence_pattern().finditer(folded)]
    starts += [(m, held_noun, False) for m in _held_pattern().finditer(folded)]
    out = []
    for m, noun, may_quote in sorted(starts, key=lambda s: s[0].start()):
        stop = re.search(r"[.!?](?:\s|$)|\n", text[m.end():])
        end = m.end() + (stop.start() if stop else len(text) - m.end())
        quoted = re.match(r"[«“]\s*([^«»“”\n]{8,200}?)\s*[»”]", text[m.end():])
        if quoted and may_quote:
            out.append((quoted.group(1), m.end() + quoted.start(1), end, "other"))
            continue
        n = noun.match(folded, m.end())
        if n is None:
            continue
        cut = _PHRASE_END.search(folded, n.end(1))
        stop_at = cut.start() if cut else end
        # The session's own name in quotation marks right after its noun phrase belongs to its
        # title ("la remise des prix « Jeunes pousses »", "l'atelier « Semer demain »").
        named = re.match(r"«\s*[^«»\n]{2,120}?\s*»", text[stop_at:end]) if cut and folded[stop_at] == "«" else None
        if named:
            stop_at += named.end()
        title = " ".join(text[m.end():stop_at].split()).strip(" ,")
        if not title or len(title.split()) > 10 or is_break(re.sub(r"^(?:une|un|le|la|l'|les|des|d')\s*", "", title, flags=re.I)):
            continue
        head = n.group(1)
        out.append((title, m.end(), end, kinds.get(head) or kinds.get(head[:-1] if head.endswith("s") else head, "other")))
    return out + _held_first(text)
