"""People in prose: capitalised words confirmed as a person by the text around them (a role after
the name, an organisation in brackets, a verb of speech, "selon", a role word before it).

This module reads each capitalised run of a text in turn; the parts it asks live by job:
people_prose_cues.py (the words before or after a run that tell a speaker or rule one out),
people_prose_names.py (the name in a run, and the text prepared for reading it),
people_prose_roles.py (the role and organisation written after a name) and people_prose_groups.py
(people named in groups: after a colon, in brackets after a noun naming the speakers)."""

from __future__ import annotations

import bisect
import re
from functools import cache

from .name_context import (complement_at, in_editors_note, _on_talk_line, _after_host_label, _by_titled_before, _inverted_description, _on_byline, _on_caption_line, _speaking_sentence,
                           _speaks_in_sentence, _titled_before)
from .names import is_given_name, normalise
from .people_attending import (_after_attendance_label, _in_group_brackets, _named_as_patron, _named_as_present,
                               _only_attends, _read_name, _said_absent, _signature_below, _speaks_later)
from .people_chairing import _named_as_chair
from .people_prose_cues import (_QUOTE_FOLLOWS, _titled_clause, _QUOTE_FOLLOWS_APPOSED, _cue_before, _joined_after_role, _joined_in_enumeration, _past_speech_after, _determiner_pattern, _honorific_patterns, _host_at_end, _interviewer_at_end, _self_introduced_at_end,
                                _opens_clause, _opinion_opening, _place_word_at_end, _presenter_at_end,
                                _role_and_of_ending, _role_before, _session_with_before, _speaker_phrase_ending,
                                _talk_of_at_end, _talk_of_described, _talk_of_elided)
from .people_occasion import occasion_speaker
from .people_prose_groups import after_speaker_noun, _bracketed_after_speaker_noun, _colon_lists, _names_sharing_a_body, roles_from_colon_lists
from .people_prose_names import (_blank_picture_positions, _party_blanked, _candidate, _name_closing_body, _family_only, _join_wrapped_names, spaced_at,
                                 _lower_titled_roles, _strong_name)
from .people_prose_roles import _APPOSITION, _ORG_AFTER, _ROLE_END, _clean_clause, _prose_role
from .speaker_item import Item, _person_of_organisation
from .programme_roles import _looks_like_org, split_role_org
from .programme_vocabulary import _UP, _acronym, _f, _folded_list, _has_org_word, _is_plural_role, _normalised_set, _starts_with_role, type_alternation
from .speech_cues import _cue_patterns, _run_pattern, role_words

# The body a person comes from, set between commas after the name: "de l'Agence X", "du Syndicat Y".
# What may follow a name set apart after its role ("la présidente de X, Prénom Nom"): a comma, a
# sentence's end, or a programme's dash before the next slot or the line's end.
_NAME_SET_APART_END = re.compile(r"\s*(?:,|[.;!?](?:\s|$))|[ \t]+[–—-][ \t]|[ \t]*(?:\n|$)")
# "de l'Agence X", "du Syndicat Y (service Z)": the body, maybe a bracket after it, then the comma.
_OF_BODY = re.compile(r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*([A-ZÀ-ÞŒÆ][^,.;:!?«»()\n]{1,80}?)"
                      r"(?:[ \t]*\([^()\n]{1,120}\))?[ \t]*,[ \t]*")


# After a role word written right after a name, without a comma: up to two adjectives of the role
# ("régionale", "délégué"; "A directeur technique adjoint de la régie de Valbrune", "A conseillère
# municipale déléguée à la jeunesse"), then the "de" or "à" of its body. A word of place or time is
# no adjective ("A présidente avant de ...").
_ROLE_THEN_OF = re.compile(r"(?:\s+(?!(?:avant|apres|aupres|afin|autour|loin|pres|lors|suite|plus|moins|depuis|pendant"
                           r"|proche|issue?s?|venue?s?|elle|elles|aussi|encore|notamment)\b)[a-z]{4,}(?:-[a-z]+)?){0,2}"
                           r"\s+(?:de|du|des|d'|a|au|aux)\b")


# A conjunction elided onto a capitalised word ("qu'Anne", "lorsqu'Yves", "puisqu'Élise"): the word
# opens a name, as after a space.
_ELIDED_CONJUNCTION = re.compile(r"(?<![\w-])((?:[Ll]orsqu|[Pp]uisqu|[Qq]u))['’](?=[A-ZÀ-ÞŒÆ])")


def _elided_after_talk(chunk: str) -> str:
    """The text with the apostrophe of "d'" made a space where a talk's phrase ends on it before a
    capital ("les premiers mots d'Yves Martin : « ... »", "le discours d'Anne X"): the name then
    reads as after "de" (one character for one, offsets kept)."""
    spots = [m.end() - 1 for m in _talk_of_elided().finditer(_f(chunk))
             if m.end() < len(chunk) and chunk[m.end()].isupper()]
    return spaced_at(chunk, spots)


