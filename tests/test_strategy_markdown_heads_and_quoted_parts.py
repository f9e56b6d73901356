"""Strategy axes of Markdown pages on made-up texts (names and places invented): labelled heads over
their actions, a page reference before a counted enumeration's colon, stakes announced by a sentence,
a bare objectives label, a count of quoted parts."""

from __future__ import annotations

from functools import partial

from .support import axes

# The pages of this file are Markdown pages.
markdown_axes = partial(axes, media_type="text/markdown")


# One labelled head over its numbered actions, then the next heads: the heads are the axes.
SECTIONS = ("Le plan vélo 2024-2028 de Valbois repose sur 12 actions réparties en 3 axes :\n\n"
            "Axe 1 : Relier les bourgs\n1. Tracer une voie verte,\n2. Jalonner les itinéraires,\n\n"
            "Axe 2 : Équiper les gares\n3. Poser des arceaux,\n4. Ouvrir un local fermé,\n\n"
            "Axe 3 : Former les enfants\n5. Savoir rouler à l'école,\n6. Ateliers de réparation,\n")


def test_one_labelled_head_over_its_actions_is_a_section_not_the_list_of_axes():
    assert markdown_axes(SECTIONS) == ["Relier les bourgs", "Équiper les gares", "Former les enfants"]


def test_a_list_of_two_labelled_heads_over_their_actions_still_gives_its_heads():
    text = ("Le plan vélo 2024-2028 de Valbois s'organise en axes :\n\n"
            "- Axe 1 : Relier les bourgs\n- Tracer une voie verte\n- Axe 2 : Équiper les gares\n- Poser des arceaux\n")
    assert markdown_axes(text) == ["Relier les bourgs", "Équiper les gares"]


# A page reference between the counted parts and the colon.
PAGED = ("Le pacte pour la vallée repose sur 3 piliers (p.4) : l'emploi des jeunes, la rénovation des logements "
         "et le soutien aux commerces.\n")


def test_a_page_reference_before_the_colon_of_a_counted_enumeration():
    assert markdown_axes(PAGED) == ["l'emploi des jeunes", "la rénovation des logements", "le soutien aux commerces"]


def test_a_counted_enumeration_whose_items_do_not_number_the_count_is_still_not_read():
    assert markdown_axes(PAGED.replace("3 piliers", "4 piliers")) == []


# A bare label of aims over a list.
def test_stakes_announced_by_a_sentence_are_still_read():
    text = ("Le schéma directeur du numérique de Valbois\n"
            "Une ambition partagée pour des services en ligne.\n"
            "Les ateliers ont abouti à la définition d'enjeux abordés tout au long de la journée :\n"
            "- simplifier les démarches\n- rassurer les usagers\n- gagner du temps\n")
    assert markdown_axes(text) == ["simplifier les démarches", "rassurer les usagers", "gagner du temps"]


def test_a_bare_objectives_label_over_a_project_s_aims_is_no_list_of_axes():
    text = ("Projet de territoire 2025-2031 de la communauté de Valbois\n"
            "Deux raisons ont conduit à sa révision :\n- le climat\n- la population\n"
            "OBJECTIFS :\n- Rassembler les élus\n- Faire connaître l'intercommunalité\n- Afficher ses ambitions\n")
    assert not {"Rassembler les élus", "Faire connaître l'intercommunalité"} & set(markdown_axes(text))
    # the same items under a label counting them are read
    assert markdown_axes(text.replace("OBJECTIFS :", "TROIS OBJECTIFS :"))[-3:] == [
        "Rassembler les élus", "Faire connaître l'intercommunalité", "Afficher ses ambitions"]


# The document's own quoted word for its parts, counted over a list.
QUOTED = ("Le schéma directeur cyclable de Valbois\n"
          "Pour cibler les trajets du quotidien, le Département a retenu quatre « repères » pour choisir les liaisons.\n"
          "- liaisons vers les collèges ;\n- desserte des gares ;\n- liaisons entre bourgs ;\n- accès aux zones d'emploi.\n")


def test_a_count_of_quoted_parts_over_as_many_items():
    assert markdown_axes(QUOTED) == ["liaisons vers les collèges", "desserte des gares", "liaisons entre bourgs",
                            "accès aux zones d'emploi"]


def test_a_count_of_quoted_parts_over_a_list_of_another_size_is_not_read():
    assert markdown_axes(QUOTED.replace("quatre « repères »", "cinq « repères »")) == []
