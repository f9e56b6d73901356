"""Who organises the event: "Organisation : X", "organisé par X", "La Fédération X vous invite",
the holder named in the event's name, the publisher of a programme."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document
from ..lexicons import fold, fold_apostrophes
from .event_dates import events_lexicon, month_pattern
from .event_name import noun_phrase
from .event_organizer_apposition import organizer_in_apposition, organizer_in_relative
from .event_opening import evidence_units, opening_units
from .event_words import event_nouns, has_members, noun_spans, phrase_pattern, phrases_alternation, words_pattern
from .event_place import proper_after, venue_patterns
from .figure_exclusion_labels import _WEB_ADDRESS


_norm = fold_apostrophes


def find_organizer(doc: Document, name: str | None = None) -> str | None:
    """Who organises the event (``_find_organizer``); a collectivité read by its bare noun ("la
    municipalité a organisé ...") is named in full when the next lines name it ("..., la mairie
    de Valbrune a réuni ...", ``_named_in_full``)."""
    found = _find_organizer(doc, name)
    if found and _bare_organizer(found):
        return _named_in_full(doc.text, found) or found
    return found


@cache
def _collectivity_in_full() -> re.Pattern:
    """A collectivité named in full, a noun of events.yaml `bare_organizer_full_heads` and its town:
    "la mairie de Valbrune", "la commune de Saint-Hilaire-des-Prés"."""
    heads = "|".join(f"[{h[0].upper()}{h[0]}]{re.escape(h[1:])}" for h in events_lexicon().get("bare_organizer_full_heads") or ["\0"])
    return re.compile(rf"(?:{heads})\s+(?:de\s+|d['’]\s*)"
                      r"[A-ZÀ-ÞŒÆ][\w’'-]*(?:[ -](?:sur|sous|en|le|la|les|de|des|du|[A-ZÀ-ÞŒÆ][\w’'-]*))*")


def _named_in_full(text: str, noun: str) -> str | None:
    """The collectivité's full name within 200 characters after the first mention of its bare
    noun: "La municipalité a organisé son forum. Sur la commune, la mairie de Valbrune a réuni
    ..." -> "mairie de Valbrune"; None when the text names none so close (a name far off may be
    another town's)."""
    at = re.search(rf"(?i)(?<![\w]){re.escape(noun)}(?![\w])", text)
    if at is None:
        return None
    m = _collectivity_in_full().search(text[:at.end() + 200], at.end())
    # "la mairie de Valbrune le samedi": the name without the lower-case words after it
    return re.sub(r"(?:[ -](?:sur|sous|en|le|la|les|de|des|du))+$", "", m.group(0)) if m else None


def _find_organizer(doc: Document, name: str | None = None) -> str | None:
    """Who organises the event: an organiser line ("Organisation : X"); else "organisé par X",
    "à l'initiative de X" (a phrase that does not say "organis", such as "porté par", only in a
    sentence that names an event; not after a word of events.yaml `not_event_objects`, "un
    sondage organisé par X"); else the subject of "organise", "vous invite" in an opening
    sentence about the event ("La Revue X organise", "la Fédération X (FX) a organisé son
    congrès"); else the publisher of a PDF (a programme or a slide deck is published by whoever
    organises; a web page or an article is published by a newsroom or a website)."""
    text = doc.text
    folded = fold(text)
    labels = "|".join(re.escape(fold(w)) for w in events_lexicon()["organizer_labels"])
    m = re.search(rf"(?m)^[ \t>*-]*(?:{labels})[ \t]*:[ \t]*(?:la |le |les |l['’])?", folded)
    if m:
        phrase = proper_after(text, m.end())
        if phrase:
            return phrase
    folded = folded.replace("’", "'")
    nouns = event_nouns()
    others = words_pattern("not_event_objects") if events_lexicon().get("not_event_objects") else None
    for m in _organizer_phrases().finditer(folded):
        if others and _other_object(folded, others, m.start(), nouns):
            continue            # "un sondage organisé par X": X organised something else than the event
        if "organis" not in m.group(0) and "initiative" not in m.group(0):
            sentence_start = max(folded.rfind(".", 0, m.start()), folded.rfind("\n", 0, m.start())) + 1
            if not nouns.search(folded[sentence_start:m.start()]) and not _event_named_back(folded[sentence_start:m.start()]) \
                    and not _event_in_apposition(folded, sentence_start, m):
                continue
        phrase = _with_adjectives(text, m.end(), proper_after(text, m.end())) \
            or _headed_organization(text, m.end(), "organis" in m.group(0))
        if phrase and (len(phrase) > 3 or _ACRONYM.fullmatch(phrase)):      # "organisé par l'ADF"
            return _body_of_officer(text, m.end(), phrase) or _acronym_after(text, m.end(), phrase) or phrase
        own = _collectivity_alone(doc, folded, m)
        if own:
            return own
    subject = _organizer_subject(doc, name)
    if subject:
        return subject
    listed = _organizers_named(text)
    if listed:
        return listed
    return (_relative_organizer(text) or organizer_in_apposition(text) or organizer_in_relative(text)
            or _holder_in_name(doc, name)
            or _holder_in_text(text) or _publisher_as_organizer(doc))


def _phrase_end(text: str, start: int, phrase: str) -> int | None:
    """Where ``phrase``, read from ``text`` at ``start`` (its article and blanks aside), ends."""
    at = text.find(phrase, start, start + len(phrase) + 20)
    return at + len(phrase) if at >= 0 else None


# An organisation's acronym in brackets: "(AXE)" in a subject's clause; "( AMF31 )" too right
# after a name read by an organiser phrase.
_BRACKETED = r"[A-ZÀ-ÞŒÆ][A-ZÀ-ÞŒÆ0-9&-]{1,14}"
_BRACKETED_ACRONYM = re.compile(rf"\(({_BRACKETED})\)")
_ACRONYM_AFTER = re.compile(rf"\s*\(\s*({_BRACKETED})\s*\)")


def _acronym_after(text: str, start: int, phrase: str) -> str | None:
    """The acronym in brackets right after an organiser's name read at ``start``: "par l'Association
    X pour l'Eau (AXE) et ..." -> "AXE", the name the text goes on using (as ``_organization_name``
    reads a subject)."""
    end = _phrase_end(text, start, phrase)
    m = _ACRONYM_AFTER.match(text, end) if end is not None else None
    return m.group(1) if m else None


def _event_named_back(before: str) -> bool:
    """Whether the words before an organiser phrase, in its sentence, name the event back by a
    word of events.yaml `event_back_words` after an article or a demonstrative ("La manifestation
    était initiée par X", "cette édition, portée par Y", "un rendez-vous initié par Z"; folded text)."""
    words = events_lexicon().get("event_back_words") or []
    return bool(words) and re.search(r"(?<![\w])(?:la|le|l'|cette|cet|ce|un|une)\s*(?:%s)(?![\w])"
                                     % phrases_alternation(words, longest_first=False), before) is not None


def _other_object(folded: str, others: re.Pattern, start: int, nouns: re.Pattern) -> bool:
    """Whether a thing organised that is no event (events.yaml `not_event_objects`) comes right
    before an organiser phrase at ``start``: "un sondage organisé par X"; not when that word
    completes an event noun ("une journée d'étude organisée par X", "un atelier de consultation")."""
    for hit in others.finditer(folded, max(0, start - 30), start):
        before = folded[max(0, hit.start() - 40):hit.start()]
        complement = re.search(r"\s+(?:d'|de\s+|des\s+)$", before)
        if complement is None or not any(n.end() == complement.start() for n in nouns.finditer(before)):
            return True
    return False


def _relative_organizer(text: str) -> str | None:
    """The subject of a relative clause on the event: "Ces Rencontres, que la Fédération X a
    lancées en 2019, ..." -> "Fédération X" (an event noun, then "que", a named organisation and
    a verb of events.yaml `organizer_relative_verbs`, in the same sentence)."""
    verbs = events_lexicon().get("organizer_relative_verbs") or []
    if not verbs:
        return None
    folded = _norm(text)
    pattern = re.compile(r"\s*,?\s+qu(?:e\s+|')([^,.;:!?\n]{3,90}?)\s+(?:%s)(?![\w])"
                         % phrases_alternation(verbs, longest_first=False))
    for noun in event_nouns().finditer(folded):
        m = pattern.match(folded, noun.end())
        if m:
            found = _organization_name(text[m.start(1):m.end(1)])
            if found:
                return found
    return None


# An organisation's acronym: "AXF", "AMF31", "ADM04".
_ACRONYM = re.compile(r"[A-ZÀ-ÞŒÆ][A-ZÀ-ÞŒÆ0-9&-]{1,9}(?![\w-])")


def _own_nouns() -> str | None:
    """The alternation of events.yaml `own_event_nouns` (a body's own gatherings), None without any."""
    nouns = events_lexicon().get("own_event_nouns") or []
    return phrases_alternation(nouns, longest_first=False) if nouns else None


def _holder_in_name(doc: Document, name: str | None) -> str | None:
    """The organisation an event's name gives as holder of its own gathering (events.yaml
    `own_event_nouns`): "Convention nationale de l'AXF" -> "AXF"; a name written out is read as
    the acronym the text gives it ("Congrès de l'Union des Villes (UV)" -> "UV")."""
    if not name:
        return None
    # any event's name closed by an organisation's acronym or name, one the text gives officers or
    # members ("Hackathon des communes de l'AXF" ... "président de l'AXF", "Forum des Lucioles" ...
    # "président des Lucioles"): a theme in capitals ("Forum de l'ESS") has none
    closing = re.search(r"\s(?:de\s+la|de\s+l['’]\s*|du|des)\s*([A-ZÀ-ÞŒÆ][A-ZÀ-ÞŒÆ0-9&-]{1,9}|[A-ZÀ-ÞŒÆ][a-zà-ÿœæ-]{3,})$", name.strip())
    if closing and has_members(doc.text, closing.group(1)):
        return closing.group(1)
    own = _own_nouns()
    if not own:
        return None
    m = re.match(rf"(?:\d{{1,3}}\s*\w{{0,3}}\s+|\w+\s+)?(?:{own})(?:\s+[a-z]+)?\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)",
                 fold(name).replace("’", "'"))
    if not m:
        return None
    holder = name[m.end():].strip()
    if _ACRONYM.fullmatch(holder):
        return holder
    if holder[:1].isupper():
        acronym = re.search(re.escape(holder) + r"\s*\(\s*([A-ZÀ-ÞŒÆ][A-ZÀ-ÞŒÆ0-9&-]{1,9})\s*\)", doc.text)
        return acronym.group(1) if acronym else None
    return None


def _holder_in_text(text: str) -> str | None:
    """The body whose own gathering the text names (events.yaml `own_event_nouns`), by its
    acronym: "l'Assemblée générale de l'AXF", "le 105e congrès de l'AXF", "la convention nationale
    de l'AXF" -> "AXF". The first such mention in running text (a heading in capitals, "CONGRÈS
    DES MAIRES", is a title, not a mention); one body only ("de l'", "du", "de la": "le congrès
    des EPL" names a kind of body, not the one that holds it)."""
    own = _own_nouns()
    if not own:
        return None
    folded = _norm(text)
    for m in re.finditer(rf"(?<![\w])(?:{own})(?:\s+[a-z]+)?\s+(?:de\s+la\s+|de\s+l'\s*|du\s+)", folded):
        if text[m.start():m.start() + 4].isupper():
            continue
        holder = _ACRONYM.match(text, m.end())
        if holder:
            return holder.group(0)
    return None



def _organizers_named(text: str) -> str | None:
    """"Le public a remercié les organisateurs, l'association X et le syndicat Y.": the
    organisations set in apposition after "les organisateurs", up to the end of the sentence
    (each opened by an article and a word of events.yaml `organizer_heads`, or a capital)."""
    heads = phrases_alternation(events_lexicon()["organizer_heads"], longest_first=False)
    folded = _norm(text)
    for m in re.finditer(r"\bles\s+organisat(?:eurs|rices)\s*[,:]\s*", folded):
        rest = text[m.end():m.end() + 400]
        end = re.search(r"[.;!?\n]", rest)
        phrase = rest[:end.start()] if end else ""
        if phrase and re.match(rf"(?:(?:la|le|les|l')\s*(?:{heads})\b|[A-ZÀ-ÞŒÆ])", _norm(phrase[:40])) \
                and not re.match(r"(?:qui|que|dont|ont|sont)\b", _norm(phrase)):
            return " ".join(phrase.split())
    return None


def _body_of_officer(text: str, start: int, phrase: str) -> str | None:
    """"organisé par Prénom Nom, président du SVX": a person then the office they hold in an
    organisation (events.yaml `member_words`), the organisation, the one that organises; None
    when ``phrase`` (read at ``start``) is not followed by such an office."""
    words = events_lexicon().get("member_words") or []
    end = _phrase_end(text, start, phrase)
    if not words or end is None:
        return None
    office = re.match(r",\s*(?:(?:{})\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+))".format(
        phrases_alternation(words, longest_first=False)), _norm(text[end:end + 80]))
    if office is None or not re.match(r"[A-ZÀ-ÞŒÆ][\w'’-]*\s+[A-ZÀ-ÞŒÆ]", phrase):
        return None         # no office, or the phrase is no person's given and family name
    body = proper_after(text, end + office.end())
    body = re.split(r"\.\s", body)[0].strip(" .") if body else None     # "... du SVX. Ont participé"
    return body if body and len(body) > 1 else None


def _collectivity_alone(doc: Document, folded: str, m: re.Match) -> str | None:
    """"organisé par la ville, ...": a collectivité named by its common noun alone (events.yaml
    `collectivity_nouns`), when no name follows it, is the document's publisher when the publisher
    is a collectivité of that kind ("Ville de Valbrune" for "la ville"); else None (a bare
    "ville" tells a reader nothing)."""
    nouns = events_lexicon().get("collectivity_nouns") or []
    publisher = (doc.publisher or "").split("(")[0].strip()
    if not nouns:
        return None
    found = re.compile(r"(?:%s)(?=\s*(?:[,.;:!?)\n]|$|et\b|en\b|avec\b|dans\b|pour\b|qui\b))" % "|".join(
        phrase_pattern(n) for n in sorted(nouns, key=len, reverse=True))).match(folded, m.end())
    if found is None:
        return None
    if not publisher or not fold(publisher).startswith(folded[m.end():found.end()].strip()):
        return _bare_organizer(doc.text[m.end():found.end()])
    return publisher


def _bare_organizer(noun: str) -> str | None:
    """A collectivité's common noun that names the organiser by itself (events.yaml
    `bare_organizer_nouns`): "organisé par la municipalité" -> "municipalité"; None for another
    noun ("la ville" may be the place only)."""
    noun = re.sub(r"^(?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*", "", noun.strip())
    return noun if _norm(fold(noun)) in _bare_nouns() else None


@cache
def _bare_nouns() -> frozenset[str]:
    """events.yaml `bare_organizer_nouns`, folded."""
    return frozenset(_norm(fold(w)) for w in events_lexicon().get("bare_organizer_nouns") or [])


def _event_in_apposition(folded: str, sentence_start: int, m: re.Match) -> bool:
    """Whether an organiser phrase opens its sentence and the event is the subject after the
    comma that closes it: "Porté par la commune depuis dix ans, le forum ..." (an event noun), "Créé
    par la commune, le Troc'Vélo s'est tenu ..." (a verb of taking place; ``folded`` text)."""
    if folded[sentence_start:m.start()].strip(" \t*-•\"«"):
        return False
    stop = re.compile(r"[.!?\n]").search(folded, m.end())
    end = stop.start() if stop else len(folded)
    comma = folded.find(",", m.end(), end)
    if comma < 0:
        return False
    if event_nouns().search(folded, comma + 1, min(end, comma + 60)):
        return True
    verbs = venue_patterns()[0]
    return re.match(rf"\s*(?:le|la|les|l'|ce|cet|cette)\s*[^,;:]{{1,50}}?\s+(?:{verbs})\b", folded[comma + 1:end]) is not None


# Between "organisé" and "par", up to three circumstances, each maybe after a comma: a date, a length
# or a cause ("le 12 septembre", "sur deux jours"), a place closed by a comma ("à la halle de
# Valbrune les 4 et 5 mai, par X"; after a comma, "le 4 mai, à Valbrune par Y"), or both
# ("Organisée, le 4 mars, à Kerval, par l'Atelier X").
_CIRCUMSTANCE = (r"(?:,?\s+(?:le|les|du|en|ce|cette|chaque|sur|depuis|pendant|durant|pour)\s+[^,.;:\n]{1,40}?"
                 r"|,?\s+(?:au|aux|a|dans)\s+[^,.;:\n]{1,70}?,|,\s+(?:au|aux|a|dans)\s+[^,.;:\n]{1,70}?(?=\s+par\s))")
_CIRCUMSTANCES = rf"(?:{_CIRCUMSTANCE}){{0,3}}?,?"


@cache
def _organizer_phrases() -> re.Pattern:
    """events.yaml `organizer_phrases` then an optional article; "organisé par" may hold a date or
    a short circumstance before "par": "organisée le 12 septembre par le Syndicat X", "Organisée sur
    deux jours par le service des animations", "organisé pour la première fois par X", a place
    and a date closed by a comma ("organisée à la halle de Valbrune les 4 et 5 mai, par X"), and
    an adverb: "organisé conjointement par X"."""
    parts = []
    for phrase in events_lexicon()["organizer_phrases"]:
        words = fold(phrase).replace("’", "'").split()
        if len(words) > 1 and words[-1] == "par":
            parts.append(phrase_pattern(" ".join(words[:-1])) + _CIRCUMSTANCES + r"(?:\s+[a-z]+ment)?\s+par")
        else:
            parts.append(phrase_pattern(phrase))
    return re.compile(rf"\b(?:{'|'.join(parts)})\s+(?:la\s+|le\s+|les\s+|l['’])?")


# Conjunctions whose ending is an adjective's ("-que"): "invité par X puisque ..." ends the name.
_CONJUNCTION = re.compile(r"(?:puis|lors|quoi|parce)qu(?:e|')?")


def _with_adjectives(text: str, start: int, phrase: str | None) -> str | None:
    """A proper name that goes on with lower-case adjectives and their complement: "l'Agence
    régionale de l'énergie" (read as the name an event noun would open, ``noun_phrase``)."""
    if not phrase:
        return phrase
    endings = tuple(_norm(e) for e in events_lexicon()["name_adjective_endings"])
    after = re.match(r"\s+([a-zà-ÿœæ]+)\b", text[start + len(phrase):start + len(phrase) + 40])
    if not after or not _norm(after.group(1)).endswith(endings) or _CONJUNCTION.fullmatch(_norm(after.group(1))):
        return phrase
    longer = noun_phrase(text, start)
    return longer if longer and longer.startswith(phrase) and len(longer) > len(phrase) else phrase


# A photograph's credit right before a name: "© X", "Photo X", "Crédit : X".
_CREDIT_BEFORE = re.compile(r"(?:©|\(c\)|photo\s*:?|credits?\s*(?:photo)?\s*:?)\s*$")


def _publisher_as_organizer(doc: Document) -> str | None:
    """The publisher (without its bracketed parts) of a document, when the text names it or its
    initials ("CUV"): a programme, report or slide deck is published by whoever organises. A web
    page is a post of a website, often on someone else's event: its publisher organises only when
    the page writes the publisher's name in full (an association's page on its own meetup)."""
    if not doc.publisher:
        return None
    press = events_lexicon().get("press_words") or []
    press_names = phrases_alternation(press, longest_first=False)
    if press and re.search(r"(?<![\w])(?:{})(?![\w])".format(press_names), _norm(doc.publisher)):
        return None         # "X (« le journal des communes »)": a newsroom reports others' events
    name = " ".join(re.sub(r"\s*\([^()]*\)", "", doc.publisher).split()).strip(" ,;:-")
    if not name or (" " not in name and _WEB_ADDRESS.search(name)):
        return None         # "valbrune-infos.fr": a website's address, the site that reports, no organiser
    spans = noun_spans(name)
    if spans and spans[0][0] == 0:
        return None         # "Assises X", "Forum Y": the event's own site, not who organises it
    initials = "".join(w[0] for w in re.findall(r"(?:(?<=[dl]['’])|(?<![\w'’]))([A-ZÀ-ÞŒÆ][\w-]*)", name))
    folded = _norm(doc.text)
    named = [m.start() for m in re.finditer(re.escape(_norm(name)), folded)]
    if named and all(_CREDIT_BEFORE.search(folded, max(0, k - 12), k) for k in named):
        return None         # "© Le Journal": named only as a photograph's credit, the newsroom
    if named or (doc.media_type != "text/html" and len(initials) >= 2
                 and re.search(rf"\b{re.escape(initials)}\b", doc.text)):
        return name
    return None


def _headed_organization(text: str, start: int, organised: bool = False) -> str | None:
    """"l'agence régionale Mobilis": a lower-case organisation word (events.yaml
    `organizer_heads`), at most three more lower-case words ("la communauté de communes du Val"),
    then a proper noun; or up to five lower-case words that a punctuation mark closes ("le comité
    des fêtes, ..."); after a phrase of organising (``organised``), people of a named place
    ("organisé par les bénévoles de Kerval", ``_people_of_named``)."""
    heads = phrases_alternation(events_lexicon()["organizer_heads"], longest_first=False)
    head = re.match(rf"(?:{heads})\b", _norm(text[start:start + 40]))
    if not head:
        return _people_of_named(text, start) if organised else None
    m = re.match(r"(?:\s+[a-zà-ÿœæ'’-]+){0,3}\s+(?=[A-ZÀ-ÖØ-ÞŒÆ])", text[start + head.end():start + 120])
    if not m:
        # a body named in lower case alone, up to the punctuation that closes its clause: "par le
        # comité des fêtes, ...", "par le service des animations de la ville, la fête ..."
        whole = re.match(r"(?:\s+(?:de|des|du|la|l['’]|d['’])?\s*[a-zà-ÿœæ-]+){1,5}?(?=\s*[,.;:(])",
                         text[start + head.end():start + 120])
        return " ".join(text[start:start + head.end() + whole.end()].split()) if whole else None
    end = start + head.end() + m.end()
    phrase = proper_after(text, end)
    return " ".join(text[start:end].split()) + " " + phrase if phrase else None


# A noun of people or bodies in lower case, one word, then the proper name of the place or the
# body they belong to: "bénévoles de Kerval", "clubs de la Ville de Noirmont" (a noun with an
# adjective, "l'équipe technique de Kerval", is a description, no name).
_PEOPLE_OF_NAMED = re.compile(r"[a-zà-ÿœæ-]+\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)(?=[A-ZÀ-ÖØ-ÞŒÆ])")


def _people_of_named(text: str, start: int) -> str | None:
    """"organisé par les bénévoles de Kerval": the people of a named place or body
    (``_PEOPLE_OF_NAMED``, as ``_organization_name`` reads a subject); None for any other word."""
    m = _PEOPLE_OF_NAMED.match(text[start:start + 60])
    phrase = proper_after(text, start + m.end()) if m else None
    return " ".join(text[start:start + m.end()].split()) + " " + phrase if phrase else None


def _organizer_subject(doc: Document, name: str | None = None) -> str | None:
    """The subject of an organiser verb in an opening sentence about the event, or in any opening
    sentence whose verb has the event's ``name`` for object ("L'Agence X a organisé le quatrième
    Atelier Y", ``_names_object``); of an invitation, "X vous invite", in any; else of an
    organiser verb whose object is a gathering (``_event_object``: "le club organisait un bal"):
    the first clause before the verb that is not a circumstance ("Le 18 mars dernier", "à Lyon",
    "en partenariat avec X"); its article dropped, "Nom (SIGLE)" read as the acronym."""
    lex = events_lexicon()
    verbs = words_pattern("organizer_verbs")
    offers = words_pattern("organizer_offer_verbs") if lex.get("organizer_offer_verbs") else None
    openers = sorted({_norm(w) for w in lex["adverbial_openers"]} | {_norm(w) for w in lex["organizer_skip_clauses"]},
                     key=len, reverse=True)
    months = re.compile(rf"\b{month_pattern()}\b|\d")
    evidence = {(u.start, u.end) for u in evidence_units(doc)}
    previous, about, later = "", [], []
    for unit in opening_units(doc):
        sentence, before = doc.text[unit.start:unit.end], previous
        previous = sentence
        normed = _norm(sentence)
        m = verbs.search(normed)
        if m is None and offers is not None:
            # "La Ville de X propose la 3e édition du Forum Y": an offer of the event itself
            m = next((o for o in offers.finditer(normed) if _is_the_event(normed[o.end():], name)), None)
        if not m:
            continue
        # "organise" in a sentence about the event; an invitation ("vous invite") in any; else,
        # when no such sentence names a subject, "organise" with an event for object
        if (unit.start, unit.end) in evidence or m.group(0).startswith("vous") or _is_the_event(normed[m.end():], name):
            about.append((sentence, before, m))
        elif _event_object(sentence, m.end()):
            later.append((sentence, before, m))
    for sentence, before, m in about + later:
        clause = _subject_clause(sentence, before, m, openers, months)
        if clause is not None:
            return _organization_name(clause)
    return None


def _organizing_clause(sentence: str, m: re.Match) -> bool:
    """Whether an organiser verb found at ``m`` is a verb with a subject before it that may be
    read: not a participle ("le forum organisé dans la salle X", folded as "organise"), not the
    organising of a part of the event ("au Forum X, l'association Y a organisé une table ronde")."""
    if re.fullmatch(r"(?i)organisé", sentence[m.start():m.end()]):
        return False
    return not (_session_object(_norm(sentence[m.end():])) and noun_spans(sentence[:m.start()]))


def _subject_clause(sentence: str, before: str, m: re.Match, openers: list[str], months: re.Pattern) -> str | None:
    """The clause that holds the subject of the organiser verb at ``m``: the first clause before
    it that is not a circumstance (an opener of events.yaml, a time; the first that holds a proper
    name); the line before for an invitation that opens its line (a poster's name, then "vous
    invitent à ..."); None for a participle or a part of the event (``_organizing_clause``)."""
    if not _organizing_clause(sentence, m):
        return None
    head = sentence[:m.start()]
    if not head.strip() and m.group(0).startswith("vous") and len(before.split()) <= 12:
        head = before        # a poster: "Les Amis de Valbrune" on a line, "vous invitent à ..." on the next
    head = re.sub(r"\[[^\[\]]*\]", "", head)          # "[PROMOTION 4]": a bracketed note, no circumstance
    # "samedi à Valbrune, où la Fédération X organisait le forum": the subject of a relative
    # clause of place or time is after its pronoun
    relative = list(re.finditer(r"(?<![\w'’])(?:où|lorsque|quand)\s+", head))
    if relative:
        head = head[relative[-1].end():]
    # Commas inside brackets do not separate clauses.
    depth, clauses, begin = 0, [], 0
    for i, ch in enumerate(head):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == "," and depth == 0:
            clauses.append(head[begin:i])
            begin = i + 1
    clauses.append(head[begin:])
    kept = []
    for clause in clauses:
        words = _norm(clause).split()
        if not words:
            continue
        opener = " ".join(words)
        if any(opener == o or opener.startswith(o + " ") or opener.startswith(o + "'") for o in openers) \
                or _time_clause(months, clause):
            continue
        kept.append(clause)
    # "Attentive aux besoins des auteurs, l'agence X organise": a clause that names no one (no
    # capital after its first word) gives way to a later one that does, the subject
    return next((c for c in kept if _holds_proper_name(c)), kept[0]) if kept else None


# An ordinal in folded text: "3e", "4eme", "1ere", "troisieme".
_ORDINAL = r"(?:\d+\s*(?:e|eme|ere|er)|[a-z]+(?:ieme|iere))"


# After an organiser verb, its object: a circumstance between commas maybe (", du 2 au 6 mai,"),
# then a determiner and an ordinal or an adjective maybe ("une première journée", "sa 4e fête").
_OBJECT_START = re.compile(r"(?:\s*,[^,.;:!?]{1,60},)?\s+(?:(?:une|un|des|les|le|la|sa|son|ses|leurs|leur)\s+|l')"
                           rf"(?:(?:{_ORDINAL}|[a-z]+(?:ier|iers|ieres)|nouvelle|nouveau|grande?s?|petite?s?)\s+)?")


def _event_object(sentence: str, end: int) -> bool:
    """Whether the object of an organiser verb ending at ``end`` is an event noun or a gathering
    a body organises (events.yaml `organized_gatherings`): "le club a organisé un bal", "la
    commune organise, du 2 au 6 mai, une semaine des familles"."""
    folded = _norm(sentence)
    m = _OBJECT_START.match(folded, end)
    if m is None:
        return False
    if events_lexicon().get("organized_gatherings") and words_pattern("organized_gatherings").match(folded, m.end()):
        return True
    return any(a == 0 for a, _ in noun_spans(sentence[m.end():m.end() + 80]))


# The object of an organiser or offer verb that is an edition of the event: "la 3e édition", "sa
# deuxième édition" (folded text after the verb).
_EDITION_OBJECT = re.compile(rf"\s+(?:la|sa|leur|une|cette)\s+{_ORDINAL}\s+edition\b")


def _is_the_event(after: str, name: str | None) -> bool:
    """Whether the object of a verb (the folded text after it) is the event: its ``name``
    (:func:`_names_object`) or an edition ("la 3e édition du forum")."""
    return _names_object(after, name) or _EDITION_OBJECT.match(after) is not None


def _holds_proper_name(clause: str) -> bool:
    """Whether a clause holds a proper name: a capitalised word after its first word."""
    return any(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", clause)[1:])


def _names_object(after: str, name: str | None) -> bool:
    """Whether the folded text after an organiser verb opens with the event's name, after a
    determiner and one word maybe (an ordinal, "nouvelle"): "... organise sa 5e convention annuelle
    des maires" for the name "convention annuelle des maires"."""
    key = _norm(name or "").strip()
    if len(key) < 4:
        return False
    m = re.match(r"\s+(?:(?:le|la|les|l'|sa|son|ses|leur|leurs|un|une|ce|cet|cette)\s*)?", after)
    if m is None:
        return False
    word = re.match(r"[\w-]+\s+", after[m.end():])
    return after.startswith(key, m.end()) or (word is not None and after.startswith(key, m.end() + word.end()))


def _session_object(after: str) -> bool:
    """Whether the object of an organiser verb is a session (events.yaml `session_objects`):
    "... a organisé une table ronde sur ..." (folded text after the verb)."""
    words = events_lexicon().get("session_objects") or []
    return bool(words) and re.match(r"\s*(?:(?:une|un|des|deux|trois|quatre|cinq|plusieurs|sa|son|ses|leur|leurs)\s+)?(?:%s)(?![\w])"
                                    % phrases_alternation(words, longest_first=False), after) is not None


def _time_clause(months: re.Pattern, clause: str) -> bool:
    """Whether a clause before an organiser verb is a time ("Le 18 mars dernier", "En 2023",
    "Samedi matin"): a month, a number or an opening day of the week (events.yaml `weekdays`), except a number that ends a capitalised name ("le Réseau 21", "Club 50")."""
    if months.search(re.sub(r"\d", "", _norm(clause))):
        return True
    days = events_lexicon().get("weekdays") or []
    if days and re.match(r"\s*(?:ce\s+|le\s+)?(?:%s)\b" % phrases_alternation(days, longest_first=False), _norm(clause)):
        return True         # "Samedi, la Fédération X organise ...", "Ce mardi matin, ...": a day
    return any(not re.search(r"[A-ZÀ-ÖØ-ÞŒÆ][\w'’-]*\s+$", clause[:m.start()]) for m in re.finditer(r"\d+", clause))


def _organization_name(clause: str) -> str | None:
    clause = " ".join(clause.split())
    acronym = _BRACKETED_ACRONYM.search(clause)
    if acronym:
        return acronym.group(1)
    clause = re.sub(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])", "", clause)
    clause = re.sub(r"^(?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’])\s*", "", clause).strip(" ,;:")
    heads = {_norm(h) for h in events_lexicon()["organizer_heads"]}
    # "le ministère de la Culture", or a body written in lower case with its complement: "la
    # direction régionale des affaires culturelles", "le service des sports de la ville"; or the
    # people of a named place or body ("les bénévoles de Kerval", ``_PEOPLE_OF_NAMED``)
    named = clause[:1].isupper() or (clause.split()[:1] and _norm(clause.split()[0]) in heads
                                     and (re.search(r"\s[A-ZÀ-ÖØ-ÞŒÆ]", clause)
                                          or re.search(r"\s(?:du|de|des|d['’])\s*\w", clause))) \
        or _PEOPLE_OF_NAMED.match(clause)
    if not named and _bare_organizer(clause):
        return _bare_organizer(clause)      # "La municipalité organise un bal costumé"
    return clause if named and 1 <= len(clause.split()) <= 10 else None
