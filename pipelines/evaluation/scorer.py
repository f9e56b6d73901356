"""The one scorer: the rows extracted from a document against its hand-checked expected file.

Used alike by ``make eval`` (the real corpus of ``tests/real/``), the tests' floors, the benchmark's
generated corpus and the release's quality report. The expected file's format is described in
``tests/real/README.md``. For each field the scorer counts what was expected, what was found and
what matched (one-to-one), so recall and precision can be added up over documents (micro) or
averaged per document (macro). An expected item marked ``optional`` is neither a miss when absent
nor an error when found.

Matching rules, one per field:
- event fields: dates and editions equal; name, venue and organiser equal once normalised, or one
  containing the other;
- key figures: same metric (``visitors`` and ``participants`` are one metric, ``attendance``) and
  value;
- sessions and strategy axes: the expected title's words mostly found in the extracted one;
- speakers: the same name, whatever the case, accents and word order;
- cited figures: same value (and upper bound of a range), same unit, the expected quote part
  inside the extracted quote (and the same page when the expected item gives one);
- attribution: of the matched cited figures whose text names a speaker, those given that speaker;
- polls: options with the same share and text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

FIELDS = ("event", "event_fields", "key_figures", "sessions", "speakers", "cited_figures", "attribution",
          "poll_options", "strategy_axes")

# Metric codes that name one quantity: attendance, whatever word the document uses.
METRIC_GROUPS = {"visitors": "attendance", "participants": "attendance"}
EVENT_FIELDS = ("name", "edition", "year", "start_date", "end_date", "venue", "organizer")
TITLE_OVERLAP = 0.6


# --------------------------------------------------------------------------- normalisation
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text) -> list[str]:
    """Lower-case words and numbers without accents: markup, punctuation and spacing vanish."""
    if text is None:
        return []
    return re.findall(r"[a-z0-9]+", _fold(text).replace("œ", "oe").replace("æ", "ae"))


def text_key(text) -> str:
    return " ".join(words(text))


def name_key(name) -> str:
    """A person's name whatever the case, accents, hyphens and word order."""
    return " ".join(sorted(words(name)))


def _number(value) -> float | None:
    if value is None or value == "":
        return None
    return round(float(value), 6)


