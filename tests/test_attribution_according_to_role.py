"""A figure credited by "selon" and a role noun with no name ("selon le maire", "d'après la
présidente") that no speaker's title holds: the speaker named just before, when the programme
gives that speaker no title; not a speaker titled with another role, nor a group ("selon les
organisateurs"). Made-up texts."""

from .support import cast, said

PEOPLE = cast(("Jean Trémel", None), ("Paul Martin", "trésorier"))


def test_according_to_a_role_names_the_untitled_speaker_just_before():
    text = ("Fête des vergers de Valbrune 2031\n\nJean Trémel a ouvert la journée devant les exposants.\n\n"
            "La fête a attiré 6 730 visiteurs selon le maire, un record pour le village.\n")
    assert said(text, PEOPLE) == [(6730, "trémel")]


def test_according_to_a_group_or_to_another_title_names_nobody():
    group = ("Fête des vergers de Valbrune 2031\n\nJean Trémel a ouvert la journée devant les exposants.\n\n"
             "La fête a attiré 6 730 visiteurs selon les organisateurs, un record pour le village.\n")
    assert said(group, PEOPLE) == [(6730, None)]
    titled = ("Fête des vergers de Valbrune 2031\n\nPaul Martin a remercié les bénévoles du comité.\n\n"
              "La fête a attiré 6 730 visiteurs selon le maire, un record pour le village.\n")
    assert said(titled, PEOPLE) == [(6730, None)]
