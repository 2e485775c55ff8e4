"""Demo content for `manage.py load_demo`, written for this project from public facts."""

# The home page, the section index pages, topics and recommendation groups in all ten languages,
# the rest in English, Danish, Latvian and Swedish. One block per line so that the versions can be
# compared side by side: the formatter and the line-length rule are switched off for this file only.
# ruff: noqa: E501
# fmt: off

TOPICS = [
    {
        "slug": "impact-measurement",
        "name": {
            "en": "Impact measurement",
            "da": "Effektmåling",
            "lv": "Ietekmes mērīšana",
            "sv": "Effektmätning",
            "de": "Wirkungsmessung",
            "et": "Mõju hindamine",
            "fi": "Vaikutusten mittaaminen",
            "lt": "Poveikio vertinimas",
            "nb": "Effektmåling",
            "pl": "Pomiar wpływu",
        },
        "description": {
            "en": "Indicators, methods and tools that show what social-economy organisations change.",
            "da": "Indikatorer, metoder og værktøjer, der viser, hvad socialøkonomiske organisationer ændrer.",
            "lv": "Rādītāji, metodes un rīki, kas parāda, ko maina sociālās ekonomikas organizācijas.",
            "sv": "Indikatorer, metoder och verktyg som visar vad den sociala ekonomins organisationer förändrar.",
            "de": "Indikatoren, Methoden und Werkzeuge, die zeigen, was Organisationen der Sozialwirtschaft verändern.",
            "et": "Näitajad, meetodid ja tööriistad, mis näitavad, mida sotsiaalmajanduse organisatsioonid muudavad.",
            "fi": "Mittarit, menetelmät ja työkalut, jotka osoittavat, mitä yhteisötalouden organisaatiot saavat aikaan.",
            "lt": "Rodikliai, metodai ir priemonės, parodantys, ką keičia socialinės ekonomikos organizacijos.",
            "nb": "Indikatorer, metoder og verktøy som viser hva organisasjoner i sosial økonomi endrer.",
            "pl": "Wskaźniki, metody i narzędzia, które pokazują, co zmieniają organizacje ekonomii społecznej.",
        },
    },
    {
        "slug": "social-finance",
        "name": {
            "en": "Social finance",
            "da": "Social finansiering",
            "lv": "Sociālais finansējums",
            "sv": "Social finansiering",
            "de": "Sozialfinanzierung",
            "et": "Sotsiaalne rahastamine",
            "fi": "Yhteiskunnallinen rahoitus",
            "lt": "Socialinis finansavimas",
            "nb": "Sosial finansiering",
            "pl": "Finansowanie społeczne",
        },
        "description": {
            "en": "Grants, loans, seed capital and other funding suited to social enterprises.",
            "da": "Tilskud, lån, startkapital og anden finansiering, der passer til sociale virksomheder.",
            "lv": "Dotācijas, aizdevumi, sākuma kapitāls un cits sociālajiem uzņēmumiem piemērots finansējums.",
            "sv": "Bidrag, lån, startkapital och annan finansiering som passar sociala företag.",
            "de": "Zuschüsse, Darlehen, Startkapital und andere Finanzierung, die zu Sozialunternehmen passt.",
            "et": "Toetused, laenud, stardikapital ja muu sotsiaalsetele ettevõtetele sobiv rahastus.",
            "fi": "Avustukset, lainat, siemenpääoma ja muu yhteiskunnallisille yrityksille sopiva rahoitus.",
            "lt": "Dotacijos, paskolos, pradinis kapitalas ir kitas socialinėms įmonėms tinkamas finansavimas.",
            "nb": "Tilskudd, lån, såkornkapital og annen finansiering som passer for sosiale virksomheter.",
            "pl": "Dotacje, pożyczki, kapitał zalążkowy i inne finansowanie odpowiednie dla przedsiębiorstw społecznych.",
        },
    },
    {
        "slug": "start-ups",
        "name": {
            "en": "Social start-ups",
            "da": "Sociale start-ups",
            "lv": "Sociālie jaunuzņēmumi",
            "sv": "Sociala startupföretag",
            "de": "Soziale Start-ups",
            "et": "Sotsiaalsed idufirmad",
            "fi": "Yhteiskunnalliset startup-yritykset",
            "lt": "Socialiniai startuoliai",
            "nb": "Sosiale gründerbedrifter",
            "pl": "Społeczne start-upy",
        },
        "description": {
            "en": "Founding and growing new social enterprises, from the first idea to a self-sustaining organisation.",
            "da": "At stifte og udvikle nye sociale virksomheder, fra den første idé til en selvbærende organisation.",
            "lv": "Jaunu sociālo uzņēmumu dibināšana un attīstība no pirmās idejas līdz pašpietiekamai organizācijai.",
            "sv": "Att starta och utveckla nya sociala företag, från den första idén till en självbärande verksamhet.",
            "de": "Gründung und Wachstum neuer Sozialunternehmen, von der ersten Idee bis zur selbsttragenden Organisation.",
            "et": "Uute sotsiaalsete ettevõtete loomine ja arendamine esimesest ideest isemajandava organisatsioonini.",
            "fi": "Uusien yhteiskunnallisten yritysten perustaminen ja kasvattaminen ensimmäisestä ideasta omillaan toimivaksi organisaatioksi.",
            "lt": "Naujų socialinių įmonių steigimas ir plėtra: nuo pirmosios idėjos iki savarankiškai išsilaikančios organizacijos.",
            "nb": "Å starte og utvikle nye sosiale virksomheter, fra den første ideen til en selvbærende organisasjon.",
            "pl": "Zakładanie i rozwijanie nowych przedsiębiorstw społecznych, od pierwszego pomysłu po samodzielną organizację.",
        },
    },
    {
        "slug": "policy",
        "name": {"en": "Policy", "da": "Politik", "lv": "Politika", "sv": "Politik", "de": "Politik", "et": "Poliitika", "fi": "Politiikka", "lt": "Politika", "nb": "Politikk", "pl": "Polityka"},
        "description": {
            "en": "How local, regional, national and EU decisions shape the conditions for the social economy.",
            "da": "Hvordan beslutninger på lokalt, regionalt, nationalt og europæisk niveau former vilkårene for socialøkonomien.",
            "lv": "Kā lēmumi vietējā, reģionālā, valsts un ES līmenī veido sociālās ekonomikas darbības nosacījumus.",
            "sv": "Hur beslut på lokal, regional, nationell och europeisk nivå formar villkoren för den sociala ekonomin.",
            "de": "Wie Entscheidungen auf lokaler, regionaler, nationaler und EU-Ebene die Bedingungen der Sozialwirtschaft prägen.",
            "et": "Kuidas kohaliku, piirkondliku, riikliku ja ELi tasandi otsused kujundavad sotsiaalmajanduse tingimusi.",
            "fi": "Miten paikalliset, alueelliset, kansalliset ja EU-tason päätökset muovaavat yhteisötalouden edellytyksiä.",
            "lt": "Kaip vietos, regiono, nacionalinio ir ES lygmens sprendimai formuoja socialinės ekonomikos sąlygas.",
            "nb": "Hvordan beslutninger på lokalt, regionalt, nasjonalt og europeisk nivå former vilkårene for sosial økonomi.",
            "pl": "Jak decyzje na szczeblu lokalnym, regionalnym, krajowym i unijnym kształtują warunki dla ekonomii społecznej.",
        },
    },
    {
        "slug": "collaboration",
        "name": {"en": "Collaboration", "da": "Samarbejde", "lv": "Sadarbība", "sv": "Samarbete", "de": "Zusammenarbeit", "et": "Koostöö", "fi": "Yhteistyö", "lt": "Bendradarbiavimas", "nb": "Samarbeid", "pl": "Współpraca"},
        "description": {
            "en": "Networks, partnerships and digital tools for working together across borders.",
            "da": "Netværk, partnerskaber og digitale værktøjer til samarbejde på tværs af grænser.",
            "lv": "Tīkli, partnerības un digitālie rīki pārrobežu sadarbībai.",
            "sv": "Nätverk, partnerskap och digitala verktyg för samarbete över gränserna.",
            "de": "Netzwerke, Partnerschaften und digitale Werkzeuge für die Zusammenarbeit über Grenzen hinweg.",
            "et": "Võrgustikud, partnerlused ja digitaalsed tööriistad piiriüleseks koostööks.",
            "fi": "Verkostot, kumppanuudet ja digitaaliset työkalut rajat ylittävään yhteistyöhön.",
            "lt": "Tinklai, partnerystės ir skaitmeninės priemonės bendradarbiavimui per sienas.",
            "nb": "Nettverk, partnerskap og digitale verktøy for samarbeid på tvers av grenser.",
            "pl": "Sieci, partnerstwa i narzędzia cyfrowe do współpracy ponad granicami.",
        },
    },
]

GROUPS = [
    {
        "slug": "informal-support",
        "sort_order": 1,
        "name": {
            "en": "Informal support",
            "da": "Uformel støtte",
            "lv": "Neformālais atbalsts",
            "sv": "Informellt stöd",
            "de": "Informelle Unterstützung",
            "et": "Mitteametlik tugi",
            "fi": "Epävirallinen tuki",
            "lt": "Neformali parama",
            "nb": "Uformell støtte",
            "pl": "Wsparcie nieformalne",
        },
        "description": {
            "en": "Recommendations that cost little or nothing: recognition, visibility and personal backing from decision makers.",
            "da": "Anbefalinger, der koster lidt eller intet: anerkendelse, synlighed og personlig opbakning fra beslutningstagere.",
            "lv": "Ieteikumi, kuru īstenošana maksā maz vai neko: lēmumu pieņēmēju atzinība, redzamība un personīgs atbalsts.",
            "sv": "Rekommendationer som kostar lite eller ingenting: erkännande, synlighet och personligt stöd från beslutsfattare.",
            "de": "Empfehlungen, die wenig oder nichts kosten: Anerkennung, Sichtbarkeit und persönlicher Rückhalt durch Entscheidungsträger.",
            "et": "Soovitused, mis maksavad vähe või ei midagi: otsustajate tunnustus, nähtavus ja isiklik toetus.",
            "fi": "Suosituksia, jotka maksavat vähän tai eivät mitään: päättäjien tunnustus, näkyvyys ja henkilökohtainen tuki.",
            "lt": "Rekomendacijos, kurios kainuoja mažai arba nieko: sprendimų priėmėjų pripažinimas, matomumas ir asmeninis palaikymas.",
            "nb": "Anbefalinger som koster lite eller ingenting: anerkjennelse, synlighet og personlig støtte fra beslutningstakere.",
            "pl": "Rekomendacje, które kosztują niewiele lub nic: uznanie, widoczność i osobiste poparcie decydentów.",
        },
    },
    {
        "slug": "infrastructure-capacity-building",
        "sort_order": 2,
        "name": {
            "en": "Infrastructure for support and capacity building",
            "da": "Infrastruktur for støtte og kapacitetsopbygning",
            "lv": "Atbalsta infrastruktūra un spēju veidošana",
            "sv": "Infrastruktur för stöd och kapacitetsuppbyggnad",
            "de": "Unterstützungsinfrastruktur und Kompetenzaufbau",
            "et": "Tugiinfrastruktuur ja suutlikkuse arendamine",
            "fi": "Tukirakenteet ja valmiuksien kehittäminen",
            "lt": "Paramos infrastruktūra ir gebėjimų stiprinimas",
            "nb": "Infrastruktur for støtte og kompetansebygging",
            "pl": "Infrastruktura wsparcia i budowanie potencjału",
        },
        "description": {
            "en": "Recommendations on support schemes, single points of contact, training and knowledge exchange that reach disadvantaged groups.",
            "da": "Anbefalinger om støtteordninger, samlede indgange, uddannelse og vidensudveksling, der når ud til dårligt stillede grupper.",
            "lv": "Ieteikumi par atbalsta programmām, vienotiem kontaktpunktiem, apmācībām un zināšanu apmaiņu, kas sasniedz nelabvēlīgā situācijā esošas grupas.",
            "sv": "Rekommendationer om stödprogram, samlade kontaktpunkter, utbildning och kunskapsutbyte som når missgynnade grupper.",
            "de": "Empfehlungen zu Förderprogrammen, zentralen Anlaufstellen, Schulungen und Wissensaustausch, die benachteiligte Gruppen erreichen.",
            "et": "Soovitused tugiprogrammide, ühtsete kontaktpunktide, koolituste ja teadmiste vahetamise kohta, mis jõuavad ebasoodsas olukorras rühmadeni.",
            "fi": "Suosituksia tukiohjelmista, keskitetyistä asiointipisteistä, koulutuksesta ja tiedonvaihdosta, jotka tavoittavat heikommassa asemassa olevat ryhmät.",
            "lt": "Rekomendacijos dėl paramos programų, bendrų kontaktinių centrų, mokymų ir keitimosi žiniomis, pasiekiančių pažeidžiamas grupes.",
            "nb": "Anbefalinger om støtteordninger, felles kontaktpunkter, opplæring og kunnskapsdeling som når vanskeligstilte grupper.",
            "pl": "Rekomendacje dotyczące programów wsparcia, punktów kompleksowej obsługi, szkoleń i wymiany wiedzy, które docierają do grup w niekorzystnej sytuacji.",
        },
    },
    {
        "slug": "policy-interplay",
        "sort_order": 3,
        "name": {
            "en": "Interplay between policies",
            "da": "Samspil mellem politikker",
            "lv": "Politiku mijiedarbība",
            "sv": "Samspel mellan politikområden",
            "de": "Zusammenspiel der Politikbereiche",
            "et": "Poliitikate koosmõju",
            "fi": "Politiikkojen yhteispeli",
            "lt": "Politikos sričių sąveika",
            "nb": "Samspill mellom politikkområder",
            "pl": "Współdziałanie polityk",
        },
        "description": {
            "en": "Recommendations on aligning social innovation policy across levels of government and on simpler procedures.",
            "da": "Anbefalinger om at afstemme politikken for social innovation på tværs af forvaltningsniveauer og om enklere procedurer.",
            "lv": "Ieteikumi par sociālās inovācijas politikas saskaņošanu starp pārvaldes līmeņiem un par vienkāršākām procedūrām.",
            "sv": "Rekommendationer om att samordna politiken för social innovation mellan förvaltningsnivåer och om enklare förfaranden.",
            "de": "Empfehlungen zur Abstimmung der Politik für soziale Innovation über die Verwaltungsebenen hinweg und zu einfacheren Verfahren.",
            "et": "Soovitused sotsiaalse innovatsiooni poliitika ühtlustamiseks valitsemistasandite vahel ja lihtsamate menetluste kohta.",
            "fi": "Suosituksia sosiaalisten innovaatioiden politiikan yhteensovittamisesta hallinnon tasojen välillä ja yksinkertaisemmista menettelyistä.",
            "lt": "Rekomendacijos dėl socialinių inovacijų politikos derinimo tarp valdžios lygmenų ir dėl paprastesnių procedūrų.",
            "nb": "Anbefalinger om å samordne politikken for sosial innovasjon mellom forvaltningsnivåene og om enklere prosedyrer.",
            "pl": "Rekomendacje dotyczące uzgadniania polityki innowacji społecznych między szczeblami administracji oraz prostszych procedur.",
        },
    },
    {
        "slug": "financing",
        "sort_order": 4,
        "name": {"en": "Financing", "da": "Finansiering", "lv": "Finansējums", "sv": "Finansiering", "de": "Finanzierung", "et": "Rahastamine", "fi": "Rahoitus", "lt": "Finansavimas", "nb": "Finansiering", "pl": "Finansowanie"},
        "description": {
            "en": "Recommendations on small, accessible start-up funding for initiatives run by vulnerable groups.",
            "da": "Anbefalinger om små, tilgængelige startbevillinger til initiativer, som drives af sårbare grupper.",
            "lv": "Ieteikumi par nelielu, viegli pieejamu sākuma finansējumu mazaizsargātu grupu vadītām iniciatīvām.",
            "sv": "Rekommendationer om små, lättillgängliga startbidrag till initiativ som drivs av utsatta grupper.",
            "de": "Empfehlungen zu kleinen, leicht zugänglichen Startförderungen für Initiativen, die von verletzlichen Gruppen getragen werden.",
            "et": "Soovitused väikese ja kergesti kättesaadava stardirahastuse kohta haavatavate rühmade algatustele.",
            "fi": "Suosituksia pienestä, helposti saatavasta aloitusrahoituksesta haavoittuvassa asemassa olevien ryhmien aloitteille.",
            "lt": "Rekomendacijos dėl nedidelio, lengvai prieinamo pradinio finansavimo pažeidžiamų grupių vykdomoms iniciatyvoms.",
            "nb": "Anbefalinger om små, lett tilgjengelige oppstartsmidler til initiativer som drives av sårbare grupper.",
            "pl": "Rekomendacje dotyczące niewielkiego, łatwo dostępnego finansowania na start dla inicjatyw prowadzonych przez grupy szczególnie wrażliwe.",
        },
    },
]

