"""People in prose: capitalised words confirmed as a person by the text around them (a role after
the name, an organisation in brackets, a verb of speech, "selon", a role word before it)."""

from __future__ import annotations

import bisect
import re
from functools import cache

from ..lexicons import load
from .name_context import (_after_host_label, _inverted_description, _on_caption_line, _speaking_clause, _speaking_sentence,
                           _speaks_in_sentence, _titled_before)
from .names import PersonName, is_given_name, normalise
from .people_attending import (_after_attendance_label, _attendance_re, _honorific_pattern, _host_word,
                               _in_group_brackets, _named_as_patron, _named_as_present, _only_attends,
                               _read_name, _signature_below, _speaks_later)
from .programme_lines import Item, _confirmed, _person_of_organisation, host_alternation, inline_items
from .speech_cues import _NAME_TOKEN, _alternation, _cue_patterns, _run_pattern, according_to, speech_verb
from .programme_roles import _looks_like_org, split_role_org
from .programme_vocabulary import (_UP, _acronym, _f, _folded_list, _has_org_word, _is_plural_role, _is_role_word,
                                   _lex, _normalised_set, _starts_with_role)


# A role clause ends at a sentence's or quote's end, at "et par" / "et avec" (the next person of
# the session: "animée par X, maire de Y, et par Z"), or at a comma followed by a word that does
# not continue it (a verb: "X, maire de Y, a rappelé", "X, électricien, fait le tour"; an article
# before a common noun: "X, adjointe, le budget ..."; an article before a name continues it).
@cache
def _determiner_pattern() -> re.Pattern:
    """A determiner right before capitalised words: they name a thing ("le Grand X")."""
    words = _alternation(_lex()["determiners"])
    return re.compile(rf"(?<![\w-])(?:{words})[ \t]*$", re.IGNORECASE)


# The role clause after a name also stops at ", et" and a possessive: a second subject joins the
# person ("X, maire de Valbourg, et son équipe ont lancé ..."), no more of the role.
_ROLE_END = re.compile(r"[\n.;:!?«»\"“”()•]|\s(?:a|ont|qui|avait)\s|,?[ \t]+et[ \t]+(?:par|avec)[ \t]+(?=[A-ZÀ-Þ])"
                       r"|,[ \t]+et[ \t]+(?:son|sa|ses|leur|leurs)[ \t]"
                       r"|,\s+(?!(?:au|aux|à|a|de|du|des|d|en|et|chez|pour|sur|dans)[\s'’])"
                       r"(?!(?:la|le|les|l)(?:\s+|['’])[A-ZÀ-Þ])[a-zà-ÿ]")


# "Prénom NOM de la ville de X", "Prénom NOM du Syndicat Y": the word after "de" names a body.
_ORG_AFTER = re.compile(r"[ \t]+(?:de la|de l'|du|des|de|d')[ \t]*([a-zA-Zà-ÿÀ-Þ][\w-]*)")


# The patterns below are built from the lexicons once per process (not once per name read).
@cache
def _presenter_at_end() -> re.Pattern:
    """A phrase naming who gives a talk ("présentée par"), ending the (folded) text."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(_lex()['presenter_phrases'])})\s+$")


@cache
def _talk_of_at_end() -> re.Pattern:
    """A talk and "de" right before a name, ending the (folded) text: "l'intervention de", "le
    discours de" (names.yaml ``talk_of_phrases``)."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(load('names')['talk_of_phrases'])})[ \t]*$", re.IGNORECASE)


@cache
def _host_at_end() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{host_alternation()})\s+$")


@cache
def _cues() -> tuple[re.Pattern, re.Pattern]:
    """(a cue of speech, "selon" or a host phrase; the same ending the text)."""
    cues = rf"(?<![\w-])(?:{speech_verb()}|{according_to()}|{host_alternation()})(?![\w-])"
    return re.compile(cues), re.compile(cues + r"[\s,]*$")


@cache
def _role_ending() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:le|la|l')\s*((?:{_cue_patterns()[2].pattern}))(?:\s*,\s*|\s+)$")


@cache
def _role_and_of_ending() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:le|la|l')\s*{_cue_patterns()[2].pattern}\s+(?:de|du|d')\s*$")


@cache
def _speaker_phrase_ending() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_alternation(_lex()['speaker_phrases'])})\s+$")


