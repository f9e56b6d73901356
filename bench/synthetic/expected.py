"""The extraction a synthetic report expects, known by construction: event fields, key figures (the
lines of one metric added up), sessions, speakers, cited figures and the wordings used."""

from __future__ import annotations


class Expectation:
    """The expected extraction of a fully drawn report."""

    def expected(self, file_name: str) -> dict:
        key: dict[str, dict] = {}
        for f in self.figures:
            if f.metric in key:        # several lines of one metric are added up
                key[f.metric]["value"] += f.value
                key[f.metric]["approximate"] = key[f.metric]["approximate"] or f.approximate
                key[f.metric]["numbers"].append(f.number)
            else:
                key[f.metric] = {"value": f.value, "approximate": f.approximate, "numbers": [f.number]}
        speakers = list(dict.fromkeys(p.display for s in self.sessions for p in s.people))
        return {
            "file": file_name,
            "format": self.format,
            "event": {
                "name": self.name,
                "year": self.year,
                "start_date": self.start.isoformat(),
                "end_date": self.end.isoformat() if self.end else None,
                "venue": self.venue if self.venue_style != "none" else None,
                "organizer": self.organizer if self.organizer_stated else None,
                "edition": self.edition,
            },
            "key_figures": key,
            "sessions": [{"type": s.type, "title": s.heading} for s in self.sessions],
            "speakers": speakers,
            "cited_figures": self.cited,
            "wordings": sorted(set(self.wordings + [f.wording for f in self.figures])),
        }
