import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { warnedRules } from './helpers';

/**
 * Patient stories in classes the held-out sets miss most, each written for these tests with
 * several phrasings, and each class with its benign twins: a patient introduced by an ordinary
 * noun, a patient the nurse knows or the town knows, a room and a circumstance.
 */
const story = (text: string) => warnedRules(analyze(text)).includes('phi.patient_story');
const anyPhi = (text: string) => warnedRules(analyze(text)).some((r) => r.startsWith('phi.'));

describe('phi.patient_story: a patient the poster knows', () => {
  it.each([
    ["the shift's own word, then who they are", "Today's pt was my high school chemistry teacher. Small world."],
    ["tonight's patient", "tonight's first patient turned out to be my old youth pastor from Grace Fellowship"],
    ['"care for" someone known', 'Got to care for my childhood pastor today, Rev. Thomas from First Baptist.'],
    ['"care for" with a community role', 'I got to care for my old soccer coach this morning. He still calls me kiddo.'],
    ['an act of care with a school year', 'Started an IV on my old 3rd grade teacher today, she still remembered my name!'],
    ['drew blood from someone known', 'drew blood from my 5th grade principal tonight, he was so embarrassed lol'],
    ['one of my patients, singled out', 'One of my patients tonight was a pretty well known country singer.'],
    ['one of our patients, a public role', "One of our pts this week was the mayor's wife, she was lovely."],
    ['a role with what it teaches', 'took care of my old violin teacher tonight, she critiqued my handwriting on the whiteboard'],
    ["someone's role with what it teaches", "admitted my daughter's swim coach this morning, he was so embarrassed"],
    ["an ex's family", "So my patient today was my ex-boyfriend's mom. Awkward."],
    ['a school year in words', "got to take care of my son's first grade teacher today"],
  ])('%s: %j', (_class, text) => {
    expect(story(text)).toBe(true);
  });

  it.each([
    ['a teacher retiring', 'My high school chemistry teacher retired today after 40 years, so proud of her.'],
    ["the poster's own family in care words", 'Got to care for my kids all weekend, no shifts. Bliss.'],
    ['a question about care', 'How do you care for a toddler with croup at home? asking for my sister'],
    ['patients in general', 'One of my patients taught me to knit once. Best hobby ever.'],
    ['a lecture', "Today's lecture was on sepsis bundles, great turnout."],
    ['a role with what it teaches, no care', 'My old violin teacher came to my graduation today and cried.'],
    ['staff by role', 'Got to work with our unit educator today, she is amazing.'],
    ['taking care of oneself', 'Remember to take care of yourself this holiday, nurses.'],
    ['the poster\'s own grandma', 'I take care of my grandma on weekends and work nights.'],
    ['a public figure in the news', 'Praying for the senator who announced his cancer diagnosis on the news today.'],
    ['a public figure giving to a hospital', "Famous rapper donated $1M to the children's hospital downtown."],
    ['a public figure performing', 'A famous country singer performed at our hospital gala tonight.'],
  ])('leaves alone %s: %j', (_class, text) => {
    expect(anyPhi(text)).toBe(false);
  });
});

describe('phi.patient_story: a patient by an ordinary noun', () => {
  it.each([
    ['a rare case the poster\'s place treated', 'Woman in her 30s with a rare vasculitis, only the third case our hospital has ever seen.'],
    ['an ordinal case count, first person', 'A man in his 60s came to us with the 4th case of this syndrome I have seen in 20 years.'],
    ['a repeat fall with a place', 'Old man fell again at the Walmart on 5th street, third time this month.'],
    ['a repeat fall from a care home', 'The old man from the nursing home fell again last night, 4th time this month.'],
    ['a foreign body and an event', 'Kid came in with a fish hook in his eyelid from the fishing derby this morning.'],
    ['impaled, with a place', 'A teenager came in tonight impaled on a fence post behind the high school.'],
    ['a superlative the poster\'s place saw', 'woman in her 70s with a 30 lb ovarian tumor, the biggest our surgeons have seen'],
    ['the youngest I have seen', 'A boy, 12, with a stroke today, the youngest I have ever seen in 15 years of neuro.'],
    ['a part of the day framing the admit', "This afternoon's admit was a man who got stuck in a grain bin at the co-op."],
    ['a birth in a taxi', 'A woman delivered her baby in the back of a taxi outside our ER at 3am.'],
  ])('%s: %j', (_class, text) => {
    expect(story(text)).toBe(true);
  });

  it.each([
    ['public-health news of a first case', 'The first case of measles in the state this year was a woman in her 30s who had traveled abroad.'],
    ['a case count without a patient', 'This is only the third case of measles in the county this year. Get vaccinated.'],
    ['a neighbour falling again', 'The old man next door fell again, third time this month. Called his son.'],
    ['the kid across the street', 'the kid across the street fell again off his skateboard today lol'],
    ["the poster's own dad", 'My dad fell again at the Walmart today, third time this month.'],
    ['a stranger at the gym', 'A man at the gym today told me I was using the squat rack wrong.'],
    ['a health fact', 'The average adult has about 5 liters of blood.'],
    ['a superlative season, no patient', 'This is the biggest flu season our state has seen in a decade. Get your shot.'],
    ['a superlative without the poster', 'The youngest stroke patient ever recorded was a newborn, per the journal.'],
    ["this afternoon's meeting", "This afternoon's meeting is moved to the conference room."],
    ['a first time, not a first case', "Our new CEO visited every unit on nights this week. First time I've seen a CEO at 3am!"],
    ['the first time we have seen snow', 'The first time we have seen snow on the helipad in years, the whole unit went to the window.'],
    ['a taxi ride home', 'Took a taxi home after my shift this morning, too tired to drive.'],
  ])('leaves alone %s: %j', (_class, text) => {
    expect(anyPhi(text)).toBe(false);
  });
});

