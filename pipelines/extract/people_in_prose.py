"""People in prose: capitalised words confirmed as a person by the text around them (a role after
the name, an organisation in brackets, a verb of speech, "selon", a role word before it)."""

from __future__ import annotations

import bisect
import re
from functools import cache

from .names import PersonName, normalise, parse_name
from .programme_lines import Item, _UP, _type_terms, host_alternation, _acronym, _f, _folded_list, _has_org_word, _is_plural_role, _is_role_word, _lex, _normalised_set, _confirmed, _looks_like_org, _starts_with_role, inline_items, lead_items, parse_item, split_role_org
from .programme_reader import _Reader, _bulleted


# =========================================================================== people in prose
_NAME_TOKEN = rf"(?:[{_UP}][’'])?[{_UP}][\w’'-]*\w"


@cache
def _run_pattern() -> re.Pattern:
    particles = "|".join(re.escape(str(p)) for p in _lex()["name_particles"] if str(p)[-1:].isalpha())
    # words of a name are separated by spaces; a tab separates two cells of a table row
    return re.compile(rf"(?<![\w’'-]){_NAME_TOKEN}(?:[ \u00a0](?:(?:{particles})[ \u00a0])*{_NAME_TOKEN})+(?![\w’'-])")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted({_f(str(x)) for x in words}, key=len, reverse=True))


def speech_verb() -> str:
    """A verb of speech as a regular expression over folded text: "a rappelé", "ont longuement
    expliqué", "a déjà prévenu", "explique", "précise-t-elle" (lists of ``lexicons/programme.yaml``)."""
    lex = _lex()
    # the imperfect of the verbs in -e ("expliquait", "soulignait"), as reports write in the past
    imperfect = [str(v)[:-1] + "ait" for v in lex["speech_verbs_present"] if str(v).endswith("e")]
    present = _alternation(list(lex["speech_verbs_present"]) + imperfect)
    participle = _alternation(lex["speech_verbs_participle"])
    adverb = (r"(?:(?:\w+ment|deja|aussi|egalement|encore|bien|toujours|ensuite|enfin|alors|ainsi|d'abord|tout d'abord"
              r"|quant a (?:elle|lui))\s+)?")
    # "est intervenu", "sont intervenues": the participles conjugated with "être"
    with_etre = _alternation(str(v) for v in lex["speech_verbs_participle"] if _f(str(v)).startswith("intervenu"))
    return (rf"(?:(?:a|ont|avait|avaient|aura)\s+{adverb}(?:{participle})"
            rf"|(?:est|sont|etait|etaient)\s+{adverb}(?:{with_etre})|(?:{present})(?:-t-(?:il|elle))?)")


def according_to() -> str:
    """"selon", "d'après" as a regular expression over folded text."""
    return _alternation(_lex()["according_to"])


