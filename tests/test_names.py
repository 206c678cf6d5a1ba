"""The one name key, table-driven: real names from many regions and naming traditions
that must stay apart, spellings of one name that must match, and the title grammar.

Every pair below is two different real entities (or one entity written two ways);
a comment says what each is where it is not obvious. Where a rule still breaks, the
case is listed as an expected failure with the reason, not left out.
"""

from __future__ import annotations

from collections import Counter

import pytest

from summarizer.events import EntityIndex
from summarizer.names import alias_groups, is_proper_name, name_key, same_name, strip_title
from summarizer.schema import ArticleSummary, Incident, Place, Source, Statement

# -- names that must stay apart --------------------------------------------
# (kind, a, b): kind says which summary field the pair is tried in ("place",
# "group": an incident's perpetrator, "person": a statement's speaker).

APART: list[tuple[str, str, str]] = [
    # near-homographs across regions
    ("place", "Hamas", "Homs"),  # Palestinian movement / Syrian city
    ("place", "Gaza", "Giza"),  # Palestine / Egypt
    ("place", "Basra", "Busra"),  # Iraq / Syria (Bosra)
    ("place", "Kuwait City", "Kuwait"),
    ("place", "Niger", "Nigeria"),
    ("place", "Iran", "Iraq"),
    ("place", "Mali", "Malawi"),
    ("place", "Sudan", "South Sudan"),
    ("place", "Guinea", "Guinea-Bissau"),
    ("place", "Guinea", "Equatorial Guinea"),
    ("place", "Guinea-Bissau", "Equatorial Guinea"),
    ("place", "Papua", "Papua New Guinea"),  # Indonesian province / country
    ("place", "Republic of the Congo", "Democratic Republic of the Congo"),
    ("place", "Dominica", "Dominican Republic"),
    ("place", "Austria", "Australia"),
    ("place", "Libya", "Liberia"),
    ("place", "Slovenia", "Slovakia"),
    ("place", "Iceland", "Ireland"),
    ("place", "Gambia", "Zambia"),
    ("place", "Latvia", "Lithuania"),
    ("place", "Rafah", "Rafha"),  # Gaza / Saudi Arabia
    ("place", "Hama", "Homs"),
    ("place", "Hama", "Hamas"),
    ("place", "Idlib", "Irbid"),  # Syria / Jordan
    ("place", "Mosul", "Mansoura"),  # Iraq / Egypt
    ("place", "Jenin", "Jinan"),  # West Bank / China
    ("place", "Tyre", "Tyrol"),  # Lebanon / Austria
    ("place", "Tyre", "Tire"),  # Lebanon / Turkey
    ("place", "Aden", "Adana"),  # Yemen / Turkey
    ("place", "Taiz", "Taif"),  # Yemen / Saudi Arabia
    ("place", "Tunis", "Tunisia"),  # capital / country
    ("place", "Algiers", "Algeria"),
    ("place", "Sinai", "Sanaa"),
    ("place", "Sinjar", "Sinai"),
    ("place", "Ramallah", "Ramla"),  # West Bank / Israel
    ("place", "Amuda", "Amedi"),  # Syria / Iraqi Kurdistan
    ("place", "Deir ez-Zor", "Deir al-Balah"),  # Syria / Gaza
    ("place", "Beit Hanoun", "Beit Lahia"),
    ("place", "Khan Younis", "Khan Shaykhun"),  # Gaza / Syria
    ("place", "Al-Bab", "Bab al-Hawa"),  # Syrian town / border crossing
    ("place", "Tal Abyad", "Tal Afar"),  # Syria / Iraq
    ("place", "Ras al-Ain", "Ras Baalbek"),  # Syria / Lebanon
    ("place", "Kyiv", "Kirov"),  # Ukraine / Russia
    ("place", "Pokrovsk", "Pokrovske"),  # Donetsk oblast town / Dnipropetrovsk oblast settlement
    ("place", "Mariupol", "Melitopol"),
    ("place", "Mykolaiv", "Mykolaivka"),
    ("place", "Avdiivka", "Andriivka"),
    ("place", "Izium", "Izmail"),
    ("place", "Bakhmut", "Bakhchysarai"),
    ("place", "North Ossetia", "South Ossetia"),
    ("place", "Macedonia", "North Macedonia"),  # Greek region / country
    ("place", "Korea", "North Korea"),
    ("place", "North Korea", "South Korea"),
    ("place", "Mardan", "Mardin"),  # Pakistan / Turkey
    ("place", "Khost", "Khust"),  # Afghanistan / Ukraine
    ("place", "Bagram", "Bagrami"),  # Parwan air base / Kabul district
    ("place", "Kunduz", "Kunar"),
    ("place", "Swat", "Swabi"),
    ("place", "Dera Ismail Khan", "Dera Ghazi Khan"),
    ("place", "North Waziristan", "South Waziristan"),
    ("place", "Waziristan", "North Waziristan"),
    ("place", "Khyber", "Khyber Pakhtunkhwa"),
    ("place", "Jammu", "Jammu and Kashmir"),
    ("place", "Gao", "Goa"),  # Mali / India
    ("place", "Beni", "Bunia"),  # two towns of eastern DR Congo
    ("place", "Benin", "Benin City"),  # country / Nigerian city
    ("place", "Niger", "Niger State"),  # country / Nigerian state
    ("place", "Katsina", "Katsina-Ala"),  # Nigerian state / Benue town
    ("place", "Adama", "Adamawa"),  # Ethiopia / Nigeria
    ("place", "Yobe", "Yola"),
    ("place", "Zamfara", "Zaria"),
    ("place", "Tigray", "Tigre"),  # Ethiopian region / Eritrean people
    ("place", "Oromia", "Oromo"),  # region / people
    ("place", "El Obeid", "El Geneina"),
    ("place", "Kordofan", "North Kordofan"),
    ("place", "Marawi", "Malawi"),  # Philippines / country
    ("place", "Butig", "Butuan"),
    ("place", "Lanao del Sur", "Lanao del Norte"),
    ("place", "Kayin", "Kayah"),  # two Myanmar states
    ("place", "Sagaing", "Saigon"),
    ("place", "Samoa", "American Samoa"),
    ("place", "York", "New York"),
    ("place", "Mexico", "New Mexico"),
    ("place", "Mexico", "Mexico City"),
    ("place", "Panama", "Panama City"),
    ("place", "Guatemala", "Guatemala City"),
    ("place", "Gaza Strip", "Gaza City"),
    ("place", "San Juan", "San José"),
    ("place", "San Salvador", "El Salvador"),
    ("place", "Santiago", "Santiago de Cuba"),
    ("place", "Santa Marta", "Santa María"),
    ("place", "Celaya", "Zelaya"),  # Mexico / Nicaragua
    ("place", "Guanajuato", "Guadalajara"),
    ("place", "Arauca", "Araucania"),  # Colombia / Chile
    # armed groups and organisations
    ("group", "Hezbollah", "Hizb ut-Tahrir"),
    ("group", "al-Shabaab", "Ansar al-Sharia"),
    ("group", "Boko Haram", "ISWAP"),
    ("group", "M23", "ADF"),
    ("group", "JNIM", "ISGS"),
    ("group", "Taliban", "Tehrik-i-Taliban Pakistan"),
    ("group", "Tehrik-i-Taliban Pakistan", "Tehreek-e-Labbaik Pakistan"),
    ("group", "Hamas", "Fatah"),
    ("group", "Fatah", "Fatah al-Intifada"),
    ("group", "Islamic State", "Islamic Jihad"),
    ("group", "Palestinian Islamic Jihad", "Egyptian Islamic Jihad"),
    ("group", "Hezbollah", "Kataib Hezbollah"),
    ("group", "Hezbollah", "Hizbul Mujahideen"),
    ("group", "Jaish al-Adl", "Jaish al-Islam"),
    ("group", "Jaish-e-Mohammed", "Jaish al-Mahdi"),
    ("group", "Lashkar-e-Taiba", "Lashkar-e-Jhangvi"),
    ("group", "Ansar Allah", "Ansar al-Islam"),
    ("group", "Ansar al-Sharia", "Ansar Dine"),
    ("group", "Islamic State", "Islamic State West Africa Province"),
    ("group", "Islamic State Khorasan Province", "Islamic State Sahel Province"),
    ("group", "Hayat Tahrir al-Sham", "Hizb ut-Tahrir"),
    ("group", "Syrian Democratic Forces", "Syrian National Army"),
    ("group", "Popular Mobilization Forces", "Popular Resistance Committees"),
    ("group", "Al-Aqsa Martyrs' Brigades", "Al-Qassam Brigades"),
    ("group", "Kataib Hezbollah", "Kataib Sayyid al-Shuhada"),
    ("group", "Asaib Ahl al-Haq", "Harakat Hezbollah al-Nujaba"),
    ("group", "PKK", "PJAK"),
    ("group", "PKK", "KDP"),
    ("group", "YPG", "YPJ"),
    ("group", "KDP", "PUK"),
    ("group", "ELN", "FARC"),
    ("group", "Arakan Army", "Arakan Rohingya Salvation Army"),
    ("group", "Kachin Independence Army", "Karen National Union"),
    ("group", "Moro Islamic Liberation Front", "Moro National Liberation Front"),
    ("group", "al-Qaeda", "al-Qaeda in the Arabian Peninsula"),
    ("group", "AQIM", "AQAP"),
    ("group", "Sinaloa Cartel", "Jalisco New Generation Cartel"),
    ("group", "Gulf Clan", "Gulf Cartel"),  # Colombia / Mexico
    ("group", "MS-13", "Barrio 18"),
    ("group", "Lord's Resistance Army", "Allied Democratic Forces"),
    ("group", "Oromo Liberation Army", "Oromo Liberation Front"),
    ("group", "Tigray People's Liberation Front", "Tigray Defense Forces"),
    ("group", "New People's Army", "People's Defence Force"),  # Philippines / Myanmar
    ("group", "Rapid Support Forces", "Sudanese Armed Forces"),
    ("group", "RSF", "SAF"),
    ("group", "Abu Sayyaf", "Maute group"),
    ("group", "Baloch Liberation Army", "Balochistan Liberation Front"),
    # people
    ("person", "Abdullah Abdullah", "Abdullah II"),  # Afghan politician / king of Jordan
    ("person", "Sani Abacha", "Uba Sani"),
    ("person", "Ahmed bin Ali", "Ali bin Ahmed"),
    ("person", "Aung San", "Aung San Suu Kyi"),
    ("person", "Than Shwe", "Shwe Mann"),
    ("person", "Min Aung Hlaing", "Aung Min"),
    ("person", "Hamad bin Jassim", "Hamad bin Khalifa"),
    ("person", "Salman bin Abdulaziz", "Mohammed bin Salman"),
    ("person", "Bashar al-Assad", "Hafez al-Assad"),
    ("person", "Saddam Hussein", "Uday Hussein"),
    ("person", "Ali Khamenei", "Mojtaba Khamenei"),
    ("person", "Hassan Nasrallah", "Hassan Rouhani"),
    ("person", "Hasan", "Husayn"),
    ("person", "Hassan", "Hussein"),
    ("person", "Mohamed Hamdan Dagalo", "Abdel Fattah al-Burhan"),
    ("person", "Muhammadu Buhari", "Muhammadu Sanusi"),
    ("person", "Abubakar Shekau", "Abu Bakr al-Baghdadi"),
    ("person", "Mohammed Deif", "Mohammed Dahlan"),
    ("person", "Yahya Sinwar", "Mohammed Sinwar"),
    ("person", "Osama bin Laden", "Hamza bin Laden"),
    ("person", "Sergei Shoigu", "Sergei Lavrov"),
    ("person", "Vladimir Putin", "Vladimir Potanin"),
    ("person", "Raúl Castro", "Fidel Castro"),
    ("person", "Kim Jong Un", "Kim Jong Il"),
    ("person", "Kim Jong Il", "Kim Il Sung"),
    ("person", "Nawaz Sharif", "Shehbaz Sharif"),
    ("person", "Benazir Bhutto", "Zulfikar Ali Bhutto"),
    ("person", "Hun Sen", "Hun Manet"),
    ("person", "Juárez", "Suárez"),
    ("person", "Daniela Rossi", "Daniele Rossi"),  # a final a/e is another person in Romance names
]

