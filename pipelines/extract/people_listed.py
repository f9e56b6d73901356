"""People in lists and labelled cards: the items of a list introduced as the people who speak
("Intervenants :", "Avec :"), and the name-and-role cards of a programme or a slide, each item
confirmed as a person by its role, its organisation or the words around the list."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..document import Document
from ..lexicons import load
from .names import is_given_name, normalise, parse_name
from .people_attending import _attendance_re
from .people_in_prose import _prose_role
from .people_talk_lines import people_after_lone_cue, talk_line_people, talk_speakers
from .people_unlisted_given import unlisted_given_item
from .programme_layout import _CONNECTIVE_END, _bulleted
from .programme_lines import inline_items, lead_items, parse_item
from .speaker_item import Item, _confirmed
from .programme_reader import _Reader
from .programme_roles import _looks_like_org
from .programme_vocabulary import _f, _folded_list, _is_role_word, _starts_with_role

def _listed_people(reader: _Reader) -> list[Item]:
    """Bulleted items naming people with their role or organisation ("- Prénom Nom, ABCD",
    "• A, B et C, Direction X"), wherever the list stands: the speakers of a programme whose
    sessions were not recognised, or of an event page's "Intervenants" list."""
    items: list[Item] = []
    attendance = False
    shaped, pending = 0, []      # this list's "Prénom Nom, Organisation" items; items read like them
    talks = []                   # bulleted lines naming no one by a role: maybe "Prénom Nom : titre"
    roled, strangers = 0, []     # this list's items with a role; items whose given name the list of names lacks
    for n, line in enumerate(reader.lines):
        if not _bulleted(line):
            if line.body.strip():
                # "Étaient présents :", "la liste suivante :": who attends or is elected, not who speaks
                folded = _f(line.body.strip().lower())
                attendance = folded.endswith(":") and _attendance_re().search(folded) is not None
                items.extend(_like_siblings(shaped, pending) + (strangers if roled else []))
                shaped, pending, roled, strangers = 0, [], 0, []
            continue
        if attendance or not line.body.strip():
            continue
        body = _wrapped_item(reader, n)
        if talk_speakers(body) is not None:
            # "• Prénom Nom : titre de l'intervention": who gives a talk, the title no role
            talks.append((body, line.body_start, reader.end_of(line)))
            continue
        found = inline_items(body)
        if sum(len(it.raw) for it in found) < 0.6 * len(body):
            found = lead_items(body) or found        # "Intervention de M. A – rôle et de Mme B"
        found = [it for it in found if not any(_is_role_word(w) for p in it.people for w in p.full.split())
                 and not _abbreviated_or_described(it)]
        if found and any(it.role or it.organization for it in found):
            for it in found:
                it.start, it.end = line.body_start, reader.end_of(line)
            items.extend(found)
            roled += any(it.role for it in found)
            shaped += len(found) == 1 and len(found[0].people) == 1 and bool(found[0].organization) \
                and not found[0].role
        elif len(found) == 2 and body.count(",") == 1 and all(len(it.people) == 1 for it in found):
            # "- Prénom Nom, Agence Xyz": the organisation read as a second name
            one = parse_item(body, mixed_ok=True)
            if one is not None and len(one.people) == 1 and one.organization and not one.role:
                one.start, one.end = line.body_start, reader.end_of(line)
                pending.append(one)
        else:
            talks.append((body, line.body_start, reader.end_of(line)))
            if not found and (stranger := unlisted_given_item(body)) is not None:
                stranger.start, stranger.end = line.body_start, reader.end_of(line)
                strangers.append(stranger)
    items.extend(_like_siblings(shaped, pending) + (strangers if roled else []))
    return items + talk_line_people(talks) + people_after_lone_cue(reader.lines)


def _wrapped_item(reader: _Reader, n: int) -> str:
    """The text of the bulleted line ``n``, with the lines the text flow wrapped it onto: while
    a line ends on a comma or a connective word ("..., Léa Brun de" / "l'Agence X, etc.") and
    the next line is neither blank nor an item of its own, the item goes on there."""
    lines = reader.lines
    body = lines[n].body.strip()
    k = n + 1
    while k < len(lines) and (_CONNECTIVE_END.search(_f(body)) or reader.same_item(n, k)) and lines[k].body.strip() \
            and not _bulleted(lines[k]) and reader.heading_level(lines[k]) is None:
        body = f"{body} {lines[k].body.strip()}"
        k += 1
    return body


