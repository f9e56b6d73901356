"""Where the event takes place: "Lieu : X", "s'est tenu au Palais X", "la salle X a accueilli ...";
who organises it is read in event_organizer.py."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_halls import named_hall
from .event_dates import day_month, events_lexicon, find_event_dates, month_pattern, weekday_pattern
from .event_name import find_event_name, noun_phrase
from .event_opening import evidence_units, opening_units
from .event_titles import document_titles
from .event_words import PROPER_PHRASE, event_nouns, noun_spans, phrase_pattern, phrases_alternation
from .lines import iter_lines


_norm = fold_apostrophes

# Lower-case words closing a name ("Théâtre municipal") when the clause ends right after them.
_TRAILING_LOWER = re.compile(r"(?:[ \u00a0]+[a-zà-ÿœæ]{3,}){1,2}(?=\s*(?:[,.;:)\n]|$|\s(?:le|du|en|les|depuis)\s+\d))")


def proper_after(text: str, start: int) -> str | None:
    m = PROPER_PHRASE.match(text, start)
    if not m:
        return None
    end = m.end()
    # A word of three letters or more closed by a full stop ends the sentence ("... Infralis. Organisé
    # par"), unlike an initial or an abbreviation ("J. Moulin", "St. Martin").
    stop = re.search(r"(?<=[a-zà-ÿœæ]{3})\.(?=\s)", text[m.start():end])
    if stop:
        end = m.start() + stop.start()
    tail = _TRAILING_LOWER.match(text, end)
    if tail:
        end = tail.end()
    return " ".join(text[m.start():end].split()).strip(" .,;:-")


# What follows a venue's head when it only numbers a room ("Salle 7", "SALLE B12", "Amphi 2",
# "Salle B"): the room of a building a timetable's columns name, not the event's venue.
_ROOM_CODE = r"\s+(?:[a-z]{0,2}\d{1,4}[a-z]?|[a-z])"


def _only_rooms(folded: str, heads: list[str]) -> bool:
    """Does the folded text only number rooms ("salle b12  salle b14", "amphi 2"), or name a
    venue's head alone ("salle")?"""
    heads_alt = "|".join(re.escape(h) for h in heads)
    return re.fullmatch(rf"(?:\s*(?:{heads_alt})(?:{_ROOM_CODE})?)+\s*", folded) is not None


