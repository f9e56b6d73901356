"""A part of an event opening a sentence, then its verb of happening and a clock time ("La
cérémonie de remise des prix aura lieu le samedi à 11h"): a session. The same said with a date only
("L'assemblée générale s'est tenue à Valbrune le 3 mars") is the event itself, none. Invented texts."""

from __future__ import annotations

from pipelines.extract.session_narrated import narrated_sessions

from .support import doc_of, session_titles


def test_a_timed_ceremony_opening_its_sentence_is_a_session():
    text = ("Le forum des associations de Trévanne ouvrira ses portes le samedi 14 juin au parc des sports.\n"
            "La cérémonie de remise des médailles du bénévolat aura lieu le samedi à 16h30, sur la grande scène. "
            "Les stands resteront ouverts toute la journée.\n")
    assert [(t, k) for t, _, _, k in narrated_sessions(text)] == [
        ("La cérémonie de remise des médailles du bénévolat", "other")]
    assert "La cérémonie de remise des médailles du bénévolat" in session_titles(doc_of(text))


def test_an_assembly_told_with_a_date_only_is_the_event_itself():
    text = ("Assemblée générale 2024\n"
            "L'assemblée générale de l'amicale des pêcheurs s'est tenue à Valbrune le 3 mars. "
            "Les comptes ont été approuvés à l'unanimité.\n")
    assert narrated_sessions(text) == []