# Known collisions: two entities the key still joins.
APART_BROKEN: list[tuple[str, str, str]] = [
    ("Samarra", "Samara", "doubled letters are folded (Assad/Asad), so Iraq's Samarra is Russia's Samara"),
    ("Bender", "Bandar", "an e/a swap inside a six-letter word is a transliteration (Medina/Madina), so these two names join"),
]


@pytest.mark.parametrize("kind, a, b", APART, ids=[f"{a}/{b}" for _, a, b in APART])
def test_different_names_stay_apart(kind, a, b):
    assert not same_name(a, b)
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize("a, b, why", APART_BROKEN, ids=[f"{a}/{b}" for a, b, _ in APART_BROKEN])
def test_known_collisions(a, b, why):
    if same_name(a, b):
        pytest.xfail(why)
    raise AssertionError(f"{a}/{b} now stay apart: move them to APART")


def test_table_sizes():
    assert len(APART) >= 100 and len(set(APART)) == len(APART)
    assert len(VARIANTS) >= 50 and len(set(VARIANTS)) == len(VARIANTS)
    assert len(ALIAS_VARIANTS) >= 50 and len(set(ALIAS_VARIANTS)) == len(ALIAS_VARIANTS)


# -- one name, several spellings ------------------------------------------

VARIANTS: list[tuple[str, str]] = [
    # the Arabic article
    ("al-Qaim", "Al Qaim"),
    ("Al-Qaim", "el-Qaim"),
    ("Al Qaim", "Qaim"),
    ("al-Shabaab", "Al Shabab"),
    ("El Fasher", "al-Fasher"),
    ("Deir ez-Zor", "Deir al-Zor"),  # the article assimilated to a sun letter
    ("Ahrar ash-Sham", "Ahrar al-Sham"),
    ("ar-Raqqa", "Raqqa"),
    ("Jurf al-Sakhr", "Jurf Al Sakhar"),
    ("Deir al-Balah", "Deir el-Balah"),
    # doubled letters
    ("Mohammed", "Mohamed"),
    ("Assad", "Asad"),
    ("Qassem al-Araji", "Qasem al-Aaraji"),
    ("Nuseirat", "Nusseirat"),
    ("Metula", "Metulla"),
    ("Kismayo", "Kismaayo"),
    ("Zelenskyy", "Zelensky"),
    # apostrophes, hyphens, spaces, dots, case, accents
    ("Qa'im", "Qaim"),
    ("Al-Qa’im", "Al Qaim"),
    ("Sana'a", "Sanaa"),
    ("Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal Muslimin"),
    ("Abu Dhabi", "Abu-Dhabi"),
    ("Boko Haram", "Boko-Haram"),
    ("U.S.", "US"),
    ("U.N.", "UN"),
    ("IRAQ", "Iraq"),
    ("Bogotá", "Bogota"),
    ("Acámbaro", "Acambaro"),
    ("Selçuk Demirtaş", "Selcuk Demirtas"),
    ("São Paulo", "Sao Paulo"),
    ("Kraków", "Krakow"),
    ("Türkiye", "Turkiye"),
    ("Iraq's", "Iraq"),
    ("the Pentagon", "Pentagon"),
    # a vowel written or not
    ("Sakhr", "Sakhar"),
    ("Tehran", "Teheran"),
    ("Misrata", "Misurata"),
    ("Kabul", "Kaboul"),
    ("Mahmoud", "Mahmud"),
    ("Khan Younis", "Khan Yunis"),
    ("Beit Hanoun", "Beit Hanun"),
    ("Beit Lahia", "Beit Lahiya"),
    ("Jabalia", "Jabaliya"),
    ("Tulkarm", "Tulkarem"),
    ("Qalqilya", "Qalqiliya"),
    ("Eilat", "Elat"),
    ("Mykolaiv", "Mykolayiv"),
    ("Nabatieh", "Nabatiyeh"),
    ("Dagalo", "Daglo"),
    ("Lashkar-e-Taiba", "Lashkar-e-Tayyiba"),
    # a vowel written with a neighbouring letter (long words)
    ("Ketaeb Hezbollah", "Kataib Hezbollah"),
    ("Muhammad", "Mohammed"),
    ("Mahmoud", "Mehmood"),
    ("Hodeidah", "Hudaydah"),
    ("Hodeidah", "Hudaida"),  # vowels swapped and the final h dropped
    ("Baluchistan", "Balochistan"),
    ("Karbala", "Kerbala"),
    ("Manbij", "Menbij"),
    ("Quneitra", "Qunaitra"),
    ("Marjayoun", "Marjeyoun"),
    ("Kostiantynivka", "Kostyantynivka"),
    ("Zaporizhzhia", "Zaporizhzhya"),
    ("Taliban", "Taleban"),
    ("Mujahideen", "Mujahidin"),
    ("Hussein", "Husayn"),
    ("Hussein", "Hussain"),
    ("Qassem Soleimani", "Qasem Suleimani"),
    ("Tehrik-i-Taliban Pakistan", "Tehreek-i-Taliban Pakistan"),
    ("Jaish-e-Mohammed", "Jaish-e-Muhammad"),
    ("Hamadan", "Hamedan"),
    ("Medina", "Madina"),
    ("Mashhad", "Meshed"),
    ("Kordofan", "Kurdufan"),
    ("Hezbollah", "Hizbullah"),
    # the Arabic feminine ending with or without its h
    ("Fallujah", "Falluja"),
    ("Raqqa", "Raqqah"),
    ("Hama", "Hamah"),
    ("Mukalla", "Mukallah"),
    # descriptors
    ("the Al-Qaim area", "Al-Qaim"),
    ("Muan International Airport", "Muan airport"),
    ("Muan airport", "Muan"),
    ("Ain al-Asad air base", "Ain al-Asad airbase"),
    ("Ain al-Assad base", "Ain Al Asad airbase"),
    ("Anbar province", "Al-Anbar"),
    ("Jurf al-Sakhar area", "Jurf al-Sakhr"),
    # letters no accent-folding takes apart, as English-language pages spell them
    ("Đorđević", "Djordjevic"),
    ("Łódź", "Lodz"),
    ("Tromsø", "Tromso"),
    ("Þórshöfn", "Thorshofn"),
]

