"""Sessions a press article lists in one sentence, each title between quotation marks, after
the words announcing a programme and a colon ("Trois conférences sont au programme : « Les
haies », « Les mares » et « Les prairies ».", "Au menu de la soirée : "Titre A", "Titre B"").
Words announcing the list in ``lexicons/sessions.yaml`` ``quoted_list_cues``."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicons import load
from .programme_timetable import item_type
from .programme_vocabulary import _f, _type_terms

# One title between quotation marks of any kind (French, curly or straight).
_QUOTED = re.compile(r"\s*(?:«\s*(?P<a>[^«»\n]{3,160}?)\s*»|“(?P<b>[^“”\n]{3,160}?)”|\"(?P<c>[^\"\n]{3,160}?)\")\s*")
_BETWEEN = re.compile(r"\s*(?:,|;|et\s|,\s*et\s)\s*")
_LEAD_MAX_WORDS = 15


def quoted_programme_list(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each title of such a list: the words before the colon, in the
    same sentence and at most fifteen of them, name a programme (a cue of ``quoted_list_cues``);
    after the colon come two quoted titles at least, with only commas, semicolons or "et" between
    them, and the sentence ends after the last one. The span runs to the end of the paragraph."""
    text = doc.text
    cues = [_f(str(c)) for c in load("sessions").get("quoted_list_cues") or []]
    if not cues:
        return []
    out: list[tuple[str, int, int, str]] = []
    for colon in re.finditer(r":", text):
        start = max(text.rfind(".", 0, colon.start()), text.rfind("\n", 0, colon.start()),
                    text.rfind("!", 0, colon.start()), text.rfind("?", 0, colon.start())) + 1
        lead = _f(text[start:colon.start()]).strip()
        if not lead or len(lead.split()) > _LEAD_MAX_WORDS or not any(
                re.search(r"(?<![\w-])" + re.escape(c) + r"(?![\w-])", lead) for c in cues):
            continue
        titles, pos = [], colon.end()
        while (m := _QUOTED.match(text, pos)) is not None:
            title = m.group("a") or m.group("b") or m.group("c")
            titles.append((" ".join(title.split()).strip(" ,"), m.start() + m.group(0).index(title[0])))
            pos = m.end()
            sep = _BETWEEN.match(text, pos)
            if sep is None or not _QUOTED.match(text, sep.end()):
                break
            pos = sep.end()
        rest = text[pos:pos + 2]
        if len(titles) < 2 or not (rest == "" or rest[:1] in ".\n"):
            continue
        paragraph_end = text.find("\n\n", pos)
        end = len(text) if paragraph_end == -1 else paragraph_end
        listed = _lead_type(lead)      # "Deux tables rondes au programme :"
        out.extend((title, at, end, kind if (kind := item_type(title)) != "other" else listed)
                   for title, at in titles)
    return out


def _lead_type(lead: str) -> str:
    """The session type a folded lead-in names, singular or plural ("deux tables rondes"), else "other"."""
    for term, kind in _type_terms():
        plural = r"s?\s+".join(re.escape(w) for w in term.split()) + r"[sx]?"
        if re.search(r"(?<![\w-])" + plural + r"(?![\w-])", lead):
            return kind
    return "other"
