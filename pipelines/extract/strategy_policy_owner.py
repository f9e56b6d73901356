"""A strategy named only as a policy: the parts are announced as those of "this policy" ("les quatre
priorités de cette politique : A ; B ; C ; D") in a page that names no plan, no schéma, no stratégie, the
policy itself named a little before with what qualifies it ("la politique sportive de Valbrune"):
that policy is the strategy. Vocabulary: `policy_owner_nouns` in ``lexicons/strategy.yaml``; the
axis words of ``lexicons/claims.yaml``."""

from __future__ import annotations

import re

from ..document import Document
from .strategy_name import _name_at
from .strategy_text import Strategy, _axis_words, _lex, _norm


def policy_owner(doc: Document, pos: int) -> Strategy | None:
    """The policy the sentence announcing the axes at ``pos`` points back to with a demonstrative
    ("Le maire a rappelé les quatre priorités de cette politique :"): the last mention of that
    noun before the sentence, qualified ("la politique sportive", "notre politique jeunesse"),
    without a period; None when the sentence does not end so or the policy is not named before."""
    nouns = "|".join(re.escape(_norm(w)) for w in _lex().get("policy_owner_nouns") or [])
    if not nouns:
        return None
    folded = _norm(doc.text)
    start = max(0, pos - 400)
    before = folded[start:pos]
    # the announcing sentence ends on "<axis word> de cette <noun>", maybe qualified, and a colon
    announced = re.search(rf"(?<![a-z])(?:{_axis_words()})\s+(?:de|d')\s*(?:cette|cet|ce)\s+({nouns})(?![a-z])"
                          rf"[^.:;!?\n]{{0,40}}:\s*$", before)
    if announced is None:
        return None
    # the policy named before, with an article or a possessive and a qualifier
    lookback = int(_lex().get("policy_owner_lookback_chars", 1500))
    first = max(0, start + announced.start() - lookback)
    named = None
    for named in re.finditer(rf"(?<![a-z])(?:la|sa|notre|leur|votre|une|l')\s*({nouns})(?=[ \u00a0][a-z])",
                             folded[first:start + announced.start()]):
        pass
    if named is None:
        return None
    begin, end = first + named.start(1), first + named.end(1)
    strategy = _name_at(doc, begin, end, start + announced.start())
    # the bare noun ("la politique") names nothing
    return strategy if len(strategy.name.split()) > 1 else None