def find_venue(doc: Document) -> str | None:
    lex = events_lexicon()
    text = doc.text
    folded = fold(text)
    labels = "|".join(re.escape(fold(w)) for w in lex["venue_labels"])
    m = re.search(rf"(?m)^[ \t>*-]*(?:{labels})[ \t]*:[ \t]*(\S.*)$", folded)
    if m:
        return _without_address(text[m.start(1):m.end(1)]).strip(" .*")
    given = _metadata_venue(doc)
    if given:
        return given
    verbs, verb_then_place, adjective_pattern = venue_patterns()
    folded = folded.replace("’", "'")
    heads_pattern = _venue_heads()
    open_air = _open_air_heads()
    for m in verb_then_place.finditer(folded):
        outdoors = bool(m.group("on")) and open_air.match(folded, m.end()) is not None
        if m.group("on") and not heads_pattern.match(folded, m.end()) and not outdoors:
            continue                    # "s'est tenu sur le thème de ...": no place
        if m.group("bare") and not heads_pattern.match(folded, m.end()):
            continue                    # "les délégués réunis dans le Var": a place of the map, no hall
        phrase = proper_after(text, m.end())
        if phrase and re.search(r"(?:^|\s)a\s+$", folded[m.start():m.end()]) and not heads_pattern.match(folded, m.end()):
            continue                    # "s'est tenu à Valbrune": a town, not a venue (a hall takes an article)
        if not phrase and (heads_pattern.match(folded, m.end()) or outdoors):
            phrase = noun_phrase(text, m.end())          # "au palais des Congrès de Valbrune", "sur la place X"
        adjective = adjective_pattern.match(folded[m.end():m.end() + 20])
        head = heads_pattern.match(folded, m.end() + adjective.end()) if adjective and not phrase else None
        if head:                                         # "dans le petit auditorium du Palais X"
            phrase = noun_phrase(text, m.end(), head.end())
        if phrase and (m.group("gathered") or m.group("bare")) and _names_event(phrase):
            continue                    # "200 visiteurs se sont rendus au Salon X": the event
        if phrase and len(phrase) > 3:
            return phrase
    # "ont poussé la porte de la salle X": a room entered by the audience (events.yaml `venue_door_phrases`)
    # ... or the building the event was held in ("dans l'enceinte de la halle X"; `venue_within_phrases`)
    doors = "|".join(phrase_pattern(p) for p in (lex.get("venue_door_phrases") or []) + (lex.get("venue_within_phrases") or []))
    for m in re.finditer(rf"\b(?:{doors})\s+(?:la\s+|l')?", folded) if doors else ():
        # ... an adjective may open the name: "au sein du superbe théâtre X" (`venue_adjectives`)
        adjective = adjective_pattern.match(folded, m.end())
        at = adjective.end() if adjective and heads_pattern.match(folded, adjective.end()) else m.end()
        if heads_pattern.match(folded, at):
            phrase = noun_phrase(text, at)
            if phrase and len(phrase) > 3:
                return phrase
    # "dans les locaux de la Fédération X": a body's premises named by the body (events.yaml
    # `venue_premises_phrases`, whose last word is the premises' noun; a capital opens the body's name)
    premises = phrases_alternation(lex.get("venue_premises_phrases") or [], longest_first=False)
    for m in re.finditer(rf"\b(?P<premises>{premises})\s+(?:du|de\s+la|de\s+l'|de|des|d')\s*(?=\w)", folded) if premises else ():
        noun = m.start("premises") + m.group("premises").rfind(" ") + 1
        if text[m.end():m.end() + 1].isupper():
            phrase = noun_phrase(text, noun)
            if phrase and len(phrase.split()) >= 3:
                return phrase
    # "le 4 juin, dans les salons X de la mairie, un colloque ...": reception rooms named after the
    # phrase (events.yaml `venue_room_phrases`), by a capitalised name or "du", "de la" and a noun
    rooms = phrases_alternation(lex.get("venue_room_phrases") or [], longest_first=False)
    for m in re.finditer(rf"(?<=,\s)(?:{rooms})\s+", folded) if rooms else ():
        if not (text[m.end():m.end() + 1].isupper() or re.match(r"(?:du|de\s+la|de\s+l')\s*\w", folded[m.end():])):
            continue
        at = folded.rfind(" ", m.start(), m.end() - 1) + 1          # the rooms' noun opens the venue
        phrase = noun_phrase(text, at)
        if phrase and len(phrase.split()) >= 2:
            return phrase
    # "Merci à l'École X de nous accueillir": the host thanked for welcoming the event
    for m in re.finditer(r"\b(?:merci|remercions|remercie|remercier)\s+(?:egalement\s+|aussi\s+|encore\s+)?"
                         r"(?:a\s+la\s+|a\s+l'|au\s+|a\s+)", folded):
        phrase = proper_after(text, m.end())
        rest = folded[m.end() + len(phrase or ""):m.end() + len(phrase or "") + 40]
        if phrase and len(phrase) > 3 and re.match(r"\s*(?:de\s+nous\s+(?:avoir\s+)?accueilli|d'avoir\s+accueilli|"
                                                   r"pour\s+(?:son|leur)\s+accueil|qui\s+nous\s+a\s+accueilli)", rest):
            return phrase
    # "C'est au Palais X à Y que s'est tenu le forum": the place of a cleft sentence.
    for m in re.finditer(r"\bc'est\s+(?:[a-z]+\s+){0,3}?(?:a\s+la\s+|a\s+l'|au\s+|aux\s+|a\s+|dans\s+(?:les?\s+|la\s+|l')?)"
                         r"(?=[^.\n]{0,80}?\bque\s+(?:" + verbs + r"))", folded):
        phrase = proper_after(text, m.end())
        if phrase and len(phrase) > 3:
            return re.split(r"\s+à\s+", phrase)[0]         # "au Palais X à Y": the hall, not the town
    place = (_venue_subject(text, folded, heads_pattern) or _venue_after_object(text, folded, verbs, heads_pattern)
             or _place_after_name_or_date(doc) or _hall_in_title(doc))
    if place:
        return place
    heads = [fold(h) for h in lex["venue_heads"]]
    start, first_page = doc.page_text(1)
    for line in iter_lines(text, start, start + len(first_page)):
        body = line.body.strip()
        words = body.split()
        if not words or body.endswith((".", ":")) or body.count(",") >= 2:
            continue          # "Prénom Nom, rôle, Organisation": a person's line, not a place
        # "Jeudi 6 juin 2024 – Palais des Congrès de Valbrune": the part of the line that names the place
        # ... or, on a longer line of notices, its first part: "Salle X à Valbrune – Entrée libre – Sur réservation"
        parts = re.split(r"\s+[–—-]\s+|\s*\|\s*", body)
        for part in parts if len(words) <= 10 else parts[:1] if len(parts) >= 3 else ():
            if len(part.split()) > 10:
                continue
            fb = fold(part)
            for h in heads:
                m = re.search(rf"(?<!\w){re.escape(h)}(?!\w)", fb)
                if m and _place_lead(part[:m.start()]) and not _only_rooms(fb, heads):
                    return part.strip()
    # "Maison des Lilas, 12 route de la Forêt, 85000 Valbrune": a place and its postal address on
    # one line of the first page, the address of the day's card
    for line in iter_lines(text, start, start + len(first_page)):
        m = _ADDRESS_LINE.match(line.body.strip())
        if m and len(m.group(1).split()) <= 8:
            return m.group(1).strip()
    # "8 000 curieux viendront au parc des expositions de Valbrune": a hall built for events
    # ... or, failing one, a commune's own hall: "rendez-vous samedi à la salle des fêtes de Valbrune, de 9 h à 12 h"
    return named_hall(doc) or _communal_hall(text, folded)