def _date(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def contains_either(a, b) -> bool:
    ka, kb = text_key(a), text_key(b)
    return bool(ka and kb) and (ka == kb or f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} ")


def overlap(expected, found) -> float:
    """Share of the expected title's words found in the extracted one."""
    want = words(expected)
    if not want:
        return 0.0
    got = set(words(found))
    return sum(1 for w in want if w in got) / len(want)


# --------------------------------------------------------------------------- counts
@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    matched: int = 0
    misses: list[str] = field(default_factory=list)       # expected, not found
    unexpected: list[str] = field(default_factory=list)   # found, not expected

    def add(self, other: "Tally") -> None:
        self.expected += other.expected
        self.found += other.found
        self.matched += other.matched

    @property
    def recall(self) -> float | None:
        return self.matched / self.expected if self.expected else None

    @property
    def precision(self) -> float | None:
        return self.matched / self.found if self.found else None

    def as_dict(self) -> dict:
        return {"expected": self.expected, "found": self.found, "matched": self.matched,
                "recall": _round(self.recall), "precision": _round(self.precision)}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _pair(expected: list[dict], found: list[dict], same) -> tuple[dict[int, int], list[int]]:
    """One-to-one pairing, expected items in order, each taking the first free matching row.
    Returns (expected index -> found index, found indexes left)."""
    taken: dict[int, int] = {}
    used: set[int] = set()
    for i, item in enumerate(expected):
        for j, row in enumerate(found):
            if j not in used and same(item, row):
                taken[i] = j
                used.add(j)
                break
    return taken, [j for j in range(len(found)) if j not in used]


def _score_list(expected: list[dict], found: list[dict], same, describe_item, describe_row) -> tuple[Tally, dict[int, int]]:
    """Count one field; returns the tally and the pairs (index in ``expected`` -> index in ``found``)."""
    required = [i for i, e in enumerate(expected) if not e.get("optional")]
    optional = [i for i, e in enumerate(expected) if e.get("optional")]
    pairs, left = _pair([expected[i] for i in required], found, same)
    # Rows that match an optional item are set aside: neither right nor wrong.
    rest = [found[j] for j in left]
    _, still = _pair([expected[i] for i in optional], rest, same)
    unexpected = [rest[j] for j in still]
    tally = Tally(expected=len(required), found=len(pairs) + len(unexpected), matched=len(pairs))
    tally.misses = [describe_item(expected[i]) for k, i in enumerate(required) if k not in pairs]
    tally.unexpected = [describe_row(r) for r in unexpected]
    return tally, {required[k]: j for k, j in pairs.items()}


# --------------------------------------------------------------------------- fields
def score_event(expected: dict, rows: dict[str, list[dict]]) -> tuple[Tally, dict[str, Tally]]:
    """(presence of the event, one tally per event field the expected file states)."""
    want = expected.get("event")
    events = rows.get("events") or []
    got = events[0] if events else None
    presence = Tally(expected=int(want is not None), found=int(got is not None),
                     matched=int(want is not None and got is not None))
    if want is not None and got is None:
        presence.misses.append(f"no event (expected {want.get('name')!r})")
    if want is None and got is not None:
        presence.unexpected.append(f"an event was invented: {got.get('name')!r}")
    fields: dict[str, Tally] = {}
    if want is None:
        return presence, fields
    got = got or {}
    for name in [f for f in EVENT_FIELDS if f in want]:
        w, g = want.get(name), got.get(name)
        if name in ("start_date", "end_date"):
            w, g = _date(w), _date(g)
            ok = w is not None and w == g
        elif name in ("edition", "year"):
            w, g = (None if w is None else int(w)), (None if g is None else int(g))
            ok = w is not None and w == g
        else:
            ok = w is not None and g is not None and contains_either(w, g)
        t = fields[name] = Tally(expected=int(w is not None), found=int(g is not None), matched=int(ok))
        if w is not None and not ok:
            t.misses.append(f"{name}: expected {w!r}, got {g!r}")
        elif g is not None and not ok:
            t.unexpected.append(f"{name}: {g!r}")
    return presence, fields


def _metric(code: str | None) -> str | None:
    return METRIC_GROUPS.get(code, code)


def score_key_figures(expected: dict, rows) -> Tally:
    found = rows.get("key_figures") or []

    def same(item, row):
        return _metric(item["metric"]) == _metric(row["metric"]) and _number(item["value"]) == _number(row["value"])

    tally, _ = _score_list(
        expected.get("key_figures") or [], found, same,
        lambda e: f"{_metric(e['metric'])} {e['value']} ({e.get('quote', '')})",
        lambda r: f"{_metric(r['metric'])} {r['value']} ({_short(r.get('quote'))})")
    return tally


def score_sessions(expected: dict, rows) -> tuple[Tally, bool | None]:
    want = expected.get("sessions") or []
    found = rows.get("sessions") or []
    tally, _ = _score_list(
        want, found, lambda item, row: overlap(item["title"], row.get("title")) >= TITLE_OVERLAP,
        lambda e: e["title"], lambda r: r.get("title") or "")
    count_right = None
    if want:
        count_right = len([s for s in want if not s.get("optional")]) <= len(found) <= len(want)
    return tally, count_right


def speaker_names(rows) -> dict[str, str]:
    """speaker_id -> full name, from the document's speaker rows."""
    return {s["speaker_id"]: s.get("full_name") or "" for s in rows.get("speakers") or []}


def score_speakers(expected: dict, rows) -> tuple[Tally, Tally]:
    want = expected.get("speakers") or []
    found = rows.get("speakers") or []
    tally, pairs = _score_list(
        want, found, lambda item, row: name_key(item["name"]) == name_key(row.get("full_name")),
        lambda e: e["name"], lambda r: r.get("full_name") or r.get("speaker_id"))
    # Organisation of the matched speakers, where the text gives one.
    org = Tally()
    for i, j in pairs.items():
        w, g = want[i].get("organization"), found[j].get("organization")
        if w is None:
            continue
        org.expected += 1
        org.found += g is not None
        ok = g is not None and contains_either(w, g)
        org.matched += ok
        if not ok:
            org.misses.append(f"{want[i]['name']}: expected {w!r}, got {g!r}")
    return tally, org


def _figure_matches(item: dict, row: dict) -> bool:
    if _number(item["value"]) != _number(row.get("value")):
        return False
    if item.get("value_max") is not None and _number(item["value_max"]) != _number(row.get("value_max")):
        return False
    if (item.get("unit") or "count") != (row.get("unit") or "count"):
        return False
    if item.get("page") is not None and row.get("page") is not None and int(item["page"]) != int(row["page"]):
        return False
    part = text_key(item.get("quote"))
    return not part or f" {part} " in f" {text_key(row.get('quote'))} "


def match_figure(rows: list[dict], item: dict) -> dict | None:
    """The first extracted cited-figure row that matches an expected item."""
    return next((row for row in rows if _figure_matches(item, row)), None)


def attribution_accuracy(rows: list[dict], expected: list[dict], names: dict[str, str]) -> dict:
    """Attribution of the extracted figures against a hand-checked list, ``names`` giving the full
    name of each speaker_id. Rates: accuracy (speaker right, an empty expectation needing an empty
    answer), coverage (expected speakers found), precision (speakers given that are right),
    organisation accuracy (items that state an organisation)."""
    total = right = expected_named = found_named = given = given_right = org_total = org_right = 0
    details = []
    used: set[int] = set()
    for item in expected:
        row = next((r for r in rows if id(r) not in used and _figure_matches(item, r)), None)
        if row is None:
            continue
        used.add(id(row))
        total += 1
        want = name_key(item.get("speaker") or "")
        speaker_id = row.get("speaker_id") or ""
        got = name_key(names.get(speaker_id, speaker_id))
        ok = want == got
        right += ok
        if want:
            expected_named += 1
            found_named += ok
        if got:
            given += 1
            given_right += ok
        if "organization" in item:
            org_total += 1
            org_right += text_key(item.get("organization") or "") == text_key(row.get("organization") or "")
        details.append((item.get("quote"), item.get("speaker"), got, ok))
    return {
        "matched": total,
        "accuracy": right / total if total else 0.0,
        "coverage": found_named / expected_named if expected_named else 1.0,
        "precision": given_right / given if given else 1.0,
        "organization_accuracy": org_right / org_total if org_total else 1.0,
        "details": details,
    }


def _in_pages(row: dict, pages) -> bool:
    if not pages or row.get("page") is None:
        return True
    return int(pages[0]) <= int(row["page"]) <= int(pages[-1])


def score_cited_figures(expected: dict, rows) -> tuple[Tally, Tally, list[str]]:
    """(figures, attribution, numbers published that must not be figures)."""
    want = expected.get("cited_figures") or []
    found = [r for r in rows.get("cited_figures") or [] if _in_pages(r, expected.get("cited_figures_pages"))]
    tally, pairs = _score_list(
        want, found, _figure_matches,
        lambda e: f"{e['value']} {e.get('unit') or 'count'} ({e.get('quote', '')})",
        lambda r: f"{r['value']} {r.get('unit')} ({_short(r.get('quote'))})")
    names = speaker_names(rows)
    attribution = Tally()
    for i, j in pairs.items():
        item, row = want[i], found[j]
        if not item.get("speaker"):
            continue
        got = names.get(row.get("speaker_id") or "", "")
        attribution.expected += 1
        attribution.found += bool(got)
        ok = name_key(item["speaker"]) == name_key(got)
        attribution.matched += ok
        if not ok:
            attribution.misses.append(f"{item['value']} ({item.get('quote', '')}): expected {item['speaker']!r}, "
                                      f"got {got or None!r}")
    wrongly_named = [j for i, j in pairs.items() if not want[i].get("speaker") and found[j].get("speaker_id")]
    attribution.found += len(wrongly_named)
    attribution.unexpected += [f"{found[j]['value']} ({_short(found[j].get('quote'))}): a speaker is given where the "
                               "text names none" for j in wrongly_named]
    forbidden = []
    published = list(rows.get("cited_figures") or []) + list(rows.get("key_figures") or [])
    for item in expected.get("not_figures") or []:
        part = text_key(item.get("quote"))
        for row in published:
            if _number(row.get("value")) == _number(item["value"]) and part and part in text_key(row.get("quote")):
                forbidden.append(f"{item['value']} ({item.get('quote')})")
                break
    return tally, attribution, forbidden


def score_polls(expected: dict, rows) -> Tally:
    want = [o | {"question": p.get("question")} for p in expected.get("polls") or [] for o in p.get("options") or []]
    found = rows.get("poll_options") or []

    def same(item, row):
        text = " ".join(str(row.get(k) or "") for k in ("option_label", "option_text"))
        share_ok = item.get("share") is None or _number(item["share"]) == _number(row.get("audience_share"))
        return share_ok and (contains_either(item["text"], row.get("option_text")) or overlap(item["text"], text) >= TITLE_OVERLAP)

    tally, _ = _score_list(want, found, same, lambda e: f"{e['text']} : {e.get('share')} %",
                           lambda r: f"{r.get('option_text')} : {r.get('audience_share')} %")
    return tally


def score_strategy(expected: dict, rows) -> Tally:
    strategy = expected.get("strategy") or {}
    want = [a if isinstance(a, dict) else {"title": a} for a in strategy.get("axes") or []]
    found = rows.get("strategy_axes") or []
    tally, _ = _score_list(want, found, lambda item, row: overlap(item["title"], row.get("axis")) >= TITLE_OVERLAP,
                           lambda e: e["title"], lambda r: r.get("axis") or "")
    return tally


def _short(text, limit: int = 70) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- one document
@dataclass
class DocumentScore:
    document: str
    fields: dict[str, Tally]
    sessions_count_right: bool | None
    speaker_organization: Tally
    forbidden: list[str]
    event_by_field: dict[str, Tally] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "document": self.document,
            "fields": {k: t.as_dict() | {"misses": t.misses, "unexpected": t.unexpected} for k, t in self.fields.items()},
            "sessions_count_right": self.sessions_count_right,
            "speaker_organization": self.speaker_organization.as_dict(),
            "not_figures_published": self.forbidden,
        }