# "d'" elided onto a capitalised word ("du côté d'Yves Martin, gérant de X", "l'adjointe d'Anne X").
_ELIDED_OF = re.compile(r"(?<![\w-])[Dd]['’](?=([A-ZÀ-ÞŒÆ][\w-]*))")


def _elided_of_given_name(chunk: str) -> str:
    """The text with the apostrophe of "d'" made a space before a first name of the list ("du côté
    d'Yves Martin, gérant de X, ..."): the name then reads as after "de" (one character for one,
    offsets kept). A place keeps its "d'" ("la ville d'Orléans")."""
    return spaced_at(chunk, [m.end() - 1 for m in _ELIDED_OF.finditer(chunk) if is_given_name(m.group(1))])


def _role_of_before(folded: str, pos: int) -> bool:
    """"du député ", "de la présidente " ending right before ``pos`` (folded): a role word after "de"."""
    role = role_words()
    return re.search(rf"(?<![\w-])(?:du|de la|de l')[ \t]*(?:{role})[ \t]+$", folded[max(0, pos - 60):pos]) is not None


def _org_to_line_end(tail: str, pos: int) -> str | None:
    """The rest of the line from ``pos`` when it is a body's name only ("Caisse X", "Groupe Y", "ABC"),
    short, with no sentence in it."""
    end = tail.find("\n", pos)
    body = tail[pos:end if end >= 0 else len(tail)].strip()
    if not body or len(body) > 80 or re.search(r"[,.;:!?«»]", body) or not _looks_like_org(body):
        return None
    # a body's word or an acronym, not a capitalised word alone that may be a town ("A – Valbourg")
    if not (_has_org_word(body) or _acronym(body.split()[0].strip(".,"))):
        return None
    return body


def _former_role(role_word: re.Pattern, ftail: str, pos: int):
    """A role word at ``pos`` of the folded text, maybe as a former one ("ex-présidente du jury",
    "ex maire de X"): the role a person is introduced by."""
    former = re.match(r"ex[- ]", ftail[pos:pos + 3])
    return role_word.match(ftail, pos + (former.end() if former else 0))


# "par" or "avec" right before a name in capitals, or a session's word and its "de" ("les deux
# conférences de", "et de" after it): in a sentence about a session or speech, who gives it.
_BY_WITH_END = re.compile(r"(?<![\w-])(?:par|avec)[ \t\u00a0]*$")


@cache
def _session_of_end() -> re.Pattern:
    sessions = type_alternation()
    return re.compile(rf"(?<![\w-])(?:{sessions})s?[ \t\u00a0]+(?:de|d')[ \t\u00a0]*$")


