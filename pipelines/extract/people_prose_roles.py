"""The role and organisation written after a name in prose ("X, maire de Y, a rappelé"): where the
role clause ends, the body after "de la" or between commas, and the clause split into role and
organisation."""

from __future__ import annotations

import re

from .programme_roles import split_role_org


# A role clause ends at a sentence's or quote's end, at "et par" / "et avec" (the next person of
# the session: "animée par X, maire de Y, et par Z"), or at a comma followed by a word that does
# not continue it (a verb: "X, maire de Y, a rappelé", "X, électricien, fait le tour"; an article
# before a common noun: "X, adjointe, le budget ..."; an article before a name continues it).



# The role clause after a name also stops at ", et" and a possessive: a second subject joins the
# person ("X, maire de Valbourg, et son équipe ont lancé ..."), no more of the role.
_ROLE_END = re.compile(r"[\n.;:!?«»\"“”()•]|\s(?:a|ont|qui|avait)\s|,?[ \t]+et[ \t]+(?:par|avec)[ \t]+(?=[A-ZÀ-ÞŒÆ])"
                       r"|,[ \t]+et[ \t]+(?:son|sa|ses|leur|leurs)[ \t]"
                       r"|,\s+(?!(?:au|aux|à|a|de|du|des|d|en|et|chez|pour|sur|dans)[\s'’])"
                       r"(?!(?:la|le|les|l)(?:\s+|['’])[A-ZÀ-ÞŒÆ])[a-zà-ÿœæ]")



# "Prénom NOM de la ville de X", "Prénom NOM du Syndicat Y": the word after "de" names a body.
_ORG_AFTER = re.compile(r"[ \t]+(?:de la|de l'|du|des|de|d')[ \t]*([a-zA-Zà-ÿœæÀ-ÞŒÆ][\w-]*)")



def _clean_clause(text: str) -> str | None:
    """A body named after a name, up to the end of its clause ("ville de Valbrune, en Belgique")."""
    clause = re.split(r"[,;.!?()\n«»]", text[:160])[0].strip()
    return clause or None



# "X, Organisation, a expliqué": a phrase between commas (no sentence end), then the verb.
_APPOSITION = re.compile(r"([^,.;:!?«»()\n]{2,80}),\s*")



def _prose_role(text: str) -> tuple[str | None, str | None]:
    """The role clause after "Prénom Nom, ": up to the end of its clause, split into role and
    organisation."""
    stop = _ROLE_END.search(text, 0, 200)
    clause = text[:stop.start()] if stop else text[:160]
    clause = re.sub(r"\s+(?:et|and)$", "", clause.strip(" ,")).strip(" ,")   # "X, maire de Y et Z, ...": up to Z
    return split_role_org(clause) if clause else (None, None)

