// Word lists the people and quote extractors share. These are generic English/news vocabulary
// (titles, role nouns, speech verbs, place and organisation words), never names from a corpus.

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Honorifics and ranks that precede a name (compared as written, dots included). */
export const TITLES = set(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Rev Rev. Reverend
  Maj. Gen. Lt. Col. Capt. Cpt. Sgt. Cpl. Pvt. Adm. Brig. Cmdr. Cdr. Sen. Rep. Gov. Gens. Supt. Det. Insp.
  Maj Gen Lt Col Capt Sgt Adm Brig Sen Rep Gov Det Insp Supt Hon. Hon Fr. Fr St. Amb. Atty.
  President Vice Prime Minister Secretary Chancellor King Queen Prince Princess Pope Emperor Sultan
  General Colonel Captain Lieutenant Sergeant Corporal Private Admiral Commander Marshal Brigadier Major
  Mayor Governor Senator Congressman Congresswoman Representative Ambassador Attorney Assistant Deputy
  Chief Leader Speaker Chairman Chairwoman Director Commissioner Sheriff Detective Inspector Officer
  Superintendent Constable Coach Bishop Archbishop Cardinal Imam Rabbi Sheikh Sheik Emir Ayatollah Judge
  Justice Magistrate Crown Majority Minority Foreign Defense Defence Interior Home State Health Finance
  Treasury Senate House Supreme Justice Agriculture Education Energy Transport Transportation Labor
  Homeland Security Commerce Trade Environment Culture Sports Secretary-General Premier Chief-of-Staff Staff
  Executive Founder Spokesman Spokeswoman Pastor Father Brother Sister Mother Saint Dean Chair
  Councillor Councilman Councilwoman Alderman Lawmaker Delegate Envoy Patriarch Grand Ayatollah Mullah Prophet
`);

/** Titles that stand alone before a single surname and make it a person ("President Bush", "Mr Yeaman"). */
export const PERSON_TITLES = set(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Rev Rev. Reverend
  Maj. Gen. Lt. Col. Capt. Sgt. Cpl. Pvt. Adm. Brig. Cmdr. Sen. Rep. Gov. Det. Insp. Supt.
  President Chancellor King Queen Prince Princess Pope General Colonel Captain Lieutenant Sergeant
  Mayor Governor Senator Congressman Congresswoman Ambassador Judge Justice Sheikh Emir Ayatollah
  Detective Inspector Officer Constable Coach Bishop Archbishop Cardinal Imam Rabbi Father Pastor Prophet
`);

/** Name suffixes dropped from the name ("Jr.", "QC"). */
export const NAME_SUFFIXES = set(`Jr. Jr Sr. Sr II III IV QC KC MP MEP OBE MBE CBE PhD MD`);

/** Lower-case particles that may sit inside a name ("Osama bin Laden", "AB de Villiers"). */
export const PARTICLES = set(`bin ibn bint de du da das dos del della der den van von la le di al el ben abu ter`);

/** Nouns for jobs, relations and descriptions of people ("spokesman", "prosecutor", "friend"). */
export const ROLE_NOUNS = set(`
  spokesman spokeswoman spokesperson prosecutor lawyer attorney solicitor barrister judge witness
  trader star actor actress singer author writer novelist poet playwright director producer editor
  editor-in-chief reporter correspondent photographer journalist presenter host anchor columnist commentator pundit panelist
  co-pilot pilot captain skipper coach manager player striker goalkeeper defender midfielder
  batsman bowler cricketer footballer golfer boxer athlete champion chairman chairwoman chair
  president vice-president minister secretary ambassador envoy official officer commander general
  leader chief head founder co-founder owner survivor victim resident neighbour neighbor friend
  girlfriend boyfriend fiancee fiance wife husband partner son daughter mother father brother sister
  uncle aunt cousin nephew niece grandson granddaughter grandmother grandfather mum mom dad parent
  colleague classmate teacher student sophomore freshman junior senior professor doctor surgeon
  nurse psychologist psychiatrist expert analyst researcher scientist economist activist defendant
  suspect mayor governor senator congressman congresswoman lawmaker legislator candidate ceo
  businessman businesswoman entrepreneur investor banker comedian musician rapper artist designer
  model veteran soldier sergeant detective inspector constable superintendent sheriff deputy
  diplomat adviser advisor aide boss chef farmer worker employee engineer mechanic driver
  teammate team-mate pensioner pastor priest imam rabbi bishop cleric monk nun chancellor premier
  governor-general commissioner administrator coordinator organiser organizer organizer founder
  executive president-elect historian archaeologist curator biographer diarist specialist
  consultant contractor inventor architect developer landlord tenant shopkeeper owner manager
  fighter militant commander rebel soldier medic paramedic firefighter policeman policewoman
  officer agent investigator coroner pathologist magistrate negotiator mediator observer monitor
  director-general secretary-general undersecretary councillor councilman alderman mp queen king
  prince princess emir sheikh heir spokesmen laureate hooker prop flanker fly-half scrum-half
  winger full-back fullback quarterback linebacker pitcher outfielder shortstop forward
  wicketkeeper keeper all-rounder sprinter swimmer cyclist jockey trainer referee umpire
  skier snowboarder gymnast
  successor predecessor magnate tycoon mogul billionaire millionaire oligarch dissident philanthropist socialite heiress
`);