def quoted_people(text: str, start: int = 0, end: int | None = None) -> list[Item]:
    """People a text confirms as persons by a role, an organisation in brackets, a verb of
    speech or "selon" next to their name (see ``prose`` in the lexicon), each as a one-person
    item with the role and organisation the text gives."""
    end = len(text) if end is None else end
    after_verb, before_cue, role_word = _cue_patterns()
    # Markdown's bold marks blanked, offsets kept ("**Prénom Nom,** maire de X": the name, its role)
    chunk = _blank_picture_positions(_lower_titled_roles(text[start:end].replace("**", "  ")))
    chunk = _join_wrapped_names(chunk, role_word)
    # "tandis qu'Anne Martin a souligné": the conjunction's apostrophe parted from the name (offsets kept)
    chunk = _elided_after_talk(_ELIDED_CONJUNCTION.sub(lambda c: c.group(1) + " ", chunk))
    # the phrases that rule a person out are read as written ("en présence d'Anne X, maire")
    written = _f(chunk)
    chunk = _party_blanked(_elided_of_given_name(chunk))
    folded = _f(chunk)
    determiner = _determiner_pattern()
    common = frozenset(re.findall(r"(?<![\w’'-])[a-zà-ÿœæ]+(?![\w’'-])", chunk))
    items: list[Item] = []
    cued: dict[int, bool] = {}     # runs named after a cue of speech or hosting ("selon", "animé par"): moderator?
    runs = list(_run_pattern().finditer(chunk))
    # Where a role clause must stop: the next name of an enumeration ("X, maire, Y, directrice").
    name_starts = [r.start() for r in runs if _read_name(r.group(0), allow_mixed=True) and not _starts_with_role(r.group(0))
                   and re.search(r"(?:,|\bet)\s*$", chunk[max(0, r.start() - 8):r.start()])]
    role_until = -1          # the end of the last role clause read after a name
    for n, m in enumerate(runs):
        k = bisect.bisect_right(name_starts, m.end())
        limit = name_starts[k] if k < len(name_starts) else len(chunk)
        # "..., président de la Région Nord Prénom Nom, présidente de ...": the next name of the roll
        chained = _name_closing_role(m.group(0).split(), folded[m.end():m.end() + 80], role_word, common)
        if m.start() < role_until and m.start() not in name_starts:
            if chained is None and (not _named_with_role(m.group(0).split(), folded[m.end():m.end() + 80], role_word, common)
                                    or _NAMED_THING_BEFORE.search(folded[max(0, m.start() - 30):m.start()])):
                continue  # "X, cheffe de projet Label Avenir Climat, chargée de ...": words of X's role
        if _on_caption_line(folded, m.start()):
            continue      # "A, maire de X, B, adjointe – crédit photo : C": pictured, not speaking
        if _on_byline(folded, m.start()):
            continue      # "Par A, publié le 2 avril 2031": the article's author, not a speaker
        if in_editors_note(folded, m.start()):
            continue      # "(le studio fondé par A, Ndlr)": the newsroom's explanation, not a speaker
        tokens = chained or m.group(0).split()
        before = chunk[max(0, m.start() - 40):m.start()]
        if determiner.search(before) and not chained:
            tokens = _name_closing_body(tokens, folded, m.start(), role_word, common)
            if tokens is None:
                continue  # "le Grand X", "du Schéma Y": a thing, not a person
        if _place_word_at_end().search(_f(before.lower())):
            continue      # "en salle Prénom Nom", "l'amphi Prénom Nom": a room named after someone
        joined = re.search(rf"([{_UP}][\w’']*)-[ \t]+$", before)
        if joined:        # "Marie- Claire X": a given name cut after its hyphen
            tokens[0] = f"{joined.group(1)}-{tokens[0]}"
        if len(tokens) >= 3 and _role_and_of_ending().search(folded[max(0, m.start() - 60):m.start()]):
            # "le maire de Valbrune Jean Dupré": the first word closes the role, the name follows it
            tokens = tokens[1:]
        tail = chunk[m.end():min(limit, m.end() + 240)]
        ftail = folded[m.end():min(limit, m.end() + 240)]
        name, role, org = None, None, None
        comma = re.match(r"\s*,\s*", ftail)
        paren = re.match(r"\s*\(([^()]{1,150})\)", tail)
        # (in running prose only: a list item "- Mme A - Secrétaire" under "Étaient présents" is no speaker)
        dash = re.match(r"[ \t]+[–—-][ \t]+", ftail) if _strong_name(tokens, common) is not None \
            and (re.search(r"[a-zà-ÿœæ]{2,}", chunk[chunk.rfind("\n", 0, m.start()) + 1:m.start()])
                 or _signs_quotation_above(chunk, m.start())) else None
        if comma and _former_role(role_word, ftail, comma.end()) or dash and _former_role(role_word, ftail, dash.end()):
            # "X, maire de Y", and "Prénom NOM – Directrice de Y" (a name in capitals, a dash, its role)
            comma = comma or dash
            name = _candidate(tokens, True, common)
            role, org = _prose_role(tail[comma.end():])
            stop = _ROLE_END.search(tail, comma.end(), comma.end() + 200)
            role_until = m.end() + (stop.start() if stop else min(len(tail), comma.end() + 160))
        elif dash and (body := _org_to_line_end(tail, dash.end())) is not None:
            # "« Thème » Prénom NOM – Banque X": a name in capitals, a dash, then only its body on the line
            name, org = _candidate(tokens, True, common), body
            role_until = m.end() + dash.end() + len(body)
        elif paren:
            inner = paren.group(1).strip()
            first = inner.split()[0].strip(",") if inner.split() else ""
            if normalise(first) in _normalised_set("place_words"):
                continue  # "le site de X (Amphi Y, bâtiment B)": a place and its room, not a person
            initials = "".join(t[0] for t in tokens if t[0].isupper()).lower()
            tail_initials = initials[-len(inner):] if 2 <= len(inner) <= len(initials) else ""
            if " " not in inner and inner[:1].isupper() and (_f(inner.lower()).startswith(_f(initials[:2]))
                                                              or _f(inner.lower()).endswith(_f(initials))
                                                              or _f(inner.lower()) == _f(tail_initials)):
                continue  # "Schéma Directeur (SD)", "Conseil en Énergie Partagé (CEP)", "Fédération Grand
                # Ouest Solaire (GOS)": an abbreviated phrase
            if _starts_with_role(inner) or _acronym(first) or _has_org_word(inner) or _looks_like_org(inner):
                name = _candidate(tokens, True, common)
                role, org = split_role_org(inner)
        elif (bare := re.match(r"[ \t]+", tail)) and tail[bare.end():bare.end() + 1].islower() \
                and (said := role_word.match(ftail, bare.end())) and _ROLE_THEN_OF.match(ftail[said.end():]):
            # "avec Prénom Nom directrice du syndicat X": a role right after the name, no comma;
            # an adjective may qualify the role ("A conseillère régionale de la Région Y")
            name = _candidate(tokens, True, common)
            role, org = _prose_role(tail[bare.end():])
        elif (strong := _strong_name(tokens, common)) is not None and (of := _ORG_AFTER.match(ftail)) \
                and normalise(of.group(1)) in _normalised_set("organization_words") \
                and _speaking_sentence(folded, m.start(), m.end()):
            # "Prénom NOM de la ville de X": a name in capitals, then the body it comes from, in a
            # sentence that relates speech or a session ("ont écouté X de la ville de Y")
            name = strong
            role, org = None, _clean_clause(tail[of.start(1):])
        elif (strong := _strong_name(tokens, common)) is not None and comma \
                and (word := re.match(r"([a-zà-ÿœæ][a-zà-ÿœæ-]{3,})\b", tail[comma.end():])) \
                and normalise(word.group(1)) not in _normalised_set("not_apposition_words") \
                and not after_verb.match(" " + ftail[comma.end():]) and _speaks_later(ftail, comma.end()):
            # "Prénom NOM, urbaniste de formation, a ouvert le débat": an apposition after a name in
            # capitals, then a verb of speech in the same sentence
            name = strong
            role, org = _prose_role(tail[comma.end():])
        elif comma and (trade := _trade_then_speech(tokens, tail, ftail, comma.end(), after_verb, common)) is not None:
            # "Prénom Nom, hydrologue au syndicat, a ouvert la séance": a given name, an apposition in
            # lower case between commas (a trade the role words lack), then at once a verb of speech
            name = trade
            # a relative clause ("qui en est le trésorier, ...") is no role to copy
            role, org = (None, None) if re.match(r"qui\s", tail[comma.end():]) else _prose_role(tail[comma.end():])
        elif (of_body := _body_then_speech(m.group(0), tail, ftail, after_verb)) is not None:
            # "Prénom Nom de la coopérative X, à Valbourg, évoquera ...", "Prénom Nom de la Maison Y
            # racontera ...": the body the person comes from, no comma before it, then a verb of speech
            name, role, org = of_body[0], None, of_body[1]
        elif (after_verb.match(ftail) or _past_speech_after().match(ftail) or ((_QUOTE_FOLLOWS.match(tail) or _QUOTE_FOLLOWS_APPOSED.match(tail)) and (_opens_clause(chunk, m.start()) or (_QUOTE_FOLLOWS.match(tail) and _titled_clause(chunk, m.start()))))) \
                and not (complement_at(written, m.start() + max(0, m.group(0).find(tokens[0])))
                         and not re.match(r"[ ,]*qui(?![a-z])", ftail)):
            # "X a rappelé", or "X s'en souvient : « ... »" (the clause then the quote); not a
            # preposition's complement ("reçu par un conseiller de X, rappelle": X is not its subject)
            name = _candidate(tokens, True, common)
        elif comma and (apposition := _APPOSITION.match(tail, comma.end())) and apposition.group(1)[:1].isupper() \
                and after_verb.match(_f(tail[apposition.end():])):
            # "X, Organisation, a quant à elle expliqué": a body set between commas, then a verb
            name = _candidate(tokens, True, common)
            role, org = split_role_org(apposition.group(1).strip())
        elif comma and (body := _OF_BODY.match(tail, comma.end())) and after_verb.match(_f(tail[body.end():])):
            # "X, de l'Agence Y, explique ...", "X, de l'Université Y (département Z), interviendra":
            # the body the person comes from set between commas, a verb of speech after it
            name = _candidate(tokens, True, common)
            role, org = None, " ".join(body.group(1).split())
        elif comma and (body := _body_word_then_speech(tail, ftail, comma.end(), after_verb)) is not None:
            # "X, du cabinet Y présentera ...", "X, de l'association « Les Amis de Z », a rappelé": the
            # body opened by a common noun of a body (programme.yaml `organization_words`), then a verb
            name = _candidate(tokens, True, common)
            role, org = None, body
        elif (below := re.match(r"[ \t]*\n[ \t]*(?:[-•–][ \t]*)?", ftail)) and role_word.match(ftail, below.end()) \
                and not chunk[max(0, m.start() - 200):m.start()].rpartition("\n")[2].strip(" \t-•–"):
            # A slide: the name alone on its line, the role on the next one, maybe the organisation
            # on the line after ("Sophie LAMBERT" / "Chargée de mission" / "Office de la biodiversité").
            name = _read_name(m.group(0), allow_mixed=True, caps_ok=True)
            if _signature_below(chunk, m.end()):
                continue  # a letter's or a mail's signature: who writes, not who speaks
            role, org = _prose_role(tail[below.end():])
            rest = tail[below.end():].split("\n", 3)
            if org is None and len(rest) > 1 and role and " ".join(rest[0].split()) == role:
                third = rest[1].strip(" \t-•–")
                if third and len(third.split()) <= 8 and _looks_like_org(third) \
                        and _read_name(third, allow_mixed=True, caps_ok=True) is None:
                    org = third
        elif _speaker_phrase_ending().search(folded[max(0, m.start() - 8):m.start()]) \
                and (of_org := _person_of_organisation(m.group(0))) is not None:
            # "avec Prénom Nom de l'Agence X, ...": the run holds the person and the body they come from
            name = of_org.people[0]
            role, org = None, of_org.organization
        elif comma and _speaker_phrase_ending().search(folded[max(0, m.start() - 8):m.start()]):
            # "avec Prénom Nom, Organisation": a speaker announced with the body they speak for.
            role, org = _prose_role(tail[comma.end():])
            if re.match(r"(?:les?|la|l['’])[ \t]*[A-ZÀ-ÞŒÆ]", tail[comma.end():]) and not role_word.match(ftail, comma.end()):
                # "soutenu par A, l'Office X, le Centre Y": bodies listed after the capitalised
                # words, each with its article, make an enumeration of bodies, not a person's body
                role, org = None, None
            elif (org or (role and _looks_like_org(role))) and (org or role)[:1].isupper():
                name = _candidate(tokens, False, common)
                role, org = (None, org or role) if not org else (role, org)
            else:
                role, org = None, None
        # "Selon Prénom Nom" at the start of a sentence: the cue is the run's first word.
        lead_cue = len(tokens) > 2 and (_f(tokens[0].lower()) in _folded_list("according_to")
                                        or _opinion_opening(chunk, m.start(), tokens, ftail))
        cue = None if lead_cue or name is not None else \
            "speech" if after_speaker_noun(folded, m.start()) else _cue_before(folded[max(0, m.start() - 80):m.start()])
        if cue is None and name is None and not lead_cue and _on_talk_line(folded, m.start()) \
                and _role_of_before(folded, m.start()):
            cue = "speech"    # "Intervention du député Prénom Nom": the talk of the person its role names
        if cue is None and name is None and not lead_cue \
                and (described := _inverted_description(chunk, folded, m.start())) is not None:
            cue = "speech"    # "« … », souligne la présidente socialiste X": the verb, then the subject described
            if role_word.match(_f(described)):
                role, org = split_role_org(described)     # "», détaille la présidente du syndicat, X"
        if cue is None and name is None and not lead_cue and _NAME_SET_APART_END.match(ftail) \
                and (titled := _titled_before(chunk, folded, m.start())) is not None \
                and (_speaking_sentence(folded, m.start(), m.end()) or _by_titled_before(chunk, folded, m.start())):
            # "le discours de bienvenue de la présidente de X, Prénom Nom, puis ...", "», explique le maire
            # de X, Prénom Nom.": a role and its body, then the name set apart by a comma, in a sentence
            # about speaking or a session; also a programme's line ending on the name ("Discours du
            # préfet de X, Prénom Nom - 11h – Visite")
            cue = "speech"
            role, org = titled
        if cue == "role" and not _speaks_in_sentence(chunk, folded, m.start(), m.end()):
            cue = None    # "l'adjoint X prend la suite": named by a role, but not speaking
        if cue is None and name is None and not lead_cue and (_presenter_at_end().search(folded[max(0, m.start() - 40):m.start()])
                                                              or _interviewer_at_end().search(folded[max(0, m.start() - 40):m.start()])):
            cue = "speech"    # "la conférence X présentée par A et B": A gives the talk (B too); "a rencontré A": A answers
        if cue is None and name is None and not lead_cue and _self_introduced_at_end().search(folded[max(0, m.start() - 40):m.start()]):
            cue = "speech"    # "Bonjour, je suis A, de la direction de Y": A introduces themselves to speak
        if cue is None and name is None and not lead_cue \
                and (occasion := occasion_speaker(folded, m.start(), m.end(), role_word)) is not None:
            cue = "speech"    # "L'occasion pour la maire, A, de rappeler ...": A speaks
            if occasion[1] > occasion[0]:
                role, org = split_role_org(" ".join(chunk[occasion[0]:occasion[1]].split()))
        if cue is None and name is None and not lead_cue and _session_with_before(chunk, folded, m.start()):
            cue = "speech"    # "un atelier se tiendra avec notamment A, B et C": they take part in it
        if cue is None and name is None and not lead_cue and _talk_of_at_end().search(folded[max(0, m.start() - 40):m.start()]):
            cue = "speech"    # "l'intervention de A", "la keynote de A": the talk A gives
        if cue is None and name is None and not lead_cue \
                and (described := _talk_of_described(chunk, folded, m.start(), role_word)) is not None:
            cue = "speech"    # "le témoignage du paysagiste A", "les allocutions de la trésorière du Club Y, A"
            if role_word.match(_f(described.lower())):
                role, org = split_role_org(described.rstrip(", "))
        if cue is None and name is None and not lead_cue and _strong_name(tokens, common) is not None \
                and (_BY_WITH_END.search(folded, max(0, m.start() - 8), m.start())
                     or _session_of_end().search(folded, max(0, m.start() - 60), m.start())) \
                and _speaking_sentence(folded, m.start(), m.end()):
            cue = "speech"    # "la session Kanban par Prénom NOM", "les conférences de Prénom NOM": who gives it
        talk_lead = 0
        if cue is None and name is None and not lead_cue and len(tokens) > 3 \
                and (talk := _talk_of_at_end().match(folded, m.start(), m.start() + len(" ".join(tokens[:2])) + 1)):
            talk_lead = len(talk.group(0).split())   # "L'intervention de A" opening a sentence: one run
        hosted = cue is None and name is None and not lead_cue and _after_host_label(folded, m.start())
        if hosted:
            cue = "speech"    # "Animatrice : Prénom NOM", "Nom de l'animateur : Prénom NOM": who runs it
        if cue is None and name is None and not lead_cue and n and runs[n - 1].start() in cued \
                and _joined_in_enumeration(chunk, runs, n):
            cue = "joined"    # "animé par A et B", "par A, B, C, D": the cue before A names the others too
            joined_from = runs[n - 1].start()
        if cue is None and name is None and not lead_cue and items and start <= items[-1].end <= start + m.start() \
                and _joined_after_role(folded, items[-1].end - start, m.start()):
            cue = "joined"    # "A, conseillère de X et B": B joins A after A's role
            joined_from = items[-1].start - start
        if name is None and talk_lead:
            name = _candidate(tokens[talk_lead:], False, common)
            cue = "speech" if name is not None else None
        elif name is None and (lead_cue or cue):
            name = _candidate(tokens[1:] if lead_cue else tokens, False, common)
            if name is not None and (lead_cue or cue in ("speech", "joined")):
                window = folded[max(0, m.start() - 40):m.start()].replace("\n", " ")
                cued[m.start()] = cued.get(joined_from, False) if cue == "joined" else hosted or \
                    bool(_host_at_end().search(window))
            if name is not None and re.match(r"\s*,\s*", ftail) and role_word.match(ftail, re.match(r"\s*,\s*", ftail).end()):
                role, org = _prose_role(tail[re.match(r"\s*,\s*", tail).end():])
        if name is None or _after_attendance_label(written, m.start()) or _in_group_brackets(written, m.start()) \
                or _named_as_patron(written, m.start()) or _named_as_present(chunk, written, m.start()) \
                or _only_attends(written, m.end()) or _named_as_chair(written, m.start(), m.end()) \
                or _said_absent(written, m.end()):
            continue
        if role is None and org is None and (said := _role_before(folded, m.start())) is not None:
            role = chunk[said[0]:said[1]]           # "le maire, X", "la présidente X"
        # "A et B, directeurs de X, ont ...": A, opening its sentence, shares B's role
        # "M. A et M. B sont intervenus", "A et B ont présenté": A shares B's verb (a plural one)
        previous = runs[n - 1] if n else None
        joined_by_et, honorific_at_end = _honorific_patterns()
        plural = bool(re.match(r"\s*,?\s*(?:qui\s+)?(?:ont|sont|avaient|etaient)\s", ftail) and after_verb.match(ftail))
        if previous is not None and joined_by_et.fullmatch(chunk[previous.end():m.start()]) \
                and (re.search(r"(?:^|[.;:!?\n]\s*)$", chunk[max(0, previous.start() - 3):previous.start()])
                     or honorific_at_end.search(chunk[max(0, previous.start() - 8):previous.start()])
                     or _shared_plural_role(role, chunk, previous.start()))\
                and not any(it.start == start + previous.start() for it in items) and (role or org or plural):
            first = _read_name(previous.group(0), allow_mixed=True)
            if first is not None:
                items.append(Item([first], role, org, raw=previous.group(0), start=start + previous.start(),
                                  end=start + previous.end()))
        elif plural and previous is not None and joined_by_et.fullmatch(chunk[previous.end():m.start()]):
            # "A, B et C ont présenté ...": an enumeration opening its sentence shares the plural verb
            chain, k = [previous], n - 2
            while k >= 0 and re.fullmatch(r"[ \t]*,[ \t]*", chunk[runs[k].end():chain[0].start()]):
                chain.insert(0, runs[k])
                k -= 1
            names = [_read_name(r.group(0), allow_mixed=True) for r in chain]
            if len(chain) >= 2 and all(names) and re.search(r"(?:^|[.;:!?\n]\s*)$", chunk[max(0, chain[0].start() - 3):chain[0].start()]):
                for r, person in zip(chain, names):
                    if not any(it.start == start + r.start() for it in items):
                        items.append(Item([person], None, None, raw=r.group(0), start=start + r.start(), end=start + r.end()))
        window = folded[max(0, m.start() - 40):m.start()].replace("\n", " ")
        moderator = bool(_host_at_end().search(window)) or hosted or \
            (cue == "joined" and cued.get(m.start(), False))
        items.append(Item([name], role, org, raw=m.group(0), start=start + m.start(), end=start + m.end(),
                          moderator=moderator))
    known = {p.key for it in items for p in it.people}
    items.extend(_family_only(chunk, start, runs, after_verb, known))
    roles_from_colon_lists(items, chunk, folded, start)
    items.extend(_colon_lists(chunk, folded, start, known))
    items.extend(_names_sharing_a_body(chunk, start, known))
    items.extend(_bracketed_after_speaker_noun(chunk, folded, start, {p.key for it in items for p in it.people}))
    return items