# Known misses: one name the key does not join (an article's own introduction, or
# the alias file for widely known names, has to).
VARIANTS_BROKEN: list[tuple[str, str, str]] = [
    ("Daraa", "Deraa", "a vowel changed in a word under six letters is never joined (Gaza/Giza)"),
    ("Kobani", "Kobane", "a word's last vowel may only swap i/y (Daniela/Daniele)"),
    ("Gaddafi", "Qaddafi", "the first letter must agree"),
    ("Abdel Fattah", "Abdul Fattah", "e/u is no transliteration swap, and the word is short"),
    ("Nasrallah", "Nasrullah", "a/u is no transliteration swap (Basra/Busra)"),
    ("Deir ez-Zor", "Deir el-Zour", "three-letter words must match exactly"),
    ("Borno", "Bornu", "a word's last vowel may only swap i/y"),
    ("Yusuf", "Youssef", "a vowel changed in a word under six letters"),
]


@pytest.mark.parametrize("a, b", VARIANTS, ids=[f"{a}/{b}" for a, b in VARIANTS])
def test_spellings_of_one_name_match(a, b):
    assert same_name(a, b)
    assert same_name(b, a)


@pytest.mark.parametrize("a, b, why", VARIANTS_BROKEN, ids=[f"{a}/{b}" for a, b, _ in VARIANTS_BROKEN])
def test_known_misses(a, b, why):
    if not same_name(a, b):
        pytest.xfail(why)
    raise AssertionError(f"{a}/{b} now match: move them to VARIANTS")


