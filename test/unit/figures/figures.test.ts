// Figures stage: numbers with their qualifier (as an interval), unit, counted thing and exact span,
// and the numbers of news text that are not figures. Sentences are our own, not from any corpus.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import type { Figure } from '../../../server/src/analysis/types';

function figures(body: string, path = 'story.txt'): Figure[] {
  const a = analyzeArticle({ path, text: body });
  for (const f of a.figures) assert.equal(a.text.original.slice(f.span.start, f.span.end), f.text, 'span and text agree');
  return a.figures;
}

function one(body: string, words: string): Figure {
  const found = figures(body).filter((f) => f.text === words);
  assert.equal(found.length, 1, `expected one figure "${words}" in ${JSON.stringify(figures(body).map((f) => f.text))}`);
  return found[0];
}

function none(body: string): void {
  assert.deepEqual(figures(body).map((f) => f.text), []);
}

describe('figures: numbers', () => {
  it('reads numerals with grouping, decimals and scale words', () => {
    assert.equal(one('Officials said 12,750 homes lost power.', '12,750 homes').value, 12750);
    assert.equal(one('The fund lost 3.5 million members.', '3.5 million members').value, 3.5e6);
    assert.equal(one('The deal was worth $12 billion to the port.', '$12 billion').value, 12e9);
  });

  it('reads a magnitude said in words like one written in numerals', () => {
    const f = one('A tremor of magnitude three point one shook the valley overnight.', 'magnitude three point one');
    assert.equal(f.value, 3.1);
    assert.equal(f.counted, 'magnitude');
    assert.equal(one('A tremor of magnitude 3.1 shook the valley overnight.', 'magnitude 3.1').counted, 'magnitude');
  });

  it('reads numbers in words', () => {
    assert.equal(one('The storm destroyed twenty-seven boats.', 'twenty-seven boats').value, 27);
    assert.equal(one('Crews rescued two dozen hikers.', 'two dozen hikers').value, 24);
    assert.equal(one('The council approved one hundred and twenty permits.', 'one hundred and twenty permits').value, 120);
    assert.equal(one('The talks lasted three and a half hours.', 'three and a half hours').value, 3.5);
    assert.equal(one('The climb took six-and-a-half hours.', 'six-and-a-half hours').value, 6.5);
    assert.equal(one('The queue stretched for 2-and-a-half miles.', '2-and-a-half miles').value, 2.5);
    assert.equal(one('The line was closed for half an hour.', 'half an hour').value, 0.5);
    assert.equal(one('The search went on for six-and-a-half hours.', 'six-and-a-half hours').value, 6.5);
    assert.equal(one('The search went on for 6-and-a-half hours.', '6-and-a-half hours').value, 6.5);
  });

  it('"about" a number told to two decimals reaches a few units of its last digit, not 7.5%', () => {
    const f = one('The fund expects returns to settle at around 4.15% by 2029.', 'around 4.15%');
    assert.ok(Math.abs(f.interval.low - 4.1) < 1e-9 && Math.abs(f.interval.high - 4.2) < 1e-9, JSON.stringify(f.interval));
    // One decimal or none: the usual reach.
    const g = one('Turnout was about 62.5% in the district.', 'about 62.5%');
    assert.ok(g.interval.low < 58 && g.interval.high > 67, JSON.stringify(g.interval));
  });

  it('a part of a whole counts what the whole counts: "three of the 11 turbines"', () => {
    assert.equal(one('Three of the 11 turbines were damaged in the gale.', 'Three').counted, 'turbine');
    assert.equal(one('Nine of 40 councillors voted against the plan.', 'Nine').counted, 'councillor');
  });

  it('reads basis and percentage points hyphenated as a modifier', () => {
    const bp = one('The lender announced a 15-basis-point rise in its deposit rate.', '15-basis-point');
    assert.equal(bp.value, 15);
    assert.equal(bp.counted, 'point');
    assert.equal(one('Traders saw a 0.5-percentage-point fall in yields.', '0.5-percentage-point').counted, 'percentage point');
  });

  it('reads a number in words that runs on after "thousand" or "million" as one number', () => {
    assert.equal(one('The shaft reaches one thousand six hundred and twenty metres.', 'one thousand six hundred and twenty metres').value, 1620);
    assert.equal(one('Some three thousand and nine voters turned out.', 'Some three thousand and nine voters').value, 3009);
    assert.equal(one('About two million five hundred thousand people were counted.', 'About two million five hundred thousand people').value, 2_500_000);
    assert.equal(one('The club sold one thousand tickets.', 'one thousand tickets').value, 1000);
  });

  it('reads rand amounts glued to "R", and a scale hyphenated to its numeral, but not road or model names', () => {
    const r = one('The council set aside R4.75 million for the clinic.', 'R4.75 million');
    assert.equal(r.unit, 'money');
    assert.equal(r.measure, 'ZAR');
    assert.equal(r.value, 4_750_000);
    assert.equal(one('It approved a R1.3-billion budget.', 'R1.3-billion').value, 1_300_000_000);
    assert.equal(one('Each family will get R18,500 from the fund.', 'R18,500').measure, 'ZAR');
    assert.equal(one('The lender raised $2.4-million from investors.', '$2.4-million').value, 2_400_000);
    none('Traffic on the R59 was slow after the crash.');
  });

  it('a part "of the" group counts what the group is: "12 of the stranded climbers", "three hundred of our staff"', () => {
    assert.equal(one('By dusk, 12 of the stranded climbers were off the ridge.', '12').counted, 'climber');
    assert.equal(one('Three hundred of our staff work nights.', 'Three hundred').counted, 'staff');
    // A part of a bare number stays uncounted; a group of points is not a count of things.
    assert.equal(one('Officials said 9 of the 40 were treated.', '9').counted, null);
  });

  it('counts what a carrier noun carries: "ballot papers" are ballots, "application forms" applications', () => {
    assert.equal(one('Election staff set aside 64 ballot papers as spoiled.', '64 ballot papers').counted, 'ballot');
    assert.equal(one('The council received 230 application forms by Friday.', '230 application forms').counted, 'application');
    // A carrier with nothing before it, or after a modifier, is counted as it is.
    assert.equal(one('The institute published 12 papers last year.', '12 papers').counted, 'paper');
    assert.equal(one('The lab filed 9 new forms with the regulator.', '9 new forms').counted, 'form');
  });

  it('reads a decimal said in words as one number, not its last digit', () => {
    // Transcripts spell decimals out: "four point seven five" is 4.75, never "five per cent".
    const f = one('CHAIR: Wage growth slowed to four point seven five per cent in the year.', 'four point seven five per cent');
    assert.equal(f.value, 4.75);
    assert.equal(f.unit, 'percent');
    assert.equal(one('The rebuild will cost two point four billion dollars.', 'two point four billion dollars').value, 2.4e9);
  });

  it('takes "an hour" only where it is a length of time', () => {
    const f = one('The bridge stayed shut for an hour on Friday.', 'an hour');
    assert.equal(f.unit, 'duration');
    assert.equal(f.measure, 'hour');
    assert.equal(f.value, 1);
    none('Buses ran once a day and the ferry ran a second route.');
  });

  it('keeps a list apart: "$9 billion, 40 percent" is two figures', () => {
    const found = figures('The insurer paid $9 billion, 40 percent of its reserves.');
    assert.deepEqual(found.map((f) => f.text), ['$9 billion', '40 percent of its reserves']);
    assert.equal(found[0].unit, 'money');
    assert.equal(found[1].unit, 'percent');
  });
});

