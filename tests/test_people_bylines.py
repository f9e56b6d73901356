"""An article's byline stamped with its publication or update ("Par Prénom Nom , Mise à jour le
13/03/2031 à 17:00") names the page's author, who is no speaker of the event it reports; a person
named after "animé par" in a sentence still is. Made-up texts."""

from pipelines.extract.people_in_prose import quoted_people


def _names(text: str) -> list[str]:
    return [item.people[0].full for item in quoted_people(text)]


def test_a_stamped_byline_names_no_speaker():
    assert _names("Un salon solidaire\n\nPar Anne Durand , Mise à jour le 13/03/2031 à 17:00\n\nLe salon a eu lieu.\n") == []
    assert _names("Par Anne Durand, publiée le 3 mai 2031\n") == []


def test_a_host_named_after_par_in_a_sentence_stays_a_speaker():
    assert _names("Le débat, animé par Anne Durand, maire de Valbrune, a duré deux heures.\n") == ["Anne Durand"]
