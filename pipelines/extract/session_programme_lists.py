"""The lists a line announces as the programme ("Programme :", "Au programme de la journée :")
and the sessions their items name; and, when the reader found sessions in such a list, the
other items of the same list."""

from __future__ import annotations

from ..lexicons import load
from .programme_layout import _bulleted, _programme_intro, continues_item, list_after, session_item_title
from .programme_reader import _Reader
from .programme_timetable import _TIME_PREFIX, is_break
from .session_deck import deck_presenter
from .programme_vocabulary import _f, _folded_list


def programme_list_at(reader: _Reader, i: int) -> tuple[list[tuple[str, int, int]], int] | None:
    """The list under line ``i`` when that line announces a programme (``_programme_intro``): the
    sessions its items name (see ``session_item_title``), and the index of the line after it;
    None for a line that announces none."""
    lines = reader.lines
    body = lines[i].body.strip()
    if not body or _bulleted(lines[i]) or not (_programme_intro(body) or _meeting_agenda(reader, i)):
        return None
    index = {id(ln): k for k, ln in enumerate(lines[i + 1:], start=i + 1)}
    level = reader.heading_level(lines[i])
    # under a programme heading, its subheadings over items group them ("Mardi 4 mai" / "- Titre")
    grouping = (lambda ln: _sub_label(reader, index[id(ln)], level)) if level is not None else (lambda ln: False)
    found, j = list_after(lines, _after_lead_in(reader, i, grouping), lambda ln: None if grouping(ln) else reader.heading_level(ln),
                          lambda ln: _bulleted(ln) or continues_item(ln) or _group_label(reader, index[id(ln)]) or grouping(ln))
    items = []
    for k in found:
        if continues_item(lines[k]) or not _bulleted(lines[k]):
            continue
        item = session_item_title(lines[k].body.strip(), _TIME_PREFIX)
        if item:
            items.append((item[0], lines[k].body_start, reader.end_of(lines[k])))
    if not items and (slide := _slide_agenda(reader, i)) is not None:
        return slide
    return items, j


# An agenda slide: a programme heading among the first lines of a PDF page, then only short lines
# to the page's end. PDF bullets are often drawn, not typed, so its items come without markers.
_SLIDE_HEAD_LINES = 3
_SLIDE_ITEM_MAX_WORDS = 14


def _slide_agenda(reader: _Reader, i: int) -> tuple[list[tuple[str, int, int]], int] | None:
    """The items of an agenda slide whose heading is line ``i`` ("Le programme de la matinée" /
    "Les avancées du projet" / "Comment transmettre les données ?"), each maybe over a bulleted
    list of its details, and the index of the line after the page; None when line ``i`` opens no
    such slide."""
    doc = reader.doc
    # the deck of one talk, its presenter on the title slide, gives the talk's outline, no programme
    if doc.media_type != "application/pdf" or len(doc.page_starts) < 2 or deck_presenter(doc) is not None:
        return None
    lines, start = reader.lines, reader.lines[i].start
    page = max((p for p in doc.page_starts if p <= start), default=0)
    end = min((p for p in doc.page_starts if p > start), default=len(reader.text))
    above = [ln for ln in lines[:i] if ln.start >= page and ln.body.strip()]
    if len(above) >= _SLIDE_HEAD_LINES:
        return None
    items, j = [], i + 1
    while j < len(lines) and lines[j].start < end:
        body = lines[j].body.strip()
        if body and items and (_bulleted(lines[j]) or continues_item(lines[j])):
            pass        # an item's details, typed as a sub-list: "- Synthèse des entretiens", "- Prénom Nom"
        elif body:
            if len(body.split()) > _SLIDE_ITEM_MAX_WORDS or body.endswith(".") or _bulleted(lines[j]) \
                    or continues_item(lines[j]):
                return None
            item = session_item_title(body, _TIME_PREFIX)
            if item:
                items.append((item[0], lines[j].body_start, reader.end_of(lines[j])))
        j += 1
    return (items, j) if len(items) >= 2 else None


def _meeting_agenda(reader: _Reader, i: int) -> bool:
    """Line ``i`` is an agenda heading ("Ordre du jour :", "Ordre du jour provisoire",
    ``agenda_headings``) of a meeting that is no assembly's: no meeting noun of
    ``lexicons/events.yaml`` ("conseil municipal") in the text before it (an assembly's agenda
    lists its deliberations)."""
    f = _f(reader.lines[i].body.strip().lower()).rstrip(" :")
    head = next((h for h in _folded_list("agenda_headings") if f == h or f.startswith(h + " ")), None)
    if head is None or len(f[len(head):].split()) > 4:
        return False
    before = _f(reader.text[:reader.lines[i].start].lower())
    return not any(_f(str(n).lower()) in before for n in load("events")["meeting_nouns"])