# A determiner and a noun right before a name: a thing named after a person ("du lycée Prénom Nom").
_NAMED_THING_BEFORE = re.compile(r"(?<![\w-])(?:du|de la|de l'|le|la|l'|au|aux|des|les)\s*[a-z][\w-]*\s+$")


def _name_closing_role(tokens: list[str], ftail: str, role_word, common: frozenset[str]) -> list[str] | None:
    """A programme's roll written as one line, each name after the last one's role ("A, maire de
    Valbourg, président de la Région Nord B, présidente du syndicat"): the capitalised words that end
    A's role hold B's name at their end when a comma and a role word follow them. The words read as
    the next person's name (a first name of the list, then the family name), else None."""
    comma = re.match(r"\s*,\s*", ftail)
    if len(tokens) < 3 or comma is None or not role_word.match(ftail, comma.end()):
        return None
    if is_given_name(tokens[0]) and _read_name(" ".join(tokens), allow_mixed=True) is not None:
        return None           # the whole run is one name ("Prénom Ben Nom, maire de X")
    for size in (3, 2):       # "Région Nord Prénom Nom", "Marché Prénom Ben Nom": a given name first
        part = tokens[-size:]
        if size >= len(tokens) or not is_given_name(part[0]) or part[0].lower() in common:
            continue
        if _read_name(" ".join(part), allow_mixed=True) is not None:
            return part
    return None


