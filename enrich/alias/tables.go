package alias

// The reference tables, as text so they read (and review) as tables. They are
// parsed once by New into immutable lookup maps.

// titleTable lists job titles and honorifics that stand before a name, one
// per line, lowercase. A line holds the words of one title; "head" titles
// may stand alone, "mod" words only qualify a following title ("foreign
// minister", "deputy prime minister"). Titles followed by "of" take a domain
// from domainTable ("secretary of state", "minister of foreign affairs").
const titleTable = `
head president
head vice president
head president-elect
head prime minister
head premier
head minister
head secretary
head secretary-general
head secretary general
head undersecretary
head under secretary
head spokesman
head spokeswoman
head spokesperson
head press secretary
head senator
head sen.
head rep.
head representative
head congressman
head congresswoman
head governor
head gov.
head mayor
head ambassador
head envoy
head adviser
head advisor
head aide
head chancellor
head vice chancellor
head king
head queen
head prince
head princess
head crown prince
head emperor
head empress
head pope
head sheikh
head emir
head ayatollah
head archbishop
head bishop
head cardinal
head rev.
head reverend
head pastor
head rabbi
head imam
head mr.
head mr
head mrs.
head mrs
head ms.
head ms
head dr.
head dr
head prof.
head professor
head sir
head dame
head lord
head baroness
head general
head gen.
head lt.
head lieutenant
head lieutenant general
head maj.
head major
head col.
head colonel
head capt.
head captain
head cmdr.
head commander
head adm.
head admiral
head sgt.
head sergeant
head marshal
head field marshal
head ceo
head cfo
head coo
head chief executive
head chief executive officer
head chairman
head chairwoman
head chairperson
head chair
head director
head director-general
head director general
head commissioner
head judge
head justice
head chief justice
head attorney general
head prosecutor
head speaker
head leader
head coach
head founder
head co-founder
head executive
head officer
mod deputy
mod vice
mod acting
mod interim
mod former
mod ex-
mod late
mod then-
mod chief
mod senior
mod special
mod top
mod foreign
mod defence
mod defense
mod finance
mod interior
mod economy
mod economic
mod trade
mod justice
mod health
mod energy
mod security
mod national
mod foreign affairs
mod foreign policy
mod press
mod presidential
mod managing
mod executive
mod general
mod assistant
mod associate
mod principal
mod first
mod supreme
mod lead
`

// domainTable lists the domains a title takes after "of" ("secretary of
// state", "minister of foreign affairs"), one per line, lowercase.
const domainTable = `
state
defense
defence
foreign affairs
the interior
interior
home affairs
finance
the treasury
treasury
justice
health
health and human services
homeland security
energy
commerce
trade
agriculture
labor
labour
education
transportation
transport
economy
economic development
culture
war
the navy
the army
the air force
staff
the joint chiefs of staff
`