/** Verbs that report speech or writing, in the forms a news report uses. */
export const SPEECH_VERBS = set(`
  said says say saying told tells tell telling added adds adding explained explains explaining
  stated noted noting wrote writes writing asked asks replied answered
  declared declares insisted insists argued argues claimed warned warns recalled recalls
  continued concluded confirmed confirms announced announces reported
  revealed reveals admitted admits acknowledged acknowledges described describes urged
  stressed remarked commented tweeted posted recounted
  recounts observed suggested suggests predicted predicts promised vowed
  conceded concedes cautioned shouted yelled screamed cried whispered sighed joked
  laughed boasted pleaded testified testifies alleged alleges maintained
  emphasised emphasized emphasises emphasizes agreed responded
  quipped mused exclaimed blogged texted
`);

/** Auxiliaries and adverbs that may stand between a speaker and the speech verb ("Bush will say"). */
export const AUX_WORDS = set(`will would has have had also later then previously earlier once
  again further simply just still recently only even repeatedly publicly reportedly allegedly
  has been was is did does can could may might shall should must not never`);

/** Pronouns that can stand for a speaker. */
export const SUBJECT_PRONOUNS = set(`he she they He She They`);

/** Capitalised words that start sentences or modify nouns and are never part of a person's name. */
export const COMMON_CAPITALISED = set(`
  The A An And But Or Nor So Yet For In On At To From By With Without Of Off Over Under After
  Before Since Until As If When While Where Why How What Which Who Whom Whose That This These Those
  There Here It Its He She His Her Him They Them Their We Our Us You Your I My Me Mine
  Some Many Most More Much Few All Any Each Every Both Either Neither No Not None Other Another
  Such One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Then Now
  Today Yesterday Tomorrow Tonight Also Even Only Just Still Already Yet However Meanwhile
  Although Though Because Despite Among Across Around About Above Below Between Into Through
  During Against Within Along Toward Towards Near Outside Inside Like Unlike Per Via
  Mr Mrs Ms Dr Sir Madam Yes Well Oh Please Thanks Thank Hello Dear Read Watch See Click Photos
  Video Videos Photo Gallery Scroll Share Follow Related Opinion Editor Editors Note Update Updated
  Breaking News Police Officials Authorities Government Court Court's Army Military Rebels Rebel
  State Federal National International Local Regional Northern Southern Eastern Western North South
  East West Central Upper Lower New Old Great Greater Little Big Saint St Holy God Allah Christ
  Christmas Easter Ramadan Eid Islam Islamic Muslim Muslims Christian Christians Jewish Jews Jew
  Catholic Protestant Sunni Shiite Shia Kurdish Kurds Arab Arabs Western Westerners Internet Web
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Mon Tue Wed Thu Fri Sat Sun AM PM GMT ET EST BST UTC Am Pm
  Republican Republicans Democrat Democrats Democratic Conservative Conservatives Labour Liberal
  Liberals Tory Tories Green Greens Independent Senate House Congress Parliament Cabinet
  Do Did Does Don't Can Could Would Should Will Shall May Might Must Is Are Was Were Be Been Being
  Have Has Had Let Get Got Make Made Go Went Come Came Take Took Give Gave Say Said Says Tell Told
  Why Who Whatever Whoever Whichever Wherever Whenever Everyone Everybody Nobody Someone Somebody
  Anyone Anybody Something Nothing Everything Anything Sources Source Witnesses Residents Experts
  Analysts Investigators Prosecutors Officers Soldiers Troops Forces Militants Fighters Activists
  Protesters Demonstrators Students Doctors Family Families Friends Relatives Neighbors Neighbours
  Fans Viewers Readers Users Critics Supporters Opponents Members Leaders Lawmakers Voters
  Earlier Later Previously Recently Finally Initially Eventually Currently Overall Instead
  Including Following According Asked Speaking Describing Explaining Adding Saying Writing
  Mother Father Mum Mom Dad Brother Sister Son Daughter Wife Husband Uncle Aunt Grandma Grandpa
  Baby Boy Girl Man Woman Men Women People Person Child Children Kids Teen Teens
  OK Okay Sorry Hey Hi Wow Ah Yeah Amen Fellow
`);