def _like_siblings(shaped: int, pending: list[Item]) -> list[Item]:
    """Items "Prénom Nom, Xyz Abc" whose second part reads as a name as well as an organisation
    ("- Léa Brun, Agence Kerval" next to "- Paul Durand, Syndicat X"): one person and their
    organisation when two items of the same list at least are plainly "name, organisation"; in
    a list of bare names they stay two names ("- Léa Brun, Paul Durand")."""
    return pending if shaped >= 2 else []


_ROLE_OPENING_PREPOSITION = re.compile(r"(?:en|par|avec|pour|sur|dans|selon)\s")


def _abbreviated_or_described(item: Item) -> bool:
    """A list item that names a thing, not a person: capitalised words followed by their own
    initials ("Registre Public Ouvert (RPO)"), or by a phrase in lower case that opens with a
    preposition ("Annuaire Local (en partenariat avec X)", "Cartes Scolaires (par X)"): a
    person's role is a noun ("chargée de mission"), not a preposition."""
    if len(item.people) != 1:
        return False
    words = re.findall(r"[^\W\d_]+", item.people[0].full)
    initials = "".join(w[0] for w in words).lower()
    if item.organization and " " not in item.organization.strip() and len(initials) >= 2 \
            and normalise(item.organization) == normalise(initials):
        return True
    return bool(item.role and _ROLE_OPENING_PREPOSITION.match(item.role))


def _card(reader: _Reader, j: int) -> tuple[Item, int] | None:
    """A name alone on line ``j`` and its role on the next line, or after one blank line (a web
    page's speaker card: a heading, then a paragraph). -> (the item, index of the role's line)."""
    name = parse_name(reader.lines[j].body.strip().strip("*_ "), allow_mixed=True, caps_ok=True)
    k = reader.next_content(j + 1) if name is not None else None
    if k is None or k - j > 2:
        return None
    text = reader.lines[k].body.strip()
    if not _starts_with_role(text) or len(text) > 160 or parse_name(text, allow_mixed=True, caps_ok=True):
        return None
    role, org = _prose_role(text)
    return Item([name], role, org, raw=reader.lines[j].body.strip()), k


def _labelled_people(reader: _Reader) -> list[Item]:
    """People listed one per line under a speaker label alone on its line ("Intervenants",
    "Présentateur", "Orateurs :"; a host's label, "Modérateurs", lists who runs the session), as
    a table's column of speakers reads: "Prénom NOM" alone, or any name with its organisation or
    role ("Prénom Nom ( Organisation )", cut over two lines by a PDF's text flow). A short organisation line between them ("ABC Conseil") is
    passed; two lines that are neither end the list."""
    hosts = set(_folded_list("host_labels"))
    labels = set(_folded_list("speaker_list_labels")) | hosts
    lines = reader.lines
    items: list[Item] = []
    for i, line in enumerate(lines):
        label = re.sub(r"^(?:les|nos|des|vos)\s+", "", _f(line.body.strip().lower())).rstrip(" :.")
        if label not in labels:
            continue
        j, blank, misses = i + 1, 0, 0
        while j < len(lines) and blank <= 2 and misses < 2:
            body = lines[j].body.strip()
            if not body:
                blank, j = blank + 1, j + 1
                continue
            blank, last = 0, j
            card = _card(reader, j)
            if card is not None:       # a speaker's card: the name, then the role below it
                item, last = card
                item.start, item.end = lines[j].body_start, reader.end_of(lines[last])
                item.moderator = label in hosts
                items.append(item)
                misses, j = 0, last + 1
                continue
            if body.count("(") > body.count(")") and j + 1 < len(lines):
                body, last = body + " " + lines[j + 1].body.strip(), j + 1
            item = parse_item(body, bare_ok=True, mixed_ok=True) if len(body) <= 120 else None
            named = _named_with_body(item) or (_org_then_name(body) if item is None else None)
            if named is not None or (item is not None and (_confirmed(item) or (
                    item.organization and _looks_like_org(item.organization)))):
                item = named or item
                item.start, item.end = lines[j].body_start, reader.end_of(lines[last])
                item.moderator = label in hosts
                items.append(item)
                misses = 0
            elif len(body.split()) <= 4 and _looks_like_org(body):
                misses += 1
            else:
                break
            j = last + 1
    return items


