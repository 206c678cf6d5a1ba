"""Attribution forms as newsrooms everywhere write them: each right speaker is
grounded, each wrong one (a news agency, a place, someone else) is not.

The sentences are written for these tests in the styles of wires and papers from
many regions; the names are fictional or generic.
"""

from __future__ import annotations

import pytest

from summarizer.schema import ArticleSummary, Source, Statement, Status
from summarizer.verify import verify


def speaker_status(text: str, quote: str, speaker: str) -> Status:
    summary = ArticleSummary(
        source=Source(id="t", sha256="", chars=len(text)),
        statements=[Statement(speaker=speaker, quote=quote, kind="direct")],
    )
    report = verify(summary, text)
    return next(i for i in report.items if i.field == "speaker").status


# (text, quote, the right speaker)
FORMS = [
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
]


@pytest.mark.parametrize("text, quote, speaker", FORMS, ids=[f[2] + ":" + f[1][:20] for f in FORMS])
def test_right_speaker_is_grounded(text, quote, speaker):
    assert text.count(quote) == 1
    assert speaker_status(text, quote, speaker).grounded


# (text, quote, a wrong speaker)
WRONG = [
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
]


@pytest.mark.parametrize("text, quote, speaker", WRONG, ids=[f[2] for f in WRONG])
def test_wrong_speaker_is_flagged(text, quote, speaker):
    assert not speaker_status(text, quote, speaker).grounded
