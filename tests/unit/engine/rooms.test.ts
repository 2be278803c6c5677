import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { spansOf } from './helpers';

describe('phi.room', () => {
  it.each([
    ['Our sweetest patient turned 99 today in room 318', 'room 318'],
    ['Insulin pump alarmed all night on our pt in bed 12', 'bed 12'],
    ['Kid in bay 4 put a Lego up his nose AGAIN.', 'bay 4'],
    ['The dirtbag in 5 spit on me.', '5'],
    ['Pt Sandra K. in 9 keeps asking for her cat.', '9'],
    ['the lady in 4B keeps calling me sweetheart', '4B'],
    ['pt in rm 22 finally pooped', 'rm 22'],
    ['he came in to trauma 2 screaming', 'trauma 2'],
    ['report on bed #14: he pulled his IV again', 'bed #14'],
    // A person named by what they do, then a number that acts like a person.
    ['the screamer in 4 finally fell asleep.', '4'],
    ['the biter in 9 got me again', '9'],
    ['our climber in 12 keeps trying to get out of bed', '12'],
    ['the sundowner in 22 is at it again tonight', '22'],
    ['the wanderer in 31 got out again', '31'],
    ['the guy in 12 at the end of the hall keeps yelling', '12'], // a place on the unit
  ])('finds %j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.room')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['Happy Nurses Week 4 West!'],
    ['Staff meeting in conference room 3 at noon'],
    ['Room 318 has the broken ice machine again'],
    ['Shoutout to the 4B team for a great survey'],
    ['The guy in 2019 who taught me IVs was a legend'],
    ['the kid in 5 minutes went from fine to not fine'],
    ['Break room 2 finally got a new coffee maker'],
    ['Our unit has 32 beds and 4 bays'],
    ['the winner in 4 races gets a gift card'], // an agent noun, nothing acting like a person
    ['the runner in 5th place was one of our nurses!'],
    ['the dancer in 3 of the photos is my coworker'],
    ['The lady in 3B at the DMV was so helpful today.'], // a counter somewhere else
    ['The guy in 2B at my apartment complex keeps parking in my spot.'], // a flat
    ['the lady in 4C at the pharmacy drive thru is the nicest person alive'], // any place but a care place
    ['the doctor in 3 keeps paging me about labs'], // staff
    ['the new preceptor in 2 weeks will be Jo'],
    ['PSA: "the sweet lady in room 12" IS identifiable. Think before you post.'], // quoting an example in a rule post
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.room')).toEqual([]);
  });

  it('reads a bed that acts like a person as the patient in it', () => {
    expect(spansOf(analyze('bed 14 keeps pressing the call light lol'), 'phi.room')).toEqual([{ match: 'bed 14', severity: 'high' }]);
  });

  it.each([['Bed 12 in our ED is now a dedicated peds bay'], ['Trauma 2 is closed for renovations until Friday']])(
    'reports a facility note only under strict: %j',
    (text) => {
      expect(spansOf(analyze(text), 'phi.room')).toEqual([]);
      expect(spansOf(analyze(text, { sensitivity: 'strict' }), 'phi.room').map((f) => f.severity)).toEqual(['medium']);
    },
  );

  it.each([
    ['BED: 4B\tXIONG PAO\tADULT', 'BED: 4B'],
    ['Bed 12 DOE JOHN', 'Bed 12'],
    ['ROOM: 412\tST MARY HOSPITAL', 'ROOM: 412'],
  ])('on a medical image, reads the bed or room printed with the patient as theirs: %j', (text, match) => {
    expect(spansOf(analyze(text, { medicalImage: true }), 'phi.room')).toEqual([{ match, severity: 'high' }]);
    expect(spansOf(analyze(text), 'phi.room')).toEqual([]);
  });
});

describe('phi.room in words', () => {
  it.each([
    ['the gentleman in room six keeps asking for his wife', 'room six'],
    ['bed eleven just proposed to me again lol', 'bed eleven'],
    ['hallway bed 4 has been waiting nine hours for a room', 'hallway bed 4'],
    ['the lady in the corner bed keeps hiding her pills in the plant', 'corner bed'],
    ['the man in the end room on 6 West calls me his angel', 'end room'],
    ['whoever is in 512 please stop pressing the call light', '512'],
    ['bay 9 is so confused tonight, keeps calling me mom', 'bay 9'],
    ['cubicle 4 is an absolute gem, brought us cookies', 'cubicle 4'],
  ])('%j', (text, match) => {
    expect(spansOf(analyze(text), 'phi.room')).toEqual([{ match, severity: 'high' }]);
  });

  it.each([
    ['she slept in her bed one night and woke up cured of her cold'], // a count, not a bed number
    ['Room two is booked for the staff meeting'], // a meeting room, nobody
    ['she is in the back room eating her lunch'], // a colleague on a break
    ['my husband took the corner room in our new house'], // the poster's family
    ['the isolation room on 4 is getting new HEPA filters'], // facilities
    ['Bed 12 is a peds bay starting Monday'], // a bed as a facility
    ['bed 4 is clean and ready for the next admit'],
  ])('ignores %j', (text) => {
    expect(spansOf(analyze(text), 'phi.room')).toEqual([]);
  });
});
