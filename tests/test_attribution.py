"""Attribution forms as newsrooms everywhere write them: each right speaker is
grounded, each wrong one (a news agency, a place, someone else) is not.

The sentences are written for these tests in the styles of wires and papers from
many regions; the names are fictional or generic.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.schema import ArticleSummary, Source, Span, Statement, Status
from summarizer.text import source_index
from summarizer.verify import verify
from summarizer.verify.attribution import speaker_candidates


def speaker_status(text: str, quote: str, speaker: str) -> Status:
    summary = ArticleSummary(
        source=Source(id="t", sha256="", chars=len(text)),
        statements=[Statement(speaker=speaker, quote=quote, kind="direct")],
    )
    report = verify(summary, text)
    return next(i for i in report.items if i.field == "speaker").status


# (text, quote, the right speaker)
FORMS = [
    # a dash turn that goes on after its tag, one introduced by the paragraph before it, and a
    # tag with a verb translated prose uses ("denounced")
    ("The police commander spoke in Lichinga.\n\n\u2014 We found nine bodies in the maize, Mabote said. \u2014 The others fled towards the river.",
     "The others fled towards the river.", "Mabote"),
    ("The wounded were taken to Cuamba.\n\nLina Osei, 31, who was burned on both arms, spoke from her hospital bed:\n\n\u2014 I carried my son through the smoke and did not look back.",
     "I carried my son through the smoke and did not look back.", "Lina Osei"),
    ("The rights group's president, Ana Tavares, visited the port.\n\n\u2014 Those families were met with batons. This is shameful, Tavares denounced.",
     "Those families were met with batons. This is shameful,", "Tavares"),
    # an untagged quotation, then the one who said it, "She told <the paper>"
    ("Staff moved guests to the lobby. One guest tweeted: \"Sirens everywhere, thoughts with the families.\"\n\n\"There was a bang and then the whole ceiling came down on the bar.\"\n\nMum-of-three Kerry Dunn, 41, from Hull, was in the next room. She told The Harbour Post she ran out barefoot.",
     "There was a bang and then the whole ceiling came down on the bar.", "Kerry Dunn"),
    # a headline quoting the body with its first word made its own ("SHE" for the name)
    ("\u2018SHE WAS ONLY TRYING TO HELP THE OTHERS\u2019\n\nMaria Lenz, 19, died at the scene. Police said: \u201cWe are still trying to establish what happened to the others.\u201d\n\nHer brother Tomas Lenz said: \u201cMaria was only trying to help the others get out.\u201d",
     "SHE WAS ONLY TRYING TO HELP THE OTHERS", "Tomas Lenz"),
    # survivors' words set one after another under a sentence of narration that opens with the name
    ("Survivors spoke one after another.\n\nAmadou Keita, 55, lost his two brothers.\n\n\u201cThey came before dawn. I heard the trucks first.\u201d\n\n\u201cMy brothers told me to hide in the granary.\u201d",
     "My brothers told me to hide in the granary.", "Amadou Keita"),
    # the language a subtitled interview was given in, set before the words
    ("Nguyen Thi Lan, 60, sold fruit at the pier. She spoke in Vietnamese.\n\n[in Vietnamese] \u201cI saw the smoke rise from the engine and everyone ran to the back.\u201d",
     "I saw the smoke rise from the engine and everyone ran to the back.", "Nguyen Thi Lan"),
    # a statement read on camera on behalf of someone: theirs, by name or by title
    ("The victims' association president, Rui Sala, told reporters the payments were late. No minister came. Instead, spokesman Ivo Marek read a statement on camera on behalf of the regional governor, Hana Novak: \u201cThe governor sends her condolences to the families.\u201d",
     "The governor sends her condolences to the families.", "Hana Novak"),
    ("The victims' association president, Rui Sala, told reporters the payments were late. No minister came. Instead, spokesman Ivo Marek read a statement on camera on behalf of the regional governor, Hana Novak: \u201cThe governor sends her condolences to the families.\u201d",
     "The governor sends her condolences to the families.", "the regional governor"),
    # someone unknown heard shouting; one described in a list of what a video shows
    ("\"We were on the stairs when we heard someone yelled \u2018go back, go back!\u2019 and we turned round,\" she said.", "go back, go back!", "someone"),
    ("Channel 9 aired a video from the cabin, showing smoke, screaming passengers, and an elderly man repeatedly shouting \u201chold on\u201d.", "hold on", "an elderly man"),
    # a shout is the shouter's, whoever reports it
    ("The gunman, 34, was arrested at the scene. Officers could not confirm witness accounts that he shouted \u201cdeath to traitors\u201d before the attack.",
     "death to traitors", "The gunman"),
    ("The suspect, Karim Dao, fled on foot. According to a bystander, he was seen shouting \u2018you will all pay\u2019 as he ran.", "you will all pay", "he"),
    # a tag set inside the quotation marks, French style
    ("Le pr\u00e9fet s'est rendu sur place.\n\n\u00ab Nous ne c\u00e9derons pas, affirme Marc Olivier, pr\u00e9fet du d\u00e9partement. Les coupables seront retrouv\u00e9s. \u00bb",
     "Les coupables seront retrouv\u00e9s.", "Marc Olivier"),
    ("Le pr\u00e9fet s'est rendu sur place.\n\n\u00ab Nous ne c\u00e9derons pas, affirme Marc Olivier, pr\u00e9fet du d\u00e9partement. Les coupables seront retrouv\u00e9s. \u00bb",
     "Nous ne c\u00e9derons pas", "Marc Olivier"),
    # a later paragraph of a quotation of several, then another speaker's name
    ("\"The driver lost control on the bend,\" inspector Ana Ruiz said. \"He tried to brake.\n\n\"Then the bus rolled twice and caught fire.\" Mayor Tom Hale said there were \"lessons to learn\".",
     "Then the bus rolled twice and caught fire.", "Ana Ruiz"),
    # an advertisement's label run into the sentence after it
    ("Police chief Lars Berg confirmed two deaths.\nArticle continues after this advertisementHe added that \u201cthe search goes on tonight\u201d.",
     "the search goes on tonight", "Lars Berg"),
    # a straight quotation nested in a single one nested in a straight one, and how the words came ("and I quote")
    ("Police spoke on Friday.\n\n\"The boy told our officer, and I quote: 'He looked at me and said, \"You can go.\" Then he left,'\" Inspector Dana Morel said.",
     "He looked at me and said, \"You can go.\" Then he left,", "The boy"),
    ("Police spoke on Friday.\n\n\"The boy told our officer, and I quote: 'He looked at me and said, \"You can go.\" Then he left,'\" Inspector Dana Morel said.",
     "You can go.", "he"),
    # what someone told, read out "in her own words, translated from" a language
    ("Major Ana Cruz spoke at the briefing.\n\n\"I will read what the girl told our officer, in her own words, translated from Tagalog: 'A man said, \u201cGet down.\u201d I ran,'\" Cruz said.",
     "A man said, \u201cGet down.\u201d I ran,", "the girl"),
    # the subject of "was running ... and shouting", before the commas of its apposition
    ("A pupil, 15, said she woke to screams. \"Rosa Dlamini, the cook, was running along the corridor and shouting, 'Get out! Get out!' We ran to the back door,\" she said.",
     "Get out! Get out!", "Rosa Dlamini"),
    # those heard doing something first, then shouting
    ("\"We heard them running down the stairs, shouting 'Where is the manager?' We hid in the store room,\" the waiter said.", "Where is the manager?", "them"),
    # "asking" with its hearers before the words
    ("Juma Ali survived. \"They were asking people, \u201cWhich village are you from?\u201d He was scared,\" he said.", "Which village are you from?", "They"),
    # a live page's heading, a label and the quotation it gives, over the entry of her words
    ("11:40\nMayor Ana Petrak: \u2018We will rebuild\u2019\n\n\u201cThe town has been through floods before and every time we rebuilt.\u201d\n\n\u201cTonight nobody sleeps under a damaged roof. Stay with relatives.\u201d\n\n12:05\nMore rain",
     "Tonight nobody sleeps under a damaged roof. Stay with relatives.", "Mayor Ana Petrak"),
    # a heading that says who speaks to reporters, over the words
    ("22:10 GMT\nPolice chief Ivan Horvat speaks to reporters\n\n\u201cThe van drove into the crowd at 21:40.\u201d\n\n\u201cOfficers shot the driver within two minutes. He died at the scene.\u201d",
     "Officers shot the driver within two minutes. He died at the scene.", "Ivan Horvat"),
    # a quoted heading: the one the entry under it quotes in its words
    ("13:50\nFirst aftershock felt\n\nThe Seismological Survey said the quake measured 4.7.\n\n14:05\n\u2018The roof came down at once\u2019\n\nA neighbour, Marko Tomi\u0107, 45, saw it happen.\n\n\u201cI heard a crack, then the roof came down at once, like a lid,\u201d he said.",
     "The roof came down at once", "Marko Tomi\u0107"),
    # a quoted heading whose words the entry under it reports, not quotes; the crosshead after it ends the entry
    ("The commissioner, Aziz Rana, said a pipe had burst.\n\n\u2018Explosion flattened the factory\u2019\n\nRana said the explosion flattened the factory completely.\n\nResidents feared a bomb\n\nA neighbour, Bilal Khan, said it felt \u201clike an earthquake\u201d.",
     "Explosion flattened the factory", "Aziz Rana"),
    # a pull quote signed on the line below it is the signer's, not the next entry's
    ("The fire reached the village at dawn.\n\n\u201cWe have lost everything tonight\u201d\n\u2014 Eleni Markou, mayor of Vrasta\n\nThe fire service chief, Nikos Drakos, said 40 homes had burned. \u201cWe could not reach them,\u201d he said.",
     "We have lost everything tonight", "Eleni Markou"),
    # a quoted heading over an entry that quotes someone in other words: the first speaker under it
    ("The federation said it would cooperate with prosecutors.\n\n10:35 PM\n\u2018I cannot find my daughter\u2019\n\nOutside the hospital, families wait. Ana Lutz, 52, has been here since noon.\n\n\u201cShe went to the match with friends,\u201d she said.",
     "I cannot find my daughter", "Ana Lutz"),
    # a single quotation whose closing mark was lost, past a caption to the paragraph that goes on with it
    ("Prime Minister Ana Varga said the attack had been planned.\n\nShe added: \u2018We have seen nothing like this before.\n\nRescue workers at the scene (AP)\n\n\u2018We will find who did this.\n\nPolice said the roads were closed.",
     "We will find who did this.", "Ana Varga"),
    # the place a news conference was held in is not the one who spoke there
    ("Lors d\u2019une conf\u00e9rence de presse tenue \u00e0 Lyon, Marc Dubois, directeur de la soci\u00e9t\u00e9, a exprim\u00e9 ses excuses :\n\n\u00ab Je pr\u00e9sente mes excuses aux familles. \u00bb",
     "Je pr\u00e9sente mes excuses aux familles.", "Marc Dubois"),
    # one picked out of a group, who had written the words
    ("The newspaper reported that the two suspects were 19 and 22 and that the younger of them had written in a group chat that \"something will happen tonight\".",
     "something will happen tonight", "the younger of them"),
    # "he" after a sentence that sets someone beside its subject ("Beyond X, Y also reacted")
    ("The shooting took place at a school.\n\nBeyond Prime Minister Kristersson, Swedish King Carl XVI Gustaf also reacted to the incident. \u2018It is with deep sadness that my family and I received the news,\u2019 he said.",
     "It is with deep sadness that my family and I received the news,", "Carl XVI Gustaf"),
    # a broadcaster's label, name and role a slash apart
    ("Police said the driver fled.\n\n[Local Resident/Voice Altered: \u201cHe did not seem to know the road well. He went deep into the village.\u201d]",
     "He did not seem to know the road well. He went deep into the village.", "Local Resident/Voice Altered"),
    # a relative clause with its own sayer: "colleagues, who X noted have “...”"
    ("Officers are leaning on their colleagues in Saskatchewan, who Lawson noted have \u201cunfortunately been through this before.\u201d", "unfortunately been through this before.", "Lawson"),
    # nested words of one there was ("there was a tradesman ... crying on the phone, saying ‘...’")
    ("\u201cAs I was walking away there was a tradesman standing next to his ute crying on the phone, saying \u2018what I have just seen I will never be able to unsee\u2019.\u201d", "what I have just seen I will never be able to unsee", "a tradesman"),
    # nested words the outer speaker said herself ("I said to my husband, ‘...’"), her tag paragraphs above
    ("Sompit Williams heard a noise outside.\n\"We just heard some arguments,\" she said.\n\"We came out and saw the guy on the ground.\n\"I said to my husband, 'I haven't seen this man around before'.\"", "I haven't seen this man around before", "Sompit Williams"),
    # (but what "we" said inside her words is the group's)
    ("Rosa Tuyuc was on the bus.\n\n\u201cWe shouted, \u2018Slow down, slow down!\u2019 but he did not listen,\u201d she said.", "Slow down, slow down!", "We"),
    # a timeline's label, one body's name in several words; those heard shouting
    ("09:12 \u2013 Residents receive an alert.\n\n09:40 \u2013 Fire and Rescue Department: \u201cThree workers have died at the scene.\u201d", "Three workers have died at the scene.", "Fire and Rescue Department"),
    ("A miner said the gunmen had asked for the manager.\n\n\u201cI hid under a truck. I heard them shouting in Sango, \u2018Where is the gold?\u2019 Then they shot him,\u201d said the miner.", "Where is the gold?", "the gunmen"),
    # a channel's name with a comma in it, over a post that opens "According to our sources"
    ("16:10 \u2014 Ostorozhno, Tambov:\n\u201cAccording to our sources at the plant, five people have died. The authorities are keeping quiet.\u201d\n\U0001f441 87.2K",
     "According to our sources at the plant, five people have died. The authorities are keeping quiet.", "Ostorozhno, Tambov"),
    # a quotation a verb of naming before it takes, then a tag closing the sentence that reports it
    ("The Anglican Bishop of Beni described the attack as a \u201ccowardice activity carried out by weak rebels,\u201d ICC said.", "cowardice activity carried out by weak rebels,", "The Anglican Bishop of Beni"),
    ("The Anglican Bishop of Beni described the attack as a \u201ccowardice activity carried out by weak rebels,\u201d ICC said.", "cowardice activity carried out by weak rebels,", "ICC"),
    # a sentence saying where its subject spoke introduces the quotation after the furniture below it
    ("A spokesperson for the mall, in a statement, extended their deepest condolences to the families.\n\nAdvertisement\n\n\u201cThe police have brought the situation under control and apprehended the perpetrator.\n\n\u201cWe thank the police and volunteers.\u201d",
     "The police have brought the situation under control and apprehended the perpetrator.", "A spokesperson for the mall"),
    # a paragraph that opens with someone's reported speech and goes on paraphrasing
    ("The minister spoke to reporters in Auckland.\n\nHe said the hospitals are assessing additional resources needed to treat the injured. This is likely to include the early transfer of several patients.\n\n\"We will be able to provide more care.\"",
     "We will be able to provide more care.", "The minister"),
    # a document described after a comma: the words before the comma name it
    ("An emergency warning was issued for three towns at 4:50pm.\n\nThe warning, issued by the CFA, said: \"You are in danger and need to act immediately. It is too late to leave.\"",
     "You are in danger and need to act immediately. It is too late to leave.", "The warning, issued by the CFA"),
    # words nested in a quotation that opens after its subject, inside its clause
    ("\u201cI confirm it was an attack,\u201d Mayor Christian Estrosi said. The attacker \u201ckept repeating \u2018Allah Akbar\u2019 in front of us while he was being treated,\u201d he added.",
     "Allah Akbar", "The attacker"),
    ("The attacker \u201ckept shouting \u2018Allah Akbar\u2019 in front of us,\u201d the mayor said.", "Allah Akbar", "The attacker"),
    # a participle inside the clause a speaker reports is that clause's subject's
    ("Jane Ayuma, a dealer, said she lost stock. She said the watchman woke the traders who sleep near the market by banging on the gates and shouting \u201cMoto! Moto!\u201d (Fire! Fire!).",
     "Moto! Moto!", "the watchman"),
    # a participle opening the sentence, its subject the main clause's, whatever that clause's verb
    ("Police arrived at 9 p.m.\n\nWarning of a \u201cmajor operation\u201d police sealed off the area and urged locals to stay at home.", "major operation", "police"),
    ("Warning of a \u201cmajor operation\u201d, police sealed off the area.", "major operation", "police"),
    ("Citing \u201csecurity reasons\u201d, the army closed the road.", "security reasons", "the army"),
    # documents: a statement and its signer in apposition; a filing's two clauses; a press
    # service an agency cites before the clause
    ("The command put the figure at nine. The statement, signed by the Command\u2019s Public Relations Officer, DSP Mrs. Ama Mensah, said nine bodies had been retrieved and that \u201cthe search continues\u201d.", "the search continues", "The statement"),
    ("In a statement signed by its Director of Communications, Mrs. Efua Boateng, the Road Safety Authority said it was \u201cdeeply saddened\u201d by the crash.", "deeply saddened", "the Road Safety Authority"),
    ("In a statement signed by its Director of Communications, Mrs. Efua Boateng, the Road Safety Authority said it was \u201cdeeply saddened\u201d by the crash.", "deeply saddened", "Mrs. Efua Boateng"),
    ("The prosecution\u2019s filing alleges that the gate \u00abremained locked for fourteen minutes\u00bb, and that Navarro had ordered it kept closed \u00abto keep the fans apart\u00bb.", "remained locked for fourteen minutes", "The prosecution\u2019s filing"),
    ("The prosecution\u2019s filing alleges that the gate \u00abremained locked for fourteen minutes\u00bb, and that Navarro had ordered it kept closed \u00abto keep the fans apart\u00bb.", "to keep the fans apart", "Navarro"),
    ("The state news agency reported, citing the refinery's press service, that production was \u201cnot affected\u201d.", "not affected", "the refinery's press service"),
    # a medium quoting a statement, "saying"
    ("BBC News quote a statement from the church council, saying that it was \u201cdeeply saddened by the attack\u201d.", "deeply saddened by the attack", "the church council"),
    # a dash turn whose tag a second dash opens (Portuguese and Spanish typography)
    ("A enfermeira Elaine Souza falou com a reportagem.\n\u2013 Eu moro perto da escola, mas hoje estava no hospital \u2013 afirma Elaine.", "Eu moro perto da escola, mas hoje estava no hospital", "Elaine Souza"),
    # a caller whose words another reports; a rank abbreviated twice before the name
    ("The line went dead at 2 a.m., the volunteer said. She said the caller had described the boat as \"full of water\".", "full of water", "the caller"),
    ("Police searched the forest.\n\n\"She is the one who told us what happened,\" said Sr. Comr. Bayu Aditama, spokesman of the task force.", "She is the one who told us what happened,", "Bayu Aditama"),
    # an inverted tag glued to the closing mark; a fronted "Back in March,"
    ("Firefighters came at dawn. \u201cThey set the mattresses on fire\u201dlamented Governor Ana Ruiz.", "They set the mattresses on fire", "Governor Ana Ruiz"),
    ("Back in March, the head of the UN mission told the council security was \u201cthe main challenge\u201d in the east.", "the main challenge", "the head of the UN mission"),
    # a colon after a title's place ("the member for Tarmu, Dr. X, turned to the minister:"); a
    # medium that relays the verb it follows; what footage shows; "who police say"; "annonce X"
    ("In a sitting of the assembly on Monday, the member for Tarmu, Dr. Leila Haddad, turned to the minister:\n\n\u201cAre we waiting for the next fire?\u201d", "Are we waiting for the next fire?", "Dr. Leila Haddad"),
    ("Police spokesman Jan Kovac said according to the newspaper Vecer: 'We have no evidence of a second attacker.'", "We have no evidence of a second attacker.", "Jan Kovac"),
    ("Footage filmed by a passer-by shows officers pointing their rifles at the door, shouting at the man to \"get down,\" then firing.", "get down,", "officers"),
    ("Officers shot the suspect, who police say stabbed \"several people\" on the platform.", "several people", "police"),
    ("Un \"attentat\" pr\u00e8s de la capitale fait trois morts, annonce le gouvernement", "attentat", "le gouvernement"),
    # words inside a clause a speaker reports, given to the clause's own speaker or to the reporter;
    # what was remembered or woke someone speaks; a name broken by a printed line's hyphen
    ("Pablo Rojas, the head of the drivers' union, said the union's memo of 3 May had warned the firm of \"loose bolts\" on the lifts.", "loose bolts", "the union's memo"),
    ("The ministry spoke on Monday. It said the suspects had admitted setting the fire \"to settle an old score\".", "to settle an old score", "It"),
    ("A nurse, Amina Odhiambo, said she was woken by neighbours banging on the ward door and shouting \u201cSmoke! Smoke!\u201d.", "Smoke! Smoke!", "neighbours"),
    ("One guard, a former soldier, recalled a rescuer shouting \u201cTwo more below!\u201d as the crane lifted the slab.", "Two more below!", "a rescuer"),
    ("In a statement read out by the clan's lawyer, Samir Haddad, outside the court on Monday, the clan said: \u2018We reject violence.\u2019", "We reject violence.", "the clan"),
    ("In the capital, the interior ministry repeated yesterday that its officers had acted \"only in self-defence\", and denied the claims.", "only in self-defence", "the interior ministry"),
    ("\"The water rose in minutes,\" said Mrs Noy Phom-\nmachanh, 40, a market vendor.", "The water rose in minutes,", "Mrs Noy Phommachanh"),
    ("The chairman, Karim Uddin, read out the demands: 'We want the owners arrested and an inquiry with the miners' families on it.'", "We want the owners arrested and an inquiry with the miners' families on it.", "Karim Uddin"),
    ("La subdelegada, Olga Castro de la Pe\u00f1a, habl\u00f3 el lunes. \u00abNo podemos descartar ninguna hip\u00f3tesis \u2014subray\u00f3 Castro de la Pe\u00f1a\u2014 hasta que terminen su trabajo\u00bb.", "hasta que terminen su trabajo", "Castro de la Pe\u00f1a"),
    ("Il console Riccardo Bianchi ha parlato. Secondo Bianchi, il procuratore del Re ha assicurato ai familiari che \u00absar\u00e0 fatto tutto il possibile\u00bb.", "sar\u00e0 fatto tutto il possibile", "il procuratore del Re"),
    ("Le suspect a \u00e9t\u00e9 arr\u00eat\u00e9 lundi par la police f\u00e9d\u00e9rale, a indiqu\u00e9 cette source. \u00abIl sera entendu demain\u00bb, a pr\u00e9cis\u00e9 cette source.", "Il sera entendu demain", "cette source"),
    ("La directora habl\u00f3.\n\nEl comisionado para el Sistema Penitenciario, Gervasio Leites, cuestion\u00f3 la cifra a trav\u00e9s de su cuenta de X: \u00abLos muertos son siete\u00bb.", "Los muertos son siete", "Gervasio Leites"),
    ("Le maire de Lisbonne, Carlos Moedas, a qualifi\u00e9 l'accident de \u00ab trag\u00e9die \u00bb. \u00ab Lisbonne est en deuil \u00bb, a-t-il d\u00e9clar\u00e9.", "Lisbonne est en deuil", "il"),
    # pages in Spanish, Portuguese, French and Italian, with their own verbs and their inversions
    ("Le village a \u00e9t\u00e9 attaqu\u00e9 dimanche.\n\n\u00abNous avons perdu trois hommes\u00bb, a d\u00e9clar\u00e9 le maire, Jean Dupont.", "Nous avons perdu trois hommes", "Jean Dupont"),
    ("Le maire, Jean Dupont, est arriv\u00e9 dimanche.\n\n\u00abNous avons perdu trois hommes\u00bb, a-t-il d\u00e9clar\u00e9.", "Nous avons perdu trois hommes", "Jean Dupont"),
    ("El pueblo fue atacado el domingo. La gobernadora Mar\u00eda G\u00f3mez lleg\u00f3 al mediod\u00eda.\n\n\"Perdimos a tres hombres\", dijo el alcalde, Juan P\u00e9rez.", "Perdimos a tres hombres", "Juan P\u00e9rez"),
    ("O ataque ocorreu no domingo.\n\n\"Perdemos tr\u00eas homens\", disse o prefeito Jo\u00e3o Silva.", "Perdemos tr\u00eas homens", "Jo\u00e3o Silva"),
    ("Il paese \u00e8 stato colpito domenica.\n\n\u00abAbbiamo perso tre uomini\u00bb, ha detto il sindaco Marco Rossi.", "Abbiamo perso tre uomini", "Marco Rossi"),
    ("El pueblo fue atacado el domingo. Seg\u00fan la fiscal Ana Ruiz, el ataque fue \u00abplaneado\u00bb.", "planeado", "Ana Ruiz"),
    # a post's words after what was shared
    ("Neighbour Fatma Yildiz said she had been woken by \"a bang like a bomb\". \"The whole street was full of glass,\" she told the paper.\n\nA user posting as @street_resident shared a video of flames coming out of the windows, with the words \"Hele straat trilde #explosie\" (\"The whole street shook\").", "Hele straat trilde #explosie", "@street_resident"),
    # words named as someone's with no verb of speech: "X's message was blunt:", "X's last message to us was, ‘...’"
    ("Ana Mwiya, 44, died on Thursday, the minister told a meeting in the village.\n\nThe minister's message to the meeting was blunt: \"Three people have died here. I am here to listen.\"", "Three people have died here. I am here to listen.", "The minister"),
    ("She said the skipper, who survived, had stayed on the radio. \"The skipper's last message to us was, 'We are abandoning ship, all passengers are in the rafts,' and then nothing,\" she said.", "We are abandoning ship, all passengers are in the rafts,", "the skipper"),
    # the untagged answer to a question put to someone is theirs
    ("Omar Hasso, the mayor, said little last week. 'Everyone knows,' he said.\n\nI asked him whether the strike had been aimed at the tea stall. He shook his head. 'They were aiming at two men in a pickup.'", "They were aiming at two men in a pickup.", "He"),
    ("Omar Hasso, the mayor, said little last week. 'Everyone knows,' he said.\n\nI asked him whether the strike had been aimed at the tea stall. He shook his head. 'They were aiming at two men in a pickup.'", "They were aiming at two men in a pickup.", "Omar Hasso"),
    # a description with the name it is known by
    ("Police said the attackers belonged to the gang.\n\nIn an audio message, the gang's leader, known as Ti Kabrit, said his men had come to free \u201cour soldiers\u201d held in the prison.", "our soldiers", "the gang's leader, known as Ti Kabrit"),
    # "since" before a plural of people opens their clause
    ("Tomas Aksel, a former attache, said the position had not moved since defense ministry officials warned in 2017 that the town would not become \"a second Qandil,\" a reference to the mountains.", "a second Qandil,", "defense ministry officials"),
    # a letter with its signer before its verb
    ("The union wrote to the operator in March.\n\nThe letter of 2 March, signed by the president of the union, Petros Alexiou, read in part:\n\n\u00abDrivers report that the restriction is not in the timetable.\u00bb", "Drivers report that the restriction is not in the timetable.", "Petros Alexiou"),
    # words in a clause another speaker reports are the reporter's too
    ("Officials met on Monday. \"Nobody from our side took part,\" Ivo Markovic told the state broadcaster, adding that Veloria condemned \"every act of violence, wherever it comes from\".", "every act of violence, wherever it comes from", "Ivo Markovic"),
    ("The prime minister's office said in a statement that the government condemned \"this cowardly murder\" and that \"those responsible will face justice.\"", "those responsible will face justice.", "The prime minister's office"),
    # a time clause closes at its comma and at the quotation's close
    ("Sources close to the family said the kidnappers had called.\n\n\"They gave the family until Thursday,\" one relative said, asking not to be identified.", "They gave the family until Thursday,", "one relative"),
    # a document issued by someone named after it
    ("Ali Karam said in a statement the raid was over.\n\nA statement issued by the Haddad family thanked the army and \"all who prayed for Georges\" and asked for privacy.", "all who prayed for Georges", "the Haddad family"),
    # a past participle's object named after it is no subject
    ("Police said little.\n\nThe memo, written by the duty officer and addressed to the head of the police, Ana Diaz, says the unit had been \"redirected to a traffic accident\".", "redirected to a traffic accident", "The memo"),
    # a relative "that" runs to the verb; a document closing the sentence with "according to" is a source
    ("Police said little.\n\nA patrol that was ambushed near the village on March 14 had reported \"suspicious movement\" in the forest, according to an internal police memo seen by this newspaper.", "suspicious movement", "an internal police memo seen by this newspaper"),
    # a pronoun asking inside another's quotation
    ("Ms Rudo Moyo, a vendor, said she hid all night.\n\n\"They were knocking on doors and asking, 'Where are the foreigners?' My neighbour told them nobody was here,\" she said.", "Where are the foreigners?", "They"),
    # the subject before a relative clause's commas when the coordination opens with the verb
    ("Police came.\n\nOne elderly man, who did not give his name, stood up and asked the minister: \"Who matters more here?\"", "Who matters more here?", "One elderly man"),
    # a description placed somewhere, then the name it gives
    ("Police came.\n\n\"People here used to say the war ended,\" said a shopkeeper on the market street who gave only his first name, Abu Samir. \"Now it is the same.\"", "Now it is the same.", "Abu Samir"),
    # seen doing something else first, then shouting
    ("Police came.\n\nIn footage posted online, the singer Lino Vesco can be seen stopping the music and shouting into the microphone: \"Stop! Everybody stop!\"", "Stop! Everybody stop!", "Lino Vesco"),
    # a relative clause giving the described speaker's name, no commas around it
    ("A villager who identified himself as Mr Tanko Dauda said,\n\n\u201cOur people have been killed again.\u201d", "Our people have been killed again.", "Tanko Dauda"),
    ("A woman who gave her name as Halima told reporters the gunmen came at dawn. \u201cThey took everything,\u201d she said.", "They took everything,", "Halima"),
    # the father's surname of a Spanish double surname names the speaker; an age after a name is no part of it
    ("His widow, Rosa Quiñónez Barre, said the firm had been threatened.\n\n\u00abThey killed him for nothing,\u00bb said Quiñónez, 40, at the wake.", "They killed him for nothing,", "Rosa Quiñónez Barre"),
    ("His widow, Rosa Quiñónez Barre, said the firm had been threatened.\n\n\u00abThey killed him for nothing,\u00bb said Quiñónez, 40, at the wake.", "They killed him for nothing,", "Quiñónez, 40"),
    # a complaint reported inside another's words is the complainers'
    ("The teacher, Lo Thi Mai, said pupils had complained for months that the bridge \u201csways like a swing\u201d.", "sways like a swing", "pupils"),
    # what the speaker heard others shout, inside the speaker's words
    ("\"I heard men shouting 'run, run' in the street. Then the lights went out,\" said Tun Lwin, a welder.", "run, run", "men"),
    # a document found, participles' phrases after it, reads its words; "according to" a picture only relays them
    ("The bus left Ambato at dusk.\n\nA typed letter left on the driver's seat read: \"Pay or die,\" according to a photograph seen by Reuters.", "Pay or die,", "A typed letter"),
    ("The bus left Ambato at dusk.\n\nThe letter left on the seat, written in red ink on a torn page, read \u00abPaguen o mueran\u00bb.", "Paguen o mueran", "The letter"),
    # a speaker's verb closing the words, then "according to" those who heard it
    ("Survivors said the gunmen ordered them to lie down. \u00abNobody move!\u00bb one of them shouted, according to several passengers.", "Nobody move!", "one of them"),
    # "it" in the sentence of an organisation's own verb is that organisation, not a nationality inside its name
    ("The Canadian embassy in Lima said in a note on Sunday that it had asked for \u201ca full investigation\u201d into the death.", "a full investigation", "Canadian embassy in Lima"),
    # an order reported in a statement: the statement's author's words, and the one who gave it
    ("The mayor's office said in a statement that the mayor had ordered the police to \u201cfind those responsible without delay\u201d.", "find those responsible without delay", "The mayor's office"),
    ("The mayor's office said in a statement that the mayor had ordered the police to \u201cfind those responsible without delay\u201d.", "find those responsible without delay", "the mayor"),
    # a line naming the speaker before a colon: an owner names someone else
    ("The ferry left at noon.\n\nAmina Odhiambo's older brother, Peter Wekesa, at the family home in Kisumu on Friday:\n\n\u201cShe called me from the deck. That is the last I heard.\u201d", "She called me from the deck. That is the last I heard.", "Peter Wekesa"),
    # a feature's first-person quotation, paragraphs of it, after narration about one person
    ("Ama Owusu, 61, survived the fire.\n\nHer eldest son, who drives a taxi in Kumasi, heard the news on the radio. He had seen her only an hour before.\n\n\u2018She told me the lights kept going off.\n\n\u2018Then my cousin rang me crying.\u2019", "Then my cousin rang me crying.", "Her eldest son"),
    ("Ama Owusu, 61, survived the fire.\n\nHer eldest son, who drives a taxi in Kumasi, heard the news on the radio. He had seen her only an hour before.\n\n\u2018She told me the lights kept going off.\n\n\u2018Then my cousin rang me crying.\u2019", "She told me the lights kept going off.", "Her eldest son"),
    # a card after an opening phrase of place says its words; "signed by" names who wrote them
    ("Flowers lay at the gate. Among the candles outside the school, a card had been taped to the door. \u201cWe will miss you,\u201d it said.", "We will miss you,", "a card"),
    ("Flowers lay at the gate. Among the candles outside the school, a card had been taped to the door. \u201cWe will miss you,\u201d it said, signed by class 7B.", "We will miss you,", "class 7B"),
    # a colon after narration: the name in apposition to a title, not the title's place
    ("Traders lost everything in the fire.\n\nThen the mayor of Kitwe, Elias Mwape, arrived at the scene: \u2018We will rebuild the market with bricks.\u2019", "We will rebuild the market with bricks.", "Elias Mwape"),
    # the later paragraphs of a quotation a sentence of narration introduced
    ("Oskar Lind, 15, died on Wednesday.\n\nHis mother, Marita Lind, who had sat by his bed through the night, spoke slowly.\n\n\u2018The nurses were so kind.\n\n\u2018He was born in this house.\u2019", "He was born in this house.", "Marita Lind"),
    # "the group" is the organisation that spoke, not the one its sentence names as an owner
    ("In a post on X, Rights Watch International said the government\u2019s failure to act was dangerous.\n\n\u201cThe killings must stop,\u201d the group said.", "The killings must stop,", "Rights Watch International"),
    # names written with capitals beyond A-Z are whole names ("Çela", "Łukasz", "Ömer")
    ("Energy Minister Blerina \u00c7ela visited the mine. \u201cWe will not stop,\u201d she said.", "We will not stop,", "Blerina \u00c7ela"),
    ("The rescue went on overnight. \u00d6mer \u015eahin, a miner, said the gallery had been moving for weeks. \u201cWe told them,\u201d he said.", "We told them,", "\u00d6mer \u015eahin"),
    # words quoted after "He said:" inside a quotation are his, in guillemets too
    ("Ana Rusu waited at the pier. \u201eMy brother called me. He said: \u00abWe are at the pier, it is full.\u00bb Then his phone went off,\u201d she said.", "We are at the pier, it is full.", "My brother"),
    # a clause with no name and no verb before a colon goes on with the speaker before
    ("Oskar Lind, 15, died on Wednesday.\n\nHis mother, Marita Lind, spoke slowly.\n\n\u2018He was born in this house.\u2019\n\nThen, in Swedish, the language of the family: \u2018Han var v\u00e5r hela v\u00e4rld.\u2019", "Han var v\u00e5r hela v\u00e4rld.", "Marita Lind"),
    # "That was X talking" right after the words names their speaker, inside a quotation too
    ("Fuel ran short in the garrison. \u201cThey told me, \u2018We hold the town by day, they hold it at night.\u2019 That was a young lieutenant talking,\u201d the priest said.", "We hold the town by day, they hold it at night.", "a young lieutenant"),
    ("The mayor, Hugo Lenz, said the town was calm.\n\n\u201cWe counted the craters and then the dead.\u201d This was Captain Ilse Brandt speaking, two days after the attack.", "We counted the craters and then the dead.", "Captain Ilse Brandt"),
    # a name opening the paragraph after untagged words, then where or how the interview took place
    ("Karim Benali is 19. His cousin was on the boat.\n\nWas he afraid?\n\n\u201cEveryone is afraid. But when you have paid, you go.\n\nAdvertisement\n\n\u201cI held my cousin's hand until the second wave.\u201d\n\nBenali spoke by phone from a clinic in Zarzis.", "Everyone is afraid. But when you have paid, you go.", "Karim Benali"),
    # untagged words after one paragraph of narration that reports no speech and names no one who could speak
    ("\u201cThe pumps failed first, then the lights,\u201d said Ruth Achieng, a shift supervisor.\n\nThe mine had been flooded twice before, according to the regional labour office.\n\n\u201cEveryone here knew the pumps were old.\u201d", "Everyone here knew the pumps were old.", "Ruth Achieng"),
    # a Q&A interview's answers are the one interviewed's, named before its questions
    ("INTERVIEW\n\nBy Ana Ruiz\n\nTeresa Mamani, 48, has led the valley's rescue brigade since 2019. We met her at the base in Sorata.\n\nQ: How many are still missing?\n\nA: Eleven. We dig by hand, because the machines sink.\n\nQ: Will you stop?\n\nA: Not while the families are here.", "Eleven. We dig by hand, because the machines sink.", "Teresa Mamani"),
    # a statement's words, read "in part", are also its signer's
    ("Kerala Gas Ltd said in a statement that it was cooperating.\n\n\u201cWe are deeply saddened,\u201d the statement read in part, signed by its chief executive, Rahul Menon.", "We are deeply saddened,", "Rahul Menon"),
    # a message someone sent, introduced by a colon inside another's indirect speech, is the sender's
    ("Amos Kibet, 17, was recovering in hospital, his aunt, Ruth Chebet, said. She said he had sent her a text message from the ambulance: \u201cI am hurt but alive, tell Mum.\u201d", "I am hurt but alive, tell Mum.", "Amos Kibet"),
    # a verb inside the quoted words is theirs, not a tag: the writer of the sentence's own verb speaks
    ("The Italian embassy in Dakar wrote on X that Italy \u00abcondemns without reserve\u00bb the attack.", "condemns without reserve", "The Italian embassy in Dakar"),
    # a nested quotation after "shouted to his friend,"
    ("Ali Hassan, the boy's father, stood by the coffin. \u00abMy son shouted to his friend, \"Pass it to me!\" Those were his last words,\u00bb he said.", "Pass it to me!", "My son"),
    # "The note read:" after a sentence in which someone left, wrote or sent it: its writer (plural "-men" too)
    ("Next to the car, the gunmen left a sheet of paper with a message in red ink. The note read: \u201cPay or she dies.\u201d", "Pay or she dies.", "the gunmen"),
    # a middle initial is part of the name, and "Cllr." a title whose dot ends no sentence
    ("Prison officials were questioned.\n\n\u201cThe law will take its course,\u201d said Cllr. Annie D. Yarkpawolo, the county attorney.", "The law will take its course,", "Annie D. Yarkpawolo"),
    ("The Minister of Justice, Jerome Y. Kollie, speaking to reporters:\n\n\u201cThere will be no cover-up.\u201d", "There will be no cover-up.", "Jerome Y. Kollie"),
    # "As he put it," and "As she said," opening a sentence: the words are its subject's
    ("The police spokesman, Martinho Kapamba, said the church had a permit. No officers were inside, he said, because the church had asked to run security.\n\nAs he put it, \u00aba chain and a padlock are not a security plan\u00bb.", "a chain and a padlock are not a security plan", "Martinho Kapamba"),
    ("A priest said mass. Mayor Ana Lopes visited the site. She met the families, she said.\n\nAs she said, \u201cthe river will not wait for us\u201d.", "the river will not wait for us", "Ana Lopes"),
    # a nested quotation after "One of them was crying, saying," is the one who cried
    ("His mother, Litia Baleca, said his friends had told her. \u201cThey came at midnight. One of them was crying, saying, \u2018It was the police truck, we saw it.\u2019 I believe them,\u201d she said.", "It was the police truck, we saw it.", "One of them"),
    # a "Translation:" of an embedded post: the words of the display name above its handle
    ("Rivers rose overnight, the mayor said.\n\nServi\u00e7o de Prote\u00e7\u00e3o Civil\n@ProtecaoCivilTL\nEstrada taka ba kareta hotu. Labele hakur mota.\n12:58 PM \u00b7 Mar 12, 2030\nShow more\n\nTranslation: \u201cThe road is closed to all vehicles. Do not cross the rivers.\u201d", "The road is closed to all vehicles. Do not cross the rivers.", "Servi\u00e7o de Prote\u00e7\u00e3o Civil"),
    # words nested in single guillemets after "She said to me,"
    ("Echati said her daughter had not spoken of the night. \u00ab She said to me, \u2039 Mama, why did the sea take her? \u203a I did not know what to tell her. \u00bb", "Mama, why did the sea take her?", "her daughter"),
    # an untagged quotation opening the story, then a paragraph opening with a name whose next sentence says "He spoke to ..."
    ("MAYOTTE\n\nTwelve bodies have been recovered after a boat capsized on the reef. Survivors describe the last hour of the crossing\n\nBy Ana Payet\n\n\u00ab I held the rope at the front of the boat. \u00bb\n\nAnlime Soilihi is 23 and comes from Domoni. He spoke to the Chronicle on Sunday in the courtyard of the hospital.", "I held the rope at the front of the boat.", "Anlime Soilihi"),
    # a counted subject after a day with no comma is the subject of a participle of speech
    ("Residents were not convinced.\n\nOn Monday morning about 200 people marched to the Tarmu police headquarters, singing and chanting \u201cWe want justice!\u201d and handed over a letter.", "We want justice!", "about 200 people"),
    # a nested quotation after "He asks me every time," (a time phrase between the verb's hearer and the words)
    ("Seda Kaya said her son calls each night. \u2018He asks me every time, \u201cWhen can I come home?\u201d What do I say?\u2019 she said.", "When can I come home?", "He"),
    # a nested quotation after "He was crying," is the one who cried, "he" the kin the speaker just named, not the woman before
    ("A neighbour, Rosa Blanco, said she heard the mother shouting. \"The house was burning. Her son came out alone. He was crying, 'My sister is inside,'\" she said.", "My sister is inside,", "Her son"),
    # "Part of what she said:" introduces her words
    ("Rosa Lima lost her house on the river road. She spoke for five minutes at the meeting. Part of what she said:\n\n\"We have never had water like this. Fix the crossing.\"", "We have never had water like this. Fix the crossing.", "Rosa Lima"),
    # "She spoke to this station ..." introduces the untagged paragraph after it
    ("The village head, Meena Rawat, was among the first to reach the hospital. She spoke to this station on Sunday.\n\n\"We have cremated nine people. Nobody has come from the district.\"", "We have cremated nine people. Nobody has come from the district.", "Meena Rawat"),
    # an apposition that names the one its description is: "the caller, named in court as X, tells"
    ("The jury heard a recording of the emergency call.\n\nIn the recording, the caller, named in court as Ailsa Morrison, tells the call handler: \"There is a man bleeding in the street.\"", "There is a man bleeding in the street.", "Ailsa Morrison"),
    # "X can be heard asking her:"
    ("The jury heard the call. \"A man is bleeding in the street,\" the caller tells the operator.\n\nThe operator can be heard asking her: \"Is he breathing?\"", "Is he breathing?", "The operator"),
    # "The coroner for <place>, Dr X, recorded ..., saying": the place is the office's, the name its holder
    ("The coroner for Kerry North, Dr Orla Breen, recorded the verdicts, saying the deaths were \u201cthe result of failures\u201d.", "the result of failures", "Orla Breen"),
    # a verb coordinated after a relative clause and after "quoted from" goes on with the sentence's doer
    ("The judge said she had read the statements. She quoted from the statement of his mother, Ines Duarte, which described their home as \"a house gone quiet\", and told Vaz: \"You should know what you have done.\"", "You should know what you have done.", "She"),
    # a quotation closing right before an inverted "reported the news site X, quoting Y": Y's words, X only carried them
    ("Sergeant Ruslan Tembotov, 31, \"lost too much blood on the way,\" reported the news site Kavkaz Today, quoting a surgeon at the city hospital.", "lost too much blood on the way,", "a surgeon at the city hospital"),
    # "a figure X dismissed as “...”": X's words for it, not the speaker's of the sentence
    ("The rebels said 31 soldiers had been killed, a figure Colonel Ana Ruiz dismissed on Monday as \"a fantasy written in the capital\".", "a fantasy written in the capital", "Ana Ruiz"),
    # "a second voice reports:"
    ("In the recording a man gives orders. Later, a second voice reports: \"Two are down, two are down.\"", "Two are down, two are down.", "a second voice"),
    # a headline's "... as X vows the attack “...”": X's words, not the clause before "as"
    ("Tarmu buries its dead as Governor Ana Ruiz vows the attack \"will not be forgotten\"\n\nThe funerals were held on Saturday.", "will not be forgotten", "Ana Ruiz"),
    # nested after "X used to tell the young ones," and "He shouted something about"
    ("Sue Brannigan, the club's secretary, spoke of the dead men. \u2018Tom used to tell the young ones, \u201cIf in doubt, turn round.\u201d He meant it,\u2019 she said.", "If in doubt, turn round.", "Tom"),
    ("The owner, Emre Kaya, was stabbed in the arm. \u00bbHe shouted something about \"our town\", I did not understand the rest,\u00ab Kaya said.", "our town", "He"),
    # "who" after "X, 27, from <place>," is X, not the place
    ("\"They came first and stood at the door,\" said Ali Hamdan, 27, from Syria, who said he went back into the building twice. \"I went up with a wet towel on my face.\"", "I went up with a wet towel on my face.", "Ali Hamdan"),
    # an opening time with no comma is not part of the subject: "On Friday the army said"
    ("The market burned. On Friday the ministry said: \"It will not be forgotten.\"", "It will not be forgotten.", "the ministry"),
    ("The market burned. Late on Sunday night police told reporters: \"Two men are held.\"", "Two men are held.", "police"),
    ("The market burned. Last week the Arakan Army said: \"We will answer.\"", "We will answer.", "Arakan Army"),
    # an acronym of one doubled letter is a name, not the article "a"
    ("Kyein Chaung buries its dead as AA vows the bombing \"will not be forgotten\"\n\nThe funerals were held on Saturday.", "will not be forgotten", "AA"),
    # a bracketed aside in the claimed speaker is no part of the name: "Lin (林)"
    ("A driver who gave only his family name, Lin (\u6797), said the brakes failed. \"We slid for a long time,\" he told reporters.", "We slid for a long time,", "A driver who gave only his family name, Lin (\u6797)"),
    # a reporting verb closing the sentence reports all of it: the spokesman put the mayor's regret in these words
    ("Mayor Lena Ortiz \"deeply regrets\" the deaths and has ordered every department to help the families, her spokesman, Paul Dorn, said.", "deeply regrets", "Paul Dorn"),
    # a document the sentence opens with, and "listed ... as": the document's words
    ("\"The part was ordered,\" an official said.\n\nA safety audit of the ferry Kalani carried out in March listed the radar as \"serviceable\" but noted other faults.", "serviceable", "A safety audit of the ferry Kalani"),
    # the plain present before its hearer: "Every time they tell us, ‘...’" inside someone's words
    ("Her village filed seven complaints.\n\n\u201cEvery time they tell us, \u2018We will send a commission.\u2019 Nobody comes,\u201d the elder says.", "We will send a commission.", "they"),
    # a quoted passage's own tags: the words it quotes are the ones it names, not the passage's speaker's
    ("The agency carried the appeal. Its report read: \u201cAround 40 people were \u2018brutally killed\u2019 in the village, the bishop said, most of them farmers.\u201d", "brutally killed", "the bishop"),
    ("The agency carried the appeal. Its report read: \u201cThe bishop prayed for \u2018peace and justice\u2019 in the valley.\u201d", "peace and justice", "The bishop"),
    ("The agency carried the appeal. Its report read: \u201cThe bishop spoke at the mass, adding that he was thinking of the \u2018families who lost everything\u2019 in the raid.\u201d", "families who lost everything", "he"),
    # "a man is heard shouting": the one heard, not the sentence's "It"
    ("The channel reported the collapse. It carries a video in which a man is heard shouting \"There are people under there!\"", "There are people under there!", "a man"),
    # "Excerpts:" hands on the words of the sentence before it
    ("The minister spoke in Maracaibo. Ruiz says the attackers came from abroad, adding that two were \"neutralised\". Excerpts:\n\"Three heroes gave their lives last night.\"", "Three heroes gave their lives last night.", "Ruiz"),
    # "He told me the soldiers said: ‘...’": the soldiers' words, as he told them
    ("Peter Ngwa's uncle was among the dead. \"He told me the soldiers said: \u2018Today you will show us where your brothers are,\u2019\" Ngwa said.", "Today you will show us where your brothers are,", "the soldiers"),
    # a list of timed updates under the sentence that introduces them: "03:41 – “...”"
    ("The fire service posted updates through the night:\n\n03:41 \u2013 \u201cFire at a hotel. Persons are trapped.\u201d\n\n04:15 \u2013 \u201c38 persons have been evacuated by our crews.\u201d", "38 persons have been evacuated by our crews.", "The fire service"),
    # a post's card between the sentence that introduces it and its words: the page's name, when it posted
    ("The owner, Sorin Vlad, wrote on the hotel's page.\n\nIn the post, he said 64 guests had been in the building:\n\nHotel Alpin \u2013 Brasov\n11 January at 15:02 \u00b7 \U0001f310\n\u201cDear guests, last night a tragedy happened in our house.\u201d", "Dear guests, last night a tragedy happened in our house.", "Sorin Vlad"),
    # words written, not said, are their writer's (a verb that writes only with what it wrote named)
    ("Police said the attackers scrawled \u201cLeave or die\u201d on the door of the church before setting it alight.", "Leave or die", "the attackers"),
    ("Shop owners said rioters sprayed slogans on the shutters, among them \u201cNo justice, no peace\u201d.", "No justice, no peace", "rioters"),
    # reporting verb after the quote
    ("“We will not retreat,” Colonel Amina Yusuf said.", "We will not retreat,", "Amina Yusuf"),
    ("“We will not retreat,” said Colonel Amina Yusuf, the army spokeswoman.", "We will not retreat,", "Amina Yusuf"),
    ("“We have lost everything,” said Lt. Col. Ahmed Ali, a military spokesman, on Sunday.", "We have lost everything,", "Ahmed Ali"),
    ("According to the health ministry, “at least 40 people were killed in the strike.”", "at least 40 people were killed in the strike.", "health ministry"),
    ("“The attack was unprovoked” — that is how Defence Minister Rustem Umerov described it.", "The attack was unprovoked", "Rustem Umerov"),
    ("“They came at dawn,” a survivor, who gave only her first name, Aisha, told reporters.", "They came at dawn,", "Aisha"),
    ("In a video posted online, the group’s leader, Abu Bakr Shekau, said: “We did it.”", "We did it.", "Abu Bakr Shekau"),
    ("The prime minister, Shehbaz Sharif, condemned the “heinous act”.", "heinous act", "Shehbaz Sharif"),
    # verb before, with a colon
    ("The governor, Uba Sani, said: “Every village will be protected.”", "Every village will be protected.", "Uba Sani"),
    # told reporters
    ("Mayor Tomas Ruiz told reporters, “The market was full of families.”", "The market was full of families.", "Tomas Ruiz"),
    ("Mayor Tomas Ruiz told reporters on Sunday that “the market was full of families”.", "the market was full of families", "Tomas Ruiz"),
    # told an agency: the agency only received the words
    ("A local chief, Musa Bello, told Reuters by phone, “They came at night.”", "They came at night.", "Musa Bello"),
    ("Musa Bello confirmed to AFP over the phone, “Eleven bodies were recovered.”", "Eleven bodies were recovered.", "Musa Bello"),
    ("“Eleven bodies were recovered,” Musa Bello told the Associated Press.", "Eleven bodies were recovered,", "Musa Bello"),
    # according to
    ("“The toll may rise,” according to Dr Halima Sadiq, who runs the clinic.", "The toll may rise,", "Halima Sadiq"),
    # an organisation named before, then "it"
    (
        "The Ministry of Foreign Affairs summoned the ambassador on Monday. In a statement, it condemned the strikes as “a grave violation of sovereignty”.",
        "a grave violation of sovereignty",
        "Ministry of Foreign Affairs",
    ),
    (
        "The interior ministry issued a statement late on Sunday. The ministry described the attack as “cowardly and criminal”.",
        "cowardly and criminal",
        "interior ministry",
    ),
    # pronouns whose antecedent is a person, with a place in between
    (
        "Provincial police chief Ahmad Karimi visited the scene. Smoke still rose over Jalalabad as rescuers worked. He said, “We found no survivors in the first house.”",
        "We found no survivors in the first house.",
        "Ahmad Karimi",
    ),
    (
        "Daw Khin Myint, a teacher, lost two pupils. In Sagaing the schools closed. “They were children,” she said.",
        "They were children,",
        "Khin Myint",
    ),
    # wrote on a platform; televised address
    ("President Lena Markovic wrote on X: “Those responsible will answer for this.”", "Those responsible will answer for this.", "Lena Markovic"),
    ("“We will rebuild every home,” Prime Minister Abiy Tesfaye said in a televised address.", "We will rebuild every home,", "Abiy Tesfaye"),
    # a quote split by its attribution
    ("“We heard the blast,” said Jose Reyes, a fisherman, “and then the screaming.”", "and then the screaming.", "Jose Reyes"),
    # an unnamed source
    (
        "“Two of the attackers were killed,” a senior security official, who spoke on condition of anonymity, said.",
        "Two of the attackers were killed,",
        "a senior security official",
    ),
    # "in" inside a title is no preposition ending the name
    ("“We are following every lead,” said FBI Special Agent in Charge James Smith.", "We are following every lead,", "James Smith"),
    # "they" refers to the plural description that spoke last, not an earlier capitalised noun
    (
        "Residents told reporters they were “terrified.” The villagers said the army came at night. “They burned everything,” they said.",
        "They burned everything,",
        "villagers",
    ),
    # verbs of speech in their speech uses only ("informed reporters", "shared, “...”")
    ("“There is no terror link,” Superintendent Liam Geraghty informed reporters after the assault.", "There is no terror link,", "Liam Geraghty"),
    ("Police chief Drew Harris later informed the media that “all lines of inquiry” were open.", "all lines of inquiry", "Drew Harris"),
    ("\"Came up and grabbed her purse,\" Jordan recalls. \"As he grabbed her purse, she snatched it away.\"", "As he grabbed her purse, she snatched it away.", "Jordan"),
    ("A neighbor named Ken Smith shared, “It brings a tear to our eye.”", "It brings a tear to our eye.", "Ken Smith"),
    ("Another local characterized the event as a scene from a “horror movie.”", "horror movie.", "Another local"),
    ("Governor Vyacheslav Gladkov spoke on the channel. “A ten-year-old child suffered a shrapnel wound,” he specified.", "A ten-year-old child suffered a shrapnel wound,", "Vyacheslav Gladkov"),
    # an opening time phrase is no subject, however capitalised
    ("On Thursday, Inspector General Joseph Boinnet of the Kenyan police said \"several terror suspects\" had been arrested.", "several terror suspects", "Joseph Boinnet"),
    # the closing "he said" governs an "according to" inside its sentence
    (
        "Detective Superintendent Martin Fileman briefed reporters on Sunday. The man was “known to police” but had no history of mental illness according to police records, he said.",
        "known to police",
        "Martin Fileman",
    ),
    # "he" never refers to a street address or to a verb capitalised as a brand
    (
        "Fire Chief Peter Kelly spoke on Tuesday. After two people died in the home at 4114 Robinwood Drive, Kelly understands the anguish.\n\n\"In the end, our thoughts are with the family,\" he said.",
        "In the end, our thoughts are with the family,",
        "Peter Kelly",
    ),
    (
        "Acting Assistant Commissioner Brett McFadden praised the officers. The man ran off, was pursued by six officers and was Tasered.\n\n\"These officers did an outstanding job,\" he said.",
        "These officers did an outstanding job,",
        "Brett McFadden",
    ),
    # "the organization" is the organisation just named ("network", "institute", "foundation" name one)
    (
        "Sudan Doctors Network said in a statement that the RSF struck a market, killing 24.\n\n\"This heinous crime adds to a series of war crimes,\" the organization said.",
        "This heinous crime adds to a series of war crimes,",
        "Sudan Doctors Network",
    ),
    # "said the head of state during his show": the subject ends before "during"
    (
        "President Jair Bolsonaro spoke on Thursday. \"He died after a clash with bandits,\" said the far-right head of state during his weekly social media show.",
        "He died after a clash with bandits,",
        "head of state",
    ),
    # "cites X as saying", "quoted X as saying": X's words; the outlet only carried them
    ("Channel 12 cites a senior official in the delegation as saying: “The events in the north will bring a turn.”", "The events in the north will bring a turn.", "a senior official"),
    ("\"The explosion sounded at 1519,\" TASS quoted a local emergency services representative as saying.", "The explosion sounded at 1519,", "a local emergency services representative"),
    # a description before the name in apposition ("Tarmu resident, Haitham,"), and the description as written
    (
        "Tarmu resident, Haitham, stood near the pitch and spoke to Reuters saying it was a \"difficult day\".\n\n\"We are in the area of the crime,\" said the local resident.",
        "difficult day",
        "Haitham",
    ),
    (
        "Tarmu resident, Haitham, stood near the pitch and spoke to Reuters saying it was a \"difficult day\".\n\n\"We are in the area of the crime,\" said the local resident.",
        "We are in the area of the crime,",
        "the local resident",
    ),
    # "the statement reads": its issuer, not the outlet that relayed it
    (
        "The State Emergency Service said this in a post on Telegram, according to Ukrinform.\n\n\"As of 18:00, 34 people have been killed,\" the statement reads.",
        "As of 18:00, 34 people have been killed,",
        "State Emergency Service",
    ),
    # "he" is never a company ("JR East Co.") nor a place after a place noun ("the capital Taipei")
    ("Railway operator JR East Co. President Mutsutake Otsuka apologized at a news conference. \"We apologize,\" he said.", "We apologize,", "Mutsutake Otsuka"),
    ("President Tsai Ing-wen visited a response centre in the capital Taipei on Friday. \"We will clarify the cause,\" she told reporters.", "We will clarify the cause,", "Tsai Ing-wen"),
    # "he added" after a quotation of many paragraphs refers past them to the narration's name
    (
        "The agency's director, Dr. Musa Bello, said: \"In my presence the first bomb went off.\n\n\"Some minutes later, another blast occurred.\n\n"
        "\"Again, at the funeral, another woman detonated a bomb.\n\n\"When we were in the hospital, another one exploded.\n\n"
        "\"So far, 18 deaths have been recorded.\n\n\"I am now coordinating for a helicopter,\" he added.",
        "Again, at the funeral, another woman detonated a bomb.",
        "Musa Bello",
    ),
    # "accused X of “...”", and a clause of contrast after it is another party's
    ("The council accused the RSF of killing \"a large number of innocents,\" while the RSF said it attacked army camps.", "a large number of innocents,", "council"),
    ("Interior Minister Nancy Faeser condemned the \"horrific act\", while Chancellor Olaf Scholz said he \"must be caught\".", "horrific act", "Nancy Faeser"),
    # "it" is never a possessive owner; "he" never a larger place ("from Gary, Indiana,")
    (
        "US Central Command did not comment on the health ministry\u2019s casualty figure. \u201cThe objective was to degrade their capacity,\u201d it had said in a post on X.",
        "The objective was to degrade their capacity,",
        "US Central Command",
    ),
    ("Adrian Robinson, who traveled from Gary, Indiana, said he heard fireworks. \"People were traumatized,\" he said.", "People were traumatized,", "Adrian Robinson"),
    ("In Kabul, Ahmad Karimi spoke to reporters. \"We found nobody,\" he said.", "We found nobody,", "Ahmad Karimi"),
    # a closing mark after a space, before a word, opens the quotation (a typesetting slip)
    ("Hatta Rajasa said the ship was on fire. \u201dThe huge waves caused the ship to burn,\u201d he told the BBC.", "The huge waves caused the ship to burn,", "Hatta Rajasa"),
    # "tweeted Name, at Org", "continued this witness", "indicated that", an adverb opening a
    # quotation before its verb, "Separately," is no subject
    ("\u201cThis is the latest escalation,\u201d tweeted Charlie Winter, at security firm ExTrac.", "This is the latest escalation,", "Charlie Winter"),
    ("Another resident spoke to us. \u201cThey came at night,\u201d continued this witness.", "They came at night,", "this witness"),
    ("The statement issued by the army's media cell indicated that \u201cthe first missile landed on a depot.\u201d", "the first missile landed on a depot.", "army's media cell"),
    ("The Communications Minister Ousseni Tamboura \u2018strongly condemned the barbaric attack\u2019.", "strongly condemned the barbaric attack", "Ousseni Tamboura"),
    ("Separately, the ministry said an \"enemy strike\" on the town killed two people.", "enemy strike", "ministry"),
    # a news agency closing the sentence relays the words of the speaker whose verb came first
    ("Deputy governor Rahman Jalali told the agency the explosions were carried out by \"terrorists,\" according to IRNA.", "terrorists,", "Rahman Jalali"),
    ("The Guards also said they had struck a \"spy headquarters\" in Erbil, the IRNA news agency reported.", "spy headquarters", "Guards"),
    ("The strikes hit a \"gathering of terrorist groups\", the official news agency reported, quoting a statement by the Revolutionary Guards.", "gathering of terrorist groups", "Revolutionary Guards"),
    # a participle opening the sentence shares the subject of the verb after it
    ("Describing the incident as \u201ca massacre,\u201d Komanda elder Dieudonne Katanabo said the attackers came at night.", "a massacre,", "Dieudonne Katanabo"),
    # "which a UN spokesperson described as"
    ("It was the latest in a series of attacks, which a UN spokesperson described as a \u201cbloodbath.\u201d", "bloodbath.", "a UN spokesperson"),
    # "he" after a colon refers to the sentence's own subject behind its description
    ("Amina Yusuf, a resident, said the toll was rising. Local priest Father Aime Dhego provided an update: \u201cWe have at least 31 dead,\" he reported.", "We have at least 31 dead,", "Aime Dhego"),
    # a verb before the words governs its clause, "while" and "but" too; "a 911 call" is no verb
    ("The statement said the massacre was carried out by the RSF, while the army remained \u201cstationary inside the locality.\u201d", "stationary inside the locality.", "statement"),
    ("Mr Thulseepersad said nightlife can be busy, but he \u201cwould have thought it was a safe area\u201d.", "would have thought it was a safe area", "Thulseepersad"),
    ("Around 10:20 a.m., firefighters responded to a 911 call regarding \u201ca heavy smell of gas,\u201d according to fire department spokesperson Jason Evans.", "a heavy smell of gas,", "Jason Evans"),
    # "a distress call" is no verb; "X in a statement called": where it spoke is no part of the subject
    ("Assistant Fire Commissioner Mohd Rizal Buang said the fire broke out at 3am.\n\nHe said 21 firemen rushed to the scene after receiving a distress call.\n\n\u201cThe two victims were found in the fire,\u201d he said in a statement.", "The two victims were found in the fire,", "Mohd Rizal Buang"),
    ("Police official Asim Abbasi said the bus fell into a ravine. The Chinese Embassy in a statement called the incident an \u201cattack.\u201d\n\n\u201cRecently, our workers were attacked,\u201d the statement said.", "Recently, our workers were attacked,", "Chinese Embassy"),
    # "he" is never the medium relaying the sentence before; "with X, adding" is the subject's
    ("Lt Colonel Tajul Islam Chowdhury said that nine bodies have been found, the United News of Bangladesh (UNB) reported.\n\nHe stated, \u201cThe search operation is still going on.\u201d", "The search operation is still going on.", "Tajul Islam Chowdhury"),
    ("The foreign ministry said it was in close contact with the Chinese embassy in Islamabad, adding in a statement, \u201cPakistan attaches great importance to their safety.\u201d", "Pakistan attaches great importance to their safety.", "foreign ministry"),
    # "ordered X to “...”", relayed by a medium; "has claimed the lives" reports no words
    ("Chinese President Xi Jinping ordered rescue workers to \u201cdo everything possible to limit the victims,\u201d CCTV reported.", "do everything possible to limit the victims,", "Xi Jinping"),
    # a dateline opening the sentence is no part of it; "The uncle of X" is the description
    ("CHARLOTTE, N.C. \u2014 The uncle of Iryna Zarutska spoke out on Sunday, saying she \u201cdidn\u2019t deserve\u201d to die.", "didn\u2019t deserve", "uncle"),
    ("ERBIL, Kurdistan Region - The Iranian consul in Erbil on Friday condemned the attack, calling it \u201cunacceptable.\u201d", "unacceptable.", "Iranian consul"),
    # "attributed X to", "commented", "mentioned"; » opening a quotation (some agencies' English copy)
    ("Ecuadoran President Lenin Moreno attributed the riots to \u201ccriminal organizations\u201d engaged in violence.", "criminal organizations", "Lenin Moreno"),
    ("\u201cUnfortunately, Colombia woke up to the news,\u201d commented the Revolutionary Alternative Force of the Common, the political party, on Twitter.", "Unfortunately, Colombia woke up to the news,", "Revolutionary Alternative Force of the Common"),
    ("\u00bbThe General Staff of the Armed Forces informs the public,\u00bb reported Colonel Mariam Sagara.", "The General Staff of the Armed Forces informs the public,", "Mariam Sagara"),
    ("Superintendent Steve Graham mentioned, \u201cThe occasions are isolated.\u201d", "The occasions are isolated.", "Steve Graham"),
    # an adverb after a name qualifies no noun: "X publicly offered ... He said"
    ("The attack came days before the election. Prime Minister Lena Ortiz publicly offered her condolences. She said, \u201cWe are all mourning with you.\u201d", "We are all mourning with you.", "Lena Ortiz"),
    # "he added:" with its colon opens the next quotation; "he" is the sentence's described speaker
    ("They drove in a 1950s VW Beetle.\n\nA guest told the network it was a \u201cmagical\u201d wedding and he added: \u201cThen we got the news of the crash.\u201d", "Then we got the news of the crash.", "guest"),
    # a label's "What they're saying:" names no one: the verb after the quotation does
    ("What they're saying: \u201cWe are sickened by today's tragedy,\u201d Pine said in a statement.", "We are sickened by today's tragedy,", "Pine"),
    # a noun in -ing before a person's noun is no participle phrase
    ("As the crowd ran, clothing vendor Kris Dela Cruz described the moment, recalling a sound that \u201cwas like a race car starting\u201d.", "was like a race car starting", "Kris Dela Cruz"),
    # an infinitive's speaker stands before its "to"; an owner whose speech is quoted speaks
    ("Two attacks killed 13, prompting President Ana Ruiz to announce she will list the groups as \u201cterrorist organizations.\u201d", "terrorist organizations.", "Ana Ruiz"),
    ("The toll rose to 40. This follows President Omar Daley's condemnation of the \u201cbarbaric act\u201d at the Grand Hall, emphasising solidarity.", "barbaric act", "Omar Daley"),
    # a participle takes the subject of a verb someone can be, across no clause of contrast
    ("Mayor Ana Ruiz said the timing of the strike indicated contempt for civilians, branding it a \u201cwar crime\u201d.", "war crime", "Ana Ruiz"),
    ("The ministry denounced \u201ca violation of sovereignty\u201d, while the movement, at war in the south, felt that they added \u201cfuel to the fire\u201d.", "fuel to the fire", "movement"),
    # what was heard saying; a participle phrase with "by" between commas is no subject
    ("He realised it was the police saying: \u201cGet out now!\u201d", "Get out now!", "police"),
    ("The Al-Nour television network, controlled by the rebels, said 35 bodies were \u201cpulled from the rubble\u201d.", "pulled from the rubble", "Al-Nour television network"),
    # a paragraph a quotation left open runs on without its opening mark
    ("Community leader Amos Kiprop said: \u201cThey came at night and set the stalls alight.\n\nThey poured petrol on the market.\n\n\u201cWe have counted forty bodies so far.", "We have counted forty bodies so far.", "Amos Kiprop"),
    # a new sentence after a quotation is no pointer back to it
    ("\u201cThe fire is out,\u201d Minister Ana Ruiz said.\n\u201cCooling goes on at the site.\u201d\nThose responsible will be held to account, President Omar Daley says", "Cooling goes on at the site.", "Ana Ruiz"),
    # "he" after a described speaker: "a member of X" is a person; "told Myanmar Now" names whom he told
    ("According to a member of the Riverside Defence Force, which helped evacuate the village, bodies were burning.\n\n\u201cWe had to drag them out,\u201d he said.", "We had to drag them out,", "member"),
    ("A man who survived the attack told Valley Now that it came without warning.\n\n\u201cWe did not even hear the aircraft,\u201d he said.", "We did not even hear the aircraft,", "man"),
    # an inverted subject keeps its relative clause, and "he" then means that resident
    ("Around 400 houses had burned and a mosque had been damaged by fire, said a resident who fled and whose house was torched.\n\n\u201cWe survived, but we are displaced,\u201d he said.", "We survived, but we are displaced,", "resident"),
    # a place in apposition to a place noun is no "he"; "continued the whole night" reports nothing
    ("Junta spokesman Zaw Min Tun said some of the dead were fighters.\n\nThe region, near the country's second-largest city, Mandalay, has resisted.\n\n\u201cPeople were not killed by our attack only,\u201d he said.", "People were not killed by our attack only,", "Zaw Min Tun"),
    ("Rescue chief Sachidanand Gawde said the search and rescue operations continued the whole night. \"It will go on till the last piece of rubble is removed,\" he said.", "It will go on till the last piece of rubble is removed,", "Sachidanand Gawde"),
    # "but is expected" continues a predicate, not another party's clause; a spaced hyphen is a dash
    ("He had \"pretty extensive injuries\" but is expected to recover, Dykes said.", "pretty extensive injuries", "Dykes"),
    ("Updated: Mar 20 2017 08:03AM EDT RIVERTON, Md. -\nOfficials said a person and \"domestic animal\" were found dead.", "domestic animal", "Officials"),
    # a headline's present tense; "police states."; "continued Stern."
    ("'We left seconds before': Witnesses recount fatal shooting in Campbell River", "We left seconds before", "Witnesses"),
    ("\"We will work tirelessly to uncover the facts,\" police states.", "We will work tirelessly to uncover the facts,", "police"),
    ("\u201cShe suffered a stab wound,\u201d continued Stern. \u201cOn the way to the hospital she was fully alert.\u201d", "On the way to the hospital she was fully alert.", "Stern"),
    # an apposition's relative clause with commas; an "and" inside a title's description
    ("Rabbi Choni Yakont, the emissary who has worked in the village with his wife, Esti, for four years, told reporters that he knows the family. \u201cThis is a very good family.\u201d", "This is a very good family.", "Choni Yakont"),
    ("Shmulik Avaraham, the coordinator of the group\u2019s emergency and security services, described the moments after the attack.\n\n\u201cWhen I arrived, I found a young man.\u201d", "When I arrived, I found a young man.", "Shmulik Avaraham"),
    # an aside between dashes inside a quotation names its speaker
    ("Russia blames Ukraine for the drone attack. \u201cThe air defence forces \u2013 the mayor of the city, Sergey Sobyanin, announced via Telegram \u2013 repelled the attack of a drone.\u201d", "The air defence forces \u2013 the mayor of the city, Sergey Sobyanin, announced via Telegram \u2013 repelled the attack of a drone.", "Sergey Sobyanin"),
    # "cried out X", "reported the ministry" after a quotation; "of the ruling party" is no subject
    ("\u201cAbuse! This is abuse!\u201d cried out one man who did not want to be identified.", "Abuse! This is abuse!", "man"),
    ("\u201cFifteen people lost their lives,\u201d reported the Ministry of the Interior of Puebla.", "Fifteen people lost their lives,", "Ministry of the Interior"),
    ("\u201cWe send our condolences,\u201d the state governor, of the ruling Unity Party, said.", "We send our condolences,", "governor"),
    # "according to" an outlet before the words, the speaker's verb after them
    ("According to the Riverside Press Agency, \u201cTonight the city was attacked,\u201d the regional government said on Telegram.", "Tonight the city was attacked,", "regional government"),
    # a participle after a preposition is an adjective; a participle phrase with "to" between commas
    ("The prison service said on Twitter that the deaths were the result of \u201calleged suicide.\u201d", "alleged suicide.", "prison service"),
    ("Sobyanin\u2019s message, posted to his verified channel, described the drone as a \u2018clear threat\u2019.", "clear threat", "Sobyanin"),
    # a participle opening the sentence, capitalised, is no name for a later participle
    ("Speaking after the funeral prayer, Governor Malam Umar Namadi extended his condolences, describing the blast as \u201can unprecedented tragedy\u201d.", "an unprecedented tragedy", "Malam Umar Namadi"),
    # "citing reports" cites no speaker; a relative clause with commas runs up to the verb
    ("\u201cThe land is still sliding,\u201d Mr Aktoprak said, citing first-hand reports from his staff.", "The land is still sliding,", "Aktoprak"),
    ("Mr Aktoprak, who spoke from the capital, Port Moresby, said that \u201cgiven the scale of the disaster,\u201d more aid was needed.", "given the scale of the disaster,", "Aktoprak"),
    # a passive without its auxiliary; a quotation that is the predicate, relayed by an agency
    ("Victims searched for personal effects in a tragedy described by victims as \u201ca bad dream\u201d.", "a bad dream", "victims"),
    ("The provincial government has \u201cmobilised elite forces to carry out the rescue\u201d, according to Xinhua.", "mobilised elite forces to carry out the rescue", "provincial government"),
    # "disclosed to" reports words; "a recount" is no verb
    ("While giving an account of the night, Musa Bello, a farmer, said his nephews tried to help.\n\nHe disclosed to the BBC, \u201cMy nephews were among those killed.\u201d", "My nephews were among those killed.", "Musa Bello"),
    # a country for its nationality adjective, as a model may write it
    ("“Two were killed,” Iraqi officials said.", "Two were killed,", "Iraq officials"),
    ("“Two were killed,” officials in Pakistan said.", "Two were killed,", "Pakistani officials"),
    # British single quotes and guillemets and low-high quotes
    ("'We are burying our neighbours,' said Farida Noori, 52.", "We are burying our neighbours,", "Farida Noori"),
    ("« Nous n'avons rien vu venir », a déclaré Issa Traoré.", "Nous n'avons rien vu venir", "Issa Traoré"),
    ("„We saw nothing“, said Milan Petrovic.", "We saw nothing", "Milan Petrovic"),
    # verbs of many kinds
    ("“There was no warning,” insisted Ana Lima.", "There was no warning,", "Ana Lima"),
    ("“The road is closed,” warned Captain Juan Cruz.", "The road is closed,", "Juan Cruz"),
    ("“The figures are preliminary,” the spokesman, Karim Haddad, added.", "The figures are preliminary,", "Karim Haddad"),
    # a pronoun chained back through "He said ..." to the name
    (
        "Interior commissioner Sule Garba told journalists that six bodies were found. He said the wounded were moved to Zaria. “We will not abandon these families,” he added.",
        "We will not abandon these families,",
        "Sule Garba",
    ),
    # a document speaks for its author; a definite description refers back
    (
        "The state police command's spokesperson, Aminu Baba, issued a statement on Sunday. “Tactical teams have been deployed,” the statement said.",
        "Tactical teams have been deployed,",
        "Aminu Baba",
    ),
    (
        "The city's mayor, Teresa Lugo Herrera, wrote on social media that the city would pay for the funerals. “Today the city mourns,” the mayor wrote.",
        "Today the city mourns,",
        "Teresa Lugo Herrera",
    ),
    (
        "The state's Ministry of Health gave a lower figure. In a statement, it said 24 people had died. “The medical teams are working around the clock,” the ministry confirmed.",
        "The medical teams are working around the clock,",
        "Ministry of Health",
    ),
    (
        "Iraq's foreign ministry summoned the charge d'affaires. In a statement, the ministry condemned the strikes as “a blatant violation”, and said it would complain to the UN Security Council.",
        "a blatant violation",
        "Iraqi Ministry of Foreign Affairs",
    ),
    # the pronoun of an embedded clause, a relative clause between subject and verb
    (
        "The army, which controls the city, said in a statement that dozens had been killed in what it described as a “terrorist crime”.",
        "terrorist crime",
        "army",
    ),
    (
        "The governor of the region, Viktor Gorelov, called the attack “a terrorist act” and said investigators would establish the facts.",
        "a terrorist act",
        "Viktor Gorelov",
    ),
    # a quotation nested in another belongs to whoever the outer one says spoke it
    (
        "“One of them shouted, ‘Where is the mayor?’ and then they fired,” Luis Rosa said.",
        "Where is the mayor?",
        "One of them",
    ),
    # a speaker given with the article's own description of them
    (
        "Abubakar Dan Bello, the village head, told Reuters by phone, “We heard the drone above us.”",
        "We heard the drone above us.",
        "Abubakar Dan Bello, the village head",
    ),
    # a spokesperson's words are the organisation's too
    (
        "The state police command confirmed the attack. The command's spokesperson, Aminu Baba, issued a statement. “Teams have been deployed,” the statement said.",
        "Teams have been deployed,",
        "state police command",
    ),
    ("“The building was empty,” said Omar Haddad, a spokesman for the civil defence.", "The building was empty,", "civil defence"),
    # a quotation sentence with no verb continues the speaker before it
    (
        "Hnin Wai, 26, lost her home. “I could not see anything,” she said. “I found my son in the morning.”",
        "I found my son in the morning.",
        "Hnin Wai",
    ),
    # more forms: ages and occupations in apposition, agencies and channels, honorifics
    # and ranks written short, names after a description, a named organisation's spokesperson

    ("“The clinic is full,” said Dr Samira Haddad, who heads the district hospital.", "The clinic is full,", "Samira Haddad"),
    ("Nuri Kassem, speaking to Al Jazeera, said: “We lost four men.”", "We lost four men.", "Nuri Kassem"),
    ("Commander Oleksiy Marchenko said in a statement posted on Telegram: “The enemy used glide bombs.”", "The enemy used glide bombs.", "Oleksiy Marchenko"),
    ("“The road was cut,” Zainab Okafor said, adding that help arrived hours later.", "The road was cut,", "Zainab Okafor"),
    ("“We ran to the river,” Ibrahim Sule, 45, a shopkeeper, told The Associated Press.", "We ran to the river,", "Ibrahim Sule"),
    ("Ruslan Petrov, the spokesman for the regional governor, told CNN that “the fire is under control”.", "the fire is under control", "Ruslan Petrov"),
    ("“No civilians were targeted,” Colonel Aung Kyaw said at a news conference in Naypyitaw.", "No civilians were targeted,", "Aung Kyaw"),
    ("Speaking at a press conference, Interior Minister Mohsin Naqvi said: “The attackers came from across the border.”", "The attackers came from across the border.", "Mohsin Naqvi"),
    ("The army released a statement on Monday. “Operations will continue until the area is secure,” the statement read.", "Operations will continue until the area is secure,", "army"),
    ("“The situation is catastrophic,” Governor Maria Santos’s office said in a statement.", "The situation is catastrophic,", "Maria Santos"),
    ("“Three officers were hurt,” a police spokesman said, declining to give his name.", "Three officers were hurt,", "a police spokesman"),
    ("“We heard two explosions,” one resident, Maria Lopez, said.", "We heard two explosions,", "Maria Lopez"),
    ("“This must stop,” the UN secretary-general, Antonio Guterres, said in New York.", "This must stop,", "Antonio Guterres"),
    ("President Ruto said on Sunday the attack was “an act of cowardice”.", "an act of cowardice", "Ruto"),
    ("In remarks broadcast by state television, General Abdel Fattah Burhan said “the militia will be defeated”.", "the militia will be defeated", "Abdel Fattah Burhan"),
    ("“Pray for our town,” Father Miguel Santos posted on Facebook.", "Pray for our town,", "Miguel Santos"),
    ("“Terrorism will be defeated,” tweeted Foreign Minister Jaishankar.", "Terrorism will be defeated,", "Jaishankar"),
    ("“We are investigating,” Governor Vitaliy Kim told the BBC’s Newsday programme.", "We are investigating,", "Vitaliy Kim"),
    ("Farmer Abdul Rahim lost his brother. “He was only going to the market,” he told AFP, asking not to be named.", "He was only going to the market,", "Abdul Rahim"),
    ("“The shelling began at dawn,” said Ahmed Musa of the Sudan Doctors Network.", "The shelling began at dawn,", "Ahmed Musa"),
    ("Police chief Hamid Shinwari later told reporters: “Two suspects were detained.”", "Two suspects were detained.", "Hamid Shinwari"),
    ("“We were not warned,” Bilal Ahmadzai said through an interpreter.", "We were not warned,", "Bilal Ahmadzai"),
    ("“It is a miracle anyone survived,” says nurse Tigist Alemu.", "It is a miracle anyone survived,", "Tigist Alemu"),
    ("“Drones attacked the substation,” Serhiy Lysak, the region’s governor, said in a Telegram post.", "Drones attacked the substation,", "Serhiy Lysak"),
    ("Kremlin spokesman Dmitry Peskov told reporters that “the answer will come”.", "the answer will come", "Dmitry Peskov"),
    ("Asked about the strike, Defence Minister Khawaja Asif said: “We will respond.”", "We will respond.", "Khawaja Asif"),
    ("“Check your fire extinguishers,” explained Sgt. Maj. Peter Otieno.", "Check your fire extinguishers,", "Peter Otieno"),
    ("“The perpetrators will be punished,” Prime Minister Ali Zaidi was quoted as saying by the state news agency.", "The perpetrators will be punished,", "Ali Zaidi"),
    ("“We counted nine bodies,” Ali Baba Mohammed said, according to Reuters.", "We counted nine bodies,", "Ali Baba Mohammed"),
    ("According to a statement from the army, “the operation was a success”.", "the operation was a success", "army"),
    ("Dr. Ana Perez, director of the San Juan hospital, said the hospital had received “dozens of wounded”.", "dozens of wounded", "Ana Perez"),
    ("Police said in a statement that “the suspect was armed”.", "the suspect was armed", "Police"),
    ("“Our teams are on site,” the ministry said in a statement carried by the official news agency.", "Our teams are on site,", "ministry"),
    ("Leila Ahmadi, a resident of Sderot, which was hit by rockets, said: “The children are terrified.”", "The children are terrified.", "Leila Ahmadi"),
    ("Nurse Grace Achieng treated the wounded. She added: “We ran out of bandages.”", "We ran out of bandages.", "Grace Achieng"),
    ("Ukraine’s air force said on Telegram that “14 of 20 drones were shot down”.", "14 of 20 drones were shot down", "Ukraine’s air force"),
    ("John Smith, the mayor, arrived at noon. “We will rebuild,” Mr Smith said.", "We will rebuild,", "John Smith"),
    ("Rosa Lopez lost her shop. “Everything is gone,” Ms. Lopez said.", "Everything is gone,", "Rosa Lopez"),
    ("Saddam Hussein Ali was at the market. “The ground shook,” Ali said.", "The ground shook,", "Saddam Hussein Ali"),
    ("“We have asked for help,” said Amadou Diallo and Fatou Sow in a joint statement.", "We have asked for help,", "Amadou Diallo"),
    ("The defence ministry said the drones were shot down. “All targets were hit,” it said.", "All targets were hit,", "defence ministry"),
    ("“It was chaos,” recalled Juan dela Cruz, a jeepney driver.", "It was chaos,", "Juan dela Cruz"),
    ("“The dead include two children,” health official Musa Haruna told Daily Trust by telephone.", "The dead include two children,", "Musa Haruna"),
    ("Maj. Gen. Edward Yang, the commander of the task force, said in a radio interview that “the rebels have fled”.", "the rebels have fled", "Edward Yang"),
    ("“This is a massacre,” said Hamas spokesman Hazem Qassem.", "This is a massacre,", "Hazem Qassem"),
    ("“The bridge is destroyed,” Hazem Qassem, a Hamas spokesman, said.", "The bridge is destroyed,", "Hamas"),
    ("In a statement on Sunday, the Islamic State group claimed the attack, saying its fighters had “targeted a gathering of apostates”.", "targeted a gathering of apostates", "Islamic State group"),
    ("“We will not forget,” wrote Lt. Gen. Oleksandr Syrskyi on Facebook.", "We will not forget,", "Oleksandr Syrskyi"),
    ("Taliban spokesman Zabihullah Mujahid said on X that “the culprits were arrested”.", "the culprits were arrested", "Zabihullah Mujahid"),
    ("“Forty homes were burned,” said the village chief, Alhaji Garba Musa.", "Forty homes were burned,", "Garba Musa"),
    # context: paragraphs, two speakers, surnames, pronouns past a titled person
    # multi-paragraph quote: first paragraph has no closing mark
    ("Police commissioner Umar Danladi described the scene.\n\n“The attackers arrived on motorcycles. They set fire to the market.\n\n“By morning, 12 bodies had been recovered,” he said.", "By morning, 12 bodies had been recovered,", "Umar Danladi"),
    ("Police commissioner Umar Danladi described the scene.\n\n“The attackers arrived on motorcycles. They set fire to the market.\n\n“By morning, 12 bodies had been recovered,” he said.", "The attackers arrived on motorcycles.", "Umar Danladi"),
    # two speakers, she refers to the nearest woman
    ("“We heard nothing,” said Ahmed Saleh, a guard. His colleague Mariam Yousef disagreed. “There was a loud whistle first,” she said.", "There was a loud whistle first,", "Mariam Yousef"),
    # pronoun after a paragraph break
    ("The regional governor, Oleh Syniehubov, visited the site.\n\nHe said: “Rescuers are still working under the rubble.”", "Rescuers are still working under the rubble.", "Oleh Syniehubov"),
    # it = organisation named before, with a person in between
    ("The World Health Organization said its staff had reached the hospital. Director Tedros Ghebreyesus was in Geneva. In a post on X, it said “supplies are running out”.", "supplies are running out", "World Health Organization"),
    # surname reference after full name with title
    ("Interior Minister Mohsin Naqvi visited the wounded. “The attack was planned abroad,” Naqvi said.", "The attack was planned abroad,", "Mohsin Naqvi"),
    # the statement read
    ("The military junta issued a statement on Tuesday. “The operation targeted terrorists,” it read.", "The operation targeted terrorists,", "military junta"),
    # quote with attribution in the middle and speaker later named in apposition
    ("“It was the worst night of my life,” said the woman, Amina Bello, 34, who lost two sons.", "It was the worst night of my life,", "Amina Bello"),
    # according to with org and location
    ("According to the UN humanitarian office in Kabul, “at least 200 families were displaced”.", "at least 200 families were displaced", "UN humanitarian office"),
    # he told X, then quote
    ("Major Thet Naing said the army had evidence. He told Myanmar Now: “They were hiding weapons in the monastery.”", "They were hiding weapons in the monastery.", "Thet Naing"),
    # statement from org
    ("A statement from the Sudanese Armed Forces said “the militia shelled residential neighbourhoods”.", "the militia shelled residential neighbourhoods", "Sudanese Armed Forces"),
    # quoted fragment inside narration, speaker subject before
    ("Governor Babagana Zulum called the killings “barbaric” and promised to rebuild the village.", "barbaric", "Babagana Zulum"),
    # "X's office said"
    ("“The president has ordered an investigation,” President William Ruto’s office said.", "The president has ordered an investigation,", "William Ruto’s office"),
    # spokesman of ministry, then "the spokesman said"
    ("Health ministry spokesman Ashraf al-Qudra gave the figures. “Most of the dead are women and children,” the spokesman said.", "Most of the dead are women and children,", "Ashraf al-Qudra"),
    # an org in lower case ("police") as subject
    ("“Two suspects have been arrested,” police said in a statement.", "Two suspects have been arrested,", "police"),
    # plural
    ("“We want justice,” relatives of the victims chanted outside the court.", "We want justice,", "relatives of the victims"),
    # reported by a Spanish-language style with two surnames
    ("“No vamos a descansar,” dijo el fiscal Ulises Lara López.", "No vamos a descansar,", "Ulises Lara López"),
    # A said, B said in one paragraph
    ("“The fire started at 3 a.m.,” fire chief Tom Hale said. “Nobody was inside,” added the owner, Rita Marsh.", "Nobody was inside,", "Rita Marsh"),
    ("“The fire started at 3 a.m.,” fire chief Tom Hale said. “Nobody was inside,” added the owner, Rita Marsh.", "The fire started at 3 a.m.,", "Tom Hale"),
    # A: a relative clause opened by "and who"; a that-less complement after "said"
    ("A rescuer who came out at dawn, and who asked not to be named because he was not allowed to speak to the media, said the air below was “still bad enough to burn your eyes”.", "still bad enough to burn your eyes", "A rescuer"),
    # B: a passive "would be added" is no reporting verb
    ("The agency said in a written reply that its figures counted “deaths at the scene” and that deaths in hospital would be added “once they are confirmed”.", "once they are confirmed", "agency"),
    # C: the speaker given with the article's description and first name
    ("“They burned the house with his wife inside,” said a farmer who gave only his first name, Jean, for fear of reprisals.", "They burned the house with his wife inside,", "a farmer who gave only his first name, Jean"),
    # D: a nickname in quotes and a document "posted" between the name and the claim
    ("The gang's leader, Pierre Joseph, known as “Ti Loup,” claimed the attack in a video message posted on TikTok. “Anyone who feeds them is our enemy,” he said in the video.", "Anyone who feeds them is our enemy,", "Pierre Joseph"),
    # E: "it" is the organisation, not a place listed after it
    ("In its report, the directorate also counted 21 wounded and 312 families displaced towards Saint-Marc, Liancourt and the hills. It said the figures were “provisional”.", "provisional", "directorate"),
    # C2: an unnamed woman described, then "she"
    ("Marie Dorval, a nurse, treated the wounded. A woman who lost her husband told our correspondent that she had hidden under a bed. “They were laughing while they killed,” she said.", "They were laughing while they killed,", "A woman who lost her husband"),
    # F: a described spokesperson, then "the spokesperson"
    ("A spokesperson for the UN mission in the country said peacekeepers had flown out the wounded. The mission “strongly condemns” the attack, the spokesperson said.", "strongly condemns", "A spokesperson for the UN mission"),
    # G: quoted by an agency as saying; a Turkic patronymic
    ("The head of the presidential administration's foreign policy department, Elchin Rauf oglu Guliyev, was quoted by the state news agency as saying that partners had been told “the facts on the ground”.", "the facts on the ground", "Elchin Rauf oglu Guliyev"),
    ("Azerbaijan's defence ministry denied the report. A spokesman for the ministry was quoted by state media as saying that the information was “not true”.", "not true", "A spokesman for the ministry"),
    # a described spokesperson named by the head of the description; an acronym as "it"
    (
        "A spokesperson for the UN mission, MINUSCA, said the wounded had been flown out. The mission “strongly condemns” the attack, the spokesperson said.",
        "strongly condemns",
        "A spokesperson for the UN mission, MINUSCA",
    ),
    (
        "MINUSCA said in a statement that it condemned the attack, which it blamed on the Revolutionary Armed Forces (FAR). It said such attacks “may constitute war crimes”.",
        "may constitute war crimes",
        "MINUSCA",
    ),
    # speaker introduced after the quote in the next sentence
    ("“We could not reach the wounded for hours.” The words were those of Dr Amal Nasser, who runs the only clinic in the camp.", "We could not reach the wounded for hours.", "Amal Nasser"),
    # colon-introduced paragraph
    ("Police spokesman Yusuf Khan gave a different account:\n\n“The driver tried to force his way through the checkpoint.”", "The driver tried to force his way through the checkpoint.", "Yusuf Khan"),
    # reported speech continued in a second quote after a paragraph break with "he said" inside
    ("Colonel Ricardo Souza described the operation. “We entered at dawn,” he said.\n\n“Two suspects opened fire on the officers,” Souza added.", "Two suspects opened fire on the officers,", "Ricardo Souza"),
    # Thai given-name reference with Mr
    ("Somchai Wongsawat, the district chief, arrived at noon. “The fire started in the kitchen,” Mr Somchai said.", "The fire started in the kitchen,", "Somchai Wongsawat"),
    # initials
    ("State BJP chief K. Annamalai visited the site. “The government failed these workers,” Annamalai told reporters.", "The government failed these workers,", "K. Annamalai"),
    # the minister, with the country's adjective, later "the minister"
    ("Kenya's Interior Minister Kithure Kindiki flew to Lamu on Sunday. “The attackers will be pursued,” the minister said.", "The attackers will be pursued,", "Kithure Kindiki"),
    # a statement signed by the spokesman, read
    ("In a statement signed by its spokesman, Abu Ubaida, the group said its fighters had “targeted a convoy”.", "targeted a convoy", "Abu Ubaida"),
    # quote inside a question-and-answer ("asked whether..., she said")
    ("Asked whether more troops would be sent, Defence Minister Anita Anand said: “That decision has not been made.”", "That decision has not been made.", "Anita Anand"),
    # quote then "according to a statement by X"
    ("“The situation is under control,” according to a statement by the regional police.", "The situation is under control,", "regional police"),
    # "the official said, speaking on condition of anonymity"
    ("“At least 40 were killed,” the official said, speaking on condition of anonymity because he was not authorised to brief the media.", "At least 40 were killed,", "the official"),
    # "in an interview with X"
    ("In an interview with the BBC, Governor Babajide Sanwo-Olu said the state would “rebuild every market”.", "rebuild every market", "Babajide Sanwo-Olu"),
    # "X, quoted by Y, said"
    ("Mayor Ahmed Yusuf, quoted by the local radio station, said “the bridge was the only way out”.", "the bridge was the only way out", "Ahmed Yusuf"),
    # speaker with a hyphenated double surname and particle
    ("“Nadie vino a ayudarnos,” dijo María Fernanda López-Gutiérrez de la Cruz.", "Nadie vino a ayudarnos,", "María Fernanda López-Gutiérrez de la Cruz"),
    # plural residents
    ("Residents told AFP that the shelling began at dawn. “The whole street is gone,” one of them said.", "The whole street is gone,", "one of them"),
    # the group's statement, claim
    ("Al-Shabaab claimed the attack in a statement on its Telegram channel, saying its fighters had killed “dozens of apostate soldiers”.", "dozens of apostate soldiers", "Al-Shabaab"),
    # army spokesperson after quote with title only
    ("“We have regained control of the town,” army spokesman Brigadier General Ahmed Shawky said on state television.", "We have regained control of the town,", "Ahmed Shawky"),
    # a quote attributed by "in the words of"
    ("In the words of the mayor, Lidia Sanz, the town had been “abandoned by everyone”.", "abandoned by everyone", "Lidia Sanz"),
    # a sentence-final speaker with a long apposition
    ("“Nobody warned us,” said Hamid Karzai Wardak, 63, a retired teacher whose house stands next to the checkpoint.", "Nobody warned us,", "Hamid Karzai Wardak"),
    # the ministry's statement later; "it added"
    ("The Health Ministry put the toll at 31. It added that “more than 100 people were wounded”.", "more than 100 people were wounded", "Health Ministry"),
    # pronoun "they" for an organization (police)
    ("Police in Mombasa said the suspects had fled. They said “a manhunt has been launched”.", "a manhunt has been launched", "Police in Mombasa"),
    # a name abbreviated with a dot ("Md." for Mohammad), named in the sentence after
    ("“Nobody has told us anything.” The words came from Md. Jalal Uddin, whose son was on the launch.", "Nobody has told us anything.", "Md. Jalal Uddin"),
    # a quotation of two paragraphs introduced by a colon
    ("Abdul Howlader, a trader, told our correspondent:\n\n“The signal was up when we left.\n\n“When the wind came, the master tried to turn.”", "When the wind came, the master tried to turn.", "Abdul Howlader"),
    # a quotation paragraph after a paraphrase by the same speaker
    ("Dr Fadumo Gelle runs the hospital. She added that the theatre had worked without a break.\n\n“We have run out of blood.”", "We have run out of blood.", "Fadumo Gelle"),
    # a nested "she said" is never the speaker of the quotation around it
    ("Her daughter, Grace Odhiambo, was wounded. Her mother, Pamela Akinyi, spoke at home.\n\n“She called me this morning. She said, ‘Mama, I am alive.’ But I am crying,” she said.", "Mama, I am alive.", "Grace Odhiambo"),
    # a name with a Portuguese particle stays whole
    ("Maria das Graças Figueiredo lost her mother in the fire. “Nobody came,” she said.", "Nobody came,", "Maria das Graças Figueiredo"),
    # "It" is the department described, not a number word opening a sentence
    ("Fourteen people were taken to hospital. The state health department gave a toll of seven. It said in a statement that two had died “of other causes”.", "of other causes", "state health department"),
    # relayed speech: the name after "said" told the words
    ("A police officer who asked not to be named said Palanivel had told investigators that the depth had been “within limits”.", "within limits", "Palanivel"),
    # a few words of narration and a colon before a quotation continue the speaker before it
    (
        "“I sent them to their grandmother,” Umm Ali Sharara said. Then, after a silence: “What is the sin of a child of eight?”",
        "What is the sin of a child of eight?",
        "Umm Ali Sharara",
    ),
    # a hard-wrapped copy (a PDF): the quotation runs on past the line breaks, and "he" is no month
    (
        "The commander, Superintendent Joel Pakao, spoke on 19 August. According to the\nminutes, he said: \"We know the names of the men who led this attack\nand we will arrest them.\"",
        "We know the names of the men who led this attack\nand we will arrest them.",
        "Joel Pakao",
    ),
    # a document speaks for the office that issued it, not for a place it names
    (
        "The Prime Minister's office said in a statement that it had sent 100 more soldiers to Enga.\n\n\u201cThe Government will not tolerate this,\u201d the statement said.",
        "The Government will not tolerate this,",
        "Prime Minister's office",
    ),
    # a transcript: each turn is its label's, later paragraphs of a turn included
    ("SHERIFF WHITCOMB: Good afternoon. There was one shooter.\n\nWe have video from three cameras.\n\nQ: Was there a second shooter?\n\nCORONER MERCER: All five families have been notified.", "We have video from three cameras.", "Sheriff Whitcomb"),
    ("SHERIFF WHITCOMB: Good afternoon. There was one shooter.\n\nWe have video from three cameras.\n\nQ: Was there a second shooter?\n\nCORONER MERCER: All five families have been notified.", "All five families have been notified.", "CORONER MERCER"),
    # the subject after the verb, behind a clause and its comma, and "he" after it
    (
        "Gunmen attacked the village overnight. The raid took place on Monday in Kasanga, said Joseph Mbaya, a local administrator.\n\n\u201cI can confirm eleven bodies,\u201d he said.",
        "I can confirm eleven bodies,",
        "Joseph Mbaya",
    ),
    # "he" never means an acronym (an organisation) named in between
    (
        "It\u2019s not clear how many are missing, said Omar Kalisya, head of a rights group in the town. The UN mission sent troops.\n\n\u201cWithout the army, it would have been worse,\u201d he told Reuters.",
        "Without the army, it would have been worse,",
        "Omar Kalisya",
    ),
    # nor a link line set between the name and the pronoun
    (
        "Governor Ivan Petrenko posted photographs of the rubble.\n\n[ Read more: Key events of the war ]\n\n\u201cThere may still be people under the rubble,\u201d he wrote.",
        "There may still be people under the rubble,",
        "Ivan Petrenko",
    ),
    # "according to X" makes X the source its pronoun refers back to
    (
        "According to Abu Taher, the gunman, who wore a mask, fired three shots.\n\n\u201cHe just came and shot,\u201d he said.",
        "He just came and shot,",
        "Abu Taher",
    ),
    # a verb coordinated with the sentence's first verb shares its subject
    (
        "After visiting the site, Prime Minister Shehbaz Sharif expressed his condolences to the victims and their families and said the \u201cscale of the tragedy is unimaginable.\u201d",
        "scale of the tragedy is unimaginable.",
        "Shehbaz Sharif",
    ),
    (
        "The Popular Forces told reporters that a raid hit a convoy, but said it was a \u201chumanitarian convoy\u201d and have so far denied the deaths.",
        "humanitarian convoy",
        "The Popular Forces",
    ),
    # a rank written short stays in the name its pronoun refers to
    (
        "The governor of Aswan, Maj. Gen. Karim el-Sayed, visited the injured. \u201cThe state will pay for their care,\u201d he said.",
        "The state will pay for their care,",
        "Karim el-Sayed",
    ),
    # a described speaker: a relative ("Her brother"), an official of an organisation
    (
        "\u201cWe waited all night,\u201d said Noura Adel. Her brother, who was with her, said the family had been waiting since Wednesday. \u201cThey tell us tomorrow,\u201d he said.",
        "They tell us tomorrow,",
        "Her brother",
    ),
    (
        "Dina Flores said she heard shots. A prison official, who asked not to be named, said guards were outnumbered. \u201cThere were eight of us,\u201d he said.",
        "There were eight of us,",
        "A prison official",
    ),
    # a relative clause's speech is its antecedent's ("a militia ..., which said"); "what
    # he called", "whom it described as", "who it said was" share the sentence's subject;
    # a sentence pointing back names the speaker of the quotation before it; a turn of a
    # transcript may quote someone else; an apposition with relative clauses inside
    ("The attack on the base was claimed hours later by a militia calling itself Saraya al-Fath, which said on Telegram that it had struck “the nest of the occupiers” with drones.", "the nest of the occupiers", "Saraya al-Fath"),
    ("Residents of the town said they were woken by two blasts.\n\n“The windows shook. My son thought it was an earthquake.” That was how Leyla Aziz, a teacher, described the moment of the explosion.", "The windows shook. My son thought it was an earthquake.", "Leyla Aziz"),
    ("Saraya al-Fath, a group that appeared last year and which US officials say is a front for older factions, said in a statement that “no fewer than 15 occupiers” had been killed.", "no fewer than 15 occupiers", "Saraya al-Fath"),
    ("Iran's foreign ministry spokesman Nasser Karimi rejected what he called “baseless accusations” and said Tehran had “no role in the decisions”.", "baseless accusations", "Nasser Karimi"),
    ("Iran's foreign ministry spokesman Nasser Karimi rejected what he called “baseless accusations” and said Tehran had “no role in the decisions”.", "no role in the decisions", "Nasser Karimi"),
    ("GENERAL HOLT: We are assessing the damage.\n\nQ: The Secretary said the US would respond “at a time and place of our choosing.” Has he seen options?\n\nGENERAL HOLT: I won't get ahead of him.", "at a time and place of our choosing.", "The Secretary"),
    ("The military has said that the strike targeted Rami Saleh, whom it described as a commander, and “a command centre embedded in the area”.", "a command centre embedded in the area", "military"),
    ("The military said it had carried out a “precise strike” on Rami Saleh, a commander, who it said was operating from “a command centre in the area.”", "a command centre in the area.", "military"),
    ("In a video posted on Telegram, a man who said he was an inmate showed burnt mattresses. “They shot at us from the roof,” he said.", "They shot at us from the roof,", "a man"),
    # the name that ends a long title phrase is the one "he" refers to
    (
        "Spokesperson of Kebbi state governor Malam Sani Bunza confirmed the attack to reporters, saying gunmen stormed the village.\n\u201cThe village head came out to plead with them,\u201d he said.",
        "The village head came out to plead with them,",
        "Sani Bunza",
    ),
    # a name the article places ("between A and B") is no "he"; "Another" (of the sources) is
    (
        "Gunmen targeted a detachment between Dori and Seytenga, near the border, one of the sources told AFP. Another said the army counter-attacked. He added that more soldiers may have died.\nHe said a \u201csearch and sweep operation\u201d was under way.",
        "search and sweep operation",
        "Another",
    ),
    # words quoted in narration right after a source's sentence are that source's
    (
        "Officers responded to a call about shots fired, the police statement said. As officers arrived, the shooter \u201cimmediately opened fire\u201d on patrol cars.",
        "immediately opened fire",
        "the police statement",
    ),
    # a document's words: "read" after or before it, "pointed out"
    ("\u201cThe lack of staff hinders any response,\u201d a statement from the prison service read.", "The lack of staff hinders any response,", "prison service"),
    ("\u201cThe attack will not go unpunished,\u201d read the council statement.", "The attack will not go unpunished,", "council statement"),
    ("The council statement pointed out that \u201cseveral websites had spread false claims\u201d.", "several websites had spread false claims", "council statement"),
    # a headline's present tense
    ("President Ramos condemns \u2018cowardly ambush\u2019 on soldiers", "cowardly ambush", "Ramos"),
    # a described subject whose verb reports nothing, then ", saying"
    ("A local military source also blamed the Kamuina militia for the attack, saying the group is \u201ctrying to steal weapons\u201d.", "trying to steal weapons", "A local military source"),
    # an agency quoting someone: the someone's words
    ("The state news agency quoted the commander, Captain Idrissa Kone, as saying that \u201cthe area is under control\u201d.", "the area is under control", "Idrissa Kone"),
    # a title alone before a stray comma joins the name after it
    ("\u201cWe lost six of our men,\u201d said Lt. Gen, Carlo Reyes Jr., the commander.", "We lost six of our men,", "Carlo Reyes Jr."),
    # a quotation of several paragraphs, its speaker named after the last one
    (
        "Police said two suspects were shot.\n\n\u201cAs the officers searched the thicket, they were met by gunfire\n\n\u201cThat is how the two suspects were fatally injured,\u201d Commander Jane Wanjiru said.",
        "As the officers searched the thicket, they were met by gunfire",
        "Jane Wanjiru",
    ),
    # a participle's or a preposition's phrase between commas is no subject
    ("A security source, speaking to AFP on condition of anonymity, said the car \u201cbelonged to a contractor\u201d.", "belonged to a contractor", "A security source"),
    ("The army, on its Telegram channel, said it had struck \u201ca weapons depot\u201d near the river.", "a weapons depot", "The army"),
    # a place in the apposition is not the speaker
    ("Jean Kasongo, mayor of the nearest city, Oicha, said \u201cthe enemy is present in the forest\u201d.", "the enemy is present in the forest", "Jean Kasongo"),
    # an apposition with its own relative clause describes the name before it
    ("The Resistance Committees in Kadugli, a network of activists who track abuses, confirmed the attack, calling it a \u201cbrutal attack\u201d.", "brutal attack", "The Resistance Committees in Kadugli"),
    # "according to" a described person, and "he" after it; a victim named earlier is no "he"
    (
        "A helicopter attack killed Kyaw Thu, 30, and injured five others, according to a local village administrator who asked not to be named.\n\u201cThe school and the market were shot at,\u201d he said.",
        "The school and the market were shot at,",
        "a local village administrator",
    ),
    # a stamp opening the lead's line is no part of the subject
    ("date 2022-08-18 Taliban spokesman Zabihullah Karimi said \u201cthe attackers will be punished\u201d.", "the attackers will be punished", "Zabihullah Karimi"),
    # "the agency quoted X": X's words
    ("\u201cWe tried to use the emergency brake,\u201d the state news agency quoted one of the drivers as saying.", "We tried to use the emergency brake,", "one of the drivers"),
    # "it" after an organisation named with "and" and its acronym in brackets
    (
        "The Ministry of Transport and Communications (MTC) said in a statement that the company's bus had passed inspection. It said it would suspend the company's licence \u201cas a precaution\u201d.",
        "as a precaution",
        "Ministry of Transport and Communications",
    ),
    # a dateline in title case with brackets and no comma is no speaker of the chant after it
    ("Tarmu (Veloria) (AFP) \u2013 Hundreds of relatives blocked a main road on Wednesday with the coffins of the dead, chanting \"Justice for the drivers\" as police put the toll at 12.", "Justice for the drivers", "Hundreds of relatives"),
    # "to say on X" is said on a platform, by the subject (named beside the words)
    ("Senator Tom Reed had the following to say on X: \u201cThe strikes were lawful and overdue.\u201d", "The strikes were lawful and overdue.", "Tom Reed"),
    # the agency that said them, citing its source, carried the words
    ("State news agency NNA reported the raids. \u201cThe enemy carried out an aerial assault on the town,\u201d NNA said, citing a military source.", "The enemy carried out an aerial assault on the town,", "NNA"),
    # "X, quoting Y, reported that “...”": Y's words, relayed by X
    ("The district media office, quoting the governor, Ali Qasim, reported that \"fuel in one of the tanks had ignited.\"", "fuel in one of the tanks had ignited.", "Ali Qasim"),
]


# Read from the reporting verb itself (exact), not from a name standing near the words.
VERB_FORMS = [
    # a participle after a comma, its own subject after "with", "reported", "emphasized"
    (
        "Health Minister Rana Okafor, following a visit to the city hospital and an adjoining burns unit, confirmed the toll to the media, stating, “So far 43 people have died.”",
        "So far 43 people have died.",
        "Rana Okafor",
    ),
    ("Okafor said most of the injured were critical, emphasizing, “None of them are out of danger.”", "None of them are out of danger.", "Okafor"),
    ("The fire spread within minutes, with one fire officer claiming, “It raced through the upper floor.”", "It raced through the upper floor.", "one fire officer"),
    ("The inquiry will take months, with Sergeant Lena Howe noting that the scene was “badly disturbed”.", "badly disturbed", "Lena Howe"),
    ("Fighting continued, officials said, as President Anton Marek reported “intense battles” along the front.", "intense battles", "Anton Marek"),
    ("Governor Ivan Petrenko, head of the regional administration, earlier reported hearing \"at least 20 explosions.\"", "at least 20 explosions.", "Ivan Petrenko"),
    ("Chief Ruth Abara visited the wounded. “All the injured were treated,” she emphasized.", "All the injured were treated,", "Ruth Abara"),
    # more verbs, a passive "told by", a coordinated verb after a clause, a name's noun after it
    ("Senator Ana Ruiz maintained that \u201cthe ceasefire holds\u201d.", "the ceasefire holds", "Ana Ruiz"),
    ("One father muttered, \"Good riddance.\"", "Good riddance.", "One father"),
    ("\u201cWe lost everything\u201d told by Karim Uddin, a survivor of the ferry.", "We lost everything", "Karim Uddin"),
    ("Harbour City police announce on X that officers \"are encountering gunfire.\"", "are encountering gunfire.", "Harbour City police"),
    ("Harbour City police shared an update on X, saying, \u201cWe are releasing everyone.\u201d", "We are releasing everyone.", "Harbour City police"),
    ("The man refused to comply and told officers he did not \u201chave a gun\u201d.", "have a gun", "The man"),
    # a description opening the sentence, a nationality inside it, an irregular verb after it
    ("A senior Iraqi official later took to X and criticised the move, saying the strikes \u201cdo not help bring calm\u201d.", "do not help bring calm", "senior Iraqi official"),
    ("After the attack, the Minister of Defense, Ivan Vela, chaired a council in Tibu, in which he maintained that \u201cnothing justifies this.\u201d", "nothing justifies this.", "Ivan Vela"),
    # a reporting verb inside another's reported speech has its own subject
    ("Lena Dorn, the harbour master, said Ostrik had called the strike \u201ca crime\u201d on Tuesday.", "a crime", "Ostrik"),
    ("Dorn said she told the governor the depot was \u201ca total loss\u201d.", "a total loss", "Dorn"),
    # a remark in brackets, two descriptions joined by "and", a stray comma after "said", "that organization"
    ("A resident of Barza (names withheld) said the bandit \"killed our chief imam and two others\".", "killed our chief imam and two others", "resident of Barza"),
    ("\u201cWe will not leave,\u201d General Abdi Barise, police spokesman and head of the criminal investigation department, told Reuters.", "We will not leave,", "Abdi Barise"),
    ("\u201cThe shooters fled on motorbikes,\u201d said, Tito Castellanos, the local police deputy director.", "The shooters fled on motorbikes,", "Tito Castellanos"),
    (
        "The UN Office for Human Rights rejected the attack. \u201cWe urge armed groups to respect civilians,\u201d added that organization.",
        "We urge armed groups to respect civilians,",
        "UN Office for Human Rights",
    ),
    # a hard-wrapped copy breaks a name across lines; it is one name, in one sentence
    (
        "Gunmen attacked a police checkpoint on the main road north of the town late\non Friday, killing four officers and"
        " wounding two others, officials said on\nSaturday. The attack was condemned by the regional governor, Amina\nYusuf,"
        " who told reporters on Monday that \"nobody will be spared\" by\nthe investigation. Police said the attackers fled"
        " into the forest after\nthe attack and that a search was under way in the nearby villages.\n",
        "nobody will be spared",
        "Amina Yusuf",
    ),
    # an apposition's relative clause with "that"; a capitalised description after the name; "citing"
    ("\"We tumbled upon each other,\" Akhtar Rana, a passenger on the train that derailed, told AFP.", "We tumbled upon each other,", "Akhtar Rana"),
    ("Erden Ferro, Officer of Aboiti Transport System, said, \"The captain is alive.\"", "The captain is alive.", "Erden Ferro"),
    ("Twitter yesterday suspended the spokesman's account, citing \u201cunusual activity\u201d.", "unusual activity", "Twitter"),
    # "he" is no adjective before a noun ("a Buddhist monastery")
    (
        "The meeting in a Buddhist monastery was attacked, said a resident who identified himself as Ko Lin.\n\n"
        "\u201cThe monastery was hit with firebombs,\u201d he told Radio Free Asia.",
        "The monastery was hit with firebombs,",
        "Ko Lin",
    ),
    # "its forces" is part of what "it" means, not its referent
    (
        "The Central Command said in a post on X that its forces conducted a strike, killing a commander.\n\n"
        "It said no civilians were hurt and that \"the United States will continue to take necessary action\".",
        "the United States will continue to take necessary action",
        "Central Command",
    ),
    # a time's "p.m." before its zone in brackets ends no sentence
    (
        "The Central Command said on X that its forces struck at 9:30 p.m. (Baghdad time), killing a commander "
        "\"responsible for planning attacks.\"",
        "responsible for planning attacks.",
        "Central Command",
    ),
    # a quotation that opens with its own verb; "citing" gives the words to the source cited; "concluded"
    ("On Saturday evening, France \"condemned in the strongest possible terms the attack\".", "condemned in the strongest possible terms the attack", "France"),
    ("\u201cSome shells fell on a mosque,\u201d AFP reported, citing the local resistance committee.", "Some shells fell on a mosque,", "local resistance committee"),
    ("Governor Ivan Petrov spoke to reporters. \u201cWe will respond,\u201d he concluded.", "We will respond,", "Ivan Petrov"),
    # a lone name opening its sentence is a speaker's; a trailing "also" is no part of the subject
    ("Amira, 14, said she knew the shooter.\n\u201cHe was quiet and had good grades,\u201d she told Reuters.", "He was quiet and had good grades,", "Amira"),
    (
        "At a press conference held at Felda Utara, Kampung Baru, here, Ismail also said the bodies were moved.\n\n"
        "\u201cTheir names will be given to the families first,\u201d he said.",
        "Their names will be given to the families first,",
        "Ismail",
    ),
    # doubled single marks are double quotation marks; a closing mark may open a paragraph's quotation
    ("Inspector Tom Hale said drivers kept making \u2018\u2018the same basic mistakes\u2019\u2019 on the roads.", "the same basic mistakes", "Tom Hale"),
    ("\u201d The boat had no life jackets,\u201d police spokeswoman Ruth Okello told the press.", "The boat had no life jackets,", "Ruth Okello"),
    # a title's jurisdiction or a place in apposition is not the speaker
    ("“All 59 passengers are missing,” Hari Lal Gurung, Chief District Officer, Kaski confirmed.", "All 59 passengers are missing,", "Hari Lal Gurung"),
    ("“Two cars blew up” in the region’s capital, Tarmu, a local investigative committee said.", "Two cars blew up", "local investigative committee"),
    (
        "On Friday, the national police's spokesperson, Divisional Commissioner Ana Vidal, had said units were being sent \"to restore order\".",
        "to restore order",
        "Ana Vidal",
    ),
    # initials inside a name end no sentence, and the next paragraph's quotation is theirs too
    ("\"The injured have no burns,\" said Dr. K.L. Verma of the district hospital. \"None of the bodies have marks.\"", "None of the bodies have marks.", "K.L. Verma"),
    # a verb denied reports nothing: "he" is the spokesman
    (
        "Police spokesman Rahim Karimi confirmed the blast, but did not say how many died. He wrote that the government “strongly condemns” it.",
        "strongly condemns",
        "Rahim Karimi",
    ),
    # a related story's headline between the paragraphs is no antecedent of "he"
    (
        "“Nobody escaped,” Fred Moyo, the provincial police spokesman, told the national broadcaster on Sunday evening at the scene.\n"
        "Star striker joins Saudi club Al-Ittihad\n“The crime scene team has arrived and detectives are on their way from the city to the scene,” he added.",
        "The crime scene team has arrived",
        "Fred Moyo",
    ),
    # "calls X ‘Y’" in a headline; "delivered closing comments:" announces the quotation
    ("Mayor calls string of weekend stabbings \u2018deeply troubling\u2019\n\nMayor Lena Ortiz said the city would add patrols.", "deeply troubling", "Lena Ortiz"),
    ("Then Chief Omar Daley delivered some brief closing remarks:\n\n\u201cWe owe these officers everything.\u201d", "We owe these officers everything.", "Omar Daley"),
    # a passive verb of naming keeps its speaker after "by"
    ("The gunman was described as \u201ca tall man in a grey hoodie\u201d by police.", "a tall man in a grey hoodie", "police"),
    # an opening participle with no verb of speech after it: the main clause's subject
    ("After first admitting that \u201cwe are still in shock\u201d over the fire, Ruiz detailed how crews reached the roof.", "we are still in shock", "Ruiz"),
    # "compared X to “...”" reports words; "as" opens a clause with its own subject
    ("Seats were covered in glass after the crash as a witness compared the carriage to \u201ca war zone\u201d.", "a war zone", "witness"),
    # a paragraph of quotation right after a sentence that introduces its speaker
    ("Market vendor and eyewitness Rosa Delgado was opening her stall when the blast hit.\n\u201cEverything shook and then the smoke came in.\u201d", "Everything shook and then the smoke came in.", "Rosa Delgado"),
    ("\u201cWe have buried six neighbours this week.\u201d With those words, Pastor Amos Kiprop opened the vigil in the square.", "We have buried six neighbours this week.", "Amos Kiprop"),
    # an app's advert between two paragraphs of one speaker's
    ("\u201cThe shootings are unacceptable,\u201d Mayor Lena Ortiz said in a statement.\n- Download our app to get local alerts\n\u201cPolice are working to bring those responsible to justice.\u201d", "Police are working to bring those responsible to justice.", "Lena Ortiz"),
    # a pronoun opening the sentence is its participle's subject, not the name it thanked
    ("Shadia Amin lost her husband in the attack.\n\nShe also thanked Jacinda Ardern, \u201cour amazing Prime Minister\u201d, for her response, saying she has done \u201can amazing job\u201d.", "an amazing job", "Shadia Amin"),
    # a name after "her best friend" is someone she is related to, not "she"
    ("Freya Lewis, 19, was injured in the explosion, which killed her best friend Nell Jones.\n\n\u201cNell was such a big part of my life,\u201d she said.", "Nell was such a big part of my life,", "Freya Lewis"),
    # a press release's title names the statement's speaker; a signature after a quotation
    ("Statement by Mohamed Fall, UNICEF Representative in Nigeria, on the school attack\n\n30 November 2017\n\n\u201cToday\u2019s attack on a primary school is a despicable act.\u201d\n\n\u201cChildren should be safe at school.\u201d", "Children should be safe at school.", "Mohamed Fall"),
    ("From the series MSF in 2013:\n\u201cWe want to reach people beyond our hospital walls.\u201d\n\u2014Benoit De Gryse, Doctors Without Borders country representative in Afghanistan", "We want to reach people beyond our hospital walls.", "Benoit De Gryse"),
    # "according to X, “...”" opens a quotation, and the next paragraph of it is X's too
    ("According to a resident of the village, Ali Shuaibu, \u201cthe bandits came on motorbikes and told everyone to stay indoors.\n\n\u201cAs I am talking I cannot tell you how many were killed.\u201d", "As I am talking I cannot tell you how many were killed.", "Ali Shuaibu"),
    # a dateline before a statement's first quotation
    ("Statement by Mohamed Fall, UNICEF Representative in Afghanistan, on the school attack\n\nKABUL, Afghanistan \u2014 \u201cToday\u2019s attack on a primary school is a despicable act.\u201d", "Today\u2019s attack on a primary school is a despicable act.", "Mohamed Fall"),
    # ... and a dateline that carries its date ("ABUJA, 30 November 2017 -")
    ("Statement by Grace Okafor, Country Director, on the market fire\n\nLAGOS, 4 March 2023 - \u201cToday\u2019s fire destroyed the livelihoods of hundreds of traders.\u201d", "Today\u2019s fire destroyed the livelihoods of hundreds of traders.", "Grace Okafor"),
    ("Statement by Grace Okafor, Country Director, on the market fire\n\nLAGOS, Nigeria, March 4, 2023 \u2014 \u201cToday\u2019s fire destroyed the livelihoods of hundreds of traders.\u201d", "Today\u2019s fire destroyed the livelihoods of hundreds of traders.", "Grace Okafor"),
    # a "she" whose search goes back through sentences that go on about her
    ("Rosa Diaz stayed home on Sunday morning, and it may have saved her life.\n\nShe and her son had planned to go to the market. She is not a regular there, but her son likes it.\n\nThis time, they decided not to. \u201cToo tired,\u201d she says.", "Too tired,", "Rosa Diaz"),
    # a relative clause set off up to "said" keeps the subject before the verb
    ("Mr. Okoro\u2019s son Emeka, who works at the shop, said the street remained in shock. \u201cEverybody is quiet,\u201d he said.", "Everybody is quiet,", "Emeka"),
    # names qualifying a description ("Lagos and Nigeria striker"), the person named after it
    ("Lagos City and Nigeria striker Ade Bello paid tribute to his home town, writing about the \u201cunimaginable\u201d attack.", "unimaginable", "Ade Bello"),
    # "According to him, ..." then a paragraph of quotation
    ("The chairman of the association, Daniel Pam, said the attack was a shock.\n\nAccording to him, no one expected it, adding that a peace meeting was held last week.\n\n\u201cThe attack was a big surprise to us.\u201d", "The attack was a big surprise to us.", "Daniel Pam"),
    # a chain of "he"s back to the description that opened it, past the outlet named there
    ("A resident of the village who asked not to be named described the attack as terrible in a phone interview with HARBOUR NEWS.\n\nAccording to him, the gunmen came on motorcycles.\n\n\u201cThey shot seven people,\u201d he added.\n\nSpeaking further, he explained that the villagers fled into the bush.\n\nOn the kidnapping, he stated: \u201cWe cannot be sure yet.\u201d", "We cannot be sure yet.", "A resident of the village"),
    # single marks: straight ones across a hard-wrapped line, curly ones left open where a
    # paragraph of a quotation of several ends (British style)
    ("More have been injured and there are fears the toll\ncould increase further.\n'I cannot give the exact toll at the moment, but it is\napproximately 60. There is a possibility that the toll may go up,' district\npolice spokesperson Ravi Sharma said.\n", "I cannot give the exact toll at the moment, but it is\napproximately 60. There is a possibility that the toll may go up,", "Ravi Sharma"),
    ("\u2018The fire spread within minutes,\u2019 said fire chief Tom Reed.\n\nHe added: \u2018This was a private event and the hall had no permit.\n\n\u2018Security was left to the organisers.\u2019", "This was a private event and the hall had no permit.", "Tom Reed"),
    # "said a jet struck the hospital" is a clause, not an inverted subject; the name with its
    # description before an aside is who said it
    ("Aid worker Maung Tin, present during the bombing, said a military jet struck the hospital on Wednesday evening. \u201cThe situation is very terrible,\u201d he said.", "The situation is very terrible,", "Maung Tin"),
    # a victim named just before "the statement said" issued no statement
    ("The Harbour Rowing Club released a statement on Monday.\n\nTom Reed, 14, one of four people killed in the crash. \u201cHe was an amazing teammate,\u201d the statement said.", "He was an amazing teammate,", "Harbour Rowing Club"),
    # the present tense of features ("she argues"); a sentence of narration between one
    # speaker's quotations in a paragraph
    ("Rita Alam lost a leg in the collapse and never found work.\n\n\u201cAll I want is justice,\u201d she argues.", "All I want is justice,", "Rita Alam"),
    ("\u201cWe thought it was a robbery,\u201d says Peter Mulinge. But the shot was followed by a second. \u201cWithin minutes, it got so intense.\u201d", "Within minutes, it got so intense.", "Peter Mulinge"),
    # a name after two descriptions of its bearer
    ("\"The soldiers come for a day,\" said one of them, a village chief from Nacolo, Bakari Ussene. \"Then the bandits come back at night.\"", "Then the bandits come back at night.", "Bakari Ussene"),
    # a name after "for" is what a title is for, no "she" ("The police commander for X, Col. Name,")
    ("The police commander for Tarmu, Col. Ana Ruiz Flores, stood by her figure.\n\n\u201cTwenty-one people are dead,\u201d she told reporters.", "Twenty-one people are dead,", "Ana Ruiz Flores"),
    # inside a quotation: the subject of a verb coordinated with the verb of speech, past its
    # apposition; "the <kin>" the speaker talks of is "she"; the verb's object, manner and time
    # before the words
    ("\u201cThey asked for news. A woman, the wife of one of the fishermen, took my arm and said to me, \u2018Bring him home.\u2019 I could not answer,\u201d the mayor said.", "Bring him home.", "A woman"),
    ("\u201cI sat with the mother this morning. She told me, \u2018Nobody has called us.\u2019 I had nothing to say,\u201d said Governor Ana Lim.", "Nobody has called us.", "the mother"),
    ("\u201cThe governor said it to me very plainly last night: \u2018Nobody will be spared.\u2019 We believe him,\u201d the lawyer, Rosa Kim, said.", "Nobody will be spared.", "The governor"),
    # "it" in the reported clause is the organisation its name is set in apposition to
    ("Mayor Ana Lim said the road was closed. The drivers' union, the Sindicato Nacional de Motoristas, said in a statement that it had warned the operator about \u201cworn brakes\u201d for months.", "worn brakes", "The drivers' union, the Sindicato Nacional de Motoristas"),
    # "said the flooding showed “...”": an object clause, its subject no speaker
    ("The Harbour Residents' Association, which last month wrote to the council, said the flooding showed \u201cthe same neglect\u201d by the port authority.", "the same neglect", "Harbour Residents' Association"),
    # a statement read out for someone: in a transcript's turn, inside a quotation, and as "the
    # statement" after the sentence saying whose it is; the turn's own words after it stay the turn's
    ("MAYOR LIM: I will read a message from the harbour master, who is at sea. 'All boats must stay in port.' Thank you.\n\nQ: When will the port reopen?\n\nMAYOR LIM: Tomorrow.", "All boats must stay in port.", "the harbour master"),
    ("MAYOR LIM: I will read a message from the harbour master, who is at sea. 'All boats must stay in port.' Thank you.\n\nQ: When will the port reopen?\n\nMAYOR LIM: Tomorrow.", "Thank you.", "MAYOR LIM"),
    # "answered"; one heard in a video, described by where they stand; a name with how
    # the neighbourhood calls her
    ("Father Quintero spoke to journalists.\n\nAsked whether he would return to San Mateo, the priest answered without hesitation: \u201cOf course. That is my parish.\u201d", "Of course. That is my parish.", "the priest"),
    ("Abu Faris said two workers died.\n\nIn a video circulated on Sunday, a man standing among overturned carts can be heard shouting: \u201cIs this a front line?\u201d", "Is this a front line?", "a man standing among overturned carts"),
    ("\"He promised to take me to lunch,\" said Dona Graça, as she is known in the neighbourhood.", "He promised to take me to lunch,", "Dona Graça, as she is known in the neighbourhood"),
    # "said one, a shopkeeper": the description says who "one" is
    ("The building collapsed at noon, witnesses said. \"It fell like a card house,\" said one, a shopkeeper.", "It fell like a card house,", "a shopkeeper"),
    ("Q: What did the villagers tell you?\n\nA: An old man from the village told me: \u2018We have nothing left.\u2019 We gave him rice.\n\nQ: And the army?\n\nA: They did not come.", "We have nothing left.", "An old man from the village"),
    ("The family's lawyer, Tom Reed, spoke outside the court. \"I will read a statement from the Lim family, who are at home today. 'We have lost our son and nobody has said sorry.' That is the end of the statement,\" Reed said.", "We have lost our son and nobody has said sorry.", "the Lim family"),
    ("Tom Reed, the family's lawyer, read a statement on behalf of the Lim family. \u201cWe have lost our son and nobody has said sorry,\u201d the statement said.", "We have lost our son and nobody has said sorry,", "the Lim family"),
    # "Those were the words of X" after a quotation; a quotation of two paragraphs with a
    # caption and its credit set between them
    ("\u201cWe gave them soup and blankets.\u201d\n\nThose were the words of Nikos Petrakis, the deputy mayor, who was at the quay.", "We gave them soup and blankets.", "Nikos Petrakis"),
    # ... "The moving words came from X", "That was the tribute from X", a role before the name;
    # or one described, not named, whoever "of" names after the description
    ("\u201cShe sang to every child on the ward.\u201d\n\nThe moving words came from ward sister Amaka Obi, 47, who had worked beside her.", "She sang to every child on the ward.", "Amaka Obi"),
    ("\u201cHe fixed every bike on our street.\u201d\n\nThat was the tribute from neighbour Luis Ferreira, 60, on Sunday.", "He fixed every bike on our street.", "Luis Ferreira"),
    ("\u201cShe had been scared of him for a year.\u201d\n\nThose were the words of a close friend of Ms Tane, who asked not to be named.", "She had been scared of him for a year.", "a close friend"),
    ("The coast guard spokeswoman, Eleni Mavrou, said the survivors were safe.\n\n\u201cThe children were wrapped in the women's clothes.\n\nPhoto: Harbour Times / dpa\nSurvivors are helped ashore at the port on Tuesday.\n\n\u201cWe gave them soup and blankets.\u201d\n\nThose were the words of Nikos Petrakis, the deputy mayor.", "The children were wrapped in the women's clothes.", "Nikos Petrakis"),
    # "she" after "Her mother asked ..." is whose mother she is; "as reported by X" relays
    ("\u201cIt was nonstop,\u201d said a student who was in a sports class, as reported by the Associated Press. Her mother asked that her name be withheld because of her age.\n\n\u201cI didn\u2019t know what was happening,\u201d she said.", "I didn\u2019t know what was happening,", "a student"),
    # ... but "Her neighbour ... said ..." in the quotation's own paragraph, with no other
    # "her" narrating on about the owner, is who "she" means
    ("\u00abMy son called me at six,\u00bb said Rosa Diaz, the driver's mother.\n\nHer neighbour, who asked not to be named, said the families had waited all night. \u00abThey tell us nothing,\u00bb she said.", "They tell us nothing,", "Her neighbour"),
    # "according to X, a nurse at the clinic, who said": the relative clause is X's, not the description's
    ("Nine people died, according to Halima Tukur, a nurse at the district clinic, who said two more were in surgery. \u201cWe ran out of blood,\u201d she said.", "We ran out of blood,", "Halima Tukur"),
    # "he" inside a quotation is someone its speaker talks of: the kin or name of its own
    # paragraph, not the name the narration gave before it
    ("Police chief Tom Reed said the case was open.\n\nMaria Lopez said her husband had received threats. \u201cHe told me, \u2018If anything happens to me, look at the neighbours,\u2019\u201d she said.", "If anything happens to me, look at the neighbours,", "her husband"),
    ("Police chief Tom Reed said the case was open.\n\nAna Cruz, whose son was on the bus, said she spoke to him. \u201cHe called and said, \u2018We are stuck, pray for us.\u2019 That was all,\u201d she said.", "We are stuck, pray for us.", "her son"),
    ("Police chief Tom Reed said the case was open.\n\nAna Cruz said she spoke to Luis Ortega before the crash. \u201cHe called and said, \u2018We are stuck, pray for us.\u2019 That was all,\u201d she said.", "We are stuck, pray for us.", "Luis Ortega"),
    # "said the 62-year-old survivor": the person named before, with that age when one is given
    ("Maria Lopez fled her flat on the tenth floor, escaping with nothing. \u201cI don\u2019t have anything,\u201d said the 62-year-old survivor of the collapse.", "I don\u2019t have anything,", "Maria Lopez"),
    ("Tom Reed, 34, and Ana Cruz, 62, were rescued. Police chief Bo Li said the search went on. \u201cI lost everything,\u201d said the 62-year-old.", "I lost everything,", "Ana Cruz"),
    # "X said that initial reports stated “...”": the reports are X's to give
    ("Colonel Ana Ruiz, a spokeswoman for the mission, said in a brief post that initial reports stated \u201cindirect fire landed on the base tonight\u201d.", "indirect fire landed on the base tonight", "Ana Ruiz"),
    # "the report stated": a document that speaks, the definite article making it one
    ("The inquiry published its findings on Monday. \u201cThe gates were locked from the outside,\u201d the report stated.", "The gates were locked from the outside,", "the report"),
    # a sentence adverb before an apposition is no name it describes
    ("The toll was disputed.\n\nAlso, a local official who spoke on condition of anonymity, said the toll would rise. \u201cThere were differing accounts,\u201d he said.", "There were differing accounts,", "a local official"),
    # "the officer said" after a brigadier's quotations, when no one was written as an officer: the last who spoke
    ("Addressing a press conference, Brigadier Ravi Menon said the group was armed.\n\n\u201cThe recoveries are telling,\u201d he said.\n\n\u201cWe have not identified them,\u201d the officer said.", "We have not identified them,", "Ravi Menon"),
    # a passive opening a quotation ("were \u201cobserved ...\u201d") reports no words of its subject
    ("No troops were hurt, a spokesman, Tom Reed, told reporters. The strike was carried out after fighters were \u201cobserved moving on a patrol,\u201d the spokesman said.", "observed moving on a patrol,", "Tom Reed"),
    # "described as a \u201c...\u201d by X", the agent after the quotation, with a long title
    ("The raid was described as a \u201csurprise dawn attack on the base,\u201d by the task force\u2019s Chief of Military Public Information Colonel Ana Ruiz Flores in a statement.", "surprise dawn attack on the base,", "Ana Ruiz Flores"),
    # a participle of speech after the sentence's verb ("responded ..., insisting")
    ("Interior Minister Tom Reed responded to the claim, insisting \"several lines of investigation\" were being pursued.", "several lines of investigation", "Tom Reed"),
    # a number opening the sentence is no subject of a quoted phrase in it; "according to a
    # statement from X" is X's; "Name, D-N.Y.," is no dateline; a quoted nickname is part of the name
    ("Two \u201carmed individuals\u201d were also killed, according to a statement from the command.", "armed individuals", "the command"),
    ("House Minority Leader Hakeem Ruiz, D-N.Y., shared a statement calling for Congress to be \u201cfully and immediately briefed.\u201d", "fully and immediately briefed.", "Hakeem Ruiz"),
    ("\u201cWe will respond,\u201d said the regional commander, General Michael \u201cErik\u201d Ruiz.", "We will respond,", "Michael Ruiz"),
    # a progressive's subject is the words before its auxiliary, past the clause before them;
    # "X's conference issued a statement, declaring" is the conference's
    ("Some of them remained speechless while others were shouting: \"Help us, help us!\" as the fire spread.", "Help us, help us!", "others"),
    ("The Mexican bishops\u2019 conference issued a statement on Monday, declaring that it \u201ccannot remain indifferent to the violence\u201d in the region.", "cannot remain indifferent to the violence", "Mexican bishops\u2019 conference"),
    # "shouted to us, ‘...’" inside a quotation: the words of the one who shouted; "Hundreds of
    # people joined the funeral, chanting": the crowd's
    ("\u00abMy brother was among them. The neighbours shouted to us, 'Run to the bush, take nothing,' but he went back,\u00bb said Tom Reed.", "Run to the bush, take nothing,", "The neighbours"),
    ("The spokesman, Tom Reed, called the raid a crime.\n\nHundreds of people joined the funeral, chanting \"We will not forget\" as the bodies were carried.", "We will not forget", "Hundreds of people"),
    # "the mission" is the one named after a description with its place ("The UN mission in
    # Veloria, UNMIV,"), and so is "it" after its statement issued with someone else
    ("The UN peacekeeping mission in Veloria, UNMIV, said nine civilians were killed.\n\nIn a statement issued jointly with the UN Humanitarian Coordinator, the mission said its patrol found houses burnt. Hundreds had fled, the statement said. \"The Mission condemns this attack,\" it said.", "The Mission condemns this attack,", "UNMIV"),
    # "X state's attorney general office released a statement saying": what the owner owns
    # speaks, so "it" is the office, not the directorate named after it
    ("By evening, Harbour state's attorney general office released a statement saying it was working with the forensic sciences directorate.\n\"Our condolences go out to the families,\" it said in a post.", "Our condolences go out to the families,", "Harbour state's attorney general office"),
    # "and further warned": a coordinated verb after an adverb shares its subject
    ("The rebels' spokesman, Ali Sarea, vowed revenge.\n\nPresident Tom Reed released a statement saying the strikes were a \"defensive action\" and further warned he \"will not hesitate\" to order more.", "defensive action", "Tom Reed"),
    # a clause with no verb of speech ending in a colon introduces its subject's words, in its
    # sentence or as a block quotation below it (not a label: "From the series X in 2013:")
    ("\u201cIt was unlawful,\u201d Senator Ana Ruiz said.\n\nSenator Tom Reed, a Louisiana Republican: \u201cThe strikes were lawful and overdue.\u201d", "The strikes were lawful and overdue.", "Tom Reed"),
    ("\u201cIt was unlawful,\u201d Senator Ana Ruiz said.\n\nSenator Tom Reed, on the other hand, backed the president:\n\n\u201cThe strikes were lawful and overdue.\u201d", "The strikes were lawful and overdue.", "Tom Reed"),
    ("\u201cIt was unlawful,\u201d Senator Ana Ruiz said.\n\nAfter the vigil, Mayor Tom Reed turned to the crowd: \u201cDon\u2019t just say their names.\u201d", "Don\u2019t just say their names.", "Tom Reed"),
    # "His statement also hinted ... “...,” it said": "it" is the statement, so its owner's words
    ("\"Our forces struck five sites,\" a defense official said.\n\nDefense Secretary Lloyd Ruiz confirmed that bombers were used.\n\nHis statement also hinted that the aircraft sent a signal.\n\n\"The bombers show our reach,\" it said.", "The bombers show our reach,", "Lloyd Ruiz"),
    # a crosshead "Surname: “...”" of someone named in full is theirs
    ("Ministers visited the scene on Sunday. Civil Protection Minister Nello Ruiz laid flowers.\n\nRuiz: \u201cEmotion and anger\u201d\n\nThe minister spoke to the families.", "Emotion and anger", "Nello Ruiz"),
    # "According to a resident of the area who chose to remain anonymous," is someone "he"
    # goes back to, past a sentence opening "Not less than" (no name)
    ("Not less than seven people were killed in the attack on the village.\n\nAccording to a resident of the area who chose to remain anonymous, the attack began at 7pm.\n\nHe said armed men opened fire.\n\n\u201cSeven people were killed on the spot,\u201d he said.", "Seven people were killed on the spot,", "a resident of the area"),
    # "between X's region and Turkey, state TV said": the tail of a coordination is no apposed name
    ("The \"fierce artillery bombing\" hit a resort in Tarmu, a city on the border between the northern region and Veloria, state TV said.", "fierce artillery bombing", "state TV"),
    # "has not officially commented" reports nothing; "targeted alleged" is no verb of speech
    ("Veloria has not officially commented on the strike. Its envoy Tom Reed posted on X.\n\n\u201cAnyone involved will be found,\u201d he wrote.", "Anyone involved will be found,", "Tom Reed"),
    ("According to a statement from the Guard, the assault targeted alleged \"spy headquarters\" in the region.", "spy headquarters", "the Guard"),
    # "Senior Emirati diplomat Name ..., saying": the name after the description
    ("Senior Emirati diplomat Anwar Ruiz blamed the rebels for the attack, saying authorities were handling the \"vicious attack\" calmly.", "vicious attack", "Anwar Ruiz"),
    # "the ambassador added" further back than the usual look-back: the name written with the
    # title ("Veloria's Ambassador to Tarmu Hossein Ruiz"), by the surname it was named by since
    ("Veloria's Ambassador to Tarmu Hossein Ruiz confirmed the reports. Ruiz said five people were killed. Two police officers were among them. Their families gathered at the morgue.\n\n\u201cWe will respond,\u201d he said. \u201cThis entity has no respect for law,\u201d the ambassador added.", "This entity has no respect for law,", "Hossein Ruiz"),
    # "the mayor further noted": an adverb after the subject is no part of it
    ("The mayor, Serwan Ruiz, spoke at the scene. \u201cThe vehicle was destroyed,\u201d the mayor further noted.", "The vehicle was destroyed,", "Serwan Ruiz"),
    # "cited a statement by the group as saying": the group's, which is the Corps named before
    ("The Revolutionary Guard Corps claimed responsibility for the attack. \u201cThe headquarters were targeted,\u201d the news agency cited a statement by the group as saying.", "The headquarters were targeted,", "Revolutionary Guard Corps"),
    # "Sabo further disclosed that the Police Area Commander ...": "he" is the one who disclosed it
    ("The police spokesman, Yakubu Sabo, confirmed the attack.\n\nSabo further disclosed that the Police Area Commander led a team to the village.\n\n\u201cThe hoodlums fled to a hilltop,\u201d he said.", "The hoodlums fled to a hilltop,", "Yakubu Sabo"),
    # "up from the “more than 20” that officials had cited": cited words are the citers'; "the
    # toll, first cited by the governor, was “provisional”": the agent's
    ("The number of wounded rose to 34, press secretary Tom Reed told reporters, up from the \"more than 20\" that officials had cited on Tuesday.", "more than 20", "officials"),
    ("Police said the toll, first cited by the governor, was \u201cprovisional\u201d.", "provisional", "the governor"),
    # "the governor" after "Gov. X"; "the Commissioner" after "X, Commissioner of Police in the
    # State,"; a title, the organisation it is of, then the name ("the Director-General, X Agency, Dr. Name")
    ("Gov. Awa Ruiz visited the scene on Sunday and said nine people died. Security was tightened.\n\n\u201cWe will not rest,\u201d the governor said.", "We will not rest,", "Awa Ruiz"),
    ("Musa Dalijan, Commissioner of Police in the State, said the gunmen fled. Troops were deployed.\n\n\u201cWe will find them,\u201d the Commissioner added.", "We will find them,", "Musa Dalijan"),
    ("According to the Director-General, Harbour State Emergency Management Agency, Dr. Ade Oke, the building collapsed at noon.\n\nHe stated that \u201cthe rescue is ongoing\u201d.", "the rescue is ongoing", "Ade Oke"),
    # "the source said" after "confirmed by a local official, speaking on condition of
    # anonymity": the official, not the man named before
    ("\u201cWe will rebuild,\u201d said Martin Ndi, a teacher.\n\nThe attack was confirmed by a local official, speaking on condition of anonymity. \u201cSome people fled to the bush,\u201d the source said.", "Some people fled to the bush,", "a local official"),
    # "X said the village had asked for ...": the village is no speaker, so "he" is X; "a
    # farmer in his sixties, said the gunmen had shouted ...": "he" is the farmer, not the gunmen
    ("The village head, Sunday Kwarpo, hid in a granary.\n\nKwarpo said the village had asked for a police post in April. \"We wrote letters. Nobody came,\" he said.", "We wrote letters. Nobody came,", "Sunday Kwarpo"),
    ("A woman named Mary fled with her children.\n\nHer neighbour, a farmer in his sixties, said the gunmen had shouted as they entered the village. \"They knew the paths,\" he said.", "They knew the paths,", "a farmer in his sixties"),
    # "X said the department “added patrols ...”": a quotation opening with its verb after
    # "said" is X's words about the department
    ("Police Chief Tom Reed said the department \u201cadded patrols across our communities today\u201d after the shooting.", "added patrols across our communities today", "Tom Reed"),
    # a quotation of several paragraphs under "Name, the village head:" is all his ("the
    # village head" is no place the name is in)
    ("Community leaders were not reassured. Sunday Kwarpo, the village head:\n\n'We have heard these promises before.\n\n'Then they go back to the city and we are left alone.'", "Then they go back to the city and we are left alone.", "Sunday Kwarpo"),
    # "The words were those of X"; a quotation standing alone, then in its paragraph a
    # sentence opening with a name whose verb reports
    ("Protesters denied that anyone in the crowd had been armed.\n\n'We came with our hands empty.' The words were those of Syed Ali Turi, one of the organisers of the sit-in.", "We came with our hands empty.", "Syed Ali Turi"),
    ("The two dead were drivers, the regional prosecutor's office said. It said one of the wounded was a police officer.\n\n\"This was not a protest, it was an ambush.\" Juan Quilaqueo, president of the truckers' association, said his members would block the highway.", "This was not a protest, it was an ambush.", "Juan Quilaqueo"),
    # "the General Staff" is a military's command body, no general: "It said" is that body
    ("Drones hit targets overnight, Latvian officials said. Estonian officials said two people were killed.\n\nLatvia's General Staff said in a statement that the drones hit a radar site. It said \u201cthe results are being clarified.\u201d", "the results are being clarified.", "Latvia's General Staff"),
    # a title's portfolios, listed with commas, run on to the one who holds them
    ("\u201cStrict action will be taken against those responsible,\u201d said State Industry, MSME, Labour, and Skill Development Minister Ravi Desai.", "Strict action will be taken against those responsible,", "Ravi Desai"),
    ("\u201cThe road will reopen tomorrow,\u201d said the Minister for Roads, Transport and Highways, Joyce Wanjiru.", "The road will reopen tomorrow,", "Joyce Wanjiru"),
    ("\u201cThe border is calm,\u201d said Minister of State for Home Affairs, Nityam Sharma.", "The border is calm,", "Nityam Sharma"),
    # a verb whose subject speaks for no one ("the timing ... showed") gives way to the one
    # whose subject can ("she pointed out")
    ("Mayor Ana Petrenko spoke at the scene. However, she pointed out that the timing of the strike showed a disregard for civilians, branding it a \u201ccrime against the city\u201d and calling for help.", "crime against the city", "Ana Petrenko"),
    # a titled person whose title holds an organisation word is still "he" ("Superintendent of Police")
    ("\u201cThe officer identified the suspect,\u201d District Superintendent of Police (SP) Ahmed Raza said. \u201cThe accused fired first,\u201d he added. \u201cA search is underway,\u201d he stated.", "A search is underway,", "Ahmed Raza"),
    ("According to SSP City Kamran Baig, two constables were on patrol when they met the robbers. \u201cThey asked them to stop,\u201d he elaborated.", "They asked them to stop,", "Kamran Baig"),
    # the last item of a title's list of portfolios holds the name; a nationality's
    # adjective alone ("no Latvian citizens") is no "he"
    ("The Disaster Agency's Data, Information, and Communication Head Rudi Hartono said nine people died.\n\nThe Latvian Foreign Ministry said no Latvian citizens were among the victims.\n\n\u201cThe search goes on tonight,\u201d he said.", "The search goes on tonight,", "Rudi Hartono"),
    # a reporting verb's subject set off after "lives in the village," is who spoke, no place
    ("\u201cThe slope gave way after the rain,\u201d said Budi Santoso, a spokesman for the agency.\n\nA woman whose family lives in the village, Rina Simatupang, said four relatives were at home. All four are still missing, she said by phone.\n\n\u201cMany people came to help and then the second slide happened,\u201d she said.", "Many people came to help and then the second slide happened,", "Rina Simatupang"),
    # the source a speaker cites ("said according to the mother's statement") is no "he"
    ("Fire chief Azman Hamid said according to the first statement from the children's mother, the door was not locked.\n\nHe said the father was at work.\n\n\u201cShe got a call from a neighbour and rushed home,\u201d he said.", "She got a call from a neighbour and rushed home,", "Azman Hamid"),
    # a surname that is also a nationality's adjective is still a "he" ("Albanese on Saturday ...")
    ("Premier Tom Albanese visited the mall.\n\nAlbanese on Saturday offered condolences to victims at a Westfield in the city.\n\n\u201cThis was a horrific act,\u201d he said.", "This was a horrific act,", "Tom Albanese"),
    # a crowd speaks: the verb's subject is someone, not passed over for the speaker it answered
    ("Senator Ana Ruiz spoke at a rally in the city.\n\n\u201cOnly the Congress can take us to war,\u201d she told the crowd, which chanted, \u201cNo more war!\u201d", "No more war!", "the crowd"),
    # "it added" closing a sentence: its subject is what was reported, not who reported it
    ("Three inmates escaped overnight, the prisons agency Sarpen said.\n\nPolice found rifles during a search of the cells, it added. \"There is evidence of destruction,\" it said.", "There is evidence of destruction,", "Sarpen"),
    # a document opening the sentence before is what "it says" means
    ("Police said the gunmen fled. A handwritten letter was found near the body. \u201cWe want our rights,\u201d it says.", "We want our rights,", "A handwritten letter"),
    # "the post says" after "..., the governor wrote": the governor's post, not the village the sentence names
    ("Two people were hurt overnight. A drone hit a building in the village of Orlovka, the governor wrote.\n\n\u201cThe damage is being assessed,\u201d the post says.", "The damage is being assessed,", "the governor"),
    # "he" is neither a plural noun opening a sentence nor the last of places listed
    ("Prime Minister Jean Dupuis visited the town. Journalists also called the crime a \u201cnew attack\u201d and said it was grave. \u201cThe Republic has lost one of its heroines,\u201d he wrote later on X.", "The Republic has lost one of its heroines,", "Jean Dupuis"),
    ("Fire spokesman Nikos Andreou said crews were on the way. Two more messages were sent to evacuate residents from the areas of Lambrika and Kitsi Koropi.\n\n\"Police forces are helping us,\" he noted.", "Police forces are helping us,", "Nikos Andreou"),
    # a participle's phrase between the subject and its verb, its object named in apposition
    ("\u201cThese terrorists massacred innocent civilians,\u201d the statement, broadcast on national television, said.", "These terrorists massacred innocent civilians,", "the statement"),
    ("Council chairman Musa Liman, while quoting a statement by a community leader, Bala Sani, said about 110 people died.\n\nHe said:\n\n\u201cOur people went to a wedding in another village.\u201d", "Our people went to a wedding in another village.", "Musa Liman"),
    # "read" inverted before a document: the document's issuer
    ("Two guards were killed on Monday, officials said. The guards came under attack on the road late on Sunday, read a statement by the district governor's office. \"The attackers fled in the dark,\" the statement said.", "The attackers fled in the dark,", "the district governor's office"),
    # a view reported before its holder's own pronoun ("He believed he was “...”"); the
    # paragraphs of a quotation after it, each opened with doubled single quotes
    ("Speaking from hospital, the bystander told reporters he was packing his car. He believed he was \u201cjust 10cm from death\u201d.\n\n\u2018\u2018I just suddenly went deaf and could not see anything.\n\n\u2018\u2018The next minute I could hear the shooting.\u2019\u2019", "The next minute I could hear the shooting.", "the bystander"),
    # "where" opens the clause whose subject speaks
    ("The incident occurred at the city\u2019s central bus station, where police characterized the attack as a \u201csuspected terror incident.\u201d", "suspected terror incident.", "police"),
    # a restrictive "where" clause inside the subject's description opens no clause of its own
    ("Milan Petrovic, the father of a pupil at the school where the shooting took place, said \u201cshe managed to escape.\u201d", "she managed to escape.", "Milan Petrovic"),
    # "informed" after the quotation, its subject after it
    ("\u201cSearch is under way for one more still missing,\u201d informed District Police DSP Ram Thapa, who is at the site.", "Search is under way for one more still missing,", "Ram Thapa"),
    # a post's words: "took to X to mourn the victims, posting, “...”", "to post, “...”"
    ("President Ana Ruiz also took to X to mourn the victims, posting, \u201cThe news of so many deaths is saddening.\u201d", "The news of so many deaths is saddening.", "Ana Ruiz"),
    ("Chief Minister Ravi Sai took to his official X handle to post, \u201cI was saddened by the news of the bus accident.\u201d", "I was saddened by the news of the bus accident.", "Ravi Sai"),
    # "Name, from Town, Region, told": the region is the town's, not the speaker
    ("Mr Tom Reed, from Billericay, Essex, told the agency that before take-off \u201cwe all waved at the pilots\u201d.", "we all waved at the pilots", "Tom Reed"),
    # stacked appositions after a name: the name speaks; an indefinite apposition describes the definite subject
    ("\u201cWe are investigating,\u201d the Harbour Times, a tabloid run by the Daily Courier, the official newspaper of the ruling party, reported on Friday.", "We are investigating,", "the Harbour Times"),
    ("The commander of the Volunteers for the Defence of the Homeland (VDH), a civilian auxiliary force, confirmed the attack, speaking of a \u201cvery heavy toll\u201d.", "very heavy toll", "The commander of the Volunteers for the Defence of the Homeland"),
    # the name a description gives after it: "said a worker who identified himself as X"
    ("\u201cThe whole floor shook,\u201d said a worker who identified himself as Zuo.", "The whole floor shook,", "Zuo"),
    ("\u201cWe ran to the stairs,\u201d said the woman, who would only give her surname, Peng.", "We ran to the stairs,", "Peng"),
    # "X and the Y" joins two names inside a subject ("director for Asia and the Pacific")
    ("\u201cThe latest tragedy is shocking,\u201d Ana Ruiz, the agency\u2019s director for Asia and the Pacific said in a statement.", "The latest tragedy is shocking,", "Ana Ruiz"),
    # "the rights group said": the speaker whose name holds "rights", not the organisation named last
    ("More than 1,000 people were killed, Tarmu Human Rights Monitor said on Tuesday.\n\nThe Revolutionary Guard Corps (RGC) has mobilized thousands of troops.\n\n\u201cMore than 1,000 people were shot by the RGC,\u201d the rights group said in a monthly report.", "More than 1,000 people were shot by the RGC,", "Tarmu Human Rights Monitor"),
    # translated wire copy's verbs after the quotation, the subject after them
    ("\u201cWe cannot yet confirm it,\u201d underlined Sea Rescue, the coastal rescue service.", "We cannot yet confirm it,", "Sea Rescue"),
    ("\u201cThe families told us at noon,\u201d indicated the founder of the charity, Ana Ruiz, in an audio message.", "The families told us at noon,", "Ana Ruiz"),
    ("\u201cWe will not give up,\u201d stressed the minister, Tom Reed.", "We will not give up,", "Tom Reed"),
    # "it said" after ", an army statement said": that statement
    ("Rescuers recovered 18 bodies from the wreckage, police said. The search ended at dusk, an army statement said. \"The bodies will be flown to the city,\" it said.", "The bodies will be flown to the city,", "an army statement"),
    # the tag closing the quotation is its own, though another verb comes nearer before it
    ("Veloria said it had received \u201ccredible reports that the army burned the village,\u201d foreign ministry spokesman Anton Feld said on Thursday.", "credible reports that the army burned the village,", "Anton Feld"),
    # after quoted words closed with no comma, a noun phrase is their clause's object, never the speaker
    ("The shelling has \u201cdeeply alarmed\u201d the Red Crescent, a spokeswoman said.", "deeply alarmed", "a spokeswoman"),
    # "he" is never a news agency ("Kessel news agency reported"), nor a name in a list qualifying a noun
    ("Anton Feld said that on Sunday, there were reports of civilians killed. Casualties were also reported in Tarmu, Kessel news agency reported. \u201cThe UN reminds all parties of their obligations,\u201d he said.", "The UN reminds all parties of their obligations,", "Anton Feld"),
    ("Inspector Mara Ilves recounted her day. After visiting Ardmoor, Veldara and Tarmu police stations, she was driving away from the coast. \u201cI pulled over at once,\u201d she said.", "I pulled over at once,", "Mara Ilves"),
    # a coordination's verb shares the subject of the verb it opens with, past an opening clause
    ("Shortly after the hearing began at midday, the teenager turned to a dock officer and said: \u201cI need to speak to a paramedic.\u201d", "I need to speak to a paramedic.", "the teenager"),
    # "It said" after a statement written by someone named: the author's words
    ("A statement written by the victim's son Josh Brand on behalf of the family was read to the inquest.\nIt said: \"Mum was a complicated person.\"", "Mum was a complicated person.", "Josh Brand"),
    # an "and" inside an indefinite apposition up to the verb joins its descriptions
    ("Ana Ruiz, a spokesperson for foreign affairs and security policy of the bloc said: \u201cWe are deeply shocked.\u201d", "We are deeply shocked.", "Ana Ruiz"),
    # "said the head of the delegation in Veloria, Name": the name after the title's place
    ("\u201cOur colleagues have been to the village,\u201d said the head of the Red Cross delegation in Veloria, Marta Ilves.", "Our colleagues have been to the village,", "Marta Ilves"),
    # a sentence run on with no space after its full stop; an acronym spelling a word ("IS") is a subject
    ("The blast killed 12, wounding 87.Admitting the attacks, IS said it acted to \u201cavenge\u201d the dead.", "avenge", "IS"),
    # a question standing as its own sentence, its asker named in the next: "“...?” Name asked."
    ("Judge Mara Ilves granted the break. Reed asked to go back on the record.\n\n\u201cAre we on the record?\u201d Reed asked. \u201cCan we go back on the record?\u201d\n\n\u201cYou want to be on the record?\u201d Ilves asked.\n\n\u201cYes,\u201d Reed said.", "You want to be on the record?", "Ilves"),
    # "They said:" after a family's statement: the family
    ("Police named the man as Tom Reed, 34, of Ardmoor.\n\nIn a statement, his family revealed his death had left them heartbroken.\n\nThey said: \u201cTom was a much-loved son and brother.\u201d", "Tom was a much-loved son and brother.", "his family"),
    # an organisation after a titled name is where the person serves; a nickname inside a name stays in it
    ("Chief Superintendent Ana Ruiz, Harbour Roads Policing Bureau said: \u201cWe are deeply saddened.\u201d", "We are deeply saddened.", "Ana Ruiz"),
    ("General Tom \u201cRed\u201d Reed, the regional commander, said: \u201cThis strike will degrade them.\u201d", "This strike will degrade them.", "Tom Reed"),
    # "it" is never a place named where places go, though its name holds "Government"
    ("The Veloria Army said its troops killed five fighters on Monday.\n\nIt said the troops also recovered bombs.\n\nAccording to the post, troops raided an enclave in the Tarmu Local Government Area (LGA) of Kessel.\n\n\u201cAlso recovered were six motorcycles,\u201d it said.", "Also recovered were six motorcycles,", "The Veloria Army"),
    # a verb that reports words only as a tag with nothing after it
    ("Witnesses described gunfire tearing through the windows into the church\u2014\u201c50 to 100 shots,\u201d one parent estimated.", "50 to 100 shots,", "one parent"),
    # sentences run on with no space, after a word or a closing quotation mark
    ("Chief Tom Reed said the gunman carried a pistol.He said \u201cdozens\u201d of shots were fired.", "dozens", "Tom Reed"),
    # a name right after a quotation opening the sentence is its speaker, though a description follows it
    ("\"We've got families who are worrying\" Ana Ruiz, Headteacher at Harbour Primary School, says the school will hand out food vouchers.", "We've got families who are worrying", "Ana Ruiz"),
    # "she" is never a country named alone, unless the article writes it as someone's surname
    ("\"We are in touch with our counterparts,\" Press Secretary Ana Ruiz told reporters.\n\nThe administration has been clear that Kenya has a right to defend itself, but that Kenya must take precautions.\n\n\"So this is especially the case in declared humanitarian zones,\" she said.", "So this is especially the case in declared humanitarian zones,", "Ana Ruiz"),
    ("Coach Tom Jordan visited the school. \"It was great,\" Jordan said. \"I loved it,\" he said.", "I loved it,", "Tom Jordan"),
    ("\u201cThe operation is comprehensive,\u201d Lt. Gen Tom Reed clarified.", "The operation is comprehensive,", "Tom Reed"),
    ("Aid chief Ana Ruiz spoke after the governor, Tom Reed, visited the camp on Monday. \u201cI call for a thorough investigation into the incident,\u201d she asserted.", "I call for a thorough investigation into the incident,", "Ana Ruiz"),
    # a name after "up", "along", "via" ... is where someone went, no "she"
    ("Inspector Mara Ilves recounted her day. After visiting the stations, she was driving away from the coast up Harbour Road. \"I pulled over at once,\" she said.", "I pulled over at once,", "Mara Ilves"),
    # "the teenager" is who the article gives an age of 13 to 19 ("Reed was 17")
    ("Tom Reed was 17 when he carried out the attack. Shortly after the hearing began, the teenager turned to a dock officer and said: \u201cI need to speak to a paramedic.\u201d", "I need to speak to a paramedic.", "Tom Reed"),
    # "X spoke ... in Tarmu to say": the place before "to" is where, the speaker opens the sentence
    ("President Ana Ruiz spoke later on Sunday in Tarmu to say the gunmen were locals \u201cwho no longer want to live in fear.\u201d", "who no longer want to live in fear.", "Ana Ruiz"),
    # a legislator's party and seat in apposition is a description; a list's bullet is no part of the subject
    ("\u201cIt is apocalyptic,\u201d Senator Ana Ruiz, Democrat of Oregon, said on Sunday.", "It is apocalyptic,", "Ana Ruiz"),
    ("- Tom Reed, brother of the gunman, says he is \u201ccompletely dumbfounded\u201d by the shooting.", "completely dumbfounded", "Tom Reed"),
    # a verb that takes an object, inverted when a titled name closes the sentence after it; "the minister" then is that name
    ("Ten patients were killed in a fire at the county hospital, in northern Veloria, confirmed Health Minister, Ana Ruiz.\n\u201cEight patients died in the fire,\u201d explained the minister, who visited the hospital.", "Eight patients died in the fire,", "Ana Ruiz"),
    # a name with an apostrophe inside a word is one name ("Sa'ar"): "with X writing on X:"
    ("Veloria's officials, including Foreign Minister Tom Sa'ar, criticized the response, with Sa'ar writing on X: \"The government must act.\"", "The government must act.", "Tom Sa'ar"),
    # "it said" after "The X Hospital has ...": the sentence's own subject, not an earlier speaker
    ("Police said the driver was detained. The Harbour University Hospital has gone into \u201cdisaster response\u201d mode, it said in a statement.", "disaster response", "Harbour University Hospital"),
    # "according to doctors quoted by AFP": the doctors', the agency only quoting them
    ("According to doctors quoted by AFP, there were bodies \"lying in the hallways\".", "lying in the hallways", "doctors"),
    # "The Gulf News had quoted him saying": "him" is the one quoted, never the paper opening the sentence
    ("Tom Reed, a social worker at the mortuary, told the Harbour Times that 12 of the dead had been identified.\nThe Gulf News had quoted him saying that they included \u201ca couple from the coast\u201d.", "a couple from the coast", "Tom Reed"),
    # a verb closing a clause of time reports nothing ("until it had concluded,")
    ("Asked about the figure, Governor Ana Ruiz said that forensic work was under way and that until it had concluded, the official figure was 58, although it was \u201ccertain to change\u201d.", "certain to change", "Ana Ruiz"),
]


@pytest.mark.parametrize("text, quote, speaker", VERB_FORMS, ids=[f[2] + ":" + f[1][:20] for f in VERB_FORMS])
def test_the_reporting_verb_names_the_speaker(text, quote, speaker):
    assert speaker_status(text, quote, speaker) is Status.exact


@pytest.mark.parametrize("text, quote, speaker", FORMS, ids=[f[2] + ":" + f[1][:20] for f in FORMS])
def test_right_speaker_is_grounded(text, quote, speaker):
    assert text.count(quote) == 1
    assert speaker_status(text, quote, speaker).grounded


# (text, quote, a wrong speaker)
WRONG = [
    ("Police said the gunmen fled. A handwritten letter was found near the body. \u201cWe want our rights,\u201d it says.", "We want our rights,", "Police"),
    ("Two people were hurt overnight. A drone hit a building in the village of Orlovka, the governor wrote.\n\n\u201cThe damage is being assessed,\u201d the post says.", "The damage is being assessed,", "Orlovka"),
    # first-person words after narration that harms its "he" are no words of his
    ("Musa Idris, 19, worked at the market.\n\nHis younger brother, who sold phones there, ran to the gate. He was shot twice in the back.\n\n\u2018I saw him fall and could not reach him.\u2019", "I saw him fall and could not reach him.", "His younger brother"),
    # the reader of a statement is not its speaker
    ("Tom Reed, the family's lawyer, read a statement on behalf of the Lim family. \u201cWe have lost our son and nobody has said sorry,\u201d the statement said.", "We have lost our son and nobody has said sorry,", "Tom Reed"),
    # the one whose friend spoke is not the speaker
    ("\u201cShe had been scared of him for a year.\u201d\n\nThose were the words of a close friend of Mia Tane, who asked not to be named.", "She had been scared of him for a year.", "Mia Tane"),
    # the age says which of the two named before speaks
    ("Tom Reed, 34, and Ana Cruz, 62, were rescued. Police chief Bo Li said the search went on. \u201cI lost everything,\u201d said the 62-year-old.", "I lost everything,", "Tom Reed"),
    ("\u201cWe tried to use the emergency brake,\u201d the state news agency quoted one of the drivers as saying.", "We tried to use the emergency brake,", "state news agency"),
    # a paragraph that closes its quotation is not the next speaker's
    (
        "\u201cWe heard the shots at midnight,\u201d said Amina Bello.\n\n\u201cNobody came to help.\u201d\n\n\u201cWe waited until dawn,\u201d her neighbour Musa Garba said.",
        "Nobody came to help.",
        "Musa Garba",
    ),
    # a platform is where words were posted, not who said them
    (
        "Mayor Ana Ruiz said the prison was calm. In a video posted on Telegram, a man showed burnt mattresses. \u201cThey shot at us,\u201d he said.",
        "They shot at us,",
        "Telegram",
    ),
    ("A local chief, Musa Bello, told Reuters by phone, “They came at night.”", "They came at night.", "Reuters"),
    ("“Eleven bodies were recovered,” Musa Bello told the Associated Press.", "Eleven bodies were recovered,", "Associated Press"),
    (
        "Provincial police chief Ahmad Karimi visited the scene. Smoke still rose over Jalalabad as rescuers worked. He said, “We found no survivors in the first house.”",
        "We found no survivors in the first house.",
        "Jalalabad",
    ),
    ("“We will not retreat,” Colonel Amina Yusuf said.", "We will not retreat,", "Tomas Ruiz"),
    (
        "“One of them shouted, ‘Where is the mayor?’ and then they fired,” Luis Rosa said.",
        "Where is the mayor?",
        "Luis Rosa",
    ),
    # a spokesperson speaks for their own organisation, not another named nearby
    ("“The building was empty,” said Omar Haddad, a spokesman for the civil defence.", "The building was empty,", "Red Crescent"),
    # another person sharing one of the speaker's names is not the speaker
    (
        "Commissioner Sule Dan Jummai told journalists, “We will not abandon these families.” Dogo Sule, a farmer, was wounded.",
        "We will not abandon these families.",
        "Dogo Sule",
    ),
    (
        "“The checkpoint was hit at dusk,” police chief Zahid Khan Durrani said. Gul Nawaz Khan, a trader, saw the blast.",
        "The checkpoint was hit at dusk,",
        "Gul Nawaz Khan",
    ),
    (
        "Hadi Amiri, head of the Badr group, has warned Israel in the past. He has also warned that a war could “burn” the country.",
        "burn",
        "Israel",
    ),
    ("“The fire started at 3 a.m.,” fire chief Tom Hale said. “Nobody was inside,” added the owner, Rita Marsh.", "Nobody was inside,", "Tom Hale"),
    ("“We heard nothing,” said Ahmed Saleh, a guard. His colleague Mariam Yousef disagreed. “There was a loud whistle first,” she said.", "There was a loud whistle first,", "Ahmed Saleh"),
    ("Major Thet Naing said the army had evidence. He told Myanmar Now: “They were hiding weapons in the monastery.”", "They were hiding weapons in the monastery.", "Myanmar Now"),
    ("“The bridge is destroyed,” Hazem Qassem, a Hamas spokesman, said.", "The bridge is destroyed,", "Fatah"),
    ("“Forty homes were burned,” said the village chief, Alhaji Garba Musa.", "Forty homes were burned,", "Musa Bello"),
    ("“Two were killed,” Iraqi officials said.", "Two were killed,", "Iran officials"),
    ("Deputy governor Rahman Jalali told the agency the explosions were carried out by \"terrorists,\" according to IRNA.", "terrorists,", "IRNA"),
    # "he" is no nationality before a plural of people, nor a name after a number ("four Katyusha rockets")
    (
        "Colonel Ana Ruiz spoke first. Four Katyusha rockets hit the base, where Spanish soldiers are stationed.\n\n\u201cThe depot burned,\u201d he said.",
        "The depot burned,",
        "Katyusha",
    ),
    (
        "Colonel Ana Ruiz spoke first. Four Katyusha rockets hit the base, where Spanish soldiers are stationed.\n\n\u201cThe depot burned,\u201d he said.",
        "The depot burned,",
        "Spanish",
    ),
    ("Channel 12 cites a senior official in the delegation as saying: “The events in the north will bring a turn.”", "The events in the north will bring a turn.", "Channel 12"),
    (
        "The State Emergency Service said this in a post on Telegram, according to Ukrinform.\n\n\"As of 18:00, 34 people have been killed,\" the statement reads.",
        "As of 18:00, 34 people have been killed,",
        "Ukrinform",
    ),
    # "the army" is the state's, not a group with "Army" in its name; "the alleged attacker" says nothing
    (
        "The attack was blamed on the National Liberation Army (ELN), a guerrilla group.\n\n\u201cThe criminals used a drone,\u201d the army said in a statement.",
        "The criminals used a drone,",
        "National Liberation Army",
    ),
    (
        "Superintendent Martin Fileman told reporters that the constable was stabbed a \u201cnumber of times\u201d before officers chased the alleged attacker.",
        "number of times",
        "attacker",
    ),
    # "informed partners of" reports no words of its own: the quoting verb's subject speaks
    ("The department head, Anar Guliyev, was quoted by the agency as saying that Baku had informed partners of \"the facts on the ground\".", "the facts on the ground", "Baku"),
    ("The man was “known to police” according to police records, Inspector Ana Ruiz said.", "known to police", "police records"),
    ("“Two were killed,” Nigerian officials said.", "Two were killed,", "Niger officials"),
    ("“We counted nine bodies,” Ali Baba Mohammed said, according to Reuters.", "We counted nine bodies,", "Reuters"),
    ("“The perpetrators will be punished,” Prime Minister Ali Zaidi was quoted as saying by the state news agency.", "The perpetrators will be punished,", "state news agency"),
    # a clause after the verb, a place listed after the organisation, a named bystander
    ("A rescuer who came out at dawn, and who asked not to be named because he was not allowed to speak to the media, said the air below was “still bad enough to burn your eyes”.", "still bad enough to burn your eyes", "the air"),
    ("The head of the presidential administration's foreign policy department, Elchin Rauf oglu Guliyev, was quoted by the state news agency as saying that partners had been told “the facts on the ground”.", "the facts on the ground", "state news agency"),
    ("In its report, the directorate also counted 21 wounded and 312 families displaced towards Saint-Marc, Liancourt and the hills. It said the figures were “provisional”.", "provisional", "Liancourt"),
    ("Marie Dorval, a nurse, treated the wounded. A woman who lost her husband told our correspondent that she had hidden under a bed. “They were laughing while they killed,” she said.", "They were laughing while they killed,", "Marie Dorval"),
    # a place, an interviewer, a channel and a town near the words are not their speaker
    ("“We could not reach the wounded for hours.” The words were those of Dr Amal Nasser, who runs the only clinic in the camp.", "We could not reach the wounded for hours.", "the camp"),
    ("In an interview with the BBC, Governor Babajide Sanwo-Olu said the state would “rebuild every market”.", "rebuild every market", "BBC"),
    ("Mayor Ahmed Yusuf, quoted by the local radio station, said “the bridge was the only way out”.", "the bridge was the only way out", "local radio station"),
    ("Kenya's Interior Minister Kithure Kindiki flew to Lamu on Sunday. “The attackers will be pursued,” the minister said.", "The attackers will be pursued,", "Lamu"),
    # the outer speaker of a nested quotation, a description's owner, a number word
    ("Her daughter, Grace Odhiambo, was wounded. Her mother, Pamela Akinyi, spoke at home.\n\n“She called me this morning. She said, ‘Mama, I am alive.’ But I am crying,” she said.", "Mama, I am alive.", "Pamela Akinyi"),
    ("The owner, Nurul Talukder, was not available. His manager at the terminal said the owner was “cooperating with the authorities”.", "cooperating with the authorities", "Nurul Talukder"),
    ("Fourteen people were taken to hospital. The state health department gave a toll of seven. It said in a statement that two had died “of other causes”.", "of other causes", "Fourteen"),
    # an adjective is no verb: "one confirmed homicide" ("confirmed" by no one named before it)
    ("Eight people were shot on Sunday, including one confirmed homicide, across the city, which Mayor Lena Ortiz called \u201cextremely disturbing.\u201d", "extremely disturbing.", "Eight"),
    # a passive "told by" reports the words of the one told, not of the quotation after
    ("Abdul Karim, a worker, said he was told by security guards not to use the stairs. \u201cI broke a window and jumped,\u201d he said.", "I broke a window and jumped,", "security guards"),
    # a quotation after a list heading is one of the list's headlines
    ("\u201cThe bridge held,\u201d Mayor Lena Ortiz said.\n\nRelated Coverage\n\n\u201cThank God this wasn\u2019t worse.\u201d", "Thank God this wasn\u2019t worse.", "Lena Ortiz"),
    # a relative clause in an apposition does not swallow the quotation before it
    ("\u201cEight people were killed in the vehicle, a sign that they tried to flee,\u201d a local teacher, whose colleague was killed, said.", "Eight people were killed in the vehicle, a sign that they tried to flee,", "colleague"),
    # "spoke at" an event is a new speaker's occasion, not where the untagged words before were said (heuristic's edge)
    ("\u201cThe water came in one minute,\u201d said Rosa Quispe, a trader.\n\n\u201cWe lost the stalls and the stock.\u201d\n\nGovernor Luis Apaza spoke at a memorial on Sunday.", "We lost the stalls and the stock.", "Luis Apaza"),
    # ... but a paragraph of narration naming a person hands the words on (heuristic's edge: they are not Achieng's for sure)
    ("\u201cThe pumps failed first, then the lights,\u201d said Ruth Achieng, a shift supervisor.\n\nThe mine's owner, Daniel Mbugua, flew in from Nairobi on Sunday.\n\n\u201cEveryone here knew the pumps were old.\u201d", "Everyone here knew the pumps were old.", "Ruth Achieng"),
    # the interviewer, named in the byline, does not answer
    ("INTERVIEW\n\nBy Ana Ruiz\n\nTeresa Mamani, 48, has led the valley's rescue brigade since 2019. We met her at the base in Sorata.\n\nQ: How many are still missing?\n\nA: Eleven. We dig by hand, because the machines sink.\n\nQ: Will you stop?\n\nA: Not while the families are here.", "Eleven. We dig by hand, because the machines sink.", "Ana Ruiz"),
    # the translated words of an embedded post are not the speaker's quoted before it
    ("\u201cThe rivers rose overnight,\u201d Mayor Ana Soares said.\n\nServi\u00e7o de Prote\u00e7\u00e3o Civil\n@ProtecaoCivilTL\nEstrada taka ba kareta hotu.\nShow more\n\nTranslation: \u201cThe road is closed to all vehicles.\u201d", "The road is closed to all vehicles.", "Ana Soares"),
    # "he" is never a description of a woman, "she" never one of a man
    ("Police found the mother at the door. \u201cThe door was locked from inside,\u201d he said.", "The door was locked from inside,", "the mother"),
    ("Officers spoke to the victim's father. \u201cShe was shouting for help,\u201d she said.", "She was shouting for help,", "the victim's father"),
    # the one the quoted predicate is about is not its speaker when a source is quoted for it
    ("Sergeant Ruslan Tembotov, 31, \"lost too much blood on the way,\" reported the news site Kavkaz Today, quoting a surgeon at the city hospital.", "lost too much blood on the way,", "Ruslan Tembotov"),
    # "Later, a second voice reports:" is not the man before; a headline's place before "as X vows" is no speaker
    ("In the recording a man gives orders. \"Let them all come up to the bridge,\" the man says. Later, a second voice reports: \"Two are down, two are down.\"", "Two are down, two are down.", "the man"),
    ("Tarmu buries its dead as Governor Ana Ruiz vows the attack \"will not be forgotten\"\n\nThe funerals were held on Saturday.", "will not be forgotten", "Tarmu"),
    ("SHERIFF WHITCOMB: Good afternoon. There was one shooter.\n\nWe have video from three cameras.\n\nQ: Was there a second shooter?\n\nCORONER MERCER: All five families have been notified.", "All five families have been notified.", "Sheriff Whitcomb"),
    # a news agency closing the sentence with "according to" only carried the words
    ("\"We will rebuild the bridge,\" Governor Ana Ruiz told reporters, according to Reuters.", "We will rebuild the bridge,", "Reuters"),
    # the one a memo is addressed to is not its speaker
    ("Police said little.\n\nThe memo, written by the duty officer and addressed to the head of the police, Ana Diaz, says the unit had been \"redirected to a traffic accident\".", "redirected to a traffic accident", "Ana Diaz"),
    # the one a verb of another language gives the words to, not the one named before
    ("El pueblo fue atacado el domingo. La gobernadora Mar\u00eda G\u00f3mez lleg\u00f3 al mediod\u00eda.\n\n\"Perdimos a tres hombres\", dijo el alcalde, Juan P\u00e9rez.", "Perdimos a tres hombres", "Mar\u00eda G\u00f3mez"),
    ("La ville a \u00e9t\u00e9 touch\u00e9e. Le maire Paul Roy est venu.\n\n\u00abLa situation est grave\u00bb, a d\u00e9clar\u00e9 la pr\u00e9f\u00e8te, Anne Morel.", "La situation est grave", "Paul Roy"),
    ("La subdelegada, Olga Castro de la Pe\u00f1a, habl\u00f3 del conductor. \u00abNo podemos descartar ninguna hip\u00f3tesis \u2014subray\u00f3 Castro de la Pe\u00f1a\u2014 hasta que terminen su trabajo\u00bb.", "hasta que terminen su trabajo", "el conductor"),
    ("Le maire de Lisbonne, Carlos Moedas, a qualifi\u00e9 l'accident de \u00ab trag\u00e9die \u00bb. \u00ab Lisbonne est en deuil \u00bb, a-t-il d\u00e9clar\u00e9.", "Lisbonne est en deuil", "Lisbonne"),
    # a lawyer who reads out a clan's statement is not the clan's subject; a reporter of a memo is not the memo
    ("In a statement read out by the clan's lawyer, Samir Haddad, outside the court on Monday, the clan said: \u2018We reject violence.\u2019", "We reject violence.", "the court"),
    ("Pablo Rojas, the head of the drivers' union, said the union's memo of 3 May had warned the firm of \"loose bolts\" on the lifts.", "loose bolts", "the firm"),
    ("One guard, a former soldier, recalled a rescuer shouting \u201cTwo more below!\u201d as the crane lifted the slab.", "Two more below!", "the crane"),
    # a title's place is not who speaks after the colon; a newspaper that relays is not the speaker
    ("In a sitting of the assembly on Monday, the member for Tarmu, Dr. Leila Haddad, turned to the minister:\n\n\u201cAre we waiting for the next fire?\u201d", "Are we waiting for the next fire?", "Tarmu"),
    ("Police spokesman Jan Kovac said according to the newspaper Vecer: 'We have no evidence of a second attacker.'", "We have no evidence of a second attacker.", "the newspaper Vecer"),
    ("Firefighters came at dawn. \u201cThey set the mattresses on fire\u201dlamented Governor Ana Ruiz.", "They set the mattresses on fire", "Firefighters"),
    ("BBC News quote a statement from the church council, saying that it was \u201cdeeply saddened by the attack\u201d.", "deeply saddened by the attack", "BBC News"),
    ("The prosecution\u2019s filing alleges that the gate \u00abremained locked for fourteen minutes\u00bb, and that Navarro had ordered it kept closed \u00abto keep the fans apart\u00bb.", "remained locked for fourteen minutes", "Navarro"),
    ("Citing \u201csecurity reasons\u201d, the army closed the road to the border.", "security reasons", "the border"),
    ("\u201cI confirm it was an attack,\u201d Mayor Christian Estrosi said. The attacker \u201ckept repeating \u2018Allah Akbar\u2019 in front of us while he was being treated,\u201d he added.",
     "Allah Akbar", "Christian Estrosi"),
    ("Sompit Williams heard a noise outside.\n\"We just heard some arguments,\" she said.\n\"We came out and saw the guy on the ground.\n\"I said to my husband, 'I haven't seen this man around before'.\"", "I haven't seen this man around before", "my husband"),
    ("A miner said the gunmen had asked for the manager.\n\n\u201cI hid under a truck. I heard them shouting in Sango, \u2018Where is the gold?\u2019 Then they shot him,\u201d said the miner.", "Where is the gold?", "the miner"),
    ("09:40 \u2013 Fire and Rescue Department: \u201cThree workers have died at the scene.\u201d\n\n10:30 \u2013 Azotas Baltic on Facebook: \u201cAn incident has occurred at our plant.\u201d", "An incident has occurred at our plant.", "Facebook"),
    ("The shooting took place at a school.\n\nBeyond Prime Minister Kristersson, Swedish King Carl XVI Gustaf also reacted to the incident. \u2018It is with deep sadness that my family and I received the news,\u2019 he said.",
     "It is with deep sadness that my family and I received the news,", "Kristersson"),
    # a quoted heading is not the words of the one quoted above it
    ("\u201cWe need more pumps,\u201d the fire chief, Ola Berg, said.\n\n\u2018The water rose in minutes\u2019\n\nA resident, Lise Holm, watched from her roof.\n\n\u201cThe water rose in minutes and the car was gone,\u201d she said.",
     "The water rose in minutes", "Ola Berg"),
    # "according to" someone described with how the words were got is theirs, not the source quoted before
    ("\u201cThey also used a drone,\u201d the source said.\n\n\u201cThe post fell within an hour. The soldiers withdrew to the river,\u201d according to a local elected official contacted by telephone, who asked not to be named.",
     "The post fell within an hour. The soldiers withdrew to the river,", "the source"),
    # the one who reads a statement out is not its speaker
    ("The victims' association president, Rui Sala, told reporters the payments were late. No minister came. Instead, spokesman Ivo Marek read a statement on camera on behalf of the regional governor, Hana Novak: \u201cThe governor sends her condolences to the families.\u201d",
     "The governor sends her condolences to the families.", "Ivo Marek"),
    # a source named inside the post is not the channel that posts it; the one reporting a
    # watchman's shout is not the one shouting; those a quotation names are not its speaker
    ("16:10 \u2014 Ostorozhno, Tambov:\n\u201cAccording to our sources at the plant, five people have died. The authorities are keeping quiet.\u201d\n\U0001f441 87.2K",
     "According to our sources at the plant, five people have died. The authorities are keeping quiet.", "our sources"),
    ("Jane Ayuma, a dealer, said she lost stock. She said the watchman woke the traders who sleep near the market by banging on the gates and shouting \u201cMoto! Moto!\u201d (Fire! Fire!).",
     "Moto! Moto!", "Jane Ayuma"),
    ("The Anglican Bishop of Beni described the attack as a \u201ccowardice activity carried out by weak rebels,\u201d ICC said.", "cowardice activity carried out by weak rebels,", "the rebels"),
    ("A spokesperson for the mall, in a statement, extended their deepest condolences to the families.\n\nAdvertisement\n\n\u201cThe police have brought the situation under control and apprehended the perpetrator.\n\n\u201cWe thank the police and volunteers.\u201d",
     "The police have brought the situation under control and apprehended the perpetrator.", "the families"),
    # the one asking is not the one who answers; the letter's addressee is not its signer
    ("Ana Haugland led the rescue. She said the skipper, who survived, had stayed on the radio. \"The skipper's last message to us was, 'We are abandoning ship, all passengers are in the rafts,' and then nothing,\" she said.", "We are abandoning ship, all passengers are in the rafts,", "Ana Haugland"),
    ("Omar Hasso, the mayor, said little last week. 'Everyone knows,' he said.\n\nI asked him whether the strike had been aimed at the tea stall. He shook his head. 'They were aiming at two men in a pickup.'", "They were aiming at two men in a pickup.", "I"),
    ("The union wrote to the operator in March.\n\nThe letter of 2 March, signed by the president of the union, Petros Alexiou, read in part:\n\n\u00abDrivers report that the restriction is not in the timetable.\u00bb", "Drivers report that the restriction is not in the timetable.", "the operator"),
    # the asker inside a quotation is not the one quoting her
    ("Ms Rudo Moyo, a vendor, said she hid all night.\n\n\"They were knocking on doors and asking, 'Where are the foreigners?' My neighbour told them nobody was here,\" she said.", "My neighbour told them nobody was here,", "They"),
]


@pytest.mark.parametrize("text, quote, speaker", WRONG, ids=[f[2] for f in WRONG])
def test_wrong_speaker_is_flagged(text, quote, speaker):
    assert not speaker_status(text, quote, speaker).grounded


@pytest.mark.parametrize("text, quote, subject", [
    # an opening phrase is no subject: "In a post on X, President ..."; "Visiting the town,
    # the minister ..."; "Speaking in Tarmu this afternoon Commissioner ..." (no comma)
    ("In a post on X, President Ana Ruiz referred to the victim by her first name, Lucia, and said that the country \u201cis on the side of her family\u201d.", "is on the side of her family", "President Ana Ruiz"),
    ("Visiting Tarmu, the minister said the town was \u201ccalm now\u201d.", "calm now", "the minister"),
    ("Speaking in Tarmu this afternoon Police Commissioner Tom Reed told reporters that a \u201cfull operation\u201d was under way.", "full operation", "Police Commissioner Tom Reed"),
    ("Ranking Democratic member Ana Ruiz of Rhode Island called the move a \u201cmassive gamble\u201d.", "massive gamble", "Ranking Democratic member Ana Ruiz of Rhode Island"),
    # "in what X described as": X, not the clause before "what"
    ("Three gunmen entered what police spokeswoman Ana Mathe described as an \u201cillegal bar\u201d and opened fire.", "illegal bar", "police spokeswoman Ana Mathe"),
    ("The raid was, in what Commissioner Jane Tisch called a \u201csenseless crusade\u201d, the worst in years.", "senseless crusade", "Commissioner Jane Tisch"),
    # when the words were said is no part of who said them
    ("\u201cIt happened at dawn,\u201d said Lindiwe Mawela early on Sunday.", "It happened at dawn,", "Lindiwe Mawela"),
    # a pronoun closing the words before its verb is their subject
    ("Tom Hayes was questioned twice. Later in the interview he told detectives: \u201cI didn\u2019t kill him.\u201d", "I didn\u2019t kill him.", "Tom Hayes"),
    ("The Health Ministry on Tuesday strongly condemned the \u201cdrone attacks\u201d on the oil fields.", "drone attacks", "The Health Ministry"),
    ("Police late on Monday said the toll was \u201crising\u201d.", "rising", "Police"),
    # a participle's phrase set off by commas is no part of the subject
    ("The bus company, based out of Campeche, said it was \u201cprofoundly sorry\u201d.", "profoundly sorry", "The bus company"),
    ("The mayor, known for his blunt style, said it was \u201ca disgrace\u201d.", "a disgrace", "The mayor"),
    # "who" after a noun for people: them, not the clause's subject ("family" ends as adverbs do)
    ("She loved spending time with her family, who described her as \u201cthe strongest girl you could meet\u201d.", "the strongest girl you could meet", "her family"),
])
def test_the_subject_is_who_spoke_and_nothing_around_it(text, quote, subject):
    assert _candidates(text, quote) == [subject]


@pytest.mark.parametrize("text, quote, subjects", [
    # "the" and a name right before a description of it: the name (not before a document)
    ("\u201cA drone struck the mosque at dawn,\u201d the Coordination of Resistance Committees in Tarmu, a volunteer group, said.", "A drone struck the mosque at dawn,", ["the Coordination of Resistance Committees in Tarmu"]),
    # "which X says": X's verb, not the words of what "which" stands for
    ("According to a senior security official, the \u201cprecision strike\u201d targeted a local faction, the Musa Group, which Islamabad says is sheltered by Kabul.", "precision strike", ["a senior security official", "Islamabad"]),
    # a passive predicate in quotation marks is not its subject's words: the statement's before it
    ("Police said in a statement that the driver, Fan Wei, 62, had been detained. He was \u201ccontrolled on the spot by officers who rushed to the scene\u201d.", "controlled on the spot by officers who rushed to the scene", ["Police"]),
    # "spoke to reporters" speaks; what someone heard others yell is theirs
    ("\u201cI cannot yet say for sure,\u201dFrank Weber, the regional deputy police chief, spoke to reporters.", "I cannot yet say for sure,", ["Frank Weber"]),
    ("Two neighbours say they heard the deputies yell in English \u201cdrop the gun.\u201d", "drop the gun.", ["the deputies", "Two neighbours"]),
    # a verb in -ing after "were" is active: "Residents were shouting “...”"
    ("Residents were shouting \u201chelp, help\u201d as the water rose.", "help, help", ["Residents"]),
    # after a clause opening the sentence ("When officers asked ..."), the pronoun that opens
    # the main one is the subject its "and said" goes with
    ("Tom Hayes told detectives he had taken a knife to the house. When officers asked where the knife was he pointed to the river and said: \u201cI threw it there.\u201d", "I threw it there.", ["Tom Hayes", "officers"]),
    # an apposition describing the place a subject ends with ("..., the district's main town,")
    ("Tribal elders in Tarmu, the district's main town, said the toll was higher.\n\n\"We counted 22 bodies,\" they said.", "We counted 22 bodies,", ["Tribal elders in Tarmu"]),
    # "who did not want to be named, said the firing lasted ...": no inverted subject after it
    ("The governor condemned the attack.\n\nAn injured passenger, who did not want to be named, said the firing lasted about 20 minutes. \"I lay on the floor,\" he said.", "I lay on the floor,", ["An injured passenger"]),
    # "claiming at least 70 lives" reports no words: no source for the next sentence's quotation
    ("Fear spread through the estate after a blaze tore through three towers, claiming at least 70 lives.\n\nWhile firefighters fought on, police pointed at a building firm, calling its work \"grossly negligent\", after the fire began.", "grossly negligent", []),
    # a name in quotation marks after "known as" is nobody's words
    ("The blast hit a bustling area known as \u201cOld Marketplace,\u201d the emergency service said.", "Old Marketplace,", []),
    ("The jets hit the underground site south of the capital with so-called \u201cbunker buster\u201d bombs, officials said.", "bunker buster", []),
    # "but" opens the clause whose subject speaks; "According to X, says he ..." is X's
    ("The cause of the crash is unknown but Taboada said the bus was \"coming from a party\".", "coming from a party", ["Taboada"]),
    ("According to Ombudsman Ana Ruiz, says she sent an early alert because \u201cthe risk is high\u201d.", "the risk is high", ["Ombudsman Ana Ruiz"]),
    # "thought they had been cornered" reports no words (a view reports only quoted words after it)
    ("Police chief Tom Reed said the gunmen, some armed with rifles, thought they had been cornered and fired at everyone. \"They went berserk,\" he said.", "They went berserk,", ["Police chief Tom Reed"]),
    # a site's "quote of the day" under its "Share your views" heading is nobody's in the story
    ("The cabinet also reiterated its stance against terrorism.\n\nShare your views\n\n\"It is hard to fail, but it is worse never to have tried.\"", "It is hard to fail, but it is worse never to have tried.", []),
    # "the source added" after another speaker: the one who spoke described as a source
    ("\"Armed men attacked the village at dawn,\" a regional security source told AFP.\n\nThe official of the village guard, a civilian militia, confirmed the attack. \"It is a provisional count,\" said the official. He said many had fled.\n\nThe guard official said the massacre \"could have been avoided\".\n\n\"An operation was launched at once,\" the source added.", "An operation was launched at once,", ["regional security source"]),
    # an indefinite description of a person after a clause is the subject, not an apposition of it
    ("The air force dropped the bombs although there had been \u201cno fighting at all\u201d beforehand, a liberation army information official said.", "no fighting at all", ["liberation army information official"]),
    ("Maritime officials responsible for the Channel and the North Sea warned of the risks. \u201cIt is dangerous even when the sea seems calm,\u201d they said.", "It is dangerous even when the sea seems calm,", ["Maritime officials responsible for the Channel and the North Sea"]),
    # words nested in a quotation: whoever the outer speaker says said them
    ("A survivor, Rosa Tola, said from her bed that passengers had shouted at the driver. \"People were shouting 'slow down, slow down,' and he answered that we were late,\" she said.", "slow down, slow down,", ["People"]),
    # single marks closing a question before an inverted tag break the clause, as double ones do
    ("Relatives waited at the gate. \u2018He is not among the dead. Where is he?\u2019 said Fatmata Sesay, whose son was held there.", "He is not among the dead. Where is he?", ["Fatmata Sesay"]),
    ("Relatives waited. 'He is not among the dead, they told me, but he is not back. Where is he?' said Fatmata Sesay, whose 22-year-old son was awaiting trial.",
     "He is not among the dead, they told me, but he is not back. Where is he?", ["Fatmata Sesay"]),
    # words that open with their verb, after "and", are the teller's, about the one who acted
    ("Police are investigating. A neighbour told the state news agency BTA that a water company engineer had visited on Monday evening and \u2018said the pipes were safe\u2019.", "said the pipes were safe", ["neighbour"]),
    # "one" and "the other" are who their appositions say; a clause after "said" is no inverted subject
    ("Two officials spoke to Reuters. One, a security officer, said the attackers wore uniforms. The other, a local councillor, said: \u201cThey came from the hills.\u201d",
     "They came from the hills.", ["local councillor"]),
    ("Two officials spoke. The officer, a local man, said the attackers wore uniforms. \u201cThey were soldiers,\u201d he said.", "They were soldiers,", ["The officer"]),
    # one heard in a video speaks the words the video has
    ("The police posted a video of the raid. In it, an officer with a loudhailer can be heard telling the crowd: \"Go home now!\"", "Go home now!", ["an officer with a loudhailer"]),
    # ringing a number is no speech: the words are the teller's
    ("Marek Bak lives downstairs.\n\nAnother resident, 63-year-old Zofia Lis, told PAP she had called the emergency line herself and that \"a man came with a device\".", "a man came with a device", ["63-year-old Zofia Lis"]),
    # an opening time with no comma is not offered as part of who spoke
    ("The market burned. On Friday the ministry said: \"It will not be forgotten.\"", "It will not be forgotten.", ["the ministry"]),
    ("The market burned. Late on Sunday night police told reporters: \"Two men are held.\"", "Two men are held.", ["police"]),
    ("The market burned. On 3 March Governor Ana Ruiz said: \"We will rebuild.\"", "We will rebuild.", ["Governor Ana Ruiz"]),
    # a reporting clause set inside another after its conjunction introduces no quotation after it
    ("Ana Vik owns the bar.\n\nShe counts five wounded. The police count three because, a spokeswoman has explained, they count gunshot wounds.\n\n\u201cI count everybody who was bleeding on my floor.\u201d", "I count everybody who was bleeding on my floor.", []),
    # a document the sentence opens with says what it lists "as" quoted, not the name inside it
    ("\"The part was ordered,\" an official said.\n\nA safety audit of the ferry Kalani carried out in March listed the radar as \"serviceable\" but noted other faults.", "serviceable", ["safety audit of the ferry Kalani carried out in March"]),
    # "X quotes Y as giving a first toll:" over the quotation: Y's words
    ("The agency reported the toll.\n\nIn a second report, the agency quotes Jalal Sohrabi as giving a first toll:\n\"So far 11 people have lost their lives.\"", "So far 11 people have lost their lives.", ["Jalal Sohrabi"]),
    # "she" after a description with relative clauses set off by commas: the description's head is "woman"
    ("Detective Inspector Ann Price said the inquiry was at an early stage.\n\nA woman who works in the town centre, and who did not want to be named, said she had heard shouting.\n\n\"I thought it was just the usual Saturday night,\" she said.", "I thought it was just the usual Saturday night,", ["woman who works in the town centre"]),
    # the formula of a source's anonymity reports no one harmed: the clause before the colon introduces the words
    ("The market burned on Friday.\n\nMusa Bello, a trader who asked not to be named in full, at the market gate:\n\u201cThey came at night and took everything.\u201d", "They came at night and took everything.", ["Musa Bello"]),
    # "The signboard reads: “...”": a sign's words, not the one who put it up
    ("The village head said the committee had put up a signboard at the entrance last year.\n\nThe signboard reads: \u201cBeware! Flash floods.\u201d", "Beware! Flash floods.", ["The signboard"]),
    # untagged words, then a paragraph opening with a name that "spoke" as they were said
    ("The force added: \"We would ask people not to share information.\"\n\n\"He was the one who would drive you home at three in the morning.\"\n\nCarys Bowen, his cousin, had to stop twice as she spoke to more than 300 people at the club.", "He was the one who would drive you home at three in the morning.", ["Carys Bowen"]),
    # a document whose subject names its issuer right before it: that issuer, not a name further back
    ("Road conditions were reported to be poor. The Harbour Police statement added that a \u201cmajor response\u201d was under way.", "major response", ["Harbour Police"]),
    ("Tom Reed said the car was his. A note left in Tom Reed's car read: \u201cSorry for everything.\u201d", "Sorry for everything.", ["A note"]),
    # a short regular past ("died") makes a clause, not a subject the apposition describes
    ("The boy died in hospital in the early hours, a spokesman said. \"His family was with him,\" the spokesman said.", "His family was with him,", ["spokesman"]),
    ("The fire spread quickly through the market, a fire official said. \"We could not reach the back,\" the official said.", "We could not reach the back,", ["fire official"]),
    ("The blast shook the building, an official said. \"Windows broke two streets away,\" the official said.", "Windows broke two streets away,", ["an official"]),
    # those heard in a video, doing something first, then asking: the subject before "can be heard"
    ("In videos shared online, tenants trapped in the block can be heard calling for help, asking \"Where is the exit?\", \"Help us\". The images raised questions.",
     "Where is the exit?", ["tenants trapped in the block"]),
])
def test_the_speakers_a_sentence_offers(text, quote, subjects):
    assert _candidates(text, quote) == subjects


def _candidates(text, quote):
    idx = source_index(text)
    start = text.index(quote)
    return speaker_candidates(idx, Span(start=start, end=start + len(quote)))


def test_a_phrase_quoted_twice_is_checked_where_its_speaker_is_named():
    """A short phrase quoted in the headline and again in a guest's words: the speaker is
    checked at the quotation the article attributes, not only at the first."""
    text = "Ten killed after \u2018magical\u2019 wedding\n\nThe bus overturned near a bridge.\n\nA guest told the network it was a \u201cmagical\u201d day."
    summary = ArticleSummary(source=Source(id="t", sha256="", chars=len(text)), statements=[Statement(speaker="A guest", quote="magical", kind="direct")])
    quote, speaker = verify(summary, text).items
    assert speaker.status is Status.exact
    assert quote.spans[0].start == text.rindex("magical")  # the quotation the speaker is named for


def test_a_headline_shortening_a_quotation_is_checked_where_the_body_quotes_it():
    """A headline cuts a survivor's words at a comma ("«Under the water it was black, I did
    not know which way was the sky»" over the fuller quotation below): the speaker is checked
    where the body quotes the words, piece by piece; short pieces alone never match."""
    text = ("Shipwreck: \u00abThe water was black, I did not know which way was up\u00bb\n\n"
            "Eight people drowned when the boat capsized.\n\n"
            "\u00abThe water was black, completely black. I did not know which way was up,\u00bb said Ali Moussa, 23.")
    summary = ArticleSummary(source=Source(id="t", sha256="", chars=len(text)),
                             statements=[Statement(speaker="Ali Moussa", quote="The water was black, I did not know which way was up", kind="direct")])
    quote, speaker = verify(summary, text).items
    assert speaker.status.grounded
    assert quote.spans[0].start == text.rindex("The water was black")
    text = "Flood: \u00abIt rose, we ran\u00bb\n\nThe river burst its banks.\n\n\u00abIt rose fast. Then we ran,\u00bb said Ali Moussa."
    summary = ArticleSummary(source=Source(id="t", sha256="", chars=len(text)), statements=[Statement(speaker="Ali Moussa", quote="It rose, we ran", kind="direct")])
    assert not verify(summary, text).items[1].status.grounded


def test_a_pages_rubrics_in_capitals_are_no_transcript_turns():
    """ "LIVE: ..." and two "RELATED: ..." links are labels, not a transcript whose
    turns would give every quotation to "LIVE"."""
    text = ("NORTH CHANNEL\nLIVE: Evening News at 6\n\nA bear attacked a hunter on Friday.\n\n"
            "\"I heard him yell and I just shot,\" Noah Akammak told the station.\n\n"
            "RELATED: Bear season runs late\nRELATED: New patrol truck for the hamlet")
    assert speaker_status(text, "I heard him yell and I just shot,", "Noah Akammak") is Status.exact


def test_a_he_resolved_to_a_description_contradicts_no_name():
    """ "the head of the region said ... “...,” he said": the description may be whoever the
    summary names, so the name is not grounded, and not contradicted either."""
    text = ("The governor of the region, Ivan Petrov, said five people were killed.\n\n"
            "Commenting on the shelling, the head of the region said that 371 shells had landed.\n\n"
            "\u201cUnfortunately, there are two dead,\u201d he said.")
    assert speaker_status(text, "Unfortunately, there are two dead,", "Ivan Petrov") is Status.unattributed
    # ("official", an organisation word too, heads a description of a person)
    text = "Musa Bello was at the scene. A security official, who preferred anonymity, said the gunmen came at noon. \u201cIt is unfortunate,\u201d he said."
    assert speaker_status(text, "It is unfortunate,", "Musa Bello") is Status.unattributed


def test_a_pronoun_claimed_as_the_speaker_is_the_tags_own():
    """A summary naming the speaker "she" where the article writes "“...,” she said" claims
    what the article says, whoever "she" is; another pronoun, or the one of another
    quotation, is not this tag's."""
    text = ("Amina Yusuf, a trader, lost her stall in the fire. Her neighbour, who asked not to be named, "
            "said the market had no hydrant. \u201cThey tell us nothing,\u201d she said.\n\n"
            "Chief Obi Nnaji arrived at noon. \u201cWe will rebuild,\u201d he said.")
    assert speaker_status(text, "They tell us nothing,", "she").grounded
    assert speaker_status(text, "We will rebuild,", "he").grounded
    assert not speaker_status(text, "They tell us nothing,", "he").grounded
    assert not speaker_status(text, "We will rebuild,", "she").grounded