def _named_with_role(tokens: list[str], ftail: str, role_word, common: frozenset[str]) -> bool:
    """A whole run that is a person's name (a first name of the list first), then a comma and a role
    word: a new person even inside the clause of the one before ("table ronde animée par A,
    directeur chez X et réunissant B, présidente de Y, ..."), not a word of that person's role."""
    comma = re.match(r"\s*,\s*", ftail)
    if not 2 <= len(tokens) <= 3 or comma is None or not role_word.match(ftail, comma.end()):
        return False
    return is_given_name(tokens[0]) and tokens[0].lower() not in common \
        and _read_name(" ".join(tokens), allow_mixed=True) is not None


# After a name, the body it comes from or speaks for, without a comma ("de la coopérative X", "pour
# l'Agence Y": a capital after "pour" and its article), then maybe the place of that body ("à
# Valbourg"), up to the verb that follows.
_BARE_BODY = re.compile(r"[ \t]+(?:pour[ \t]+(?:la|le|les|l['’])[ \t]*(?=[A-ZÀ-ÞŒÆ])|de[ \t]+la|de[ \t]+l['’]|du|des)[ \t]*([^,.;:!?«»()\n]{2,60}?)"
                        r"(?:[ \t]*,?[ \t]+à[ \t]+[A-ZÀ-ÞŒÆ][^,.;:!?«»()\n]{0,40}?[ \t]*,?)?[ \t]*")