@cache
def _communal_hall_pattern() -> re.Pattern | None:
    """A place preposition ("à la", "dans la", "en") then a phrase of events.yaml
    `communal_hall_phrases`, and the word after "de" that may name its commune, for folded text."""
    halls = phrases_alternation(events_lexicon().get("communal_hall_phrases") or [], longest_first=False)
    if not halls:
        return None
    return re.compile(rf"\b(?:a\s+la|dans\s+la|en)\s+(?P<hall>{halls})\b(?:\s+(?:de\s+|d')(?P<town>\w[\w'-]*))?")


# The opening hours of a day written next to a place: "de 9h à 12h", "de 15 h à 18 h 30"
_HOURS_SPAN = r"(?:de\s+)?\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?\s*(?:a|-)\s*\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?"


def _communal_hall(text: str, folded: str) -> str | None:
    """"de 9h à 12h à la salle des fêtes de Valbrune" -> "salle des fêtes de Valbrune"; "le club
    expose dans la salle des fêtes, de 15 h à 19 h" -> "salle des fêtes": a commune's hall written
    after a place preposition with the day's opening hours right before or after it, the venue of an
    announced event when nothing else named one (not "dans la salle des fêtes, les enfants ...": one
    activity's room, nor "les travaux de la salle des fêtes": works)."""
    pattern = _communal_hall_pattern()
    if pattern is None:
        return None
    for m in pattern.finditer(folded):
        # the commune's name, capitalised in the original text ("de Valbrune", not "de 10 h")
        end = m.end("town") if m.group("town") and text[m.start("town")].isupper() else m.end("hall")
        before = re.search(rf"{_HOURS_SPAN}\s*,?\s*$", folded[max(0, m.start() - 40):m.start()])
        after = re.match(rf"\s*,?\s*{_HOURS_SPAN}", folded[end:end + 40])
        if before or after:
            return text[m.start("hall"):end]
    return None


# A line naming a place, then its street and its postcode: "Centre X, 12 rue Y, 75013 Paris"
_ADDRESS_LINE = re.compile(r"([A-ZÀ-ÞŒÆ][^,;:.!?\d]{2,80}?)\s*,\s*(?:\d{1,4}\s*(?:bis|ter)?,?\s*)?"
                           r"(?i:rue|avenue|av\.|boulevard|bd|route|place|chemin|all[ée]e|quai|cours|impasse|esplanade)\b"
                           r"[^,\n]{1,80},\s*\d{5}\s+[A-ZÀ-ÞŒÆ]")