PROJECTS = [
    {
        "slug": "sempre",
        "name": "SEMPRE (Social Empowerment in Rural Areas)",
        "programme": "Interreg Baltic Sea Region",
        "start_year": 2016,
        "end_year": 2019,
        "website": "",
        "description": "Partners around the Baltic Sea collected and tested empowerment tools that social service providers can use to assess the needs of disadvantaged groups and to involve their members in co-creating new social services. The local micro-projects started here were later taken further by SEMPRE Accelerators.",
    },
    {
        "slug": "sempre-accelerators",
        "name": "SEMPRE Accelerators",
        "programme": "Interreg Baltic Sea Region",
        "start_year": 2019,
        "end_year": 2021,
        "website": "",
        "description": "A follow-up to SEMPRE that set out to turn eight local co-creation micro-projects into self-sustaining social start-ups. Accelerator teams brought together members of disadvantaged groups and established social service providers. From their experience, interviews and workshops with decision makers, the partners drew eight policy recommendations.",
    },
    {
        "slug": "senbs",
        "name": "SENBS (Social Entrepreneurship Networking of the Baltic Sea Region)",
        "programme": "Erasmus+",
        "start_year": 2020,
        "end_year": 2022,
        "website": "https://socialenterprisebsr.net/",
        "description": "Erasmus+ project No. 2020-1-EE01-KA204-077999, September 2020 to August 2022. Five organisations from Poland, Denmark, Lithuania, Latvia and Estonia kept the Social Entrepreneurship Support Network in the Baltic Sea Region going and updated its platform socialenterprisebsr.net: the database of social-economy enterprises, articles, teaching materials and collaboration tools.",
    },
    {
        "slug": "east-middle-sweden",
        "name": "Plattformen för social ekonomi Östra Mellansverige",
        "programme": "European Regional Development Fund (ERUF)",
        "start_year": 2008,
        "end_year": 2010,
        "website": "",
        "description": "A regional ERDF project from 1 January 2008 to 31 December 2010 in which partners across county and organisation boundaries in East-Middle Sweden worked together so that the social economy would produce more enterprises and lasting jobs, with a focus on women and immigrants. Its targets were counted in new companies and jobs created, for men and women.",
    },
]

# Indicator values (impact). The East-Middle Sweden figures are the targets in the project
# decision, kept as written there: 10 men + 15 women against 24 new companies does not add up,
# which the API flags instead of correcting. Values on the start-ups are demo figures.
IMPACT = [
    {
        "project": "east-middle-sweden",
        "indicator": "NEW-COMPANIES",
        "period": ("2008-01-01", "2010-12-31"),
        "total": 24, "men": 10, "women": 15, "target": 24,
        "method_note": "Target in the project decision (Nutek), as written there.",
    },
    {
        "project": "east-middle-sweden",
        "indicator": "NEW-COMPANIES-MIXED",
        "period": ("2008-01-01", "2010-12-31"),
        "total": 40, "target": 40,
        "method_note": "Target in the project decision (Nutek).",
    },
    {
        "project": "east-middle-sweden",
        "indicator": "PI3687",
        "period": ("2008-01-01", "2010-12-31"),
        "total": 300, "men": 130, "women": 170, "target": 300,
        "method_note": "Jobs created: target in the project decision (Nutek).",
    },
    {
        "enterprise": "stop-over-coffee-liepa",
        "indicator": "OI8869",
        "period": ("2021-01-01", "2021-12-31"),
        "total": 3, "women": 2, "men": 1,
        "method_note": "Demo figure for trying the API; not reported by the enterprise.",
    },
    {
        "enterprise": "sivans-dog-day-care-lulea",
        "indicator": "OI8869",
        "period": ("2021-01-01", "2021-12-31"),
        "total": 2, "women": 1, "men": 1,
        "method_note": "Demo figure for trying the API; not reported by the enterprise.",
    },
]

AUTHORS = [
    {
        "name": "SENBS editorial team",
        "organisation": "Social Entrepreneurship Support Network in the Baltic Sea Region",
        "website": "https://socialenterprisebsr.net/",
    },
    {
        "name": "SED knowledge team",
        "organisation": "Sociale Entreprenører i Danmark",
        "website": "",
    },
    {
        "name": "Baltic Commons editors",
        "organisation": "Baltic Commons",
        "website": "",
    },
]

# Images are generated by the loader (coloured placeholders); refer to them by key.
IMAGES = {
    "baltic-coast": {"title": "Baltic Sea coastline at dusk", "color": "#1d4e89"},
    "partner-map": {"title": "Map of network partners around the Baltic Sea", "color": "#264653"},
    "community-cafe": {"title": "Community cafe in a rural village", "color": "#b5651d"},
    "workshop-table": {"title": "Participants at a co-creation workshop", "color": "#2a9d8f"},
    "indicator-chart": {"title": "Chart of jobs created, by gender", "color": "#8a6d1d"},
    "gdansk-waterfront": {"title": "Waterfront in Gdansk", "color": "#6d597a"},
}

# The loader renders "lines" into a one-page PDF (Helvetica, diacritics reduced to plain letters).
DOCUMENTS = {
    "sempre-handbook-en": {
        "title": "SEMPRE empowerment handbook: summary (English, full edition)",
        "lines": [
            "Involving service users in the design and delivery of social services",
            "Summary prepared for the Baltic Commons demo",
            "",
            "1. Start with the people who use the service: they know where it fails them.",
            "2. Assess needs together with the group, not on its behalf.",
            "3. Form a small team of service users and professionals with one concrete goal.",
            "4. Build trust: meet regularly, share decisions, make progress visible.",
            "5. Reach outwards to funders, municipalities and local businesses.",
            "6. Review what has changed for participants and adjust the service.",
        ],
    },
    "sempre-handbook-pocket-lv": {
        "title": "SEMPRE rokasgrāmata par iespēju nodrošināšanu: kabatas izdevums (LV)",
        "lines": [
            "Pakalpojumu saņēmēju iesaiste sociālo pakalpojumu veidošanā",
            "Kopsavilkums Baltic Commons demonstrācijai",
            "",
            "1. Sāciet ar cilvēkiem, kuri pakalpojumu izmanto.",
            "2. Vajadzības novērtējiet kopā ar grupu, nevis tās vietā.",
            "3. Izveidojiet nelielu komandu ar vienu konkrētu mērķi.",
            "4. Veidojiet uzticēšanos: tiecieties regulāri un lēmumus pieņemiet kopīgi.",
            "5. Meklējiet atbalstu pie finansētājiem, pašvaldībām un uzņēmumiem.",
            "6. Izvērtējiet, kas dalībniekiem ir mainījies.",
        ],
    },
    "sempre-accelerators-recommendations-en": {
        "title": "SEMPRE Accelerators: eight policy recommendations (overview)",
        "lines": [
            "For an inclusive ecosystem for social entrepreneurship",
            "Overview prepared for the Baltic Commons demo",
            "",
            "Informal support",
            "1. Show up and be an ally of social start-ups in your region.",
            "2. Open doors and speak up for vulnerable founders.",
            "Infrastructure for support and capacity building",
            "3. Open dedicated tracks for disadvantaged groups in existing support schemes.",
            "4. Gather support under one roof and build capacity for active participation.",
            "5. Offer regular capacity building and training close to where people live.",
            "6. Encourage knowledge transfer and the exchange of good practice.",
            "Interplay between policies",
            "7. Bridge social innovation policies across national, regional and local levels.",
            "Financing",
            "8. Introduce tailored start-up funding for initiatives owned by vulnerable groups.",
        ],
    },
    "impact-worksheet-en": {
        "title": "Impact indicator worksheet: employment outcomes by gender",
        "lines": [
            "Baltic Commons demo document, licensed CC BY 4.0",
            "",
            "Indicator code (IRIS+ or ERDF): ______________________",
            "Reporting period, from - to: ______________________",
            "Total: ______   Women: ______   Men: ______   Other or unknown: ______",
            "Baseline: ______   Target: ______",
            "Evidence (link or file reference): ______________________",
            "Verified by, and on which date: ______________________",
        ],
    },
}

