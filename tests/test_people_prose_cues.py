"""Speakers named in the prose of press articles: the cues that make a named person a speaker
(a verb of speech with its subject after it, a role and its body before the name in a sentence
about speaking), and a role word alone, which names a person without making them speak.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extract.people_in_prose import quoted_people


def people(text: str) -> list[tuple]:
    return [(it.people[0].full, it.role, it.organization) for it in quoted_people(text)]


@pytest.mark.parametrize("text, expected", [
    # the verb of speech, then the subject described in lower case, then the name
    ("« Nous gagnerons deux ans », souligne la présidente socialiste Lucie Marlin. Elle a signé le plan.",
     [("Lucie Marlin", "présidente socialiste", None)]),
    ("« Le gymnase ouvrira en mai », a indiqué la directrice générale des services Nadia Vernet.",
     [("Nadia Vernet", "directrice générale des services", None)]),
    ("« Le budget tiendra », poursuit la vice-présidente chargée des finances, Nadia Vernet.",
     [("Nadia Vernet", "vice-présidente chargée des finances", None)]),
    # no quotation nor comma before the verb: the name is not its subject
    ("Elle présente le projet de Jean Dorval à la presse.", []),
    # a role and its body, the name between commas, in a sentence about speaking or a session
    ("Après le discours de bienvenue du Président de Valbrune Agglomération, Paul Terrier, une table ronde réunira les élus.",
     [("Paul Terrier", "Président de Valbrune Agglomération", "Valbrune Agglomération")]),
    ("« Nous tiendrons le budget », explique le maire de Valbrune, Paul Terrier.",
     [("Paul Terrier", "maire de Valbrune", "Valbrune")]),
    ("Le président de Valbrune Agglomération, Paul Terrier, a acheté une maison.", []),
    ("La photo montre le président de Valbrune, Paul Terrier.", []),
    # a role word before the name: a speaker when the sentence relates speech
    ("Depuis mai, l’adjoint Paul Terrier suit le dossier des cantines.", []),
    ("Ici, l’adjoint Paul Terrier a rappelé que 40 écoles sont raccordées.", [("Paul Terrier", "adjoint", None)]),
    ("Au gymnase, l’adjoint Paul Terrier a pris la parole devant les parents.", [("Paul Terrier", "adjoint", None)]),
    ("Au gymnase, l’adjoint Paul Terrier a rangé les chaises.", []),
    ("Six bénévoles y jardinent, selon la directrice, Nadia Vernet.", [("Nadia Vernet", "directrice", None)]),
])
def test_who_speaks_in_prose(text, expected):
    assert people(text) == expected


def _listed(text: str) -> list[tuple]:
    from pipelines.document import Document, with_text_blocks
    from pipelines.extract.people_listed import _listed_people
    from pipelines.extract.programme_reader import _Reader
    doc = with_text_blocks(Document(source_id="t", file_name="t.txt", media_type="text/plain", bytes=len(text), sha256="0" * 64,
                   text=text, page_starts=[0]))
    return [(it.people[0].full, it.role, it.organization) for it in _listed_people(_Reader(doc))]


def test_a_listed_thing_is_not_a_person():
    # words then their own initials, or a phrase opening with a preposition: the name of a thing
    text = ("Jeux de données publiés :\n\n- Registres Publics Ouverts (RPO)\n- Cartes Scolaires (par le rectorat)\n"
            "- Annuaires Locaux (en partenariat avec Valbrune)\n")
    assert _listed(text) == []
    assert _listed("Intervenants :\n\n- Nadia Vernet (chargée de mission, Valbrune)\n") == \
        [("Nadia Vernet", "chargée de mission", "Valbrune")]


def test_a_phrase_followed_by_the_initials_of_its_last_words_is_no_name():
    assert people("Réseau Valbrune Solaire Avenir (VSA) explique que le label aide.") == []
    assert people("Selon Association Valbrune Solaire (VS), le label aide.") == []
    assert people("Paul Terrier (VSA) explique que le label aide.") == [("Paul Terrier", None, "VSA")]


def test_a_cue_before_two_names_joined_by_et_names_both():
    found = [(it.people[0].full, it.moderator) for it in quoted_people(
        "- animé par Paul Terrier et Nadia VERNET de la Direction des sports")]
    assert found == [("Paul Terrier", True), ("Nadia VERNET", True)]
    assert people("Selon Paul Terrier et Nadia Vernet, le budget tiendra.") == \
        [("Paul Terrier", None, None), ("Nadia Vernet", None, None)]
    assert people("Le jardin de Paul Terrier et Nadia Vernet est fleuri.") == []


def test_a_host_label_and_a_colon_announce_who_runs_the_session():
    found = [(it.people[0].full, it.moderator) for it in quoted_people(
        "Normaliser les données\n\nNom de l’animateur : Paul TERRIER Valbrune Data\n\nVersion : 1.0")]
    assert found == [("Paul TERRIER", True)]
    assert [(it.people[0].full, it.moderator) for it in quoted_people("Modératrice : Nadia Vernet\n")] == [("Nadia Vernet", True)]
    # in a sentence of prose, the label does not open the line: no one is announced
    assert quoted_people("La séance a été longue et la modération : Nadia Vernet a coupé.") == []


def test_words_of_a_role_are_not_a_second_person():
    assert [p[0] for p in people("- Témoignage de Valbrune, par Nadia Vernet, cheffe de projet Label Avenir "
                                  "Climat-Air-Énergie, Chargée de mission énergie. Elle rapportera l’expérience.")] == ["Nadia Vernet"]
    # an enumeration still gives each person
    assert [p[0] for p in people("Nadia Vernet, maire de Valbrune, Paul Terrier, adjoint, ont ouvert la séance.")] == \
        ["Nadia Vernet", "Paul Terrier"]


def test_people_on_a_photo_caption_are_pictured_not_speaking():
    text = ("Paul TERRIER, vice-président de Valbrune, Nadia VERNET, adjointe – crédit photos : Jean Doux\n\n"
            "Paul TERRIER, vice-président de Valbrune, a rappelé les enjeux.")
    assert [p[0] for p in people(text)] == ["Paul TERRIER"]



@pytest.mark.parametrize("text, expected", [
    # taking the floor and expressing a view are verbs of speech
    ("Lucie Marlin a pris la parole au nom du syndicat. Paul Terrier a exprimé le soutien de la commune.",
     [("Lucie Marlin", None, None), ("Paul Terrier", None, None)]),
    # a body that expresses something is no person
    ("Le Grand Valbrune a exprimé son soutien au projet.", []),
])
def test_taking_the_floor_makes_a_speaker(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an enumeration opening its sentence shares the plural verb of speech
    ("Le forum a ouvert ses portes. Lucie Marlin, Paul Terrier et Nadia Vernet ont présenté le plan.",
     [("Lucie Marlin", None, None), ("Paul Terrier", None, None), ("Nadia Vernet", None, None)]),
    # in the middle of a sentence, the names before the last are objects of another verb
    ("Les élus remercient Lucie Marlin, Paul Terrier et Nadia Vernet qui ont présenté le plan.",
     [("Nadia Vernet", None, None)]),
])
def test_an_enumeration_of_names_shares_its_plural_verb(text, expected):
    assert people(text) == expected


def test_a_name_in_capitals_then_a_dash_and_a_role_is_a_person():
    got = people("La journée s'est ouverte sur un message vidéo de Lucie MARTEL – Directrice régionale de l'énergie, "
                 "qui a salué les élus.")
    assert [(n, r) for n, r, _ in got] == [("Lucie MARTEL", "Directrice régionale de l'énergie")]
    # without capitals, a dash after two capitalised words is no apposition of a person
    assert people("Le parc de Grand Valbrune – commissaire du site en visite, les élus ont marché.") == []


def test_who_presents_a_talk_speaks_and_does_not_host():
    items = quoted_people("Le samedi, la conférence Jardins de demain présentée par Lucie Marlin et Paul Terrier "
                          "a réuni deux cents personnes.")
    assert [(it.people[0].full, it.moderator) for it in items] == [("Lucie Marlin", False), ("Paul Terrier", False)]
    # a body presenting something is no person
    assert people("Une exposition présentée par la Maison Commune de Kerval a ouvert ses portes.") == []


def test_people_in_brackets_after_a_jury_or_coaches_are_no_speakers():
    text = ("Chaque équipe avait ses mentors (dont Lucie Marlin, consultante en design, "
            "et Paul Vernet, urbaniste). Le soir, le jury (Nadia Roux, agricultrice) a primé deux équipes.")
    assert people(text) == []


def test_people_in_brackets_after_other_words_keep_their_role():
    text = "Le débat a réuni des élus (dont Lucie Marlin, consultante en design, et Paul Vernet, urbaniste)."
    assert [name for name, _, _ in people(text)] == ["Lucie Marlin", "Paul Vernet"]


def test_a_person_under_whose_patronage_the_event_is_held_is_no_speaker():
    text = "La fête des jardins se tient sous le patronage de Lucie Marlin, présidente du Conseil de Kerval."
    assert people(text) == []


def test_a_person_named_with_a_role_in_the_same_shape_stays_a_speaker():
    text = "La fête des jardins se tient en compagnie de Lucie Marlin, présidente du Conseil de Kerval."
    assert [name for name, _, _ in people(text)] == ["Lucie Marlin"]


@pytest.mark.parametrize("text, expected", [
    # "Pour Prénom Nom," opening a sentence gives that person's view, as "selon" does
    ("Le salon a doublé en deux ans. Pour Lucien Ferrand, l’enjeu tient à la gratuité.",
     [("Lucien Ferrand", None, None)]),
    # a body after "pour" is no person; "pour" inside a sentence is an ordinary preposition
    ("Pour Valbrune Métropole, l’enjeu tient à la gratuité.", []),
    ("Un prix a été remis pour Lucien Ferrand, ce soir-là, au gymnase.", []),
    # no comma after the name: "pour" does not open a view
    ("Pour Lucien Ferrand le salon a été une réussite.", []),
])
def test_a_sentence_opening_with_pour_and_a_name_gives_a_view(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role written with a capital after its article is a role before the name, not a given name
    ("« Nous gardons le cap », rappelle la Sénatrice-Maire Lucie Ferrand.", [("Lucie Ferrand", "sénatrice-maire", None)]),
    ("« Nous gardons le cap », explique la Présidente Nadia Vernet.", [("Nadia Vernet", "présidente", None)]),
    # a capitalised word after an article that is no role still names a thing
    ("« Nous gardons le cap », souligne le Grand Valbrune Lucien.", []),
    # a capitalised role before a name, in a sentence without speech: no speaker
    ("La Directrice Nadia Vernet a visité le chantier.", []),
])
def test_a_capitalised_role_after_its_article_opens_no_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb of speech after a pronoun, then a long description set apart from the name by a comma
    ("Le gymnase rouvrira en mai, nous informe la responsable du pôle sportif de la commune, Nadia Vernet.",
     [("Nadia Vernet", "responsable du pôle sportif de la commune", None)]),
    ("Le gymnase rouvrira en mai, précise la responsable du pôle sportif de la commune, Nadia Vernet.",
     [("Nadia Vernet", "responsable du pôle sportif de la commune", None)]),
    # a long description without the comma: the name may belong to it ("le chantier de X")
    ("Le gymnase rouvrira, précise la responsable du chantier de la salle de Nadia Vernet.", []),
])
def test_a_long_inverted_subject_set_apart_by_a_comma(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "et par" before the next person ends the role of the one before
    ("Une plénière animée par Lucien Ferrand, maire de Valbrune, et par Paul Terrier, journaliste.",
     [("Lucien Ferrand", "maire de Valbrune", None), ("Paul Terrier", "journaliste", None)]),
    # "et par ailleurs" goes on with the role
    ("Lucien Ferrand, maire de Valbrune et par ailleurs président du club, a rappelé les règles.",
     [("Lucien Ferrand", "maire de Valbrune et par ailleurs président du club", None)]),
])
def test_et_par_before_a_name_ends_a_role(text, expected):
    assert people(text) == expected


def test_a_writer_named_with_his_trade_speaks_at_the_session():
    text = "Une soirée animée par Lucien Ferrand et par Paul Terrier, écrivain, invité d’honneur."
    assert ("Paul Terrier", "écrivain", None) in people(text)
    # a trade that is no role word leaves the person unconfirmed
    assert ("Paul Terrier", "jardinier", None) not in people(text.replace("écrivain", "jardinier"))


def test_a_place_in_the_photo_between_the_name_and_its_role_is_skipped():
    text = ("Le débat a réuni Paul Terrier (à gauche), directeur de l'office du tourisme "
            "et Lucien Ferrand (au micro), adjoint au maire chargé des fêtes.")
    assert people(text) == [("Paul Terrier", "directeur de l'office du tourisme", None),
                            ("Lucien Ferrand", "adjoint au maire chargé des fêtes", None)]
    # other words between brackets are no place in a photo: they stay between the name and the comma
    assert ("Paul Terrier", "directeur de l'office du tourisme", None) not in people(
        text.replace("(à gauche)", "(bientôt)"))


def test_people_whose_presence_is_noted_are_no_speakers():
    text = ("On remarquait au premier rang la présence de Lucien Ferrand, maire de Valbrune, "
            "Paul Terrier, sous-préfet, et de Nadia Vernet, directrice de l'agence.")
    assert people(text) == []
    # the same enumeration without the presence phrase names people with their roles
    assert len(people(text.replace("au premier rang la présence de", "avec"))) >= 2
    # one person standing for a body, who speaks afterwards, is kept
    one = "La ville, par la présence de Lucien Ferrand, adjoint au maire, a reçu le label."
    assert people(one) == [("Lucien Ferrand", "adjoint au maire", None)]


def test_people_listed_after_a_verb_of_attendance_are_no_speakers():
    text = ("Ont notamment participé à la soirée Lucien Ferrand, adjoint aux sports, "
            "Nadia Vernet, directrice de l'office, et plusieurs associations.")
    assert people(text) == []
    # the verb's complement is a session: the people listed spoke at it
    assert len(people(text.replace("à la soirée", "à la table ronde"))) == 2


def test_a_person_whose_sentence_only_says_they_attended_is_no_speaker():
    text = "Les élus ont répondu à l'invitation. Lucien Ferrand (agence Valbrune Climat) et la préfecture ont participé également."
    assert people(text) == []
    # what they took part in may be a talk, and a verb of speech makes them speak
    assert len(people(text.replace("ont participé également", "ont participé à l'ouverture"))) == 1
    assert len(people(text.replace("ont participé également", "ont participé également, a rappelé le maire"))) == 1
    # announced as expected at the event, with no talk: no speaker either
    expected = "Deux cents bénévoles sont inscrits. Lucien Ferrand, ministre des Sports, est attendu sur place."
    assert people(expected) == []
    assert len(people(expected.replace("est attendu sur place", "est attendu pour la clôture"))) == 1


@pytest.mark.parametrize("text, expected", [
    # a room named after someone is no speaker, its name in capitals or not, on its line or in prose
    ("15h30\nAmphithéâtre Jean Moulin\nTable ronde : Quelle ville en 2050 ?", []),
    ("Rendez-vous en salle Jean Moulin, a rappelé le maire.", []),
    # "table" is a verb of speech only in "table sur" ("X table sur une hausse")
    ("Lucien Ferrand\nTable ronde : Quelle ville en 2050 ?", []),
    ("Lucien Ferrand table sur une hausse des recettes.", [("Lucien Ferrand", None, None)]),
    # a name after the room, set apart from it, is still a person
    ("Dans la salle, Lucien Ferrand a rappelé les règles.", [("Lucien Ferrand", None, None)]),
])
def test_rooms_and_session_words_make_no_speaker(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of speech in the infinitive after "pour" or "à" makes the sentence relate speech
    ("Le maire Lucien Ferrand a profité de la séance pour annoncer le budget des écoles.",
     [("Lucien Ferrand", "maire", None)]),
    ("La directrice Nadia Vernet a tenu à annoncer les règles du marché.", [("Nadia Vernet", "directrice", None)]),
    # another verb in the infinitive does not
    ("Le maire Lucien Ferrand a profité de la séance pour visiter le stand.", []),
])
def test_a_verb_of_speech_in_the_infinitive_after_pour(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a closing quotation mark, a verb a reporter keeps for the incise (claims.yaml incise_verbs),
    # the subject described by its role and body, then the name set apart by a comma
    ("« Nous avons engagé 2 millions », énumère le président de la communauté de communes, Paul Terrier.",
     [("Paul Terrier", "président de la communauté de communes", None)]),
    ("« Le chantier est fini », tranche la maire, Nadia Vernet.", [("Nadia Vernet", "maire", None)]),
    # the same verb after a bare comma, no quotation: a verb of running prose, no speaker
    ("Le comité reprend, tranche la maire, Nadia Vernet, puis visite la salle.", []),
])
def test_an_incise_verb_after_a_quotation_names_its_speaker(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", et son équipe": a second subject joins the person, the role stops before it
    ("En mai, Paul Terrier, maire de la commune, et son équipe lançaient une étude auprès du cabinet.",
     [("Paul Terrier", "maire de la commune", None)]),
    # ", et" with another role goes on with the role
    ("Paul Terrier, maire de la commune, et président du syndicat, a rappelé les règles.",
     [("Paul Terrier", "maire de la commune, et président du syndicat", None)]),
])
def test_et_and_a_possessive_ends_a_role(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a fait allusion à" relates what the person said, as "a évoqué" does
    ("« La saison sera longue. » Le maire de la commune, Paul Terrier, a fait allusion aux travaux du pont.",
     [("Paul Terrier", "maire de la commune", None)]),
    # a role and its body before the name, but no speech in the sentence: no speaker
    ("Le maire de la commune, Paul Terrier, a visité les travaux du pont.", []),
])
def test_making_an_allusion_is_speech(text, expected):
    assert [p[0] for p in people(text)] == [e[0] for e in expected]


@pytest.mark.parametrize("text, expected", [
    # after "par", capitalised words followed by named bodies, each with its article: an
    # enumeration of bodies, not a person and the body they speak for
    ("Le salon est le fruit d'un travail soutenu par Lucie Ferrand, la Maison des métiers, la Mission jeunes de Valbrune.",
     []),
    # a body without an article after the name is the person's body
    ("La séance sera animée par Rose Marlin, Agence locale de l'énergie.",
     [("Rose Marlin", None, "Agence locale de l'énergie")]),
])
def test_bodies_listed_with_their_article_after_par(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "intervenante" after a name is the person's role in the event: a speaker
    ("Intervenants : Lucie FERRAND et Paul TERRIER, intervenants en médiation sociale\n",
     ["Lucie FERRAND", "Paul TERRIER"]),
    ("Lucie Ferrand, intervenante en médiation sociale, a ouvert la séance.", ["Lucie Ferrand"]),
    # no role after the names: nothing says they are people who speak
    ("Intervenants : Lucie FERRAND et Paul TERRIER\n", []),
])
def test_intervenant_after_a_name_is_a_role(text, expected):
    assert [p[0] for p in people(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # names in brackets after a noun naming the event's speakers, across a line break
    ("Des intervenants choisis pour leur parcours (Lucie Ferrand,\nPaul Terrier, Rose Marlin…)\nDes ateliers.",
     ["Lucie Ferrand", "Paul Terrier", "Rose Marlin"]),
    # bodies in the brackets: no people
    ("Des intervenants de tous horizons (Agence Valbrune Énergie, Région Nord)", []),
    # names in brackets after another noun: no speakers
    ("Des bénévoles de tous horizons (Lucie Ferrand, Paul Terrier) ont tenu les stands.", []),
])
def test_names_in_brackets_after_a_noun_naming_the_speakers(text, expected):
    assert [p[0] for p in people(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "a dit" relates speech, as "a déclaré" does
    ("Ravie, Lucie Ferrand a dit sa « joie de recevoir les élus ».", ["Lucie Ferrand"]),
    # "dit" without its auxiliary names a nickname, not speech
    ("La rue Paul Terrier dit le Jeune longe le port.", []),
])
def test_a_dit_is_a_verb_of_speech(text, expected):
    assert [p[0] for p in people(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the patron named by a role after the patronage phrase: no speaker
    ("La rencontre, placée sous le parrainage du maire de Valbrune Paul Terrier, président du syndicat, a réuni 80 élus.", []),
    # the same role and name, no patronage: a speaker
    ("La rencontre a été ouverte par le maire de Valbrune Paul Terrier, président du syndicat.", ["Paul Terrier"]),
])
def test_a_patron_named_after_their_role(text, expected):
    assert [p[0] for p in people(text)] == expected


def test_a_signature_with_a_phone_or_mail_line_under_it_is_no_speaker():
    text = ("Merci de nous retourner le coupon avant le 10 mai.\n"
            "Sophie LAMBERT\nChargée de mission\nService des territoires\ntél : 01 23 45 67 89\n")
    assert people(text) == []
    assert people(text.replace("tél : 01 23 45 67 89", "s.lambert@valbrune.fr")) == []
    # the same name and role on a slide, no contact line: a speaker
    assert len(people(text.replace("tél : 01 23 45 67 89\n", ""))) == 1


def test_a_talk_of_a_person_makes_them_a_speaker():
    assert [p[0] for p in people("Le programme se termine par la keynote de Lucien Ferrand.")] == ["Lucien Ferrand"]
    assert [p[0] for p in people("Mardi, l'intervention de Nadia Vernet ouvrira la journée.")] == ["Nadia Vernet"]
    # the talk opening the sentence, read in one run with the name
    assert [p[0] for p in people("Il part. L'intervention de Nadia Vernet est reportée à mardi.")] == ["Nadia Vernet"]
    # a person named after another noun is not said to speak
    assert people("Le programme se termine par la visite de Lucien Ferrand.") == []
    assert people("Il part. La visite de Nadia Vernet est reportée à mardi.") == []


def test_a_role_after_a_possessive_before_the_name_in_a_sentence_about_a_talk():
    text = "Samedi, le livre sera présenté par son auteur Lucien Ferrand, puis débat avec la salle."
    assert [p[0] for p in people(text)] == ["Lucien Ferrand"]
    # the same words in a sentence that relates no speech or session: no speaker
    assert people("Le livre Vivre ici est sorti en mai ; son auteur Lucien Ferrand vit à Valbrune.") == []


def test_a_name_the_page_layout_wrapped_before_its_role():
    # a known given name ends the line, the family name opens the next one, then a role
    text = "Synthèse des deux journées : Paul\nTerrier, professeur de géographie à l'université de Valbrune\n"
    assert [p[0] for p in people(text)] == ["Paul Terrier"]
    # not a given name at the end of the line: two lines, no name read across them
    assert people(text.replace("Paul\n", "Patrimoine\n")) == []
    # no role after the comma: no person confirmed
    assert people(text.replace("professeur de géographie", "lundi et mardi")) == []


def test_a_speaker_after_others_with_a_pronoun_between_the_auxiliary_and_the_verb():
    # "a lui aussi pris la parole", "a elle aussi rappelé", "a à son tour souligné": a verb of speech
    assert [p[0] for p in people("Paul Ravel a lui aussi pris la parole pour saluer les bénévoles.")] == ["Paul Ravel"]
    assert [p[0] for p in people("Nadia Vernet a à son tour souligné le rôle des bénévoles.")] == ["Nadia Vernet"]
    # the same insertion before a verb that is not speech makes no speaker
    assert people("Paul Ravel a lui aussi visité les stands des bénévoles.") == []


def test_a_reflexive_verb_of_speech_before_the_name():
    text = "« Le marché couvert ouvrira en mai », s'enthousiasma Jean-Paul DUVAL, à la tribune."
    assert [p[0] for p in people(text)] == ["Jean-Paul DUVAL"]
    assert people(text.replace("s'enthousiasma", "sourit")) == []


def test_a_lecturer_named_with_the_feminine_title():
    text = ("Lucie Marlin, maîtresse de conférences en géographie à l'université de Valbrune, s'attaque au "
            "préjugé d'un territoire coupé en deux.")
    assert [p[0] for p in people(text)] == ["Lucie Marlin"]
    assert people(text.replace("maîtresse de conférences en géographie", "passionnée de géographie")) == []


def test_people_who_accompany_or_sign_are_no_speakers():
    # who accompanies the person the sentence is about, and who signs a text: present, not speaking
    walk = ("Le sous-préfet, accompagné de Lucien Ferrand, adjoint aux sports, et de Nadia Vernet, "
            "conseillère municipale, a visité les stands.")
    assert people(walk) == []
    signed = ("La convention a été signée entre Paul Terrier, président de l'agglomération, "
              "et Nadia Vernet, directrice de l'office.")
    assert people(signed) == []
    # without the phrase, the same enumerations name people with their roles
    assert len(people(walk.replace("accompagné de", "avec"))) >= 1
    assert len(people(signed.replace("signée entre", "présentée par"))) >= 2
    # a verb of speech between the phrase and the name keeps the speaker
    spoken = ("La convention a été signée entre les partenaires ; a ensuite déclaré Paul Terrier, "
              "président de l'agglomération : « Nous avançons ».")
    assert ("Paul Terrier", "président de l'agglomération", None) in people(spoken)


def test_people_of_a_caption_placed_left_to_right_are_no_speakers():
    caption = "De gauche à droite, Paul Terrier, président de l'agglomération, et Nadia Vernet, directrice.\n"
    assert people(caption) == []
    # the same names with their roles outside a caption are read
    assert len(people(caption.replace("De gauche à droite, ", "Avec "))) >= 1


def test_people_chairing_a_body_are_no_speakers():
    # a person chairing or steering a body, in a sentence that relates neither speech nor a session
    text = ("Depuis mai, le plan fait l'objet d'un suivi par un comité présidé par deux élues, Madame "
            "Nadia Vernet, députée de Valbois, et Madame Lucie Marlin, sénatrice.")
    assert people(text) == []
    steered = "Un groupe de travail s'est constitué, piloté par Paul Terrier, maire de Valbrune."
    assert people(steered) == []
    # without the chairing phrase, the same person is read with the role
    assert people(steered.replace("piloté par", "avec")) == [("Paul Terrier", "maire de Valbrune", None)]
    # a session chaired: the chair runs it and is kept
    session = "La table ronde, présidée par Paul Terrier, maire de Valbrune, a réuni cent élus."
    assert [p[0] for p in people(session)] == ["Paul Terrier"]


def test_names_in_markdown_bold_are_read_with_their_role():
    text = "Avec **Nadia Vernet,** maire de Valbois, et **Paul Terrier,** adjoint au maire de Valbrune.\n"
    assert ("Paul Terrier", "adjoint au maire de Valbrune", None) in people(text)
    # the bold marks are blanked, not removed: the offsets still point at the name
    item = next(it for it in quoted_people(text) if it.people[0].full == "Paul Terrier")
    assert text[item.start:item.end].startswith("Paul Terrier")


def test_people_a_session_is_announced_with_take_part_in_it():
    text = ("Le matin, une table ronde aura lieu avec notamment Paul Terrier, Nadia Vernet et Lucie Marlin, "
            "ainsi que les présidents des deux chambres.\n")
    assert [p[0] for p in people(text)] == ["Paul Terrier", "Nadia Vernet", "Lucie Marlin"]
    # "avec" after a word that is no session: a visit with people names no speakers
    assert people(text.replace("une table ronde", "une visite du port")) == []


def test_people_said_not_to_come_are_no_speakers():
    text = ("Le président de la région, Paul Terrier, n’est pas annoncé au congrès. "
            "Nadia Vernet, maire de Valbois, ne sera pas présente.\n")
    assert people(text) == []
    # the same people without the phrase of absence are read
    spoken = text.replace("n’est pas annoncé au congrès", "a rappelé les enjeux").replace("ne sera pas présente", "a rappelé les enjeux")
    assert {p[0] for p in people(spoken)} == {"Paul Terrier", "Nadia Vernet"}


def test_a_talk_qualified_by_an_adjective_or_set_apart_by_a_colon():
    assert [p[0] for p in people("La matinée s'est close avec le témoignage émouvant de Lucien Ferrand.")] == ["Lucien Ferrand"]
    assert [p[0] for p in people("Avec le témoignage de : Nadia Vernet, adjointe au maire.")][:1] == ["Nadia Vernet"]
    # two words between the noun and "de" are no longer one talk's adjective
    assert people("La matinée s'est close avec le témoignage de la visite de Lucien Ferrand.") == []
    assert people("Le programme se termine par la visite guidée de Lucien Ferrand.") == []


def test_a_name_after_an_elided_conjunction():
    text = "Lucien Ferrand a plaidé pour la confiance, tandis qu'Hervé Vernet a souligné le sens de l'action."
    assert [p[0] for p in people(text)] == ["Lucien Ferrand", "Hervé Vernet"]
    # without a verb of speech after it, the name is still unconfirmed
    assert people("Il faut attendre qu'Hervé Vernet arrive.") == []


def test_a_former_role_after_the_name():
    text = "Ouverture par Nadia VERNET, présidente du club\nLucien FERRAND, ex-président du jury du concours\n"
    assert [p[0] for p in people(text)] == ["Nadia VERNET", "Lucien FERRAND"]
    # "ex" must be the role's prefix, not any word
    assert people("Il part.\nLucien FERRAND, exposant du salon\n") == []


def test_a_programme_line_opening_with_a_talk_names_its_speaker_by_role():
    text = "Programme\n➡ Mot d'accueil du maire de Bourgville, Lucien FERRAND\n➡ Table ronde\n"
    assert [p[0] for p in people(text)] == ["Lucien FERRAND"]
    # the same line without a talk names a person, not a speaker; a talk inside a sentence is not its line's opening
    assert people("Programme\n➡ Remise des clés du maire de Bourgville, Lucien FERRAND\n➡ Table ronde\n") == []
    assert people("Le projet, fruit de l'intervention du maire de Bourgville, Lucien FERRAND, est achevé.\n") == []


def test_a_programme_line_opening_with_a_talk_of_a_role_then_a_name():
    text = "Programme\n– Intervention du Député Lucien Ferrand\n- 9h30 – Assemblée générale\n"
    assert [p[0] for p in people(text)] == ["Lucien Ferrand"]
    # a role after "du" on a line that opens with no talk names nobody who speaks
    assert people("Programme\n– Visite du Député Lucien Ferrand\n- 9h30 – Assemblée générale\n") == []


def test_a_name_in_capitals_then_a_dash_and_its_body_alone_on_the_line():
    text = ("Interventions des partenaires\n« Insertion » Nadine VERNET – Banque des Territoires – Groupe ABC\n"
            "- Moulin de Bourgville\n« Santé » Lucien FERRAND – EDF\n")
    assert [(p[0], p[2]) for p in people(text)] == [("Nadine VERNET", "Banque des Territoires – Groupe ABC"),
                                                     ("Lucien FERRAND", "EDF")]
    # a capitalised word alone after the dash may be a town; a sentence after it is no body
    assert people("Interventions\nLe stand de Nadine VERNET – Bourgville\n") == []
    assert people("Interventions\nLe stand de Nadine VERNET – Groupe ABC. Il ouvre à 9h.\n") == []


@pytest.mark.parametrize("text, expected", [
    # a report's imperfect of attendance before its subjects: they attended, they did not speak
    ("L'assemblée, à laquelle assistaient également la sénatrice Lucie Marlin (représentant Paul Terrier, "
     "président du conseil départemental) et Monsieur Jean Dorval, député, a voté le budget.", []),
    # a public body named after the country, its second word also written in lower case in the text
    ("Partenaire du salon, France Rivières (ex-Agence Valbois) a convoqué les pêcheurs. Les rivières débordent.", []),
    # a person whose given name is the country's, her family name never written in lower case
    ("France Dorval (présidente du club Valbois) a ouvert la séance. Les rivières débordent.",
     [("France Dorval", "présidente du club Valbois", None)]),
    # a caption closed by the photographer's initials, and its alt text repeated on the line above
    ("  • Lucie Marlin directrice de l'office, Paul Terrier président de l'office.\n"
     "    Lucie Marlin directrice de l'office, Paul Terrier président de l'office. Photo J. D.\nLa suite.", []),
    # the same sentence twice without a credit: not a caption
    ("Lucie Marlin, directrice de l'office, a parlé.\nLucie Marlin, directrice de l'office, a parlé.\nLa suite.",
     [("Lucie Marlin", "directrice de l'office", None)] * 2),
    # "confirme" relates speech
    ("Paul Terrier a confirmé que le chantier du gymnase ouvrira en mai.", [("Paul Terrier", None, None)]),
    ("La date a été confirmée par la mairie de Jean Dorval.", []),
    # a talk's phrase ending on an elided "d'" before the name, and the words quoted of a person
    ("Voici les premiers mots d'Émile Rondeau : « Nous tiendrons le calendrier. »", [("Émile Rondeau", None, None)]),
    ("Le discours d'Yves Marlin a ouvert la journée.", [("Yves Marlin", None, None)]),
    ("Les mots d'Ordre Public Local ont changé.", []),
])
def test_attendance_bodies_captions_and_talks(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an announcement of the talks to come, with a verb whose future is irregular (names.yaml
    # speech_future_words)
    ("La secrétaire d'État chargée du Climat, Aurore Vallin, ouvrira les travaux.", [("Aurore Vallin", None, None)]),
    ("Gaspard Ternier introduira la table ronde sur le thème de l'eau.", [("Gaspard Ternier", None, None)]),
    # "ouvrira ses portes" opens a building, not a talk
    ("Le restaurant de Gaspard Ternier ouvrira ses portes en mai.", []),
    # a witness or an expert announced with what they will bring (round 255)
    ("L'historienne Maëlle Corbin apportera son éclairage sur les migrations.", [("Maëlle Corbin", None, None)]),
    ("Joël Fauvel viendra témoigner de son expérience de maire.", [("Joël Fauvel", None, None)]),
    ("Yannick Brossard rendra compte de ses enquêtes sur le littoral.", [("Yannick Brossard", None, None)]),
])
def test_a_talk_announced_in_the_future_makes_a_speaker(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a given name, a trade set between commas, then at once a verb of speech
    ("Le point sur les nappes. Gaspard Ternier, hydrologue au syndicat des eaux, a ouvert la séance en présentant "
     "les niveaux.", [("Gaspard Ternier", "hydrologue au syndicat des eaux", None)]),
    # the same apposition without a verb of speech: no speaker
    ("Gaspard Ternier, habitant du quartier, a visité le chantier.", []),
])
def test_a_trade_between_commas_then_a_verb_of_speech(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pull quote signed on the line under it: the name in capitals, a dash, the role
    ("Le réseau couvrira le département.\n« Nous tiendrons le calendrier annoncé »\n"
     "Aurore VALLIN – Présidente du Syndicat mixte\nLa suite du texte.",
     [("Aurore VALLIN", "Présidente du Syndicat mixte", "Syndicat mixte")]),
    # the same line under a heading, not under a quotation: a roll of members, no speaker
    ("Les membres du bureau\nAurore VALLIN – Présidente du Syndicat mixte\n", []),
])
def test_a_name_and_its_role_under_a_quotation_sign_it(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "d'" elided onto a first name reads as "de": the name, its role after the comma
    ("Même constat du côté d'Yves Merlet, gérant de la société Kerval, qui va plus loin : « nous revenons chaque "
     "année. »", [("Yves Merlet", "gérant de la société Kerval", None)]),
    # the phrases that rule a person out are read as written, with their "d'"; the elided name
    # counts in the roll, so the second person is no speaker either
    ("On notait la présence d'Yves Merlet, maire de Valbrune, et de Paul Terrier, préfet.", []),
    ("Aux côtés d'Yves Merlet, adjoint, et de Nadia Vernet, conseillère, le maire a visité le chantier.", []),
])
def test_a_name_after_an_elided_de(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a programme's or a contents' line: the talk without its article, then the speaker
    ("Ateliers 1 à 4... Pages 6 à 14 Intervention de Paul Terrier à l'issue des ateliers... Pages 15",
     [("Paul Terrier", None, None)]),
    ("Le matin, intervention d'Yves Merlet sur les jardins partagés.", [("Yves Merlet", None, None)]),
    # a talk by a body: no person
    ("Le matin, intervention des Services Techniques de Valbrune sur les jardins.", []),
])
def test_a_talk_without_its_article_names_its_speaker(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a family name joining a particle between two capitalised parts
    ("Bertrand Laubier-du-Moulin introduira la table ronde sur le thème de l'eau.",
     [("Bertrand Laubier-du-Moulin", None, None)]),
    ("Pour finir, Paul Martin-de-la-Tour a rappelé les dates du chantier.", [("Paul Martin-de-la-Tour", None, None)]),
    # the same shape without a verb of speech: no speaker
    ("Bertrand Laubier-du-Moulin a rangé les chaises.", []),
])
def test_a_family_name_with_a_joined_particle(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a programme's line opening with its talk, the name right after the talk's noun
    ("- Intervention Léa DURANDO chargée de mission énergie à l'Agence Kerval",
     [("Léa DURANDO", "chargée de mission énergie à l'Agence Kerval", None)]),
    ("- Témoignage de Marc POIRAT de l’EHPAD « Les Tilleuls » de VALBOURG", [("Marc POIRAT", None, None)]),
    # the same noun in a sentence about a building: no person
    ("- Intervention rapide sur la toiture du gymnase de Valbourg", []),
])
def test_a_talk_opening_a_programme_line_is_no_part_of_the_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role and its adjective right after the name, no comma, in a roll that relates speech
    ("Paul Vernet, président de Valbrune Agglo, Léa Morin conseillère régionale de la Région Nord et Marc Dubois, "
     "secrétaire général de la préfecture, ont introduit la journée.",
     [("Paul Vernet", "président de Valbrune Agglo", None),
      ("Léa Morin", "conseillère régionale de la Région Nord", "Région Nord"),
      ("Marc Dubois", "secrétaire général de la préfecture", None)]),
    # a word of time after the role is no adjective of it
    ("Ce jour-là, Léa Morin présidente avant de partir à Lyon.", []),
])
def test_a_role_with_its_adjective_right_after_the_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role whose body ends on a place after "de la", then the name without a comma
    ("Interrogé, le président de l’Association des Maires ruraux de la Somme Marc Dubois, confiait avant la "
     "rencontre : « Nous serons là. »", [("Marc Dubois", None, None)]),
    ("Le président de la Région Nord Paul Vernet a rappelé que le budget est voté.", [("Paul Vernet", None, None)]),
    # the same without a verb of speech, or without the role before: no speaker
    ("Le président de la Région Nord Paul Vernet a acheté une maison.", []),
    ("Il visite la Région Nord Paul Vernet a rappelé.", []),
])
def test_a_name_closing_its_role_and_body(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a session's caption: who is pictured speaks at the session
    ("Table ronde sur l’eau du 3 mai avec, de gauche à droite sur la photo, Paul VERNET, Directeur de l’Agence "
     "Kerval, Léa MORIN, Présidente du Syndicat de Valbourg.",
     [("Paul VERNET", "Directeur de l’Agence Kerval", None),
      ("Léa MORIN", "Présidente du Syndicat de Valbourg", "Syndicat de Valbourg")]),
    # a caption of people only: pictured, not speaking
    ("Sur la photo, de gauche à droite, Paul VERNET, Directeur de l’Agence Kerval, et Léa MORIN, Présidente du "
     "Syndicat de Valbourg.", []),
])
def test_the_caption_of_a_session_names_its_speakers(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    # names on a line of their own sharing the body in brackets, one with a rare given name
    ("Introduction\n\nPaul Vernet, Rosaine Kerbel et Léa Morin (Kerval)\n\nLe webinaire présente les acteurs.",
     {("Paul Vernet", None, "Kerval"), ("Rosaine Kerbel", None, "Kerval"), ("Léa Morin", None, "Kerval")}),
    # places, or a role in the bracket: not a line of people sharing a body
    ("Les villes\nValbourg, Montreuil et Arles (Provence)\n", set()),
])
def test_names_on_a_line_sharing_a_body_in_brackets(text, expected):
    assert set(people(text)) == expected


def test_several_talks_name_each_speaker():
    text = "Les interventions de Paul Vernet et de Léa Morin, directrice de l’Agence Kerval, ont lancé les débats."
    assert [p[0] for p in people(text)] == ["Paul Vernet", "Léa Morin"]


@pytest.mark.parametrize("text, expected", [
    # the people spoken to between the speaker and the verb of speech (round 256)
    ("Ensuite, Solène Marquet nous a expliqué comment trier les semences.", [("Solène Marquet", None, None)]),
    ("Au stand, Hervé Kerbrat leur présente le nouveau broyeur.", [("Hervé Kerbrat", None, None)]),
    # the same pronoun before another verb: no speaker
    ("Ensuite, Solène Marquet nous a servi le café.", []),
])
def test_the_people_spoken_to_before_the_verb_of_speech(text, expected):
    assert people(text) == expected