# Through the alias file: names no spelling rule may join.
ALIAS_VARIANTS: list[tuple[str, str]] = [
    ("Kyiv", "Kiev"),
    ("Kharkiv", "Kharkov"),
    ("Odesa", "Odessa"),
    ("Lviv", "Lvov"),
    ("Luhansk", "Lugansk"),
    ("Zaporizhzhia", "Zaporozhye"),
    ("Erbil", "Irbil"),
    ("Myanmar", "Burma"),
    ("Yangon", "Rangoon"),
    ("Türkiye", "Turkey"),
    ("Côte d'Ivoire", "Ivory Coast"),
    ("Democratic Republic of the Congo", "DR Congo"),
    ("Democratic Republic of the Congo", "DRC"),
    ("North Korea", "DPRK"),
    ("United Arab Emirates", "UAE"),
    ("Islamic State", "Daesh"),
    ("Islamic State", "ISIS"),
    ("ISIL", "Daesh"),
    ("ISIS-K", "Islamic State Khorasan Province"),
    ("United States", "US"),
    ("United States", "USA"),
    ("United States", "U.S."),
    ("UK", "Britain"),
    ("United Kingdom", "Britain"),
    ("UN", "United Nations"),
    ("NATO", "North Atlantic Treaty Organization"),
    ("EU", "European Union"),
    ("AU", "African Union"),
    ("ICRC", "International Committee of the Red Cross"),
    ("WHO", "World Health Organization"),
    ("UNHCR", "UN refugee agency"),
    ("OCHA", "UN Office for the Coordination of Humanitarian Affairs"),
    ("Houthis", "Ansar Allah"),
    ("AFRICOM", "US Africa Command"),
    ("SOUTHCOM", "US Southern Command"),
    ("IRGC", "Revolutionary Guards"),
    ("Islamic Revolutionary Guard Corps", "Revolutionary Guards"),
    ("Hezbollah", "Hizballah"),
    ("Hezbollah", "Hizbollah"),
    ("al-Qaeda", "al-Qaida"),
    ("al-Shabaab", "Harakat al-Shabaab al-Mujahideen"),
    ("Boko Haram", "JAS"),
    ("ISWAP", "Islamic State West Africa Province"),
    ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Tatmadaw", "Myanmar military"),
    ("RSF", "Rapid Support Forces"),
    ("SAF", "Sudanese Armed Forces"),
    ("Wagner Group", "Wagner"),
    ("PKK", "Kurdistan Workers' Party"),
    ("YPG", "People's Protection Units"),
    ("SDF", "Syrian Democratic Forces"),
    ("TTP", "Pakistani Taliban"),
    ("Hamas", "Islamic Resistance Movement"),
    ("HTS", "Hayat Tahrir al-Sham"),
    ("MSF", "Doctors Without Borders"),
    ("Pentagon", "US Department of Defense"),
    ("US military", "United States"),
]