HOME = {
    "title": {
        "en": "Baltic Commons",
        "da": "Baltic Commons",
        "lv": "Baltic Commons",
        "sv": "Baltic Commons",
        "de": "Baltic Commons",
        "et": "Baltic Commons",
        "fi": "Baltic Commons",
        "lt": "Baltic Commons",
        "nb": "Baltic Commons",
        "pl": "Baltic Commons",
    },
    "intro": {
        "en": "Knowledge, tools and contacts for the social economy around the Baltic Sea, gathered by the people who build it.",
        "da": "Viden, værktøjer og kontakter til socialøkonomien omkring Østersøen, samlet af de mennesker, der skaber den.",
        "lv": "Zināšanas, rīki un kontakti sociālajai ekonomikai Baltijas jūras reģionā, ko apkopojuši tie, kas to veido.",
        "sv": "Kunskap, verktyg och kontakter för den sociala ekonomin runt Östersjön, samlade av dem som bygger den.",
        "de": "Wissen, Werkzeuge und Kontakte für die Sozialwirtschaft rund um die Ostsee, zusammengetragen von den Menschen, die sie gestalten.",
        "et": "Teadmised, tööriistad ja kontaktid Läänemere piirkonna sotsiaalmajandusele, kogunud need, kes seda ise loovad.",
        "fi": "Tietoa, työkaluja ja yhteyksiä Itämeren alueen yhteisötaloudelle, koonneet ne, jotka sitä rakentavat.",
        "lt": "Žinios, priemonės ir kontaktai socialinei ekonomikai Baltijos jūros regione, surinkti tų, kurie ją kuria.",
        "nb": "Kunnskap, verktøy og kontakter for sosial økonomi rundt Østersjøen, samlet av dem som bygger den.",
        "pl": "Wiedza, narzędzia i kontakty dla ekonomii społecznej w regionie Morza Bałtyckiego, zebrane przez ludzi, którzy ją tworzą.",
    },
    "body": {
        "en": [
            ("heading", "A shared home for the social economy"),
            ("paragraph", "<p>Baltic Commons gathers articles, policy recommendations, teaching materials and events from projects that support social entrepreneurship around the Baltic Sea. It builds on the network behind <b>socialenterprisebsr.net</b>, which partner organisations in the region have run together since 2014.</p>"),
            ("key_figure", {"value": "400+", "label": "social-economy enterprises in the shared database", "source": "socialenterprisebsr.net"}),
            ("key_figure", {"value": "12", "label": "countries around the Baltic Sea", "source": "socialenterprisebsr.net"}),
            ("image", {"image": "baltic-coast", "alt_text": "The Baltic Sea coastline at dusk", "caption": "The network connects organisations in twelve countries around the Baltic Sea."}),
            ("call_to_action", {"title": "Find partners across the region", "text": "Search the database of social-economy enterprises and support organisations.", "button_label": "Open the database", "url": "https://socialenterprisebsr.net/"}),
        ],
        "da": [
            ("heading", "Et fælles hjem for socialøkonomien"),
            ("paragraph", "<p>Baltic Commons samler artikler, politiske anbefalinger, undervisningsmaterialer og arrangementer fra projekter, der støtter socialt iværksætteri omkring Østersøen. Siden bygger på netværket bag <b>socialenterprisebsr.net</b>, som partnerorganisationer i regionen har drevet sammen siden 2014.</p>"),
            ("key_figure", {"value": "400+", "label": "socialøkonomiske virksomheder i den fælles database", "source": "socialenterprisebsr.net"}),
            ("key_figure", {"value": "12", "label": "lande omkring Østersøen", "source": "socialenterprisebsr.net"}),
            ("image", {"image": "baltic-coast", "alt_text": "Østersøkysten i skumringen", "caption": "Netværket forbinder organisationer i tolv lande omkring Østersøen."}),
            ("call_to_action", {"title": "Find samarbejdspartnere i hele regionen", "text": "Søg i databasen over socialøkonomiske virksomheder og støtteorganisationer.", "button_label": "Åbn databasen", "url": "https://socialenterprisebsr.net/"}),
        ],
        "lv": [
            ("heading", "Kopīgas mājas sociālajai ekonomikai"),
            ("paragraph", "<p>Baltic Commons apkopo rakstus, politikas ieteikumus, mācību materiālus un pasākumus no projektiem, kas atbalsta sociālo uzņēmējdarbību Baltijas jūras reģionā. Tā balstās uz tīklu, kura partnerorganizācijas kopš 2014. gada kopīgi uztur platformu <b>socialenterprisebsr.net</b>.</p>"),
            ("key_figure", {"value": "400+", "label": "sociālās ekonomikas uzņēmumi kopīgajā datubāzē", "source": "socialenterprisebsr.net"}),
            ("key_figure", {"value": "12", "label": "valstis ap Baltijas jūru", "source": "socialenterprisebsr.net"}),
            ("image", {"image": "baltic-coast", "alt_text": "Baltijas jūras krasts krēslā", "caption": "Tīkls savieno organizācijas divpadsmit valstīs ap Baltijas jūru."}),
            ("call_to_action", {"title": "Atrodiet partnerus visā reģionā", "text": "Meklējiet datubāzē sociālās ekonomikas uzņēmumus un atbalsta organizācijas.", "button_label": "Atvērt datubāzi", "url": "https://socialenterprisebsr.net/"}),
        ],
        "sv": [
            ("heading", "Ett gemensamt hem för den sociala ekonomin"),
            ("paragraph", "<p>Baltic Commons samlar artiklar, policyrekommendationer, utbildningsmaterial och evenemang från projekt som stöder socialt entreprenörskap runt Östersjön. Sajten bygger på nätverket bakom <b>socialenterprisebsr.net</b>, som partnerorganisationer i regionen har drivit tillsammans sedan 2014.</p>"),
            ("key_figure", {"value": "400+", "label": "företag inom den sociala ekonomin i den gemensamma databasen", "source": "socialenterprisebsr.net"}),
            ("key_figure", {"value": "12", "label": "länder runt Östersjön", "source": "socialenterprisebsr.net"}),
            ("image", {"image": "baltic-coast", "alt_text": "Östersjökusten i skymningen", "caption": "Nätverket förbinder organisationer i tolv länder runt Östersjön."}),
            ("call_to_action", {"title": "Hitta samarbetspartner i hela regionen", "text": "Sök i databasen över sociala företag och stödorganisationer.", "button_label": "Öppna databasen", "url": "https://socialenterprisebsr.net/"}),
        ],
        "de": [
            ("heading", "Ein gemeinsames Zuhause für die Sozialwirtschaft"),
            ("paragraph", "<p>Baltic Commons bündelt Artikel, Politikempfehlungen, Lehrmaterialien und Veranstaltungen aus Projekten, die soziales Unternehmertum rund um die Ostsee fördern. Die Plattform baut auf dem Netzwerk hinter <b>socialenterprisebsr.net</b> auf, das Partnerorganisationen in der Region seit 2014 gemeinsam betreiben.</p>"),
            ("key_figure", {"value": "400+", "label": "Unternehmen der Sozialwirtschaft in der gemeinsamen Datenbank", "source": "socialenterprisebsr.net"}),
            ("key_figure", {"value": "12", "label": "Länder rund um die Ostsee", "source": "socialenterprisebsr.net"}),
            ("image", {"image": "baltic-coast", "alt_text": "Die Ostseeküste in der Abenddämmerung", "caption": "Das Netzwerk verbindet Organisationen in zwölf Ländern rund um die Ostsee."}),
            ("call_to_action", {"title": "Partner in der ganzen Region finden", "text": "Durchsuchen Sie die Datenbank der Sozialunternehmen und Unterstützungsorganisationen.", "button_label": "Datenbank öffnen", "url": "https://socialenterprisebsr.net/"}),
        ],
        "et": [
            ("heading", "Ühine kodu sotsiaalmajandusele"),
            ("paragraph", "<p>Baltic Commons koondab artikleid, poliitikasoovitusi, õppematerjale ja üritusi projektidest, mis toetavad sotsiaalset ettevõtlust Läänemere ümber. See tugineb võrgustikule, mis seisab platvormi <b>socialenterprisebsr.net</b> taga ja mida piirkonna partnerorganisatsioonid on koos pidanud alates 2014. aastast.</p>"),
            ("key_figure", {"value": "400+", "label": "sotsiaalmajanduse ettevõtet ühises andmebaasis", "source": "socialenterprisebsr.net"}),
            ("key_figure", {"value": "12", "label": "riiki Läänemere ümber", "source": "socialenterprisebsr.net"}),
            ("image", {"image": "baltic-coast", "alt_text": "Läänemere rannik hämaruses", "caption": "Võrgustik ühendab organisatsioone kaheteistkümnes riigis Läänemere ümber."}),
            ("call_to_action", {"title": "Leia partnereid kogu piirkonnast", "text": "Otsi sotsiaalmajanduse ettevõtete ja tugiorganisatsioonide andmebaasist.", "button_label": "Ava andmebaas", "url": "https://socialenterprisebsr.net/"}),
        ],
        "fi": [
            ("heading", "Yhteinen koti yhteisötaloudelle"),
            ("paragraph", "<p>Baltic Commons kokoaa artikkeleita, politiikkasuosituksia, opetusmateriaaleja ja tapahtumia hankkeista, jotka tukevat yhteiskunnallista yrittäjyyttä Itämeren ympärillä. Se perustuu verkostoon, joka on <b>socialenterprisebsr.net</b>-palvelun takana ja jota alueen kumppaniorganisaatiot ovat ylläpitäneet yhdessä vuodesta 2014.</p>"),
            ("key_figure", {"value": "400+", "label": "yhteisötalouden yritystä yhteisessä tietokannassa", "source": "socialenterprisebsr.net"}),
            ("key_figure", {"value": "12", "label": "maata Itämeren ympärillä", "source": "socialenterprisebsr.net"}),
            ("image", {"image": "baltic-coast", "alt_text": "Itämeren rannikko hämärässä", "caption": "Verkosto yhdistää organisaatioita kahdessatoista maassa Itämeren ympärillä."}),
            ("call_to_action", {"title": "Löydä kumppaneita koko alueelta", "text": "Hae yhteisötalouden yritysten ja tukiorganisaatioiden tietokannasta.", "button_label": "Avaa tietokanta", "url": "https://socialenterprisebsr.net/"}),
        ],
        "lt": [
            ("heading", "Bendri socialinės ekonomikos namai"),
            ("paragraph", "<p>Baltic Commons kaupia straipsnius, politikos rekomendacijas, mokymo medžiagą ir renginius iš projektų, kurie remia socialinį verslumą Baltijos jūros regione. Ji remiasi tinklu, kurio partnerės organizacijos nuo 2014 m. kartu palaiko platformą <b>socialenterprisebsr.net</b>.</p>"),
            ("key_figure", {"value": "400+", "label": "socialinės ekonomikos įmonių bendroje duomenų bazėje", "source": "socialenterprisebsr.net"}),
            ("key_figure", {"value": "12", "label": "šalių aplink Baltijos jūrą", "source": "socialenterprisebsr.net"}),
            ("image", {"image": "baltic-coast", "alt_text": "Baltijos jūros pakrantė sutemus", "caption": "Tinklas jungia organizacijas dvylikoje šalių aplink Baltijos jūrą."}),
            ("call_to_action", {"title": "Raskite partnerių visame regione", "text": "Ieškokite socialinės ekonomikos įmonių ir paramos organizacijų duomenų bazėje.", "button_label": "Atverti duomenų bazę", "url": "https://socialenterprisebsr.net/"}),
        ],
        "nb": [
            ("heading", "Et felles hjem for sosial økonomi"),
            ("paragraph", "<p>Baltic Commons samler artikler, politiske anbefalinger, undervisningsmateriell og arrangementer fra prosjekter som støtter sosialt entreprenørskap rundt Østersjøen. Nettstedet bygger på nettverket bak <b>socialenterprisebsr.net</b>, som partnerorganisasjoner i regionen har drevet sammen siden 2014.</p>"),
            ("key_figure", {"value": "400+", "label": "virksomheter i sosial økonomi i den felles databasen", "source": "socialenterprisebsr.net"}),
            ("key_figure", {"value": "12", "label": "land rundt Østersjøen", "source": "socialenterprisebsr.net"}),
            ("image", {"image": "baltic-coast", "alt_text": "Østersjøkysten i skumringen", "caption": "Nettverket knytter sammen organisasjoner i tolv land rundt Østersjøen."}),
            ("call_to_action", {"title": "Finn samarbeidspartnere i hele regionen", "text": "Søk i databasen over virksomheter i sosial økonomi og støtteorganisasjoner.", "button_label": "Åpne databasen", "url": "https://socialenterprisebsr.net/"}),
        ],
        "pl": [
            ("heading", "Wspólny dom ekonomii społecznej"),
            ("paragraph", "<p>Baltic Commons gromadzi artykuły, rekomendacje polityczne, materiały dydaktyczne i wydarzenia z projektów wspierających przedsiębiorczość społeczną w regionie Morza Bałtyckiego. Opiera się na sieci stojącej za <b>socialenterprisebsr.net</b>, którą organizacje partnerskie z regionu prowadzą wspólnie od 2014 roku.</p>"),
            ("key_figure", {"value": "400+", "label": "przedsiębiorstw ekonomii społecznej we wspólnej bazie danych", "source": "socialenterprisebsr.net"}),
            ("key_figure", {"value": "12", "label": "krajów wokół Morza Bałtyckiego", "source": "socialenterprisebsr.net"}),
            ("image", {"image": "baltic-coast", "alt_text": "Wybrzeże Bałtyku o zmierzchu", "caption": "Sieć łączy organizacje z dwunastu krajów wokół Morza Bałtyckiego."}),
            ("call_to_action", {"title": "Znajdź partnerów w całym regionie", "text": "Przeszukaj bazę przedsiębiorstw ekonomii społecznej i organizacji wspierających.", "button_label": "Otwórz bazę danych", "url": "https://socialenterprisebsr.net/"}),
        ],
    },
}

INDEXES = {
    "library": {
        "title": {"en": "Library", "da": "Bibliotek", "lv": "Bibliotēka", "sv": "Bibliotek", "de": "Bibliothek", "et": "Raamatukogu", "fi": "Kirjasto", "lt": "Biblioteka", "nb": "Bibliotek", "pl": "Biblioteka"},
        "intro": {
            "en": "Articles on social entrepreneurship, impact measurement and the projects that support them.",
            "da": "Artikler om socialt iværksætteri, effektmåling og de projekter, der understøtter dem.",
            "lv": "Raksti par sociālo uzņēmējdarbību, ietekmes mērīšanu un projektiem, kas to atbalsta.",
            "sv": "Artiklar om socialt entreprenörskap, effektmätning och de projekt som stöder dem.",
            "de": "Artikel über soziales Unternehmertum, Wirkungsmessung und die Projekte, die sie unterstützen.",
            "et": "Artiklid sotsiaalsest ettevõtlusest, mõju hindamisest ja projektidest, mis neid toetavad.",
            "fi": "Artikkeleita yhteiskunnallisesta yrittäjyydestä, vaikutusten mittaamisesta ja niitä tukevista hankkeista.",
            "lt": "Straipsniai apie socialinį verslumą, poveikio vertinimą ir juos remiančius projektus.",
            "nb": "Artikler om sosialt entreprenørskap, effektmåling og prosjektene som støtter dem.",
            "pl": "Artykuły o przedsiębiorczości społecznej, pomiarze wpływu i wspierających je projektach.",
        },
    },
    "recommendations": {
        "title": {
            "en": "Policy recommendations",
            "da": "Politiske anbefalinger",
            "lv": "Politikas ieteikumi",
            "sv": "Policyrekommendationer",
            "de": "Politikempfehlungen",
            "et": "Poliitikasoovitused",
            "fi": "Politiikkasuositukset",
            "lt": "Politikos rekomendacijos",
            "nb": "Politiske anbefalinger",
            "pl": "Rekomendacje polityczne",
        },
        "intro": {
            "en": "What local, regional, national and EU decision makers can do so that disadvantaged groups can start their own social enterprises.",
            "da": "Hvad beslutningstagere på lokalt, regionalt, nationalt og europæisk niveau kan gøre, så dårligt stillede grupper kan starte deres egne sociale virksomheder.",
            "lv": "Ko vietējā, reģionālā, valsts un ES līmeņa lēmumu pieņēmēji var darīt, lai nelabvēlīgā situācijā esošas grupas varētu dibināt savus sociālos uzņēmumus.",
            "sv": "Vad beslutsfattare på lokal, regional, nationell och europeisk nivå kan göra för att missgynnade grupper ska kunna starta egna sociala företag.",
            "de": "Was Entscheidungsträger auf lokaler, regionaler, nationaler und EU-Ebene tun können, damit benachteiligte Gruppen eigene Sozialunternehmen gründen können.",
            "et": "Mida saavad kohaliku, piirkondliku, riikliku ja ELi tasandi otsustajad teha, et ebasoodsas olukorras rühmad saaksid luua oma sotsiaalseid ettevõtteid.",
            "fi": "Mitä paikalliset, alueelliset, kansalliset ja EU-tason päättäjät voivat tehdä, jotta heikommassa asemassa olevat ryhmät voivat perustaa omia yhteiskunnallisia yrityksiään.",
            "lt": "Ką vietos, regiono, nacionalinio ir ES lygmens sprendimų priėmėjai gali padaryti, kad pažeidžiamos grupės galėtų steigti savo socialines įmones.",
            "nb": "Hva beslutningstakere på lokalt, regionalt, nasjonalt og europeisk nivå kan gjøre for at vanskeligstilte grupper skal kunne starte egne sosiale virksomheter.",
            "pl": "Co decydenci na szczeblu lokalnym, regionalnym, krajowym i unijnym mogą zrobić, aby grupy w niekorzystnej sytuacji mogły zakładać własne przedsiębiorstwa społeczne.",
        },
    },
    "teaching-materials": {
        "title": {
            "en": "Teaching materials",
            "da": "Undervisningsmaterialer",
            "lv": "Mācību materiāli",
            "sv": "Utbildningsmaterial",
            "de": "Lehrmaterialien",
            "et": "Õppematerjalid",
            "fi": "Opetusmateriaalit",
            "lt": "Mokymo medžiaga",
            "nb": "Undervisningsmateriell",
            "pl": "Materiały dydaktyczne",
        },
        "intro": {
            "en": "Handbooks, toolkits and guides for trainers, social workers and entrepreneurs, many of them in several languages.",
            "da": "Håndbøger, værktøjskasser og vejledninger til undervisere, socialarbejdere og iværksættere, mange af dem på flere sprog.",
            "lv": "Rokasgrāmatas, rīkkopas un vadlīnijas pasniedzējiem, sociālajiem darbiniekiem un uzņēmējiem, daudzas no tām vairākās valodās.",
            "sv": "Handböcker, verktygslådor och guider för utbildare, socialarbetare och entreprenörer, många av dem på flera språk.",
            "de": "Handbücher, Werkzeugsammlungen und Leitfäden für Lehrende, Fachkräfte der Sozialen Arbeit und Gründende, viele davon in mehreren Sprachen.",
            "et": "Käsiraamatud, tööriistakastid ja juhendid koolitajatele, sotsiaaltöötajatele ja ettevõtjatele, paljud neist mitmes keeles.",
            "fi": "Käsikirjoja, työkalupakkeja ja oppaita kouluttajille, sosiaalityöntekijöille ja yrittäjille, monet niistä useilla kielillä.",
            "lt": "Vadovai, priemonių rinkiniai ir gairės mokytojams, socialiniams darbuotojams ir verslininkams, daugelis jų keliomis kalbomis.",
            "nb": "Håndbøker, verktøykasser og veiledninger for kursholdere, sosialarbeidere og gründere, mange av dem på flere språk.",
            "pl": "Podręczniki, zestawy narzędzi i poradniki dla trenerów, pracowników socjalnych i przedsiębiorców, wiele z nich w kilku językach.",
        },
    },
    "events": {
        "title": {"en": "Events", "da": "Arrangementer", "lv": "Pasākumi", "sv": "Evenemang", "de": "Veranstaltungen", "et": "Üritused", "fi": "Tapahtumat", "lt": "Renginiai", "nb": "Arrangementer", "pl": "Wydarzenia"},
        "intro": {
            "en": "Meetings, workshops and forums of the social-economy community around the Baltic Sea.",
            "da": "Møder, workshops og fora for det socialøkonomiske miljø omkring Østersøen.",
            "lv": "Baltijas jūras reģiona sociālās ekonomikas kopienas sanāksmes, darbnīcas un forumi.",
            "sv": "Möten, workshoppar och forum för den sociala ekonomins aktörer runt Östersjön.",
            "de": "Treffen, Workshops und Foren der Sozialwirtschaft rund um die Ostsee.",
            "et": "Läänemere piirkonna sotsiaalmajanduse kogukonna kohtumised, töötoad ja foorumid.",
            "fi": "Itämeren alueen yhteisötalouden toimijoiden tapaamisia, työpajoja ja foorumeita.",
            "lt": "Baltijos jūros regiono socialinės ekonomikos bendruomenės susitikimai, kūrybinės dirbtuvės ir forumai.",
            "nb": "Møter, verksteder og fora for miljøet i sosial økonomi rundt Østersjøen.",
            "pl": "Spotkania, warsztaty i fora środowiska ekonomii społecznej w regionie Morza Bałtyckiego.",
        },
    },
}

