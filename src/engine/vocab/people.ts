/**
 * The vocabulary of person names in running text: where English puts a person (after "my name is",
 * a title, a kinship word, "says"; before "shouted", "lives on", "'s daughter"), and the
 * capitalised words that are never a person's name (labels, organisation words, calendar words).
 * Written from English grammar, not from any one sentence.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Titles before a name. */
export const TITLES = words(`mr mrs ms miss mx mister dr doctor prof professor sir madam dame lord lady rev reverend fr father sister brother`);

/**
 * Words that end an organisation's name ("Allstate Insurance Group", "Smith Ltd.", "Can Capital"):
 * a run of capitals with one of them is a company, whatever names it holds.
 */
export const ORGANISATION_WORDS = words(`
  inc incorporated llc llp ltd limited plc corp corporation co company companies group holdings partners
  associates technologies technology tech solutions systems software labs laboratories industries
  international global capital ventures investments insurance bank bancorp financial finance trust
  consulting services media studios productions records entertainment publishing press agency foundation
  institute university college school academy hospital clinic health healthcare medical pharmacy center
  centre orchestra band choir club society association council committee department ministry bureau
  office network networks communications movers logistics energy motors airlines airways railways
  explorer unlimited research data analytics marketing digital interactive enterprises brands store shop
  restaurant cafe hotel resort church gmbh ag sa nv bv ab oy as asa spa srl
`);

/**
 * Capitalised words that are not names: labels of forms and signatures, calendar words, and the
 * commonest words of headings and titles. A run made only of these is not a person.
 */
export const NOT_NAMES = words(`
  name names address phone mobile desk fax email e-mail website web site date time when where who what why how
  note notes update subject re fw fwd attn bot user answer question title mission statement personal info
  information contact details billing shipping home work office cell tel zip code city state country
  monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december today tomorrow yesterday tonight morning evening night
  the a an and or but if then so yes no not this that these those there here it its he she they we you i
  my your his her our their me him us them please thanks thank hi hello hey dear ok okay sorry welcome
  good great best happy new old big little first last next final happy merry holy saint st
  god jesus christ lord allah buddha covid covid-19 hipaa epic cerner medicare medicaid
  north south east west central upper lower greater united republic kingdom states city county
  street road avenue lane drive court way boulevard highway apt apartment suite unit box
  action adventure animation comedy drama kids family mystery suspense horror thriller romance
  documentary music song songs album band rock pop jazz blues news weekly daily times post journal
  tales pleasures guilty musicians hobbits world life love story stories book books film movie show
  series season episode chapter part volume act article section title treaty union rights civil
  border force army navy police fire department government president minister congress senate court
  day week month year labor labour christmas easter thanksgiving halloween independence memorial
  country club princess prince royal king queen emperor empire palace castle tower bridge station airport
  salesperson employee manager director officer chief executive assistant specialist consultant engineer
  nurse doctor physician surgeon patient pt staff team unit ward floor icu er ed or
  wisdom discipline capitalized words names by directed written produced starring featuring presented
  hosted edited published psa reminder edit tip warning fyi ps summary context background plan goal result
  results lesson status location diagnosis dx hx rx tx assessment impression findings disclaimer source q
  english american british french german spanish italian dutch swedish norwegian danish finnish russian
  chinese japanese korean indian african european asian muslim christian jewish catholic
`);

/** Lower-case phrases (as word sequences) from words[]. */
const phrases = (list: string): ReadonlySet<string> => new Set(list.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean));

const KIN = `kid kids son sons daughter daughters child children baby wife husband partner spouse brother sister mother father
  mom mum dad friend boss cousin aunt uncle niece nephew fiance fiancee fiancé fiancée boyfriend girlfriend colleague
  coworker neighbor neighbour roommate grandfather grandmother grandson granddaughter grandpa grandma stepson
  stepdaughter twin twins mama papa girls boys`.split(/\s+/);
const POSSESSIVES = ['my', 'his', 'her', 'their', 'your', 'our'];

/**
 * The words right before a name that make any name-shaped word one: "my name is Rubija", "people
 * call me Piusz", "my kid Lukas", "says Hauta-aho", "Producer Liviana Palerma". Looked up as the
 * last one to four words before a run of capitals.
 */
