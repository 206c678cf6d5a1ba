"""Page furniture in the forms scraped pages carry it, from every kind of outlet:
each is recognised, and the article's own lines are not."""

from __future__ import annotations

import pytest

from summarizer.page import find_furniture, guess_title, page_lines

HEADLINE = "Gunmen kill four police officers at checkpoint in northern district"
BODY = "Gunmen attacked a police checkpoint on Friday night, killing four officers, the provincial police chief said."


def furniture(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_furniture(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Share article",
        "Share this article",
        "Share on Facebook | Share on Telegram | Share on X",
        "Share: Facebook | X | Viber",
        "Read more: Bandits abduct 12 travellers on highway",
        "Source: AFP",
        "Already a subscriber? Log in",
        "Sign up for our daily briefing",
        "Our morning email breaks down the key stories of the day",
        "1,204 views",
        "High views",
        "Developing.",
        "Developing story",
        "This is a developing story and will be updated.",
        "By Staff Writer",
        "By OKSANA MELNYK and DAVID R. HALE",
        "By Amina Yusuf, Kaduna",
        "Our Correspondent",
        "Photo: Hevin ALI / AFP",
        "Image: Reuters",
        "Image caption, Mourners gather outside the hospital",
        "Advertisement",
        "- Advertisement -",
        "Follow us on Telegram",
        "Follow North Press Daily for the latest from the region",
        "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.",
        "28.9 C",
        "WATCH | Survivors describe the attack",
        "Tags: Kherson, shelling, Dniprovskyi district",
        "bur-lk/sbk",
        "\u00a9 Agence France-Presse",
        "Reuters contributed to this report",
        "World \u203a Asia \u203a Pakistan",
        "Politics | Security | Economy | Opinion",
        "___",
        "Updated January 14, 2024 at 9:14 p.m. EST",
        "22.05.2024 09:40 GMT+3",
        "More on the war in Ukraine: visit our Ukraine hub",
        "Skip to main content",
        "Comments (7)",
        "Listen to our evening news in Creole on 98.7 FM.",
        "To receive our news on WhatsApp, send \"NEWS\" to +243 81 000 0000.",
        "Rescuers carry a stretcher out of the mine on Tuesday. Photo: Mauricio Pe\u00f1a",
        "Photograph: Villagers gather around the coffins on Monday. Photograph: Esther Mbala/AFP",
        "Image: Smoke rises over the Kooshin neighbourhood of the town after the blast on Tuesday. Credit: HBC / Abdullahi Farah",
        "Staff Correspondent, Chandpur",
        "Like Padma Barta on Facebook \u00b7 Follow us on X",
        "Download the Channel 24 app \u00b7 Follow us on Facebook, YouTube and X",
        "Join KBN Digital's WhatsApp channel for breaking news",
        "Receba as not\u00edcias da Tribuna no WhatsApp",
        "Publicidade",
        "Related Topics: Pudukkottai / industrial accident / mining",
        "Comments have to be in English, and in full sentences. Read our community guidelines.",
        "END",
        "For media enquiries, contact the Ministry's press office in Mogadishu.",
        "Issued by: Director, Information and Public Relations, Chennai-9.",
        "[Photo: Mourners carry coffins through the village on Sunday. Credit: Southern Post / Ahmad Sulong]",
        "[This article was translated from French by our newsroom.]",
        "Listeners can send news tips to our WhatsApp line.",
        "Our news bulletins are broadcast every hour from 6 a.m.",
        "Radio Sahel Info \u2013 the voice of the North. Listen to us on 101.4 FM and online.",
        "Hotline of the Committee: 1-12",
        "EXPLAINER: Why are the border villages still being shelled?",
        "END OF TRANSCRIPT",
        "Home > News > Local > Wexler County deputy killed during traffic stop on Route 9",
        "MORE: Tourists flee as wildfire hits island",
        "Got a story? Email tips@example.org or call our newsroom.",
        "NIGERIA-STAMPEDE/TOLL (UPDATE 2)",
        "Page 2 of 2",
        "Prepared by: the Peace Committee secretariat, Wabag",
        "For enquiries: secretariat@example.org",
        "Copyright 2026 National Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "[ Read more: Key events of the war this year ]",
        "Floods: the towns still cut off Opens in new window",
        "Share \u00b7 14 Comments",
        "(END)",
        "Editor\u2019s note: An earlier version of this story gave the wrong age for one of the dead.",
        "Correction: A previous version misspelled the name of the district.",
        "1:12",
        "Read the full article on Harbour Mirror",
        "Listen to this article \u00b7 3 min",
        "Like what you read? Share the Evening Ledger with a friend.",
        "More briefs on page 6",
        "Enquiries: Colonel Thandi Mokoena",
        "Cell: 082 441 0000",
        "Provincial Spokesperson: Eastern Cape",
        "RIVER 1 TV NEWS | Live TV | Local | Weather | Sport",
        "Harbour Daily News \u00a9 2026",
        "Firefighters at the scene of the collapsed building (City Fire Dept. via AP)",
        "Smoke rises from the freighter after it was hit [File: Coast Guard via AFP]",
        "Residents inspect the site of the strike on Tuesday. Omar Haddad/AFP/Getty Images",
        "Reporting by Lena Bakr in Erbil; Editing by Simon Ward",
        "(This story has been corrected to fix the name of the command in paragraph 4)",
        "Please turn on JavaScript to use this feature",
        "Link Copied!",
        "Click here to share on social media",
        "Search the Ledger...",
        "Follow our coverage of the region at https://news.example/hub/region",
        "Related article",
        "For more information, contact the Command's Public Affairs office.",
        "Catch up on our coverage of the region, all in one place.",
        "- Share via",
        "|",
        "Disclaimer: The copyright of this article belongs to the original author.",
        "Your email address will not be published. Required fields are marked *",
        "Stay connected. Download our mobile apps on iPhone App Android App",
        "Harbour-Firefighters-Trapped",
        "HL Logo",
        "Reuters A man stands on the rubble of the mosqueReuters",
        "Posted",
        "\u2014 Prison Service (@PrisonSvc) December 16, 2020",
        "#Update Riot under control in #Latacunga, says @PrisonSvc",
        "Article continues after this advertisement",
        "Read the original article on Harbour FM.",
        "This is an archived article and the information in the article may be outdated.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "Thank you for subscribing!",
        "\u2022 Stay up to date on all things city sports. Delivered every Monday.",
        "undefined",
        "Enditem",
        "Popular posts from this blog",
        "Posted Updated",
        "and last updated",
        "By",
        "Wire services",
        "You are here:   Home",
        "Related readings:",
        "Recent Videos",
        "Thumbnail for the video titled \u201cSchool opens its doors\u201d",
        "Screen grab of the shooting scene from a video.",
        "Sorry, your comment was not saved due to a technical problem.",
        "www.harbourtv.co.uk",
        "Author",
        "Avatar",
        "3 min read",
        "Spread the love",
        "[ad_1]",
        "7:39am",
        "Rescuers search the rubble of the collapsed building. (Representational)",
        "The moment the bridge gave way on Friday. Video by AP",
        "(Except for the headline, this story has not been edited by our staff and is published from a syndicated feed.)",
        "Read: Man mistaken for intruder shot dead by neighbour",
        "Rescuers at the scene of the blast on Friday. \u2014 Photo by Ali Khan",
        "UPDATE 11:30 A.M.",
        "Live updates",
        "Go to video",
        "What you need to know:",
        "\u00b72-min read",
        "Slideshow ( 6 images )",
        "Related Coverage",
        "Connect with us",
        "Hi, what are you looking for?",
        "What's Your Reaction?",
        "Get instant alerts and updates based on your interests.",
        "Listening to articles is free for open-access content.",
        "Do you have a story to share? Email us or join our channel.",
        "This article was originally posted here",
        "HTV / Jane Doe",
        "Regional Administration/Handout via Reuters",
        "Jane Doe/AFP via Getty Images - PHOTO: A police investigator at the scene.",
        "Firefighters at the scene of the blaze on Friday. Photo / Harbour Fire Service",
        # photo captions without a credit: what the picture shows, in the present tense
        "Relatives carry a coffin through the streets of Tarmu on Monday.",
        "A firefighter sifts through the ashes of the market in Tarmu.",
        "Smoke billows from the depot after the strike, March 3, 2025.",
        "Displaced families queue for water at a camp outside the city.",
        # credits after a slash, a colon or in brackets, and caption labels
        "Rescuers search the debris in Tarmu, March 3, 2025. / Reuters",
        "People gather near the wreck, June 17, 2024. / Credit: Jane Doe/AFP/Getty",
        "Police surround the area behind the cinema in Tarmu: AP",
        "Soldiers gather near the site of the strike on May 17, 2025. [Getty]",
        "Police at the scene in the city centre (Jane Doe/PA)",
        "Frame: Telegram channel \u201cNews Now\u201d",
        # empty bylines, a desk, a byline with its stamp, prompts under the story
        "By  |",
        "Express News Service",
        "Written by admin on May 19, 2024",
        "View Comments",
        "Explore",
        "Sorry we are not currently accepting comments on this article.",
        "Skip to main contentSkip to navigationSkip to navigation",
        "Breaking news: Fire",
        # site notices, a clock's relative stamp, labels of an embed or a sponsor, a byline with its stamp
        "(This story has not been edited by Harbour Times staff and is auto-generated from a syndicated feed.)",
        "Dear visitor, the comments section is undergoing an overhaul and will return soon.",
        "Please enter your comment!",
        "Your browser doesn't support HTML5",
        "While citing and using any materials on the Internet, links to the website are mandatory.",
        "Online media entity; Media identifier - R40-01421.",
        "3 days ago",
        "A map of Tarmu in Veloria:",
        "Sponsor:  ACME: Elevate your game!",
        "Already a subscriber? Make sure to log into your account before viewing this content. You can access your account by hitting the login button on the top right corner.",
        "Amina Yusuf (@amina_y) Published November 01, 2024 | 11:51 AM",
        "By AFP - Jul 28,2024 - Last updated at Jul 28,2024",
        "Reuters | Updated: 26-03-2023 19:14 IST | Created: 26-03-2023 19:14 IST",
        "Sign up to get the latest insights and analysis on the region, alongside our other newsletters",
        "We\u2019ll continue to update this post as more information becomes available.",
        "Getting your Trinity Audio player ready...",
        "This image is AI-generated and does not depict any real-life event or location.",
        "US-NEWS-PARADE-SHOOTING-12 Medics load a woman into an ambulance. EDITORIAL USE ONLY Copyright: xx 103266152W",
        "Representational image",
        "Pray for the first responders \u2014 Jane Doe (@janedoe) February 14, 2024",
        "Lydia Chantler-Hicks6 October 2022",
        # a site's and a blog's own lines, a desk's or a source's dated line, a live blog's byline
        "US News7 hours ago",
        "No comments:",
        "Post a Comment",
        "[an error occurred while processing this directive]",
        "The Harbour Times is not responsible for the content of external internet sites",
        "images69-tarmu-fire.jpg",
        "fb fb fb fb fb",
        "RTM Photo",
        "-- BERNAMA",
        "Greenwatch Desk World News 2025-05-19, 3:13pm",
        "The Jakarta Globe, December 11, 2012",
        "From CNN's Jane Doe and John Roe",
        "From Amina Yusuf, Makurdi",
        "UPDATE:",
        "People lay flowers at a memorial on 24 March 2024 \u00a9 PHOTO JANE DOE / AFP",
        "This handout photo taken on May 11, 2021 shows rescuers at the mine. HANDOUT / AFP",
        "\u2022 Bomb kills at least 12 people, including children, in Congo     |",
        "Contact reporter Jane Doe (jane@example.com) and editor John Roe (john@example.com)",
        "Also Read",
        # captions: a credit ending in a full stop, a long one with its agency, one that says it is a photo
        "Firefighters at the scene of the warehouse fire on Tuesday night. Picture: Jane Doe.",
        "Some of the 40 passengers pulled from the water by the coast guard after the ferry capsized near the island on Sunday, in this handout photo from the coast guard. Another two swam to shore. The manifest lists 42 people, but a spokesman said the search would go on until everyone is accounted for. PHOTO: AGENCE FRANCE-PRESSE",
        "This photo provided by the fire agency shows smoke rising from a lodging house in the capital on April 11. (PHOTO NOT FOR SALE) (Yonhap)",
        "Rescuers search the rubble of the collapsed school, in this undated handout photo.",
        # a media player's notice and prompts, a paywall's link
        "Media playback is unsupported on your device",
        "Watch the video above.",
        "Tap above to watch video report by Jane Doe",
        "You can watch the press conference here.",
        "To continue reading",
        # a paywall's prompts, a site's notices to readers and comment prompts
        "You\u2019ve reached your limit of free articles this month.",
        "Already subscribed? Log in",
        "Get daily Local news",
        "- Sign up for breaking news alerts from Harbour TV, right at your fingertips",
        "Your web browser is no longer supported. To improve your experience update it here",
        "We\u2019re sorry, this feature is currently unavailable. We\u2019re working to restore it. Please try again later.",
        "This was published 1 year ago",
        "Send your stories to desk@example.org",
        "Login to add and view comments",
        "Be the first one to comment!",
        # sections set apart by bars, with abbreviations and a lower-case word; a cookie
        # question; a bookmark button and a bare reading time
        "World News | U.S. News | Politics | Sports | Fact Check",
        "Harbour | Tarmu | Economy | Security Update | About us",
        "Accept cookies? We use cookies to improve your experience. Accept | Manage preferences",
        "Save",
        "4 mins",
        # a wire's caption closing with its day after a comma; a handout's credit
        "Rescuers carry a survivor from a collapsed mine in the north of the island, Wednesday, Feb. 27, 2019.",
        "The governor looks on as officers investigate the scene of the explosion in the city, Dec. 3, 2023.",
        "Police Regional Office of the Autonomous Region handout/AFP",
        "Advertisment",
        "Ad imageAd image",
        "\u2022 Kyodo",
        "(Yonhap)",
        "reporter@agency.co.kr",
        "Source: www.example-news.com",
        "(ATTN: UPDATES throughout with latest details)",
        "Read Time: 2 mins",
        "JavaScript is disabled!",
        "By Kim Swartz - 31 October 2024",
        "HomeNewsCrime and courtsDriver shot dead inside taxi!",
        "\u00d7 HomePrivacyAbout UsContact UsWorld NewsAfrica",
        "Multimedia \u00b7 User Galleries \u00b7 News in Pictures",
        "Would you like to comment on this article?",
        "Register (it's quick and free) or sign in now.",
        "Advertize With Us",
        "Hide Ad",
        "The minibus was found riddled with bullets after the ambush. Stock photo.",
        "Sign up to Global Dispatch",
        "Rescuers carry a survivor from the quay. Photo: A survivor said he saw the boat tip over. (Harbour News: Ana Ruiz)",
        "Caption: Police officers guard the airstrip on Sunday.",
        "Map: Veloria",
        "Storyline:National News, Security",
        "Release Number 20251217-01",
        "Read Mode",
        "100% Font Size",
        "Share this article Comments",
        "Subscribe to Harbour AM/PM for a daily rundown of what's new and why it matters.",
        "The post Six Killed in Strike on Boat appeared first on Harbour Times.",
        "Stay informed and ahead of the curve! Follow The Harbour Times on WhatsApp for real-time updates.",
        "Send your news stories to desk@example.org Follow Harbour News on Google News",
        "Did you read this?",
        "Related Topics",
        "RELATED ARTICLESMORE FROM AUTHOR",
        "Rescuers carry out operations at the site. \u2014 Screengrab via Harbour TV",
        "People gather outside the hospital on Tuesday night. \u2014 Photo provided by Ali Raza",
        "- By Ana Ruiz, Tom B. Reed and Musa Bello @HarbourNews",
        "- Ana Ruiz and Tom Reed",
        "The Associated Press",
        "News Source: Harbour TV",
        "Get notified whenever we post something new!",
        "[You must be registered and logged in to see this link.]",
        "Must read",
        "Pix: FB Harbour Fire and Rescue Department",
        "Support The Harbour Times!",
        "Contribute today",
        "Now is the time to support independent reporting from the region!",
        "Readers like you keep news free for everyone.",
        "Representative Image Image Credit: ANI",
        "Text size:",
        "Latest news with #HarbourFire",
        "The council today warned of stern action against any attempt to block the port or\u2026 Read More",
        "Hashtags",
        "No comments yet...",
        "The scene after the gunmen fled. \u2014 Source: Ana Ruiz/ZUMA",
        "Senior Reporter",
        "(Reporting and writing by Ana Ruiz, Tom Reed and",
        "Expand / Collapse search",
        "Watch TV",
        "Menu",
        "Some of the passengers were wedding guests (image used for illustration) [Harbour Voice]",
        "Reuters Archive",
        "*Daesh (also known as ISIS/ISIL/IS) is a terrorist organization outlawed in Russia and many other states",
        "Forgot your password?",
        "Back to login",
        "RelatedWhy did the rebels open a new front in the north?",
        "Help ensure local news remains accessible to all. Your donation to the Harbour Times powers the trusted jou",
        "Report This Content",
        "Citizen Reporter",
        "add bookmark",
        "Connect with the Harbour Times Newsroom:",
        "For corrections to this story or other insights for the editor, click here.",
        "YOU CAN ALSO READ: Were the floods caused by climate change?",
        "Author: Ana Ruiz | Published: 8 hours ago",
        "Support Harbour Radio\u2026",
        "Make a monthly or a one off contribution.",
        "error: Alert: Content is protected !!",
        "Stay tuned with Harbour News HD Android App",
        "Herd of cattle near the river - File Photo",
        "This article is more than 12 years old",
        "Share It :",
        "!-- Google tag (gtag.js) -->",
        "Reading Time: 3 minutes",
        "1/38",
        "LOOK: \u201cThe mayor has become an unmanageable issue\u201d",
        "mediaTypes: {",
        "bidder: \u2018appnexus\u2019,",
        "placementId: \u201814149971\u2019",
        "Article content",
        "Advertisement 2",
        "Article written by",
        "Post Reply",
        "We apologize, but this video has failed to load.",
        "Try refreshing your browser, or",
        "tap here to see other videos from our team.",
        "WARNING: This story contains content that readers may find distressing",
        "Keep reading",
        "Follow",
        "Short Url",
        "Reporter:",
        "Audio files",
        "Similar stories",
        "(BEGIN VIDEO CLIP)",
        "Return to Transcripts main page",
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
        "686705 followers  \u2022  13169 follow  \u2022    \u2022",
        "For the best experienceDownload the Mobile App",
        "( Translated using Google Translate )",
        "Make your home page",
        # a page's boxes and widgets: tickers, weather strips, summary boxes and AI notices,
        # region-locked video, newsletter forms, closed comments, radio players, labelled ads
        "NSE ASI \u25b2 0.42%  |  USD/NGN 1,530.25  |  Gold Rs. 98,400",
        "Lagos 31\u00b0C | Abuja 29\u00b0C, thunderstorms | Kano 35\u00b0C",
        "Key takeaways",
        "Summary generated with AI and reviewed by an editor.",
        "Generated by AI. May contain errors.",
        "Listen \u25b7 4 min \u00b7 Audio generated by text-to-speech",
        "This video is not available in your region.",
        "Your video will play after this advertisement.",
        "Enter your email | Sign up",
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
        "Comments are closed for this article.",
        "Now playing: The Morning Show with Ada Obi (on air till 10:00)",
        "LISTEN LIVE: Drive Time with Tunde Ade, 4pm - 6pm",
        "ADVERTISEMENT: Fresh bread delivered to your door. Order now on 0800 000 111.",
        "Read this article in Hausa | Karanta a Hausa",
        "Share: Facebook | WhatsApp | X | Copy link: https://www.example.ng/2025/10/09/market-fire-toll-rises/",
        "We and our 212 partners store and access information on your device, such as cookies, and process personal data",
        "\u00a9 2025 Daily Example Publications Ltd. Reproduction of any content without written permission is prohibited.",
        "Additional reporting contributed from Abuja.",
        "Editor: Ngozi Okafor",
        # an embedded post's own lines: its handle, its buttons, its counts
        "@PNTL_Media",
        "Show more",
        "See translation",
        "Translate post",
        "\U0001f44d 1.2K \u00b7 311 comments \u00b7 540 shares",
        # a press release's back matter
        "Notes to editors",
        "Media contacts",
        "Other releases",
        "Related statements",
        "Key event",
        "Pinned post",
        # a newsletter's own lines, a translated page's notes, a row of credits, a language switcher
        "View this email in your browser",
        "Forwarded this newsletter? Sign up here.",
        "That was the Friday briefing. It is written by Ana Lima in Recife. Reply to this email with your tips.",
        "[EN] This article was translated from Portuguese. Read the original (Portugu\u00eas)",
        "The translation was produced automatically and reviewed by our desk.",
        "Reporter: Maria Costa | Editor: Jo\u00e3o Silva",
        "Deutsch | \u0420\u0443\u0441\u0441\u043a\u0438\u0439 | English",
        "Correction, 4 June 2030: An earlier version of this story gave the wrong name of the school.",
        "The Valley Post is run by volunteers. We take no money from parties. Support our work",
        "Our site links to other publishers. We are not responsible for the content of their pages.",
        "Trending on Valley Post",
        "More Regional news",
        "Related briefs",
        # a local outlet's page: masthead weather and tagline, station name, links, credits, prompts and appeals
        "Home | News | Obituaries | Sports | e-Edition | Subscribe",
        "By Jane Roe and NewsChannel 9 Staff",
        "Tarmu 71\u00b0 Partly Cloudy",
        "Serving Tarmu, Kesh and all of Ring County since 1921",
        "Independent local news for Ring and Dale counties",
        "Radio Valley 98.5 FM",
        "\u25b6 WATCH: Water rushes over the road (0:47)",
        "[Video] Tarmu: rescuers carry the injured | 02:31",
        "Written by: Web Team | Inputs: Ana Roe, Tarmu",
        "See a spelling or grammar error in our story? Click here to report it.",
        "Have a story idea? Email the newsroom.",
        "Valley Radio has a crew on the way. Stay with us on air and online for updates.",
        "Listen to the full interview with the mayor",
        "Watch Channel 9 News weeknights at 6 and 11.",
        "If you or someone you know needs support, call the help line.",
        "Names have been changed to protect the families.",
        "WDFR is a listener-supported station. Please consider a gift.",
        "The Valley Voice is a nonprofit newsroom. Become a member.",
        "Can you help families in Tarmu rebuild? A gift of \u00a325 buys a hygiene kit.",
        "Letters to the editor must include the writer's name and community.",
        "Other news:",
        "MORE IN COURT",
        "The Valley Tide is published every Monday. \u00a9 2031 Valley Tide Ltd.",
        # syndication, machine translation, galleries, print pages, apps and newsletters
        "Originally published by Coast Wire. Republished under licence; Valley Hub has not edited this story.",
        "This article is auto-generated from a syndicated feed. NewsFlow has not edited the text below.",
        "NewsFlow collects headlines from more than 4,000 sources. Headlines are selected automatically.",
        "This page was translated automatically from French. See the original | Report a translation error",
        "3 of 8",
        "Swipe for more",
        "End of gallery \u00b7 Replay",
        "More galleries",
        "Share this gallery: Facebook | X | WhatsApp",
        "Photos may not be reproduced without permission.",
        "Read next \u203a",
        "Report an issue with this article",
        "Search NewsFlow",
        "You are reading in the Valley Ledger app \u00b7 Open in browser",
        "AMBULANCE \u25c2 Continued from page 1",
        "Photo on page 1: The damaged ambulance on the road outside the town.",
        "INSIDE: Heating season starts 2 \u00b7 Markets 5 \u00b7 Sport 11",
        "\u25a0 Timeline of the accident, p. 6",
        "Enjoying The Morning Brief? Forward it to a friend.",
        "You are receiving this email because you subscribed to The Morning Brief.",
        "Subject: Collapse: nine dead, promoter arrested | Your Wednesday briefing",
        "Wednesday, June 18, 2031 | Issue #412",
        "Rekl\u0101ma",
        "A burnt-out car on the road between the two villages. \u00a9 Ana Lima / ASM",
        # a masthead's tagline, bylines placed by city, a desk's byline, a press office's phone line, a timed update label
        "Independent news from the valley since 2021",
        "Community radio and news for the Kaladan valley",
        "By Ana Lima in Port Sudan and Peter Kamau in Nairobi",
        "Writer: Ana Lima and Peter Kamau",
        "Chronicle staff, Aden / Mokha",
        "Hana Saleh, press office, tel: +967 1 213 844",
        "What we know so far:",
        # a share row in another language, a live page's buttons, a page's controls and notes about itself
        "Del artiklen: Facebook | Messenger | E-mail",
        "Refresh | Share",
        "Text size: A A A",
        "All times NZST. Samoa is one hour ahead of New Zealand.",
        "Listen to our newscast at 12:00 and 18:00 on 96.1 FM.",
        "Comments are moderated.",
        "Our team is following this story. Send tips to news@valleycourier.example",
        "Valley Wire is an independent news service. Republishing is permitted with credit.",
        "Newsletter: Sign up for The Weekly, our briefing on the region.",
        "Support independent news from the valley \u2013 become a member",
        "Filed by Ana Lima, Valley Wire correspondent",
        "L\u00e6s ogs\u00e5:",
        "Lesen Sie auch:",
        "More reportage",
        # where the text came from and who may use it; a briefing's sign-up; "Related <anything>"
        "Summary generated from 3 sources \u00b7 Valley Wire, Hill Radio, The Courier",
        "This summary was produced automatically and may contain errors.",
        "This story was distributed by Valley Wire and appears here unedited under a syndication agreement.",
        "This material is for the use of subscribers only. Redistribution is prohibited.",
        "Sign up for the Valley Dispatch morning briefing",
        "Related digests",
        "Sources",
        # the same chrome in the languages local sites print it around English text
        "Vezi \u0219i:",
        "Najnovije vesti:",
        "Mais lidas:",
        "Ostavite komentar",
        "Radio Ju\u017eni Talas \u2013 Ni\u0161 | Sva prava zadr\u017eana",
        "Urm\u0103re\u0219te-ne pe Facebook \u0219i TikTok",
        "\U0001f4f2 Receba as not\u00edcias da TV Agreste no WhatsApp",
        "This article will be updated.",
        "Most relevant comments",
        # a post's links to its neighbours, the title glued to the label by a theme's two boxes
        "Previous articleFerry sinks off the coast, nine missing",
        "Next story \u00bb Storm closes the port",
        "Older posts",
        # the popular press's chrome
        "Play video",
        "Pictured: Mourners outside the church on Sunday. One card read 'Rest easy, Jack'",
        "Above (left): The harbour wall where the boat came ashore",
        "Jack Moran, 17, who his mum says 'lit up every room'Credit: Facebook",
        "Do you know more? Email tips@example.co.uk or call 020 7946 0000",
        "The comments below have not been moderated.",
        "By posting your comment you agree to our house rules.",
        "Share or comment on this article:",
        "Anyone with information is asked to call police on 101 quoting log 1234 of 5 May, or Crimestoppers anonymously.",
        "Watch Channel 9 News at 6pm on 9Now.",
        "Listen back to the full interview on The Breakfast Show",
        "Get the biggest stories from the county straight to your inbox",
        "Sign up",
        "By Aoife Byrne for the Irish Courier",
        "Most Read in Irish News",
        "Coast Reporter",
        "Rescuers at the mine entrance on Tuesday. File picture by Ana Lopes",
        # a language switcher in a script without capitals closing a section row
        "Home | News | Politics | Sport | \u0ba4\u0bae\u0bbf\u0bb4\u0bcd",
        "News | Business | Lifestyle | BM | \u4e2d\u6587",
        "Support Harbour Voice: Become a member from $4 a month",
        "Support local journalism. Subscribe to the Courier for $4.99 a month.",
        "Like what we do? Support independent journalism. Donate here.",
        "Breaking: Ferry services suspended across the bay as winds reach 90 km/h",
        "Words by Lin Chen and Omar Haddad",
        "Estimated reading time: 6 minutes",
        "You may also like:",
        "Download the full report (PDF, 3.4 MB)",
        "The Island Post welcomes corrections. Email desk@example.org",
        "Corrections: An earlier version of this story gave the wrong age for the driver.",
        "Subscribers: log in to read the full report",
        "\u25b6 Play segment | Download | Subscribe to the podcast",
        "TRAFFIC ALERT: The coast road is closed in both directions",
        "Trending: Floods | Election 2026 | Cricket | Weather Update",
        "Reported By: Anil Verma | Edited By: Priya Das",
        "Published By: Rohan Mehta",
        "(Only the headline and picture of this report may have been reworked by the staff; the rest of the content is auto-generated from a syndicated feed.)",
        "\U0001f4cc Read more: Road deaths up 20 per cent last year",
        "You may be interested in:",
        "Read also",
        "Support Harbour Voice: our reporting depends on readers like you.",
        "The Island Review is reader-funded. Support our independent journalism.",
        "Texts may be reproduced with credit.",
        "When using materials, a link to River News is required.",
        "This article was updated at 13:40 with the police statement.",
        "Dana Levi, military correspondent",
        "Redacci\u00f3n Costa Hoy | Acapulco",
        "Sign up for the Pacific Morning Brief",
        "Posted by Harbour Today staff",
        "Written by Mei Lin",
        "More local news:",
        # a local station's widgets and a local paper's lines
        "News | Weather | Sports | 12 Investigates | Watch Live",
        "Traffic: I-75 NB at exit 9 \u2013 crash, left lane blocked",
        "Delays: Butler Co. Schools 2 hrs",
        "First Alert Weather: Sunny today, high of 54.",
        "Reach Ana Ruiz at aruiz@example.com or on X at @AnaRuizNews.",
        "A school bus lies on its side off the highway on Tuesday. (Photo courtesy of the State Police)",
        "The Harbour Current is a nonprofit newsroom. Donate today to support local reporting.",
        "Community Voices: Have a story idea? Send it to tips@example.com",
        "0",
        "1.2K",
        "Lire cet article en fran\u00e7ais",
        "Leer este art\u00edculo en ingl\u00e9s",
        "(File photo)",
        "[Representational image]",
        "By continuing you agree to our Terms and Privacy Policy.",
        "Get the first look at the e-paper, the day's stories and breaking news delivered to your inbox.",
        "The shop's owner (pictured) had run it for thirty years",
        "A man is led away by officers outside the market (he is pictured being held before police arrived)",
        "BACA JUGA (READ ALSO):",
        "\u00c0 lire aussi / Also read",
        "Also in Valley Report:",
        "Par Claire Dumas et Hugo Roux-Martin",
        "Written by Pieter de Vries | 9 min read",
        "Advertisement \u2013 continue reading below",
        "Read the investigators' preliminary report (PDF, 2.1 MB)",
        "Abonnez-vous / Subscribe \u2013 1 \u20ac le premier mois",
        "Harbour Live is an independent site. Soutenez-nous sur Tipeee",
        "This site is made by volunteers. Like what we do? Buy us a coffee",
        "Update: This article was updated at 11:40 with the statement from the prosecutor's office.",
        "Cet article vous est offert / This article is free to read.",
        "(NAN)",
        "(tib/ats)",
        "(MENAFN- Live Mint)",
        "Main Stories",
        "| News",
        "Mira la programaci\u00f3n en Canal Sur Play",
        "M\u00e1s informaci\u00f3n",
        "Articoli correlati",
        "Recibe el bolet\u00edn de Diario del Sur en tu correo",
        "Iscriviti alla newsletter: ogni mattina le notizie del territorio",
        "\u00c9couter l'article (4 min)",
        "Ou\u00e7a a entrevista completa no programa Manh\u00e3 no Vale",
        "\u25b6 EN DIRECT : Le journal de 18 h",
        "Compartir | Imprimir",
        "Seguinos en Facebook e Instagram: @diariodelsur",
        "Escribe: Redacci\u00f3n Frontera",
        "Par la r\u00e9daction de Radio Fleuve",
        "Marie Tremblay, collaboration sp\u00e9ciale",
        "Foto: I soccorritori sulla spiaggia di Ardore",
        "Moradores limpam a casa atingida pela cheia \u2014 Foto: Ana Souza",
        "Valle Notizie \u2013 Testata online \u2013 Tutti i diritti riservati",
        # text that came as e-mail, a wire's plain-text feed or a chat
        "From: Press Office <press@example.org>",
        "Reply-To: desk@example.org",
        "Attachments: release_019.pdf; site_photo1.jpg",
        "Good evening,",
        "Please see below for immediate release.",
        "FOR IMMEDIATE RELEASE",
        "-- ends --",
        "This e-mail and any attachments are intended only for the addressee and may contain confidential information.",
        "Having trouble viewing this email? Open it in your browser.",
        "You are receiving this because you signed up to the bulletin.",
        "BC-LT--Storm-Coast, 2nd Ld-Writethru,0604",
        "Eds: Updates with police saying four bodies recovered; adds quotes from survivor.",
        "SLUG: COAST Storm 3rd LEAD",
        "Keywords: COUNTRY-STORM/TOLL",
        "((desk@example.org; +66 2 555 0100))",
        "(Adds ministry comment, wounded figure in paragraphs 6-11)",
        "Tou Lee  6:45 AM",
        "\U0001f44d 214   \U0001f622 37",
        "Forwarded 88 times",
        "\u21aa Forwarded message",
        "5 members",
        "Channel \u00b7 4.2K followers",
        "\u2500\u2500\u2500\u2500 Today \u2500\u2500\u2500\u2500",
        "Message #asia-desk",
        "THE DAILY COURIER - Thursday, 12 March 2026                  Page 3 of 12",
        "PROVINCES            THE MORNING POST            Friday, September 25, 2026    5",
        "Published on",
        "Continua depois da publicidade",
        "La suite apr\u00e8s la publicit\u00e9",
        "- AFP",
        # notes on a story that changed, with their time; a desk's credits; a byline in Latin Extended letters
        "Correction (14 March, 10:20): An earlier version of this page gave the gunman's age as 29. Police have given it as 27.",
        "UPDATE, 19:20: This article has been updated with comments from the MEC and the health department.",
        "[An earlier version of this article attributed this quote to the mayor; it was said by the deputy mayor.]",
        "This page is no longer being updated.",
        "Equator Wire's standards and corrections policy",
        "Hemisphere Public Radio's Gabriela Stoddard reported from Panama City. Additional reporting by Felipe Arosemena in Col\u00f3n.",
        "By Katar\u00edna \u0160olt\u00e9sov\u00e1 and Peter Ambr\u00f3z",
        "Local residents try to rebuild after protesters cause havoc on the streets. Credit: PA Images",
        # a site's menu with a label, an item with "+", words in a script without capitals
        "Home | UK | World | Business | Comment | Sport | Culture | Puzzles | Times+ Offers",
        "Menu: UK | World | Business | Politics | Technology | Science | Health | Verify",
        "Home | Afghanistan | Economy | Regional | World | Sports | Video | \u062f\u0631\u06cc | \u067e\u069a\u062a\u0648",
        # a live page's clock, controls, team and correspondent's label
        "18m ago",
        "7h ago Shooting reported at Norrk\u00f6ping shopping centre",
        "Show key events only",
        "Refresh",
        "Load more",
        "Live coverage by \u0160pela Kos (Maribor), Andrej Zupan and Mateja Lah (Ljubljana)",
        "Eurovox live team: Hannah Greaves and Luca Ferri in London, Petra Novak in Imotski",
        "From our correspondent Ingrid Falk in Norrk\u00f6ping:",
        # advertisements, helplines, channels to join, notes of translation and of an update
        "Bet responsibly. 18+ only.",
        "To advertise in The Eswatini Sentinel call 2404 0000 or email adverts@sentinel.co.sz",
        "Need to talk? The counselling line is open around the clock.",
        "More details to follow.",
        "Sahar News is now on WhatsApp. Click here to join.",
        "English version translated from French by the Atacora Info desk.",
        "This article is a translation of an article that first appeared in Dutch in the Noorder Courant.",
        "Updated 09:30: Adds police notice, Migration Agency statement.",
        "Why you can trust Skyline News",
        "Send us your feedback",
        "Support the Strand Post: fund independent journalism from \u00a33 a month",
        "Also on the Observer: Students protest housing shortage outside city hall",
        "Pro\u010ditajte jo\u0161:",
        "British Broadcasting CorporationWatchHomeNewsUS ElectionSportBusinessInnovationCultureArtsTravel",
        # an image's file name left where the picture was
        "Whatsappimage2024 05 08at15.09.11",
        "IMG_20240508_150911.jpg",
        # a byline with the writer's role after a slash, a hyphenated given name taken whole
        "By Park Min-jun / Staff reporter",
    ],
)
def test_furniture_forms(line):
    text = f"{HEADLINE}\n\n{line}\n\n{BODY}\n"
    assert furniture(text) == [line]