ARTICLES = [
    {
        "slug": "socialenterprisebsr-net-shared-knowledge-base",
        "publication_date": "2022-02-14",
        "topics": ["collaboration", "start-ups"],
        "authors": ["SENBS editorial team", "SED knowledge team"],
        "hero_image": "partner-map",
        "title": {
            "en": "socialenterprisebsr.net: a shared knowledge base for the region",
            "da": "socialenterprisebsr.net: en fælles vidensbank for regionen",
            "lv": "socialenterprisebsr.net: kopīga zināšanu bāze reģionam",
            "sv": "socialenterprisebsr.net: en gemensam kunskapsbank för regionen",
        },
        "intro": {
            "en": "Since 2014, support organisations around the Baltic Sea have kept a common platform for social entrepreneurs. Here is what it contains and how to use it.",
            "da": "Siden 2014 har støtteorganisationer omkring Østersøen vedligeholdt en fælles platform for sociale iværksættere. Her kan du læse, hvad den indeholder, og hvordan du bruger den.",
            "lv": "Kopš 2014. gada atbalsta organizācijas Baltijas jūras reģionā uztur kopīgu platformu sociālajiem uzņēmējiem. Uzziniet, ko tā piedāvā un kā to izmantot.",
            "sv": "Sedan 2014 har stödorganisationer runt Östersjön drivit en gemensam plattform för sociala entreprenörer. Här är vad den innehåller och hur du använder den.",
        },
        "body": {
            "en": [
                ("heading", "What the platform offers"),
                ("paragraph", "<p>The platform is maintained by the Social Entrepreneurship Support Network in the Baltic Sea Region. Between 2020 and 2022 the Erasmus+ project SENBS paid for a thorough update. The site has four parts:</p><ul><li><b>A database</b> of social-economy enterprises from across the region</li><li><b>An event calendar and a blog</b> with news from the network</li><li><b>A library</b> of teaching materials, online collaboration tools, impact measurement and project outputs</li><li><b>Support pages</b> on funding, incubators and support organisations</li></ul>"),
                ("key_figure", {"value": "400+", "label": "social-economy enterprises in the shared database", "source": "socialenterprisebsr.net"}),
                ("key_figure", {"value": "12", "label": "countries around the Baltic Sea", "source": "socialenterprisebsr.net"}),
                ("quote", {"quote": "People come for the knowledge and stay for the contacts. The platform works best when it helps someone find a partner in another country.", "attribution": "SENBS editorial team"}),
                ("faq", {"title": "Adding an event to the calendar", "items": [
                    {"question": "How early should I submit an event?", "answer": "<p>At least one week before it takes place. A moderator reviews every submission, which can take up to five working days.</p>"},
                    {"question": "What information is required?", "answer": "<p>The name of the event, a description, the date and time, the location and a contact person. Adding a web address is recommended.</p>"},
                    {"question": "My event is not in English. Can I still submit it?", "answer": "<p>Yes, but include a short summary in English.</p>"},
                ]}),
                ("call_to_action", {"title": "Visit the platform", "text": "Search the enterprise database or browse the library.", "button_label": "Go to socialenterprisebsr.net", "url": "https://socialenterprisebsr.net/"}),
            ],
            "da": [
                ("heading", "Det tilbyder platformen"),
                ("paragraph", "<p>Platformen vedligeholdes af Social Entrepreneurship Support Network in the Baltic Sea Region. Fra 2020 til 2022 betalte Erasmus+-projektet SENBS for en grundig opdatering. Siden består af fire dele:</p><ul><li><b>En database</b> over socialøkonomiske virksomheder fra hele regionen</li><li><b>En eventkalender og en blog</b> med nyt fra netværket</li><li><b>Et bibliotek</b> med undervisningsmaterialer, digitale samarbejdsværktøjer, effektmåling og projektresultater</li><li><b>Støttesider</b> om finansiering, inkubatorer og støtteorganisationer</li></ul>"),
                ("key_figure", {"value": "400+", "label": "socialøkonomiske virksomheder i den fælles database", "source": "socialenterprisebsr.net"}),
                ("key_figure", {"value": "12", "label": "lande omkring Østersøen", "source": "socialenterprisebsr.net"}),
                ("quote", {"quote": "Folk kommer for at hente viden og bliver for at knytte kontakter. Platformen gør størst gavn, når den hjælper nogen med at finde en samarbejdspartner i et andet land.", "attribution": "SENBS' redaktionsteam"}),
                ("faq", {"title": "Sådan kommer dit arrangement i kalenderen", "items": [
                    {"question": "Hvor tidligt skal jeg indsende et arrangement?", "answer": "<p>Mindst en uge før det finder sted. En moderator gennemgår hver indsendelse, og det kan tage op til fem hverdage.</p>"},
                    {"question": "Hvilke oplysninger skal med?", "answer": "<p>Arrangementets navn, en beskrivelse, dato og klokkeslæt, sted og en kontaktperson. Det anbefales også at tilføje en webadresse.</p>"},
                    {"question": "Mit arrangement foregår ikke på engelsk. Kan jeg stadig indsende det?", "answer": "<p>Ja, men vedlæg et kort resumé på engelsk.</p>"},
                ]}),
                ("call_to_action", {"title": "Besøg platformen", "text": "Søg i virksomhedsdatabasen, eller gå på opdagelse i biblioteket.", "button_label": "Gå til socialenterprisebsr.net", "url": "https://socialenterprisebsr.net/"}),
            ],
            "lv": [
                ("heading", "Ko piedāvā platforma"),
                ("paragraph", "<p>Platformu uztur Baltijas jūras reģiona sociālās uzņēmējdarbības atbalsta tīkls (Social Entrepreneurship Support Network in the Baltic Sea Region). No 2020. līdz 2022. gadam tās pamatīgu atjaunošanu finansēja Erasmus+ projekts SENBS. Vietnei ir četras daļas:</p><ul><li><b>Datubāze</b> ar sociālās ekonomikas uzņēmumiem no visa reģiona</li><li><b>Pasākumu kalendārs un emuārs</b> ar tīkla jaunumiem</li><li><b>Bibliotēka</b> ar mācību materiāliem, tiešsaistes sadarbības rīkiem, ietekmes mērīšanas resursiem un projektu rezultātiem</li><li><b>Atbalsta sadaļa</b> par finansējumu, inkubatoriem un atbalsta organizācijām</li></ul>"),
                ("key_figure", {"value": "400+", "label": "sociālās ekonomikas uzņēmumi kopīgajā datubāzē", "source": "socialenterprisebsr.net"}),
                ("key_figure", {"value": "12", "label": "valstis ap Baltijas jūru", "source": "socialenterprisebsr.net"}),
                ("quote", {"quote": "Cilvēki nāk pēc zināšanām un paliek kontaktu dēļ. Platforma vislabāk kalpo tad, kad palīdz kādam atrast sadarbības partneri citā valstī.", "attribution": "SENBS redakcijas komanda"}),
                ("faq", {"title": "Kā pievienot pasākumu kalendāram", "items": [
                    {"question": "Cik laicīgi jāiesniedz pasākums?", "answer": "<p>Vismaz nedēļu pirms tā norises. Katru pieteikumu pārskata moderators, un tas var aizņemt līdz piecām darba dienām.</p>"},
                    {"question": "Kāda informācija ir nepieciešama?", "answer": "<p>Pasākuma nosaukums, apraksts, datums un laiks, norises vieta un kontaktpersona. Ieteicams pievienot arī tīmekļa adresi.</p>"},
                    {"question": "Mans pasākums nenotiek angļu valodā. Vai varu to iesniegt?", "answer": "<p>Jā, taču pievienojiet īsu kopsavilkumu angļu valodā.</p>"},
                ]}),
                ("call_to_action", {"title": "Apmeklējiet platformu", "text": "Meklējiet uzņēmumu datubāzē vai iepazīstiet bibliotēku.", "button_label": "Uz socialenterprisebsr.net", "url": "https://socialenterprisebsr.net/"}),
            ],
            "sv": [
                ("heading", "Det här erbjuder plattformen"),
                ("paragraph", "<p>Plattformen förvaltas av Social Entrepreneurship Support Network in the Baltic Sea Region. Mellan 2020 och 2022 bekostade Erasmus+-projektet SENBS en grundlig uppdatering. Sajten består av fyra delar:</p><ul><li><b>En databas</b> över företag inom den sociala ekonomin från hela regionen</li><li><b>En evenemangskalender och en blogg</b> med nyheter från nätverket</li><li><b>Ett bibliotek</b> med utbildningsmaterial, digitala samarbetsverktyg, effektmätning och projektresultat</li><li><b>Stödsidor</b> om finansiering, inkubatorer och stödorganisationer</li></ul>"),
                ("key_figure", {"value": "400+", "label": "företag inom den sociala ekonomin i den gemensamma databasen", "source": "socialenterprisebsr.net"}),
                ("key_figure", {"value": "12", "label": "länder runt Östersjön", "source": "socialenterprisebsr.net"}),
                ("quote", {"quote": "Man kommer för kunskapen och stannar för kontakterna. Plattformen fungerar bäst när den hjälper någon att hitta en partner i ett annat land.", "attribution": "SENBS redaktionsteam"}),
                ("faq", {"title": "Så lägger du till ett evenemang i kalendern", "items": [
                    {"question": "Hur tidigt ska jag skicka in ett evenemang?", "answer": "<p>Minst en vecka innan det äger rum. En moderator granskar varje bidrag, vilket kan ta upp till fem arbetsdagar.</p>"},
                    {"question": "Vilka uppgifter krävs?", "answer": "<p>Evenemangets namn, en beskrivning, datum och tid, plats och en kontaktperson. Vi rekommenderar att du även anger en webbadress.</p>"},
                    {"question": "Mitt evenemang hålls inte på engelska. Kan jag ändå skicka in det?", "answer": "<p>Ja, men bifoga en kort sammanfattning på engelska.</p>"},
                ]}),
                ("call_to_action", {"title": "Besök plattformen", "text": "Sök i företagsdatabasen eller bläddra i biblioteket.", "button_label": "Till socialenterprisebsr.net", "url": "https://socialenterprisebsr.net/"}),
            ],
        },
    },
    {
        "slug": "measuring-impact-with-a-gender-split",
        "publication_date": "2022-05-10",
        "topics": ["impact-measurement", "social-finance"],
        "authors": ["Baltic Commons editors"],
        "hero_image": "indicator-chart",
        "title": {"en": "Measuring impact: count women and men separately"},
        "intro": {
            "en": "Jobs and new enterprises are the figures funders ask for first. Reporting them by gender, with standard indicator codes, makes them comparable and more honest."
        },
        "body": {
            "en": [
                ("paragraph", "<p>Many social enterprises already count the jobs they create. The numbers become far more useful when each value records a period, a total and a split into women, men and other or unknown, together with a baseline, a target and a link to the evidence. A simple verified flag then tells readers whether anyone has checked the figure.</p>"),
                ("table", {"caption": "Indicators often used for employment outcomes", "header": ["Code", "Indicator", "Framework"], "rows": [
                    ["OI8869", "Permanent employees", "IRIS+"],
                    ["OI6213", "Female employees", "IRIS+"],
                    ["OI4038", "Employees with disabilities", "IRIS+"],
                    ["PI3687", "Jobs created at supported enterprises", "IRIS+"],
                    ["PI3527", "Job placement rate", "IRIS+"],
                    ["CO05", "New enterprises supported", "ERDF"],
                    ["CO08", "Employment increase in supported enterprises", "ERDF"],
                ]}),
                ("heading", "Why the split matters"),
                ("paragraph", "<p>Programmes for the social economy often set separate goals for women and men, as the East-Middle Sweden platform did for 2008 to 2010. Without a split at the source, nobody can tell afterwards whether those goals were met. Keeping <i>other or unknown</i> as a category of its own keeps totals consistent without guesswork.</p>"),
                ("quote", {"quote": "If a figure cannot be split by gender, say so in the data instead of leaving the cell empty.", "attribution": "Baltic Commons editors"}),
                ("paragraph", "<p>The need is widely felt. In Sweden, a SE Forum project that ran from October 2021 to April 2023 with SEK 800,000 in support set out to strengthen the support structure for social innovation, pointing out that the sector has to get better at showing what social entrepreneurship achieves.</p>"),
                ("document", {"document": "impact-worksheet-en", "label": "Download the indicator worksheet (PDF)"}),
            ]
        },
    },
    {
        "slug": "east-middle-sweden-social-economy-platform",
        "publication_date": "2022-09-05",
        "topics": ["policy", "start-ups", "impact-measurement"],
        "authors": ["Baltic Commons editors"],
        "hero_image": None,
        "title": {"en": "Lessons from the social economy platform of East-Middle Sweden"},
        "intro": {
            "en": "From 2008 to 2010 an ERDF project set concrete targets for new enterprises and jobs in the social economy of East-Middle Sweden, with separate figures for women and men."
        },
        "body": {
            "en": [
                ("paragraph", "<p>The <i>Plattformen för social ekonomi Östra Mellansverige</i> was a European Regional Development Fund project that ran from 1 January 2008 to 31 December 2010. In its funding decision, Nutek described it as a project for the wider region that covered every county except Södermanland and was backed by the regional development programmes of all four participating counties. Its aim was to make the social economy a driving force for small-scale entrepreneurship, with more enterprises and new jobs as the measure of success.</p>"),
                ("heading", "Targets set at the start"),
                ("table", {"caption": "Indicators in the funding decision, as recorded", "header": ["Indicator", "Men", "Women", "Total"], "rows": [
                    ["New enterprises", "10", "15", "24"],
                    ["New enterprises with mixed ownership", "", "", "40"],
                    ["Enterprises taking part in the project", "", "", "400"],
                    ["Jobs created", "130", "170", "300"],
                    ["Jobs created for people with a foreign background", "", "", "no target given"],
                ]}),
                ("key_figure", {"value": "300", "label": "jobs to be created, 170 of them for women", "source": "Nutek funding decision"}),
                ("key_figure", {"value": "400", "label": "enterprises expected to take part", "source": "Nutek funding decision"}),
                ("paragraph", "<p>Two things stand out. More of the new enterprises and jobs were expected to go to women than to men, in line with the project's commitment to women's leadership. And the recorded figures do not quite add up: 10 and 15 new enterprises make 25, yet the total reads 24. Slips like this are easy to make, which is one good reason to store totals and splits as separate values and to check them against each other.</p>"),
                ("heading", "Beyond the numbers"),
                ("paragraph", "<p>The decision also set horizontal goals:</p><ul><li><b>Gender equality:</b> investment in women's leadership</li><li><b>Environment:</b> environmental requirements in procurement, at meetings and when assessing business ideas</li><li><b>Integration:</b> networks that make information available in other languages</li><li><b>Public health, including mental health:</b> helping people move from exclusion into work through entrepreneurship and networks</li></ul><p>During the project the partners were to form a joint economic association that would carry the platform on afterwards, with incubator support aimed especially at women and immigrants.</p>"),
            ]
        },
    },
    {
        "slug": "sempre-accelerators-eight-social-start-ups",
        "publication_date": "2022-01-31",
        "topics": ["start-ups", "collaboration"],
        "authors": ["Baltic Commons editors"],
        "hero_image": "community-cafe",
        "title": {
            "en": "Eight social start-ups from SEMPRE Accelerators",
            "da": "Otte sociale start-ups fra SEMPRE Accelerators",
            "lv": "Astoņi SEMPRE Accelerators sociālie jaunuzņēmumi",
            "sv": "Åtta sociala startupföretag från SEMPRE Accelerators",
        },
        "intro": {
            "en": "Between 2019 and 2021, eight local initiatives around the Baltic Sea worked to become self-sustaining social start-ups. They ended up taking four different forms.",
            "da": "Fra 2019 til 2021 arbejdede otte lokale initiativer omkring Østersøen på at blive selvbærende sociale start-ups. De endte med at tage fire forskellige former.",
            "lv": "No 2019. līdz 2021. gadam astoņas vietējās iniciatīvas Baltijas jūras reģionā strādāja, lai kļūtu par pašpietiekamiem sociālajiem jaunuzņēmumiem. Rezultātā tās ieguva četras atšķirīgas formas.",
            "sv": "Mellan 2019 och 2021 arbetade åtta lokala initiativ runt Östersjön för att bli självbärande sociala startupföretag. Till slut fick de fyra olika former.",
        },
        "body": {
            "en": [
                ("paragraph", "<p>SEMPRE Accelerators, an Interreg Baltic Sea Region project, took forward micro-projects that had grown out of the earlier SEMPRE project (2016 to 2019). For each initiative the partners formed an accelerator team in which members of a disadvantaged group worked side by side with an established social service provider, combining lived experience with professional know-how.</p>"),
                ("heading", "Four kinds of outcome"),
                ("table", {"caption": "The eight SEMPRE Accelerators start-ups", "header": ["Start-up", "Country", "Kind"], "rows": [
                    ["Stop-over coffee shop in Liepa", "Latvia", "Start-up or social enterprise"],
                    ["SIVANs dog day-care, Luleå", "Sweden", "Start-up or social enterprise"],
                    ["Newspaper and web by migrants, North Frisia", "Germany", "Communication and exchange platform"],
                    ["Hear me out", "Denmark", "Communication and exchange platform"],
                    ["Harkujärve community church", "Estonia", "Active social and civic organisation"],
                    ["Healthy, cheap and tasty, Liepāja", "Latvia", "Active social and civic organisation"],
                    ["AIIDi", "Germany", "Self-sustaining NGO"],
                    ["Social platform for single parents", "Lithuania", "Self-sustaining NGO"],
                ]}),
                ("paragraph", "<p>Two became self-sustaining social enterprises that give vulnerable people activity and work. The café in Liepa is a meeting place and workplace for parents and young unemployed people in Vidzeme, and SIVANs in Luleå is run by people who had struggled to enter the labour market. Two others built information and exchange platforms, one for migrants and one for people with mental health difficulties. Two strengthened civic organisations that provide social services and build community, and the last two grew into self-sustaining NGOs, one of them for single parents.</p>"),
                ("image", {"image": "community-cafe", "alt_text": "A small café with a counter and a few tables", "caption": "A village café can be both a meeting place and a first workplace."}),
                ("call_to_action", {"title": "What decision makers can learn", "text": "The start-ups' experience led to eight recommendations on informal support, infrastructure, the interplay between policies and financing.", "button_label": "Read the recommendations", "url": "https://example.org/recommendations/"}),
            ],
            "da": [
                ("paragraph", "<p>SEMPRE Accelerators, et projekt under Interreg Baltic Sea Region, videreførte mikroprojekter, der var opstået i det tidligere SEMPRE-projekt (2016 til 2019). Til hvert initiativ dannede partnerne et acceleratorteam, hvor medlemmer af en dårligt stillet gruppe arbejdede side om side med en etableret udbyder af sociale ydelser. På den måde blev egne erfaringer koblet med faglig viden.</p>"),
                ("heading", "Fire slags resultater"),
                ("table", {"caption": "De otte start-ups i SEMPRE Accelerators", "header": ["Start-up", "Land", "Type"], "rows": [
                    ["Stop-over-caféen i Liepa", "Letland", "Start-up eller social virksomhed"],
                    ["SIVANs hundedagpleje, Luleå", "Sverige", "Start-up eller social virksomhed"],
                    ["Avis og web skrevet af migranter, Nordfrisland", "Tyskland", "Kommunikations- og udvekslingsplatform"],
                    ["Hear me out", "Danmark", "Kommunikations- og udvekslingsplatform"],
                    ["Harkujärve kirkefællesskab", "Estland", "Aktiv social og civil organisation"],
                    ["Sund, billig og velsmagende mad, Liepāja", "Letland", "Aktiv social og civil organisation"],
                    ["AIIDi", "Tyskland", "Selvbærende NGO"],
                    ["Socialt netværk for enlige forældre", "Litauen", "Selvbærende NGO"],
                ]}),
                ("paragraph", "<p>To blev selvbærende sociale virksomheder, der giver sårbare mennesker aktivitet og arbejde. Caféen i Liepa er et mødested og en arbejdsplads for forældre og unge ledige i Vidzeme, og SIVANs i Luleå drives af folk, der har haft svært ved at komme ind på arbejdsmarkedet. To andre byggede informations- og udvekslingsplatforme, den ene for migranter og den anden for mennesker med psykiske vanskeligheder. To styrkede civile organisationer, der leverer sociale ydelser og skaber fællesskab, og de sidste to voksede til selvbærende NGO'er, heriblandt én for enlige forældre.</p>"),
                ("image", {"image": "community-cafe", "alt_text": "En lille café med en disk og nogle få borde", "caption": "En landsbycafé kan både være et mødested og en første arbejdsplads."}),
                ("call_to_action", {"title": "Hvad beslutningstagere kan lære", "text": "Erfaringerne fra de nye virksomheder blev til otte anbefalinger om uformel støtte, infrastruktur, samspil mellem politikker og finansiering.", "button_label": "Læs anbefalingerne", "url": "https://example.org/recommendations/"}),
            ],
            "lv": [
                ("paragraph", "<p>Interreg Baltijas jūras reģiona programmas projekts SEMPRE Accelerators turpināja attīstīt mikroprojektus, kas bija radušies iepriekšējā projektā SEMPRE (no 2016. līdz 2019. gadam). Katrai iniciatīvai partneri izveidoja akseleratora komandu, kurā nelabvēlīgā situācijā esošas grupas pārstāvji strādāja plecu pie pleca ar pieredzējušu sociālo pakalpojumu sniedzēju, apvienojot personīgo pieredzi ar profesionālām zināšanām.</p>"),
                ("heading", "Četru veidu rezultāti"),
                ("table", {"caption": "Astoņi SEMPRE Accelerators jaunuzņēmumi", "header": ["Jaunuzņēmums", "Valsts", "Veids"], "rows": [
                    ["Stop-over kafejnīca Liepā", "Latvija", "Jaunuzņēmums vai sociālais uzņēmums"],
                    ["Suņu dienas aprūpe SIVANs, Lūleo", "Zviedrija", "Jaunuzņēmums vai sociālais uzņēmums"],
                    ["Migrantu avīze un tīmekļa vietne, Ziemeļfrīzlande", "Vācija", "Komunikācijas un apmaiņas platforma"],
                    ["Hear me out", "Dānija", "Komunikācijas un apmaiņas platforma"],
                    ["Harkujärve kopienas baznīca", "Igaunija", "Aktīva sociāla un pilsoniska organizācija"],
                    ["Veselīgi, lēti un garšīgi, Liepāja", "Latvija", "Aktīva sociāla un pilsoniska organizācija"],
                    ["AIIDi", "Vācija", "Pašpietiekama NVO"],
                    ["Sociālā platforma vientuļajiem vecākiem", "Lietuva", "Pašpietiekama NVO"],
                ]}),
                ("paragraph", "<p>Divi no tiem kļuva par pašpietiekamiem sociālajiem uzņēmumiem, kas mazaizsargātiem cilvēkiem sniedz nodarbi un darbu. Kafejnīca Liepā ir tikšanās un darba vieta vecākiem un jauniem bezdarbniekiem Vidzemē, bet SIVANs Lūleo vada cilvēki, kuriem bija grūti iekļūt darba tirgū. Vēl divi izveidoja informācijas un apmaiņas platformas: vienu migrantiem, otru cilvēkiem ar garīgās veselības grūtībām. Divi stiprināja pilsoniskās organizācijas, kas sniedz sociālos pakalpojumus un veido kopienu, bet pēdējie divi izauga par pašpietiekamām NVO, no kurām viena atbalsta vientuļos vecākus.</p>"),
                ("image", {"image": "community-cafe", "alt_text": "Neliela kafejnīca ar leti un dažiem galdiņiem", "caption": "Ciemata kafejnīca var būt gan tikšanās vieta, gan pirmā darbavieta."}),
                ("call_to_action", {"title": "Ko var mācīties lēmumu pieņēmēji", "text": "Jaunuzņēmumu pieredze ļāva izstrādāt astoņus ieteikumus par neformālo atbalstu, infrastruktūru, politiku mijiedarbību un finansējumu.", "button_label": "Lasīt ieteikumus", "url": "https://example.org/recommendations/"}),
            ],
            "sv": [
                ("paragraph", "<p>SEMPRE Accelerators, ett projekt inom Interreg Baltic Sea Region, förde vidare mikroprojekt som hade vuxit fram i det tidigare projektet SEMPRE (2016 till 2019). För varje initiativ bildade partnerna ett acceleratorteam där personer ur en missgynnad grupp arbetade sida vid sida med en etablerad utförare av sociala tjänster. Så kombinerades egen erfarenhet med yrkeskunnande.</p>"),
                ("heading", "Fyra slags resultat"),
                ("table", {"caption": "De åtta startupföretagen i SEMPRE Accelerators", "header": ["Startupföretag", "Land", "Typ"], "rows": [
                    ["Kaféet Stop-over i Liepa", "Lettland", "Startupföretag eller socialt företag"],
                    ["SIVANs hunddagis, Luleå", "Sverige", "Startupföretag eller socialt företag"],
                    ["Tidning och webb av migranter, Nordfriesland", "Tyskland", "Plattform för kommunikation och utbyte"],
                    ["Hear me out", "Danmark", "Plattform för kommunikation och utbyte"],
                    ["Harkujärve församling", "Estland", "Aktiv social organisation i civilsamhället"],
                    ["Nyttigt, billigt och gott, Liepāja", "Lettland", "Aktiv social organisation i civilsamhället"],
                    ["AIIDi", "Tyskland", "Självbärande ideell organisation"],
                    ["Social plattform för ensamstående föräldrar", "Litauen", "Självbärande ideell organisation"],
                ]}),
                ("paragraph", "<p>Två blev självbärande sociala företag som ger utsatta människor sysselsättning och arbete. Kaféet i Liepa är en mötesplats och arbetsplats för föräldrar och unga arbetslösa i Vidzeme, och SIVANs i Luleå drivs av personer som har haft svårt att komma in på arbetsmarknaden. Två andra byggde plattformar för information och utbyte, den ena för migranter och den andra för personer med psykisk ohälsa. Två stärkte organisationer i civilsamhället som erbjuder sociala tjänster och bygger gemenskap, och de två sista växte till självbärande ideella organisationer, varav en för ensamstående föräldrar.</p>"),
                ("image", {"image": "community-cafe", "alt_text": "Ett litet kafé med en disk och några bord", "caption": "Ett bykafé kan vara både mötesplats och en första arbetsplats."}),
                ("call_to_action", {"title": "Vad beslutsfattare kan lära sig", "text": "Startupföretagens erfarenheter ledde till åtta rekommendationer om informellt stöd, infrastruktur, samspel mellan politikområden och finansiering.", "button_label": "Läs rekommendationerna", "url": "https://example.org/recommendations/"}),
            ],
        },
    },
]

