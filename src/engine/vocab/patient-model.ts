/**
 * The vocabulary of the patient model (recognizers/patient-model.ts): the classes of words with
 * which a clinician refers to one person they cared for, says that an encounter happened, and
 * adds the details that let others recognise that person. Each list is a class of English (person
 * nouns, care settings, encounter verbs), written from the language, not from any one post.
 * Phrases are lower case and written as the engine's words split them: "didn't make it", "y o"
 * for "y/o", "l d" for "L&D".
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));
const phrases = (s: string): string[] => s.split(',').map((p) => p.trim().replace(/\s+/g, ' ')).filter(Boolean);

/** One person, by what they are: "a man", "the toddler", "this gentleman", "one teen". */
export const PERSON_NOUNS = words(`
  man woman guy lady gentleman gent dude fella fellow chap bloke gal girl boy kid kiddo child baby infant newborn
  neonate preemie toddler teen teenager adolescent youngster tween female male mom mother mum mama dad father papa
  grandma grandpa grandmother grandfather granny gramps grandson granddaughter son daughter wife husband brother
  sister patient pt admit individual elder oldtimer old-timer sweetheart sweetie cutie angel momma mamma
  auntie aunty uncle nan nana gran granny lad lass bloke cousin niece nephew aunt stepmom stepdad stepson stepdaughter
`);

/**
 * Several people cared for as one: "the twins in pod C", "a couple from out of town". A group of
 * this kind is as identifiable as one person.
 */
export const GROUP_NOUNS = words(`twins triplets quads quadruplets quintuplets sextuplets couple siblings`);

/**
 * Public figures: a patient known by role rather than name ("a famous singer", "the channel 5
 * weatherman", "the mayor"). Anyone in town can name such a person, so the role is a strong detail.
 */
export const PUBLIC_ROLES = words(`
  quarterback qb linebacker pitcher goalie olympian mayor councilman councilwoman councilmember councilor
  alderman senator governor congressman congresswoman judge sheriff superintendent commissioner ceo singer rapper
  actor actress comedian anchor newscaster reporter journalist weatherman weatherwoman meteorologist dj
  influencer youtuber tiktoker celebrity guitarist drummer bassist vocalist frontman frontwoman footballer
  cricketer golfer boxer striker midfielder defenseman pitcher catcher shortstop newsreader presenter broadcaster
  podcaster streamer author novelist poet artist sculptor
`);

/**
 * Community roles: known to a town, a parish or a school ("the pastor of First Baptist", "my
 * son's principal"). A detail, not a name: with another detail they single someone out.
 * Occupations that are also the poster's colleagues (nurse, doctor, manager, chaplain) are not
 * here: "our new manager" is staff.
 */
export const COMMUNITY_ROLES = words(`
  pastor priest minister reverend rabbi imam bishop deacon nun monk preacher principal teacher professor coach
  founder musician librarian mascot cheerleader
`);

/** What someone does for a living or a sport: a detail that narrows who they are. */
export const OCCUPATIONS = words(`
  firefighter fireman cop trooper deputy soldier marine sailor veteran vet farmer rancher trucker lineman roofer
  electrician plumber carpenter mechanic welder logger miner student freshman sophomore bartender waitress waiter
  cashier janitor lifeguard referee umpire dancer ballerina jockey boxer wrestler athlete player swimmer gymnast
  skater inmate prisoner detainee chef dentist lawyer attorney barber hairdresser mailman postman
  grocer butcher baker pilot contractor landscaper nanny babysitter shopkeeper
  grader kindergartner kindergartener preschooler
`);

/** People by what they were doing when hurt: "a cyclist", "the driver", "a hiker". A person, not a detail. */
export const ACTIVITY_PERSONS = words(`
  driver passenger pedestrian cyclist biker motorcyclist rider hiker climber skier snowboarder surfer hunter
  fisherman runner jogger skateboarder
`);

/** "the guy who runs the pizza place": what ties a person to a business or a team after "who". */
export const ROLE_VERBS = phrases(`
  owns, owned, runs, ran, manages, managed, coaches, coached, teaches, taught, preaches, plays for, played for,
  works at, worked at, sings, hosts, anchors, founded, pastors, leads, used to play for, used to coach,
  used to own, used to run, used to teach, used to preach, used to sing, used to work at, play for
`);

