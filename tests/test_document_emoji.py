"""Emoji decorating a web page's or a post's lines (round 333): one opening a line is read as its
bullet, one inside a line as a blank, one character for one, so a timetable's "9h45 : 🎤 Conférence"
gives its session as "9h45 : Conférence" does. Invented text only."""

from __future__ import annotations

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.documents import extract_document

PROGRAMME = ("Rencontres de Valbrune\n\nAu programme :\n\n9h30 : Accueil par Jean Dupont, maire de Valbrune\n"
             "9h45 : {a} Conférence inaugurale par Marie Durand, docteure en psychologie\n"
             "10h20 – 11h30 : {b} La nature en ville\nAvec : Paul Martin, professeur\n"
             "11h45 – 13h00 : {b} Les jardins partagés\nAvec : Luc Petit, jardinier\n")


def _read(tmp_path, text: str, title: str = "Rencontres de Valbrune"):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(SourceEntry(id="page", file="page.txt", path=path, title=title))


def _sessions(tmp_path, text: str) -> list[str]:
    return [s["title"] for s in extract_document(_read(tmp_path, text))["sessions"]]


def test_a_timetables_emoji_do_not_hide_its_sessions(tmp_path):
    plain = _sessions(tmp_path, PROGRAMME.format(a="", b=""))
    assert "La nature en ville" in plain
    assert _sessions(tmp_path, PROGRAMME.format(a="🎤", b="🎙️")) == plain


def test_an_emoji_opening_a_line_is_its_bullet(tmp_path):
    text = "Bilan\n\n🛠 Maintenance : 84 chantiers.\n🧑‍🌾 Jardins : 12 parcelles.\n"
    doc = _read(tmp_path, text)
    assert "• Maintenance" in doc.text and "🛠" not in doc.text and "🧑" not in doc.text
    assert "•   Jardins" in doc.text            # the joiner and the second emoji are blanks


def test_a_dingbat_opening_a_line_is_its_bullet(tmp_path):
    # round 345: the symbols and dingbats blocks too ("✅ Axe", "✔️ Objectif"), so a plan's list of
    # axes with check marks reads as the bulleted list it is
    text = ("Stratégie numérique de Valbrune 2026-2030\n\nLa stratégie numérique de la ville s'articule autour "
            "de 3 axes :\n✅ Ouvrir les données de la ville.\n✅ Former les habitants au numérique.\n"
            "✔️ Simplifier les démarches en ligne.\n")
    doc = _read(tmp_path, text, "Stratégie numérique de Valbrune 2026-2030")
    assert "• Ouvrir les données" in doc.text and "✅" not in doc.text and "✔" not in doc.text
    axes = [a["axis"] for a in extract_document(doc)["strategy_axes"]]
    assert axes == ["Ouvrir les données de la ville", "Former les habitants au numérique",
                    "Simplifier les démarches en ligne"]