# The eight recommendations follow the SEMPRE Accelerators grouping: 2 informal support,
# 4 infrastructure, 1 interplay between policies, 1 financing.
# Successful business models, each about an enterprise in the directory (loaded after it).
CASE_STUDIES = [
    {
        "slug": "stop-over-coffee-shop-liepa",
        "enterprise": "stop-over-coffee-liepa",
        "country": "LV",
        "title": {
            "en": "Stop-over Coffee Shop: a village café as a meeting place and a workplace",
            "da": "Stop-over Coffee Shop: en landsbycafé som mødested og arbejdsplads",
            "lv": "Pieturas kafejnīca: lauku kafejnīca kā tikšanās vieta un darbavieta",
            "sv": "Stop-over Coffee Shop: ett bykafé som mötesplats och arbetsplats",
        },
        "intro": {
            "en": "In Liepa, in rural Vidzeme, a café gives parents a place to meet and young people without a job a place to gain work experience.",
            "da": "I Liepa i landdistriktet Vidzeme giver en café forældre et sted at mødes og unge uden job et sted at få arbejdserfaring.",
            "lv": "Liepā, Vidzemes laukos, kafejnīca dod vecākiem vietu, kur satikties, un jauniešiem bez darba vietu, kur iegūt darba pieredzi.",
            "sv": "I Liepa på landsbygden i Vidzeme ger ett kafé föräldrar en plats att träffas och unga utan jobb en plats att skaffa arbetslivserfarenhet.",
        },
        "business_model": {
            "en": "A café run as a social enterprise: a local meeting place that is also a workplace for people outside the labour market.",
            "da": "En café drevet som social virksomhed: et lokalt mødested, der også er arbejdsplads for mennesker uden for arbejdsmarkedet.",
            "lv": "Kafejnīca, ko vada kā sociālo uzņēmumu: vietēja tikšanās vieta, kas ir arī darbavieta cilvēkiem ārpus darba tirgus.",
            "sv": "Ett kafé som drivs som socialt företag: en lokal mötesplats som också är en arbetsplats för människor utanför arbetsmarknaden.",
        },
        "outcome": {
            "en": "One of the two SEMPRE Accelerators micro-projects that became self-sustaining social enterprises offering activation and jobs to vulnerable groups.",
            "da": "Et af de to mikroprojekter i SEMPRE Accelerators, der blev selvbærende sociale virksomheder med aktivering og job til sårbare grupper.",
            "lv": "Viens no diviem SEMPRE Accelerators mikroprojektiem, kas kļuva par pašpietiekamiem sociālajiem uzņēmumiem, kuri piedāvā aktivizāciju un darbu mazaizsargātām grupām.",
            "sv": "Ett av de två mikroprojekten i SEMPRE Accelerators som blev självbärande sociala företag med aktivering och arbete för utsatta grupper.",
        },
        "body": {
            "en": [
                ("heading", "The idea"),
                ("paragraph", "<p>Liepa is a village in the Vidzeme region of Latvia. Like many rural places, it has few spots where people can simply meet, and few first jobs for young people. The Stop-over Coffee Shop answers both needs: parents come to meet, and young unemployed people help run the café and learn what a working day asks of them.</p>"),
                ("heading", "How it grew"),
                ("paragraph", "<p>The café was one of eight social start-ups in SEMPRE Accelerators (2019-2021), an Interreg Baltic Sea Region project that helped local co-creation initiatives in rural areas grow into self-sustaining social enterprises. Networking and support with management helped the start-ups build a mature organisational structure.</p>"),
                ("key_figure", {"value": "8", "label": "social start-ups in SEMPRE Accelerators", "source": "SEMPRE Accelerators"}),
                ("heading", "What others can learn"),
                ("paragraph", "<p>A business that people need anyway, such as a café, can carry a social aim: the customers keep it going, and the work itself is the training.</p>"),
            ],
            "da": [
                ("heading", "Idéen"),
                ("paragraph", "<p>Liepa er en landsby i regionen Vidzeme i Letland. Som mange steder på landet har den få steder, hvor folk bare kan mødes, og få første job til unge. Stop-over Coffee Shop svarer på begge behov: forældre kommer for at mødes, og unge ledige er med til at drive caféen og lærer, hvad en arbejdsdag kræver.</p>"),
                ("heading", "Sådan voksede den"),
                ("paragraph", "<p>Caféen var en af otte sociale nystartede virksomheder i SEMPRE Accelerators (2019-2021), et Interreg-projekt i Østersøregionen, der hjalp lokale samskabelsesinitiativer i landdistrikterne med at blive selvbærende sociale virksomheder. Netværk og støtte til ledelsen hjalp de nystartede virksomheder med at opbygge en moden organisation.</p>"),
                ("key_figure", {"value": "8", "label": "sociale nystartede virksomheder i SEMPRE Accelerators", "source": "SEMPRE Accelerators"}),
                ("heading", "Hvad andre kan lære"),
                ("paragraph", "<p>En forretning, som folk alligevel har brug for, som en café, kan bære et socialt formål: kunderne holder den i gang, og selve arbejdet er uddannelsen.</p>"),
            ],
            "lv": [
                ("heading", "Ideja"),
                ("paragraph", "<p>Liepa ir ciems Vidzemē. Kā daudzviet laukos, tajā ir maz vietu, kur cilvēki var vienkārši satikties, un maz pirmo darbavietu jauniešiem. Pieturas kafejnīca atbild uz abām vajadzībām: vecāki nāk satikties, bet jaunieši bez darba palīdz vadīt kafejnīcu un mācās, ko prasa darba diena.</p>"),
                ("heading", "Kā tā izauga"),
                ("paragraph", "<p>Kafejnīca bija viens no astoņiem sociālajiem jaunuzņēmumiem projektā SEMPRE Accelerators (2019-2021). Šis Interreg Baltijas jūras reģiona projekts palīdzēja vietējām koprades iniciatīvām lauku apvidos izaugt par pašpietiekamiem sociālajiem uzņēmumiem. Tīklošana un vadības atbalsts palīdzēja jaunuzņēmumiem izveidot nobriedušu organizatorisko struktūru.</p>"),
                ("key_figure", {"value": "8", "label": "sociālie jaunuzņēmumi projektā SEMPRE Accelerators", "source": "SEMPRE Accelerators"}),
                ("heading", "Ko var mācīties citi"),
                ("paragraph", "<p>Uzņēmums, kas cilvēkiem tik un tā ir vajadzīgs, piemēram, kafejnīca, var nest sociālu mērķi: klienti to uztur, un pats darbs ir mācības.</p>"),
            ],
            "sv": [
                ("heading", "Idén"),
                ("paragraph", "<p>Liepa är en by i regionen Vidzeme i Lettland. Som på många platser på landsbygden finns där få ställen där människor helt enkelt kan träffas, och få första jobb för unga. Stop-over Coffee Shop svarar på båda behoven: föräldrar kommer för att träffas, och unga arbetslösa hjälper till att driva kaféet och lär sig vad en arbetsdag kräver.</p>"),
                ("heading", "Så växte det"),
                ("paragraph", "<p>Kaféet var ett av åtta sociala startupföretag i SEMPRE Accelerators (2019-2021), ett Interreg-projekt i Östersjöregionen som hjälpte lokala initiativ för samskapande på landsbygden att växa till självbärande sociala företag. Nätverkande och stöd i ledningsfrågor hjälpte startupföretagen att bygga upp en mogen organisation.</p>"),
                ("key_figure", {"value": "8", "label": "sociala startupföretag i SEMPRE Accelerators", "source": "SEMPRE Accelerators"}),
                ("heading", "Vad andra kan lära sig"),
                ("paragraph", "<p>En verksamhet som människor ändå behöver, som ett kafé, kan bära ett socialt syfte: kunderna håller den igång, och själva arbetet är utbildningen.</p>"),
            ],
        },
    },
]