def test_a_long_line_of_capitals_after_by_is_read_without_trying_every_split_of_its_words():
    # a byline's pattern once tried every way of cutting each capitalised word in two: this
    # line of a printed page took longer than any run allows; now it is read at once
    line = ("- BY ANA LOPEZ, MARTA KOWALSKA-NOWAK, JOHN OKONKWO AND PRIYA RAGHUNATHAN Kowalska-Nowak "
            "reported from warsaw, Okonkwo from lagos and Raghunathan from Chennai.")
    text = f"{HEADLINE}\n\n{line}\n\n{BODY}\n"
    assert page_lines(text)


def test_a_social_posts_card_is_furniture():
    """A post copied with its card: the page's name, then when it posted; the post's words stay."""
    card = ["Hotel Alpin \u2013 Brasov", "11 January at 15:02 \u00b7 \U0001f310"]
    text = f"{HEADLINE}\n\n{BODY}\n\n" + "\n".join(card) + "\n\u201cDear guests, last night a tragedy happened in our house.\u201d\n\n" + f"{BODY}\n"
    assert furniture(text) == card


def test_a_summary_box_lists_its_points():
    text = f"{HEADLINE}\n\n{BODY}\n\nWHAT WE KNOW\n\u2022 The strike hit the hospital shortly after 10 a.m.\n\u2022 Toll: 15 dead (health ministry)\n\n{BODY}\n"
    assert furniture(text) == ["WHAT WE KNOW", "\u2022 The strike hit the hospital shortly after 10 a.m.", "\u2022 Toll: 15 dead (health ministry)"]


