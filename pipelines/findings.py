"""A consistency warning that is still text for the logs and the tests (its English sentence) and
keeps what it is about (``kind``, ``subject``: the poll or event identifier, and its figures in
``params``), so that what people read is written from the data, in French and with names
(pipelines/publishing/notes.py), not parsed back from the sentence."""

from __future__ import annotations


class Finding(str):
    kind: str
    subject: str
    params: dict

    def __new__(cls, text: str, kind: str, subject: str, **params):
        obj = super().__new__(cls, text)
        obj.kind, obj.subject, obj.params = kind, subject, params
        return obj

    def __reduce__(self):
        # a str subclass with its own __new__: pickled (between processes, by Dagster's IO) by value
        return _rebuild, (str(self), self.kind, self.subject, self.params)


def _rebuild(text: str, kind: str, subject: str, params: dict) -> Finding:
    return Finding(text, kind, subject, **params)
