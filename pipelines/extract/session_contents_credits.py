"""The sessions of a table of contents that a text export ran into one paragraph, each entry
followed by who gives it ("Sommaire Les haies du bocage Paul Durand (Conservatoire X) Compter
les mares Anne Morel (Association Y) ..."): the text between two credits is an entry. The words
that open such contents are ``contents_labels`` of ``lexicons/sessions.yaml``."""

from __future__ import annotations

import re

from ..document import Document
from ..lexicons import load
from .names import is_given_name
from .programme_timetable import item_type
from .programme_vocabulary import _f

_CAP = r"[A-ZÀ-ÞŒÆ]"
_PERSON = rf"(?P<given>{_CAP}[a-zà-ÿœæ]+(?:-{_CAP}[a-zà-ÿœæ]+)?)\s+{_CAP}[\w'’-]+(?:\s+{_CAP}[A-ZÀ-ÞŒÆ'’-]+)?"
# One credit: a person, then their body in brackets or a lower-case role after a comma; several
# credits joined by "et", a comma or a space make one run.
_CREDIT = rf"{_PERSON}(?:\s*\([^()]{{2,80}}\)|,\s*[a-zà-ÿœæ]+(?=\s+et\s))"
_RUN = re.compile(rf"(?:{_CREDIT}(?:\s*,\s*|\s+et\s+|\s+)?)+")
_MIN_ENTRIES = 3


def contents_with_credits(doc: Document) -> list[tuple[str, int, int, str]]:
    """(title, start, end, type) of each entry of such contents: the paragraph after a contents
    label holds three credit runs at least (a person whose given name is known, with their body
    in brackets); each entry is the text before a run, capitalised and of two words at least. The
    span is the entry and its credits."""
    labels = [_f(str(w)) for w in load("sessions").get("contents_labels") or []]
    text = doc.text
    folded = _f(text)
    for label in labels:
        for m in re.finditer(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])\s*:?\s*", folded):
            end = text.find("\n", m.end())
            end = len(text) if end == -1 else end
            runs = [r for r in _RUN.finditer(text, m.end(), end)
                    if "(" in r.group(0) and is_given_name(r.group("given"))]
            if len(runs) < _MIN_ENTRIES:
                continue
            out, pos = [], m.end()
            for r in runs:
                title = " ".join(text[pos:r.start()].split()).strip(" ,;")
                if title[:1].isupper() and len(title.split()) >= 2:
                    out.append((title, pos, r.end(), item_type(title)))
                pos = r.end()
            if len(out) >= _MIN_ENTRIES:
                return out
    return []