# What may stand before a venue head on a line of its own: nothing, a place preposition ("À la
# salle des fêtes", "Au Palais X"), or the capitalised words of a name ("Valbrune Expo", "Le Grand
# Palais"); not a sentence's words ("Questions-réponses avec la salle").
@cache
def venue_patterns() -> tuple[str, re.Pattern, re.Pattern]:
    """(events.yaml `venue_verbs` as a pattern, such a verb then the preposition before a place,
    an adjective of `venue_adjectives` and its blank), built once per process."""
    lex = events_lexicon()
    verbs = phrases_alternation(lex["venue_verbs"], longest_first=False)
    # "s'est tenu le jeudi 14 mars 2025 au Palais ...": a date may come between the verb and the place.
    # ... and its hours: "le mardi 14 mai de 14 h à 17 heures, dans la salle X"
    hours = r"(?:\s+(?:de|a|des)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?(?:\s+(?:a|jusqu'a)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?)?)?"
    # ... the town before the date ("se tiendra à Valbrune le 12 avril, au Palais X"), or the
    # event's length in place of a date ("s'est tenu pendant deux jours dans la salle X")
    town = r"(?:\s+a\s+[a-z][\w'-]*)?"
    length = r"|\s+(?:pendant|durant|sur)\s+(?:[\w-]+\s+)?(?:jours|journees|soirees|semaines)"
    dated = (rf"(?:{town}(?:\s+(?:le|les|du)\s+[^,.;:]{{0,60}}?\b(?:19|20)\d{{2}}\b{hours},?"        # ... 2025 au Palais
             rf"|\s+(?:le|les|du)\s+[^,.;:]{{0,45}}?\b{month_pattern()}\b"             # ... 14 mars (prochain) au Palais
             rf"(?:\s+(?:dernier|derniere|prochain|prochaine)s?)?{hours},?"
             # a weekday opens the date without an article: "s'est tenu mardi 4 mars, dans la salle X"
             rf"|\s+(?:ce\s+)?{weekday_pattern()}\s+\d{{1,2}}(?:er)?\s+{month_pattern()}\b(?:\s+(?:19|20)\d{{2}})?"
             rf"(?:\s+(?:dernier|derniere|prochain|prochaine)s?)?{hours},?"
             rf"|{hours[:-1]},?){length}"         # the hours alone: "se tiendra de 8 h à 13 h au Palais"
             # a time named without a date: "s'est tenue cette année au Palais X", "se tient ce mardi à la
             # salle Y", "s'est déroulé la semaine dernière au Palais Z", "a eu lieu hier au stade W"
             rf"|\s+(?:cette\s+annee|ce\s+week-end|(?:ce\s+)?{weekday_pattern()}(?:\s+(?:matin|soir|apres-midi|dernier))?"
             rf"|(?:la\s+semaine|le\s+week-end|le\s+mois)\s+(?:derniere?|passee?|prochaine?)|hier|avant-hier),?)?")
    # ... then the moment of the day: "le vendredi 6 mars, en soirée, à la salle X" (`venue_day_moments`)
    moments = phrases_alternation(lex.get("venue_day_moments") or ["\0"])
    dated += rf"(?:\s+(?:en|dans\s+la|dans\s+l')\s*(?:{moments}),?)?"
    adjectives = phrases_alternation(lex.get("venue_adjectives") or ["\0"], longest_first=False)
    # an open-air place: "s'est tenu sur le parvis de la mairie" (group "on": a venue head must follow)
    # ... or the people gathered there (`venue_gathered_verbs`, group "gathered")
    gathered = phrases_alternation(lex.get("venue_gathered_verbs") or ["\0"], longest_first=False)
    # ... or their participle alone (`venue_gathered_participles`, group "bare": a venue head must follow)
    bare = phrases_alternation(lex.get("venue_gathered_participles") or ["\0"], longest_first=False)
    return (verbs, re.compile(rf"\b(?:(?P<gathered>{gathered})|(?P<bare>{bare})|{verbs}){dated}\s+(?:a\s+la\s+|a\s+l['’]|au\s+|aux\s+|a\s+|dans\s+(?:les?\s+|la\s+|l['’])?"
                              rf"|(?P<on>sur\s+(?:le\s+|la\s+|l['’])))"),
            re.compile(rf"(?:{adjectives})\s+"))


