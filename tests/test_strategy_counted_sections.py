"""A sentence ending on the count of a strategy's parts ("... déclinée en 2 axes stratégiques.")
announces as many section titles below it: short lines opening with a verb in the infinitive,
ending no sentence, each over a paragraph. More or fewer titles than the count give nothing. A
question asking for the objectives ("Quels sont les objectifs de ce plan ?") announces the list
under it as a colon does. Made-up texts."""

from .support import axes

HEAD = ("Contrat de développement de Valbrune 2031-2036\n\n"
        "Le territoire et la Région retiennent la stratégie partagée suivante déclinée en 2 axes stratégiques.\n")
FIRST = ("Rendre le cadre de vie plus attractif et solidaire\n"
         "La nécessité de développer l’attractivité du territoire guide l’action engagée dans le cadre du contrat.\n"
         "Sont ainsi encouragés :\n- le développement de l’économie résidentielle ;\n")
SECOND = ("Développer son économie de façon innovante\n"
          "Ce second pilier cible les filières porteuses d’avenir qui défendent un cadre de valeurs chères au territoire.\n")


def test_as_many_section_titles_as_counted_are_the_axes():
    assert axes(HEAD + FIRST + SECOND) == ["Rendre le cadre de vie plus attractif et solidaire",
                                            "Développer son économie de façon innovante"]


def test_a_section_title_may_carry_its_number():
    assert axes(HEAD + FIRST + "2. " + SECOND) == ["Rendre le cadre de vie plus attractif et solidaire",
                                                    "2. Développer son économie de façon innovante"]


def test_fewer_titles_than_counted_give_nothing():
    assert axes(HEAD + FIRST) == []


def test_a_question_asking_for_the_objectives_announces_the_list_under_it():
    text = ("Plan vélo de Valbrune 2031-2036\n\nLe Département a adopté son plan vélo.\n\n"
            "Quels sont les objectifs de ce plan d’actions ?\n\n"
            "  • assurer la liaison des réseaux cyclables européens et nationaux,\n"
            "  • sécuriser la pratique du vélo pour tous les usagers,\n"
            "  • disposer d’un guide technique pour les collectivités.\n\nLe plan sera évalué en 2034.\n")
    assert axes(text) == ["assurer la liaison des réseaux cyclables européens et nationaux",
                          "sécuriser la pratique du vélo pour tous les usagers",
                          "disposer d’un guide technique pour les collectivités"]
    assert axes(text.replace("Quels sont les objectifs de ce plan d’actions ?", "Qui a rédigé ce plan d’actions ?")) == []
