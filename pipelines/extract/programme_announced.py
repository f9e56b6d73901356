"""Programme lists announced by a line of their own: "3 ateliers :", "Les tables rondes :", a
round of workshops ("2e session d'ateliers"), a day or part of a day ("Mardi matin :") over the
items of its sessions; the kind of session such a line gives its items, and a quoted title
standing for an item's title."""

from __future__ import annotations

import re
from functools import cache

from .lines import Line
from .programme_layout import _CONNECTIVE_END, ProgrammeText, _bulleted, list_after, session_item_title
from .programme_lines import inline_items
from .programme_timetable import is_day, slot_time
from .programme_vocabulary import _f, _lex, _type_terms


@cache
def _plural_types() -> re.Pattern:
    """The session words in the plural ("tables rondes", "tables-rondes", "ateliers", "plénières"),
    each word of a term taking its s or x; "other" words ("conférences", "sessions") are left out:
    a list under them may name anything."""
    terms = sorted({t for t, kind in _type_terms() if kind != "other"}, key=len, reverse=True)
    plural = [re.sub(r"[\w']+", lambda m: re.escape(m.group(0)) + "[sx]", t) for t in terms]
    return re.compile(r"(?<![\w-])(" + "|".join(plural) + r")(?![\w-])")


def _announced_kind(body: str) -> str | None:
    """The session type a line announces a list of: a line ending with a colon that names sessions
    in the plural ("Des tables rondes :", "Trois ateliers au choix :"); else None."""
    text = body.strip()
    if not text.endswith(":") or len(text.split()) > 30:
        return None
    m = _plural_types().search(_f(text.lower()))
    if m is None:
        return None
    singular = re.sub(r"[sx](?=$|[\s-])", "", m.group(1))      # "tables-rondes" -> "table-ronde"
    return dict(_type_terms()).get(singular)


@cache
def _round_of() -> re.Pattern:
    """A round of parallel sessions of one type: a round word of the lexicon, then "de" or "d'"
    and a session word, singular or plural ("Première série de tables rondes", "Deuxième tournée
    d'ateliers :"), an ordinal before it or not."""
    terms = sorted({t for t, kind in _type_terms() if kind != "other"}, key=len, reverse=True)
    plural = [re.sub(r"[\w']+", lambda m: re.escape(m.group(0)) + "[sx]?", t) for t in terms]
    rounds = "|".join(re.escape(_f(str(w))) for w in _lex()["round_words"])
    return re.compile(r"^(?:\S+\s+)?(?:" + rounds + r")\s+(?:de\s+|d')(" + "|".join(plural) + r")(?![\w-])")


def _round_kind(body: str, heading: bool) -> str | None:
    """The session type of a line that opens a round of parallel sessions, a heading or a line
    ending with a colon ("### Seconde vague d'ateliers :" then "- Titre A", "- Titre B": A and B are
    the workshops of the round, the round itself no session); else None."""
    text = body.strip().lstrip("#").strip()
    if not (heading or text.endswith(":")) or len(text.split()) > 12:
        return None
    m = _round_of().match(_f(text.lower()))
    if m is None:
        return None
    singular = re.sub(r"[sx](?=$|[\s-])", "", m.group(1))
    return dict(_type_terms()).get(singular) or dict(_type_terms()).get(m.group(1))


def group_kind(title: str) -> str | None:
    """The session type a title opens with in the plural ("Ateliers en parallèle", "3 tables
    rondes simultanées"), else None."""
    m = _plural_types().match(re.sub(r"^\d+\s+", "", _f(title.strip().lower())))
    return _announced_kind(m.group(0) + " :") if m else None


def _without_speakers(title: str) -> str:
    """An item's title without the people it announces after "avec" ("Rencontres, avec Léa
    Brun de l'Agence X, ..." -> "Conférences"); the people are read as its speakers elsewhere."""
    m = re.search(r",\s+avec\s+(?=[A-ZÀ-ÞŒÆ])", title)
    return title[:m.start()] if m and inline_items(title[m.end():]) else title


def _day_announcement(body: str) -> bool:
    """A line that opens the list of what a day or part of it holds: it ends with a colon and
    opens with a day or a part of the day ("Dimanche, au village :", "Mardi 12 mai :",
    "L'après-midi :"); its items are the sessions, each of the type its own words give."""
    text = body.strip()
    if not text.endswith(":") or len(text.split()) > 12:
        return False
    head = re.split(r"[,:]", text, maxsplit=1)[0]
    head = re.sub(r"^(?:le|la|les|l['’]|en|dans|pour)\s*", "", head.strip(), flags=re.I)
    return is_day(head)


@cache
def _activities_words() -> re.Pattern:
    """programme.yaml `announcing_activities`: the plural words that announce the activities of an
    event, each a session ("Parmi les activités, les visiteurs ont pu découvrir :")."""
    words = sorted((_f(str(w).lower()) for w in _lex().get("announcing_activities") or []), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words or ["\0"])) + r")(?![\w-])")