def test_headlines_ending_in_a_quoted_fragment_belong_to_the_list():
    text = (f"{HEADLINE}\n\n{BODY}\n\nMore in Court\nInquest: officer \u2018feared for his life\u2019\n"
            "Man refused bail over service station robbery\n\n" f"{BODY}\n")
    assert furniture(text) == ["More in Court", "Inquest: officer \u2018feared for his life\u2019", "Man refused bail over service station robbery"]


def test_the_line_after_a_photo_credit_is_its_caption():
    text = f"{HEADLINE}\n\n{BODY}\n\nPhoto: STR / AFP\nA man inspects the damage at a fuel station\n\n{BODY}\n"
    assert furniture(text) == ["Photo: STR / AFP", "A man inspects the damage at a fuel station"]
    # (not a sentence reporting speech, nor a quotation: prose, under a caption printed above its credit)
    for prose in ("Some 18 points were set up for the public to sign condolence books, the government said.",
                  "The state news agency reported 32 deaths from the blaze as of late on Wednesday.",
                  "The company had been fined for safety breaches in the past.",
                  "'The checks are not new to them, but compliance is weak,' he said."):
        text = f"{HEADLINE}\n\n{BODY}\n\nPHOTO: AFP\n{prose}\n\n{BODY}\n"
        assert furniture(text) == ["PHOTO: AFP"]