@cache
def _cue_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(verb after the name, cue right before the name, role word opening a clause)."""
    lex = _lex()
    ordinal = {"premier", "premiere", "1er", "1ere", "1re"}
    words = [w for w in list(lex["role_words"]) + list(lex["prose_role_words"]) if normalise(str(w)) not in ordinal]
    roles = _alternation(words)
    # "première adjointe", "1er vice-président": an ordinal opens a role only before a role word.
    roles = rf"(?:(?:premier|premiere|1er|1ere|1re)\s+)?(?:{roles})"
    verb = speech_verb()
    after = re.compile(rf"\s*,?\s*(?:qui\s+)?{verb}(?![\w-])")
    before = re.compile(
        rf"(?:(?<![\w-])(?:{verb}|{_alternation(lex['according_to'])}|{host_alternation()})\s+"
        rf"(?:(?:nous|notamment|ainsi|alors|encore)\s+)?"
        rf"|(?<![\w-])(?<!monsieur )(?<!madame )(?:le|la|l')\s*(?:{roles})(?:\s*,\s*|\s+))"
        rf"(?:(?:le|la|l')\s*(?:{roles})\s+)?$")
    # a role word in the plural too ("A et B, directeurs régionaux")
    role = re.compile(rf"(?:(?:le|la|l')\s*|(?:notre|son|sa|leurs?)\s+)?(?:{roles})(?:s|x)?(?![\w])")
    return after, before, role


# A role clause ends at a sentence's or quote's end, or at a comma followed by a word that does
# not continue it (a verb: "X, maire de Y, a rappelé", "X, électricien, fait le tour"; an article
# before a common noun: "X, adjointe, le budget ..."; an article before a name continues it).
@cache
def _determiner_pattern() -> re.Pattern:
    """A determiner right before capitalised words: they name a thing ("le Grand X")."""
    words = _alternation(_lex()["determiners"])
    return re.compile(rf"(?<![\w-])(?:{words})[ \t]*$", re.IGNORECASE)


_ROLE_END = re.compile(r"[\n.;:!?«»\"“”()•]|\s(?:a|ont|qui|avait)\s"
                       r"|,\s+(?!(?:au|aux|à|a|de|du|des|d|en|et|chez|pour|sur|dans)[\s'’])"
                       r"(?!(?:la|le|les|l)(?:\s+|['’])[A-ZÀ-Þ])[a-zà-ÿ]")


# "Prénom NOM de la ville de X", "Prénom NOM du Syndicat Y": the word after "de" names a body.
_ORG_AFTER = re.compile(r"[ \t]+(?:de la|de l'|du|des|de|d')[ \t]*([a-zA-Zà-ÿÀ-Þ][\w-]*)")


@cache
def _attendance_re() -> re.Pattern:
    """A word of ``attendance_labels`` (whole words) in folded lower-case text."""
    return re.compile(rf"(?<![\w-])(?:{_alternation(_lex()['attendance_labels'])})(?![\w-])")


def _after_attendance_label(folded: str, pos: int) -> bool:
    """Is ``pos`` in a list opened by an attendance, contact or credit label (a few words and a
    colon: "Étaient présents : A, B", "Contacts presse : A (X)")?"""
    start = max(folded.rfind("\n", max(0, pos - 300), pos), folded.rfind(". ", max(0, pos - 300), pos))
    head, colon, _ = folded[start + 1:pos].partition(":")
    return bool(colon) and len(head.split()) <= 6 and _attendance_re().search(head.lower()) is not None \
        and not re.search(rf"(?<![\w-])(?:{host_alternation()})(?![\w-])", head)


def _speaks_later(folded_tail: str, pos: int) -> bool:
    """A verb of speech later in the sentence ("X, urbaniste de formation, a ouvert ...")."""
    end = re.compile(r"[.!?](?:\s|$)|\n").search(folded_tail, pos)
    return bool(re.search(rf"(?<![\w-]){speech_verb()}(?![\w-])", folded_tail[pos:end.start() if end else len(folded_tail)]))


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


@cache
def _honorific_pattern() -> str:
    """The honorifics of the lexicon ("M.", "Mme", "Dr") as a regular expression (case kept)."""
    words = sorted({str(h).rstrip(".") for h in _lex()["honorifics"]}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in words) + r")\.?"


def _cue_before(window: str) -> bool:
    """Does a cue end the (folded) text before a name: a verb of speech, "selon", a host phrase,
    a role word ("le maire X")? A role word on the line above the name is a letter's signature
    ("La Présidente,\nSigné X"), not a person speaking."""
    _, before_cue, _ = _cue_patterns()
    m = before_cue.search(window.replace("\n", " "))
    if m is None:
        return False
    if "\n" in window[m.start():]:
        cues = rf"(?:{speech_verb()}|{according_to()}|{host_alternation()})"
        return bool(re.search(cues, window[m.start():].replace("\n", " ")))
    return True


def _role_before(folded: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of a role word right before a name ("le maire, X", "la présidente X"), without
    its article."""
    role_word = _cue_patterns()[2]
    m = re.search(rf"(?<![\w-])(?:le|la|l')\s*((?:{role_word.pattern}))(?:\s*,\s*|\s+)$", folded[max(0, pos - 60):pos])
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
        if (part[0].lower() in common and not part[0].isupper()) or _is_role_word(part[0]) \
                or normalise(part[0]) in _sentence_words():
            continue
        name = parse_name(" ".join(part), allow_mixed=True)
        if name is not None:
            return name
    return None