def score_document(expected: dict, rows: dict[str, list[dict]], document: str | None = None) -> DocumentScore:
    """Score the rows extracted from one document (table name -> rows, that document's only)
    against its expected file (a dict in the format of tests/real/README.md)."""
    presence, by_field = score_event(expected, rows)
    event_fields = Tally()
    for t in by_field.values():
        event_fields.add(t)
        event_fields.misses += t.misses
        event_fields.unexpected += t.unexpected
    sessions, count_right = score_sessions(expected, rows)
    speakers, organization = score_speakers(expected, rows)
    figures, attribution, forbidden = score_cited_figures(expected, rows)
    fields = {
        "event": presence,
        "event_fields": event_fields,
        "key_figures": score_key_figures(expected, rows),
        "sessions": sessions,
        "speakers": speakers,
        "cited_figures": figures,
        "attribution": attribution,
        "poll_options": score_polls(expected, rows),
        "strategy_axes": score_strategy(expected, rows),
    }
    return DocumentScore(document or str(expected.get("document")), fields, count_right, organization, forbidden,
                         by_field)


# --------------------------------------------------------------------------- many documents
def summarise(scores: list[DocumentScore]) -> dict:
    """Micro averages (counts added over the documents) and macro averages (the mean of the
    documents' own rates, over the documents where the rate is defined), per field."""
    out: dict[str, dict] = {}
    for name in FIELDS:
        total = Tally()
        recalls, precisions = [], []
        for s in scores:
            t = s.fields[name]
            total.add(t)
            if t.recall is not None:
                recalls.append(t.recall)
            if t.precision is not None:
                precisions.append(t.precision)
        out[name] = total.as_dict() | {
            "macro_recall": _round(sum(recalls) / len(recalls)) if recalls else None,
            "macro_precision": _round(sum(precisions) / len(precisions)) if precisions else None,
            "documents": len(recalls),
        }
    programmes = [s.sessions_count_right for s in scores if s.sessions_count_right is not None]
    out["sessions_count"] = {"programmes": len(programmes), "right": sum(programmes),
                             "share": _round(sum(programmes) / len(programmes)) if programmes else None}
    org = Tally()
    for s in scores:
        org.add(s.speaker_organization)
    out["speaker_organization"] = org.as_dict()
    out["not_figures_published"] = sum(len(s.forbidden) for s in scores)
    return out