@pytest.mark.parametrize("heading", ["Related Stories", "Go deeper", "Check Also"])
def test_headlines_under_a_related_heading_belong_to_the_list(heading):
    text = f"{HEADLINE}\n\n{BODY}\n\n{heading}\nRebels and soldiers clash; 2 dead\nGrenade blast hurts 3 in city market\n\n{BODY}\n"
    assert furniture(text) == [heading, "Rebels and soldiers clash; 2 dead", "Grenade blast hurts 3 in city market"]


def test_links_marked_with_an_arrow_under_a_related_heading_belong_to_the_list():
    text = f"{HEADLINE}\n\n{BODY}\n\nMore local news:\n> Festival goes ahead with extra security\n> New bus route links the port and the airport\n\n{BODY}\n"
    assert furniture(text) == ["More local news:", "> Festival goes ahead with extra security", "> New bus route links the port and the airport"]


def test_headlines_closed_by_separators_are_a_list_of_links():
    """Headlines each closed by a separator, at the line's end or on a line between them."""
    links = ["Singer Shares One Regret From Her Tour", "Why the 'Night Shift' Star Quit", "Actor Says Sequel Is 'not happening'"]
    trailing = "\n".join(f"{link} -" for link in links)
    assert furniture(f"{HEADLINE}\n\n{BODY}\n-\n{trailing}\n") == ["-", *(f"{link} -" for link in links)]
    between = "\n-\n".join(links)
    assert furniture(f"{HEADLINE}\n\n{BODY}\n-\n{between}\n") == ["-", links[0], "-", links[1], "-", links[2]]
    # two are no list; nor are sentences of prose between separators
    assert furniture(f"{HEADLINE}\n\n{BODY}\n-\n{links[0]} -\n{links[1]} -\n\n{BODY}\n") == ["-"]
    prose = "\n-\n".join(["Police closed the road.", "Two men were held.", "The market reopened."])
    assert furniture(f"{HEADLINE}\n\n{BODY}\n-\n{prose}\n") == ["-", "-", "-"]