def _alias_entity(name: str) -> frozenset[str] | None:
    groups = [g for g in alias_groups() if any(same_name(name, x) for x in g)]
    return groups[0] if len(groups) == 1 else None


@pytest.mark.parametrize("a, b", ALIAS_VARIANTS, ids=[f"{a}/{b}" for a, b in ALIAS_VARIANTS])
def test_alias_file_joins_well_known_names(a, b):
    group = _alias_entity(a)
    assert group is not None and group == _alias_entity(b)


def test_alias_file_holds_no_name_twice():
    """Each name in one group only, so an alias never picks between two entities."""
    groups_of = Counter(k for g in alias_groups() for k in {name_key(n) for n in g})
    assert [k for k, n in groups_of.items() if n > 1] == []


def test_alias_file_keeps_apart_pairs_apart():
    for _, a, b in APART:
        ga, gb = _alias_entity(a), _alias_entity(b)
        assert ga is None or ga != gb, (a, b)


# -- the entity index keeps them apart and joins the variants -----------------


def _summary(article_id: str, kind: str, names: list[str]) -> ArticleSummary:
    source = Source(id=article_id, sha256="0" * 64, chars=0)
    if kind == "person":
        return ArticleSummary(source=source, statements=[Statement(speaker=n, quote="q") for n in names])
    if kind == "group":
        incidents = [Incident(kind="other", description="d", perpetrator=n) for n in names]
    else:
        incidents = [Incident(kind="other", description="d", places=[Place(name=n)]) for n in names]
    return ArticleSummary(source=source, incidents=incidents)