/** Custody and escort: "with the prison guard", "in cuffs". The unit and the news can place them. */
export const CUSTODY = phrases(`
  in custody, handcuffed, cuffed, in cuffs, shackled, shackles, prison guard, corrections officer, police escort,
  under arrest, deputies, with two cops, with police, with pd
`);

/** Kinship words that, bare at the start of a sentence, are the poster's own: "Grandma came home today". */
export const BARE_OWN_KIN = words(`mom mum mama momma dad daddy papa grandma grandpa granny gramps nana nan pop pops hubby husband wife`);

/**
 * The poster's own family: "my dad", "our son", "my twins". A story about them is the poster's to
 * tell, not a patient's.
 */
export const OWN_KIN = words(`
  mom mother mum mama momma mamma dad father papa daddy grandma grandpa grandmother grandfather granny gramps nana
  nan pop pops son daughter kid kids kiddo child children baby babies boy boys girl girls husband hubby wife partner
  brother sister bro sis aunt auntie uncle cousin niece nephew grandson granddaughter grandkid grandkids grandbaby
  fiance fiancé fiancee fiancée boyfriend girlfriend bf gf family twins triplets stepson stepdaughter stepmom
  stepdad in-laws sil bil mil fil toddler teen teenager infant newborn preemie littles little youngest oldest eldest
`);

/** Kin of someone else: "her son", "his wife", "their daughter". With a pronoun, a patient's family. */
export const KIN_OF_OTHERS = words(`
  mom mother mum mama dad father son daughter kid kids child baby husband wife partner brother sister grandson
  granddaughter grandma grandpa grandmother grandfather fiance fiancé fiancee fiancée boyfriend girlfriend twins
  newborn family parents
`);

/** Words that come before the person noun: "a sweet little old lady", "the 12 year old", "a first time mom". */
export const MODIFIERS = words(`
  old young elderly older younger little tiny sweet sweetest lovely frail sick sickest poor pregnant homeless drunk
  intoxicated unresponsive combative confused demented teenage middle-aged first-time first time new newborn
  premature big large small tall skinny heavy obese bariatric quiet angry scared nice nicest sassy feisty grumpy
  cranky local famous well-known beloved retired former star starting head senior elementary high middle school
  childhood favorite favourite fave regular same another white black hispanic latino injured hurt critical dying
  late expectant laboring labouring postpartum pediatric paediatric adult male female morning evening news radio
  tv channel weather city county town church youth varsity college pro professional olympic nfl nba mlb nhl
  football basketball baseball soccer hockey volleyball softball track wrestling swim lacrosse rugby golf tennis
  world-famous award-winning legendary hometown neighborhood neighbourhood 20-something 30-something 40-something
  50-something 60-something 70-something 80-something 90-something twenty-something thirty-something
  forty-something fifty-something sixty-something seventy-something eighty-something ninety-something
  chemistry math english history science music art band gym pe spanish biology physics wwii ww2 vietnam korea
  iraq afghanistan war army navy marine coast guard air force cute gorgeous beautiful handsome stubborn
  feisty spunky precious amazing dialysis cancer stroke burn cardiac psych hospice chemo transplant diabetic
  dementia post-op postop surgical ortho peds trauma overdose od copd chf only lead ex former grade
`);

/** Articles and determiners that start a reference to one person. "my" and "our" are judged apart. */
export const DETERMINERS = words(`a an the this that one another some`);
export const POSSESSIVE_DETERMINERS = words(`my our`);
/** Third-person possessives: "her son", "his wife" (a patient's family). */
export const PRONOUN_POSSESSIVES = words(`his her their`);

/** Numbers written as words, for ages ("a three year old", "forty-two year old"). */
export const NUMBER_WORDS = words(`
  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
`);

/**
 * What makes the reference a known, particular person: "the guy from the homecoming game", "the
 * woman with the tattoo", "the lady we lost". After "the/that/this" + person noun. "in" only
 * before a bed or a care setting ("the lady in 302", not "the lady in the red coat").
 */
export const QUALIFIERS = words(`from with who whose that we i they he she`);
export const LOCATED_IN = words(`room rm bed bay trauma pod resus triage isolation iso ed er or icu nicu picu micu sicu ccu l&d hall hallway`);