def _named_with_body(item: Item | None) -> Item | None:
    """Under a speaker label, one person whose first word is a known given name, then a
    capitalised phrase after the comma that opens with no role word ("Prénom Nom, Santé publique
    France", read as a role): the label vouches for the person, the phrase is their organisation.
    -> the item with that organisation, else None."""
    if item is None or len(item.people) != 1 or item.organization or not item.role \
            or _starts_with_role(item.role) or not item.role[:1].isupper() \
            or not is_given_name(item.people[0].given or ""):
        return None
    return replace(item, role=None, organization=item.role)


# An organisation before the person under a label has this many words at most ("Cap Rural").
_ORG_FIRST_MAX_WORDS = 6


def _org_then_name(body: str) -> Item | None:
    """Under a speaker or host label, an organisation then one person after the last comma
    ("Agence X, Prénom Nom"), the person's first word a known given name and the organisation a
    short capitalised phrase opening with no role word. -> the item, else None."""
    head, _, tail = body.rpartition(",")
    head = head.strip()
    if not head or not head[:1].isupper() or len(head.split()) > _ORG_FIRST_MAX_WORDS or _starts_with_role(head):
        return None
    item = parse_item(tail.strip(), bare_ok=True, mixed_ok=True)
    if item is None or len(item.people) != 1 or item.role or item.organization \
            or not is_given_name(item.people[0].given or ""):
        return None
    return replace(item, organization=head)


# A talk's byline is a short line; a line opening with a speaker label ("Intervenants : A de X,
# B du Y, ...") may name a whole panel, each person checked by the label's rules below.
_BYLINE_MAX = 200
_LABELLED_LINE_MAX = 800


def _byline_people(reader: _Reader) -> list[Item]:
    """A talk's byline: a line of its own that opens with a speaker phrase and names only people
    with their role or organisation ("Par Prénom Nom, cheffe de projet, Ville X", "Avec Prénom
    Nom - Agence Y"), as a programme writes under each talk's description. A byline without a
    role or an organisation ("Par Léa Brun") is no proof of a person."""
    cues = _folded_list("speaker_phrases")
    items: list[Item] = []
    for line in reader.lines:
        body = line.body.strip()
        if not body or len(body) > _LABELLED_LINE_MAX or _bulleted(line):
            continue
        folded = _f(body.lower())
        labelled = _after_speaker_label(body, folded)
        if labelled is None and len(body) > _BYLINE_MAX:
            continue
        if labelled is not None:
            # "Intervenante : Prénom Nom – cheffe de projet – Agence X": the label, its people on the same line
            found = inline_items(labelled)
            if found and all(it.role or it.organization for it in found) \
                    and sum(len(it.raw) for it in found) >= 0.8 * len(labelled.strip(" .")):
                for it in found:
                    it.start, it.end = line.body_start, reader.end_of(line)
                items.extend(found)
            continue
        if not any(folded.startswith(c + " ") for c in cues):
            continue
        if any(w in folded for w in _folded_list_of_names("publication_stamps")):
            continue      # "Par Prénom Nom, publié le 3 mai": the page's author
        found = lead_items(body)
        if found and all(it.role or it.organization for it in found):
            for it in found:
                it.start, it.end = line.body_start, reader.end_of(line)
            items.extend(found)
    return items


# "Prénom Nom – chargée de mission, Organisme": a name, a dash, then its role.
_DASH_CREDIT = re.compile(r"(?P<name>[^\W\d_][^,:;()–—]{2,40}?)\s+[–—-]\s+(?P<rest>\S.*)")
# Such lines a programme holds at least: one alone may be a caption or a signature.
_DASH_CREDITS_MIN = 2
_DASH_CREDIT_MAX = 160