@cache
def _open_air_heads() -> re.Pattern:
    """events.yaml `open_air_heads` as a pattern for folded text ("place", "quai"): a place only
    after a verb of taking place and "sur" ("la fête a eu lieu sur la place X")."""
    words = events_lexicon().get("open_air_heads") or []
    return re.compile("(?:" + (phrases_alternation(words, longest_first=False) or "\0") + r")\b")


def _place_lead(lead: str) -> bool:
    if re.fullmatch(r"[\W\d_]*", lead):
        return True
    # a place preposition may end the lead: "Rendez-vous à la salle des fêtes"
    rest = re.sub(r"(?i)(?:^|\s)(?:à|a|au|aux|en|dans)\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?$", "", lead.strip() + " ")
    words = rest.replace("•", " ").replace("*", " ").split()
    links = {"de", "des", "du", "la", "le", "les", "et", "&", "-", "–", "—"}
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in links or re.match(r"(?i)[dl]['’]", w) for w in words)


def _metadata_venue(doc: Document) -> str | None:
    """The venue a page's front matter gives (events.yaml `metadata_venue_keys`: "lieu: Salle X"),
    without its address and without an online mode joined to it ("Salle X et en ligne"); None for a
    street address alone ("20 avenue X, Valbrune"), a value only saying the event is online, or a
    town after the words of attendance in person ("En présentiel à Valbrune")."""
    lex = events_lexicon()
    online = phrases_alternation(lex.get("online_venue_words") or [])
    in_person = phrases_alternation(lex.get("in_person_venue_words") or [])
    for key in lex.get("metadata_venue_keys") or []:
        value = doc.metadata.get(key)
        if not isinstance(value, str) or not value.strip() or len(value) > 200:
            continue
        value = " ".join(value.split())
        if online:
            joined = re.search(rf"\s+(?:et|ou|/|\+)\s+(?:{online})\s*$", _norm(value))
            value = value[:joined.start()] if joined else value
            if re.fullmatch(rf"(?:(?:{online})\s*)+", _norm(value).strip(" .")):
                continue
        mode = re.match(rf"(?:{in_person})\s*(?:(?P<town>a|au|aux)\s|[,:–—-]\s*)?", _norm(value)) if in_person else None
        if mode:
            if mode.group("town"):
                continue        # "En présentiel à Valbrune": a town, no venue named
            value = value[mode.end():]
        if value[:1].isdigit():
            continue            # a street address, no venue named
        return _without_address(value).strip(" .*") or None
    return None


def _without_address(value: str) -> str:
    """A venue line without its address: "Centre Jean Brel, 12 rue des Lilas, 62000 Valbrune" ->
    "Centre Jean Brel" (a street number, a postcode or a word of events.yaml `address_words`
    after a comma or a dash starts the address)."""
    words = phrases_alternation(events_lexicon().get("address_words") or [], longest_first=False)
    m = re.search(rf"\s*(?:,|\s[–—-])\s*(?=\d|(?:{words})\b)", _norm(value))
    return value[:m.start()] if m and m.start() > 0 else value


@cache
def _venue_heads() -> re.Pattern:
    """events.yaml `venue_heads` and `sentence_venue_heads` as a pattern for folded text ("salle",
    "palais", "centre des congrès", "collège")."""
    lex = events_lexicon()
    heads = list(lex["venue_heads"]) + list(lex.get("sentence_venue_heads") or [])
    return re.compile("(?:" + phrases_alternation(heads, longest_first=False) + r")\b")