def test_entity_index_keeps_every_apart_pair_apart():
    """All the pairs in one index, each side in its own article (one run of many)."""
    summaries = [_summary(f"{n}{side}", kind, [pair[side]]) for n, (kind, *pair) in enumerate(APART) for side in (0, 1)]
    index = EntityIndex.build(summaries)
    joined = [(a, b) for _, a, b in APART if index.canonical(a) == index.canonical(b)]
    assert joined == []


def test_entity_index_joins_every_variant():
    summaries = [_summary(f"{n}{side}", "place", [pair[side]]) for n, pair in enumerate(VARIANTS) for side in (0, 1)]
    index = EntityIndex.build(summaries)
    apart = [(a, b) for a, b in VARIANTS if index.canonical(a) != index.canonical(b)]
    assert apart == []


def test_entity_index_joins_alias_file_names():
    summaries = [_summary(f"{n}{side}", "group", [pair[side]]) for n, pair in enumerate(ALIAS_VARIANTS) for side in (0, 1)]
    index = EntityIndex.build(summaries)
    apart = [(a, b) for a, b in ALIAS_VARIANTS if index.canonical(a) != index.canonical(b)]
    assert apart == []


# -- the title grammar -----------------------------------------------------

TITLED: list[tuple[str, str]] = [
    # an organisation's or a state's name as the portfolio, two names after its last word
    ("Governor of Kaduna State Uba Sani", "Uba Sani"),
    ("Spokesman of the Lagos State Police Command Benjamin Hundeyin", "Benjamin Hundeyin"),
    ("Public Relations Officer (PRO) of the Benue State Police Command Catherine Anene", "Catherine Anene"),
    ("Director of the National Emergency Management Agency Mustapha Ahmed", "Mustapha Ahmed"),
    ("French President Emmanuel Macron", "Emmanuel Macron"),  # nationality adjective + office
    ("Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu"),
    ("Ukrainian Foreign Minister Dmytro Kuleba", "Dmytro Kuleba"),
    ("Kaduna State Governor Uba Sani", "Uba Sani"),
    ("Duhok governor Mazin Sindi", "Mazin Sindi"),
    ("UN Secretary-General Antonio Guterres", "Antonio Guterres"),  # hyphenated office
    ("Secretary of State Antony Blinken", "Antony Blinken"),  # office + portfolio
    ("Chief of the General Staff Valery Gerasimov", "Valery Gerasimov"),
    ("Inspector General of Police Kayode Egbetokun", "Kayode Egbetokun"),
    ("Minister for Foreign Affairs Penny Wong", "Penny Wong"),
    ("Myanmar junta chief Min Aung Hlaing", "Min Aung Hlaing"),
    ("Hamas leader Yahya Sinwar", "Yahya Sinwar"),
    ("former President Jimmy Carter", "Jimmy Carter"),
    ("Senator Bernie Sanders", "Bernie Sanders"),
    ("Mr Austin", "Austin"),
    ("Dr. Ahmad al-Hassan", "Ahmad al-Hassan"),
    # ranks
    ("Lt. Gen. Abdel Fattah al-Burhan", "Abdel Fattah al-Burhan"),
    ("Brig. Gen. Haitham al-Zubaidi", "Haitham al-Zubaidi"),
    ("Brigadier General Haitham al-Zubaidi", "Haitham al-Zubaidi"),
    ("Maj.-Gen. Ahmed Shehu", "Ahmed Shehu"),
    ("Rear Admiral Selçuk Demirtaş", "Selçuk Demirtaş"),
    ("Air Commodore Tanko Garba", "Tanko Garba"),
    ("General Mark Milley", "Mark Milley"),
    ("Police spokesman ASP Aminu Lere Baba", "Aminu Lere Baba"),  # police rank abbreviation
    ("DIG Mohammed Ali", "Mohammed Ali"),
    # honorifics of several traditions
    ("Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani"),
    ("Emir of Qatar Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani"),
    ("Crown Prince Mohammed bin Salman", "Mohammed bin Salman"),
    ("King Abdullah II", "Abdullah II"),
    ("Supreme Leader Ayatollah Ali Khamenei", "Ali Khamenei"),
    ("Imam Musa al-Sadr", "Musa al-Sadr"),
    ("Sayyid Hassan Nasrallah", "Hassan Nasrallah"),
    ("Mullah Mohammad Omar", "Mohammad Omar"),
    ("Haji Mohammad Mohaqiq", "Mohammad Mohaqiq"),
    ("Alhaji Sule Dan Jummai", "Sule Dan Jummai"),
    ("Malam Haruna Idris Giwa", "Haruna Idris Giwa"),
    ("Hajiya Zainab Abdullahi", "Zainab Abdullahi"),
    ("Daw Aung San Suu Kyi", "Aung San Suu Kyi"),  # Burmese honorifics
    ("U Thant", "Thant"),
    ("Pope Francis", "Francis"),
    ("Rev. Martin Luther King", "Martin Luther King"),
    ("European Commission President Ursula von der Leyen", "Ursula von der Leyen"),  # name particles
]