def quoted_people(text: str, start: int = 0, end: int | None = None) -> list[Item]:
    """People a text confirms as persons by a role, an organisation in brackets, a verb of
    speech or "selon" next to their name (see ``prose`` in the lexicon), each as a one-person
    item with the role and organisation the text gives."""
    end = len(text) if end is None else end
    after_verb, before_cue, role_word = _cue_patterns()
    chunk = text[start:end]
    folded = _f(chunk)
    determiner = _determiner_pattern()
    common = frozenset(re.findall(r"(?<![\w’'-])[a-zà-ÿ]+(?![\w’'-])", chunk))
    items: list[Item] = []
    runs = list(_run_pattern().finditer(chunk))
    # Where a role clause must stop: the next name of an enumeration ("X, maire, Y, directrice").
    name_starts = [r.start() for r in runs if parse_name(r.group(0), allow_mixed=True) and not _starts_with_role(r.group(0))
                   and re.search(r"(?:,|\bet)\s*$", chunk[max(0, r.start() - 4):r.start()])]
    for n, m in enumerate(runs):
        k = bisect.bisect_right(name_starts, m.end())
        limit = name_starts[k] if k < len(name_starts) else len(chunk)
        tokens = m.group(0).split()
        before = chunk[max(0, m.start() - 40):m.start()]
        if determiner.search(before):
            continue      # "le Grand X", "du Schéma Y": a thing, not a person
        joined = re.search(rf"([{_UP}][\w’']*)-[ \t]+$", before)
        if joined:        # "Marie- Claire X": a given name cut after its hyphen
            tokens[0] = f"{joined.group(1)}-{tokens[0]}"
        if len(tokens) >= 3 and re.search(rf"(?<![\w-])(?:le|la|l')\s*{role_word.pattern}\s+(?:de|du|d')\s*$",
                                          folded[max(0, m.start() - 60):m.start()]):
            # "le maire de Valbrune Jean Dupré": the first word closes the role, the name follows it
            tokens = tokens[1:]
        tail = chunk[m.end():min(limit, m.end() + 240)]
        ftail = folded[m.end():min(limit, m.end() + 240)]
        name, role, org = None, None, None
        comma = re.match(r"\s*,\s*", ftail)
        paren = re.match(r"\s*\(([^()]{1,150})\)", tail)
        if comma and role_word.match(ftail, comma.end()):
            name = _candidate(tokens, True, common)
            role, org = _prose_role(tail[comma.end():])
        elif paren:
            inner = paren.group(1).strip()
            first = inner.split()[0].strip(",") if inner.split() else ""
            initials = "".join(t[0] for t in tokens if t[0].isupper()).lower()
            if " " not in inner and inner[:1].isupper() and (_f(inner.lower()).startswith(_f(initials[:2]))
                                                              or _f(inner.lower()).endswith(_f(initials))):
                continue  # "Schéma Directeur (SD)", "Conseil en Énergie Partagé (CEP)": an abbreviated phrase
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
            name = parse_name(m.group(0), allow_mixed=True, caps_ok=True)
            role, org = _prose_role(tail[below.end():])
            rest = tail[below.end():].split("\n", 3)
            if org is None and len(rest) > 1 and role and " ".join(rest[0].split()) == role:
                third = rest[1].strip(" \t-•–")
                if third and len(third.split()) <= 8 and _looks_like_org(third) \
                        and parse_name(third, allow_mixed=True, caps_ok=True) is None:
                    org = third
        elif comma and re.search(rf"(?<![\w-])(?:{_alternation(_lex()['speaker_phrases'])})\s+$", folded[max(0, m.start() - 8):m.start()]):
            # "avec Prénom Nom, Organisation": a speaker announced with the body they speak for.
            role, org = _prose_role(tail[comma.end():])
            if (org or (role and _looks_like_org(role))) and (org or role)[:1].isupper():
                name = _candidate(tokens, False, common)
                role, org = (None, org or role) if not org else (role, org)
            else:
                role, org = None, None
        # "Selon Prénom Nom" at the start of a sentence: the cue is the run's first word.
        lead_cue = len(tokens) > 2 and _f(tokens[0].lower()) in _folded_list("according_to")
        if name is None and (lead_cue or _cue_before(folded[max(0, m.start() - 80):m.start()])):
            name = _candidate(tokens[1:] if lead_cue else tokens, False, common)
            if name is not None and re.match(r"\s*,\s*", ftail) and role_word.match(ftail, re.match(r"\s*,\s*", ftail).end()):
                role, org = _prose_role(tail[re.match(r"\s*,\s*", tail).end():])
        if name is None or _after_attendance_label(folded, m.start()):
            continue
        if role is None and org is None and (said := _role_before(folded, m.start())) is not None:
            role = chunk[said[0]:said[1]]           # "le maire, X", "la présidente X"
        # "A et B, directeurs de X, ont ...": A, opening its sentence, shares B's role
        # "M. A et M. B sont intervenus", "A et B ont présenté": A shares B's verb (a plural one)
        previous = runs[n - 1] if n else None
        honorific = _honorific_pattern()
        plural = bool(re.match(r"\s*,?\s*(?:qui\s+)?(?:ont|sont|avaient|etaient)\s", ftail) and after_verb.match(ftail))
        if previous is not None and re.fullmatch(rf"\s+et\s+(?:{honorific}\s+)?", chunk[previous.end():m.start()]) \
                and (re.search(r"(?:^|[.;:!?\n]\s*)$", chunk[max(0, previous.start() - 3):previous.start()])
                     or re.search(rf"(?<![\w-]){honorific}\s+$", chunk[max(0, previous.start() - 8):previous.start()]))\
                and not any(it.start == start + previous.start() for it in items) and (role or org or plural):
            first = parse_name(previous.group(0), allow_mixed=True)
            if first is not None:
                items.append(Item([first], role, org, raw=previous.group(0), start=start + previous.start(),
                                  end=start + previous.end()))
        window = folded[max(0, m.start() - 40):m.start()].replace("\n", " ")
        moderator = bool(re.search(rf"(?<![\w-])(?:{host_alternation()})\s+$", window))
        items.append(Item([name], role, org, raw=m.group(0), start=start + m.start(), end=start + m.end(),
                          moderator=moderator))
    known = {p.key for it in items for p in it.people}
    items.extend(_family_only(chunk, start, runs, after_verb, known))
    items.extend(_colon_lists(chunk, folded, start, known))
    return items


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
        moderator = bool(re.search(rf"(?<![\w-])(?:{host_alternation()})(?![\w-])", clause))
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
        name = parse_name(r.group(0), allow_mixed=True)
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


