"""The part of a long session line (over 240 characters) that can title a session: its quoted
title, or the first sentence of a numbered session's line."""

from __future__ import annotations

import re


def long_line_head(text: str, host_after) -> tuple[str, bool]:
    """``text``: a session line too long to be a title. -> (the part to read as one, whether it
    is a first sentence only: then only a numbered session is read from it).
    "Table ronde « X » : then a description of it": the line up to its quoted title, unless its
    host follows the quoted title right away ("Atelier « X », animé par A, ..."; ``host_after(at)``
    gives the host phrase's (start, end) from offset ``at``, or None): then the whole line.
    "Atelier 2 : Titre : une question ? then its description": the first sentence."""
    quoted = re.match(r"[^«“.!?]{1,60}[«“][^«»“”]{3,180}[»”]", text)
    hm = host_after(quoted.end()) if quoted else None
    if hm and re.fullmatch(r"[\s,]*", text[quoted.end():hm[0]]):
        return text, False
    if quoted:
        return quoted.group(0), False
    first = re.match(r"(?:[^.!?]|\.(?=\S)){10,230}?[.!?](?=\s)", text)
    return (first.group(0), True) if first else ("", False)