describe('phi.patient_story: a room and a circumstance', () => {
  it.each([
    ['custody', 'the guy in 23 with the prison guard keeps yelling about his lawyer.'],
    ['custody, another phrasing', 'lady in bed 6 came up from the jail in shackles and wants her phone'],
    ['a person in a bed and what they look like', 'the 350 lb guy in 7 broke the bedside commode again'],
    ['a person in a bed and their family', 'the lady in 5 whose son is a cop keeps threatening to call the chief'],
  ])('%s: %j', (_class, text) => {
    expect(story(text)).toBe(true);
  });

  it.each([
    ['custody training', 'The corrections officer training was today at the county jail.'],
    ['a room alone', 'Bed 12 is now a dedicated peds bay.'],
    ['a person in a bed with only a time', 'the guy in 7 has been on the call light all night'],
    ['a seat somewhere else', 'The lady in 3B at the DMV was so helpful today.'],
  ])('leaves alone %s: %j', (_class, text) => {
    expect(story(text)).toBe(false);
  });
});

describe('phi.patient_story: a person told by what they did, then how they are', () => {
  it.each([
    ['a crash, stable', "the teenager who crashed his dad's truck into the Dairy Queen on 5th is stable"],
    ['a crash, intubated', "the teenager who crashed his dad's truck into the Dairy Queen on 5th is intubated"],
    ['a crash, in the OR', "the teenager who crashed his dad's truck into the Dairy Queen on 5th is in the OR"],
    ['a crash, coded', "the teenager who crashed his dad's truck into the Dairy Queen on 5th coded twice"],
    ['a crash, airlifted', "the teenager who crashed his dad's truck into the Dairy Queen on 5th was airlifted to us"],
    ['a deer on the highway', 'the woman who hit a deer on 57 last night is in the OR'],
    ['an atv at the lake', 'the guy who flipped his atv at the lake is intubated'],
    ['a car rolled, a return', 'the resident who crashed her car last winter is back in our ER tonight'],
    ['a fall from a roof', 'the old man who fell off the roof of the Methodist church on Main is stable'],
  ])('%s: %j', (_class, text) => {
    expect(story(text)).toBe(true);
  });

  it.each([
    ['a truck', 'my truck is stable now after the new tires'],
    ['a market', 'the market is stable'],
    ['a situation', 'the situation is stable'],
    ['news of the crash', "the teenager who crashed his dad's truck into the Dairy Queen on 5th is stable, police said"],
    ['news, another phrasing', 'the man who drove into the river is stable, officials said'],
    ['a crash and jail', 'the guy who crashed his car into my fence is in jail'],
    ['a colleague back at work', 'my coworker who wrecked her car last week is back at work'],
    ['a server', 'the server crashed again, the system is stable now'],
    ['rolling eyes', 'we had a lady who rolled her eyes at every single thing I said lol'],
    ['a colleague back on nights', 'the resident who crashed her car last winter is back on nights and doing great'],
    ['a colleague back at work', 'the resident who crashed her car last winter is back at work this week'],
  ])('leaves alone %s: %j', (_class, text) => {
    expect(anyPhi(text)).toBe(false);
  });
});

describe('phi.patient_story: a first name from a care unit, gone home after a long stay', () => {
  it.each([
    ['home after days with us', 'tom from the cardiac unit went home today after 40 days with us, we lined the hallway'],
    ['a discharge after weeks', 'sam from the cardiac unit had his discharge today after 6 weeks with us'],
    ['graduated from the NICU', 'jake from the nicu graduated from the NICU today, we cried'],
    ['weeks on our unit', 'rose from the burn unit went home this morning after 3 weeks on our unit'],
    ['capitalised', 'Tom from the cardiac unit went home today after 40 days with us'],
  ])('%s: %j', (_class, text) => {
    expect(warnedRules(analyze(text))).toContain('phi.name');
    expect(story(text)).toBe(true);
  });

  it.each([
    ['went home early', 'tom from the cardiac unit went home early today'],
    ['after a long shift', 'tom from the cardiac unit went home today after a long shift'],
    ['a birthday', 'happy birthday to tom from the cardiac unit!'],
    ['a promotion', 'tom from the cardiac unit got promoted today after 6 weeks of orientation'],
    ['back from leave', 'welcome back tom from the cardiac unit, we missed you'],
    ['covering a shift', 'rose from the burn unit covered my shift today, bless her'],
    ['years with us', 'tom from the cardiac unit retired today after 30 years with us'],
  ])('leaves alone %s: %j', (_class, text) => {
    expect(anyPhi(text)).toBe(false);
  });
});

