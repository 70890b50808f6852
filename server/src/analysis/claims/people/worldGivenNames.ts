// Given names from outside the US-centric @stdlib lists (UK and Ireland, Europe, the Middle East,
// Africa, South and East Asia, Latin America, Oceania), so that "Aoife Brennan said: “…”" or
// "Olumide Adeyemi said …" reads as a person as readily as "Jennifer Brennan" does.
// Left out on purpose: names that are also English words (Blessing, Innocent, Beat, Joke, Tone),
// places, rivers and festivals (Milan, Montserrat, Ararat, Aviv, Dima, Mali, Tamar, Padma, Durga),
// titles (Sultan, Emir, Sheikh, Rani), hospitals, clubs, parties, firms and news agencies named as
// people are (Nasser, Hamad, Hilal, Aris, Amal, Lotte, Ola, Efe, Hina, Sana, Wafa), a Vietnamese
// syllable that is also a province's (Binh, Quang, Khanh), and short syllables that are surnames or
// words (Li, Han, Long, Son, Nam, Yen).
// Written with accents where the name has them; the set also holds each name as the tokenizer's
// lower case reads it (accents folded, see foldAccents) and in plain ASCII (ł, ø, ð, ı, æ, ß spelt out).
import { foldAccents } from './tokens';

const REGIONS: readonly string[] = [
  // Ireland (Irish-language and anglicised forms)
  `aoife niamh siobhán saoirse caoimhe róisín orla orlaith órla aisling ciara clodagh sinéad gráinne
  fionnuala fionn oisín eoin cian darragh pádraig seán séamus séamas colm cathal dónal diarmuid diarmaid
  ruairí ruairi tadhg cillian ronán fiachra éamon eamon éamonn eamonn micheál mícheál ailbhe áine aoibheann
  aoibhinn bríd brigid caitríona catríona dearbhla eimear éabha fiadh máire mairéad méabh maeve muireann
  nuala sadhbh síle sorcha treasa gearóid pól donncha conall lorcan odhrán senan tiernan fergal feargal
  daithí dáithí breandán peadar proinsias labhrás enda eunan fintan niall cormac naoise aodh aodhán
  mairtín máirtín muiris cathaoir bláthnaid blathnaid clíodhna cliodhna clíona doireann eithne emer
  laoise líadan nóirín noirin orlagh ríona síofra saorla sláine deaglán tiarnán caoilfhionn`,
  // Scotland (Gaelic and Scots forms)
  `shona morag eilidh kirsty kirsteen mhairi mairi ailsa catriona lachlan hamish alasdair alastair
  alistair ruaridh ruairidh calum euan ewan murdo fergus gregor struan torquil seonaid sheena ishbel
  iseabail marsaili rhona elspeth senga peigi ciorstaidh aonghas domhnall dòmhnall seumas iain tormod
  alisdair coinneach eòghann eoghann kenna`,
  // Wales and Cornwall
  `rhys dafydd gethin ieuan iwan huw emlyn aled alun carwyn cerys ffion seren bethan catrin siân sian
  rhian rhiannon elin eluned lowri mared nerys gwenllian gwyneth angharad efa eirlys heledd
  llinos myfanwy delyth eleri carys glesni gruffydd gruffudd llywelyn owain osian tomos steffan
  emyr geraint gwilym hywel iolo meilyr macsen deiniol elis cynan tudur meirion rhodri rhydian dewi
  elgan berwyn caradog tamsin morwenna jago kerenza demelza lowenna`,
  // England: names more common there than in the US lists
  `jolyon crispin tarquin imogen hermione philippa pippa araminta esmé ottilie ottoline jemima tabitha
  fenella rosamund henrietta harriet alfie archie freddie ollie reggie rafferty hamza priti nadhim
  sajid kemi suella yvette`,
  // France, Belgium, Switzerland (French)
  `amélie aurélie aurélien benoît céline clémence clément cédric delphine élodie élise émilie estelle
  étienne fabien fabrice florian geneviève gérard ghislaine hélène hervé isabelle jérôme joël josiane
  laëtitia léa léon loïc ludovic mathilde maëlle manon mathieu maxime mélanie nathalie noémie océane
  olivier pascale régis rémi sébastien séverine solène sylvie thibault thierry valérie véronique yannick
  yves agnès anaïs ariane bénédicte brigitte chantal christelle corinne dominique édouard emmanuelle
  françoise frédéric frédérique gaëlle gaël grégoire guillaume gwenaëlle hugues jean-marc jean-claude
  jean-paul jean-françois jean-louis jean-michel jean-yves jean-baptiste jean-philippe jean-christophe
  jean-noël jean-jacques jean-marie marie-claire marie-france marie-hélène marie-christine marie-laure
  anne-marie anne-sophie anne-laure pierre-yves pierre-henri joëlle laurent lucien marcel margaux
  mireille muriel nadège nicolas odile pauline philippe raphaël renaud sandrine ségolène stéphane
  stéphanie sylvain timothée valentin virginie yann amandine apolline béatrice blandine clotilde
  coralie cyrille didier damien edwige eloïse eugénie gilles ginette hortense lionel maëva marion
  martine maryse mathis nolwenn perrine quentin roselyne sabine solange thérèse yolande arnaud bertrand
  baptiste bastien corentin cyprien dorian emeric gaspard gautier hadrien jules killian léo marius
  romain sacha théo aymeric évelyne ghislain jocelyne micheline raymonde sylviane augustin aurore
  anouk maïwenn élisabeth gaëtan jérémie jérémy lucille mickaël rodolphe sophie-anne patrice`,
  // Germany, Austria, German-speaking Switzerland
  `jörg jochen jens uwe ulf ulrich ulrike uta volker wolfram dieter detlef dirk horst helmut heiko
  heinz hannelore hildegard gudrun gisela gerhard gunther günther günter guenter heike henning holger
  ingo kai-uwe karl-heinz hans-peter hans-jürgen hans-georg hans-joachim karsten knut lothar lutz malte
  manfred markus matthias norbert rainer reinhard rüdiger siegfried sigrid steffen sönke stefanie silke
  svenja swantje thorsten torsten ulla waltraud wiebke annegret annalena anke antje birgit brunhilde
  dörte elke friederike frauke heidrun hiltrud ilse inga irmgard jutta katja kerstin liesel lieselotte
  marlene renate roswitha sieglinde susanne tanja anneliese gerlinde henrike mareike maike meike
  ricarda saskia franziska johanna annika bettina christiane dagmar dorothea gesine insa kathrin katrin
  manuela sybille sibylle theresia wilfried winfried armin burkhard christoph dietmar dietrich
  eckhard ekkehard egon eberhard frieder gernot gottfried hartmut helge hubertus joachim jobst konrad
  ludger moritz reiner siegmar sigmar tilman tillmann timo tobias torben uli veit volkmar werner
  wieland wilhelm jannik lennart niklas maximilian gerd gert heribert alois sepp franz ferdinand
  leopold gustav rudolf fritz hannes johannes claus engelbert erwin harald herwig reto urs ueli
  simonetta hendrik`,
  // Netherlands and Flanders
  `joost bram sjoerd pieter wouter maarten geert gert-jan jan-willem dirk-jan henk kees klaas joop jeroen
  ruud rutger thijs sander tijs femke marieke lieke sanne annemiek mieke wietske janneke griet hanneke
  maartje nienke tineke ymke jeltje dieuwke hilde koen luuk stijn daan niels teun wim willem frans
  arjen arjan gijs jaap jelle joris karel lodewijk menno pim sietse tjeerd wopke rianne marjan marjolein
  mirjam annet jolanda geertruida dries liesbeth`,
  // Denmark, Norway, Sweden, Finland, Iceland
  `søren jørgen bjørn knud kasper mette lærke freja signe solveig tove tuva vigdis åsa agneta anneli
  birgitta britt dagny gunnhild gunilla hedda helle hege idun ingvild jonna kirsti kjersti lise lisbeth
  margrethe marit mette-marit nanna pernille ragnhild randi silje sissel stine sunniva synnøve trine
  unni vibeke wenche ylva linnea linnéa malin märta ebba ingeborg anders arne audun bengt birger eskil
  espen frode fredrik gunnar gustaf håkon halvard hallvard henrik ivar joakim kjell kjetil klas
  kristoffer lasse leif mads magne mattias mikael morten olav olof ove pål petter ragnar rasmus
  sigurd sindre stig sune svein sverre terje trond trygve vegard viggo yngve øystein øyvind ørjan
  torbjørn torstein eirik eirin marte stian geir torunn
  jesper jeppe mogens poul preben jytte dorte hanne inger ulrikke vilde ingebjørg ulrik valdemar erna
  aino aleksi antti eero eija eino elina heikki helmi ilkka jaakko janne jari jarmo jukka juha juho
  jussi kaisa kalle kari katri kimmo lauri leena liisa markku matti merja mika mikko minna niina olli
  outi paavo pekka pertti petteri pirjo päivi raili riikka risto sanna sari satu seppo sirpa tapani
  tapio tarja teemu tuomas tuomo tuula veikko väinö arto hannu harri ismo jani jyrki kirsi
  maarit marjatta mervi pasi petri raimo reijo sauli taneli tero tiina tuija vesa aila annukka
  sigríður guðrún jón bjarni ólafur katrín þórdís einar helgi hrafn guðlaugur sigmundur`,
  // Italy
  `alessandra alessia antonella benedetta carlotta chiara cinzia donatella eleonora emanuela federica
  fiorella gianna ginevra graziella ilaria lorenza loredana lucrezia mariella michela nicoletta ornella
  paola patrizia raffaella rossella simona stefania tiziana vittoria alessio antonino cesare claudio
  corrado cristiano dario davide domenico edoardo elio emanuele enrico ettore fabio fabrizio federico
  filippo flavio gabriele gennaro giacomo gianluca gianni gino giorgio giulio ignazio luciano luigi
  manlio marcello massimo maurizio michele paolo pasquale piero pietro raffaele riccardo salvatore
  sandro silvio simone stefano tommaso umberto valerio vincenzo vittorio gianfranco giancarlo pierluigi
  gualtiero ludovica mattia nicolò niccolò ottavio sebastiano teodoro tullio ugo achille adriano aldo
  attilio camillo carmine ciro egidio ezio fausto ferruccio gaetano gianmarco gianpiero girolamo
  giuliano ivano lamberto livio nando nello orazio renato rinaldo saverio settimio ubaldo agnese
  annalisa assunta concetta elisabetta giovanna giuseppina grazia letizia maddalena mariangela mirella
  noemi rosanna rosaria elly matteo`,
  // Spain (Castilian, Catalan, Basque, Galician)
  `almudena ainhoa aitana araceli begoña inmaculada itziar leire macarena maite marisol nerea nuria
  núria pilar remedios rocío soledad yolanda lucía inés itxaso idoia arantxa maialen mireia meritxell
  jordi josep oriol arnau quim iñaki iñigo íñigo unai aitor asier gorka joseba koldo mikel xabier ander
  eneko ibai imanol álvaro agustín borja cristóbal emiliano esteban feliciano gonzalo guillermo héctor
  hernán ignacio jaime joaquín julián leandro lisandro martín nicolás ramiro ramón raúl rubén sebastián
  xosé xoán uxía antía`,
  // Portugal and Brazil
  `joão gonçalo sebastião estêvão conceição leonor matilde margarida rui nuno duarte tiago afonso henrique
  diogo thiago vinícius caio luiz márcio sérgio rogério antônio fábio flávio heloísa juliana luana
  letícia márcia patrícia priscila tatiane thaís viviane aline bruna débora giovana isadora jéssica
  lívia natália rafaela sônia valéria edson ademir adilson edvaldo gilmar jairo josué ronaldo rivaldo
  romário valdir wanderley cauã davi heitor otávio raimundo severino glória iara jurema marília neide
  rosângela tânia zilda dilma jair geraldo fernão anitta`,
  // Spanish-speaking Latin America
  `alejandra ximena valeria renata fernanda mariana itzel citlali marisela maricela yadira nayeli zulema
  graciela griselda josefina leticia milagros estela eréndira fabiola florencia agustina catalina
  micaela jimena constanza valentina luciana josefa francisca javiera anahí ayelén noelia yanina
  marcela lupita xóchitl yesenia florentino aníbal baltasar benjamín cayetano darío efraín eliseo emilio
  ernesto eusebio ezequiel facundo fabián felipe fermín florencio gerardo gilberto gregorio horacio
  humberto isidro jacinto jerónimo leonel matías mauricio nahuel néstor norberto osvaldo pascual
  patricio porfirio reinaldo renzo rigoberto rogelio santino saúl silvestre ulises valentín wilfredo
  zacarías abelardo adolfo amado anselmo armando augusto aurelio bautista camilo cipriano
  dagoberto delfina eugenio evo gael heriberto iker jacobo macario moisés nazario plutarco
  remigio sixto tadeo teófilo toribio wilmer yeison brayan yuliana dayana rigoberta yatziri quetzalli
  claudio tupac`,
  // Greece and Cyprus
  `nikos giorgos yiorgos yannis giannis yiannis kostas konstantinos dimitris dimitrios panagiotis vasilis
  vassilis christos stavros spyros stelios thanasis athanasios manolis michalis apostolos evangelos
  vangelis ioannis kyriakos nikolaos pavlos petros sotiris theodoros thodoris vasileios achilleas
  alexandros antonis charalambos dionysis efstathios fotis georgios grigoris ilias lefteris
  leonidas makis marios miltiadis odysseas orestis panos prokopis savvas stathis stefanos takis tasos
  thanos zisis angeliki aikaterini katerina eleni dimitra despina eirini irini evangelia vasiliki
  konstantina panagiota paraskevi chrysoula efi fotini ioanna kalliopi stavroula voula zoi myrto
  nikoletta evdokia sotiria`,
  // Poland
  `tomasz małgorzata agnieszka katarzyna krzysztof andrzej piotr paweł michał marcin grzegorz łukasz
  wojciech jakub mateusz bartosz bartłomiej przemysław rafał radosław sławomir mirosław zbigniew
  jarosław jacek janusz jerzy kazimierz leszek maciej mariusz ryszard stanisław szymon tadeusz waldemar
  władysław witold zdzisław dariusz dawid kamil kacper wiktor borys bogusław czesław lucjan mieczysław
  franciszek ignacy antoni aleksandra beata bożena danuta dorota edyta elżbieta ewa ewelina grażyna
  halina iwona izabela jadwiga jolanta justyna karolina kinga krystyna marzena patrycja sylwia urszula
  weronika wiesława zofia zuzanna żaneta agata alicja bogumiła dagmara honorata klaudia oliwia
  stanisława wioletta żaklina szczepan`,
  // Czechia and Slovakia
  `jiří petr tomáš lukáš ondřej václav miroslav zdeněk radek vojtěch bohuslav přemysl jaroslav ladislav
  vladimír vratislav matěj štěpán marek libor luboš dušan ľubomír juraj marián zuzana lenka kateřina
  markéta tereza pavla alena jarmila ludmila vlasta zdeňka radka šárka klára barbora adéla kristýna
  ivana iveta jitka miroslava bohumila květa libuše vladimíra zora božena`,
  // Hungary
  `lászló zoltán istván gábor ferenc sándor attila tamás balázs csaba gergely imre károly lajos miklós
  mihály zsolt levente bence ákos dénes endre géza győző kálmán márton szabolcs tibor zsigmond katalin
  erzsébet zsuzsanna zsuzsa ildikó judit krisztina anikó enikő gyöngyi orsolya réka szilvia tünde
  zsófia boglárka hajnalka piroska rozália tímea virág`,
  // Romania and Moldova
  `andrei mihai ionuț cătălin florin dorin sorin ovidiu radu răzvan traian vasile gheorghe nicolae
  dumitru costel viorel liviu mircea octavian petru sergiu silviu ioana andreea anca camelia corina
  doina florentina georgiana luminița mădălina mirela oana raluca roxana viorica ecaterina ileana
  nicoleta lavinia iulia rodica smaranda sorina`,
  // Former Yugoslavia, Albania, Bulgaria
  `aleksandar bojan branko darko dejan dragan dragana duško goran gordana ivica jelena jovan jovana
  ljubica marija milica milorad miloš miodrag mirjana mladen nebojša nemanja nenad predrag radovan
  ratko sanja slobodan snežana srđan srdjan stevan tijana vesna vladan vojislav zoran željko zlatko
  zvonimir andrej andrija damir davor dubravka hrvoje josip kolinda krešimir mislav nikolina petar
  stjepan tomislav vedran vlatko zdravko adnan amra dženan edin elvedin emina haris jasmina kemal
  mirsad nermin senad alija bakir ilir arben besnik blerim dritan ermal fatmir gentian agron valbona
  drita edona mimoza teuta kujtim shpresa bujar ramush albulena boyko rumen hristo stoyan todor georgi
  dimitar krasimir lyubomir nikolay plamen tsvetan vasil zhivko kiril radostin rositsa desislava
  iliana mariya nadezhda petya silviya svetla tsvetelina yordanka zornitsa boryana gergana kremena`,
  // Russia, Ukraine, Belarus
  `aleksandr aleksei anatoly anatoliy arkady artem artyom bohdan denys dmytro evgeny yevgeny yevhen fyodor
  gennady gennadiy grigory ilya kirill leonid maksim mikhail mykhailo mykola nikita nikolai oleg oleh
  pavlo petro pyotr ruslan sergiy serhiy serhii taras vadim vadym valery valeriy vasily vasyl vitaly
  vitali vitaliy vladislav vladyslav vyacheslav yaroslav yuri yuriy yury zakhar dmitri dmitriy gleb
  matvei semyon timofey vsevolod yegor yevgeniy arseniy arseny kyrylo oleksiy oleksii ihor mykyta
  anastasiya daria darya dariya ekaterina yekaterina yelena olena evgenia yevgenia halyna iryna kateryna
  kseniya ksenia larysa lyudmila lyudmyla liudmyla nadiya natalya nataliya oksana olesya olha raisa
  sviatlana tatyana tetiana viktoria yana yaroslava zoya zinaida lyubov milana oleksandra solomiya
  uliana ulyana yevheniya zhanna anzhela`,
  // Baltic states
  `andrius arvydas gitanas ingrida kęstutis linas mantas saulius vytautas žygimantas gabrielius rūta eglė
  aistė audrius dainius gintaras kaja kersti alar jüri toomas tõnis urmas priit margus kadri kristiina
  liina maarja piret triin krišjānis egils edgars jānis māris valdis artis arturs evika ieva inese
  kārlis raimonds ainārs ilze gunta baiba`,
  // Turkey
  `mehmet ahmet hüseyin ibrahim ismail osman murat ömer ramazan halil süleyman mahmut recep emre burak cem
  deniz erdem ercan erkan eren ferhat gökhan hakan kaan kerem levent mert oğuz onur orhan ozan
  selim serkan sinan tolga tuncay uğur umut volkan yasin yiğit yunus zeki barış bülent cengiz ekrem
  binali ayşe emine hatice zeynep elif meryem şerife zehra hanife merve büşra esra özlem gülşen hülya
  sibel derya ebru ece gizem pınar selin sevgi tuğba yasemin aslı başak burcu canan dilek duygu esin
  feride filiz gonca gülay melike nesrin nihal nilüfer seda sema serap songül tülay meral tansu mesut
  arda ilker necmettin turgut alparslan abdülhamit fikret nazlı şule gülnur`,
  // The Arab world: Levant, Gulf, Iraq, Egypt, Sudan
  `abdallah abdulaziz abdelaziz abdel abdulrahman abdelrahman abdulla adel adil ahmad akram alaa amer
  amjad ammar anas anwar ashraf ayman bashar bassam bilal fadi fahd fahad faisal faris farouk fawzi
  fouad ghassan haitham hani haroun harun hatem hazem hisham hosni hussam ihab imad issa jamal jamil
  jawad kareem khalil louay luay maher mahdi majid mansour marwan mazen mohamad mohammad mounir moussa
  mustafa mostafa nabil nader naguib najib nawaf nayef osama usama qasim rami ramzi riad ridha rida saad
  sabri saleh salim sami samir tamer tarek tariq tawfiq wael walid waleed yahya yasser yasir youssef
  yousef yousif zaid ziad zakaria zakariya mohannad muhannad munther mutasim naim nizar qais rafiq raed
  suhail talal wissam yazan yazid zuhair hamdan mansoor badr abeer afaf aicha alia aliya amani amira
  asma aya basma dalal doaa duaa eman fadwa farah fatma ghada hala hanan heba hiba hind hoda huda
  ibtisam iman inas jamila khadija lina lubna malak manal maryam mona nadia nadine najwa nawal
  nisreen nesreen noura nuha rania rasha reem randa rawan razan ruba rula safaa safiya salma samah
  samar samira sawsan shaima shireen sherine soha suha suad souad widad yasmin yasmine zahra
  zainab zeinab zaynab zeina zaina`,
  // North Africa (Maghreb)
  `abdelmadjid abdelkader abdelilah abdellatif aziz driss hicham lahcen mourad nacer noureddine rachid
  redouane reda sofiane sofiene tarik yacine youcef zinedine kaïs hamadi moncef rached béji
  asmae ghizlane hafsa imane kenza latifa loubna meriem najat naima rachida samia siham soukaina wafae
  yasmina zineb zohra dalila djamila houria karima leïla malika nassima ouarda wassila yamina hend olfa
  najla abir`,
  // Iran and Afghanistan
  `arash ardeshir babak bahram behrouz behnam bijan dariush ebrahim esmail farhad farid farzad fereydoun
  hossein hushang houshang iraj javad kambiz kamran kaveh kourosh masoud massoud mehdi mehran mohsen
  mojtaba morteza omid parviz payam peyman pouya ramin siamak sohrab shahram shahrokh vahid abolfazl
  alireza amirhossein mohammadreza hamidreza gholamreza gholam asghar jafar kazem qasem ruhollah azadeh
  azar bahar fariba farideh fatemeh golnaz haleh mahsa mahnaz mitra nahid narges nasrin nazanin niloufar
  parisa parvaneh pegah roya shirin simin soraya tahmineh yasaman zohreh ziba shabnam shahla minoo mojgan
  negar neda sepideh taraneh golshifteh zalmay zalmai gulbuddin hibatullah sirajuddin zabihullah
  amrullah malalai fawzia zarifa habiba rahmatullah najibullah hekmatullah`,
  // Israel (Hebrew names)
  `avi avraham avigdor binyamin yair yitzhak yosef yossi moshe itamar avner boaz dov eitan ehud eliezer
  gadi gideon gilad haim chaim ilan itai itay lior meir micha nadav naftali noam omri oren ori
  rafi roni shai shaul shimon shlomo tomer tzachi yaakov yehuda yigal yoav yonatan yuval zeev ze'ev
  ayelet einat galit hadas keren limor merav miri naama nava noa orit revital ruti shira sigal
  tzipi tzipora yael yifat dafna hila inbal liat maayan osnat ronit shani shulamit talia`,
  // Kurdish, Armenian, Georgian, Azerbaijani, Central Asian, Mongolian
  `nechirvan masrour bafel qubad shilan rojin berivan dilan rebwar kawa baran serhat shivan mazloum
  nikol anahit gohar hovhannes levon narek serzh tigran vahagn vardan ashot hayk hrant lilit nune
  irakli giorgi levan davit mikheil tinatin zurab bidzina lasha otar tengiz vakhtang ketevan
  ilham mehriban elnur kassym-jomart sadyr shavkat emomali serdar gurbanguly askar aibek aigerim asel
  dinara gulnara gulnaz kairat marat nurlan bakhyt yerlan yerzhan zhanar saltanat madina dilnoza dilshod
  jasur farrukh bekzod sardor rustam ulugbek otabek azamat batbayar bat-erdene enkhbold ganbaatar
  oyunerdene`,
  // Nigeria (Yoruba, Igbo, Hausa, Edo)
  `oluwaseun seun olusegun segun oluwadamilare damilare oluwatobi tobi oluwafemi femi olufemi olumide
  olamide oluwakemi kemi olufunke funke funmilayo funmi folake folasade sade bukola bolanle bola yemi
  yemisi adeola adebola adewale wale adekunle kunle ayodele babatunde tunde tunji tolu tolulope temitope
  tope titilayo toyin yetunde abiodun abimbola adaeze adanna amaka chidi chidinma chidimma chika chinonso
  chioma chinwe chinyere chukwuemeka emeka chukwudi chukwuma ifeanyi ifeoma ijeoma ikenna nkechi nnamdi
  obinna nneka uchenna uche ugochukwu ebuka kelechi somto tochukwu ebele obiageli onyeka olisa
  akintunde akinwumi bankole dapo dayo deji demola dotun gbenga jide kayode lanre lekan niyi rotimi seyi
  sola tayo wole yinka folorunsho mojisola omolara omotola bisi biodun atiku kashim aminu abubakar
  danjuma hadiza halima hauwa jibrin kabiru mairo muhammadu nasiru nuhu rabiu shehu tanko umaru
  yakubu zainabu binta bilkisu rukayya zulai goodluck godswill osagie osaze efosa eghosa itohan ejike
  ekene nkem nwabueze obiora adebayo`,
  // Ghana, Togo, Benin (Akan, Ewe, Ga)
  `kwabena kwaku kwadwo kojo kwesi kweku akosua akua abena adwoa afua yaa efua esi araba akwasi kwasi
  kobina fiifi ekow adjoa ekua serwaa dzifa elikem selasi senyo mawuli delali edem eyram kafui korkor
  lamisi`,
  // East Africa and the Horn (Kenya, Tanzania, Uganda, Somalia, Ethiopia, Eritrea)
  `wanjiru wanjiku wambui wairimu njeri nyambura muthoni wangari wangui njoki nyokabi achieng akinyi
  atieno adhiambo awino auma anyango chebet jepkosgei jepchirchir cherono raila kalonzo musalia rigathi
  kithure jomo jakaya samia yoweri kizza bobi baraka imani neema rehema zawadi jabari hamisi mwajuma
  mwanaisha rashidi athumani bakari shabani abdi abdirahman abdirizak abdiweli ayaan faduma hodan hawa
  ilhan maryan mohamud sahra ubah tigist meseret selam hirut genet mekdes tsehay tsegaye tewodros
  haile hailemariam getachew alemayehu abebe dawit girma kebede kidane mulugeta mesfin tesfaye yohannes
  berhane berhanu biniam eyob fikre fitsum gebre gebremedhin gebreyesus tedros teklu tsige woinshet
  yared zewdu sahle-work birtukan etenesh genzebe tirunesh derartu lemlem rahel senait yodit`,
  // Central Africa, Rwanda, Burundi, Francophone West Africa
  `fiston clarisse immaculée jeannette claudine vestine déogratias mamadou ousmane oumar amadou
  abdoulaye aliou alioune ibrahima modou babacar macky bassirou souleymane seydou boubacar demba lamine
  moustapha sadio idrissa youssouf assane awa aminata fatoumata mariama khady ndeye coumba rokhaya
  aïssatou kadiatou oumou djeneba salif assimi alassane mahamat mahamadou abdourahamane marien`,
  // Southern Africa (Zulu, Xhosa, Sotho, Tswana, Shona, Ndebele, Chewa, Bemba)
  `thandiwe thandi thando thabo thabang themba thulani sipho siphiwe sibusiso sizwe bongani bonginkosi
  busisiwe lindiwe lindani lungile lungisile lwazi mandla mandisa nandi nomvula nomsa nosipho nokuthula
  nolwazi nomzamo nozipho ntombi ntombizodwa palesa refilwe lerato mpho kagiso karabo kabelo katlego
  keabetswe kgomotso lesedi naledi dineo dimakatso boitumelo tumelo tshepo tebogo tsholofelo
  onkarabile ofentse oratile reabetswe relebohile rethabile teboho tlotlo masego mmusi ayanda andile
  anele asanda aviwe babalwa buhle duduzile dumisani fikile gugu hlengiwe jabulani khanyisile khaya
  khumbulani lethabo luthando lwandile mbali mthunzi mzwandile nhlanhla njabulo nkosinathi nkosazana
  nkululeko nomalanga nombuso phumzile phumlani sandile senzo sibongile sihle simphiwe sindisiwe
  siyabonga siyanda thembeka thembi unathi vusi xolani zanele zandile zinhle zodwa zukiswa zwelinzima
  zweli thuli gwede mmamoloko bheki mondli mzukisi tendai tatenda tafadzwa tinashe rutendo rudo chipo
  nyasha farai fadzai kudzai tapiwa tawanda takudzwa chenai nyarai ruvimbo shamiso simbarashe tonderai
  tichaona emmerson tsitsi vimbai rufaro ropafadzo chiedza fungai munyaradzi tinotenda kudakwashe
  tafara hakainde chikondi chisomo chimwemwe kondwani mphatso thokozani dalitso tiyamike mutale bwalya
  mwila mwansa mokgweetsi`,
  // India: Hindi belt, west, south, Bengali, Punjabi and Sikh names
  `priyanka aarav aditya ajay akshay amitabh anand aniket anupam arun ashok ashwin balaji bhupesh chandan
  chetan devendra dhruv dinesh gaurav girish gopal govind harish hemant himanshu jagdish jayant jitendra
  kapil karan kartik kiran krishna kunal lalit mahesh manish manoj mohan mukesh naveen navin nikhil nitin
  nitish pankaj piyush pradeep prakash pranav prashant praveen rajesh rajiv rakesh ramesh ranjit rohit
  sachin sandeep sanjeev santosh satish shailesh shankar shashi shyam siddharth subhash sudhir sumit
  suresh tarun tushar uday umesh varun vikas vikram vinay vinod vipin vishal vivek yash yogesh abhishek
  abhijit ajit alok amar amol anurag arjun arnab ashish atul dhiraj gautam hardik ishaan jatin kishore
  kuldeep madhav mahendra manohar milind mukul narayan nilesh omkar parth prabhat pramod raghav
  rajendra rajan rajat rajnath ritesh rohan sameer saurabh shivraj shreyas shubham sourav swapnil
  upendra utkarsh vaibhav yashwant jagan mamata yogendra virat rishabh ravindra shikhar jasprit eknath
  uddhav sharad nirmala smriti subrahmanyam venkatesh venkat srinivas sundar satya raghuram murali
  prasad raghu rajkumar senthil karthik karthikeyan ganesh hari madhavan muthu saravanan sivakumar
  suriya vijayan anbu pinarayi udhayanidhi chandrababu revanth basavaraj aarti aditi aishwarya ananya
  anjali ankita anushka aparna archana asha bhavna deepa deepika divya gayatri geeta gita indira
  isha jaya jyoti kajal kalpana kavita kavya lakshmi lata madhuri mamta manisha meena meera nandini neha
  nisha pallavi poonam prachi pratibha preeti puja radha radhika rashmi rekha renu riya ritu
  sadhana sakshi sangeeta sarita savita seema shalini shanti sheetal shilpa shivani shobha shreya
  shruti simran smita sneha sonal sonam suman supriya sushma swati tanvi usha vandana vidya vineeta
  yamini zeenat mehbooba mayawati nupur pratima rupa sapna shabana sudha sujata urmila vasundhara brinda
  kanimozhi jayanthi nalini revathi saranya kavitha lalitha sarojini parvati parvathi malini hema chitra
  sita gurpreet harpreet jaspreet manpreet navjot navdeep amritpal amarinder bhagwant charanjit
  gurdeep gurmeet harjit harbhajan jagjit jaswinder kulwinder kuldip manjit paramjit rajinder ranbir
  sukhbir sukhwinder tejinder yuvraj balwinder jagmeet harjeet inderjit parminder satinder simranjit
  anirban arindam arijit debashish debasish dipankar indranil partha prosenjit rabindranath sayantan
  soumya subhas sujoy sumon tanmoy moushumi rituparna sharmila sreya sudipta suchitra tanushree`,
  // Pakistan, Bangladesh, Sri Lanka, Nepal, Bhutan
  `imran nawaz shehbaz shahbaz asif bilawal benazir zulfikar zulfiqar pervez parvez asim qamar shoaib
  babar wasim waqar shahid fawad farhan junaid kashif moeed naveed nadeem owais raheel rizwan saqib
  shahzad sohail tahir usman waseem zubair zahid zafar aamir fahim irfan khurram mubashir mushtaq
  shafqat umer zeeshan sadiq ayesha bushra farzana fauzia hira iqra mehwish nargis nasreen rabia
  saima samina shazia sobia tahira uzma zubaida nighat mahira malala naila hasina khaleda tarique
  mahfuz obaidul rashed shakib mashrafe tamim mushfiqur mahmudullah taslima tahmina rumana ruhul mahinda
  gotabaya ranil anura sajith maithripala chandrika namal nimal lasith kusal dimuth wanindu dilshan
  chaminda lakshman nuwan ruwan saman sanath thilina upul chamari dilrukshi nirosha sandya thisara pushpa
  bidya bidhya balen gagan kishor rabi sushila binod bishnu janak laxmi pasang pemba tenzing lhakpa
  mingma tshering jigme pema ugyen`,
  // Indonesia, Malaysia, Philippines, Thailand, Vietnam, Myanmar
  `joko prabowo susilo megawati budi agus bambang dewi eko fitri hendra nyoman ketut wayan putu putri
  rudi siti slamet sutrisno teguh wahyu wulan anies ganjar gibran retno airlangga luhut basuki ridwan
  mahfud puan ratna rini yanti dian ayu najib mahathir muhyiddin rafizi azmin hishammuddin khairy nurul
  faridah noraini norhayati rosmah zuraida azalina fadhlina bongbong leni rodante ninoy corazon imelda
  risa jinggoy jejomar marcelino somchai somsak somporn sompong surachai suthep thaksin yingluck
  paetongtarn srettha prayut prayuth prawit anutin chadchart abhisit wissanu kittisak nattapong narong
  pornchai prasert sakchai sombat supachai thanathorn chatchai kanokwan malee nattaya orathai
  pimchanok ratchanok siriporn somsri sunisa supaporn wanida linh huong thuy trang hanh hien thanh
  tuan huy phuong cuong hieu hoai ngoc nhung oanh thao uyen anh
  aung kyaw htin thein khin myint`,
  // Japan
  `keiko akiko ayako chieko emiko etsuko fumiko haruko hiroko junko kazuko kumiko kyoko machiko mariko
  masako michiko mieko naoko noriko reiko sachiko setsuko takako tomoko yoko yoshiko yuko yumiko kanako
  eriko sanae yuriko aiko akemi asuka ayaka ayumi chiaki chihiro haruka hitomi honoka kaede kaori kanae
  megumi midori misaki miyu momoko nanami natsuki rie rika rina satomi sayaka shiori tomomi yui yuka
  yukiko yumi akihiro akio atsushi daisuke fumio goro haruki hayato hideki hideo hiroki hiromi hironobu
  hiroyuki hisashi ichiro isamu jiro junichi junichiro kaito katsuya kazuhiro kazuki kazuo kazuya
  keisuke kenichi kenta kentaro koichi koji kosuke kunio makoto mamoru masaaki masahiro masao
  masaru masashi masato masayoshi minoru mitsuo naoki naoto nobuo nobuyuki noboru osamu riku ryo ryota
  ryuichi ryusuke satoru satoshi seiji shigeru shinji shinzo shintaro shohei shota shuichi shunichi sota
  susumu tadashi takahiro takashi takeo takumi taro tatsuya tetsuya toru toshiaki toshihiro toshio
  tsuyoshi yasuhiro yasuo yoichi yoshihide yoshihiko yoshimasa yoshinori yoshio yoshiro yosuke yuichi
  yuji yukio yusuke yuta yuto yutaka fumihito naruhito taku tomohiro hajime yuzuru kohei shoko
  toshimitsu katsunobu koichiro itsunori hirokazu`,
  // Korea: hyphenated as the tokenizer keeps them ("Ji-woo" is one word), and written solid
  `ji-woo jiwoo min-jun minjun seo-yeon seoyeon ji-hoon jihoon ji-ho jiho ji-min jimin ji-won jiwon
  ji-hye jihye ji-young jiyoung ji-yeon jiyeon ji-eun jieun ji-hyun jihyun ji-su jisu ji-soo jisoo
  min-ji minji min-seo minseo min-ho minho min-soo minsoo min-kyung minkyung min-young minyoung min-jae
  minjae seo-jun seojun seo-yun seoyun seo-hyun seohyun su-bin subin su-jin sujin su-min sumin soo-jin
  soojin soo-min soomin soo-hyun soohyun hye-jin hyejin hye-won hyewon hye-rin hyun-woo hyunwoo
  hyun-jin hyunjin hyun-joo hyun-soo hyunsoo jae-hyun jaehyun jae-won jaewon jae-in jae-yong jae-myung
  jae-sung jae-ho jun-ho junho jun-seo junseo jun-young junyoung dong-hyun donghyun dong-hoon donghoon
  dong-wook do-yoon doyoon do-hyun dohyun eun-ji eunji eun-jung eunjung eun-young eunyoung eun-hye
  eun-kyung eun-seo ha-eun haeun ha-yoon hayoon hee-jin heejin hye-jung jin-woo jinwoo jin-young
  jinyoung jin-ho jung-ho jungho jung-hoon junghoon kyung-hwa kyung-soo kyungsoo kyung-ho sang-woo
  sangwoo sang-hoon sanghoon sang-min sangmin seung-hoon seunghoon seung-min seungmin seung-woo
  seungwoo sung-min sungmin sung-hoon sunghoon sung-ho sung-jin so-yeon soyeon so-young soyoung sun-hee
  sunhee tae-hyun taehyun tae-yang tae-yong woo-jin woojin ye-jin yejin ye-eun yeeun yeon-woo yoon-seo
  yoonseo young-ho youngho young-soo youngsoo young-hee younghee yu-jin yujin yu-na suk-yeol kyung-wha
  chul-soo chulsoo myung-bak geun-hye dae-jung moo-hyun jong-un yo-jong kang-in heung-min heungmin
  hee-chan min-hyuk minhyuk kwang-soo dong-won byung-hun hyo-joo yeo-jeong ah-young hae-jin da-eun
  na-yeon nayeon chae-won chaewon ga-eun gaeun hyo-jin in-ho ja-young joo-won kyu-ri mi-kyung mi-sook
  mi-young myung-hee sook-ja young-ja jung-sook kyung-sook soon-ja ok-soon`,
  // China (pinyin, two syllables), Taiwan and Hong Kong (hyphenated Wade-Giles and Cantonese)
  `xiaoming xiaoli xiaohong xiaoyan xiaoyu xiaowei xiaolong xiaojun xiaoling xiaomei xiaodong xiaofeng
  xiaohui xiaobo xiaoqing xiaotong xiaoxiao jianguo jianhua jianjun jianping jianming jianwei jianxin
  jianhong zhiwei zhigang zhiqiang zhihua zhiyong zhimin weiwei weiming weidong weiguo weihua weijie
  weilin yiming yifan yifei yihan yixuan yuxuan yuhang yuchen yutong yuting yuqi yuyan yuming yunfei
  yanping yanling yanhong yanyan yingying lingling meimei meiling meili huiling huimin huifang huiying
  jiahui jiayi jiaxin jiawei jiaming jianing jingjing jingyi jingwen jinghua haoran haoyu haitao haiyan
  haifeng hongwei hongmei hongyan hongbo guoqiang guoliang guohua guoping zihan zixuan ziyi zhenyu
  zhenhua zhengyu chunhua chunling dongmei fangfang feifei lifang lihua lijun limin liming liping
  liqiang lixin mingyu minghua mingming ruoxi shuying siyu tingting wenjun wenjie wenbin wenqing wentao
  xinyi xinyu xinran xiuying xuemei yongmei yonghong yongjun zhaoyang zhuoran zeyu ziming ziyang
  haoyang kaiwen kexin qianqian ruiqi shanshan tianyi xiaoyi yaling yuhan yijun zhiyuan keqiang huning
  jiechi zemin jintao ching-wen ing-wen ching-te kuo-liang chia-hui chun-hung chih-hao chih-wei wei-ting
  yu-ting yi-ting hsiao-mei hsin-yi ya-ting shu-fen mei-ling mei-hua chien-hung kai-wen tsung-han
  po-han yu-chen pei-shan chia-ying wen-chieh ka-man wing-yan ka-yan chun-ying ka-chun wai-man siu-ming
  kwok-wai kin-man chi-keung ho-yin man-kit hoi-yan`,
  // New Zealand (Māori) and the Pacific
  `aroha hemi rawiri tāmati wiremu ngaire ngaio kiri manaia anaru heeni huia marama rangi whetu tipene
  nanaia sitiveni sione losaline mele viliami semisi tevita salote fiame`,
];

/** Letters NFD leaves whole, spelt as English-language outlets spell them ("Søren" as "Soren"). */
const PLAIN: Record<string, string> = { 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'æ': 'ae', 'ß': 'ss', 'ı': 'i', 'œ': 'oe' };
const plainLetters = (word: string): string => word.replace(/[łøđðþæßıœ]/g, (c) => PLAIN[c]);

/** The names as written in the lists above (for counting and tests). */
export const WORLD_GIVEN_NAMES: readonly string[] = REGIONS.flatMap((region) => region.trim().split(/\s+/));

/** Every form a token's lower case can take: as written, accents folded, spelt plainly; ’ for '. */
export const WORLD_GIVEN_NAME_FORMS: ReadonlySet<string> = (() => {
  const forms = new Set<string>();
  for (const name of WORLD_GIVEN_NAMES) {
    for (const form of [name, foldAccents(name), plainLetters(foldAccents(name))]) {
      forms.add(form);
      if (form.includes("'")) forms.add(form.replace("'", '’'));
      if (form.includes('-')) forms.add(form.replace('-', '‐'));
    }
  }
  return forms;
})();

