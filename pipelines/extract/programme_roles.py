"""What follows a person's name in a programme: a role and an organisation ("Rôle - Organisation",
"rôle, Organisation", "(rôle, organisation)", an organisation named inside a role)."""

from __future__ import annotations

import re

from .names import normalise
from .programme_vocabulary import _UP, _acronym, _has_org_word, _is_role_word, _normalised_set, _starts_with_role


_SEPARATOR = re.compile(r"\s[-–—]\s")


def _split_outside_parens(text: str, seps: str) -> list[str]:
    if len(seps) == 1 and "(" not in text:
        return text.split(seps)     # no parenthesis open: every separator splits
    parts, depth, cur = [], 0, []
    for c in text:
        depth += c == "("
        depth -= c == ")" and depth > 0
        if c in seps and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    return parts


def _clean_org(text: str) -> str | None:
    """An organisation named after a host phrase, up to the end of its clause."""
    text = " ".join(text.split())
    text = re.split(r"\.\s|\.$|;|,\s+(?=[a-zà-ÿœæ])", text)[0]
    text = text.strip(" .,;:–—-")
    if not text or len(text) > 120:
        return None
    return text


def _looks_like_org(text: str) -> bool:
    text = text.strip()
    if not text or _starts_with_role(text):
        return False
    if normalise(text).split()[:1] and normalise(text).split()[0] in _normalised_set("organization_words"):
        return True       # "mairie de X", "Syndicat mixte Y"
    if not text[0].isupper():
        return False
    words = text.split()
    if _has_org_word(text) or _acronym(words[0].strip(".,")):
        return True
    significant = [w for w in words if normalise(w) not in _normalised_set("title_stopwords")]
    return all(w[:1].isupper() or w[:1].isdigit() for w in significant)


def _embedded_org(role: str) -> str | None:
    """The organisation inside a role that has no " - Organisation": "Président de la Communauté
    X", "Secrétaire adjoint à la Préfecture Y", "Vice-Président ABC & Maire de Z" -> "ABC"."""
    for m in re.finditer(rf"[{_UP}][\w’'.&-]*", role):
        word = m.group(0)
        if _is_role_word(word) or (m.start() and role[m.start() - 1] in "-’'"):
            continue
        rest = role[m.start():]
        stop = re.search(r"\s+(?:&|et|and)\s+|\s[-–—]\s|[,;(]", rest)
        phrase = rest[:stop.start()] if stop else rest
        phrase = phrase.strip(" .")
        first = phrase.split()[0] if phrase.split() else ""
        if _has_org_word(phrase) or (_acronym(first) and len(phrase.split()) <= 3):
            return phrase
    return None


def split_role_org(details: str) -> tuple[str | None, str | None]:
    """"Rôle - Organisation", "rôle, Organisation", "(rôle, organisation)", "Organisation" alone,
    or a role naming its organisation -> (role, organisation), each None when absent."""
    d = " ".join(details.split()).strip(" ,;.")
    if d.startswith("(") and d.endswith(")"):
        d = d[1:-1].strip(" ,;.")
    if not d:
        return None, None
    seps = list(_SEPARATOR.finditer(d))
    if seps:
        last = seps[-1]
        org = d[last.end():].strip(" ,;.")
        role = d[:last.start()].strip(" ,;")
        if org and not _starts_with_role(org):
            return role or None, org
        return d, _embedded_org(d[:seps[0].start()])
    parts = _split_outside_parens(d, ",")
    if len(parts) > 1:
        last = parts[-1].strip()
        if _looks_like_org(last):
            return ",".join(parts[:-1]).strip() or None, last
    if _looks_like_org(d):
        return None, d
    paren = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", d)
    if paren and _looks_like_org(paren.group(2)):
        return paren.group(1).strip(" ,;") or None, paren.group(2).strip()
    return d, _embedded_org(d)