/** Words that mark a capitalised run as an organisation, place, event or thing, not a person. */
export const NON_PERSON_WORDS = set(`
  Administration Rovers Wanderers Albion Hotspur Villa Athletic Rangers Argyle Thistle Laboratory
  Laboratories Lab Labs Stakes Hurdle Handicap Trophy Invitational Marathon Chase Derby Circuit Prix Management Resources Alpha Gamma Epsilon Zeta Theta Iota Kappa Lambda
  Sigma Upsilon Omega Omicron
  Rescue Shelter Sanctuary Army Navy Force Forces Corps Guard Guards Brigade Brigades Battalion Regiment Division Command
  Agency Agencies News Network Networks Press Post Times Journal Daily Herald Tribune Gazette
  Telegraph Mail Express Mirror Sun Guardian Observer Magazine Radio TV Television Channel Online
  Airlines Airline Airways Air Airport Bank Banks Group Company Corporation Corp Corp. Inc Inc.
  Ltd Ltd. LLC Holdings Industries Partners Association Society Foundation Trust Fund Institute
  Institution Center Centre Council Committee Committees Commission Ministry Department Office
  Bureau Service Services Authority Board Union League Federation Alliance Coalition Party Front
  Movement Organization Organisation Observatory Council Parliament Assembly Congress Senate
  Court Courts Tribunal University College School Academy Hospital Clinic Church Cathedral Mosque
  Temple Museum Gallery Library Theatre Theater Stadium Arena Park Square Street St. Road Avenue
  Boulevard Lane Drive Highway Bridge Station Tower Hotel Palace House Hall Building Plaza Mall
  Market Garden Gardens Memorial Monument Abbey Chapel Zoo Tech City Town Village County Province State States Region District Island Islands Beach Bay
  Coast River Lake Sea Ocean Mountain Mountains Mount Valley Desert Forest Hill Hills Peninsula
  Gulf Strait Canal Camp Base Prison Jail Club United Kingdom Republic Empire Nations Union
  Kingdom Emirates Festival Cup Championship Championships Olympics Games Open Series Awards
  Award Prize Show Project Program Programme Operation Act Bill Law Treaty Convention Accord
  Summit Conference Forum War Revolution Spring Crisis Affair Scandal Day Week Month Year
  Hurricane Storm Tropical Flight Express Mission Station Rights Human Liberation Resistance
  Islamic Jihad Qaeda Hamas Hezbollah Taliban ISIS ISIL Shabaab Haram Brotherhood Coalition
  Catholic Christian Muslim Baptist Methodist Labor Labour Democratic Republican Liberal
  Conservative Communist Socialist Green Google Apple Facebook Twitter Microsoft Amazon YouTube
  Instagram Reuters Associated Bloomberg CNN BBC ABC CBS NBC Fox AFP AP Inc Studios Records
  Pictures Entertainment Media Productions Publishing Books Hotel Restaurant Cafe Bar Pub Shop
  Store Stores Supermarket Motors Motor Energy Oil Gas Petroleum Steel Pharmaceuticals Health
  Care Insurance Capital Securities Exchange Stock Street Wall Index Dollar Euro Pound
  Unit Units Squad Team Police Constabulary Gendarmerie Prosecutor Prosecutors Attorney's
  Commonwealth Federal Central National International Global World Royal Imperial Nazi
  Internet Web Super Bowl Series Premier Champions Europa FIFA UEFA NFL NBA MLB NHL NATO EU UN
  U.N. U.S. UK U.K. USA US Facility Plant Factory Mine Port Harbor Harbour Terminal
`);

