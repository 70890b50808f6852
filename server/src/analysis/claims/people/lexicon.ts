// Word lists for telling people from organisations, places and sentence-initial words.
// Kept small and general: each list is one signal among several, never the only test.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Titles stripped from a name; each also counts as evidence that a person follows. */
export const HONORIFICS = set(`
  mr. mrs. ms. mx. miss dr. prof. sir dame lord lady messrs. mr mrs ms dr
  dona senhora señora madame
  ma. wm. chas. jas. thos. geo. jos. benj. robt. saml.
`);

/** Office titles: evidence of a person and, with their modifiers, a role ("US President"). */
export const OFFICE_TITLES = set(`
  president vice-president president-elect sen. senator rep. representative congressman congresswoman gov. governor
  mayor judge chancellor minister premier secretary ambassador commissioner king queen prince princess pope sheikh
  emir sultan gen. col. colonel capt. captain lt. lieutenant sgt. sergeant adm. admiral rev. reverend rabbi imam
  bishop cardinal archbishop coach inspector detective chairman chairwoman ceo cllr. cllr councillor councilman
  councilwoman alderman dean sheriff marshal superintendent supt. det. insp. cpl. maj. amb. atty. pres. commandant chief
  commander cdr. cdr cmdr. cmdr lt commodore brigadier brig.
  lieutenant-colonel lieutenant-general lieutenant-commander major-general brigadier-general rear-admiral
  vice-admiral sergeant-major lance-corporal lt-col lt-gen maj-gen
`);

/** Nouns that name what a person is ("expert", "CEO"); organisations never take them as head. */
export const ROLE_NOUNS = set(`
  expert experts researcher scientist professor lecturer instructor economist analyst specialist engineer physician
  doctor vet veterinarian epidemiologist virologist biologist chemist physicist astronomer historian academic fellow scholar
  ceo cfo cto coo cio ciso executive officer founder co-founder cofounder owner chairman chairwoman chairperson chair
  president vice-president director manager spokesperson spokesman spokeswoman representative head chief boss
  partner investor entrepreneur billionaire mogul magnate tycoon consultant adviser advisor aide strategist agent
  senator lawmaker legislator congressman congresswoman minister secretary mayor governor councillor councilor
  mp mep msp mla mpp
  councilman councilwoman ambassador diplomat envoy official leader activist campaigner organiser organizer
  candidate premier chancellor commissioner prosecutor attorney lawyer judge investigator detective inspector
  sheriff sergeant trooper firefighter paramedic nurse surgeon teacher student resident witness survivor farmer
  worker employee author writer journalist reporter editor columnist correspondent host presenter anchor producer
  actor actress singer musician artist rapper comedian star athlete champion footballer striker midfielder
  defender goalkeeper forward winger captain coach player quarterback pitcher negotiator mediator pastor priest
  bishop rabbi imam banker trader developer designer architect member director-general secretary-general
  superintendent principal dean provost rector administrator coordinator organiser treasurer steward
  commander commandant general colonel lieutenant admiral soldier veteran officer constable master warden
  ranger pilot conductor clerk registrar coroner chaplain curator librarian surveyor technician dispatcher forecaster
  baker butcher shopkeeper grocer fisherman plumber carpenter mechanic driver motorist passenger commuter
  pensioner retiree homeowner landlord landlady tenant neighbour neighbor volunteer angler hiker climber
  shepherd innkeeper hotelier publican waiter waitress bartender hairdresser tailor miner rancher vintner
  keeper zookeeper gamekeeper beekeeper groundskeeper housekeeper caretaker
  mum mom mother dad father grandmother grandfather
`);

/** People by their trade, also in words no list holds: "hydrologist", "paediatrician", "psychiatrist". */
const ROLE_SUFFIX = /^\p{Ll}{3,}(?:ologist|ist|ician|iatrist)$/u;

/** A lower-case word that names what a person is: a role noun or a trade by its ending. */
export function isRoleWord(lower: string): boolean {
  // A trade by its ending has at least six characters (three letters and "ist").
  // The pattern's endings all end in "ist" or "ician": words without one skip it.
  return ROLE_NOUNS.has(lower) || (lower.length >= 6 && (lower.endsWith('ist') || lower.endsWith('ician')) && ROLE_SUFFIX.test(lower));
}

/** Head nouns of organisations and things: an apposition headed by one of these is not a role. */
export const THING_NOUNS = set(`
  firm company group service platform organisation organization agency site website app startup start-up network
  outlet newspaper publication body party charity union coalition alliance bank fund business brand provider
  maker manufacturer retailer operator tool product system programme program project club team department
  ministry government authority institute university college school hospital council committee board
  think-tank tank nonprofit non-profit subsidiary unit division league federation association consultancy
`);