// placeTable lists countries, regions and well-known places with their
// abbreviations, variant names (exonym/endonym pairs) and demonyms:
//
//	canonical name | other names and abbreviations | demonyms
//
// Demonyms fold into the place when Options.SeparateDemonyms is false.
const placeTable = `
United States | US, U.S., USA, U.S.A., America, United States of America, the States | American, Americans
United Kingdom | UK, U.K., Britain, Great Britain | British, Briton, Britons
Russia | Russian Federation | Russian, Russians
Ukraine | | Ukrainian, Ukrainians
Belarus | Byelorussia, Belorussia | Belarusian, Belarusians
China | People's Republic of China, PRC | Chinese
Taiwan | | Taiwanese
Japan | | Japanese
South Korea | Republic of Korea | South Korean, South Koreans
North Korea | DPRK | North Korean, North Koreans
India | | Indian, Indians
Pakistan | | Pakistani, Pakistanis
Afghanistan | | Afghan, Afghans
Iran | | Iranian, Iranians
Iraq | | Iraqi, Iraqis
Syria | | Syrian, Syrians
Israel | | Israeli, Israelis
Palestine | Palestinian territories | Palestinian, Palestinians
Lebanon | | Lebanese
Jordan | | Jordanian, Jordanians
Egypt | | Egyptian, Egyptians
Saudi Arabia | | Saudi, Saudis
United Arab Emirates | UAE, U.A.E. | Emirati, Emiratis
Qatar | | Qatari, Qataris
Yemen | | Yemeni, Yemenis
Turkey | Türkiye, Turkiye | Turkish
Greece | | Greek, Greeks
France | | French
Germany | | German, Germans
Italy | | Italian, Italians
Spain | | Spanish
Portugal | | Portuguese
Netherlands | Holland, the Netherlands | Dutch
Belgium | | Belgian, Belgians
Switzerland | | Swiss
Austria | | Austrian, Austrians
Poland | | Polish, Poles
Czech Republic | Czechia | Czech, Czechs
Slovakia | | Slovak, Slovaks
Hungary | | Hungarian, Hungarians
Romania | | Romanian, Romanians
Bulgaria | | Bulgarian, Bulgarians
Serbia | | Serbian, Serbians, Serbs
Croatia | | Croatian, Croatians
Moldova | Moldavia | Moldovan, Moldovans
Georgia | | Georgian, Georgians
Armenia | | Armenian, Armenians
Azerbaijan | | Azerbaijani, Azerbaijanis
Kazakhstan | | Kazakh, Kazakhs
Lithuania | | Lithuanian, Lithuanians
Latvia | | Latvian, Latvians
Estonia | | Estonian, Estonians
Finland | | Finnish, Finns
Sweden | | Swedish, Swedes
Norway | | Norwegian, Norwegians
Denmark | | Danish, Danes
Ireland | | Irish
Canada | | Canadian, Canadians
Mexico | | Mexican, Mexicans
Brazil | | Brazilian, Brazilians
Argentina | | Argentine, Argentinian, Argentines
Venezuela | | Venezuelan, Venezuelans
Colombia | | Colombian, Colombians
Chile | | Chilean, Chileans
Peru | | Peruvian, Peruvians
Cuba | | Cuban, Cubans
Australia | | Australian, Australians
New Zealand | | New Zealander, New Zealanders
Indonesia | | Indonesian, Indonesians
Philippines | the Philippines | Filipino, Filipinos, Philippine
Vietnam | Viet Nam | Vietnamese
Thailand | | Thai
Myanmar | Burma | Burmese
South Africa | | South African, South Africans
Nigeria | | Nigerian, Nigerians
Kenya | | Kenyan, Kenyans
Ethiopia | | Ethiopian, Ethiopians
Sudan | | Sudanese
Libya | | Libyan, Libyans
Algeria | | Algerian, Algerians
Morocco | | Moroccan, Moroccans
Ivory Coast | Côte d'Ivoire, Cote d'Ivoire | Ivorian, Ivorians
Europe | | European, Europeans
Africa | | African, Africans
Asia | | Asian, Asians
Latin America | | Latin American, Latin Americans
Middle East | Mideast | Middle Eastern
Kyiv | Kiev
Odesa | Odessa
Kharkiv | Kharkov
Lviv | Lvov
Dnipro | Dnipropetrovsk
Zaporizhzhia | Zaporizhzhya, Zaporozhye
Mykolaiv | Nikolaev, Mykolayiv
Chisinau | Kishinev
Beijing | Peking
Mumbai | Bombay
Chennai | Madras
Kolkata | Calcutta
Yangon | Rangoon
Almaty | Alma-Ata
Gaza | Gaza Strip
Washington | Washington D.C.
Moscow
London
Paris
Berlin
Brussels
Rome
Madrid
Warsaw
Vienna
Geneva
Ankara
Istanbul
Tehran
Baghdad
Damascus
Beirut
Jerusalem
Tel Aviv
Cairo
Riyadh
Doha
Dubai
Abu Dhabi
Minsk
Tokyo
Seoul
Pyongyang
New Delhi
Islamabad
Kabul
Ottawa
Brasilia
Buenos Aires
Caracas
Havana
Canberra
Pretoria
Nairobi
`

// orgTable lists well-known organisations with their abbreviations, and the
// buildings that stand for a government (metonyms: "Kremlin", "White
// House"), which are organisations of their own, never their city:
//
//	canonical name | other names and abbreviations
const orgTable = `
European Union | EU, E.U.
United Nations | UN, U.N.
North Atlantic Treaty Organization | NATO, North Atlantic Treaty Organisation
International Monetary Fund | IMF
World Health Organization | WHO, World Health Organisation
World Bank |
Group of 20 | G20, G-20, G 20, Group of Twenty
Group of Seven | G7, G-7, Group of 7
European Commission |
Associated Press | AP
Agence France-Presse | AFP, Agence France Presse
Kremlin |
White House |
Pentagon |
Downing Street |
Elysee Palace | Élysée, Elysee, Élysée Palace
Whitehall |
`

// orgHeads are words that make a phrase with a country in it an
// organisation ("Russian Foreign Ministry", "US State Department").
const orgHeads = `
ministry department office agency council commission committee service
services army navy force forces guard police court parliament government
embassy consulate administration cabinet senate congress assembly
mission delegation command
`

// nicknameTable lists the usual short forms of given names, one name a
// line: "canonical: short forms". Only forms that belong to one name are
// listed ("Chris" may be Christopher or Christine, so it is not).
const nicknameTable = `
michael: mike, mick, mickey
william: bill, billy, will, willy
robert: bob, bobby, rob, robbie, bert
joseph: joe, joey
james: jim, jimmy, jamie
thomas: tom, tommy
anthony: tony
stephen: steve, stevie
steven: steve, stevie
richard: dick, rick, ricky, rich
david: dave, davy
benjamin: ben
alexander: alex, sasha
daniel: dan, danny
matthew: matt
nicholas: nick, nicky
samuel: sam, sammy
edward: ed, eddie, ted, teddy
andrew: andy, drew
peter: pete
charles: charlie, chuck
kenneth: ken, kenny
ronald: ron, ronnie
donald: don, donnie
gregory: greg
jeffrey: jeff
timothy: tim, timmy
patrick: pat, paddy
jonathan: jon, jonny
lawrence: larry
gerald: gerry, jerry
elizabeth: liz, beth, betty, lizzie
margaret: maggie, peggy, meg
katherine: kate, kathy, katie
catherine: cathy, cate
jennifer: jen, jenny
rebecca: becky
deborah: debbie, deb
susan: sue, susie
vladimir: volodya, vova
dmitry: dima
`