@cache
def _honorific_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(" et " and maybe an honorific, between two names; an honorific ending the text)."""
    honorific = _honorific_pattern()
    return re.compile(rf"\s+et\s+(?:{honorific}\s+)?"), re.compile(rf"(?<![\w-]){honorific}\s+$")


@cache
def _opinion_words() -> frozenset[str]:
    return frozenset(_f(str(w).lower()) for w in load("names")["opinion_openings"])


def _opinion_opening(chunk: str, pos: int, tokens: list[str], ftail: str) -> bool:
    """"Pour Prénom Nom, le projet ...": a sentence opening with "pour" (names.yaml
    ``opinion_openings``), the name, then a comma, gives that person's view, as "selon" does. The
    run must open its sentence and be the word and the name only (at most four words after it)."""
    if _f(tokens[0].lower()) not in _opinion_words() or len(tokens) > 5 or not re.match(r"[ \t]*,", ftail):
        return False
    return bool(re.search(r"(?:^|[.!?]\s|\n)[ \t]*$", chunk[max(0, pos - 3):pos]))


# An article, then a role word written with a capital ("le Député-Maire", "la Présidente"), then
# two capitalised words at least.
_TITLED_ROLE = re.compile(rf"(?<![\w’'-])(?:[Ll]e|[Ll]a|[Ll]['’])[ \t]*([{_UP}][\w-]*)(?=[ \t]+{_NAME_TOKEN}[ \t]+{_NAME_TOKEN})")


def _lower_titled_roles(chunk: str) -> str:
    """The text with the role words that a writer capitalised out of respect, after their article
    and before a name ("rappelle la Sénatrice-Maire Prénom Nom"), in lower case: the role then reads as
    "le député-maire Prénom Nom" does, a role before a name, not the first word of a name. Every part
    of the word must be a role word; offsets are kept."""
    def lower(m: re.Match) -> str:
        word = m.group(1)
        if not all(part and _is_role_word(part) for part in word.split("-")) or len(word.lower()) != len(word):
            return m.group(0)
        return m.group(0)[:m.start(1) - m.start()] + word.lower()
    return _TITLED_ROLE.sub(lower, chunk)


@cache
def _picture_position() -> re.Pattern:
    words = "|".join(re.escape(str(w)) for w in sorted(load("names")["picture_positions"], key=len, reverse=True))
    return re.compile(rf"(?<=\w)([ \t]*\((?:{words})\))(?=[ \t]*[,.;]|[ \t]+et[ \t])", re.IGNORECASE)


def _blank_picture_positions(chunk: str) -> str:
    """The text with the brackets that place a person in a photo ("Prénom Nom (à gauche), maire de
    X") blanked out (offsets kept): the role after them is read as if it followed the name."""
    return _picture_position().sub(lambda m: " " * len(m.group(1)), chunk)


@cache
def _place_word_at_end() -> re.Pattern:
    """A word naming a room or a place of the event (programme.yaml ``place_words``) ending the
    (folded) text, before a capitalised run."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(_lex()['place_words'])})[ \t]+$")


def _opens_clause(chunk: str, pos: int) -> bool:
    """Does the name at ``pos`` open its sentence or clause (the subject of what follows), not end
    a phrase ("le livre de X : « ... »")?"""
    return bool(re.search(r"(?:^|[.;:!?,\n]|(?<![\w-])et)[ \t]*$", chunk[max(0, pos - 6):pos]))


def _strong_name(tokens: list[str], common: frozenset[str]) -> PersonName | None:
    """The name at the end of the run when its family name is in capitals ("Lucie MARTEL"):
    its shape alone marks a person, whatever comes next."""
    name = _candidate(tokens, True, common)
    # "Prénom NOM" order only: "CA Val Doré" (an acronym first) is no name; an honorific
    # ("Mme Prénom Nom") marks a person too
    if name is None or not name.full.endswith(name.family) \
            or not (name.honorific or re.search(rf"[{_UP}]{{2}}", name.family)):
        return None
    return name


def _clean_clause(text: str) -> str | None:
    """A body named after a name, up to the end of its clause ("ville de Valbrune, en Belgique")."""
    clause = re.split(r"[,;.!?()\n«»]", text[:160])[0].strip()
    return clause or None


# "X s'en souvient : « ... »": the subject's clause, a colon, then their words between quotes.
_QUOTE_FOLLOWS = re.compile(r"\s+[a-zà-ÿ’'][^.!?«»\n:;,]{0,60}:\s*[«“\"]")

# "X, Organisation, a expliqué": a phrase between commas (no sentence end), then the verb.
_APPOSITION = re.compile(r"([^,.;:!?«»()\n]{2,80}),\s*")


def _cue_before(window: str) -> str | None:
    """The cue that ends the (folded) text before a name: "speech" for a verb of speech, "selon"
    or a host phrase, "role" for a role word alone ("le maire X"); None without a cue. A role
    word on the line above the name is a letter's signature ("La Présidente,\nSigné X"), not a
    person speaking."""
    _, before_cue, _ = _cue_patterns()
    m = before_cue.search(window.replace("\n", " "))
    if m is None:
        return None
    cues, cues_at_end = _cues()
    spoken = cues.search(window[m.start():].replace("\n", " ")) \
        or cues_at_end.search(window[:m.start()].replace("\n", " "))    # "selon la directrice, X"
    if "\n" in window[m.start():]:
        return "speech" if spoken else None
    return "speech" if spoken else "role"


def _role_before(folded: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of a role word right before a name ("le maire, X", "la présidente X"), without
    its article."""
    m = _role_ending().search(folded[max(0, pos - 60):pos])
    if m is None:
        return None
    offset = max(0, pos - 60)
    return offset + m.start(1), offset + m.end(1)


def _prose_role(text: str) -> tuple[str | None, str | None]:
    """The role clause after "Prénom Nom, ": up to the end of its clause, split into role and
    organisation."""
    stop = _ROLE_END.search(text, 0, 200)
    clause = text[:stop.start()] if stop else text[:160]
    clause = re.sub(r"\s+(?:et|and)$", "", clause.strip(" ,")).strip(" ,")   # "X, maire de Y et Z, ...": up to Z
    return split_role_org(clause) if clause else (None, None)


@cache
def _sentence_words() -> frozenset[str]:
    """Small words that open a sentence in capitals ("Pour X, ...", "Selon X"): never a given name."""
    words = set()
    for key in ("title_stopwords", "according_to", "determiners", "speaker_phrases"):
        words |= {normalise(str(w)) for w in _lex()[key]}
    return frozenset(w for w in words if w)


def _candidate(tokens: list[str], from_end: bool, common: frozenset[str]) -> PersonName | None:
    """The name among the capitalised words of a run, at the end next to a cue after it, or at
    its start next to a cue before it; a leading word the document also writes in lower case
    ("Depuis", "Grand") is a word of the sentence, not a given name."""
    for k in range(min(len(tokens), 4), 1, -1):
        part = tokens[-k:] if from_end else tokens[:k]
        if from_end and k < len(tokens) and _is_plural_role(tokens[-k - 1]):
            return None       # "Directeurs Régionaux X": a plural role opens a phrase, not a name
        if from_end and k < len(tokens) and not tokens[-k - 1].isupper() \
                and normalise(tokens[-k - 1]) in _normalised_set("determiners"):
            return None       # "Le Grand Valbrune explique": a determiner makes it a thing
        if k < len(tokens) and normalise(tokens[-k - 1] if from_end else tokens[0]) in _normalised_set("place_words"):
            return None       # "Salle Prénom Nom", "Amphithéâtre Prénom Nom": a room named after someone
        if (part[0].lower() in common and not part[0].isupper()) or _is_role_word(part[0]) \
                or normalise(part[0]) in _sentence_words():
            continue
        name = _read_name(" ".join(part), allow_mixed=True)
        if name is not None:
            return name
    return None


# A given name ending a line and a capitalised word opening the next, then a comma: a name the
# layout of a page wrapped ("... Clap de fin : Prénom\nNom, professeur de ...").
_WRAPPED_NAME = re.compile(rf"(?<![\w’'-])([{_UP}][\w’'-]+)[ \t]*\n[ \t]*[{_UP}][\w’'-]+\s*,\s*")


def _join_wrapped_names(chunk: str, role_word: re.Pattern) -> str:
    """The text with the line break inside a wrapped name made a space (one character for one, so
    offsets carry over): a known given name at the end of a line, the family name opening the
    next one, and a role after its comma ("Prénom\nNom, maire de Valbrune")."""
    breaks = [m.start(0) + m.group(0).index("\n", len(m.group(1)))
              for m in _WRAPPED_NAME.finditer(chunk)
              if is_given_name(m.group(1)) and role_word.match(_f(chunk[m.end():m.end() + 120]))]
    if not breaks:
        return chunk
    chars = list(chunk)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)