describe('figures: qualifiers as intervals', () => {
  it('"nearly" reaches below the number, "more than" has no ceiling', () => {
    const nearly = one('Nearly 8,000 fans waited outside.', 'Nearly 8,000 fans');
    assert.equal(nearly.qualifier, 'nearly');
    assert.equal(nearly.interval.high, 8000);
    assert.ok(nearly.interval.low < 8000 && nearly.interval.low >= 7000);
    const over = one('More than 8,000 fans waited outside.', 'More than 8,000 fans');
    assert.equal(over.qualifier, 'more-than');
    assert.deepEqual(over.interval, { low: 8000, high: Infinity });
  });

  it('"about" widens both ways; "at least", "up to", "fewer than" bound one side', () => {
    const about = one('Roughly 600 workers walked out.', 'Roughly 600 workers');
    assert.equal(about.qualifier, 'about');
    assert.ok(about.interval.low < 600 && about.interval.high > 600);
    assert.equal(one('At least 14 villages flooded.', 'At least 14 villages').qualifier, 'at-least');
    assert.equal(one('The plant can hire up to 900 staff.', 'up to 900 staff').qualifier, 'up-to');
    assert.deepEqual(one('Fewer than 30 beds were free.', 'Fewer than 30 beds').interval, { low: 0, high: 30 });
    assert.equal(one('An estimated $3 billion was lost.', 'An estimated $3 billion').qualifier, 'about');
  });

  it('a mark passed ("topped 40,000", "will top £10,000") has no ceiling; "must not exceed" is a cap, not a mark', () => {
    const topped = one('Ticket sales topped 40,000 on the second day.', 'topped 40,000');
    assert.equal(topped.qualifier, 'more-than');
    assert.deepEqual(topped.interval, { low: 40000, high: Infinity });
    assert.equal(one('A Leeds–York season will top £6,000 for the first time.', 'top £6,000').qualifier, 'more-than');
    assert.equal(one('Donations have surpassed $2 million.', 'surpassed $2 million').qualifier, 'more-than');
    assert.equal(one('Speeds must not exceed 30 km/h on the bridge.', '30 km/h').qualifier, 'exact');
  });

  it('reads trailing qualifiers: "or more", "+"', () => {
    assert.equal(one('Tickets went to 5,000 or more people.', '5,000 or more').qualifier, 'at-least');
    assert.equal(one('A crowd of 20,000+ people gathered.', '20,000+ people').qualifier, 'at-least');
  });

  it('reads a range into its interval', () => {
    const f = one('Between 40 and 60 families were moved.', '40 and 60 families');
    assert.deepEqual(f.interval, { low: 40, high: 60 });
  });

  it('a vague count ("thousands of") is a vague figure', () => {
    const found = figures('Thousands of commuters were stranded.');
    assert.equal(found.length, 1);
    assert.equal(found[0].qualifier, 'vague');
    assert.equal(found[0].counted, 'commuter');
  });
});