/** Words that close an organisation's or a place's name. */
export const ORG_WORDS = set(`
  university college institute institution school academy center centre department ministry agency office
  bureau council committee commission authority board court police army navy force forces corps guard
  company co. corp corp. corporation inc inc. ltd ltd. llc plc group holdings partners capital ventures bank
  fund trust foundation association society federation union league club fc team party alliance coalition
  network news times post journal tribune herald gazette telegraph guardian press daily weekly magazine
  radio tv television channel studio studios media broadcasting records entertainment airlines airways motors
  air aviation helicopters
  pharmaceuticals labs laboratories technologies technology systems solutions software security services
  service health hospital clinic church mosque temple city county state province island islands valley
  street avenue road square park bridge river sea ocean mountains bay beach airport station stadium arena
  hall house palace tower building parliament congress senate assembly government administration reserve
  exchange market index fire review report summit games cup championship series festival awards prize act
  bill law treaty accord agreement war strip coast region district republic kingdom emirates empire
  museum library gallery zoo theatre theater prison
  water energy rail railway railways electricity utilities
  efficiency reddit twitter facebook instagram bluesky youtube tiktok telegram
`);

/** Capitalised words that open sentences or headlines and are never a first name. */
export const NOT_FIRST = set(`
  the a an this that these those however meanwhile but and or if when while after before during following
  according in on at for from with without by despite although though as since until like unlike some many
  most other others several all both each every such it he she they we i you his her their our my your its
  hours later earlier today yesterday tomorrow last next first second also still even then now here there what
  why how who where which yes no not read join follow leave share click subscribe sign watch listen breaking
  update updated published advertisement sponsored related more tens hundreds thousands millions dozens
  social security cybersecurity experts reports officials police government users people tech technology
  featured general latest exclusive opinion analysis live video photos photo image credit source sources
  breaking editor's note please learn discover get see why so yet instead overall indeed elsewhere once
  thanks thank dear hi hello welcome warning caution note notes speaking asked given amid across
  besides beyond regarding concerning considering including excluding except toward towards through
  north south east west northern southern eastern western central new old great greater upper lower
  san los las santa saint st. fort port lake mount cape
  democratic republican democrat conservative liberal labour labor federal national international global
  world european american british chinese russian ukrainian israeli palestinian french german indian
  african asian arab us uk eu un
`);

export const MONTHS_AND_DAYS = set(`
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  christmas easter
`);

/** A few multi-word places that pass every other test. */
export const PLACES = set(`
  new_york hong_kong los_angeles san_francisco south_africa north_america south_america saudi_arabia
  sri_lanka new_zealand costa_rica puerto_rico el_salvador buenos_aires rio_de_janeiro tel_aviv
  abu_dhabi kuala_lumpur cape_town las_vegas new_delhi sierra_leone burkina_faso
`);

/** Particles inside names: "Ursula von der Leyen", "Mohammed bin Salman", the Irish "Ó" (a wire's "O"). */
export const PARTICLES = set(`
  von van der den de da del della di du la le bin ibn al el ben dos das ter ten op zu ó o
`);

/** Common given names from many cultures: ONE signal that a capitalised pair is a name. */
export const FIRST_NAMES = set(`
  james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
  donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
  nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
  raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter
  christian keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce
  gabriel joe logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley
  philip eugene louis harry oliver liam ian allan alan martin ciaran elon jd tom tim ben sam dan mike nick chris
  leo tomas tomás mateo hugo felix oscar max luke owen jamie callum rory declan conor sean
  steve bill rob ted ed fred neil colin graham nigel simon rupert hugh boris keir rishi liz theresa
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
  ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
  cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
  rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
  christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison
  frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly
  isabella theresa diana natalie brittany charlotte marie kayla alexis lori jane ana sofia lucia camila
  kamala hillary nancy ursula angela jacinda marine giorgia ngozi
  mohammed muhammad mohamed ahmed ali hassan hussein omar yusuf ibrahim khalid abdul fatima aisha mariam
  amir reza ali hamid mahmoud karim layla leila nour ahmed khaled hamed majed javed mohammed rasheed saeed
  wei li ming jun hui xin yan lei jing ying xi jinping
  hiroshi takeshi yuki haruto sakura kenji akira
  min-jun seo-yeon ji-woo
  raj rahul priya anil sunil vijay amit sanjay narendra arvind deepak ravi anita sunita pooja
  vladimir volodymyr sergei sergey dmitry alexei alexey ivan olga natalia tatiana yulia oleksandr andriy
  emmanuel jean pierre jacques francois françois marie claire sophie luc jean-luc jean-pierre
  hans klaus jurgen jürgen wolfgang olaf angela friedrich
  giuseppe giovanni marco luca matteo francesca giulia alessandro
  carlos luis miguel javier alejandro diego pablo jorge fernando sergio andres andrés lula gustavo claudia
  kwame kofi ama chinedu chiamaka oluwaseun adebayo ngozi amina fatou abiy cyril jacob uhuru william
  lars erik sven ingrid astrid magnus nils
`);

