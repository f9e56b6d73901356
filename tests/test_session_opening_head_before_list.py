"""An opening head closed by "par :" / "avec :" / "en présence de :" before the people who give it."""

from pathlib import Path

from pipelines.document import read_document
from pipelines.document.manifest import SourceEntry
from pipelines.extract.programme_reader import _Reader
from pipelines.extract.session_opening_heads import opening_head_lines

_DIR = {}


def _titles(text, tmp=None):
    import tempfile
    d = Path(tempfile.mkdtemp())
    path = d / "prog.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(SourceEntry(id="prog", file=path.name, path=path))
    return [title for title, _, _, _ in opening_head_lines(_Reader(doc))]


def test_opening_head_before_listed_speakers():
    text = ("Rencontre des jardins partagés de Valbrune\n\nProgramme\n\n"
            "Accueil des participants à 9h\n\n"
            "Mots d'accueil par :\n\n"
            "Mme Odile Ferrand, maire de Valbrune\n\n"
            "Atelier compostage collectif\n\nAnimé par Paul Léger, maître composteur\n")
    assert "Mots d'accueil" in _titles(text)


def test_opening_head_in_presence_of():
    text = ("Journée des bourgs de Trévanne\n\n"
            "Ouverture officielle en présence de :\n\n"
            "M. Hugo Perrin, président de la communauté de communes\n\n"
            "Table ronde : habiter le centre ancien\n")
    assert "Ouverture officielle" in _titles(text)


def test_no_person_after_the_colon():
    text = ("Journée des bourgs de Trévanne\n\n"
            "Introduction de la journée avec :\n\n"
            "un film court sur les rues du bourg et leurs commerces\n")
    assert not any(t.startswith("Introduction de la journée") for t in _titles(text))
