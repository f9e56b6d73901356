"""A press agenda's slot that gives only a place after its time: the activity under it is the
session (made-up text, names and places invented)."""

from __future__ import annotations

from pipelines.extract.session_place_slots import place_only_title

TEXT = ("– Samedi 4 mai\n\n"
        "De 10h à 12h, à la Maison des jeux de Valbois :\n\n"
        "Atelier de réparation de vélos : conseils et outils prêtés. Ouvert à tous.\n\n"
        "À 15h, au Parc des Tilleuls :\n\n"
        "À 16h, salle Ravel : concert.\n")


def test_the_activity_under_a_slot_naming_only_a_place():
    start = TEXT.index("De 10h")
    assert place_only_title(TEXT, "à la Maison des jeux de Valbois :", start) == "Atelier de réparation de vélos"


def test_a_slot_naming_its_activity_or_followed_by_another_slot_keeps_its_title():
    assert place_only_title(TEXT, "Atelier de réparation de vélos", TEXT.index("De 10h")) is None
    # the line under the place is the next slot: no activity named
    assert place_only_title(TEXT, "au Parc des Tilleuls :", TEXT.index("À 15h")) is None


def test_a_flattened_programme_gives_its_bold_timed_titles_and_run_in_bullets():
    from pipelines.document import Document, with_text_blocks
    from pipelines.extract.session_inline_slots import _inline_slots

    def slots(text: str) -> list[tuple[str, str]]:
        doc = with_text_blocks(Document(source_id="t", file_name="t.md", media_type="text/plain", bytes=len(text),
                                        sha256="0" * 64, text=text, page_starts=[0], blocks=[]))
        return [(kind, title) for title, _, _, kind in _inline_slots(doc)]

    text = ("### PROGRAMME **9h00 – 9h30 Introduction de la journée** Un mot du maire de Valbois. "
            "**9h30 – 10h30 Quel avenir pour les bourgs ?** Retours d'expérience. "
            "**10h30 – 11h00 Pause café** **11h00 – 12h00 Deux ateliers en parallèle** "
            "* Atelier 1 : Les commerces de centre-bourg * Atelier 2 : La rénovation des écoles "
            "**12h00 – 12h15 Clôture**\n")
    assert slots(text) == [("other", "Introduction de la journée"), ("other", "Quel avenir pour les bourgs ?"),
                           ("workshop", "Deux ateliers en parallèle"),
                           ("workshop", "Atelier 1 : Les commerces de centre-bourg"),
                           ("workshop", "Atelier 2 : La rénovation des écoles"), ("other", "Clôture")]
    # a break is no session; two timed titles in bold are too few to call a paragraph a flattened programme
    assert slots("Le **9h00 – 9h30 Accueil** puis **9h30 – 10h30 Visite** du bourg.\n") == []
    # the time range alone in bold, the title in the next bold, going on in plain words up to a full
    # stop or the people it announces
    apart = ("PROGRAMME **9h > 9h30** **Discours d'ouverture** par **Léa Brun**, maire de Valbois. "
             "**9h30 > 10h30** **Projection** du film des habitants. Réalisatrice : **Ana Roux**. "
             "**10h30 > 11h** **Pause** **11h > 12h** **Table ronde** modérée par **Paul Vidal**.\n")
    assert slots(apart) == [("keynote", "Discours d'ouverture"), ("other", "Projection du film des habitants"),
                            ("round_table", "Table ronde")]
    assert slots(apart.replace("**10h30 > 11h** **Pause** **11h > 12h** **Table ronde**", "Table ronde")) == []


def test_a_slot_opened_by_a_single_time_after_a():
    from pipelines.extract.programme_timetable import slot_of
    # a press agenda writes "À 19h, à la salle X :", in capitals "A 19h" without the accent
    assert slot_of("À 19h, à la Maison des jeux de Valbois :") == (7, "à la Maison des jeux de Valbois :", [])
    assert slot_of("A 14h30 : Balade commentée au parc")[1] == "Balade commentée au parc"
    # "A" is no time without a clock after it; "À 3 km" is a distance
    assert slot_of("A la Maison des jeux :") is None
    assert slot_of("À 3 km du bourg, la ferme ouvre ses portes.") is None
    assert slot_of("à 10 mn de la gare à pied") is None
