"""A gathering with no event noun: the people it brought together counted on a day, a demonstrative
pointing at the event, a verb of starting, an event called by its common noun alone, and the idiom
"à la rencontre de" that names no event. Made-up texts only."""

from pipelines.extract.event_anaphora import demonstrative_event
from pipelines.extract.event_attendance import counted_gathering
from pipelines.extract.event_words import noun_spans
from pipelines.extract.documents import event_id_for
from pipelines.extract.events import describes_event, extract_event

from .support import doc_of as _doc, headline_figures


_PLAN = ("Le futur pôle de santé de Valbrune ouvrira ses portes le 1er janvier 2031. "
         "Il regroupera des médecins, des infirmiers et des kinésithérapeutes.\n")


def test_people_gathered_on_a_day_describe_a_gathering():
    doc = _doc("Une quarantaine de personnes ont participé jeudi soir, salle Brunel, à la restitution "
               "des ateliers du projet de quartier. " + _PLAN, title="Le projet de quartier de Valbrune avance")
    assert counted_gathering(doc)
    assert describes_event(doc)
    event = extract_event(doc)
    assert event is not None
    # the plan's date is not the meeting's: a gathering told by its people is dated by their sentence
    assert event.start_date is None
    launch = _doc("Le 12 mai, plus de 40 acteurs du territoire se sont réunis pour lancer le projet de quartier. " + _PLAN,
                  title="Une coordinatrice pour le projet de quartier")
    assert counted_gathering(launch)


def test_people_counted_over_a_year_or_without_a_gathering_describe_none():
    year = _doc("En 2030, 18 000 personnes ont parcouru le château de Valbrune, un record. " + _PLAN,
                title="Le musée de Valbrune attire")
    assert not counted_gathering(year)
    assert not describes_event(year)
    assert not counted_gathering(_doc(_PLAN, title="Le pôle de santé de Valbrune"))


def test_a_title_day_dates_the_people_gathered():
    doc = _doc("L'agence a réuni des élus à Valbrune pour échanger sur la sobriété. Environ 70 élus et techniciens "
               "venus de toute la région se sont retrouvés au cœur du parc pour débattre.\n",
               title="Sobriété foncière en pratique - 3 et 4 juin 2031")
    assert counted_gathering(doc)


def test_a_demonstrative_points_at_the_event_of_the_title():
    doc = _doc("Cette journée de rencontre abordera la gouvernance des données et l'écoconception des services.\n",
               title="Valbrune numérique : regards croisés sur le service public")
    assert demonstrative_event(doc)
    assert describes_event(doc)
    # a series of meetings ("Ces rencontres") or a noun further in the sentence is no such pointer
    assert not demonstrative_event(_doc("Ces rencontres dans les quartiers seront l'occasion d'expliquer le plan.\n",
                                        title="Valbrune : le plan de mandat"))
    assert not demonstrative_event(_doc("Le plan sera présenté dans cette journée de travail des agents.\n",
                                        title="Valbrune : le plan de mandat"))


def test_an_event_starting_is_an_event_verb():
    doc = _doc("Un titre de presse\n\nFoire Expo Valbrune, ce rendez-vous des commerçants du canton, a débuté "
               "hier matin avec l'installation des stands.\n", title="Vitrine du commerce local")
    assert describes_event(doc)
    assert not describes_event(_doc("Les travaux de la rocade ont débuté hier matin.\n", title="Vitrine du commerce local"))


def test_an_event_called_by_its_common_noun_is_named_by_it():
    doc = _doc("Bilan du groupe de travail\n\nLes deux rencontres ont réuni 120 acteurs du territoire : élus, "
               "associations et agents.\n", title="Bilan du groupe de travail")
    event = extract_event(doc)
    assert event is not None and event.name == "rencontres"


def test_going_to_meet_people_is_no_event():
    assert noun_spans("Les élus vont aller à la rencontre des habitants") == []
    assert noun_spans("La rencontre des habitants a eu lieu samedi") != []
    doc = _doc("Les élus iront à la rencontre des habitants pour présenter le plan de mandat voté lundi.\n",
               title="Valbrune : les élus vont à la rencontre des habitants")
    assert extract_event(doc) is None


def test_a_newspaper_named_by_a_common_noun_of_the_press_organises_nothing():
    import dataclasses

    from pipelines.extract.event_organizer import find_organizer
    doc = _doc("Le salon des artisans de Valbrune a ouvert ses portes samedi au parc des expositions.\n\n"
               "Crédits : Le Courrier de Valbrune, L'Écho du Val, Association Valbrune Artisanat.\n")
    assert find_organizer(dataclasses.replace(doc, publisher="Le Courrier de Valbrune")) is None
    assert find_organizer(dataclasses.replace(doc, publisher="L'Écho du Val")) is None
    assert find_organizer(dataclasses.replace(doc, publisher="Association Valbrune Artisanat")) == "Association Valbrune Artisanat"



def test_visits_counted_over_months_are_no_gathering_but_a_fair_counts_its_visits():
    season = _doc("Au lendemain de la saison, le Centre des musées annonce que la centaine de musées dont il assure "
                  "la gestion ont accueilli 72.000 visites entre le 1er janvier et le 31 août 2031.\n",
                  title="Patrimoine - La fréquentation des musées en hausse")
    assert not counted_gathering(season)
    fair = _doc("La 12e édition du salon de l'habitat de Valbrune a attiré 9.500 visites en trois jours.\n",
                title="Salon de l'habitat")
    assert ("participants", 9500) in headline_figures(fair.text, fair.title)


def test_people_counted_under_a_pages_menu_lines_describe_a_gathering():
    text = ("- Mon Agglo\n- Mon quotidien\nFlash infos\n"
            "1300 personnes étaient rassemblées, mercredi soir au Centre des congrès, pour la cérémonie des vœux "
            "du président de Valbrune Agglo. La directrice a pris la parole.\n")
    doc = _doc(text, title="Vœux du président de Valbrune Agglo : protéger notre territoire")
    assert counted_gathering(doc)
    event = extract_event(doc)
    assert event is not None
    # an identifier spells the ligature out
    assert "voeux-du-president" in event_id_for(event.name, 2031, "t")


def test_a_target_year_of_the_opening_is_no_year_of_the_gathering():
    text = ("Les intervenants ont rappelé les enjeux de la résilience alimentaire à l'horizon 2050.\n"
            "7 ateliers ont donc mobilisé plus de 150 participants le 13 février dès le début de la matinée.\n")
    event = extract_event(_doc(text, title="Retour sur le forum régional de l'alimentation"))
    assert event is not None and not (event.start_date or "").startswith("2050")


def test_a_participle_that_folds_to_an_event_noun_names_no_event():
    from pipelines.extract.event_words import noun_spans

    assert noun_spans("Nous avons rencontré Françoise Brun, sa cheville ouvrière.") == []
    assert noun_spans("La rencontre a eu lieu samedi.") == [(3, 12)]
    assert noun_spans("Université d'été du Cédis") == [(0, 16)]


def test_a_meetup_is_an_event():
    doc = _doc("La direction du numérique de Valbrune a le plaisir de vous convier au 3e meetup Design Public "
               "organisé par des designers de la fonction publique.\n\nNous présenterons 4 projets.\n",
               title="3e meetup Design Public")
    event = extract_event(doc)
    assert event is not None and event.name == "meetup Design Public" and event.edition == 3
