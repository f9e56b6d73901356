"""A part of an event said with its verb of happening before it ("À 10h débuta l'assemblée
générale de ...", "Le samedi s'est tenue la remise des prix"): a session. The event itself said so
("s'est tenue la conférence de ...") is none. Invented texts."""

from __future__ import annotations

from pipelines.extract.session_narrated import narrated_sessions

from .support import doc_of, session_titles


def test_a_part_of_the_event_after_its_inverted_verb_is_a_session():
    text = ("Les élus de Valbrune se sont retrouvés au gymnase de Trévanne pour leur congrès annuel. "
            "À 10h15, débuta l'assemblée générale de l'union des communes, avec le discours du président. "
            "Le soir s'est tenue la remise des trophées du bénévolat.\n")
    assert [(t, k) for t, _, _, k in narrated_sessions(text)] == [
        ("l'assemblée générale de l'union des communes", "other"),
        ("la remise des trophées du bénévolat", "other")]
    assert "l'assemblée générale de l'union des communes" in session_titles(doc_of(text))


def test_the_event_itself_after_an_inverted_verb_is_no_session():
    text = ("Mardi dernier s'est tenue la conférence de Valbrune sur les vergers. "
            "Le lendemain a eu lieu l'inauguration de la halle de Trévanne.\n")
    assert narrated_sessions(text) == []