def test_the_organisation_is_the_one_named_with_the_article_before():
    """ "the organisation said" and its "it" after "The Red Crescent said": a name written
    with the article is no person's; where the article never says which agency "the
    agency" is, its words are unattributed, not contradicted (nor is "the agency" just any
    organisation named before: it may be a ministry's)."""
    text = ("Dr. Lina Haddad treated the wounded. The Red Crescent said its teams had reached the area. "
            "\u201cWe are overwhelmed,\u201d the organisation said. \u201cOur hospitals are full,\u201d it said.")
    assert speaker_status(text, "We are overwhelmed,", "Red Crescent") is Status.exact
    assert speaker_status(text, "Our hospitals are full,", "Red Crescent") is Status.exact
    assert not speaker_status(text, "We are overwhelmed,", "Lina Haddad").grounded
    text = "Rain fell for a week. The agency said 214 people had been evacuated. \u201cLeave now,\u201d it said."
    assert speaker_status(text, "Leave now,", "Civil Protection") is Status.unattributed


def test_a_headline_quoting_an_interview_answer_is_the_one_interviewed():
    text = ("\u201cWe dig by hand\u201d\n\nBy Ana Ruiz\n\nTeresa Mamani, 48, has led the valley's rescue brigade since 2019.\n\n"
            "Q: How many are still missing?\n\nA: Eleven. We dig by hand, because the machines sink.\n\nQ: Will you stop?\n\nA: Not while the families are here.")
    assert speaker_status(text, "We dig by hand", "Teresa Mamani").grounded
    assert not speaker_status(text, "We dig by hand", "Ana Ruiz").grounded