describe('figures: units and counted things', () => {
  it('a bare count after a plural noun and a verb of reaching ("ferry crossings hit 4.3 million") counts that noun', () => {
    assert.equal(one('Ferry crossings hit 4.3 million last year, the operator said.', '4.3 million').counted, 'crossing');
    // A singular subject counts nothing: "the index reached 412" is a level, not 412 indexes.
    assert.equal(one('The river index reached 412 on Friday.', '412').counted, null);
    assert.equal(one('Applications totalled 2,150 by the deadline.', '2,150').counted, 'application');
  });

  it('names the thing counted, skipping modifiers and joining irregular plurals', () => {
    assert.equal(one('The airline cancelled 340 domestic flights.', '340 domestic flights').counted, 'flight');
    assert.equal(one('Some 2,100 people signed.', 'Some 2,100 people').counted, 'person');
    assert.equal(one('The firm hired 45 line engineers.', '45 line engineers').counted, 'engineer');
    assert.equal(one('Police reported three separate crashes.', 'three separate crashes').counted, 'crash');
  });

  it('a hyphenated modifier ending in -ing or -ed does not hide the thing counted', () => {
    assert.equal(one('Crews flew nine water-bombing helicopters.', 'nine water-bombing helicopters').counted, 'helicopter');
    assert.equal(one('It sold 14 state-owned banks.', '14 state-owned banks').counted, 'bank');
  });

  it('an area is its own measure: "square kilometres" is not a distance, "stremmata" a unit', () => {
    assert.equal(one('The blaze has burned 61 square kilometres.', '61 square kilometres').counted, 'km²');
    assert.equal(one('Floods covered 9 sq km of farmland.', '9 sq km').counted, 'km²');
    assert.equal(one('It spread to 17,500 stremmata of olive groves.', '17,500 stremmata').counted, 'stremma');
    assert.equal(one('The road runs 61 kilometres north.', '61 kilometres').counted, 'kilometre');
  });

  it('a word in -ed before a plural noun describes what is counted ("212 tagged seals", "60 chartered vans")', () => {
    assert.equal(one('Wardens had counted 212 tagged seals on the spit.', '212 tagged seals').counted, 'seal');
    assert.equal(one('The ban idles about 60 chartered vans in the county.', 'about 60 chartered vans').counted, 'van');
    assert.equal(one('Its figure: 212 tagged seals by noon.', '212 tagged seals').counted, 'seal');
    assert.equal(one('Wardens said that 212 tagged seals had been released.', '212 tagged seals').counted, 'seal');
    // Where the number opens its clause, the -ed word is its verb: "12 received doses" is no count of doses.
    assert.ok(!figures('Of the 40 staff, 12 received doses on Monday.').some((f) => f.counted === 'dose'));
  });

  it('a bare count after "of which" or "including" is a part of the count before, not that count again', () => {
    const counted = (body: string) => figures(body).map((f) => [f.text, f.counted]);
    assert.deepEqual(counted('The shelter took in 311 tagged seals by noon, of which 42 were pups.'), [['311 tagged seals', 'seal'], ['42', null]]);
    assert.deepEqual(counted('The shelter took in 311 seals by noon, including 42 that were pups.'), [['311 seals', 'seal'], ['42', null]]);
    assert.deepEqual(counted('The shelter took in 311 seals by noon, and 142 by dusk.'), [['311 seals', 'seal'], ['142', 'seal']]);
  });

  it('a nautical mile is its own measure, not a land mile', () => {
    assert.equal(one('The trawler sank 6.5 nautical miles off the point.', '6.5 nautical miles').counted, 'nautical mile');
    assert.equal(one('Police set a 3-nautical-mile cordon round the wreck.', '3-nautical-mile').counted, 'nautical mile');
    assert.equal(one('The trawler sank 7 miles off the point.', '7 miles').counted, 'mile');
  });

  it('percentages: "%", "percent", "per cent", and what they are of', () => {
    const f = one('About 62% of the voters backed the plan.', 'About 62% of the voters');
    assert.equal(f.unit, 'percent');
    assert.equal(f.of, 'voter');
    assert.equal(one('Turnout rose 4.5 per cent.', '4.5 per cent').unit, 'percent');
    assert.equal(one('Prices fell 11 percent.', '11 percent').value, 11);
  });

  it('a share told as a fraction of something is a percentage of it', () => {
    const f = one('Nearly a third of the dairy farmers signed the petition.', 'Nearly a third of the dairy farmers');
    assert.equal(f.unit, 'percent');
    assert.equal(f.of, 'farmer');
    assert.deepEqual([f.qualifier, Math.round(f.interval.low), Math.round(f.interval.high)], ['nearly', 30, 33]);
    const bare = one('Two-thirds of the ferry routes were cancelled.', 'Two-thirds of the ferry routes');
    assert.equal(bare.qualifier, 'about');
    assert.ok(bare.interval.low < 60 && bare.interval.high > 75);
    assert.equal(one('More than half of the stalls stayed shut.', 'More than half of the stalls').interval.low, 50);
    // Not shares: a part of an hour or of a number, or "half" with no "of".
    none('The ferry was delayed by a quarter of an hour.');
    none('She gave up half her bonus.');
    assert.ok(figures('A third of a million tickets went unsold.').every((f) => f.unit !== 'percent'));
  });

  it('the people "of its customer base" are its customers', () => {
    assert.equal(one('The bank lost 14% of its customer base.', '14% of its customer base').of, 'customer');
  });

  it('money in several currencies', () => {
    assert.equal(one('The club paid £45m for the striker.', '£45m').measure, 'GBP');
    assert.equal(one('The grant was €2.5 billion.', '€2.5 billion').value, 2.5e9);
    assert.equal(one('The rebate was 300 dollars per home.', '300 dollars').measure, 'USD');
  });

  it('durations in any unit, including hyphenated forms', () => {
    const f = one('A nine-hour search followed.', 'nine-hour');
    assert.equal(f.unit, 'duration');
    assert.equal(f.measure, 'hour');
    assert.equal(one('The strike lasted 11 days.', '11 days').measure, 'day');
    assert.equal(one('Repairs will take a decade or more.', 'a decade or more').measure, 'year');
  });

  it('speeds and measures', () => {
    assert.equal(one('The bus was doing 70 miles per hour.', '70 miles per hour').counted, 'mph');
    assert.equal(one('The bus was doing 70mph.', '70mph').counted, 'mph');
    assert.equal(one('Gusts reached 120 km/h on the coast.', '120 km/h').counted, 'km/h');
    assert.equal(one('It was 41 degrees in the shade.', '41 degrees').counted, 'degree');
  });

  it('an age is not a duration', () => {
    assert.equal(one('The 61-year-old mayor resigned.', '61-year-old').counted, 'year-old');
    assert.equal(one('Jana Novak, 44, was hurt.', '44').counted, 'year-old');
  });

  it('an age told of a person noun: "the driver, 37," and "the hiker who was rescued was 62"', () => {
    assert.equal(one('The driver, 37, was cut free by firefighters.', '37').counted, 'year-old');
    assert.equal(one('Rangers said the hiker who was rescued was 62 and from Boulder.', '62').counted, 'year-old');
    assert.notEqual(one('The final tally was 62 and rising.', '62').counted, 'year-old');
  });

  it('a number after "aged" is an age: "the woman rescued, aged 64, was"', () => {
    assert.equal(one('The woman rescued from the river, aged 64, was treated for cold.', '64').counted, 'year-old');
    assert.equal(one('A cyclist aged 19 was hurt on the bypass.', '19').counted, 'year-old');
  });

  it('a bare count takes the thing counted just before it', () => {
    const found = figures('About 3,400 homes had no water at noon, and 1,250 still waited at dusk.');
    assert.equal(found[1].text, '1,250');
    assert.equal(found[1].counted, 'home');
  });
});