RECOMMENDATIONS = [
    {
        "slug": "be-an-ally-of-social-start-ups",
        "number": 1,
        "group": "informal-support",
        "governance_levels": ["local", "regional"],
        "source_project": "sempre-accelerators",
        "related": ["open-doors-and-advocate", "one-roof-principle"],
        "title": {
            "en": "Show up and be an ally of social start-ups in your region",
            "da": "Mød op, og bak de sociale start-ups i din region op",
            "lv": "Iesaistieties un esiet sava reģiona sociālo jaunuzņēmumu sabiedrotais",
            "sv": "Ställ upp för de sociala startupföretagen i din region",
        },
        "intro": {
            "en": "Recognition from decision makers costs nothing, yet it changes a great deal for founders from disadvantaged groups.",
            "da": "Anerkendelse fra beslutningstagere koster ingenting, men betyder meget for iværksættere fra dårligt stillede grupper.",
            "lv": "Lēmumu pieņēmēju atzinība neko nemaksā, taču nelabvēlīgā situācijā esošu grupu uzņēmējiem tā nozīmē ļoti daudz.",
            "sv": "Erkännande från beslutsfattare kostar ingenting men betyder mycket för grundare från missgynnade grupper.",
        },
        "target_audience": {
            "en": "Mayors, municipal and regional councillors, and senior public officials",
            "da": "Borgmestre, kommunal- og regionsrådsmedlemmer samt ledende embedsfolk",
            "lv": "Pašvaldību vadītāji, vietējā un reģionālā līmeņa deputāti un vadošie ierēdņi",
            "sv": "Kommunstyrelseordförande, kommun- och regionpolitiker samt ledande tjänstepersoner",
        },
        "summary": {
            "en": "Visit social start-ups, talk about their work in public and make it clear that your region values it. A supportive climate is an important milestone that needs no extra budget.",
            "da": "Besøg sociale start-ups, tal offentligt om deres arbejde, og gør det klart, at din region sætter pris på det. Et støttende klima er en vigtig milepæl, som ikke kræver ekstra budget.",
            "lv": "Apmeklējiet sociālos jaunuzņēmumus, publiski runājiet par to darbu un skaidri parādiet, ka jūsu reģions to novērtē. Atbalstoša gaisotne ir svarīgs pagrieziena punkts, kam nav vajadzīgs papildu budžets.",
            "sv": "Besök sociala startupföretag, tala offentligt om deras arbete och visa tydligt att din region värdesätter det. Ett stödjande klimat är en viktig milstolpe som inte kräver någon extra budget.",
        },
        "body": {
            "en": [
                ("heading", "Why it matters"),
                ("paragraph", "<p>The teams in SEMPRE Accelerators found that public authorities often knew little about the disadvantages that present and future social entrepreneurs from vulnerable groups face, particularly in rural areas. Where local leaders showed interest and appreciation, the founders gained confidence and were more readily taken seriously.</p>"),
                ("paragraph", "<p><b>What you can do</b></p><ul><li>Visit a social start-up in your area and bring colleagues along.</li><li>Mention social enterprises in speeches, newsletters and strategies.</li><li>Ask your staff what stands in the way of founders from vulnerable groups.</li></ul>"),
                ("document", {"document": "sempre-accelerators-recommendations-en", "label": "Overview of all eight recommendations (PDF, English)"}),
            ],
            "da": [
                ("heading", "Derfor er det vigtigt"),
                ("paragraph", "<p>Holdene i SEMPRE Accelerators oplevede, at offentlige myndigheder ofte vidste for lidt om de ulemper, som nuværende og kommende sociale iværksættere fra sårbare grupper står over for, især i landdistrikterne. Hvor lokale ledere viste interesse og anerkendelse, fik iværksætterne mere selvtillid og blev lettere taget alvorligt.</p>"),
                ("paragraph", "<p><b>Det kan du gøre</b></p><ul><li>Besøg en social start-up i dit område, og tag kolleger med.</li><li>Nævn sociale virksomheder i taler, nyhedsbreve og strategier.</li><li>Spørg dine medarbejdere, hvad der står i vejen for iværksættere fra sårbare grupper.</li></ul>"),
                ("document", {"document": "sempre-accelerators-recommendations-en", "label": "Oversigt over alle otte anbefalinger (PDF, på engelsk)"}),
            ],
            "lv": [
                ("heading", "Kāpēc tas ir svarīgi"),
                ("paragraph", "<p>SEMPRE Accelerators komandas pieredzēja, ka valsts un pašvaldību iestādēm bieži trūkst zināšanu par grūtībām, ar kurām saskaras esošie un topošie sociālie uzņēmēji no mazaizsargātām grupām, īpaši lauku apvidos. Tur, kur vietējie līderi izrādīja interesi un atzinību, uzņēmēji kļuva pašpārliecinātāki, un viņus vieglāk uztvēra nopietni.</p>"),
                ("paragraph", "<p><b>Ko jūs varat darīt</b></p><ul><li>Apmeklējiet kādu sociālo jaunuzņēmumu savā apkārtnē un aiciniet līdzi kolēģus.</li><li>Pieminiet sociālos uzņēmumus runās, informatīvajos izdevumos un stratēģijās.</li><li>Pajautājiet saviem darbiniekiem, kas traucē uzņēmējiem no mazaizsargātām grupām.</li></ul>"),
                ("document", {"document": "sempre-accelerators-recommendations-en", "label": "Visu astoņu ieteikumu pārskats (PDF, angļu valodā)"}),
            ],
            "sv": [
                ("heading", "Därför är det viktigt"),
                ("paragraph", "<p>Teamen i SEMPRE Accelerators märkte att myndigheter ofta visste för lite om de nackdelar som nuvarande och blivande sociala entreprenörer från utsatta grupper möter, särskilt på landsbygden. Där lokala ledare visade intresse och uppskattning fick grundarna mer självförtroende och togs lättare på allvar.</p>"),
                ("paragraph", "<p><b>Det här kan du göra</b></p><ul><li>Besök ett socialt startupföretag i ditt område och ta med dig kollegor.</li><li>Nämn sociala företag i tal, nyhetsbrev och strategier.</li><li>Fråga dina medarbetare vad som står i vägen för grundare från utsatta grupper.</li></ul>"),
                ("document", {"document": "sempre-accelerators-recommendations-en", "label": "Översikt över alla åtta rekommendationer (pdf, på engelska)"}),
            ],
        },
    },
    {
        "slug": "open-doors-and-advocate",
        "number": 2,
        "group": "informal-support",
        "governance_levels": ["local", "regional", "national"],
        "source_project": "sempre-accelerators",
        "related": ["be-an-ally-of-social-start-ups", "open-tracks-in-existing-support-schemes"],
        "title": {"en": "Open doors and speak up for vulnerable founders"},
        "intro": {
            "en": "People from vulnerable groups who start social enterprises need advocates and door-openers who connect them with resources and authorities."
        },
        "target_audience": {
            "en": "Local and regional politicians, public officials, business leaders and NGO leaders"
        },
        "summary": {
            "en": "Help vulnerable founders get heard: support their communication and outreach, introduce them to funders and the right contacts, and broker meetings with municipalities and with national or regional authorities."
        },
        "body": {
            "en": [
                ("paragraph", "<p>Experience from SEMPRE Accelerators shows that members of vulnerable groups who act as social entrepreneurs need strong advocates and people who can open doors for them. Being heard in public is often hard for these groups, so help with communication and outreach can matter as much as money.</p>"),
                ("heading", "What a door-opener does"),
                ("paragraph", "<ul><li>Gives access to resources that would otherwise stay out of reach, whether funding or simply the right contacts</li><li>Arranges meetings with the municipality or with national and regional authorities</li><li>Lends credibility by speaking up for the initiative in public</li></ul>"),
            ]
        },
    },
    {
        "slug": "open-tracks-in-existing-support-schemes",
        "number": 3,
        "group": "infrastructure-capacity-building",
        "governance_levels": ["regional", "national", "eu"],
        "source_project": "sempre-accelerators",
        "related": ["tailored-start-up-funding", "one-roof-principle"],
        "title": {"en": "Open dedicated tracks for disadvantaged groups in existing support schemes"},
        "intro": {
            "en": "Start-up programmes and seed funding exist, but they mostly serve applicants who are already well qualified."
        },
        "target_audience": {
            "en": "Managing authorities, business support agencies, incubators and funding bodies"
        },
        "summary": {
            "en": "Within existing start-up and seed-funding schemes, reserve places, simplify procedures and add accompanying support for disadvantaged groups, instead of placing them in one common basket with highly qualified applicants."
        },
        "body": {
            "en": [
                ("paragraph", "<p>During SEMPRE Accelerators, start-up programmes, seed capital and other support were partly available at different stages of the project. Most public funding, however, sits in one common basket that favours organisations and individuals who are already well qualified.</p>"),
                ("heading", "Possible measures"),
                ("paragraph", "<ul><li>A share of places or funds reserved for applicants from disadvantaged groups</li><li>Simpler application forms, with help on business plans and financial forecasts</li><li>Mentoring that continues after the decision on support</li></ul>"),
            ]
        },
    },
    {
        "slug": "one-roof-principle",
        "number": 4,
        "group": "infrastructure-capacity-building",
        "governance_levels": ["local", "regional"],
        "source_project": "sempre-accelerators",
        "related": ["open-tracks-in-existing-support-schemes", "regular-capacity-building-close-to-home"],
        "title": {
            "en": "Gather support under one roof and build capacity for active participation",
            "da": "Saml støtten under ét tag, og styrk evnen til aktiv deltagelse",
            "lv": "Ieviesiet viena jumta principu un stipriniet spējas aktīvi līdzdarboties",
            "sv": "Samla stödet under ett tak och stärk förmågan till aktivt deltagande",
        },
        "intro": {
            "en": "One place, online and on site, where disadvantaged communities find guidance, information and support for their own initiatives.",
            "da": "Ét sted, digitalt og fysisk, hvor dårligt stillede lokalsamfund kan finde vejledning, information og støtte til deres egne initiativer.",
            "lv": "Viena vieta tiešsaistē un klātienē, kur nelabvēlīgā situācijā esošas kopienas var saņemt padomu, informāciju un atbalstu savām iniciatīvām.",
            "sv": "En plats, digitalt och fysiskt, där missgynnade lokalsamhällen hittar vägledning, information och stöd för sina egna initiativ.",
        },
        "target_audience": {
            "en": "Municipalities, regional development agencies and social service providers",
            "da": "Kommuner, regionale udviklingsorganisationer og udbydere af sociale ydelser",
            "lv": "Pašvaldības, reģionālās attīstības aģentūras un sociālo pakalpojumu sniedzēji",
            "sv": "Kommuner, regionala utvecklingsaktörer och utförare av sociala tjänster",
        },
        "summary": {
            "en": "Set up and maintain a single platform, both digital and physical, that engages and activates disadvantaged groups and supports them in developing business ideas, social start-ups or other initiatives with a positive social impact.",
            "da": "Etabler og drift én platform, både digital og fysisk, som engagerer og aktiverer dårligt stillede grupper og støtter dem i at udvikle forretningsidéer, sociale start-ups eller andre initiativer med en positiv social effekt.",
            "lv": "Izveidojiet un uzturiet vienu digitālu un fizisku platformu, kas iesaista un aktivizē nelabvēlīgā situācijā esošas grupas un palīdz tām attīstīt uzņēmējdarbības idejas, sociālos jaunuzņēmumus vai citas iniciatīvas ar pozitīvu sociālo ietekmi.",
            "sv": "Bygg upp och förvalta en gemensam plattform, både digital och fysisk, som engagerar och aktiverar missgynnade grupper och stöder dem i att utveckla affärsidéer, sociala startupföretag eller andra initiativ med positiv social effekt.",
        },
        "body": {
            "en": [
                ("heading", "What a single point of support offers"),
                ("paragraph", "<ul><li>Practical help with the first steps of an initiative</li><li>Guidance from people who know both the social services and the business support system</li><li>Up-to-date information on the resources open to vulnerable groups</li><li>Contacts with funders, authorities and local businesses</li></ul>"),
                ("paragraph", "<p>The SEMPRE Accelerators teams saw the greatest need in rural communities, where support is scattered and distances are long. Gathering it under one roof saves founders time and makes it easier for them to take an active part.</p>"),
                ("image", {"image": "workshop-table", "alt_text": "People around a table covered with notes and markers", "caption": "Co-creation works best when support is easy to find."}),
            ],
            "da": [
                ("heading", "Det tilbyder en samlet indgang"),
                ("paragraph", "<ul><li>Praktisk hjælp til de første skridt i et initiativ</li><li>Vejledning fra folk, der kender både de sociale tilbud og erhvervsfremmesystemet</li><li>Opdateret information om de ressourcer, der står åbne for sårbare grupper</li><li>Kontakter til finansieringskilder, myndigheder og lokale virksomheder</li></ul>"),
                ("paragraph", "<p>Holdene i SEMPRE Accelerators så det største behov i landdistrikterne, hvor støtten er spredt, og afstandene er lange. Når støtten samles under ét tag, sparer iværksætterne tid, og det bliver lettere for dem at deltage aktivt.</p>"),
                ("image", {"image": "workshop-table", "alt_text": "Mennesker omkring et bord fyldt med sedler og tusser", "caption": "Samskabelse fungerer bedst, når støtten er let at finde."}),
            ],
            "lv": [
                ("heading", "Ko piedāvā vienots atbalsta punkts"),
                ("paragraph", "<ul><li>Praktisku palīdzību iniciatīvas pirmajos soļos</li><li>Padomus no cilvēkiem, kuri pārzina gan sociālos pakalpojumus, gan uzņēmējdarbības atbalsta sistēmu</li><li>Aktuālu informāciju par resursiem, kas pieejami mazaizsargātām grupām</li><li>Kontaktus ar finansētājiem, iestādēm un vietējiem uzņēmumiem</li></ul>"),
                ("paragraph", "<p>SEMPRE Accelerators komandas vislielāko vajadzību saskatīja lauku kopienās, kur atbalsts ir izkliedēts un attālumi ir lieli. Ja atbalsts ir pieejams zem viena jumta, uzņēmēji ietaupa laiku un viņiem ir vieglāk aktīvi līdzdarboties.</p>"),
                ("image", {"image": "workshop-table", "alt_text": "Cilvēki ap galdu, kas pilns ar piezīmēm un marķieriem", "caption": "Koprade izdodas vislabāk, ja atbalstu ir viegli atrast."}),
            ],
            "sv": [
                ("heading", "Det här erbjuder en samlad kontaktpunkt"),
                ("paragraph", "<ul><li>Praktisk hjälp med de första stegen i ett initiativ</li><li>Vägledning från personer som känner både de sociala tjänsterna och företagsstödet</li><li>Aktuell information om de resurser som står öppna för utsatta grupper</li><li>Kontakter med finansiärer, myndigheter och lokala företag</li></ul>"),
                ("paragraph", "<p>Teamen i SEMPRE Accelerators såg störst behov i landsbygdssamhällen, där stödet är utspritt och avstånden långa. När stödet samlas under ett tak sparar grundarna tid, och det blir lättare för dem att delta aktivt.</p>"),
                ("image", {"image": "workshop-table", "alt_text": "Människor runt ett bord fullt av lappar och pennor", "caption": "Samskapande fungerar bäst när stödet är lätt att hitta."}),
            ],
        },
    },
    {
        "slug": "regular-capacity-building-close-to-home",
        "number": 5,
        "group": "infrastructure-capacity-building",
        "governance_levels": ["local", "regional", "national"],
        "source_project": "sempre-accelerators",
        "related": ["one-roof-principle", "knowledge-transfer-and-good-practice"],
        "title": {"en": "Offer regular capacity building and training close to where people live"},
        "intro": {
            "en": "Project-based courses come and go. Vulnerable groups and rural communities need training that is systematic, regular and local."
        },
        "target_audience": {
            "en": "Municipalities, public employment services, adult education providers and NGOs"
        },
        "summary": {
            "en": "Provide integrated and alternative capacity-building, upskilling and training activities at local level, as close to people's everyday lives as possible, and secure long-term funding for them rather than relying on short projects."
        },
        "body": {
            "en": [
                ("paragraph", "<p>The SEMPRE Accelerators experience showed that socially disadvantaged people find it hard to join the activation measures offered by public social or employment services. What helped was the creativity and commitment of existing local networks, NGOs and other leaders, who brought in outside resources to train vulnerable groups such as migrants, young people not in employment, education or training, and former offenders.</p>"),
                ("paragraph", "<p>Those resources were mostly tied to projects. Systematic and regular community work needs funding that can be relied on over many years.</p>"),
                ("call_to_action", {"title": "Find teaching materials", "text": "Handbooks and toolkits for trainers, social workers and entrepreneurs.", "button_label": "Browse the materials", "url": "https://example.org/teaching-materials/"}),
            ]
        },
    },
    {
        "slug": "knowledge-transfer-and-good-practice",
        "number": 6,
        "group": "infrastructure-capacity-building",
        "governance_levels": ["local", "regional", "national", "eu"],
        "source_project": "sempre-accelerators",
        "related": ["regular-capacity-building-close-to-home", "bridge-social-innovation-policies"],
        "title": {"en": "Encourage knowledge transfer and the exchange of good practice"},
        "intro": {
            "en": "Study visits, conferences and shared seminars helped the start-ups learn from each other. They work best as a permanent arrangement."
        },
        "target_audience": {
            "en": "Regional authorities, transnational programmes, networks and universities"
        },
        "summary": {
            "en": "Institutionalise the exchange of knowledge and good practice between stakeholders: mutual visits, regional conferences, practical seminars and team meetings should be a regular part of support, not a one-off project activity."
        },
        "body": {
            "en": [
                ("paragraph", "<p>In SEMPRE Accelerators, mutual visits, regional conferences, practical seminars and team meetings were what made knowledge travel between start-ups, support organisations and authorities.</p>"),
                ("paragraph", "<p>Social start-ups would benefit if such arrangements became institutions, for example a standing regional network, an annual exchange programme or shared learning activities in transnational programmes.</p>"),
                ("quote", {"quote": "The most useful advice often comes from someone who solved the same problem in another country a year earlier.", "attribution": "Baltic Commons editors"}),
            ]
        },
    },
    {
        "slug": "bridge-social-innovation-policies",
        "number": 7,
        "group": "policy-interplay",
        "governance_levels": ["local", "regional", "national", "eu"],
        "source_project": "sempre-accelerators",
        "related": ["knowledge-transfer-and-good-practice", "tailored-start-up-funding"],
        "title": {"en": "Bridge social innovation policies across national, regional and local levels"},
        "intro": {
            "en": "Many actors work under the banner of social innovation, but their structures do not always fit the policy frameworks meant to support them."
        },
        "target_audience": {
            "en": "National ministries, regional councils, municipalities and EU programme authorities"
        },
        "summary": {
            "en": "Give policy structures a clear logic at macro level, so that individual initiatives at micro level can easily see where they belong, and make administrative requirements and procedures accessible and adaptable to the needs of vulnerable groups."
        },
        "body": {
            "en": [
                ("paragraph", "<p>Many kinds of actors work with social innovation: established organisations, socially responsible companies and, more recently, umbrella initiatives for social enterprises. Evidence from SEMPRE Accelerators points to a mismatch between these structures and the policy frameworks that name the promotion of social innovation and social change as a shared goal.</p>"),
                ("heading", "What helps"),
                ("paragraph", "<ul><li>A clear logic in policy structures at macro level, so that a single local initiative can see where it fits</li><li>Administrative requirements and procedures that are easy to reach and can be adapted to the needs of vulnerable groups</li></ul>"),
            ]
        },
    },
    {
        "slug": "tailored-start-up-funding",
        "number": 8,
        "group": "financing",
        "governance_levels": ["local", "national", "eu"],
        "source_project": "sempre-accelerators",
        "related": ["open-tracks-in-existing-support-schemes", "bridge-social-innovation-policies"],
        "title": {"en": "Introduce tailored start-up funding for initiatives owned by vulnerable groups"},
        "intro": {
            "en": "Small, separate start-up grants that vulnerable groups can apply for directly would remove one of the biggest barriers."
        },
        "target_audience": {
            "en": "Funding bodies, LEADER local action groups, municipalities and national agencies"
        },
        "summary": {
            "en": "Create small, dedicated start-up funding that vulnerable groups can access directly, with criteria that reward social innovation and social inclusion, and with application and reporting demands in proportion to the sums involved."
        },
        "body": {
            "en": [
                ("heading", "The current gap"),
                ("paragraph", "<p>In most places, seed capital and local funding are not aimed at vulnerable groups, and criteria such as social innovation or social inclusion play no part in the assessment. Existing schemes are highly competitive and call for project management skills in writing applications, running projects and reporting. The same holds for EU funding such as LEADER, where a social start-up is hard to develop without additional financial and human resources.</p>"),
                ("paragraph", "<p><b>Elements of a tailored scheme</b></p><ul><li>Small grants that vulnerable groups can apply for directly</li><li>Selection criteria that reward social innovation and social inclusion</li><li>Application and reporting requirements in proportion to the amount</li><li>Advice during the application, not only after it</li></ul>"),
            ]
        },
    },
]