def test_outlet_names_and_a_repeated_headline_above_the_story():
    text = f"THE STATE HERALD\n\n{HEADLINE}\n\nDnipro Shore News\nFollow us on Telegram\n\n{HEADLINE}\n\n15 JAN, 14:15\n\n{BODY}\n"
    assert furniture(text) == ["THE STATE HERALD", "Dnipro Shore News", "Follow us on Telegram", HEADLINE, "15 JAN, 14:15"]
    assert guess_title(text) == HEADLINE


def test_a_placed_byline_and_section_row_above_the_story():
    text = f"Home News Politics Business Sport Opinion\n\n{HEADLINE}\n\nAmna Rahim in Islamabad\nWed 3 Apr 2024 07.40 EDT\n\n{BODY}\n"
    assert furniture(text) == ["Home News Politics Business Sport Opinion", "Amna Rahim in Islamabad", "Wed 3 Apr 2024 07.40 EDT"]


def test_lists_opened_by_other_headings_with_bulleted_and_quoted_items():
    for heading, items in (
        ("More on Haiti", ["Force commander says reinforcements are weeks away", "Mission chief: \u201cWe need more helicopters\u201d"]),
        ("See also", ["- Traders strike against new taxes", "- Hospital lacks blood after a week of attacks"]),
        ("Most viewed", ["Shelling kills 14 in camp", "Junta extends transition by five years"]),
    ):
        lines = "\n".join(items)
        assert furniture(f"{HEADLINE}\n\n{BODY}\n\n{heading}\n{lines}\n") == [heading, *items]


