"""Gatherings named by a noun that also names a body, an agreement or a trade ("assemblée",
"convention", "marché", "foire"): an event only when the text says the gathering is held. Made-up
texts only."""

from pipelines.extract.event_gathering import held_edition, held_gathering
from pipelines.extract.events import describes_event, extract_event

from .support import doc_of as _doc


def test_an_assembly_that_was_held_is_the_event_reported():
    doc = _doc("Merci à tous les participants.\n\n"
               "Cette 4e Assemblée des habitants de Valbrune s'est tenue samedi à la halle.\n",
               title="Merci aux habitants de Valbrune")
    assert describes_event(doc)
    assert extract_event(doc) is not None


def test_a_market_announced_to_be_held_is_an_event():
    doc = _doc("Un nouveau marché paysan se tiendra le samedi 7 avril 2029 sur la place de l'église.\n",
               title="Un marché paysan à Valbrune ce samedi")
    assert describes_event(doc)


def test_a_convention_its_host_organises_is_an_event():
    assert held_gathering("L'association Valbrune Avenir organise sa 3e convention annuelle lundi 5 mai.")


def test_an_agreement_or_a_parliament_is_no_event():
    doc = _doc("La convention de partenariat signée avec l'État prévoit dix actions. "
               "Le débat à l'Assemblée nationale s'est tenu hier.\n\nLe marché public est attribué.\n",
               title="Valbrune signe une convention")
    assert not describes_event(doc)
    assert not held_gathering("Le vote de la convention a eu lieu hier.")
    assert not held_gathering("La convention qui lie la ville et l'État a eu lieu.")


def test_the_ordinal_of_a_held_gathering_is_its_edition():
    doc = _doc("Merci à tous.\n\nCette 6e Assemblée des habitants de Valbrune s'est tenue samedi à la halle.\n",
               title="Merci aux habitants de Valbrune")
    assert extract_event(doc).edition == 6


def test_a_rank_in_a_period_or_an_unheld_agreement_gives_no_edition():
    doc = _doc("Merci à tous.\n\nLa troisième assemblée de l'année s'est tenue samedi à la halle.\n",
               title="Merci aux habitants de Valbrune")
    assert extract_event(doc).edition is None
    assert held_edition(_doc("La 3e convention de partenariat signée avec l'État prévoit dix actions.\n")) is None


def test_a_day_run_by_its_hosts_is_an_event_and_its_name_stops_before_them():
    doc = _doc("QUE PEUVENT LES HABITANTS POUR LES HAIES ? Journée co-animée par Léa Brun et Paul Noyer. "
               "Voici la synthèse des échanges.\n", title="Que peuvent les habitants pour les haies ?")
    assert describes_event(doc)
    assert "animée" not in extract_event(doc).name


def test_a_website_run_by_an_association_is_no_event():
    doc = _doc("Ce site, animé par l'association Valbrune Nature, recense les haies. Voici la carte.\n",
               title="Les haies de Valbrune")
    assert not describes_event(doc)


def test_a_titled_plan_that_changed_during_another_occasion_is_no_event():
    doc = _doc("Adopté en 2019, le Plan Valbrune Vélo a dû évoluer lors du passage à 40 communes. "
               "Il compte dix actions.\n", title="Plan Valbrune Vélo")
    assert not describes_event(doc)


def test_a_titled_name_that_opens_its_doors_is_still_an_event():
    doc = _doc("Valbrune Numérique a ouvert ses portes samedi. Il compte dix stands.\n", title="Valbrune Numérique")
    assert describes_event(doc)


def test_a_fair_exhibition_written_as_one_word_is_an_event_noun():
    doc = _doc("Quelques jours après la fin de la Foire-Expo de Valbrune (du 3 au 5 mai 2029), "
               "les organisateurs dressent le bilan.\n", title="Les petits couacs de Valbrune")
    event = extract_event(doc)
    assert event is not None and event.start_date == "2029-05-03" and event.end_date == "2029-05-05"


def test_a_page_of_frequent_questions_is_no_fair():
    doc = _doc("Consultez notre foire aux questions avant d'écrire au service.\n", title="Aide")
    assert extract_event(doc) is None