def _place_after_name_or_date(doc: Document) -> str | None:
    """"Journée X à Valbrune les 3 et 4 mars" (a title), "Du 4 au 6 octobre
    dernier, à Orval, la F a organisé" (an opening sentence), "- Au Palais X – 12 rue Y" (an
    opening list item): the place written right after the event's name or date, or opening a
    short item of the opening."""
    name = find_event_name(doc)
    titles = document_titles(doc)
    for title in titles:
        # "Colloque 12 et 13 décembre 2031 – Cité des Lucioles": a venue closing a title after its
        # date, its year written (a day's heading "Vendredi 14 juin - Université" places one day only)
        folded = _norm(title)
        dated = [m.end() for m in re.finditer(rf"\b{month_pattern()}\s+(?:19|20)\d{{2}}\b", folded)]
        for end in dated[-1:]:
            dash = re.match(r"\s*[–—|-]\s*", folded[end:])
            if dash and _venue_heads().match(folded, end + dash.end()) and len(title[end + dash.end():].split()) <= 6:
                return " ".join(title[end + dash.end():].split()).strip(" .")
    pieces = [t for t in titles] + [doc.text[u.start:u.end] for u in evidence_units(doc)]
    # then the opening sentences and headings that give a date ("Le 20 mai 2025 à la Maison X.")
    pieces += [doc.text[u.start:u.end] for u in opening_units(doc) if find_event_dates(doc.text[u.start:u.end])]
    for piece in pieces:
        folded = _norm(piece)
        ends = [m.end() for m in day_month(folded)] + [m.end() for m in re.finditer(
            rf"\b(?:19|20)\d{{2}}\b|\b{month_pattern()}\b", folded)]
        name_end = None
        if name:
            at = folded.find(_norm(name))
            if at >= 0:
                ends.append(at + len(name))
                name_end = at + len(name)
        heads = _venue_heads()
        for end in sorted(ends):
            # "le 14 mai 2019, de 9h à 17h, à la salle des Tilleuls": the hours may come first, or
            # the time it opens ("à 20 h, à l'auditorium X", "dès 10h, au Palais Y")
            # ... or no preposition before a venue's head, as the press writes a day's room: "le 16
            # juin salle Victor Hugo", "jeudi 14 mai, salle Louise-Arnal"
            m = re.match(r"[ ,]*(?:dernier|derniere|prochain|prochaine)?[ ,]*"
                         r"(?:(?:de\s+)?\d{1,2}\s*h\s*\d{0,2}\s*(?:a|-|–)\s*\d{1,2}\s*h\s*\d{0,2}[ ,]*"
                         r"|(?:a\s+partir\s+de|des|a)\s+\d{1,2}\s*h\s*\d{0,2}\s*,[ ,]*)?"
                         r"(?P<to>(?:a\s+la|a\s+l'|a|au|aux)\s*(?<=\s|'))?", folded[end:end + 70])
            if not m or (m.group("to") is None and (m.end() == 0 or not heads.match(folded, end + m.end())
                                                    or re.search(r"\bprochain", folded[:end]))):
                continue    # (not in the announcement of the next event: "Prochaine manifestation : ... salle X")
            at = end + m.end()
            if m.group("to") is not None and piece[at:at + 1].isupper():
                phrase = proper_after(piece, at)
                if _names_event(phrase or ""):
                    continue        # "Le 3 mai, au Forum des Lucioles, ...": the gathering, not a place
                if phrase and end == name_end and _bare_town(folded[end:at], phrase):
                    phrase = _hall_after_town(piece, at + len(phrase))
                    if phrase is None:
                        continue    # "Forum X à Valbrune": the town of the event, not its venue
            elif heads.match(folded, at):
                phrase = noun_phrase(piece, at)          # "à la salle des Tilleuls à Valbrune"
            else:
                continue
            if phrase and len(phrase) > 2:
                return phrase
    for unit in opening_units(doc):
        if unit.kind != "sentence":
            continue
        line = doc.text[unit.start:unit.end].strip()
        m = re.match(r"(?:[-•*]\s*)?(?:[ÀàAa]|[Aa]u|[Aa]ux)\s+(?:la\s+|l['’])?(?=[A-ZÀ-ÖØ-ÞŒÆ])", line)
        if m and len(line.split()) <= 16:
            phrase = proper_after(line, m.end())
            if phrase and len(phrase) > 2:
                phrase = re.split(r"\s+[–—-]\s+|,", phrase)[0]
                return _hall_after_town(line, m.end() + len(phrase)) or phrase
    return None