def test_any_list_heading_opens_its_list_and_arrows_mark_its_links():
    """A heading the rules read as a list's opens one whatever its words ("Les plus lus",
    a summary box's "Key points", a bilingual "À lire aussi / Also read"); "→" and "▸" mark links."""
    for heading, items in (
        ("Les plus lus", ["\u203a Namur : un cycliste bless\u00e9 \u00e0 Jambes", "\u203a M\u00e9t\u00e9o : retour des averses"]),
        ("Key points", ["\u2022 A storey building collapsed near the market at about 2:15 p.m.", "\u2022 Four people have died, the agency says"]),
        ("\u00c0 lire aussi / Also read", ["\u2192 Two detained after shooting that killed three", "\u2192 Stadium pitch to be replaced this summer"]),
        ("Sources", ["State Agency: Four miners killed in blast at coal pit", "Daily Herald: Toll in pit blast rises to five"]),
    ):
        lines = "\n".join(items)
        assert furniture(f"{HEADLINE}\n\n{BODY}\n\n{heading}\n{lines}\n\n{BODY}\n") == [heading, *items]


def test_an_e_mails_sign_off_and_its_signer():
    text = f"{HEADLINE}\n\n{BODY}\n\nRegards,\nPublic Relations Unit\n"
    assert furniture(text) == ["Regards,", "Public Relations Unit"]


def test_a_list_heading_above_the_headline_does_not_take_the_headline():
    for heading in ("Related Stories", "Follow us on X"):
        assert furniture(f"Daily Courier\n{heading}\n\n{HEADLINE}\n\n{BODY}\n") == ["Daily Courier", heading]


def test_a_letterhead_and_a_translated_edition_above_the_headline():
    for top in (["Federal Republic of Somalia", "Ministry of Information, Culture and Tourism"], ["Kongu Murasu Online (English version, translated from Tamil)"]):
        lines = "\n".join(top)
        assert furniture(f"{lines}\n\n{HEADLINE}\n\n{BODY}\n") == top


def test_readers_comments_below_the_story_quotes_and_all():
    comments = ["47 Comments", "Sort by: Newest", "JimBob_in_Harlow", "2 hours ago",
                "Sheriff Whitcomb said, \"We will not rest.\" Good. Thank you deputies.", "Reply \u00b7 31 likes"]
    text = f"{HEADLINE}\n\n{BODY}\n\n{BODY}\n\n" + "\n".join(comments) + "\n"
    assert furniture(text) == comments
    # a comment count in the share bar at the top opens no comment section
    top = f"{HEADLINE}\n\nComments (7)\n\n{BODY}\n\nThe sheriff said the deputies would stay in town.\n\n{BODY}\n"
    assert furniture(top) == ["Comments (7)"]
    # the head of the comments in the page's own language ("Komentari (14)": Croatian)
    comments = ["Komentari (14)", "Marko_V", "Strašno. Mir obiteljima."]
    assert furniture(f"{HEADLINE}\n\n{BODY}\n\n{BODY}\n\n" + "\n".join(comments) + "\n") == comments


def test_a_press_contact_block():
    block = ["Contact for the media:", "Pressestelle", "Telephone: 05251 306-0", "E-Mail: press@example.org"]
    text = f"{HEADLINE}\n\n{BODY}\n\n" + "\n".join(block) + "\n\nOriginal content by: Kreispolizeibeh\u00f6rde, transmitted by news aktuell\n"
    assert furniture(text) == [*block, "Original content by: Kreispolizeibeh\u00f6rde, transmitted by news aktuell"]


def test_everything_below_a_press_release_end_mark_is_furniture():
    tail = ["###", "Notes to editors", "About Harbour Aid",
            "Harbour Aid works in forty countries to reach families displaced by conflict and disaster.",
            "Media contacts", "Jane Roe, Harbour Aid, +44 20 0000 0000"]
    text = f"{HEADLINE}\n\n{BODY}\n\n{BODY}\n\n" + "\n\n".join(tail) + "\n"
    assert furniture(text) == tail


def test_a_paywall_prompt_below_the_story_opens_its_offer():
    offer = ["You\u2019ve reached your limit of free articles this month.", "Smart Quarterly", "\u20b9900", "3 Months",
             "Renews automatically, cancel anytime", "Over 30 premium stories daily, handpicked by our editors"]
    text = f"{HEADLINE}\n\n{BODY}\n\n" + "\n".join(offer) + f"\n\n{BODY}\n"
    assert furniture(text) == offer


def test_a_read_also_list_in_another_language():
    items = ["- Firefighters inspected only 12% of nursing homes last year", "- Residents complain of overloaded power network"]
    text = f"{HEADLINE}\n\n{BODY}\n\nLeia tamb\u00e9m:\n" + "\n".join(items) + f"\n\n{BODY}\n"
    assert furniture(text) == ["Leia tamb\u00e9m:", *items]


def test_the_outlet_with_its_edition_and_a_byline_right_above_the_story():
    text = f"FRANCE MONDE 24 | English\n\n{HEADLINE}\n\nA standfirst about the attack, with more detail\n\nPatrick Nzeyimana in Goma\n\n{BODY}\n"
    assert furniture(text) == ["FRANCE MONDE 24 | English", "Patrick Nzeyimana in Goma"]


def test_author_notes_after_the_story():
    notes = [
        "Natalia Ospina reported from Cucunub\u00e1.",
        "Diego Fonseca covers Cundinamarca and Boyac\u00e1 for El Altiplano. He previously worked for community radio.",
        "About the author: Tigran Melkonyan is Eurasia Monitor's correspondent in Yerevan.",
    ]
    text = f"{HEADLINE}\n\n{BODY}\n\n" + "\n\n".join(notes) + "\n"
    assert furniture(text) == notes
    # the same sentence inside the story is news, not a note
    inside = f"{HEADLINE}\n\nAhmed Musa is a freelance journalist based in Goma, colleagues said.\n\n{BODY}\n"
    assert furniture(inside) == []