describe('figures: after a possessive name', () => {
  it('a number owned by a capitalised possessive is a figure, not part of a name', () => {
    assert.equal(one("The Harbour Queen's 40 cabins were all taken.", '40 cabins').counted, 'cabin');
    assert.equal(one('Northline Ferries’ 12 boats stayed in port.', '12 boats').value, 12);
  });
});

describe('figures: traps that are not figures', () => {
  it('clock times and dates', () => {
    none('The vote closed at 9:30 p.m. on Tuesday.');
    none('Voting ended at 10 a.m. Results followed.');
    none('The ferry left at 0615 GMT.');
    none('The hearing is set for June 12.');
    none('The hearing is set for 12 June.');
    none('The law took effect on Sept. 3, 2024.');
  });

  it('years, decades and ISO dates', () => {
    none('The bridge opened in 1987.');
    none('Sales boomed in the 1990s.');
    none('date 2026-02-14');
  });

  it('names with numbers, versions, codes and ordinals', () => {
    none('Critics called the plan Brexit 2.0 in the debate.');
    none('The Galaxy 9 launched with COVID-19 rules in place.');
    none('He was hurt on Route 9 near Gate 14.');
    none('The G7 met and the 3rd round began.');
    none('A third party was blamed.');
    none('One of the things that worried residents was noise.');
    none('Call 911 or the 999 line.');
  });

  it('phone numbers in spaced groups and numbers with a leading zero are not figures', () => {
    none('The flood hotline is 1300 552 907, and the State Emergency Service can be reached on 131 444.');
    none('In an emergency, dial Triple Zero (000) or call 0800 21 17 from a landline.');
    // A year before a count is no phone number.
    assert.equal(one('In 2026 480 homes were rebuilt.', '480 homes').value, 480);
  });

  it('a possessive before a number owns the figure, it does not name it', () => {
    assert.equal(one("The Harbour Queen's 40 cabins were booked out.", '40 cabins').value, 40);
    assert.equal(one('Marlowe Foods’ rival, Tesco’s 310 stores stayed open.', '310 stores').value, 310);
    none("The Harbour Queen's 2 Deluxe was refitted."); // a model named after the possessive stays a name
  });

  it('reads a count from its line’s label in a fact box, even on a line set like a heading', () => {
    const body = 'Storm bulletin No. 2\n\n(a) Relief centres opened: 31\n\n(b) Persons missing: 4\n\n- Bridges closed: 12\n';
    const found = figures(body);
    const counted = (words: string) => found.find((f) => f.text === words)?.counted;
    assert.equal(counted('Relief centres opened: 31'), 'centre');
    assert.equal(counted('Persons missing: 4'), 'person');
    assert.equal(counted('Bridges closed: 12'), 'bridge');
    assert.deepEqual(figures('Update\n\nFinal score: 3\n').map((f) => f.counted), [null]); // no plural noun: nothing counted
  });

  it('ratios, scores and ranges of pages are not counts', () => {
    none('One in five residents was affected.');
    none('City beat United 3-1 on Sunday.');
  });

  it('skips headlines and page clutter', () => {
    const a = analyzeArticle({ path: 'x.md', text: '# 40 Years Of Service End As Plant Closes\n\nThe plant employed 650 people.\n' });
    assert.deepEqual(a.figures.map((f) => f.text), ['650 people']);
  });

  it('gives exact spans through CRLF, a BOM, emoji and markdown emphasis', () => {
    const text = '\uFEFF# Update 🚒\r\n\r\nCrews 👩‍🚒 saved **1,400** homes.\r\n';
    const a = analyzeArticle({ path: 'x.md', text });
    const f = a.figures.find((x) => x.value === 1400);
    assert.ok(f, JSON.stringify(a.figures));
    assert.equal(text.slice(f.span.start, f.span.start + 5), '1,400');
  });
});

describe('figures: words that are names of object properties', () => {
  // Lookup tables keyed by words must not find "constructor" or "toString" through Object.prototype.
  it('reads "constructor", "toString", "__proto__" as plain words', () => {
    for (const word of ['Constructor', 'constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty']) {
      for (const f of figures(`The ${word} 25 crews were sent, and ${word} 40 homes were hit.`)) {
        assert.notEqual(f.unit, 'money', `${word}: ${f.text}`);
        assert.equal(typeof f.value, 'number');
      }
    }
    assert.equal(one('The plant sent constructor 25 hours of work.', '25 hours').unit, 'duration');
  });
});