/** Nationality and demonym adjectives ("Syrian", "French"): never part of a person's name. */
export const NATIONALITIES = set(`
  American British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch
  Belgian Swiss Austrian Swedish Norwegian Danish Finnish Icelandic Polish Czech Slovak Hungarian
  Romanian Bulgarian Greek Turkish Cypriot Russian Ukrainian Belarusian Georgian Armenian Serbian
  Croatian Bosnian Albanian Kosovar Macedonian Slovenian Lithuanian Latvian Estonian Syrian
  Iraqi Iranian Israeli Palestinian Lebanese Jordanian Egyptian Libyan Tunisian Algerian Moroccan
  Saudi Yemeni Omani Qatari Kuwaiti Emirati Bahraini Afghan Pakistani Indian Bangladeshi Sri
  Nepalese Chinese Japanese Korean Taiwanese Vietnamese Thai Cambodian Burmese Malaysian
  Indonesian Filipino Singaporean Australian Kiwi Zealander Canadian Mexican Cuban Brazilian
  Argentine Argentinian Chilean Colombian Venezuelan Peruvian Bolivian Ecuadorian Nigerian Kenyan
  Ethiopian Somali Sudanese Ugandan Rwandan Congolese Ghanaian Senegalese Malian Cameroonian
  Zimbabwean Tanzanian Angolan Mozambican Namibian Samoan Fijian Tongan Haitian Jamaican
  European African Asian Latin Arab Arabic Persian Kurdish Jewish Hispanic Western Eastern
  Southern Northern Democratic Republican Shiite Sunni Christian Muslim Catholic Islamist
  Briton Britons Spaniard Frenchman Frenchwoman Englishman Englishwoman Scotsman Scotswoman
  Welshman Welshwoman Irishman Irishwoman Dutchman Dutchwoman
`);

/** Countries, regions and large cities: a run holding one of these is a place, not a person. */
export const PLACES = set(`
  Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Bahrain
  Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada
  Chile China Colombia Congo Croatia Cuba Cyprus Czech Denmark Ecuador Egypt England
  Eritrea Estonia Ethiopia Europe Finland France Gaza Germany Ghana Greece Guatemala
  Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan
  Kazakhstan Kenya Korea Kosovo Kuwait Laos Latvia Lebanon Libya Lithuania Luxembourg
  Macedonia Madagascar Malaysia Mali Malta Mexico Moldova Mongolia Montenegro Morocco Mozambique
  Myanmar Burma Namibia Nepal Netherlands Holland Nicaragua Niger Nigeria Norway Oman Pakistan
  Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa
  Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland
  Syria Taiwan Tajikistan Tanzania Thailand Tibet Tunisia Turkey Uganda Ukraine Uruguay
  Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe Africa Asia America Americas Antarctica
  Arctic Caribbean Balkans Middle Kashmir Crimea Chechnya Darfur Sinai Kurdistan
  Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho
  Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
  Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas
  Utah Vermont Washington Wisconsin Wyoming Dakota Hampshire Jersey Manhattan
  Brooklyn Queens Bronx Chicago Boston Atlanta Houston Dallas Miami Denver Seattle Detroit
  Philadelphia Baltimore Phoenix Vegas Angeles Francisco Diego Orleans Hollywood Ontario Quebec
  Toronto Vancouver Montreal London Paris Berlin Madrid Rome Milan Vienna Moscow Kiev Kyiv Warsaw
  Prague Budapest Athens Istanbul Ankara Brussels Amsterdam Geneva Zurich Stockholm Oslo
  Copenhagen Dublin Edinburgh Glasgow Manchester Liverpool Birmingham Leeds Bristol Cardiff
  Belfast Lisbon Barcelona Munich Frankfurt Hamburg Cologne Dusseldorf Marseille Lyon Nice
  Damascus Aleppo Homs Hama Idlib Beirut Baghdad Basra Mosul Tehran Kabul Kandahar Islamabad
  Karachi Lahore Delhi Mumbai Calcutta Kolkata Beijing Shanghai Hong Kong Tokyo Seoul Pyongyang
  Bangkok Jakarta Manila Sydney Melbourne Brisbane Perth Adelaide Auckland Wellington Cairo
  Alexandria Tripoli Benghazi Tunis Algiers Khartoum Nairobi Mogadishu Lagos Abuja Johannesburg
  Dubai Doha Riyadh Jeddah Mecca Medina Sanaa Aden Amman Jerusalem Tel Aviv Ramallah Riyadh
  Caracas Bogota Lima Havana Mexico Brasilia Rio Janeiro Paulo Buenos Aires Santiago Essex Kent
  Surrey Sussex Yorkshire Lancashire Cornwall Devon Dorset Hampshire Cheshire Norfolk Suffolk
  Westminster Downing Whitehall Kremlin Pentagon Vatican Alps Himalayas Everest Nile Amazon
  Thames Mediterranean Atlantic Pacific Persian Maiduguri Borno L.A. D.C. N.Y. S.F.
`);

/** Prepositions after which a capitalised run is a place ("in Aleppo", "near Damascus"). */
export const PLACE_PREPOSITIONS = set(`in at near from outside inside into across toward towards
  throughout via around through within to`);

/** Determiners and function words that end a description or subject phrase when walking back. */
export const FUNCTION_WORDS = set(`the a an and or but that which who whom whose this these those
  of to in on at for with by from as than then when while after before said says told his her
  their its our my your is was were are be been had has have will would not also`);