def quoted_people(text: str, start: int = 0, end: int | None = None) -> list[Item]:
    """People a text confirms as persons by a role, an organisation in brackets, a verb of
    speech or "selon" next to their name (see ``prose`` in the lexicon), each as a one-person
    item with the role and organisation the text gives."""
    end = len(text) if end is None else end
    after_verb, before_cue, role_word = _cue_patterns()
    chunk = _blank_picture_positions(_lower_titled_roles(text[start:end]))
    chunk = _join_wrapped_names(chunk, role_word)
    folded = _f(chunk)
    determiner = _determiner_pattern()
    common = frozenset(re.findall(r"(?<![\w’'-])[a-zà-ÿ]+(?![\w’'-])", chunk))
    items: list[Item] = []
    cued: dict[int, bool] = {}     # runs named after a cue of speech or hosting ("selon", "animé par"): moderator?
    runs = list(_run_pattern().finditer(chunk))
    # Where a role clause must stop: the next name of an enumeration ("X, maire, Y, directrice").
    name_starts = [r.start() for r in runs if _read_name(r.group(0), allow_mixed=True) and not _starts_with_role(r.group(0))
                   and re.search(r"(?:,|\bet)\s*$", chunk[max(0, r.start() - 4):r.start()])]
    role_until = -1          # the end of the last role clause read after a name
    for n, m in enumerate(runs):
        k = bisect.bisect_right(name_starts, m.end())
        limit = name_starts[k] if k < len(name_starts) else len(chunk)
        if m.start() < role_until and m.start() not in name_starts:
            continue      # "X, cheffe de projet Label Avenir Climat, chargée de ...": words of X's role
        if _on_caption_line(folded, m.start()):
            continue      # "A, maire de X, B, adjointe – crédit photo : C": pictured, not speaking
        tokens = m.group(0).split()
        before = chunk[max(0, m.start() - 40):m.start()]
        if determiner.search(before):
            continue      # "le Grand X", "du Schéma Y": a thing, not a person
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
            and re.search(r"[a-zà-ÿ]{2,}", chunk[chunk.rfind("\n", 0, m.start()) + 1:m.start()]) else None
        if comma and role_word.match(ftail, comma.end()) or dash and role_word.match(ftail, dash.end()):
            # "X, maire de Y", and "Prénom NOM – Directrice de Y" (a name in capitals, a dash, its role)
            comma = comma or dash
            name = _candidate(tokens, True, common)
            role, org = _prose_role(tail[comma.end():])
            stop = _ROLE_END.search(tail, comma.end(), comma.end() + 200)
            role_until = m.end() + (stop.start() if stop else min(len(tail), comma.end() + 160))
        elif paren:
            inner = paren.group(1).strip()
            first = inner.split()[0].strip(",") if inner.split() else ""
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
                and (said := role_word.match(ftail, bare.end())) and re.match(r"\s+(?:de|du|des|d'|a|au|aux)\b", ftail[said.end():]):
            # "avec Prénom Nom président de l'association X": a role right after the name, no comma
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
                and (word := re.match(r"([a-zà-ÿ][a-zà-ÿ-]{3,})\b", tail[comma.end():])) \
                and normalise(word.group(1)) not in _normalised_set("not_apposition_words") \
                and not after_verb.match(" " + ftail[comma.end():]) and _speaks_later(ftail, comma.end()):
            # "Prénom NOM, urbaniste de formation, a ouvert le débat": an apposition after a name in
            # capitals, then a verb of speech in the same sentence
            name = strong
            role, org = _prose_role(tail[comma.end():])
        elif after_verb.match(ftail) or (_QUOTE_FOLLOWS.match(tail) and _opens_clause(chunk, m.start())):
            # "X a rappelé", or "X s'en souvient : « ... »" (the clause then the quote)
            name = _candidate(tokens, True, common)
        elif comma and (apposition := _APPOSITION.match(tail, comma.end())) and apposition.group(1)[:1].isupper() \
                and after_verb.match(_f(tail[apposition.end():])):
            # "X, Organisation, a quant à elle expliqué": a body set between commas, then a verb
            name = _candidate(tokens, True, common)
            role, org = split_role_org(apposition.group(1).strip())
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
            if re.match(r"(?:les?|la|l['’])[ \t]*[A-ZÀ-Þ]", tail[comma.end():]) and not role_word.match(ftail, comma.end()):
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
        cue = None if lead_cue or name is not None else _cue_before(folded[max(0, m.start() - 80):m.start()])
        if cue is None and name is None and not lead_cue \
                and (described := _inverted_description(chunk, folded, m.start())) is not None:
            cue = "speech"    # "« … », souligne la présidente socialiste X": the verb, then the subject described
            if role_word.match(_f(described)):
                role, org = split_role_org(described)     # "», détaille la présidente du syndicat, X"
        if cue is None and name is None and not lead_cue and re.match(r"\s*(?:,|[.;!?](?:\s|$))", ftail) \
                and (titled := _titled_before(chunk, folded, m.start())) is not None \
                and _speaking_sentence(folded, m.start(), m.end()):
            # "le discours de bienvenue de la présidente de X, Prénom Nom, puis ...", "», explique le maire
            # de X, Prénom Nom.": a role and its body, then the name set apart by a comma, in a sentence
            # about speaking or a session
            cue = "speech"
            role, org = titled
        if cue == "role" and not _speaks_in_sentence(chunk, folded, m.start(), m.end()):
            cue = None    # "l'adjoint X prend la suite": named by a role, but not speaking
        if cue is None and name is None and not lead_cue and _presenter_at_end().search(folded[max(0, m.start() - 40):m.start()]):
            cue = "speech"    # "la conférence X présentée par A et B": A gives the talk (B too, joined below)
        if cue is None and name is None and not lead_cue and _talk_of_at_end().search(folded[max(0, m.start() - 40):m.start()]):
            cue = "speech"    # "l'intervention de A", "la keynote de A": the talk A gives
        talk_lead = 0
        if cue is None and name is None and not lead_cue and len(tokens) > 3 \
                and (talk := _talk_of_at_end().match(folded, m.start(), m.start() + len(" ".join(tokens[:2])) + 1)):
            talk_lead = len(talk.group(0).split())   # "L'intervention de A" opening a sentence: one run
        hosted = cue is None and name is None and not lead_cue and _after_host_label(folded, m.start())
        if hosted:
            cue = "speech"    # "Animatrice : Prénom NOM", "Nom de l'animateur : Prénom NOM": who runs it
        if cue is None and name is None and not lead_cue and n and runs[n - 1].start() in cued \
                and re.fullmatch(r"[ \t]+et[ \t]+", chunk[runs[n - 1].end():m.start()]):
            cue = "joined"    # "animé par A et B", "selon A et B": the cue before A names B too
        if name is None and talk_lead:
            name = _candidate(tokens[talk_lead:], False, common)
            cue = "speech" if name is not None else None
        elif name is None and (lead_cue or cue):
            name = _candidate(tokens[1:] if lead_cue else tokens, False, common)
            if name is not None and (lead_cue or cue in ("speech", "joined")):
                window = folded[max(0, m.start() - 40):m.start()].replace("\n", " ")
                cued[m.start()] = cued[runs[n - 1].start()] if cue == "joined" else hosted or \
                    bool(_host_at_end().search(window))
            if name is not None and re.match(r"\s*,\s*", ftail) and role_word.match(ftail, re.match(r"\s*,\s*", ftail).end()):
                role, org = _prose_role(tail[re.match(r"\s*,\s*", tail).end():])
        if name is None or _after_attendance_label(folded, m.start()) or _in_group_brackets(folded, m.start()) \
                or _named_as_patron(folded, m.start()) or _named_as_present(chunk, folded, m.start()) \
                or _only_attends(folded, m.end()):
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
                     or honorific_at_end.search(chunk[max(0, previous.start() - 8):previous.start()]))\
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
    items.extend(_colon_lists(chunk, folded, start, known))
    items.extend(_bracketed_after_speaker_noun(chunk, folded, start, {p.key for it in items for p in it.people}))
    return items