describe('phi.patient_story: someone on a screen', () => {
  it.each([
    ['seen on tv, then came in', 'the guy who was on tv for the bank robbery came in tonight with chest pain'],
    ['seen on tv, then came back', 'the guy who was on tv for the bank robbery came back tonight with chest pain, third visit this month'],
    ['a series, then admitted', 'that guy from the Netflix series was admitted to our ICU last night after a crash'],
    ['is back, in our ER', 'the guy from the motorcycle crash last week is back in our ER tonight'],
  ])('%s: %j', (_class, text) => {
    expect(story(text)).toBe(true);
  });

  it.each([
    ['back on tv', 'The biter from Shark Week is back on tv tonight'],
    ['back on netflix', 'The guy from that Netflix documentary is back on netflix tonight'],
    ['an episode', 'the lady from the episode of Hoarders is back this season on tv'],
    ['a show, with the poster', 'The biter from Shark Week is back on tv tonight, my kids are thrilled'],
    ['a film', 'that kid from the movie about the cave rescue is back in theaters this week'],
  ])('leaves alone %s: %j', (_class, text) => {
    expect(story(text)).toBe(false);
  });
});

describe('phi.patient_story: classes a second held-out round missed (h0600-h0659)', () => {
  const rules = (text: string) => warnedRules(analyze(text));

  it.each([
    ['a patient named by a case word', 'Stabbing from the bus depot last night needed 40 staples, he tipped the tech'],
    ['a patient named by what brought them', 'Detox pt from the frat house again tonight, third weekend running'],
    ['a case word with an article', 'the OD at the skate park sat morning was the coach of my kid\'s team'],
    ['"I was her nurse"', 'the youngest girl on the swim team broke her neck diving at the lake, i was her nurse'],
    ["\"I'm his medic\"", "i'm his medic every time he calls, the trucker from exit 12 with the glass eye"],
    ['an alert run on someone', 'we called a stroke alert on the high school principal this afternoon, she is ok'],
    ['someone had in for care', 'had the old sheriff in for chest pain tonight, whole waiting room recognised him'],
    ['someone known turned patient', 'my landlord became my patient today lol, hope rent stays the same'],
    ['a patient who was someone known', 'my pt yesterday was my former roommate from nursing school, she had a miscarriage'],
    ['an ordinal count', 'that guy came in with a fork stuck in his hand, 2nd one this month'],
    ['a frequent flyer counted', 'our frequent flier came in tonight for a splinter, dispatch sighed'],
    ['a photo taken with the pt', 'snapped a selfie with my pt on her last radiation day 💜'],
    ['someone addressed', 'to the pt who tried to leave our ICU in a hospital gown at 3am: you know who you are'],
    ['an abbreviated weekday', 'the lady we intubated tues was the lunch lady at my son\'s school'],
  ])('%s: %j', (_class, text) => {
    expect(rules(text)).toContain('phi.patient_story');
  });

  it.each([
    ['a case word taught', 'Stabbing wounds to the flank: think kidney, get a CT'],
    ['a case word in general', 'Detox pts need their CIWA every 4 hours, no exceptions'],
    ['the poster at work, no patient', 'i was the charge nurse tonight and we had zero falls 🎉'],
    ['an alert as a drill', 'we ran a stroke alert drill this afternoon, door to needle 41 min'],
    ['a visitor had in, no care', 'had the fire marshal in for the annual inspection today, we passed'],
    ['a friend by relation, no care', 'my landlord became my friend this year, he fixed the sink for free'],
    ['an ordinal of the poster', 'my 2nd one this month: I finally passed the CCRN'],
    ['frequent flyer miles', 'cashing in my frequent flyer miles for a beach week, no pagers'],
    ['a photo with staff', 'took a selfie with the new grads today, proud preceptor moment'],
    ['addressed, no patient', 'you know who you are: whoever keeps microwaving fish on night shift'],
    ['an abbreviated weekday, no patient', 'skills fair tues in the education room, bring your badge'],
  ])('leaves alone %s: %j', (_class, text) => {
    expect(rules(text)).not.toContain('phi.patient_story');
  });

  it('reads "is in 14 again yelling" as a bed, not "the meeting is in 14 again"', () => {
    expect(rules('the plumber from 5th street is in 14 again kicking the rails')).toEqual(expect.arrayContaining(['phi.room', 'phi.patient_story']));
    expect(rules('the staff meeting is in 14 again, bring cookies')).toEqual([]);
    expect(rules('our huddle was in 3 again, so cramped')).toEqual([]);
  });

  it('takes no year after "in" for a bed: "pt born in 1944" names nobody', () => {
    expect(rules('pt born in 1944 in bed 6 still beats me at cards')).not.toContain('phi.name');
    expect(rules('pt lopez in 9 keeps pulling his iv')).toContain('phi.name');
  });
});