export const STRONG_BEFORE = new Set([
  ...phrases(`name is, name's, name was, names are, named, named him, named her, named them, called him, called her,
    call me, calls me, called me, known as, maiden name is, maiden name, last name, first name, full name, surname,
    middle name, name, this is, it's under, it is under, under, under my, starring, featuring, features, directed by,
    written by, produced by, performed by, sung by, composed by, by, not by, says, said, asked, told, according to,
    assistant to, speak to, speak with, talk to, ask for, hi, hello, hey, dear, congrats, congratulations, thanks,
    thank you, producer, songwriter, singer, guitarist, drummer, author, writer, director, actor, actress, player,
    commenter, speaker, guardian, beneficiary, remember me, why is, heard, early, married, i'm, i am, me and,
    spoke with, spoke to, met, meet, with my, and my, mr, mrs, ms, miss, mx, mister, dr, prof, sir, madam,
    shouted at, yelled at, screamed at, smiled at, laughed at, waved at, looked at, pointed at`),
  ...KIN.flatMap((k) => [...POSSESSIVES.map((p) => `${p} ${k}`), ...POSSESSIVES.map((p) => `${p} ${k}'s name`)]),
]);

/** The longest phrase above, in words. */
export const MAX_BEFORE_WORDS = 4;

/** Words right before a name that need the word to look like a name (a known first name or foreign surname). */
export const WEAK_BEFORE = phrases(`with, and, to, for, at, by, of, see, saw, about, like, than, visit, visited, call, text, email, tell, ask, let, told`);

/** The word after a person: speech and life verbs. "Enrico shouted at Gary", "Megan lives on Via Tasso". */
export const PERSON_VERBS = phrases(`shouted, yelled, screamed, whispered, said, says, asked, told, wrote, writes, explained,
  replied, answered, laughed, smiled, cried, lives, lived, began, begins, spent, sang, sings, starred, married, died,
  speaks, spoke, talked, texted, emailed, graduated, shouts, asks, tells`);

/** Two or three words after a person: "is a very", "is from", "had given", "will be talking". */
export const PERSON_AFTER_PHRASES = phrases(`is a very, is very, is from, is so, was a huge, was a very,
  was born, was influenced, had given, has given, will be talking, will be speaking, will be presenting,
  concert, novel, version, fan, speak, points out, just has, is originally, is married, is pregnant`);

/** After "X's": kin, works and belongings that make X a person. */
export const POSSESSED = phrases(`daughter, son, kid, kids, child, children, wife, husband, partner, mother, father, mom, dad,
  sister, brother, family, killers, killer, murder, death, funeral, novel, book, song, songs, album, verses, poems, poem,
  version, address, number, phone, email, house, home, car, account, name, cautionary, birthday, parents, friend`);

/**
 * Endings of surnames in many languages, for names no list holds: Yefremova, Szöllösy, Kowalczyk,
 * Ásgeirsdóttir, Živković, Nishiyama, Fanucci, Hafliðason, Papadopoulos, Vitorović.
 */
export const SURNAME_ENDING =
  /(?:ova|eva|[bdfklmnprstvz]ov|[bdklmnrstv]ev|sky|ski|ska|skaya|skiy|enko|chuk|czuk|czyk|ić|vić|ovich|evich|escu|eanu|oglu|oğlu|[aeiy]an|dze|shvili|sson|ssen|[eit]sen|dóttir|dottir|elli|etti|ini|ucci|akis|opoulos|idis|stein|berg|mann|feld|baum|wicz|inen|ishi|moto|yama|mura|kawa|hara|saki|uchi|zadeh|pour|nejad|ović|ević|šić)$/i;

/** Letters outside ASCII (Szöllösy, Þórunn, Ásgeirsdóttir): in a capitalised word, a foreign name or place. */
export const FOREIGN_LETTER = /[\u00C0-\u024F]/;

/** Words before a town, a country or a company: "moved here from Kenosha", "work for Allstate". */
export const PLACE_BEFORE = phrases(`in, at, from, to, into, near, via, visit, visiting, across, around, toward, towards,
  outside, inside, within, throughout, for, of, based in, city, town, village, capital, in the, at the, from the, to the,
  of the, near the, the`);