/** After a reference, where the poster lives: "the old man next door" is a neighbour. */
export const NEIGHBOUR_PHRASES = phrases(`
  next door, across the street, across the hall, down the street, down the road, upstairs, downstairs,
  in my building, on my street, in my neighborhood, in my neighbourhood
`);

/** Around a name or a reference, these make it a colleague's moment, not a patient's. */
export const COLLEAGUE_MOMENTS = phrases(`
  congratulations, congrats, congratulate, welcome, welcoming, shoutout, shout out, shout-out, kudos, retiring,
  retirement, retires, promoted, promotion, nurse of the year, daisy award, award, years of service, anniversary,
  new hire, new grads, orientation, preceptor, thank you to, thanks to, grateful for the, proud of our,
  back on nights, back on days, back on shift, back at work, back on the schedule
`);

/**
 * Something happened to the person in someone's care: they arrived, were moved or were treated.
 * Past tense and passives: "comes in" and "presents" are teaching, not a shift.
 */
export const ENCOUNTER_PHRASES = phrases(`
  came in, came into, came through, walked in, walked into, rolled in, rolled into, wheeled in,
  wheeled into, brought in, brought into, brought to, brought back, was brought, were brought, showed up, got here,
  checked in, dropped off, got dropped, was dropped, flown in, flown to, flew in, airlifted, air-lifted,
  life-flighted, lifeflighted, life flighted, flighted, medevaced, transported, transferred, admitted, readmitted,
  triaged, rushed in, rushed to, was rushed, taken to, was taken, sent to, sent up, sent over, sent down, sent out,
  landed in, got admitted, got transferred, got brought,
  intubated, extubated, coded, shocked, defibrillated, cathed, scoped, sedated, stabilized, stabilised,
  resuscitated, revived, worked him, worked her, worked on, got him back, got her back, got them back, got a pulse,
  got pulses, got rosc, had rosc, pronounced, delivered, gave birth, had her baby, had a baby, had twins, had triplets,
  birthed, treated, stitched, sutured, splinted, operated, took care of, taking care of, cared for, caring for,
  looked after, held her hand, held his hand, picked up, picked him up, picked her up, picked them up, pulled him,
  pulled her, found him, found her, found down, found unresponsive, found unconscious, ran a code, ran the code,
  went home, going home, sent home, got discharged, was discharged, discharged, left ama, eloped, rang the bell,
  got his heart, got her heart, got his new, got her new, came off, weaned off, off the vent, in surgery,
  into surgery, on the table, to the or, to surgery, to the cath lab, is intubated, is extubated, was intubated,
  was extubated, we lost, i lost, lost him, lost her, we got, we had, we saw, we treated, we transported,
  we delivered, we coded, we intubated, we shocked, we flew, we ran, we worked, i had, i saw, i treated, i admitted,
  i triaged, i held, i intubated, i transported, i delivered, had to tell, broke the news, got, just got, had,
  just had, we found, i found, we pulled, i pulled, life flight, life flighted, flight for life, airlift, medevac,
  sat with, i sat with, we sat with, did cpr on, did compressions on, coded him, coded her, worked him up, worked her up,
  came to us, was sent to us, came to our, came to the, came to a e, came to opd, came to casualty, took good care of, took great care of,
  care for, got to care for, take care of, got to take care of, started an iv on, started an iv in, started a line on, put an iv in, placed an iv in,
  drew blood from, drew labs on, gave report on, did a dressing change on,
  taking good care of, got his kidney, got her kidney, got his liver, got her liver, got his lungs, got her lungs,
  got a kidney, got a liver, got a heart, got new lungs, worked with,
  was his nurse, was her nurse, was their nurse, was his medic, was her medic, was his doctor, was her doctor,
  i'm his nurse, i'm her nurse, i'm his medic, i'm her medic
`);

/** Outcomes: they tell of care only next to another sign of it ("the teacher who inspired me passed away"). */
export const OUTCOME_PHRASES = phrases(`
  arrived, died, passed, passed away, didn't make it, did not make it, didnt make it, made it, survived,
  pulled through, woke up, opened his eyes, opened her eyes, is moving, started breathing, walked out, walked again,
  arrested, crashed, collapsed, seized, seizing, bled out, brain dead, declared, is stable, is alive, awake,
  is back, was back, came back, bounced back, had a seizure, had a stroke, had a heart attack, had an mi,
  went into labor, went into labour, went into cardiac arrest, stopped breathing, overdosed, od'd, swallowed,
  fell again, is back again, was back again
`);