UNTITLED: list[str] = [
    "Security Council",
    "US forces",
    "Secretary General",
    "Minister of Defence",
    "Prime Minister",
    "Lloyd Austin",
    "Kataib Hezbollah",
    "Islamic Resistance in Iraq",
    "General Assembly",
    "General Electric",  # a lone unabbreviated "General" needs a two-word name
    "Prince Sultan Air Base",  # places and organisations named after titled people
    "King Fahd University",
    "Justice and Equality Movement",
    "Lord's Resistance Army",
    "Presidential Guard",
    "the son of President Biden",
    "a senior Iraqi official",
    "Nisrin Haji Mahmoud",  # an honorific inside a name is part of it
    "Mohamed Sheikh Ali",
]

# Where the grammar still breaks.
TITLES_BROKEN: list[tuple[str, str | None, str]] = [
    ("Major League Baseball", None, "a title word followed by a two-word capitalised name reads as a title"),
    ("Sheikh Jarrah", None, "a place named after a titled person reads as one (the entity index strips no place)"),
    ("Commander of the Joint Task Force Headquarters Maiduguri", None, "two capitalised words after an organisation's name read as the titled person's"),
    ("General Milley", "Milley", "a lone unabbreviated General before one word is left alone (General Electric)"),
    ("Qatari Sheikh Tamim", "Tamim", "an honorific after a modifier reads as part of a name (Nisrin Haji Mahmoud)"),
]


