import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

const impairment = (text: string) => spansOf(analyze(text), 'conduct.impairment').map((f) => f.severity);

describe('conduct.impairment', () => {
  it.each([
    ["Two glasses of wine before my shift never hurt anyone, let's go 7p"],
    ['took an edible before night shift, everything is so funny in the med room'],
    ["popped a xanax before report, it's the only way I survive this unit"],
    ["so hungover charting rn, if I chart on the wrong pt it's the tequila's fault"],
    ['still buzzed from the bar, clocking in at 7, pray for my patients'],
    ["wasted 2 mg of dilaudid and 'wasted' 2 mg of dilaudid if you know what I mean"],
    ["Still drunk from last night and I'm precepting a new grad today lmao"],
    ['3 mimosas at brunch and then got called in for a 7p. We ball'],
    ['Nothing gets me through a night shift like a vape pen full of THC in my pocket'],
    ['the narc count was off by 2 oxy and honestly it was me lol'],
    ["Couple of shots at the bar and then straight into my night shift. Let's gooo"],
    ["low key still tipsy from the wedding and I'm charge nurse today lol"],
    ['we all smoked in the parking garage before day shift, best huddle ever'],
    ['snagged a few of the wasted percs, my back is wrecked after this week'],
    ['Pre-shift tequila shot with the night crew, tradition'],
    ["showed up to the unit still kinda high from last night lmao don't tell"],
    ["Sipping a margarita in the break room on my lunch, don't tell anyone"],
    ['Ate a gummy on my break and now charting is the funniest thing ever'],
    ['edible hit way harder than expected and im first call tonight'],
    ["popped an adderall that wasn't mine to survive this 16 hr shift"],
    ["the leftover fentanyl waste? let's just say it didn't all make it into the sharps"],
    ["can't believe I got through report still drunk from last night, lol"],
    ["took my husband's ambien to sleep between doubles, still groggy on the unit"],
    ['microdosed shrooms before clinic today, best patient rapport ever'],
  ])('finds %j', (text) => {
    expect(impairment(text)).toEqual(['high']);
  });

  it.each([
    ['Wine & paint night for Nurses Week, Saturday 6pm. Off duty, Ubers home'],
    ['After a 12, a glass of wine on the couch is self care. Off for 3 days!'],
    ['How to approach an intoxicated patient: stay calm, keep your distance.'],
    ['honestly hope the drunk driver in trauma 1 recovers'],
    ['I am so tired I could drink a whole pot of coffee before my shift'],
    ['Had two shots of espresso before report and now I can hear colors'],
    ['Flu shots and pumpkin spice lattes before my shift, the fall routine'],
    ['ED PSA: edibles kick in slowly, so people take more.'],
    ['High census, high acuity, high stress tonight on the unit'],
    ['I would never drink before a shift. Ever.'],
    ['I need a glass of wine after this shift. Or three. Off tomorrow, thank god.'],
    ['Our pt was so high on meth he tried to fight the IV pole. Stay safe out there.'],
    ['Alcohol withdrawal can kill. CIWA every 4 hours, know your seizure precautions.'],
    ['Gave the migraine cocktail at 0200 and she finally slept. Night shift wins.'],
    ['Not gonna lie, I smoked a cigarette before my shift. Quitting next week.'],
    ['Wasted 2 mg of dilaudid with my charge nurse as witness, by the book.'],
    ['High flow, high acuity, high stress. Proud of this ICU team tonight.'],
    ["Sipping coffee in the break room before a 12. Let's do this."],
    ["Wine night with my coworkers after a brutal week, we're all off tomorrow"],
    ['Drunk driving victims fill our trauma bay every weekend. Please get a ride.'],
    ['whoever wrecked drunk and killed that family, I hope the court throws the book at them'],
    ['my dog Whiskey greeted me after a brutal night shift'],
    ['pt on klonopin and ambien at home, fall precautions'],
  ])('ignores %j', (text) => {
    expect(impairment(text)).toEqual([]);
  });
});
