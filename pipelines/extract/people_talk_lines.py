"""People of a programme's list of talks written "Prénom Nom : titre de l'intervention": each
bulleted line opens on who speaks (one or more names joined by a dash, "et" or "&"), then a colon
and the talk's title ("• Marie Dupont : quel avenir pour les haies ?", "• A - B : le réseau de
chaleur de Valbourg"). Names are read by their shape with a given name of the list (no role or
organisation confirms them), so one such line alone is not enough: a list holds two at least.
Also the talks whose cue "par" stands alone on its line, the names on the lines below it, and the
talks whose item gives its title, then who gives it on the item's last line ("• Titre" / "Prénom
Nom, Organisation"), or written in plain lines, a title's line over its speaker's."""

from __future__ import annotations

import re

from .names import parse_name
from .programme_layout import _bulleted, bulleted_item_lines
from .programme_lines import lead_items, parse_item
from .programme_timetable import slot_time
from .session_quoted_list import _QUOTED
from .speaker_item import Item
from .programme_vocabulary import _folded_list, _starts_with_role

# who speaks, a colon, the title: a name is two to four words, the title three words at least
_TALK_LINE = re.compile(r"^(?P<names>[^:()\d]{4,80}?)\s*:\s+(?P<title>\S.*)$")
# a bullet the reader left at the start of a line nested in a numbered item ("2. Partie" / "● A : titre")
_MARKER = re.compile(r"^[●•▪◦‣·*–-]\s+")
_JOINED = re.compile(r"\s+(?:[-–—&]|et)\s+")


def talk_speakers(body: str) -> Item | None:
    """The people a talk's line opens on ("Prénom Nom : titre"), or None: each part before the colon
    must be a person's name (a given name first), and what follows a title of three words or more
    that is no role, no name and no phone number."""
    text = _MARKER.sub("", " ".join(body.split())).strip(" ;")
    m = _TALK_LINE.match(text)
    if m is None:
        return None
    title = m.group("title")
    if len(re.findall(r"[^\W\d_]{2,}", title)) < 3 or _starts_with_role(title) or parse_item(title) is not None:
        return None
    people = [parse_name(part, allow_mixed=True) for part in _JOINED.split(m.group("names").strip())]
    if not people or any(p is None for p in people):
        return None
    return Item(people, None, None, False, text)


def talk_line_people(lines: list[tuple[str, int, int]]) -> list[Item]:
    """The items of the bulleted ``lines`` (body, start, end) that are talks' lines, when two of
    them at least are (a list of talks); else []."""
    items = []
    for body, start, end in lines:
        item = talk_speakers(body)
        if item is not None:
            item.start, item.end = start, end
            items.append(item)
    return items if len(items) >= 2 else []