@pytest.mark.parametrize("titled, bare", TITLED)
def test_title_grammar_gives_the_bare_name(titled, bare):
    assert strip_title(titled) == bare


@pytest.mark.parametrize("name", UNTITLED)
def test_untitled_names_are_left_whole(name):
    assert strip_title(name) is None


@pytest.mark.parametrize("name, bare, why", TITLES_BROKEN, ids=[n for n, _, _ in TITLES_BROKEN])
def test_title_grammar_known_breaks(name, bare, why):
    if strip_title(name) != bare:
        pytest.xfail(why)
    raise AssertionError(f"{name!r} now reads right: move it to TITLED or UNTITLED")


def test_entity_index_reads_no_title_in_a_place():
    """A neighbourhood named after a sheikh is not the person with that surname."""
    summaries = [
        ArticleSummary(source=Source(id="a", sha256="0" * 64, chars=0),
                       incidents=[Incident(kind="air strike", description="d", places=[Place(name="Sheikh Radwan")])],
                       statements=[Statement(speaker="Ismail Radwan", quote="q"), Statement(speaker="Radwan", quote="r")]),
    ]
    index = EntityIndex.build(summaries)
    assert index.canonical("Radwan") == "Ismail Radwan"
    assert index.canonical("Sheikh Radwan") == "Sheikh Radwan"


@pytest.mark.parametrize("name, proper", [
    ("Luiz Inácio Lula da Silva", True),  # Romance and Germanic particles inside a name
    ("Sindicato dos Trabalhadores das Minas", True),
    ("Ursula von der Leyen", True),
    ("Islamic Resistance in Iraq", True),
    ("a senior Iraqi official", False),
    ("the head of the union", False),
])
def test_a_proper_name_may_hold_particles_in_lower_case(name, proper):
    assert is_proper_name(name) is proper