def test_a_headline_quote_is_checked_where_the_body_quotes_it_in_other_case():
    """ "‘He never missed a match’: ..." in the headline, "... but he never missed a match"
    in a brother's words below: the speaker is the brother's, the quote found there."""
    text = ("\u2018He never missed a match\u2019: fan among nine killed in stadium crush\n\n"
            "Nine people died when a gate gave way on Saturday. Police are investigating.\n\n"
            "Kofi Mensah, 40, said his brother had loved the club. \u201cHe lived far away, but he never missed a match,\u201d he said.")
    summary = ArticleSummary(source=Source(id="t", sha256="", chars=len(text)), statements=[Statement(speaker="Kofi Mensah", quote="He never missed a match", kind="direct")])
    quote, speaker = verify(summary, text).items
    assert speaker.status.grounded
    assert quote.status is Status.normalized and quote.spans[0].start == text.index("he never missed a match")


def test_she_is_neither_an_outlet_nor_a_plural_description():
    """ "she cried" after "news outlet Norte Digital showed one woman ..." and "emergency
    workers shouted": neither the outlet nor the workers are "she"."""
    text = ("\"This one's alive!\" emergency workers shouted, according to the news outlet Diario Sur.\n\n"
            "Video shot by news outlet Norte Digital showed one woman weeping. \"Pedro! Pedro!\" she cried.")
    for wrong in ("Norte Digital", "emergency workers"):
        assert speaker_status(text, "Pedro! Pedro!", wrong) is not Status.exact


