"""An event's name read from a sentence ends before a participle saying who stands behind it or
how it was held ("le salon des maires délocalisé à X", "un colloque parrainé par Y", "une
conférence pilotée par Z"), as before "organisé", "consacré" or "animé". Made-up names."""

from pipelines.extract.event_name import noun_phrase


def test_a_participle_after_the_name_ends_it():
    assert noun_phrase("salon des maires délocalisé à Valbrune", 0) == "salon des maires"
    assert noun_phrase("Colloque sport-santé parrainé par la ministre", 0) == "Colloque sport-santé"
    assert noun_phrase("forum des Vergers co-organisé avec la Région", 0) == "forum des Vergers"
    assert noun_phrase("Conférence régionale pilotée par les canalisateurs", 0) == "Conférence régionale"


def test_an_adjective_of_the_name_stays():
    assert noun_phrase("Journée régionale des rivières à Valbrune", 0) == "Journée régionale des rivières"