# A paragraph between a programme's heading and its list, saying what the day holds: at most this
# many words, on at most this many lines when its last line announces the list.
_LEAD_IN_MAX_WORDS = 80
_LEAD_IN_MAX_LINES = 3


def _after_lead_in(reader: _Reader, i: int, grouping=lambda ln: False) -> int:
    """Where the list under the programme line ``i`` starts: the next line, or the line after one
    sentence that announces it ("Le planning du samedi" / "La séance se tiendra en trois
    temps :" / "1. ..."): a line of its own, no heading, no item, ending with a colon, followed by
    an item."""
    lines = reader.lines
    k = reader.next_content(i + 1)
    if k is None:
        return i + 1
    body = lines[k].body.strip()
    # ... or a paragraph saying what the day holds ("Le CAUE vous propose une journée de formation
    # ... Différents temps composeront cette journée : ... ."), the list right under it
    announcing = body.endswith((":", ".")) and len(body.split()) <= _LEAD_IN_MAX_WORDS
    if not announcing or _bulleted(lines[k]) or continues_item(lines[k]) or reader.heading_level(lines[k]) is not None:
        return i + 1
    nxt = reader.next_content(k + 1)
    if nxt == k + 1 and not _bulleted(lines[nxt]) and reader.heading_level(lines[nxt]) is None:
        # ... or a short paragraph of a few lines, its last one announcing the list ("Thème de la
        # soirée : la mobilité." / "Voici les projets retenus :")
        last = k
        while last + 1 < len(lines) and lines[last + 1].body.strip() and last - k < _LEAD_IN_MAX_LINES - 1 \
                and not _bulleted(lines[last + 1]) and reader.heading_level(lines[last + 1]) is None:
            last += 1
        words = sum(len(ln.body.split()) for ln in lines[k:last + 1])
        if last > k and lines[last].body.strip().endswith(":") and words <= _LEAD_IN_MAX_WORDS:
            nxt, k = reader.next_content(last + 1), last
    return k + 1 if nxt is not None and (_bulleted(lines[nxt]) or grouping(lines[nxt])) else i + 1


def _group_label(reader: _Reader, k: int) -> bool:
    """"Thématique de l'eau" over "- Titre A" and "- Titre B": a short line over bulleted items
    that groups them (a theme, a part of the day, a track); its items are the sessions, it is
    none. A capital, six words at most, no final punctuation, no heading, and the next line that
    is not blank is a bulleted one."""
    lines = reader.lines
    text = lines[k].body.strip()
    if not text or not text[0].isupper() or len(text.split()) > 6 or text.endswith((".", "!", "?", ":", ",", ";")) \
            or _bulleted(lines[k]) or continues_item(lines[k]) or reader.heading_level(lines[k]) is not None:
        return False
    nxt = next((ln for ln in lines[k + 1:] if ln.body.strip()), None)
    return nxt is not None and _bulleted(nxt)


def _sub_label(reader: _Reader, k: int, level: int) -> bool:
    """Line ``k`` is a heading below ``level`` that groups the items right under it, as a short
    line does (``_group_label``): six words at most, the next line that is not blank bulleted."""
    lines = reader.lines
    sub = reader.heading_level(lines[k])
    if sub is None or sub <= level or len(lines[k].body.split()) > 6:
        return False
    nxt = next((ln for ln in lines[k + 1:] if ln.body.strip()), None)
    return nxt is not None and _bulleted(nxt)


def _programme_lists(reader: _Reader):
    """Each list a line announces as the programme: (its items, where it starts, where it ends),
    the span running from its announcing line to where it stops (a group label above its items
    included)."""
    i = 0
    while i < len(reader.lines):
        got = programme_list_at(reader, i)
        if got is None:
            i += 1
            continue
        items, j = got
        lo = reader.lines[i].start + len(reader.lines[i].text)
        hi = reader.lines[j].start if j < len(reader.lines) else items[-1][2] if items else lo
        yield items, lo, hi
        i = max(j, i + 1)


def rest_of_programme_list(reader: _Reader, starts: list[int]) -> list[tuple[str, int, int]]:
    """"Programme :" / "- Ouverture" / "- Atelier 1 : ..." / "- Conclusion": when a session the
    reader found (``starts``: where its entries start) is in a programme list of three items at
    least (an item, or a line grouping items), the list's other items are sessions too, breaks
    ("Déjeuner") excepted; and the items of a programme list of three items at least where the
    reader found none ("Le programme des sessions" / "Mardi" / "- Titre" while a photo's caption
    gave a session elsewhere). -> (title, start, end) of those other items."""
    out: list[tuple[str, int, int]] = []
    for items, lo, hi in _programme_lists(reader):
        if len(items) >= 3:
            out += [(t, start, end) for t, start, end in items
                    if not any(start <= s < end for s in starts) and not is_break(t)
                    and not t.rstrip().endswith(":")]      # "Projets présentés :" over its own items
    return out
