"""Sessions a report narrates in the order of the day: "La matinée a débuté par une séance
d'ouverture", "La journée s'est poursuivie avec la conférence de X", "La rencontre s'est achevée
sur « Titre »". The phrases are data (``sequence_phrases`` of ``lexicons/sessions.yaml``). A verb
of happening before its subject ("À 10h débuta l'assemblée générale", ``held_phrases``) narrates
one too, when its subject is a part an event holds within it (``held_session_heads``)."""

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
        title = " ".join(text[m.end():cut.start() if cut else end].split()).strip(" ,")
        if not title or len(title.split()) > 10 or is_break(re.sub(r"^(?:une|un|le|la|l'|les|des|d')\s*", "", title, flags=re.I)):
            continue
        head = n.group(1)
        out.append((title, m.end(), end, kinds.get(head) or kinds.get(head[:-1] if head.endswith("s") else head, "other")))
    return out