def _activities_announcement(body: str) -> bool:
    """A line ending with a colon that announces the event's activities ("Parmi les activités, les
    visiteurs ont pu découvrir (entre autres) :", "Les animations proposées :"): its items are
    the sessions, each of the type its own words give. The line's last sentence is read: a
    paragraph may end with the announcement."""
    text = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-ÝŒÆ])", body.strip())[-1]
    return text.endswith(":") and len(text.split()) <= 16 and _activities_words().search(_f(text.lower())) is not None


# What an activity's item says after its name: a description after a colon ("Grainothèque : un
# échange de graines"), who runs it ("Potager partagé animé par l'Association X"), or what it is for
# after a present participle ("Fabrique de nichoirs, permettant aux enfants de ...").
_ACTIVITY_TAIL = re.compile(r"\s+:\s+\S|\s+(?:anim|propos|pr[ée]sent|organis|men)[ée]e?s?\s+par\s|,\s+\w+ant\s")
_ACTIVITY_NAME_MAX_WORDS = 8


def _activity_title(title: str) -> str:
    """An announced activity's name without what the item says of it after (``_ACTIVITY_TAIL``),
    when the name left has at most ``_ACTIVITY_NAME_MAX_WORDS`` words."""
    m = _ACTIVITY_TAIL.search(title)
    head = title[:m.start()].strip() if m else title
    return head if head and len(head.split()) <= _ACTIVITY_NAME_MAX_WORDS else title


def _nested_announcement(layout: ProgrammeText, i: int) -> bool:
    """A list item that announces the items below it ("- 3 ateliers :" then "- « Titre A »",
    "- « Titre B »": a nested list written flat): it ends with a colon and the next line of
    content is an item too."""
    nxt = layout.next_content(i + 1)
    return layout.lines[i].body.strip().endswith(":") and nxt is not None and nxt - i <= 2 \
        and _bulleted(layout.lines[nxt])


_QUOTED_TITLE = re.compile(r"^[«\"“]\s*([^«»\"“”]{3,}?)\s*[»\"”]\s*(?:[,;.:–—-]\s+\S.*)?$")


def quoted_title(title: str) -> str:
    """The title between quotation marks that opens an item, the words after it taken off
    ("« Les jardins partagés », avec des habitants" -> "Les jardins partagés"); else the item."""
    m = _QUOTED_TITLE.match(title.strip())
    return m.group(1) if m else title


def _announced_runs(layout: ProgrammeText, taken: set[int]) -> list[tuple[list[tuple[int, int, str, list[str]]], str]]:
    """The items of a list announced as sessions of one type ("Des tables rondes :" / "Trois
    tables rondes au choix :" / "- Titre A" / "- Titre B"): each item that names no one is a
    session of that type (two at least), in lower case too ("Deux ateliers : - la mobilité
    - le logement": the announcement says they are sessions); one more line ending with a colon
    may stand between the announcement and its list. The announcement may be an item itself,
    the list nested under it written flat (``_nested_announcement``); an item opened by a quoted
    title is that title (``quoted_title``). -> (run, session type)."""
    out = []
    lines = layout.lines
    index = {id(ln): n for n, ln in enumerate(lines)}
    i = 0
    while i < len(lines):
        line = lines[i]
        round_kind = None if _bulleted(line) or i in taken else \
            _round_kind(line.body, layout.heading_level(line) is not None)
        kind = round_kind or (None if i in taken else _announced_kind(line.body))
        activities = kind is None and not _bulleted(line) and i not in taken and _activities_announcement(line.body)
        day = activities or (kind is None and not _bulleted(line) and i not in taken and _day_announcement(line.body))
        if (kind is None and not day) or (_bulleted(line) and not _nested_announcement(layout, i)):
            i += 1
            continue
        first = layout.next_content(i + 1)
        if first is not None and first - i <= 2 and not _bulleted(lines[first]) \
                and lines[first].body.strip().endswith(":") and layout.heading_level(lines[first]) is None:
            i = first       # "Trois tables rondes au choix, dans l'ordre :"
        def wrapped(ln: Line) -> bool:
            # an item, a line of the item above (its list_item block), or the line the text flow
            # wrapped an item onto: right under it, after a comma or a connective word, or in
            # lower case ("..., le montage" / "vidéo, etc.")
            k = index.get(id(ln), -1) if not _bulleted(ln) else -1
            return _bulleted(ln) or (k > 0 and _bulleted(lines[k - 1]) and (
                layout.same_item(k - 1, k) or bool(_CONNECTIVE_END.search(_f(lines[k - 1].body.rstrip())))
                or ln.body.strip()[:1].islower()))
        found, j = list_after(lines, i + 1, layout.heading_level, wrapped)
        run = []
        for k in found:
            nxt = lines[k]
            if not _bulleted(nxt):
                continue
            item = None if k in taken else session_item_title(nxt.body.strip(), slot_time(), lower_ok=not day)
            if item:
                title, t = item
                title = _without_speakers(quoted_title(title))
                title = _activity_title(title) if activities else title
                run.append((k, nxt.body_start + (len(nxt.body) - len(nxt.body.lstrip())) + (t.end() if t else 0),
                            title, []))
        if len(run) >= 2:
            out.append((run, kind or None))
        i = max(j, i + 1)
    return out