@pytest.mark.parametrize(
    "line",
    [
        "\u201cWe will rebuild,\u201d the mayor said.",
        "Share prices fell sharply in Lagos after the attack, traders said.",
        "Sources in the ministry said the death toll would rise.",
        "Developing countries bear the brunt of the conflict, the report said.",
        "Photographs of the victims were posted on the walls of the hospital.",
        "By nightfall, rescuers had pulled 12 bodies from the rubble.",
        "Tags were tied to the bodies so families could identify them, a nurse said.",
        "KABUL: Two rockets struck the airport road on Sunday, police said.",
        "The hotline received 300 calls in the first hour, the ministry said.",
        # present tense in prose: speech, belief, a state, a pronoun, a noun before the verb
        "Officials fear the toll could rise as rescuers search the rubble.",
        "The group regularly inflates its figures.",
        "They carry weapons openly in the market, residents say.",
        "Police search teams recovered eleven bodies from the river.",
        "Residents carry the wounded to the clinic on foot, a nurse told reporters.",
        "Soldiers stand accused of killing the men.",
        "Border guards on both sides managed to unblock the road, but then the fighting began.",
        "In light of the attack, the authorities issued a warning to travellers heading north.",
        "Here\u2019s a look at what we know about the attack.",
        "The search for survivors ended late Monday night, with the bodies covered by sheets.",
        "Victims of the border guards have been exchanged after the clash at the roadblock.",
        "\u201cSomeone has just bombed the funeral of a #Taliban commander in #Kabul,\u201d tweeted Carl Winter, an analyst.",
        "Police said the attackers fled toward the border, officials said. (ANI/Xinhua)",
        "\"The driver ran into the cabins shouting that the train was out of control,\" he said. - (Reuters)",
        "The governor of Pennsylvania (PA) said the bridge would reopen on Monday.",
        "Reuters news service said the toll had risen to 12.",
        "The ministry said comments from the public would be welcome.",
        "The video, posted on June 3, 2024, showed the attack from the roof.",
        "Dear friends, he wrote, we are safe and the children are with us.",
        "Back in 2019 the town was attacked by the same group.",
        "Sign up for the army was slow in the province, officials said.",
        "From Kabul, the convoy drove south towards the border.",
        "Contact with the group was lost on Monday, officials said.",
        "Update: police say the road is open again after the crash.",
        "\u201cTargeting of @CityNews #Gaza office is a new example of aggression,\u201d the foreign minister said on Twitter.",
        "Adam Smith, a witness, said the shooting lasted two minutes.",
        "Reporters can write to the office at desk@example.org, police said.",
        "Homeland security officials said the border crossing was closed.",
        # a day after a comma closes prose too, after a weekday and "on" (not a wire's caption)
        "A police officer died in a crash that occurred on Sunday, July 24, 2022.",
        "The bridge was opened in 1998 and closed on Monday, Feb. 16, 2022.",
        "Stock prices fell sharply after the blast, traders said.",
        # an appeal for support, or a reply, in someone's words or in the news
        "\u201cWe ask the government to support our work,\u201d the head of the clinic said.",
        "The charity said its donors support our work in the camps, the director told reporters.",
        "He did not reply to this email or to calls from reporters, the paper said.",
        "News from the front came slowly, the mayor said.",
        "\u201cStay tuned,\u201d the governor told reporters, \u201cwe will have updates tonight.\u201d",
        "Officials said they would stay with the families for updates on the search.",
        "The company made a donation of $50,000 to the families, a spokesman said.",
        "Four of the 12 wounded were children, the hospital said.",
        "Independent monitors said the ceasefire had been broken twice overnight.",
        "search for the missing resumed at dawn",
        "The editor said the page had not edited the story, only its headline.",
        "At all times the crews kept the road open, the police said.",
        "Residents said they would listen to the radio on 96.1 FM for news of the search.",
        "The fisherman was filed by the coast guard as missing, his brother said.",
        "Sources said the convoy was produced automatically by the army's planning cell, which the ministry denied.",
        "Receba, a farmer from the village, said the water rose in minutes.",
        "Next story of the night was the fire at the depot.",
        "Above the village, on the slope where the tents stand, a man sorted what his family had saved.",
        "\u201cAnyone with information should call 101,\u201d the inspector said.",
        "Anyone with information about the attack should come forward, the governor said.",
        "Watch the skies at 9pm on Sunday, the weather service told residents.",
        "Sign up sheets were handed to volunteers at the hall.",
        "Subscribers to the cooperative's water scheme lost supply for three days.",
        "Words by the governor were read out at the funeral on Monday.",
        "Support for the ceasefire: readers of the poll were split.",
        "Ahmed Ali, a reporter, said the road was closed.",
        "The photographs may not be reproduced in court, the judge said.",
        "Written by hand, the note was found on the door.",
        "Weather conditions worsened overnight, the service said.",
        "The shop's owner (pictured) had run it for thirty years.",
        "Food parcels were delivered to your door, the council told residents: \u201cNobody will go hungry.\u201d",
        "Par ailleurs, la police a arr\u00eat\u00e9 deux hommes.",
        "Also in the city, police arrested two men.",
        "Por la tarde llegaron los bomberos.",
        "Guarda costiera e vigili del fuoco hanno lavorato tutta la notte.",
        "Escuchamos los disparos desde la casa, dijo un vecino.",
        "Partager la douleur des familles, c'est notre devoir, a dit le maire.",
        # (what e-mail, wire and chat rules must not take)
        "Thanks, he said, to the neighbours who carried them out.",
        "Dear God, please let them be alive, she prayed.",
        "From the roof, residents watched the water rise.",
        "The minister (adds the police) will visit on Monday.",
        "Mr Tou Lee said the water rose at 6:45 am.",
        "Rescuers forwarded the list of names to the hospital.",
        "The group has 300 members and no office.",
        # (an update that tells news is the story's)
        "Update, 20:05: The suspect has been charged with premeditated murder, the regional police said.",
        # (prose that names live coverage, a talk, a fee or a day after "also on")
        "The live coverage by CNN showed the crowd.",
        "Police said they need to talk to witnesses who were in the square.",
        "Families now pay 300 dollars a month for rent in the camp.",
        "Also on Monday, police said two more men had been arrested.",
        "McDonald and DeSantis met the iPhone makers in MacArthur Park on Monday",
    ],
)
def test_article_sentences_that_look_like_furniture_are_kept(line):
    text = f"{HEADLINE}\n\n{BODY}\n\n{line}\n"
    assert furniture(text) == []


def test_the_site_footer_below_the_story():
    footer = ["About us", "Contact us", "Privacy Policy", "Get it on Google Play"]
    text = f"{HEADLINE}\n\n{BODY}\n\nShare this article\n\n" + "\n".join(footer) + "\n"
    assert furniture(text) == ["Share this article", *footer]


def test_short_lines_with_no_story_above_are_no_footer():
    assert furniture(f"{HEADLINE}\n\nStrikes in the north\n") == []


def test_a_cut_off_quotation_at_the_end_is_no_footer():
    text = f"{HEADLINE}\n\n{BODY}\n\n\u201cFor a moment\n"
    assert furniture(text) == []


def test_a_caption_printed_bare_and_then_with_its_credit_is_a_caption_twice():
    bare = "Police officers at the scene in the city centre on Thursday"
    text = f"{HEADLINE}\n\n{BODY}\n\n{bare}\n{bare} (Jane Doe/PA)\n\n{BODY}\n"
    assert furniture(text) == [bare, f"{bare} (Jane Doe/PA)"]
    # a paragraph repeating the start of a caption far from it stays prose
    prose = f"{bare} were told to keep the crowd back, the mayor said."
    assert furniture(f"{HEADLINE}\n\n{prose}\n\n{BODY}\n\n{bare} (Jane Doe/PA)\n\n{BODY}\n") == [f"{bare} (Jane Doe/PA)"]


def test_a_breadcrumb_cut_off_with_dots_is_no_prose_and_the_date_above_it_is_the_masthead():
    text = (f"Tuesday, November 28, 2023\nHomeNews{HEADLINE} | Crime...\n\n{HEADLINE} | Crime Information\n\n{BODY}\n")
    lines = page_lines(text)
    assert [line.kind for line in lines][:1] == ["masthead"]
    assert f"{HEADLINE} | Crime Information" not in furniture(text)