_BODY_PLACE = re.compile(r"[ \t]*,?[ \t]+à[ \t]+[A-ZÀ-ÞŒÆ][^,.;:!?«»()\n]{0,40}?[ \t]*,?[ \t]*")


def _body_then_speech(run: str, tail: str, ftail: str, after_verb: re.Pattern) -> tuple | None:
    """A person named with the body they come from, written without commas, then a verb of speech:
    "Prénom Nom de la coopérative X, à Valbourg, évoquera ..." (the body after the run), "Prénom Nom
    de la Maison Y à Valbourg racontera ..." (the body read in the run, its capitals joined by "de
    la"), "Prénom Nom pour l'Agence Z ont présenté ..." (the body spoken for). The (person, body)
    pair, else None."""
    of_org = _person_of_organisation(run) if re.search(r" (?:de|du|des) ", run) else None
    for cut in range(1, min(len(ftail), 130)):
        if ftail[cut - 1] in ".;:!?«»()\n":
            return None
        if ftail[cut - 1] in " \t," and after_verb.match(ftail, cut):
            break
    else:
        return None
    between = tail[:cut]
    if of_org is not None:
        if between.strip(" \t,") and not _BODY_PLACE.fullmatch(between):
            return None
        return of_org.people[0], of_org.organization
    bare = _BARE_BODY.fullmatch(between)
    person = _read_name(run, allow_mixed=True) if bare else None
    if person is None:
        return None
    return person, " ".join(bare.group(1).split())