def _bracketed_after_speaker_noun(chunk: str, folded: str, start: int, known: set[str]) -> list[Item]:
    """"trois conférenciers invités (Prénom Nom, Prénom Nom, Prénom Nom)": names in brackets after a
    noun naming the speakers (names.yaml ``speaker_nouns``) in the same sentence. Every part of
    the brackets must read as a person's name, two at least."""
    nouns = "|".join(re.escape(_f(str(w))) for w in sorted(load("names")["speaker_nouns"], key=len, reverse=True))
    out: list[Item] = []
    for m in re.finditer(rf"(?<![\w-])(?:{nouns})(?![\w-])[^.;:!?()\n]{{0,80}}\(([^()]{{5,300}})\)", folded):
        inner = chunk[m.start(1):m.end(1)]
        parts = [" ".join(p.split()).strip(" .…") for p in re.split(r",|\bet\b", inner)]
        parts = [p for p in parts if p and p.lower() not in ("etc", "etc.")]
        names = [_read_name(p, allow_mixed=True) for p in parts]
        if len(names) < 2 or not all(n is not None and len(p.split()) <= 4 for n, p in zip(names, parts)):
            continue
        pos = m.start(1)
        for person, part in zip(names, parts):
            at = chunk.find(part.split()[0], pos)
            pos = max(pos, at)
            if person.key not in known:
                known.add(person.key)
                out.append(Item([person], None, None, raw=part, start=start + at, end=start + at + len(part)))
    return out