def talk_line_titles(lines: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The talks of the bulleted ``lines`` (body, start, end) that are talks' lines, when two of
    them at least are: each talk's title (what follows the colon), with its line's span."""
    talks = []
    for body, start, end in lines:
        if talk_speakers(body) is not None:
            text = _MARKER.sub("", " ".join(body.split())).strip(" ;")
            talks.append((_TALK_LINE.match(text).group("title").strip(" .;"), start, end))
    return talks if len(talks) >= 2 else []


def people_after_lone_cue(lines: list) -> list[Item]:
    """A talk's title, then "par" alone on its line (a web page's or slide's element of its own),
    then its speakers one per line ("Le bocage d'hier" / "par" / "Prénom NOM" / "Prénom NOM"):
    the names up to the first line that is no name. The cue must be written in lower case under a
    line of text: "Par" alone with a capital opens an article's byline (its author, no speaker)."""
    items: list[Item] = []
    phrases = set(_folded_list("speaker_phrases"))
    for n, line in enumerate(lines):
        cue = line.body.strip()
        if cue not in phrases or n == 0 or not lines[n - 1].body.strip():
            continue
        for below in lines[n + 1:]:
            item = parse_item(below.body, bare_ok=True, mixed_ok=True)
            if item is None:
                break
            item.start, item.end = below.body_start, below.end
            items.append(item)
    return items


def talks_over_speakers(reader) -> list[tuple[str, int, int, Item]]:
    """The bulleted items of the reader's lines that give a talk's title, then who gives it on the
    item's own last line, a name with a role or an organisation ("• Exposome chimique et
    neuro-développement de l'enfant" / "Claire Martin, Inserm"), when two items at least do (a
    list of talks): (title, start, end, the speaker's item). The title is the item's other lines,
    none a person's."""
    talks = []
    for item_lines in bulleted_item_lines(reader):
        if len(item_lines) < 2:
            continue
        last = item_lines[-1]
        item = parse_item(last.body.strip(), mixed_ok=True)       # a family name in lower case too
        title = _MARKER.sub("", " ".join(ln.body.strip() for ln in item_lines[:-1])).strip(" ;")
        if item is None or not item.people or len(re.findall(r"[^\W\d_]{2,}", title)) < 3 \
                or parse_item(title) is not None or lead_items(title):
            continue
        item.start, item.end = last.body_start, reader.end_of(last)
        talks.append((title, item_lines[0].body_start, reader.end_of(last), item))
    return talks if len(talks) >= 2 else []


def _names_someone(line: str) -> bool:
    """Whether a line opens on a person's name, with a role or an organisation after a comma
    ("Paule Durand, directrice de l'Agence X"): a speaker's line, no talk's title."""
    item = parse_item(_MARKER.sub("", line), mixed_ok=True)
    return item is not None and bool(item.people)


# a word that links a line to the next one: "... - Université de" / "Kerval"
_LINK_END = re.compile(r"(?<![\w'’])(?:de|du|des|d['’]|la|le|les|l['’]|et|à|au|aux|en|pour|sur|[-–—&])$", re.IGNORECASE)


def _talk_title(title: str) -> bool:
    """Whether a plain line can title a talk: no bullet, no timed slot (the timetable reads those),
    no person (nor a label naming one: "Modération : X"), one sentence at most, three words at
    least, brackets closed, not closing on a full stop or a colon (prose, or a list's announcement)."""
    return bool(title) and not (_MARKER.match(title) or slot_time().match(title) or title.endswith((".", ":", ";", ","))
                                or re.search(r"[.!?]\s+[A-ZÀ-ÖØ-Þ]", title) or len(title) > 200
                                or len(re.findall(r"[^\W\d_]{2,}", title)) < 3 or title.count("(") != title.count(")")
                                or parse_item(title) is not None or lead_items(title) or _names_someone(title)
                                or (":" in title and _names_someone(title.split(":", 1)[1].strip())))


def _speaker_label(line: str) -> bool:
    """Whether a line is a label of the speakers below it alone ("Intervenants :", "Interventions :",
    programme.yaml `speaker_list_labels` and `talk_speaker_labels`)."""
    label = line.strip().rstrip(" :").lower()
    return line.strip().endswith(":") and label in set(_folded_list("speaker_list_labels") + _folded_list("talk_speaker_labels"))


def talks_over_speaker_lines(reader) -> list[tuple[str, int, int, Item]]:
    """Talks written in plain lines, each a title line (``_talk_title``), then a line naming who
    gives it with a role or an organisation ("Les haies du bocage" / "Paule Durand, maire de
    Kerval"; the speaker's line may open with a dash), when two talks at least are so written (a
    list of talks): (title, start, end, the speaker's item). The title line opens its block (a
    blank line, a timed slot or the speaker of the talk before it above it: not a line a longer
    one wraps onto) and is no bullet (``talks_over_speakers`` reads those)."""
    lines, talks = reader.lines, []
    bodies = [line.body.strip() for line in lines]
    someone = [bool(b) and _names_someone(b) for b in bodies]      # each line read once as a speaker's
    before = -1                                                     # the last line with words above the title
    for n in range(len(lines) - 1):
        title, k = bodies[n], before
        if title:
            before = n
        # a speaker's line left with a trailing blank or on a link word wraps onto the next one
        # ("adjointe chargée de la " / "Culture - Ville X", "Université de" / "Kerval")
        wrapped = k >= 0 and someone[k] and (lines[k].body.endswith((" ", "\t")) or _LINK_END.search(bodies[k]))
        # the title opens its own block: after a blank line, a timed slot, the speaker of the talk
        # before or a line announcing the list ("Voici les exposés de la matinée :")
        opens = not wrapped and (k < n - 1 or k < 0 or slot_time().match(bodies[k]) or someone[k] or bodies[k].endswith(":"))
        if not opens or _bulleted(lines[n]) or not _talk_title(title):
            continue
        # a label of its speakers may come between the title and them ("Interventions :")
        at = n + 2 if n + 2 < len(lines) and _speaker_label(bodies[n + 1]) else n + 1
        item = parse_item(_MARKER.sub("", bodies[at]), mixed_ok=True)
        if item is None or not item.people or not (item.role or item.organization):
            continue
        item.start, item.end = lines[at].body_start, reader.end_of(lines[at])
        talks.append((title, lines[n].body_start, reader.end_of(lines[at]), item))
    return talks if len(talks) >= 2 else []


# a colon, then the talk's title between quotation marks (the quoted list's pattern) closing the line
_QUOTED_TITLE = re.compile(r"\s:" + _QUOTED.pattern + r"[.;]?$")


def talk_after_speaker(line: str) -> tuple[str, Item] | None:
    """(the title, who gives it) of a line that opens on who gives a talk, with a role or an
    organisation, then a colon and the talk's title between quotation marks ("Prénom Nom,
    historienne, Université X : « Titre »"), with a bullet or without one; else None."""
    body = _MARKER.sub("", line.strip())
    m = _QUOTED_TITLE.search(body)
    if m is None:
        return None
    item = parse_item(body[:m.start()].strip(" ,"), mixed_ok=True)
    title = (m.group("a") or m.group("b") or m.group("c")).strip()
    if item is None or not item.people or not (item.role or item.organization) \
            or len(re.findall(r"[^\W\d_]{2,}", title)) < 2:
        return None
    return title, item


def talks_after_speakers(reader) -> list[tuple[str, int, int, Item]]:
    """The reader's lines that are such talks (``talk_after_speaker``), when two lines at least
    are (a list of talks): (title, start, end, the speaker's item)."""
    talks = []
    for line in reader.lines:
        talk = talk_after_speaker(line.body)
        if talk is not None:
            title, item = talk
            item.start, item.end = line.body_start, reader.end_of(line)
            talks.append((title, line.body_start, reader.end_of(line), item))
    return talks if len(talks) >= 2 else []


def lists_talks(text: str) -> bool:
    """Whether two lines of the text at least are such talks: the text gives a programme of talks."""
    lines = (ln for ln in text.splitlines() if "»" in ln or "”" in ln or ln.rstrip().endswith('"'))
    return sum(1 for ln in lines if talk_after_speaker(ln) is not None) >= 2