# A preposition then a common noun that may name a body, in lower case: "du cabinet", "de l'association".
_OF_BODY_WORD = re.compile(r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|d['’])[ \t]*([a-zà-ÿœæ][a-zà-ÿœæ-]+)")


def _body_word_then_speech(tail: str, ftail: str, pos: int, after_verb: re.Pattern) -> str | None:
    """The body a person comes from, after the name and its comma, opened by a common noun of a body
    (programme.yaml `organization_words`), then at once a verb of speech, with or without a comma
    before it: "X, du cabinet Conseil Valbrune présentera ...", "X, de l'opérateur « Les Tilleuls »,
    a complété ...". Guillemets may hold the body's own name. No other comma, no end of sentence in
    between ("X, de l'association Y, et Z ont présenté" is no match). The body, else None."""
    of = _OF_BODY_WORD.match(tail, pos)
    if of is None or normalise(of.group(1)) not in _normalised_set("organization_words"):
        return None
    quoted = False
    for cut in range(of.end(), min(len(tail), of.end() + 100)):
        char = tail[cut]
        if char == "«":
            quoted = True
        elif char == "»":
            quoted = False
        elif quoted:
            continue
        elif char in ".;:!?()\n":
            return None
        if not quoted and char in " \t," and after_verb.match(ftail, cut):
            return " ".join(tail[of.start(1):cut].split())
        if char == ",":
            return None
    return None


# An apposition after a name and its comma: lower-case words up to the next comma, no sentence in it.
_LOWER_APPOSITION = re.compile(r"[a-zà-ÿœæ][^,.;:!?«»()\n]{3,80},")


def _trade_then_speech(tokens: list[str], tail: str, ftail: str, pos: int, after_verb: re.Pattern,
                       common: frozenset[str]):
    """The person of "Prénom Nom, géographe de formation, a expliqué ...": a run opening with a given
    name, an apposition in lower case set between commas, then at once a verb of speech. The name,
    else None."""
    if not is_given_name(tokens[0]) or tokens[0].lower() in common:
        return None
    apposition = _LOWER_APPOSITION.match(tail, pos)
    word = re.match(r"[a-zà-ÿœæ-]+", tail[pos:])
    # "Prénom Nom, de l'Agence X, explique": the body the person comes from, read by _OF_BODY
    if apposition is None or word is None or word.group(0) in ("de", "du", "des", "d") \
            or normalise(word.group(0)) in _normalised_set("not_apposition_words"):
        return None
    if after_verb.match(" " + ftail[pos:]):
        return None
    if not after_verb.match(ftail, apposition.end()):
        # a second apposition before the verb ("Prénom Nom, qui en est le trésorier, chargé des
        # finances, a déclaré ...", "Prénom Nom, géographe, élue de Valbrune, a rappelé ..."): two at most
        rest = tail[apposition.end():]
        second = _LOWER_APPOSITION.match(tail, apposition.end() + len(rest) - len(rest.lstrip(" \t")))
        if second is None or not after_verb.match(ftail, second.end()):
            return None
    return _candidate(tokens, True, common)


# A line closing a quotation, then only blanks or a dash before the name on the next line.
_QUOTATION_ABOVE = re.compile(r"[»”\"][ \t]*\n[ \t]*(?:[–—-][ \t]*)?$")


def _signs_quotation_above(chunk: str, pos: int) -> bool:
    """Does the name at ``pos`` open the line right under a quotation, as a pull quote is signed
    ("« Nous tiendrons le calendrier »" / "Prénom NOM – Présidente de X")?"""
    return _QUOTATION_ABOVE.search(chunk, max(0, pos - 8), pos) is not None


def _shared_plural_role(role: str | None, chunk: str, pos: int) -> bool:
    """"..., A et B, élus au conseil de X, ont ...": a role in the plural after B, A named after a
    comma of the same sentence (an enumeration going on): A holds the role too."""
    first = role.split()[0] if role and role.split() else ""
    return bool(first) and _is_plural_role(first) and re.search(r",[ \t]*$", chunk[max(0, pos - 3):pos]) is not None