def _names_event(phrase: str) -> bool:
    """Whether a phrase opens with an event's noun rather than a venue's head ("Salon X", not
    "Palais des congrès")."""
    spans = noun_spans(phrase)
    return bool(spans) and spans[0][0] == 0 and not _venue_heads().match(_norm(phrase))


def _bare_town(preposition: str, phrase: str) -> bool:
    """Whether a capitalised phrase after "à" without an article names a town rather than a venue:
    "Forum X à Valbrune" (a town: a hall takes an article, "à la Halle X", "au Palais Y"), unless a
    word of events.yaml `venue_heads` is in it ("à Valbrune Expo", "à Valbrune au Palais X")."""
    if not re.search(r"(?:^|\s)a\s*$", preposition) or re.search(r"\s(?:a|au|aux)\s", _norm(phrase)):
        return False                    # "à Valbrune à Lumen": a town, then its place
    return _venue_heads().search(_norm(phrase)) is None


def _hall_in_title(doc: Document) -> str | None:
    """"Une soirée de débats au Palais X", "Le forum revient à la Halle Y": a title that names
    an event (events.yaml `event_nouns`) and, after it, a hall (a capitalised word of `venue_heads`
    after "au", "aux", "à la", "à l'"): the event's venue."""
    heads = _venue_heads()
    for title in document_titles(doc):
        folded = _norm(title)
        noun = event_nouns().search(folded)
        if noun is None:
            continue
        for m in re.finditer(r"(?:\ba\s+la\s+|\ba\s+l'|\bau\s+|\baux\s+)", folded[noun.end():]):
            at = noun.end() + m.end()
            if title[at:at + 1].isupper() and heads.match(folded, at):
                phrase = proper_after(title, at)
                if phrase and len(phrase) > 3:
                    return phrase
    return None


def _hall_after_town(text: str, end: int) -> str | None:
    """"à Valbrune, au Cloître des Lilas": the hall named after the town, the more exact place."""
    m = re.match(r"\s*,\s*(?:au|aux|à\s+la|à\s+l['’]|dans\s+(?:le|la|les|l['’]))\s*(?=[A-ZÀ-ÖØ-ÞŒÆ])", text[end:end + 30])
    if not m:
        return None
    phrase = proper_after(text, end + m.end())
    return phrase if phrase and len(phrase) > 2 else None


# Between a verb of organising or taking place and the venue, the event named as the verb's object
# or inverted subject: at most this many words ("ont organisé la 12e édition de leur bourse aux vélos").
_VENUE_OBJECT_MAX_WORDS = 9
# ... unless the event closes on who set it up (events.yaml `organizer_phrases` and at most
# _VENUE_AGENT_MAX_WORDS words, "initiée par la ville de Valbrune"): the participle agreeing with
# it shows the words before are the event, which may then run to _VENUE_AGENT_OBJECT_MAX_WORDS
# ("s'est tenue la troisième édition du forum des métiers de la mer et du littoral organisé par le
# club des entreprises à la salle X").
_VENUE_AGENT_MAX_WORDS = 6
_VENUE_AGENT_OBJECT_MAX_WORDS = 12