MATERIALS = [
    {
        "slug": "sempre-empowerment-handbook",
        "resource_type": "handbook",
        "educational_level": "introductory",
        "audiences": ["social_worker", "trainer", "entrepreneur"],
        "time_required_minutes": 180,
        "licence": "all-rights-reserved",
        "languages": ["en", "pl", "sv", "lv", "da", "de", "ru"],
        "documents": [
            {"document": "sempre-handbook-en", "language": "en", "edition": "full"},
            {"document": "sempre-handbook-pocket-lv", "language": "lv", "edition": "pocket"},
        ],
        "title": {"en": "SEMPRE empowerment handbook: involving service users in social services"},
        "intro": {
            "en": "A practical handbook from the SEMPRE projects on how social service providers can assess needs together with disadvantaged groups and involve them in designing and delivering services."
        },
        "learning_outcomes": {
            "en": [
                "Explain what empowerment means in the design and delivery of social services",
                "Plan a needs assessment together with members of a disadvantaged group",
                "Set up a co-creation team of service users and professionals",
                "Identify outside resources and partners that a new social service can draw on",
            ]
        },
        "body": {
            "en": [
                ("heading", "How to use the handbook"),
                ("paragraph", "<p>The handbook grew out of SEMPRE, in which partners around the Baltic Sea collected and tested empowerment tools for social service providers. It is meant for teams that want to find out what a disadvantaged group needs and to develop a new service together with its members rather than for them.</p><p>Work through it in three sessions of about an hour each: needs assessment, co-creation, and reaching out to external resources.</p>"),
                ("document", {"document": "sempre-handbook-en", "label": "Handbook summary, full edition (PDF, English)"}),
                ("document", {"document": "sempre-handbook-pocket-lv", "label": "Pocket edition (PDF, Latvian)"}),
            ]
        },
    },
    {
        "slug": "impact-indicators-starter-toolkit",
        "resource_type": "toolkit",
        "educational_level": "intermediate",
        "audiences": ["entrepreneur", "official"],
        "time_required_minutes": 90,
        "licence": "CC-BY-4.0",
        "languages": ["en"],
        "documents": [{"document": "impact-worksheet-en", "language": "en", "edition": "worksheet"}],
        "title": {"en": "Impact indicators starter toolkit"},
        "intro": {
            "en": "A short self-study toolkit for recording jobs and new enterprises with a gender split, using IRIS+ and ERDF indicator codes."
        },
        "learning_outcomes": {
            "en": [
                "Choose suitable IRIS+ and ERDF indicators for employment outcomes",
                "Record a value with its period, baseline, target and evidence",
                "Report results for women, men and other or unknown separately",
            ]
        },
        "body": {
            "en": [
                ("paragraph", "<p>This toolkit walks you through choosing an indicator, recording one value properly and presenting it for women and men separately. Allow about an hour and a half, including the worksheet.</p>"),
                ("embed", "https://example.org/video/impact-indicators-walk-through"),
                ("faq", {"title": "Common questions", "items": [
                    {"question": "What if I only know the total?", "answer": "<p>Record the total and enter the whole figure as <i>other or unknown</i>. Do not estimate the split.</p>"},
                    {"question": "Which indicators should a work-integration social enterprise start with?", "answer": "<p>Jobs created at supported enterprises (PI3687) and permanent employees (OI8869) are a good start. Add employees with disabilities (OI4038) where it fits your mission.</p>"},
                ]}),
                ("document", {"document": "impact-worksheet-en", "label": "Indicator worksheet (PDF)"}),
            ]
        },
    },
]

