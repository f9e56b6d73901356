"""A Markdown post whose front matter gives its title: its first heading below the top level is a
section of the body, not the event's name (round 278). Invented text only."""

from .support import written_column

_POST = ("---\nlayout: post\ntitle: \"Retour sur le ValbruneFest 2031\"\ndate: 2031-03-20\n---\n\n"
         "Jeudi 14 mars a eu lieu la première édition valbrunoise du [ValbruneFest](https://exemple.org), à laquelle j'ai assisté.\n\n"
         "{level} Keynote d'ouverture, Anne Roux\n\nUne belle ouverture sur le bocage.\n\n"
         "{level} Compter les mares du canton, Claire Fontenay\n\nUne méthode simple.\n")


def test_a_section_heading_under_a_front_matter_title_does_not_name_the_event(tmp_path):
    names = written_column(tmp_path, "recap.md", _POST.format(level="###"), "events", "name")
    assert names and "Keynote" not in names[0]


def test_a_top_level_first_heading_may_still_name_it(tmp_path):
    text = _POST.format(level="###").replace("Jeudi 14 mars", "# Rencontres de Valbrune\n\nJeudi 14 mars")
    assert written_column(tmp_path, "recap.md", text, "events", "name") == ["Rencontres de Valbrune"]