def _colon_lists(chunk: str, folded: str, start: int, known: set[str]) -> list[Item]:
    """"..., animés par les auteurs : Prénom NOM – Organisation, Prénom NOM – Organisation.": a
    sentence's colon, then only people with their organisation or role (two at least, names in
    capitals or after an honorific). After a host phrase, they run the session."""
    out: list[Item] = []
    for colon in re.finditer(r"[ \t]*:[ \t]+", chunk):
        stop = re.compile(r"\.(?:\s|$)|\n").search(chunk, colon.end(), colon.end() + 400)
        rest = chunk[colon.end():stop.start() if stop else min(len(chunk), colon.end() + 400)]
        if len(rest) < 10 or not re.search(rf"[{_UP}]{{2}}|{_honorific_pattern()}\s", rest):
            continue      # no name in capitals nor honorific: no need to parse
        found = inline_items(rest)
        if len(found) < 2 or sum(len(it.raw) for it in found) < 0.8 * len(rest.strip()) \
                or not all(_confirmed(it) and (it.role or it.organization) for it in found):
            continue
        clause = folded[max(0, colon.start() - 80):colon.start()].rpartition(".")[2]
        moderator = bool(_host_word().search(clause))
        # the sentence says they speak or run a session ("animés par ... :", "sont intervenus :",
        # "Intervenants :", "Table ronde : ..."); a team or a committee listed after a colon is no
        # list of speakers
        if not (moderator or _speaking_clause().search(clause)):
            continue
        label = clause.rpartition("\n")[2]
        if not moderator and len(label.split()) <= 6 and _attendance_re().search(label.lower()):
            continue      # "Absents excusés : A, B", "Contacts presse : A (X)": named, not speaking
        for it in found:
            if any(p.key in known for p in it.people):
                continue
            known.update(p.key for p in it.people)
            it.start, it.end, it.moderator = start + colon.end(), start + colon.end() + len(rest), moderator
            out.append(it)
    return out


def _family_only(chunk: str, start: int, runs: list, after_verb: re.Pattern, known: set[str]) -> list[Item]:
    """"M. Dupont a annoncé que ...": an honorific and a family name alone, then a verb of speech,
    name the person the document names in full elsewhere ("M. Jean Dupont" in a list), when one
    full name only has that family name."""
    full: dict[str, set] = {}
    for r in runs:
        name = _read_name(r.group(0), allow_mixed=True)
        if name is not None:
            full.setdefault(normalise(name.family), {}).setdefault(name.key, name)
    out = []
    pattern = re.compile(rf"(?<![\w-]){_honorific_pattern()}[ \t]+({_NAME_TOKEN})(?=[ \t,])(?![ \t]+[{_UP}])")
    for m in pattern.finditer(chunk):
        names = full.get(normalise(m.group(1)), {})
        if len(names) != 1 or not after_verb.match(_f(chunk[m.end():m.end() + 120])):
            continue
        name = next(iter(names.values()))
        if name.key in known:
            continue
        known.add(name.key)
        out.append(Item([name], None, None, raw=m.group(0), start=start + m.start(), end=start + m.end()))
    return out