def test_a_state_named_before_a_crosshead_is_no_speaker():
    """ "Kaduna states." is a noun, no verb: the crosshead quoted after it is not attributed to
    the states (so its real speaker, named after it, is not contradicted)."""
    text = ("The strikes took place in Borno, Katsina, Nasarawa and Kaduna states.\n\n\u2018We packed corpses in bags\u2019\n\n"
            "Liman Bello, a community leader, said bodies were buried.")
    assert speaker_status(text, "We packed corpses in bags", "Liman Bello") is not Status.contradicted


def test_an_introduction_names_the_speaker_of_the_quotation_after_it_unless_harmed():
    """A paragraph of quotation with no verb after a sentence introducing someone by a
    description is theirs (so another speaker is contradicted); a sentence reporting
    someone killed introduces no speaker (so another speaker stands unattributed)."""
    quote = "Everything shook and then the smoke came in."
    introduced = f"Market vendor and eyewitness Rosa Delgado was opening her stall when the blast hit.\n\u201c{quote}\u201d"
    assert speaker_status(introduced, quote, "Ana Ruiz") is Status.contradicted
    killed = f"Shop owner Rosa Delgado was killed when the blast hit.\n\u201c{quote}\u201d"
    assert speaker_status(killed, quote, "Ana Ruiz") is Status.unattributed