/**
 * Encounters whose object must be one person: "caring for the sick", "we had a great shift" are
 * not encounters; "caring for a 90 year old", "we had a toddler" are.
 */
export const TRANSITIVE_PHRASES = phrases(`
  took care of, taking care of, cared for, caring for, looked after, we had, we saw, i had, i saw, we got, i held,
  we ran, we worked, picked up, treated, we treated, i treated, delivered, we delivered, i delivered, transported,
  we transported, i transported, worked on, got, just got, had, just had, sat with, i sat with, we sat with,
  took good care of, took great care of, taking good care of, worked with, care for, got to care for, take care of, got to take care of,
  started an iv on, started an iv in, started a line on, put an iv in, placed an iv in, drew blood from,
  drew labs on, gave report on, did a dressing change on
`);

/**
 * Having or seeing someone tells of care only where care is told of nearby: "we had a toddler in
 * trauma 2" is a patient, "we had a toddler at church today" a visitor.
 */
export const POSSESSION_PHRASES = phrases(`we had, we saw, i had, i saw, we got, i got, got, just got, had, just had`);

/** After "had", "we had": giving birth, not a patient ("I had a baby girl Tuesday!"). */
export const BIRTH_OBJECTS = words(`baby babies newborn infant twins triplets son daughter boy girl`);

/** "my 3am admit", "today's trauma", "tonight's code": the shift's own word for a patient. */
export const FRAMING_LEADS = words(`my our today's todays tonight's tonights yesterday's last this morning's`);
export const FRAMING_HEADS = words(`admit admission trauma code delivery transport transfer run`);

/**
 * Where care happens: after "in", "on", "to", "into", "at", "from", "through" ("in trauma 3", "on
 * the cardiac unit", "to our ICU", "from the 4th floor psych unit").
 */
export const SETTING_HEADS = words(`
  ed er or icu nicu picu micu sicu ccu cvicu cticu neuro-icu trauma resus triage pacu stepdown step-down tele
  telemetry l&d ld ob nursery ambulance rig helicopter chopper hospice rehab dialysis isolation cath unit floor
  ward bay pod department hospital a&e opd casualty theatre theatres resus majors minors clinic centre center
  practice infirmary
`);
/** Settings of more than one word. */
export const SETTING_PHRASES = phrases(`
  cath lab, l d, labor and delivery, burn unit, trauma bay, resus bay, step down, back of,
  emergency room, emergency department, operating room, recovery room, delivery room, waiting room, er room,
  triage room, psych ward, psych unit, mother baby, mother-baby unit, special care nursery, a e, a and e,
  accident and emergency, outpatient department, day unit, cancer centre, cancer center
`);
/** Settings that take other words before them: "the cardiac unit", "our 3rd floor cvicu". */
export const SETTING_TAKES_MODIFIERS = words(`unit floor ward icu bay pod department hospital clinic centre center practice`);
/** Care settings by name that need no preposition: "the ED", "the ICU" after "in/to" are covered above. */
export const SETTING_PREPOSITIONS = words(`in into on to at from through inside`);

/** Words around a reference that make it hypothetical or general: "if a man comes in", "every patient". */
export const HYPOTHETICAL = words(`if whenever imagine suppose supposing unless every any each should would could whoever hope hoping wish wishing`);

/**
 * Words of public news, statistics and announcements: a story told about strangers by others
 * ("a man was taken to a local hospital, police said") is not a disclosure by the poster.
 */
export const NEWS_PHRASES = phrases(`
  police said, officials said, authorities said, according to, was reported, were reported, reportedly,
  a local hospital, an area hospital, local hospital, area hospital, breaking news, news release, press release,
  study, studies, survey, statistics, data shows, data show, percent, per year, per capita, nationwide, national,
  worldwide, the cdc, cdc, who reports, sheriff's office, police department, investigation, investigators
`);

/** Details that single someone out, in the model's own classes (the story's lists hold the rest). */
/**
 * How long a patient stayed: "after 94 days", "for three weeks", "11 weeks on our unit". A length
 * of stay is counted in days, weeks and months; hours, nights and shifts are the staff's own work
 * ("12 hours on my feet", "for three nights in a row").
 */