# Meetings named by the part of the day or the work they fill ("réunion", "matinée", "soirée",
# "atelier(s)") and the gatherings above: an event when the text has people take part in one.
def test_taking_part_in_a_meeting_makes_it_an_event():
    assert held_gathering("Plus de 80 élus ont participé à cette assemblée générale.")
    assert held_gathering("La sous-préfète a assisté à notre assemblée de printemps.")
    assert held_gathering("Les jeunes élus se réuniront pour des ateliers de dessin.")
    assert held_gathering("Trente riverains ont participé aux ateliers du quartier.")
    assert held_gathering("Le préfet a assisté à la réunion de rentrée des maires.")
    doc = _doc("Samedi, quarante habitants ont participé à la matinée d'échanges sur les haies.\n\n"
               "Ils ont posé leurs questions.\n", title="Les haies en débat")
    assert describes_event(doc)
    assert extract_event(doc) is not None


def test_a_meeting_organised_held_or_named_in_passing_is_no_event():
    assert not held_gathering("Le compte rendu de la réunion est en ligne.")
    assert not held_gathering("Une réunion de concertation s'est tenue en mairie.")   # a step of a plan
    assert not held_gathering("La ville a organisé une réunion avec les bailleurs.")
    assert not held_gathering("Les ateliers municipaux sont fermés en août.")
    assert not held_gathering("Le maire a participé à la décision du conseil.")
    doc = _doc("La commune adopte son plan vélo. Les réunions de concertation sont prévues en 2031.\n",
               title="Un plan vélo pour Valbrune")
    assert not describes_event(doc)


def test_an_edition_of_a_fair_is_the_event_and_names_it():
    doc = _doc("Les 90 exposants et les animations ont attiré 20.500 visites\n\n"
               "Le bilan de l'édition 2031 de la foire de Valbrune (Loiret), du vendredi 7 au dimanche 16 "
               "février, est positif pour les organisateurs.\n",
               title="Les 90 exposants et les animations ont attiré 20.500 visites")
    assert held_gathering("Le bilan de l'édition 2031 de la foire de Valbrune est positif.")
    event = extract_event(doc)
    assert event is not None and event.name == "foire de Valbrune"
    # the weekday's date ends a range: the range is the event's days
    assert (event.start_date, event.end_date) == ("2031-02-07", "2031-02-16")


def test_the_edition_of_a_guide_or_an_agreement_is_no_held_gathering():
    assert not held_gathering("La nouvelle édition du guide de la convention citoyenne est parue.")
    assert not held_gathering("La foire aux questions a été mise à jour.")


def test_a_show_held_before_any_event_noun_is_named_by_its_own_noun():
    doc = _doc("Edition 2031\nComice : des retrouvailles réussies\n\n"
               "Une édition 2031 du comice de Valbrune « au top » pour plusieurs raisons.\n\n"
               "« Ca fait plaisir », lançait le président, en introduction de la cérémonie de remise des prix.\n",
               title="Comice : des retrouvailles réussies")
    event = extract_event(doc)
    assert event is not None and event.name == "comice de Valbrune"


def test_a_show_in_its_own_relative_clause_is_held_even_after_a_preposition():
    assert held_gathering("Un point sur le dernier comice agricole qui s'est déroulé à Valbrune en 2031.")
    # another subject's verb after the relative pronoun says nothing of the gathering
    assert not held_gathering("Un point sur la convention qui lie la ville et l'État a eu lieu.")


def test_a_newsroom_named_only_in_a_photographs_credit_organises_nothing():
    from pipelines.document import Document, with_text_blocks
    from pipelines.extract.event_organizer import find_organizer

    text = ("Alain Brun a remercié les bénévoles. © Valbrune Terroir\n"
            "Un point sur le dernier comice agricole qui s'est déroulé à Valbrune en 2031.\n")
    doc = with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text),
                                    sha256="0" * 64, text=text, page_starts=[0], publisher="Valbrune Terroir"))
    assert find_organizer(doc) is None
    assert find_organizer(with_text_blocks(Document(
        source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text), sha256="0" * 64,
        text=text.replace("© Valbrune", "Valbrune"), page_starts=[0], publisher="Valbrune Terroir"))) == "Valbrune Terroir"


def test_a_gathering_whose_edition_a_relative_clause_numbers():
    doc = _doc("Le soleil a enfin brillé au-dessus du marché de Noël de Valbrune dont la 14e édition s'est achevée "
               "ce jeudi 28 décembre 2028. Les chalets ont fait le plein.\n", title="Valbrune : un bon cru")
    event = extract_event(doc)
    assert event is not None and event.name == "marché de Noël de Valbrune"
    # a market that is a trade, no edition numbered: still no event
    assert not held_gathering("Le marché public de la voirie dont le montant est connu a été attribué.")