def test_a_dateline_in_capitals_is_no_transcript_turn():
    """One "CITY: ..." paragraph is a dateline; its narration is not a quotation."""
    lead = "KABUL: Two rockets struck the airport road on Sunday, police said. Nobody was hurt."
    text = lead
    _assert_not_quoted(text)
    # nor twice, when a teaser above the story repeats its lead
    _assert_not_quoted(f"Two rockets hit airport road\n\n{lead[:60]}...\n\n{lead}")


def _assert_not_quoted(text: str) -> None:
    summary = ArticleSummary(
        source=Source(id="t", sha256="", chars=len(text)),
        statements=[Statement(speaker="KABUL", quote="Two rockets struck the airport road on Sunday", kind="direct")],
    )
    speaker = next(i for i in verify(summary, text).items if i.field == "speaker")
    assert speaker.status is Status.not_quoted


def test_verification_is_the_same_under_any_hash_seed():
    """Spans and reasons never depend on the order of a set (Python's hash seed)."""
    script = (
        "from pathlib import Path\n"
        "from summarizer.evaluate import load_gold, gold_summaries\n"
        "from summarizer.ingest import iter_inputs\n"
        "gp = Path('tests/data/corpus/fresh3.gold.json'); gold = load_gold(gp)\n"
        "arts = list(iter_inputs([str(gp.parent / 'fresh3' / f'{a}.txt') for a in gold['articles']]))\n"
        "texts = {a.id: a.text for a in arts}\n"
        "read = {a.id: (a.published, a.published_basis) for a in arts}\n"
        "print(''.join(s.model_dump_json() for s in gold_summaries(gold, texts, read)))\n"
    )
    root = Path(__file__).resolve().parents[1]
    outputs = {
        subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def test_a_menu_of_short_alike_lines_is_no_hard_wrapped_text():
    from summarizer.text import wrap_width

    menu = "\n".join(["Home News World", "Politics Sport", "Business Money", "Culture Travel", "Science Health"] * 2) + "\n"
    assert wrap_width(menu) is None
    prose = ("Gunmen attacked a police checkpoint on the main road north of the town late\n"
             "on Friday, killing four officers and wounding two others, officials said on\n") * 3
    assert wrap_width(prose) == 75  # the longest line that runs on (90th percentile)


@pytest.mark.parametrize("text", [
    "The toll rose on Saturday.\n\nQuote: \u201cFive people are known to have been killed.\u201d",
    "According to sources from the Ministry of Defense, the drone was shot down.\n\nDefense: \u201cFive people are known to have been killed.\u201d",
])
def test_a_one_word_label_before_a_colon_introduces_no_speaker(text):
    """"Quote:" is a label, and so is a word that only ends an organisation's name; a
    surname of someone named in full would be theirs ("Ruiz: “...”")."""
    assert _candidates(text, "Five people are known to have been killed.") == []