export const DURATION_UNITS = words(`day days week weeks wk wks month months mo`);
/** Years are a career ("30 years in our ED") except after "after" ("after 4 years on the list"). */
export const YEAR_UNITS = words(`year years yr yrs`);
export const DURATION_LEADS = words(`after for over nearly almost spent`);

/** A physical description that the family and the town recognise: "the butterfly tattoo", "the red hair". */
export const DESCRIPTION = phrases(`
  tattoo, tattoos, tattooed, scar, scars, piercing, piercings, pierced, birthmark, red hair, pink hair, blue hair,
  green hair, purple hair, orange hair, white hair, mohawk, dreadlocks, dreads, beard, mustache, moustache,
  glass eye, eye patch, prosthetic, prosthesis, amputee, wheelchair, cowboy hat, cowboy boots, wearing, dressed as,
  costume, jersey, uniform, gold tooth, gold teeth, missing teeth, one arm, one leg, no legs, feet tall, ft tall,
  seven feet, 7 feet, lb, lbs, pounds, oz, kg
`);

/**
 * Places everyone in town knows, in lower case: "behind the gas station", "at the skate park",
 * "outside the elementary school". Capitalised names are read by the story's own place pattern.
 */
export const PUBLIC_PLACES = phrases(`
  gym, mall, church, school, elementary school, high school, middle school, park, skate park, skatepark, playground,
  pool, lake, river, beach, bridge, interstate, highway, freeway, overpass, underpass, gas station, parking lot,
  parking garage, parking deck, bar, nightclub, club, restaurant, stadium, arena, fair, county fair, state fair,
  fairgrounds, campground, trailer park, motel, hotel, jail, prison, shelter, homeless shelter, group home,
  daycare, day care, bus stop, bus station, bus depot, depot, train station, tracks, train tracks, airport, subway, factory, plant,
  warehouse, farm, barn, construction site, job site, jobsite, worksite, ski slope, slopes, trampoline park,
  water park, zoo, dealership, casino, bowling alley, laundromat, library, post office, courthouse, rodeo,
  racetrack, golf course, football field, soccer field, ballpark, ball field, rink, ice rink, creek, quarry, woods,
  dock, marina, pier, boat ramp, apartment complex, duplex, projects, dorm, frat house, sorority house, walmart,
  target, costco, kroger, mcdonald's, mcdonalds, starbucks, dollar store, liquor store, corner store,
  bathroom, rest stop, truck stop, carnival, festival, concert, county line, cornfield, orchard, vineyard,
  taxi, cab, uber, lyft, elevator, grain bin, silo, co-op
`);
/** Prepositions before such a place. */
export const PLACE_PREPOSITIONS = words(`at in on from outside behind near by inside under off into`);

/** Injury mechanisms and occasions the town remembers: "hit by a pickup", "at the homecoming game". */
export const MORE_EVENTS = phrases(`
  struck by, hit by, run over, ran over, t-boned, rear-ended, ejected, mauled, jumped from, jumped off, choked, choking, pulled from,
  collapse, party, frat party, house party, homecoming, quinceanera, quinceañera, baby shower, funeral, bachelor party,
  football game, soccer game, basketball game, baseball game, hockey game, homecoming game, playoff game, field trip,
  fistfight, brawl, riot, standoff, police chase, car chase, dirt bike, atv, four-wheeler, four wheeler, tractor,
  lawn mower, mower, chainsaw, table saw, nail gun, trampoline, button battery, magnets, ingested, drank, dui,
  drunk driver, hanging, suicide attempt, lightning, bee sting, snake bite, snakebite, spider bite, kicked by,
  gored, electrocution, carbon monoxide, apartment fire, blaze, flood, tornado, hurricane, ice storm, blizzard,
  frostbite, heat stroke, heatstroke, half marathon, triathlon, skateboard, skateboarding, scooter, zip line,
  zipline, roller coaster, bounce house, stage collapsed, balcony, scaffolding, tree stand, deer stand, pileup,
  multi-car, semi, pickup, school bus, fell down the stairs, fell off a ladder, fell off the roof,
  fish hook, fishhook, impaled, lodged, foreign body, fishing derby, derby, rodeo, demolition derby,
  crashed into, crashed his, crashed her, crashed their, wrecked his, wrecked her,
  wrecked their, flipped his, flipped her, flipped their, drove into, drove off, hit a tree, hit a deer, hit a pole, hit a wall
`);
