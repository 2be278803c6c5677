import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

/**
 * Patient names in the shapes clinicians actually write them (care-names.ts), each class with the
 * traps that share its shape: colleagues, the poster's own family, times, celebrities, products.
 */
const names = (text: string) => spansOf(analyze(text), 'phi.name').map((s) => s.match);

describe('phi.name in care shapes', () => {
  it.each([
    // A first name right after a bed or room, in any case.
    ['name after a room', 'bed 7, francine, pulled her line out at 2am', 'francine'],
    ['name after a room', 'Room 3 - Herbert - ate every bite of his dinner', 'Herbert'],
    // A first name opening a clause, then a room.
    ['name before a room', 'so tired. eugene in 5 called out all night', 'eugene'],
    ['name before a room', 'Clarice (bed 9) wants her hair braided before family comes', 'Clarice'],
    // Lower-case titles with a surname, then a room or a care word.
    ['lower-case title', 'mr. gallagher in bed 6 is a fall risk tonight', 'mr. gallagher'],
    ['lower-case title', 'mrs okafor in 12 was admitted again overnight', 'mrs okafor'],
    ['lower-case title', 'mrs fernandez was admitted again overnight', 'mrs fernandez'],
    // A title and a bare initial.
    ['title and initial', 'Mrs. T from 18 finally went home', 'Mrs. T'],
    ['title and initial', 'sleep well, mr. b. nights will miss your stories', 'mr. b'],
    // Farewells and memorial address, when the draft is about a patient.
    ['farewell', 'my pt passed this morning. godspeed, Winston.', 'Winston'],
    ['vocative', 'Lost a patient I had for months today. Rosalind, you taught me patience.', 'Rosalind'],
    // An initial and a surname, after a patient reference or before a room.
    ['initial and surname', 'our patient R. Castellanos was extubated today', 'R. Castellanos'],
    ['initial and surname', 'T. Hargreaves in bed 11 keeps asking for his wife', 'T. Hargreaves'],
    // A surname-first census list.
    ['surname first', 'handoff: Moreno, Lucia (fall risk) and Whitaker, Dennis; both admitted tonight', 'Moreno, Lucia'],
    // A person introduced by name while caring for them.
    ['person named', 'spent my whole shift caring for a gentleman named Ignatius', 'Ignatius'],
    // Kinship nicknames in a room.
    ['kinship name in a room', 'nana ruth in 16 taught me to knit on nights', 'nana ruth'],
    ['name after a room', "bed 2's winifred made the whole night shift laugh", 'winifred'],
    // A name set off by commas after a patient reference.
    ['appositive', 'the patient who sang to us every night, Cornelius, went home today', 'Cornelius'],
    // A handle addressed about their own care.
    ['handle', '@kbreaux_21 so good to run into you at the store! see you at your 2 wk follow-up', '@kbreaux_21'],
    // Initials in a bed.
    ['initials in a bed', 'D.W. in the hall bed has been waiting 9 hours', 'D.W.'],
  ])('finds %s: %j', (_cls, text, match) => {
    expect(names(text)).toContain(match);
  });

  it.each([
    // Colleagues, thanked or addressed.
    ['shout out to Nurse Priya for covering bed 4 tonight'],
    ['Ingrid, you are the best preceptor a new grad could ask for. my patients adore you'],
    ['Thanks Marcus, you saved my shift on the unit'],
    // The poster's own family and their farewells.
    ['Rest easy, grandpa. miss you every day'],
    ['my son Felix turns 7 in 2 weeks'],
    // Times, places and units that look like a name and a room.
    ['Heading to Denver in 10 minutes'],
    ['Happy Nurses Week 4 West!'],
    ['Jordan in 3 days!! finally a vacation'],
    ['bed 4, bed 5 and bed 6 all need turns at 2'],
    ['room 12 - clean and ready for the next admit'],
    // Celebrities, products and lower-case words after a title.
    ['RIP Prince, what a voice'],
    ['mr. clean erasers are the only thing that works on these walls'],
    ['ms flare pt in 4 needs her steroids'],
    ['Mr. T was on the break room tv all night'],
    // Staff named after a patient reference.
    ["my patient's night nurse, Gwendolyn, stayed two hours late"],
    ['patient safety rounds with our manager, Ophelia, today'],
    // A handle with no care of theirs in sight.
    ['@sepsis_doc your talk on follow-up clinics was great'],
    ['@nurse_jo congrats on your new job!'],
    // "named" with no care around it.
    ['met a guy named Theo at the farmers market'],
    // A "Last, First" pair with no patient: a town and a state, a list of places.
    ['drove through Portland, Oregon and Austin, Texas this summer'],
    // Initials and surnames in a citation or a byline.
    ['great read by J. Hargreaves in 2019 on sepsis bundles'],
  ])('ignores %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
