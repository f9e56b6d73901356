"""Sessions a report names in its prose rather than in a programme: a session word and its title
between quotation marks ("la table ronde « ... »"), a person who took part in a session ("X a
animé l'atelier Y"), and the page that gives the programme of one session ("Programme de la table
ronde" / its title)."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicons import load
from .names import parse_name
from .speech_cues import _run_pattern
from .programme_layout import session_item_title
from .programme_lines import _label_of, _ordinals, host_alternation
from .programme_reader import _Reader
from .programme_timetable import _TIME_PREFIX
from .programme_vocabulary import _f, _folded_list, _type_terms, type_alternation
from .session_ranked import ranked_sessions


_TRAILING_ARTICLE = re.compile(r"(?<![\w-])(?:le|la|les|l')\s*$")
_QUOTED_TITLE = re.compile(r"[«“]\s*([^«»“”\n]{8,220}?)\s*[»”]")


def _prose_sessions(doc: Document) -> list[tuple[str, int, int, str]]:
    """Sessions a report names in its prose, with their title between quotation marks: "la table
    ronde (TR7) : « Comment financer … ? »", "Deux conférences plénières y sont consacrées :
    « … »". The title must read as one (at most 20 words, no full stop inside); the quotation
    follows the session word within 100 characters, right after it or after a colon or a cue
    ("intitulée", "sur le thème", "portera sur"; a cue may be followed by the title's article,
    "sur le « … »"), or set between commas in apposition ("la table ronde, « … », réunira"),
    with no other session word between. A word
    of the "other" type ("séquence", "partie") names a session only after an ordinal ("la
    deuxième partie portera sur « … »"), except those of sessions.yaml ``quoted_title_words``
    ("Conférence : « … »", "Conférence Valbrune 2024 : « … »"), which a colon after lower-case
    words does not introduce ("la conférence de presse : « … »").
    -> (title, start, end, type), the span running to the end of the paragraph."""
    text = doc.text
    folded = _f(text)
    terms = _type_terms()
    ordinal = "|".join(re.escape(w) for w, _ in _ordinals()) + r"|\d{1,2}\s*(?:ere|re|er|eme|e|nde|nd)"
    quoted_other = tuple(_f(str(w)) for w in load("sessions")["quoted_title_words"])
    # "sa session « … »": words that name a session only in the singular
    singular = tuple(_f(str(w)) for w in load("sessions").get("quoted_title_singular_words") or [])
    quoted_other += singular
    pattern = re.compile(r"(?<![\w-])(?:(?:" + "|".join(re.escape(t) for t, kind in terms if kind != "other")
                         + "".join("|" + re.escape(w) for w in quoted_other if w not in singular)
                         + r")s?" + "".join("|" + re.escape(w) for w in singular) + r"|(?:" + ordinal + r")\s+(?:"
                         + "|".join(re.escape(t) for t, kind in terms if kind == "other") + r"))(?![\w-])")
    cues = tuple(_f(str(c)) for c in load("sessions")["prose_title_cues"])
    kinds = dict(terms)
    out = []
    for m in pattern.finditer(folded):
        opening = re.compile(r"[«“]").search(text, m.end(), min(len(text), m.end() + 100))
        quote = _QUOTED_TITLE.match(text, opening.start()) if opening else None
        if quote is None and (listed := _title_above_speakers(text, m.end())) is not None:
            title, at, end = listed
            term = folded[m.start():m.end()]
            out.append((title, at, end, kinds.get(term) or kinds.get(term[:-1], "other")))
            continue
        if quote is None or pattern.search(folded, m.end(), quote.start()):
            continue
        if folded[m.end() - 1] in "sx" and folded[m.start():m.end()] not in kinds \
                and re.search(r"(?<![\w-])(?:de|d')\s*$", folded[max(0, m.start() - 4):m.start()]):
            continue      # "une soirée de projections et de débats : « … »": the activity, its theme after it
        # the title is introduced: right after the session word, or after a colon or a title cue
        gap = folded[m.end():quote.start()].strip()
        # "sur le « … »": a cue, then the title's article written outside the quotation marks
        bare = _TRAILING_ARTICLE.sub("", gap).strip()
        cued = gap.endswith(tuple(_folded_list("title_cues"))) \
            or any(g == c or (" " in c and g.endswith((" " + c, "'" + c))) for c in cues for g in {gap, bare})
        if gap == "," and re.match(r"\s*[,)]", text[quote.end():]):
            cued = True   # "la table ronde, « … », réunira …": the title in apposition, commas around it
        if gap and not (gap.endswith(":") or cued):
            continue
        if gap and not cued and folded[m.start():m.end()].rstrip("s") in quoted_other \
                and any(w[:1].islower() for w in text[m.end():quote.start()].rstrip(" :").split()):
            continue      # "la conférence de presse : « … »": words, then what was said there
        if gap.endswith(":") and not cued and re.search(r"(?<![\w-])(?:son|sa|ses|leur|leurs)\s+$", folded[max(0, m.start() - 8):m.start()]):
            continue      # "pendant sa conférence plénière : « … »": a person's words there, not a title
        title = " ".join(quote.group(1).split())
        if len(title.split()) > 20 or re.search(r"\.\s", title) or title.endswith("."):
            continue
        term = folded[m.start():m.end()]
        kind = kinds.get(term) or kinds.get(term[:-1], "other")
        paragraph_end = text.find("\n\n", quote.end())
        out.append((title, quote.start(1), len(text) if paragraph_end == -1 else paragraph_end, kind))
    timed = [t for t in _timed_quoted_titles(doc) if not any(t[1] == o[1] for o in out)]
    return sorted(out + timed, key=lambda o: o[1]) if timed else out


_CLOCK_BEFORE = re.compile(r"\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?\s*,?\s*$")


def _timed_quoted_titles(doc: Document) -> list[tuple[str, int, int, str]]:
    """A preview's slots written in prose: a clock time, then a quoted title as the subject of a
    verb of sessions.yaml ``timed_title_verbs`` ("À 10 heures, « Les haies en ville » abordera la
    plantation ...") -> (title, start, end of the paragraph, "other")."""
    verbs = tuple(_f(str(v)) for v in load("sessions").get("timed_title_verbs") or [])
    if not verbs:
        return []
    text, folded = doc.text, _f(doc.text)
    after = re.compile(r"\s*(?:%s)(?![\w-])" % "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs))
    out = []
    for quote in _QUOTED_TITLE.finditer(text):
        if not _CLOCK_BEFORE.search(folded[max(0, quote.start() - 20):quote.start()]) or not after.match(folded, quote.end()):
            continue
        title = " ".join(quote.group(1).split())
        if len(title.split()) > 20 or re.search(r"\.\s", title) or title.endswith("."):
            continue
        paragraph_end = text.find("\n\n", quote.end())
        out.append((title, quote.start(1), len(text) if paragraph_end == -1 else paragraph_end, "other"))
    return out + _titles_themed(doc)


def _titles_themed(doc: Document) -> list[tuple[str, int, int, str]]:
    """A quoted title said to be the theme of a session, after it ("« Les haies en ville » sera le
    thème de l'atelier du matin"; sessions.yaml ``theme_of_phrases``), the session word
    right after the phrase, or a sentence opened by one of ``theme_sentence_openers`` ("« ... ? »
    Telle est la question débattue par la table ronde du soir"), the session word later in it
    -> (title, start, end of the paragraph, the session word's type)."""
    phrases = tuple(_f(str(v)) for v in load("sessions").get("theme_of_phrases") or [])
    if not phrases:
        return []
    text, folded = doc.text, _f(doc.text)
    terms = type_alternation()
    after = re.compile(r"\s*(?:%s)\s+(?:de\s+la|de\s+l'|du|d'une|d'un)\s*(%s)(?![\w-])"
                       % ("|".join(re.escape(v).replace(r"\ ", r"\s+") for v in phrases), terms))
    kinds = dict(_type_terms())
    out = []
    openers = tuple(_f(str(v)) for v in load("sessions").get("theme_sentence_openers") or [])
    # "« Titre ? » Telle est la question débattue par la table ronde du soir": the session
    # word later in the sentence the phrase opens
    later = re.compile(r"\s*(?:%s)\b[^.!?«»“”\n]{0,80}?(?:de\s+la|de\s+l'|du|d'une|d'un|la|le|l'|une|un)\s*(%s)(?![\w-])"
                       % ("|".join(re.escape(v).replace(r"\ ", r"\s+") for v in openers) or "(?!)", terms), re.IGNORECASE)
    for quote in _QUOTED_TITLE.finditer(text):
        m = after.match(folded, quote.end()) or later.match(folded, quote.end())
        if m is None:
            continue
        title = " ".join(quote.group(1).split())
        if len(title.split()) > 20 or re.search(r"\.\s", title) or title.endswith("."):
            continue
        paragraph_end = text.find("\n\n", quote.end())
        out.append((title, quote.start(1), len(text) if paragraph_end == -1 else paragraph_end, kinds.get(m.group(1), "other")))
    return out



def _title_above_speakers(text: str, pos: int) -> tuple[str, int, int] | None:
    """A sentence naming a session, then a colon and its title to the end of the line, right
    above the list of its speakers ("Retrouvez la table ronde mardi à 14h : Les jardins partagés, un
    patrimoine commun" / "Avec les interventions de :"). -> (title, start, end of the list's
    paragraph), else None."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end == -1 else line_end
    colon = re.compile(r"\s:\s+").search(text, pos, min(line_end, pos + 100))
    if colon is None:
        return None
    title = " ".join(text[colon.end():line_end].split()).rstrip(" .")
    if not 3 <= len(title.split()) <= 20 or re.search(r"[.!?]\s", title) or not title[:1].isupper():
        return None
    nxt = re.match(r"\s*\n\s*([^\n]+)", text[line_end:])
    if nxt is None or _label_of(nxt.group(1).strip()) is None:
        return None
    label_end = line_end + nxt.end()
    listed = re.match(r"[ \t]*\n(?:[ \t]*\n)?((?:[ \t]*[-•*–][^\n]*(?:\n|$))+)", text[label_end:])
    if listed:        # the list of speakers under the label is the session's
        return title, colon.end(), label_end + listed.end()
    paragraph_end = text.find("\n\n", label_end)
    return title, colon.end(), len(text) if paragraph_end == -1 else paragraph_end


def _sessions_people_took_part_in(doc: Document) -> list[tuple[str, int, int, str]]:
    """Sessions a report names after a person who took part in them, one per line: "Prénom Nom
    a animé l'atelier Vélo et climat", "X participait à la table ronde Les mobilités". The
    title runs from the session word to the end of the sentence; the line names a person before it.
    -> (title, start, end, type)."""
    terms = [(t, kind) for t, kind in _type_terms() if kind != "other"]
    pattern = re.compile(r"(?<![\w-])(?:dans|a|lors de|pour|anime|animait|co-anime)\s+(?:l'|la |le |une |un )\s*("
                         + "|".join(re.escape(t) for t, _ in terms) + r")\s+(?!de |du |des |d'|qui |que |sur )(\S[^.;!?\n]{2,120})")
    kinds = dict(terms)
    out = []
    for line_start, line in _sentences(doc):
        m = pattern.search(_f(line))
        if m is None or not any(parse_name(r.group(0), allow_mixed=True) for r in _run_pattern().finditer(line[:m.start()])):
            continue
        title = line[m.start(2):m.end(2)].strip(" ,")
        # the span is the whole sentence: the person who took part is in it
        out.append((title, line_start, line_start + len(line), kinds.get(m.group(1), "other")))
    return out if len(out) >= 2 else []


def _sentences(doc: Document):
    """(start, text) of the sentences of the document's blocks."""
    for block in doc.blocks:
        for a, b in doc.sentences(block):
            yield a, doc.text[a:b]


def _programme_of_one_session(reader: _Reader) -> list[tuple[str, int, int, str]]:
    """A page giving the programme of one session: a heading "Programme de l'atelier" (a
    programme heading, then a session word in the singular), its title on the next line ("Le vélo
    dans les petites villes": no sentence, no person). The span runs to the next heading of the
    programme heading's level. -> [(title, start, end, type)] or []."""
    kinds = dict(_type_terms())
    lines = reader.lines
    for i, line in enumerate(lines):
        f = _f(line.body.strip().lower()).rstrip(" :")
        for head in _folded_list("programme_headings"):
            if not f.startswith(head + " "):
                continue
            rest = re.sub(r"^(?:de la|de l'|du|d')\s*", "", f[len(head):].strip())
            kind = kinds.get(rest)
            k = reader.next_content(i + 1)
            if kind is None or k is None:
                continue
            body = lines[k].body.strip()
            item = session_item_title(body, _TIME_PREFIX)
            if item is None or body.endswith((".", ":", ";", ",")) or len(body.split()) > 25 or _label_of(body) is not None:
                return []
            level = reader.heading_level(line)
            end = next((h.offset for h in sorted(reader.doc.headings, key=lambda h: h.offset)
                        if h.offset > lines[k].start and level is not None and h.level <= level), len(reader.text))
            return [(item[0], lines[k].body_start, end, kind)]
    return []


def _sessions_run_by(doc: Document) -> list[tuple[str, int, int, str]]:
    """Sessions a report names with who ran or gave them: a session word after its article, its
    qualifier or title, then a host phrase or a phrase naming who presents it, then a person ("La
    plénière du matin, animée par Prénom Nom, ...", "une conférence sur les haies animée par A
    et B", "la conférence : Les jardins de demain présentée par C"). The title runs from the
    article (or from the colon after the session word) to the phrase, in one sentence. The
    person's name goes on with the sentence ("animée par A à la mairie", "par A et B"); a name
    closing its clause ("animée par A.") is not read (reading it added a wrong session on the
    dev documents nobody tuned on).
    -> (title, start, end, type), the span running to the end of the sentence."""
    text = doc.text
    folded = _f(text)
    terms = [(t, kind) for t, kind in _type_terms() if t not in _folded_list("numbered_only")]
    kinds = dict(terms)
    phrases = host_alternation() + "|" + "|".join(re.escape(p) for p in _folded_list("presenter_phrases"))
    pattern = re.compile(r"(?<![\w-])(?:la|le|l'|une|un)\s*(" + "|".join(re.escape(t) for t, _ in terms)
                         + r")(?![\w-])([^.;!?\n]{0,100}?),?\s+(?:" + phrases + r")\s+")
    out = []
    for m in pattern.finditer(folded):
        after = text[m.end():m.end() + 80]
        person = re.match(r"(?:[A-ZÀ-ÞŒÆ][\w’'-]+(?:\s+|(?=,))){1,3}", after + " ")
        if person is None or parse_name(person.group(0).strip(), allow_mixed=True) is None:
            continue
        colon = re.match(r"\s*:\s*", text[m.end(1):m.end(2)])
        start = m.end(1) + colon.end() if colon else m.start()
        title = " ".join(text[start:m.start(2) + len(m.group(2))].split()).strip(" ,:")
        if not title or len(title.split()) > 16 or not m.group(2).strip(" ,:"):
            continue      # "une table ronde, présidée par X": the session word alone titles nothing
        stop = re.search(r"[.!?](?:\s|$)|\n", text[m.end():])
        out.append((title, start, m.end() + (stop.start() if stop else 0), kinds.get(m.group(1), "other")))
    return out


def _sessions_by_ordinal(doc: Document) -> list[tuple[str, int, int, str]]:
    """Sessions a report counts, then names one by one by their rank: "la matinée comptait deux
    tables rondes" ... "La première table ronde a réuni ..." ... "Lors de la seconde table ronde,
    ...". A count (a number in figures or in words
    of ``number_words``, two at least) before a session word in the plural, then a determiner,
    an ordinal (the lexicon's, or "dernier") and the same session word, two ranks at least;
    each rank is one session titled as written ("première table ronde").
    -> (title, start, end, type), the span running to the end of the paragraph."""
    text = doc.text
    folded = _f(text)
    terms = [(t, kind) for t, kind in _type_terms() if t not in _folded_list("numbered_only") and kind != "other"]
    kinds = dict(terms)
    counts = "|".join(re.escape(_f(str(w))) for w in load("numbers")["number_words"]) + r"|\d{1,2}"
    words = "|".join(re.escape(t) for t, _ in sorted(terms, key=lambda p: -len(p[0])))
    counts_found = list(re.finditer(rf"(?<![\w-])(?:{counts})\s+({words})[sx](?![\w-])", folded))
    ranks = "|".join(re.escape(w) for w, _ in _ordinals()) + "|derniere|dernier"
    # every word in the plural too ("deux tables rondes")
    plurals = {" ".join(w + ("" if w.endswith(("s", "x")) else "s") for w in t.split()): t for t, _ in terms if " " in t}
    plural_words = "|".join(re.escape(p) for p in sorted(plurals, key=len, reverse=True))
    counts_plural = list(re.finditer(rf"(?<![\w-])(?:{counts})\s+({plural_words})(?![\w-])", folded))
    for m in counts_plural + counts_found:
        term = plurals.get(m.group(1), m.group(1))
        if (listed := _ranks_in_sentence(text, folded, m, ranks, kinds.get(term, "other"))):
            return listed
    counted = {m.group(1) for m in counts_found} | {plurals[m.group(1)] for m in counts_plural}
    parts = [_f(str(w)) for w in load("sessions")["counted_day_parts"]]
    if not counted and not re.search(rf"(?<![\w-])(?:{counts})\s+(?:{'|'.join(map(re.escape, parts))})(?![\w-])", folded):
        return []
    return ranked_sessions(text, folded, ranks, counted, kinds)


def _ranks_in_sentence(text: str, folded: str, counted: re.Match, ranks: str, kind: str) -> list[tuple[str, int, int, str]]:
    """"Deux ateliers suivront, le premier sur X et le second autour de Y.": sessions counted, then
    named by their rank alone and a title cue (sessions.yaml ``prose_title_cues``) in the same
    sentence, or else in the next one ("Trois ateliers ont suivi. Un premier sur X, un second
    sur Y et un troisième sur Z."); each is titled as written from its determiner. Two ranks at
    least."""
    sentence_end = re.compile(r"[.!?](?:\s|$)|\n")
    cues = "|".join(re.escape(_f(str(c))) for c in sorted(load("sessions")["prose_title_cues"], key=lambda c: -len(str(c))))
    opening = re.compile(rf"(?:^|,|\bet|:|(?<=[.!?]))\s*((?:le|la|l'|un|une)\s*(?:{ranks})\s+(?:{cues})\s*)(?=\S)")
    begin = counted.end()
    for _ in range(2):
        stop = sentence_end.search(folded, begin)
        end = stop.start() if stop else len(folded)
        found = [m for m in opening.finditer(folded, begin, end)]
        if len(found) >= 2 or stop is None or folded[stop.start()] == "\n":
            break
        begin = stop.end() - 1      # the next sentence, its full stop before it
    out = []
    for n, m in enumerate(found):
        until = found[n + 1].start() if n + 1 < len(found) else end
        title = " ".join(text[m.start(1):until].split()).rstrip(" ,;")
        title = re.sub(r"(?:[\s,;]+(?:et|puis|enfin))+$", "", title)       # "... sur Z et, enfin, un quatrième ..."
        if len(title.split()) > 3:
            out.append((title, m.start(1), until, kind))
    return out if len(out) >= 2 else []
