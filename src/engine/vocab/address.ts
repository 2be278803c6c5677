/**
 * The vocabulary of postal addresses, written from how addresses are formed in the countries
 * clinicians and their patients come from: street types that follow the name (USPS suffixes,
 * "Close", "Str."), street types that come first ("Rua", "Via", "ul."), street words that end a
 * compound name ("Koskikatu", "Søndergade", "Friedhofstrasse"), unit designators, and the words
 * that end an address block (countries).
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Street types after the name, capitalised in an address ("Birchwood Lane", "Hoog St"). */
export const STREET_SUFFIXES = words(`
  street st str streets road rd roads avenue ave av avenida drive dr drives lane ln boulevard blvd court ct courts
  way ways place pl terrace ter circle cir highway hwy parkway pkwy trail trl crescent cres grove alley pike ridge
  close mews gardens gdns square sq walk row hill hills heights park parks plaza point points loop pass path
  creek crossing cove dale dam estates expressway ferry flat flats forge forges fork forks freeway glen glens
  green greens harbor harbour haven hollow island islands isle junction key knoll knolls lake lakes landing
  manor meadow meadows mill mills mount mountain orchard oval prairie ranch ridges river shoal shore shores
  spring springs squares station stravenue summit throughway trace track turnpike union unions valley view
  views village villa ville vista wall wells cliff cliffs brook brooks burg bypass camp canyon causeway
  corner corners crest curve divide extension falls field fields ford forest fort gateway inlet light lights
  lock locks lodge motorway neck overpass plain plains port radial ramp rapids rest spur stream tunnel
  underpass viaduct well wharf quay parade esplanade broadway
`);

/**
 * Suffixes that are also everyday capitalised words ("Hill", "Park", "Station", "Union", "View"):
 * they end a street only after a house number ("14 Kishiev Squares"), never on their own.
 */
export const WEAK_SUFFIXES = words(`
  hill hills park parks point points pass path green greens key light lights lock locks lodge union unions view
  views village station river lake lakes field fields forest fort island islands isle port spring springs
  stream track valley well wells camp cape club mount mountain rest row walk wall plain plains divide corner
  corners field ford gateway inlet landing neck ramp spur summit trace
`);

/** Street types before the name: "Rua Diadema", "Via dei Fiorentini", "ul. Chrzanowska", "C/ Mayor". */
export const STREET_PREFIXES = words(`
  rua via viale avenida av avda avenue rue calle carrer camino paseo passeig piazza piazzale plaza praça
  praca largo travessa estrada strada corso ul ulica aleja al boulevard bd bulevar chaussée chemin route
  rambla ronda carretera vicolo c λεωφόρος οδός
`);

/**
 * Endings of one-word street names in Nordic, German, Dutch, Baltic and Central European languages:
 * "Koskikatu", "Magasinsgatan", "Søndergade", "Ringvej", "Friedhofstrasse", "Brixtonlaan".
 */
export const COMPOUND_STREET_ENDING =
  /^[A-Za-z\u00C0-\u024F'-]{2,}(?:katu|kuja|ntie|stie|ltie|rtie|polku|raitti|gatan|gata|gränd|vägen|väg|gade|vej|stræde|stræti|strasse|straße|weg|laan|straat|gracht|plein|singel|gasse|platz|allee|damm|ufer|steig|veien|vegen|veg|braut|stígur|vegur|iela|gatve|tänav|ulica|utca|körút|náměstí|nábřeží|třída|cesta|ulice|graben|hove)$/i;

/** Unit designators: "Apt. 864", "Suite 501", "Unit 4B", "# 12", "Flat 3". */
export const UNIT_WORDS = words(`apt apartment suite ste unit flat fl floor bldg building room rm`);

/** Short words inside street and town names: "Rua do Arenque", "Ostrov nad Ohrí", "Piroska u. 97". */
export const NAME_PARTICLES = words(`
  de do da dos das del della dei degli di du des la le les el al van von der den ter ten y e et nad pod na
  u sur am an im auf bei zum zur of the and upon on
`);

/** Words that end an address block (the country line), also in the generators' spellings. */
export const COUNTRIES = words(`
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
  bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
  burundi cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czechia denmark
  djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia
  germany ghana greece greenland greenlander grenada guatemala guinea guyana haiti honduras hungary iceland
  india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
  kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi
  malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
  morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan
  palau panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
  seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
  tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay
  uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe usa uk england scotland wales martinique
  guadeloupe
`);

/** Country names of more than one word, lower-cased, for the last line of an address. */
export const MULTIWORD_COUNTRIES = [
  'united states', 'united kingdom', 'new zealand', 'south africa', 'czech republic', 'united arab emirates',
  'saudi arabia', 'south korea', 'north macedonia', 'costa rica', 'puerto rico', 'sri lanka', 'el salvador',
  'dominican republic', 'upper austria', 'lower austria', 'northern ireland', 'hong kong',
];

/**
 * Capitalised words that follow "at", "on" or "in" with a number and are not streets: "in Room 210",
 * "on Route 9", "at Gate 5", "to Engine 12", "in Bed 4".
 */
export const NOT_STREET_WORDS = words(`
  room rm bed bay beds bays station gate route rte engine ladder medic rescue squad level floor week day days
  pod unit ward wing tower building bldg suite hall door lot platform terminal exit track chapter page grade
  stage step part phase round game season episode volume vol year years number no table lane trauma icu
  nicu picu ed er or pacu ccu cvicu micu sicu team shift zone area section sector block row seat box pier
  dock hangar court field cohort class group cycle dose module lesson unit act scene line bus train flight
  highway interstate us sr county cr exit mile
`);
