"""People in prose: capitalised words confirmed as a person by the text around them (a role after
the name, an organisation in brackets, a verb of speech, "selon", a role word before it)."""

from __future__ import annotations

import bisect
import re
from functools import cache

from .names import PersonName, normalise, parse_name
from .programme_lines import Item, _UP, host_alternation, _acronym, _f, _folded_list, _has_org_word, _is_plural_role, _is_role_word, _lex, _looks_like_org, _starts_with_role, inline_items, split_role_org
from .programme_reader import _Reader, _bulleted


# =========================================================================== people in prose
_NAME_TOKEN = rf"(?:[{_UP}][’'])?[{_UP}][\w’'-]*\w"


@cache
def _run_pattern() -> re.Pattern:
    particles = "|".join(re.escape(str(p)) for p in _lex()["name_particles"] if str(p)[-1:].isalpha())
    return re.compile(rf"(?<![\w’'-]){_NAME_TOKEN}(?:[ \t](?:(?:{particles})[ \t])*{_NAME_TOKEN})+(?![\w’'-])")


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
    return (rf"(?:(?:a|ont|avait|avaient|aura)\s+(?:(?:\w+ment|deja|aussi|egalement|encore|bien|toujours|quant a (?:elle|lui))\s+)?"
            rf"(?:{participle})|(?:{present})(?:-t-(?:il|elle))?)")


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


# "X, Organisation, a expliqué": a phrase between commas (no sentence end), then the verb.
_APPOSITION = re.compile(r"([^,.;:!?«»()\n]{2,80}),\s*")


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
        elif after_verb.match(ftail):
            name = _candidate(tokens, True, common)
        elif comma and (apposition := _APPOSITION.match(tail, comma.end())) and apposition.group(1)[:1].isupper() \
                and after_verb.match(_f(tail[apposition.end():])):
            # "X, Organisation, a quant à elle expliqué": a body set between commas, then a verb
            name = _candidate(tokens, True, common)
            role, org = split_role_org(apposition.group(1).strip())
        elif (below := re.match(r"[ \t]*\n[ \t]*(?:[-•–][ \t]*)?", ftail)) and role_word.match(ftail, below.end()) \
                and not chunk[max(0, m.start() - 200):m.start()].rpartition("\n")[2].strip(" \t-•–"):
            # A slide: the name alone on its line, the role on the next one.
            name = parse_name(m.group(0), allow_mixed=True)
            role, org = _prose_role(tail[below.end():])
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
        if name is None and (lead_cue or before_cue.search(folded[max(0, m.start() - 80):m.start()].replace("\n", " "))):
            name = _candidate(tokens[1:] if lead_cue else tokens, False, common)
            if name is not None and re.match(r"\s*,\s*", ftail) and role_word.match(ftail, re.match(r"\s*,\s*", ftail).end()):
                role, org = _prose_role(tail[re.match(r"\s*,\s*", tail).end():])
        if name is None:
            continue
        if role is None and org is None and (said := _role_before(folded, m.start())) is not None:
            role = chunk[said[0]:said[1]]           # "le maire, X", "la présidente X"
        # "A et B, directeurs de X, ont ...": A, opening its sentence, shares B's role
        previous = runs[n - 1] if n else None
        if previous is not None and re.fullmatch(r"\s+et\s+", chunk[previous.end():m.start()]) \
                and re.search(r"(?:^|[.;:!?\n]\s*)$", chunk[max(0, previous.start() - 3):previous.start()]) \
                and not any(it.start == start + previous.start() for it in items) and (role or org):
            first = parse_name(previous.group(0), allow_mixed=True)
            if first is not None:
                items.append(Item([first], role, org, raw=previous.group(0), start=start + previous.start(),
                                  end=start + previous.end()))
        window = folded[max(0, m.start() - 40):m.start()].replace("\n", " ")
        moderator = bool(re.search(rf"(?<![\w-])(?:{host_alternation()})\s+$", window))
        items.append(Item([name], role, org, raw=m.group(0), start=start + m.start(), end=start + m.end(),
                          moderator=moderator))
    return items


def _listed_people(reader: _Reader) -> list[Item]:
    """Bulleted items naming people with their role or organisation ("- Prénom Nom, ABCD",
    "• A, B et C, Direction X"), wherever the list stands: the speakers of a programme whose
    sessions were not recognised, or of an event page's "Intervenants" list."""
    items: list[Item] = []
    for line in reader.lines:
        if not _bulleted(line) or not line.body.strip():
            continue
        found = [it for it in inline_items(line.body)
                 if not any(_is_role_word(w) for p in it.people for w in p.full.split())]
        if found and any(it.role or it.organization for it in found):
            for it in found:
                it.start, it.end = line.body_start, reader.end_of(line)
            items.extend(found)
    return items
