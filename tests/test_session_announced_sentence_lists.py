"""A list announced by a sentence that closes on the programme ("Cette année, trois temps forts
sont au programme :"), each item a title then sentences describing it: each item a session,
titled by its first sentence; made-up text."""

from __future__ import annotations

from tests.support import doc_of, session_titles

TEXT = ("La ville de Valbrune participe à la semaine du développement durable.\n\n"
        "Cette année, 3 actions fortes sont au programme :\n\n"
        "  • Exposition \"Les arbres de nos rues\". Une promenade photographique parmi les essences plantées "
        "en ville. (Salle des fêtes du 3 au 9 mai) ;\n"
        "  • Une journée du compost : démonstrations et distribution de bioseaux. (Place du Marché, "
        "mercredi 4 avril) ;\n"
        "  • Une exposition : \"Le potager malin\". Des conseils pour jardiner sans pesticides. "
        "(Médiathèque du 5 au 30 avril).\n")


def test_each_item_of_the_announced_list_is_a_session_titled_by_its_first_sentence():
    titles = session_titles(doc_of(TEXT, title="Semaine du développement durable"))
    assert 'Exposition "Les arbres de nos rues"' in titles
    assert 'Une exposition : "Le potager malin"' in titles
    assert any(t.startswith("Une journée du compost") for t in titles)


def test_an_initial_is_no_end_of_the_first_sentence():
    text = TEXT.replace('Exposition "Les arbres de nos rues". Une promenade',
                        "Conférence de M. Durand sur les arbres de nos rues. Une promenade")
    titles = session_titles(doc_of(text, title="Semaine du développement durable"))
    assert "Conférence de M. Durand sur les arbres de nos rues" in titles
