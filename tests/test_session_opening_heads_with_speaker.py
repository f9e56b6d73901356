"""An opening or closing head cut before who gives it keeps "par" and that name (made-up text)."""

from __future__ import annotations

from pipelines.extract.session_opening_heads import with_its_speaker


def test_a_closing_speech_keeps_its_speaker():
    text = ("Programme\n\n9h30 – Table ronde sur les haies\n\n"
            "11h45 – Discours de clôture par Hélène GARNIER, présidente du syndicat de Valbois\n")
    start = text.index("Discours")
    assert with_its_speaker(text, "Discours de clôture", start) == "Discours de clôture par Hélène GARNIER"


def test_other_titles_are_left_as_they_are():
    text = "10h – Visite du verger par Hélène GARNIER, présidente\n"
    assert with_its_speaker(text, "Visite du verger", text.index("Visite")) == "Visite du verger"
    text = "11h – Mot d'accueil par le syndicat de Valbois\n"
    assert with_its_speaker(text, "Mot d'accueil", text.index("Mot")) == "Mot d'accueil"