def test_a_headline_in_capitals_is_the_headline_and_the_outlet_above_it_the_masthead():
    text = f"Harbour Daily Courier\n\n11 TROOPERS KILLED IN CLASH WITH REBELS\n\n- By Ana Ruiz and Tom Reed @HarbourNews\n\n{BODY}\n"
    assert furniture(text) == ["Harbour Daily Courier", "- By Ana Ruiz and Tom Reed @HarbourNews"]


def test_the_second_date_above_the_story_is_its_stamp_the_first_the_pages():
    text = f"THE DAILY AGGREGATOR\nJun 2, 2025\nback\nLe Monde\n27 Aug 2024\n\n{BODY}\n"
    kinds = [line.kind for line in page_lines(text)]
    assert (kinds[1], kinds[2], kinds[4]) == ("masthead", "label", "date")


def test_the_line_under_a_bare_agency_credit_is_its_caption():
    text = f"{HEADLINE}\n\nReuters\nRescuers search the rubble on Wednesday morning\n\n{BODY}\n"
    assert furniture(text) == ["Reuters", "Rescuers search the rubble on Wednesday morning"]


def test_a_menu_of_short_bulleted_items_is_furniture_a_bulleted_list_in_the_story_is_not():
    menu = ["\u2022 About", "\u2022 Support", "\u2022 Newsletter", "\u2022 Contact", "\u2022 War and peace"]
    text = f"{HEADLINE}\n\n" + "\n".join(menu) + f"\n\n{BODY}\n"
    assert furniture(text) == menu
    facts = ["\u2022 12 killed in the market", "\u2022 Roads closed", "\u2022 Schools shut until Monday"]
    assert furniture(f"{HEADLINE}\n\n{BODY}\n\n" + "\n".join(facts) + f"\n\n{BODY}\n") == []
    # longer items in title case, indented as a page copies them; a story's longer items are sentences
    menu = ["  \u2022 About the Geographic Society", "  \u2022 Sponsorship", "  \u2022 Nature Photographer of the Year", "  \u2022 Travel with AG"]
    assert [line.strip() for line in furniture(f"{BODY}\n\n" + "\n".join(menu) + f"\n\n{BODY}\n")] == [line.strip() for line in menu]
    facts = ["\u2022 Police closed the road to Kano", "\u2022 Schools shut until Monday", "\u2022 Two markets were burned", "\u2022 The governor visited the site"]
    assert furniture(f"{HEADLINE}\n\n{BODY}\n\n" + "\n".join(facts) + f"\n\n{BODY}\n") == []


def test_a_captions_first_line_above_its_credited_line_is_furniture():
    caption = ["Houses burn due to a forest fire during the night in Valparaiso on 2 February",
               "More than 130 people have died in the wildfires. Photograph: Anadolu/Getty Images"]
    text = f"{HEADLINE}\n\n{BODY}\n\n" + "\n".join(caption) + f"\n\n{BODY}\n"
    assert furniture(text) == caption
    # a paragraph of prose above it is no caption, nor a line a blank line sets apart
    prose = "Firefighters worked through the night in the hills above the port."
    assert furniture(f"{HEADLINE}\n\n{BODY}\n\n{prose}\n{caption[1]}\n\n{BODY}\n") == [caption[1]]
    assert furniture(f"{HEADLINE}\n\n{BODY}\n\n{caption[0]}\n\n{caption[1]}\n\n{BODY}\n") == [caption[1]]
    # nor a sentence above it with a source in brackets after its full stop
    sourced = "The islands are among the countries most exposed to earthquakes, according to a risk report. (Observer)"
    assert furniture(f"{HEADLINE}\n\n{BODY}\n\n{sourced}\n{caption[1]}\n\n{BODY}\n") == [caption[1]]


def test_a_list_of_headlines_below_the_story_is_furniture():
    links = ["- Why the river keeps flooding the old town", "- Column: Five ways to make roads safer this winter"]
    text = f"{HEADLINE}\n\n{BODY}\n\n" + "\n".join(links) + "\n"
    assert furniture(text) == links


@pytest.mark.parametrize(
    "last",
    ["The Kremlin said President Ivan Petrov had called Prime Minister Ali Musa and", "Rescue teams worked through the night near the",
     # cut mid-word, short, or mostly names
     "Home Minister Ali Musa Khan said the governme", "The missing are Musa Bello, 35, of Tarmu; Ali Ade, 25, of Kwarpo; Md Sha"],
)
def test_prose_cut_off_at_the_end_of_an_excerpt_is_kept(last):
    assert furniture(f"{HEADLINE}\n\n{BODY}\n\n{last}\n") == []


def test_a_crosshead_above_a_paragraph_cut_off_where_the_excerpt_ends_is_furniture():
    last = "Due to the blasts, the roofs of several houses collapsed on their owners. A mosque next to the ent"
    text = f"{HEADLINE}\n\n{BODY}\n\n{_PARAGRAPHS[0]}\n\nSeveral houses collapse\n\n{last}"
    assert furniture(text) == ["Several houses collapse"]


_PARAGRAPHS = [
    "“We are still taking statements from witnesses at the scene,” Fred Moyo, the provincial police spokesman, told the broadcaster.",
    "“The crime scene team has arrived and the detectives are on their way from the city,” he added on Sunday evening.",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
@pytest.mark.parametrize("link", ["Star striker joins Saudi club on a three-year deal", "\u201cEveryone went into crisis\u201d"])
def test_a_headline_between_two_paragraphs_is_a_link_to_another_story(separator, link):
    text = f"{HEADLINE}\n\n{BODY}\n\n{_PARAGRAPHS[0]}{separator}{link}{separator}{_PARAGRAPHS[1]}\n"
    assert furniture(text) == [link]


def test_a_hard_wrapped_line_between_paragraphs_is_prose():
    wrapped = "Gunmen attacked a police checkpoint on Friday night,\nkilling four officers. Elders of both clans agreed to meet\nSaturday in the town hall, the chairman said."
    assert furniture(f"{HEADLINE}\n\n{wrapped}\n") == []
    # nor a line that ends on a word leading into the next, nor a digest's bulleted headline
    for line in ["Elders of both clans have agreed to meet at the hall on", "\u25a0 NORTH: Five killed in microbus crash on desert road",
                 "\u201cWe want peace!\u201d", "2:13 p.m.: Two suspects detained, several people wounded",
                 "\u201cTen people were taken to hospital with injuries,\u201d he said",
                 "\u201cUnfortunately, 13 people were killed by the assailants.\u2019\u2019"]:
        assert furniture(f"{HEADLINE}\n\n{_PARAGRAPHS[0]}\n{line}\n{_PARAGRAPHS[1]}\n") == []


def test_a_timelines_entries_keep_their_days():
    """Lines that open with a day of their own, three or more, are a timeline's entries:
    their days are no stamps cut off as furniture."""
    entries = ["Oct. 12, 2002 Bombs kill 202 people in two nightclubs on the island.",
               "Nov. 28, 2002: A hotel on the coast is bombed, killing 13 people.",
               "March 19, 2003 Air strikes begin on the capital"]
    text = "Timeline of the attacks\n\n" + "\n\n".join(entries) + f"\n\n{BODY}\n"
    assert not any(line.startswith(("Oct.", "Nov.", "March")) for line in furniture(text))
    one = f"{HEADLINE}\n\nOct. 12, 2002 {BODY}\n"
    assert furniture(one) == ["Oct. 12, 2002"]  # one dated line is still a stamp opening the lead


def test_a_sites_tagline_between_its_name_and_its_menu():
    """The line under the outlet's name that says what it is ("News in English from the
    Norwegian news agency") is the masthead's, however long; the headline stays."""
    text = f"NORTH WIRE\nNews in English from the northern agency\nHome | Region | World | Sport\n\n{HEADLINE}\n\n{BODY}\n"
    assert furniture(text) == ["NORTH WIRE", "News in English from the northern agency", "Home | Region | World | Sport"]
    # a line under the name but above the headline with no menu below it is not taken for one
    text = f"NORTH WIRE\nSurvivors of the checkpoint attack share their stories\n\n{HEADLINE}\n\n{BODY}\n"
    assert "Survivors of the checkpoint attack share their stories" not in furniture(text)