def _listed_people(reader: _Reader) -> list[Item]:
    """Bulleted items naming people with their role or organisation ("- Prénom Nom, ABCD",
    "• A, B et C, Direction X"), wherever the list stands: the speakers of a programme whose
    sessions were not recognised, or of an event page's "Intervenants" list."""
    items: list[Item] = []
    attendance = False
    for line in reader.lines:
        if not _bulleted(line):
            if line.body.strip():
                # "Étaient présents :", "la liste suivante :": who attends or is elected, not who speaks
                folded = _f(line.body.strip().lower())
                attendance = folded.endswith(":") and _attendance_re().search(folded) is not None
            continue
        if attendance or not line.body.strip():
            continue
        body = line.body.strip()
        found = inline_items(body)
        if sum(len(it.raw) for it in found) < 0.6 * len(body):
            found = lead_items(body) or found        # "Intervention de M. A – rôle et de Mme B"
        found = [it for it in found if not any(_is_role_word(w) for p in it.people for w in p.full.split())]
        if found and any(it.role or it.organization for it in found):
            for it in found:
                it.start, it.end = line.body_start, reader.end_of(line)
            items.extend(found)
    return items


def _speaking_sentence(folded: str, start: int, end: int) -> bool:
    """Does the sentence around [start, end) relate speech, listening or a session (a verb of
    speech, "écouté", "entendu", a speaker label, a session word)?"""
    left = max(folded.rfind(". ", max(0, start - 300), start), folded.rfind("\n", max(0, start - 300), start))
    stop = re.compile(r"[.!?](?:\s|$)|\n").search(folded, end, end + 300)
    sentence = folded[left + 1:stop.start() if stop else min(len(folded), end + 300)]
    return bool(_speaking_clause().search(sentence) or re.search(r"(?<![\w-])(?:ecout|entend)\w*", sentence))


@cache
def _speaking_clause() -> re.Pattern:
    """A verb of speech, a speaker label or a session word (folded text)."""
    sessions = "|".join(re.escape(t) for t, _ in _type_terms())
    return re.compile(rf"(?<![\w-])(?:{speech_verb()}|{_alternation(_lex()['speaker_list_labels'])}|(?:{sessions})s?)(?![\w-])")


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
    "Présentateur", "Orateurs :"), as a table's column of speakers reads: "Prénom NOM" alone,
    or any name with its organisation or role ("Prénom Nom ( Organisation )", cut over two
    lines by a PDF's text flow). A short organisation line between them ("ABC Conseil") is
    passed; two lines that are neither end the list."""
    labels = set(_folded_list("speaker_list_labels"))
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
                items.append(item)
                misses, j = 0, last + 1
                continue
            if body.count("(") > body.count(")") and j + 1 < len(lines):
                body, last = body + " " + lines[j + 1].body.strip(), j + 1
            item = parse_item(body, bare_ok=True, mixed_ok=True) if len(body) <= 120 else None
            if item is not None and (_confirmed(item) or (item.organization and _looks_like_org(item.organization))):
                item.start, item.end = lines[j].body_start, reader.end_of(lines[last])
                items.append(item)
                misses = 0
            elif len(body.split()) <= 4 and _looks_like_org(body):
                misses += 1
            else:
                break
            j = last + 1
    return items