/** East Asian family names that come first: "Xi Jinping" is "Xi" when mentioned alone. */
export const FAMILY_NAME_FIRST = set(`
  xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo
  kim lee park choi jung kang cho yoon jang lim moon
  nguyen tran le pham hoang
`);

/** Reporting verbs, every form that introduces or follows a quotation. */
export const SPEECH_VERBS = set(`
  say says said saying tell tells told telling write writes wrote written writing add adds added adding
  note notes noted noting state states stated stating explain explains explained explaining insist insists
  insisted insisting argue argues argued arguing warn warns warned warning post posts posted posting
  tweet tweets tweeted tweeting claim claims claimed claiming continue continues continued continuing
  suggest suggests suggested suggesting caution cautions cautioned cautioning joke jokes joked joking
  concede concedes conceded conceding acknowledge acknowledges acknowledged acknowledging
  ask asks asked asking answer answers answered reply replies replied respond responds responded
  comment comments commented remark remarks remarked observe observes observed recall recalls recalled
  admit admits admitted declare declares declared announce announces announced confirm confirms confirmed
  deny denies denied emphasise emphasises emphasised emphasize emphasizes emphasized stress stresses stressed
  predict predicts predicted complain complains complained boast boasts boasted quip quips quipped
  urge urges urged describe describes described elaborate elaborates elaborated clarify clarifies clarified
  reveal reveals revealed mention mentions mentioned repeat repeats repeated agree agrees agreed
  counter counters countered retort retorts retorted exclaim exclaims exclaimed recount recounts recounted
  lament laments lamented maintain maintains maintained contend contends contended assert asserts asserted
  allege alleges alleged testify testifies testified tell vow vows vowed promise promises promised
  pledge pledges pledged insist reiterate reiterates reiterated conclude concludes concluded
  write posted read reads wonder wonders wondered shout shouted whisper whispered sigh sighed
  call calls called calling dub dubs dubbed point points pointed pointing
  apologise apologises apologised apologize apologizes apologized
`);

/** Speech verbs that can also be plain verbs of other meanings: need a quotation or "that" nearby. */
export const WEAK_SPEECH_VERBS = set(`read reads call calls called calling dub dubs dubbed
  continue continues continued continuing maintain maintains maintained counter counters countered
  describe describes described note notes noted point points pointed pointing`);

/** Words between a subject and its verb that do not break the link ("Musk later said"). */
export const ADVERBS = set(`
  also later further then quickly recently previously repeatedly again still never once reportedly allegedly
  publicly privately initially subsequently separately immediately himself herself themselves first finally
  only even already simply flatly angrily bluntly earlier had has have would will could did does do just
  since originally swiftly sharply openly directly formally proudly frankly candidly tersely calmly
  firmly strongly emphatically not
`);

/** Auxiliaries and frequent irregular past tenses: a word after a name that shows it is a subject. */
export const COMMON_VERBS = set(`
  is was are were has had have will would can could did does do should may might must shall
  took got went made gave came left saw knew thought felt kept held ran won lost led began became sent spent
  built paid brought fought sold stood understood put set let hit cut quit rose fell drove flew grew threw
  chose broke wore swore shook struck sang sat slept found heard meant taught caught sought dealt bought met
  spoke told said wrote read
  continues remains becomes takes gets makes gives comes leads runs owns wants needs believes thinks
  knows hopes plans faces blames warns says tells writes adds notes argues insists claims
`);

export const PRONOUNS: ReadonlyMap<string, 'he' | 'she' | 'they'> = new Map([
  ['he', 'he'], ['she', 'she'], ['they', 'they'],
]);

export const PREPOSITIONS = set(`
  of to with by for from at on in about against into onto over under between among toward towards via
  than like unlike including without within upon after before during behind beside besides per
`);

export const DETERMINERS = set(`the a an this that these those his her their its our my your some any each every no`);

/** Words that show a clause boundary or a non-subject position. */
export const FUNCTION_WORDS = set(`
  the a an and or but nor so yet of to with by for from at on in about against into onto over under between
  among toward towards via than as that which who whom whose this these those his her their its our my your
  is was are were be been being has had have will would can could did does do not no it he she they we i you
  him them us me while when where if because although though since until after before during despite
`);