EVENTS = [
    {
        "slug": "senbs-midterm-meeting-gdansk-2022",
        "starts_at": "2022-01-24T10:00",
        "ends_at": "2022-01-24T16:00",
        "all_day": False,
        "time_zone": "Europe/Warsaw",
        "attendance_mode": "mixed",
        "status": "scheduled",
        "venue_name": "",
        "address": "",
        "city": "Gdańsk",
        "country": "PL",
        "online_url": "https://example.org/senbs/midterm-meeting",
        "registration_url": "",
        "organiser": "SENBS project partners",
        "title": {
            "en": "SENBS midterm partner meeting in Gdańsk",
            "da": "SENBS-midtvejsmøde for partnerne i Gdańsk",
            "lv": "SENBS projekta starpposma partneru sanāksme Gdaņskā",
            "sv": "SENBS halvtidsmöte för partnerna i Gdańsk",
        },
        "intro": {
            "en": "Sixteen months into the project, the five SENBS partners reviewed the work on socialenterprisebsr.net and discussed how the platform should develop.",
            "da": "Seksten måneder inde i projektet gjorde de fem SENBS-partnere status over arbejdet med socialenterprisebsr.net og drøftede, hvordan platformen skal udvikle sig.",
            "lv": "Sešpadsmit mēnešus pēc projekta sākuma pieci SENBS partneri izvērtēja paveikto platformā socialenterprisebsr.net un apsprieda tās turpmāko attīstību.",
            "sv": "Sexton månader in i projektet gick de fem SENBS-partnerna igenom arbetet med socialenterprisebsr.net och diskuterade hur plattformen ska utvecklas.",
        },
        "body": {
            "en": [
                ("paragraph", "<p>Because of the COVID-19 pandemic the meeting was held in a hybrid format: partners from three countries met in person in Gdańsk, while the Danish and Estonian partners took part online.</p>"),
                ("heading", "On the agenda"),
                ("paragraph", "<ul><li>The material the project had added to the platform so far</li><li>Ideas for developing the platform further</li><li>The partners' application to Erasmus+ for a follow-up project from summer 2022, with Poland as lead partner</li></ul>"),
                ("paragraph", "<p>The next steps were a development meeting in Denmark in late spring 2022 and a final evaluation meeting in Lithuania in August 2022.</p>"),
                ("image", {"image": "gdansk-waterfront", "alt_text": "Historic buildings along the waterfront in Gdańsk", "caption": "Partners from three countries met in person in Gdańsk."}),
            ],
            "da": [
                ("paragraph", "<p>På grund af coronapandemien blev mødet holdt i en hybrid form: Partnere fra tre lande mødtes fysisk i Gdańsk, mens de danske og estiske partnere deltog online.</p>"),
                ("heading", "På dagsordenen"),
                ("paragraph", "<ul><li>Det materiale, projektet indtil da havde tilføjet platformen</li><li>Idéer til den videre udvikling af platformen</li><li>Partnernes ansøgning til Erasmus+ om et opfølgende projekt fra sommeren 2022 med Polen som leadpartner</li></ul>"),
                ("paragraph", "<p>De næste skridt var et udviklingsmøde i Danmark i det sene forår 2022 og et afsluttende evalueringsmøde i Litauen i august 2022.</p>"),
                ("image", {"image": "gdansk-waterfront", "alt_text": "Historiske bygninger langs havnefronten i Gdańsk", "caption": "Partnere fra tre lande mødtes fysisk i Gdańsk."}),
            ],
            "lv": [
                ("paragraph", "<p>COVID-19 pandēmijas dēļ sanāksme notika hibrīdformātā: partneri no trim valstīm tikās klātienē Gdaņskā, bet Dānijas un Igaunijas partneri piedalījās tiešsaistē.</p>"),
                ("heading", "Darba kārtībā"),
                ("paragraph", "<ul><li>Materiāli, ko projekts līdz tam bija pievienojis platformai</li><li>Idejas platformas turpmākai attīstībai</li><li>Partneru pieteikums Erasmus+ programmai turpinājuma projektam no 2022. gada vasaras ar Poliju kā vadošo partneri</li></ul>"),
                ("paragraph", "<p>Nākamie soļi bija attīstības sanāksme Dānijā 2022. gada vēlā pavasarī un noslēguma izvērtēšanas sanāksme Lietuvā 2022. gada augustā.</p>"),
                ("image", {"image": "gdansk-waterfront", "alt_text": "Vēsturiskas ēkas Gdaņskas krastmalā", "caption": "Partneri no trim valstīm tikās klātienē Gdaņskā."}),
            ],
            "sv": [
                ("paragraph", "<p>På grund av covid-19-pandemin hölls mötet i hybridform: partner från tre länder träffades på plats i Gdańsk, medan de danska och estniska partnerna deltog digitalt.</p>"),
                ("heading", "På dagordningen"),
                ("paragraph", "<ul><li>Det material som projektet dittills hade lagt till på plattformen</li><li>Idéer för den fortsatta utvecklingen av plattformen</li><li>Partnernas ansökan till Erasmus+ om ett uppföljningsprojekt från sommaren 2022, med Polen som huvudpartner</li></ul>"),
                ("paragraph", "<p>Nästa steg var ett utvecklingsmöte i Danmark under senvåren 2022 och ett avslutande utvärderingsmöte i Litauen i augusti 2022.</p>"),
                ("image", {"image": "gdansk-waterfront", "alt_text": "Historiska byggnader längs vattnet i Gdańsk", "caption": "Partner från tre länder träffades på plats i Gdańsk."}),
            ],
        },
    },
    {
        "slug": "senbs-development-meeting-denmark-2022",
        "starts_at": "2022-05-31T09:30",
        "ends_at": "2022-05-31T16:30",
        "all_day": False,
        "time_zone": "Europe/Copenhagen",
        "attendance_mode": "offline",
        "status": "scheduled",
        "venue_name": "",
        "address": "",
        "city": "",
        "country": "DK",
        "online_url": "",
        "registration_url": "",
        "organiser": "SENBS project partners",
        "title": {"en": "SENBS development meeting in Denmark"},
        "intro": {
            "en": "A partner meeting in workshop format on how socialenterprisebsr.net can develop and whether more countries should join the network."
        },
        "body": {
            "en": [
                ("paragraph", "<p>After the midterm meeting in Gdańsk, the SENBS partners planned a development meeting in Denmark. Working in a workshop format, they were to look at how the platform can grow after the project ends.</p>"),
                ("paragraph", "<p>One question on the table was whether to involve more countries. Finland, Sweden, Norway and Germany had been linked to the platform through earlier projects.</p>"),
                ("paragraph", "<p><i>The date shown is indicative: the meeting was planned for the end of May or the beginning of June 2022.</i></p>"),
            ]
        },
    },
    {
        "slug": "senbs-final-meeting-lithuania-2022",
        "starts_at": "2022-08-23T09:30",
        "ends_at": "2022-08-23T16:00",
        "all_day": False,
        "time_zone": "Europe/Vilnius",
        "attendance_mode": "offline",
        "status": "scheduled",
        "venue_name": "",
        "address": "",
        "city": "",
        "country": "LT",
        "online_url": "",
        "registration_url": "",
        "organiser": "SENBS project partners",
        "title": {"en": "SENBS final evaluation meeting in Lithuania"},
        "intro": {
            "en": "The closing partner meeting of the SENBS project, planned for Lithuania at the end of the project period."
        },
        "body": {
            "en": [
                ("paragraph", "<p>SENBS ran from September 2020 to August 2022. At the final meeting the partners were to evaluate the project's results and the state of the network.</p>"),
                ("paragraph", "<p>Besides the project work, SENBS included partner meetings meant to keep the network alive and develop it, each held only if the COVID-19 situation allowed.</p>"),
                ("paragraph", "<p><i>The date shown is indicative: the meeting was planned for August 2022.</i></p>"),
            ]
        },
    },
    {
        "slug": "online-workshop-impact-by-gender-2027",
        "starts_at": "2027-02-18T13:00",
        "ends_at": "2027-02-18T15:00",
        "all_day": False,
        "time_zone": "Europe/Riga",
        "attendance_mode": "online",
        "status": "scheduled",
        "venue_name": "",
        "address": "",
        "city": "",
        "country": None,
        "online_url": "https://example.org/workshops/impact-by-gender",
        "registration_url": "https://example.org/register/impact-by-gender-2027",
        "organiser": "Baltic Commons editors",
        "title": {
            "en": "Online workshop: reporting jobs and enterprises by gender",
            "da": "Online-workshop: rapportér job og virksomheder fordelt på køn",
            "lv": "Tiešsaistes darbnīca: darbvietu un uzņēmumu uzskaite pa dzimumiem",
            "sv": "Digital workshop: redovisa jobb och företag uppdelat på kön",
        },
        "intro": {
            "en": "A two-hour practical session for social entrepreneurs and public officials who want to report employment results split by gender.",
            "da": "En praktisk session på to timer for sociale iværksættere og offentligt ansatte, der vil rapportere beskæftigelsesresultater fordelt på køn.",
            "lv": "Divu stundu praktiska nodarbība sociālajiem uzņēmējiem un valsts pārvaldes darbiniekiem, kuri vēlas ziņot par nodarbinātības rezultātiem, nodalot datus pa dzimumiem.",
            "sv": "Ett praktiskt pass på två timmar för sociala entreprenörer och offentliganställda som vill redovisa sysselsättningsresultat uppdelat på kön.",
        },
        "body": {
            "en": [
                ("paragraph", "<p>Participants bring one figure from their own organisation or programme, such as jobs created or new enterprises supported, and leave with a record they can reuse: the period, the total, the split into women, men and other or unknown, a baseline, a target and a link to the evidence.</p>"),
                ("paragraph", "<p><b>Programme</b></p><ul><li>A short introduction to IRIS+ and ERDF employment indicators</li><li>Group work on participants' own figures</li><li>Questions and answers</li></ul>"),
                ("call_to_action", {"title": "Register for the workshop", "text": "Participation is free of charge. The workshop is held in English.", "button_label": "Register", "url": "https://example.org/register/impact-by-gender-2027"}),
            ],
            "da": [
                ("paragraph", "<p>Deltagerne medbringer ét tal fra deres egen organisation eller deres eget program, fx skabte job eller nye virksomheder, der har fået støtte, og går derfra med en registrering, de kan genbruge: perioden, det samlede tal, fordelingen på kvinder, mænd og andet eller ukendt, en baseline, et mål og et link til dokumentationen.</p>"),
                ("paragraph", "<p><b>Program</b></p><ul><li>En kort introduktion til IRIS+ og EFRU's beskæftigelsesindikatorer</li><li>Gruppearbejde med deltagernes egne tal</li><li>Spørgsmål og svar</li></ul>"),
                ("call_to_action", {"title": "Tilmeld dig workshoppen", "text": "Deltagelse er gratis. Workshoppen foregår på engelsk.", "button_label": "Tilmeld dig", "url": "https://example.org/register/impact-by-gender-2027"}),
            ],
            "lv": [
                ("paragraph", "<p>Dalībnieki atnes vienu skaitli no savas organizācijas vai programmas, piemēram, radīto darbvietu vai atbalstīto jauno uzņēmumu skaitu, un aiziet ar ierakstu, ko var izmantot atkārtoti: periods, kopskaits, sadalījums pa sievietēm, vīriešiem un citiem vai nezināmiem, bāzes vērtība, mērķis un saite uz pierādījumiem.</p>"),
                ("paragraph", "<p><b>Programma</b></p><ul><li>Īss ievads IRIS+ un ERAF nodarbinātības rādītājos</li><li>Grupu darbs ar dalībnieku pašu skaitļiem</li><li>Jautājumi un atbildes</li></ul>"),
                ("call_to_action", {"title": "Piesakieties darbnīcai", "text": "Dalība ir bez maksas. Darbnīca notiks angļu valodā.", "button_label": "Pieteikties", "url": "https://example.org/register/impact-by-gender-2027"}),
            ],
            "sv": [
                ("paragraph", "<p>Deltagarna tar med en siffra från sin egen organisation eller sitt eget program, till exempel skapade jobb eller nya företag som fått stöd, och går därifrån med en post som de kan återanvända: perioden, totalen, fördelningen på kvinnor, män och annat eller okänt, ett utgångsvärde, ett mål och en länk till underlaget.</p>"),
                ("paragraph", "<p><b>Program</b></p><ul><li>En kort introduktion till IRIS+ och Eruf:s sysselsättningsindikatorer</li><li>Grupparbete med deltagarnas egna siffror</li><li>Frågor och svar</li></ul>"),
                ("call_to_action", {"title": "Anmäl dig till workshoppen", "text": "Deltagandet är kostnadsfritt. Workshoppen hålls på engelska.", "button_label": "Anmäl dig", "url": "https://example.org/register/impact-by-gender-2027"}),
            ],
        },
    },
    {
        "slug": "baltic-social-economy-forum-2027",
        "starts_at": "2027-05-20T09:00",
        "ends_at": "2027-05-21T16:00",
        "all_day": False,
        "time_zone": "Europe/Riga",
        "attendance_mode": "mixed",
        "status": "scheduled",
        "venue_name": "Venue to be announced",
        "address": "",
        "city": "Riga",
        "country": "LV",
        "online_url": "https://example.org/forum-2027/stream",
        "registration_url": "https://example.org/forum-2027/register",
        "organiser": "Baltic Commons editors",
        "title": {"en": "Baltic Sea Region social economy forum 2027"},
        "intro": {
            "en": "Two days for social entrepreneurs, support organisations and decision makers from around the Baltic Sea to compare notes on policy, finance and inclusion."
        },
        "body": {
            "en": [
                ("paragraph", "<p>The forum brings together social entrepreneurs, support organisations, researchers and public officials from around the Baltic Sea. The programme mixes short talks with working sessions in small groups.</p>"),
                ("heading", "Themes"),
                ("paragraph", "<ul><li>Inclusive support for founders from vulnerable groups</li><li>Small-scale finance for social start-ups</li><li>Reporting impact with a gender split</li><li>Partnerships across borders</li></ul>"),
                ("faq", {"title": "Practical information", "items": [
                    {"question": "Can I take part online?", "answer": "<p>Yes. The plenary sessions are streamed; the working sessions take place on site only.</p>"},
                    {"question": "Which language is used?", "answer": "<p>The forum is held in English.</p>"},
                ]}),
                ("call_to_action", {"title": "Save your place", "text": "Registration for on-site and online participation.", "button_label": "Register", "url": "https://example.org/forum-2027/register"}),
            ]
        },
    },
]