def _venue_after_object(text: str, folded: str, verbs: str, heads: re.Pattern) -> str | None:
    """"Le club a organisé son tournoi annuel au gymnase X", "s'est tenue la journée des
    aidants à la salle Y": a verb of events.yaml `venue_verbs`, the event it organises or that takes
    place (an article or a possessive, then a few words, no punctuation, "bourse aux vélos" among
    them), then a place preposition and a word of `venue_heads`: that place."""
    determiners = r"(?:la|le|les|l'|une?|leurs?|sa|son|ses|des|cette|ce|cet|ces)"
    preposition = r"(?:a\s+la\s+|a\s+l'|au\s+|aux\s+|dans\s+(?:les?\s+|la\s+|l'))"
    # a date may come before the event ("ont organisé le 3 avril une journée d'échanges à la salle
    # X"), but is no event itself ("donne rendez-vous le 12 octobre pour une journée au stade X")
    agents = phrases_alternation(events_lexicon().get("organizer_phrases") or [])
    date = rf"(?:les?\s+\d{{1,2}}(?:er)?(?:\s+et\s+\d{{1,2}})?\s+{month_pattern()}(?:\s+(?:19|20)\d{{2}})?,?\s+)?"
    for m in re.finditer(rf"\b(?:{verbs})\s+{date}(?={determiners}(?:\s|(?<=')))(?!les?\s+\d+\s)", folded):
        clause = re.match(r"[^.,;:!?()«»\"\n]*", folded[m.end():m.end() + 160]).group(0)
        for p in re.finditer(rf"(?<=\s){preposition}", clause):
            before = clause[:p.start()]
            agent = re.search(rf"(?<=\s)(?:{agents})\s+(?:\S+\s+){{1,{_VENUE_AGENT_MAX_WORDS}}}$", before) if agents else None
            if agent and len(before[:agent.start()].split()) <= _VENUE_AGENT_OBJECT_MAX_WORDS:
                pass                    # "la 3e édition du forum X initiée par la ville de Y à la salle Z"
            elif len(before.split()) > _VENUE_OBJECT_MAX_WORDS:
                break
            at = m.end() + p.end()
            if heads.match(folded, at):
                phrase = noun_phrase(text, at)
                if phrase and len(phrase) > 3:
                    return phrase
                break
    return None


# A venue subject: at most this many words before its verb.
_VENUE_SUBJECT_MAX_WORDS = 12


def _venue_subject(text: str, folded: str, heads: re.Pattern) -> str | None:
    """The places that are the subject of a verb of welcoming (events.yaml `venue_subject_verbs`),
    each an article and a venue head, joined by "et": "Samedi 4 mai, la salle X et le gymnase Y ont
    accueilli 130 exposants" -> "la salle X et le gymnase Y"; the clause starts after a sentence's or a
    circumstance's end."""
    verbs = phrases_alternation(events_lexicon().get("venue_subject_verbs") or [], longest_first=False)
    if not verbs:
        return None
    # the subject may carry its town between commas: "le théâtre X, à Valbrune, a accueilli ..."
    town = r"(?:\s*,\s*(?:a|au|en)\s+[^.,;:!?\n]{2,40},)?"
    named = _named_hall_heads()
    for m in re.finditer(rf"(?:^|(?<=[.,;:!?\n])|(?<=\s[–—-]\s))[ \t]*((?:la|le|les|l')\s*[^.,;:!?\n]{{3,120}}?){town}\s+(?:{verbs})\b", folded):
        subject = folded[m.start(1):m.end(1)]
        if len(subject.split()) > _VENUE_SUBJECT_MAX_WORDS:
            continue
        # the places joined by "et", each with its original-case text (folding keeps offsets)
        bounds = [0] + [x for e in re.finditer(r"\s+et\s+", subject) for x in (e.start(), e.end())] + [len(subject)]
        spans = [(m.start(1) + a, m.start(1) + b) for a, b in zip(bounds[::2], bounds[1::2])]
        if all(_venue_part(folded[a:b], text[a:b], heads, named) for a, b in spans):
            return text[m.start(1):m.end(1)].strip()
    return None


@cache
def _named_hall_heads() -> re.Pattern | None:
    """events.yaml `named_hall_heads` ("espace") as a pattern for folded text."""
    words = events_lexicon().get("named_hall_heads") or []
    return re.compile("(?:" + phrases_alternation(words, longest_first=False) + r")\s+") if words else None


def _venue_part(part: str, original: str, heads: re.Pattern, named: re.Pattern | None) -> bool:
    """Whether one place of a welcoming verb's subject is a venue: an article then a word of
    `venue_heads` ("la salle X"), or a word of `named_hall_heads` then a capitalised name
    ("l'espace Odile Ravenne"; "l'espace public" is none)."""
    article = re.match(r"(?:la|le|les|l')\s*", part)
    if not article:
        return False
    if heads.match(part, article.end()):
        return True
    hall = named.match(part, article.end()) if named else None
    words = original[hall.end():].split() if hall else []
    # a name of capitalised words and links only: "l'espace Odile Ravenne", not "l'espace X se réinvente"
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w in {"de", "du", "des", "la", "le", "les"} or re.match(r"[dl]['’][A-ZÀ-ÞŒÆ]", w) for w in words)