def _dash_credit_people(reader: _Reader) -> list[Item]:
    """Lines of a programme that are only a person and a role after a dash ("Prénom Nom – chef
    adjoint du service X, DREAL Y"), as a programme credits each talk under its title: the first
    word a known given name, what follows the dash opening with a role word. Two such lines at
    least."""
    items: list[Item] = []
    for line in reader.lines:
        body = line.body.strip()
        m = _DASH_CREDIT.fullmatch(body) if len(body) <= _DASH_CREDIT_MAX else None
        if m is None or not _starts_with_role(m.group("rest")) or not is_given_name(m.group("name").split()[0]):
            continue
        name = parse_name(m.group("name"), allow_mixed=True)
        item = parse_item(f"{m.group('name')}, {m.group('rest')}", bare_ok=True, mixed_ok=True) if name else None
        if item is None or len(item.people) != 1 or not item.role:
            continue
        item.start, item.end = line.body_start, reader.end_of(line)
        items.append(item)
    return items if len(items) >= _DASH_CREDITS_MIN else []


def _after_speaker_label(body: str, folded: str) -> str | None:
    """The text after a speaker label and its colon opening a line ("Intervenantes : ..."), or
    None: a label of attendance ("Participants :") or any other opening is no label here."""
    head, colon, rest = folded.partition(":")
    head = head.strip()
    if not colon or not rest.strip() or head not in set(_folded_list("speaker_list_labels")) \
            or _attendance_re().search(head + " :") or "particip" in head:
        # "Participants : ..." on a workshop's line names who takes part, not who speaks
        return None
    return body[body.index(":") + 1:].strip()


@cache
def _folded_list_of_names(key: str) -> tuple[str, ...]:
    """A word list of names.yaml, folded as the lines it is matched against."""
    return tuple(" ".join(_f(str(w).lower()).split()) for w in load("names")[key])


@cache
def _section_label_re() -> re.Pattern:
    words = sorted({_f(str(w).lower()) for w in load("names")["non_speaking_sections"]}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def non_speaking_spans(doc: Document) -> list[tuple[int, int]]:
    """The sections of a document under a short heading that names who organises, is contacted,
    thanked or sponsors (names.yaml ``non_speaking_sections``: "Le comité d'organisation",
    "Contacts", "Nos partenaires"): the people they list do not speak. -> [(start, end)], each
    from the heading to the next heading of its level or above."""
    heads = sorted(doc.headings, key=lambda h: h.offset)
    spans = []
    for n, h in enumerate(heads):
        text = _f(h.text.lower()).strip(" :#")
        if len(text.split()) > 6 or not _section_label_re().search(text):
            continue
        end = next((x.offset for x in heads[n + 1:] if x.level <= h.level), len(doc.text))
        spans.append((h.offset, end))
    return spans


@cache
def _street_word_before() -> re.Pattern:
    """A word of events.yaml `address_words` ("rue", "avenue", "place") ending right before a name."""
    words = sorted({_f(str(w).lower()) for w in load("events").get("address_words") or []}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")\.?\s+$")


@cache
def _namesake_place_before() -> re.Pattern:
    """A lower-case word of names.yaml `namesake_place_words` ("lycée", "université") right after
    an article ("le", "l'", "au", "du") and right before a name: "au collège Paul Durand"."""
    words = sorted({v for w in load("names").get("namesake_place_words") or [] for v in (str(w), _f(str(w)))},
                   key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Aa]u|[Aa]ux|[Dd]u|[Dd]es)\s*(?:"
                      + "|".join(re.escape(w) for w in words) + r")\s+$")


def on_street_name(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a street's: "12 rue Jeanne Malivel", "avenue Paul
    Durand" name no person of the event, nor does "au lycée Jeanne Valmont" (a place named
    after a person, its word in lower case after an article)."""
    before = text[max(0, start - 30):start]
    return (_street_word_before().search(_f(before.lower())) is not None
            or _namesake_place_before().search(before) is not None)
