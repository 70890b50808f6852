import { strict as assert } from 'node:assert';
import { assertSpans, claim, MARCH_11_2025, texts, timesIn } from './helpers';

describe('times: clock times', () => {
  it('reads a.m./p.m. forms, zones and UTC minutes on a summer day', () => {
    const { text, times } = timesIn(
      'The ferry service halted at 10 a.m. ET on July 14, 2025. Crews returned at 2:15 p.m. Eastern Time on July 14. ' +
      'A backup sailing left at 9am PT on July 14.', { year: 2025, month: 7, day: 15 });
    assertSpans(text, times);
    const ten = claim(times, '10 a.m. ET');
    assert.equal(ten.granularity, 'clock');
    assert.equal(ten.localMinutes, 600);
    assert.equal(ten.utcMinutes, 600 + 240); // EDT is UTC-4 in July
    assert.equal(ten.zone, 'ET');
    assert.equal(ten.zoneExplicit, true);
    assert.deepEqual(ten.date, { year: 2025, month: 7, day: 14 });
    const quarter = claim(times, '2:15 p.m. Eastern Time');
    assert.equal(quarter.localMinutes, 14 * 60 + 15);
    assert.equal(quarter.utcMinutes, 14 * 60 + 15 + 240);
    const pt = claim(times, '9am PT');
    assert.equal(pt.utcMinutes, 540 + 420); // PDT is UTC-7
  });

  it('leaves UTC unknown for a daylight-saving zone when the year is unknown and the day may be a switch-over', () => {
    const t = claim(timesIn('Crews returned at 2:15 p.m. ET on Nov. 3.', null).times, '2:15 p.m. ET');
    assert.equal(t.zone, 'ET');
    assert.equal(t.utcMinutes, undefined);
    assert.deepEqual(t.date, { month: 11, day: 3 });
  });

  it('knows the offset without a year in a month that never switches', () => {
    const t = claim(timesIn('Crews returned at 2:15 p.m. ET on July 14.', null).times, '2:15 p.m. ET');
    assert.deepEqual(t.date, { month: 7, day: 14 });
    assert.equal(t.utcMinutes, 14 * 60 + 15 + 240);
  });

  it('uses standard time for ET in January and daylight time in July', () => {
    const winter = claim(timesIn('Power failed at 11:30 a.m. ET on Jan. 20, 2025.', null).times, '11:30 a.m. ET');
    assert.equal(winter.utcMinutes, 690 + 300);
    const summer = claim(timesIn('Power failed at 11:30 a.m. ET on July 20, 2025.', null).times, '11:30 a.m. ET');
    assert.equal(summer.utcMinutes, 690 + 240);
  });

  it('switches on the day of the US spring transition (March 9, 2025)', () => {
    const before = claim(timesIn('Trains stopped at 10 a.m. ET on March 8, 2025.', null).times, '10 a.m. ET');
    const after = claim(timesIn('Trains stopped at 10 a.m. ET on March 9, 2025.', null).times, '10 a.m. ET');
    assert.equal(before.utcMinutes, 600 + 300);
    assert.equal(after.utcMinutes, 600 + 240);
  });

  it('takes a written EST literally even in summer', () => {
    const t = claim(timesIn('The vote closed at 10 a.m. EST on July 2, 2025.', null).times, '10 a.m. EST');
    assert.equal(t.utcMinutes, 600 + 300);
    assert.equal(t.zone, 'EST');
  });

  it('reads BST, GMT and UK time around the British transition', () => {
    const bst = claim(timesIn('The match began at 5 p.m. BST on Saturday.', MARCH_11_2025).times, '5 p.m. BST');
    assert.equal(bst.utcMinutes, 17 * 60 - 60);
    const gmt = claim(timesIn('Markets opened at 14:00 GMT on Monday.', MARCH_11_2025).times, '14:00 GMT');
    assert.equal(gmt.utcMinutes, 14 * 60);
    const ukWinter = claim(timesIn('Flights resumed at 3 p.m. UK time on March 29, 2025.', null).times, '3 p.m. UK time');
    const ukSummer = claim(timesIn('Flights resumed at 3 p.m. UK time on March 31, 2025.', null).times, '3 p.m. UK time');
    assert.equal(ukWinter.utcMinutes, 15 * 60);
    assert.equal(ukSummer.utcMinutes, 15 * 60 - 60);
    const utc = claim(timesIn('The patch shipped at 3 p.m. UTC.', null).times, '3 p.m. UTC');
    assert.equal(utc.utcMinutes, 15 * 60);
  });

  it('reads CET and CEST literally', () => {
    const { times } = timesIn('Talks opened at 9 a.m. CET and ended at 6 p.m. CEST.', null);
    assert.equal(claim(times, '9 a.m. CET').utcMinutes, 9 * 60 - 60);
    assert.equal(claim(times, '6 p.m. CEST').utcMinutes, 18 * 60 - 120);
  });

  it('reads noon and midnight, with a zone after them', () => {
    const { times } = timesIn('The deadline passed at noon EST on Wednesday. Crews worked until midnight.', MARCH_11_2025);
    const noon = claim(times, 'noon EST');
    assert.equal(noon.localMinutes, 720);
    assert.equal(noon.utcMinutes, 720 + 300);
    assert.deepEqual(noon.date, { year: 2025, month: 3, day: 5 });
    const midnight = claim(times, 'until midnight');
    assert.equal(midnight.qualifier, 'until');
    assert.equal(midnight.localMinutes, 1440);
  });

  it('reads "by midnight" after an evening as the end of that day', () => {
    const t = claim(timesIn('Outages peaked at 9:40 p.m. By midnight most homes had power.', MARCH_11_2025).times, 'By midnight');
    assert.equal(t.qualifier, 'about');
    assert.equal(t.localMinutes, 1440);
  });

  it('reads 24-hour times only with a zone or a time word before them', () => {
    const { times } = timesIn('The score stood at 2:1 in the first half. Trading halted at 9:45 and the index slid. Hall 3:16 was empty.', null);
    assert.deepEqual(texts(times), ['9:45']);
    assert.equal(claim(times, '9:45').localMinutes, 585);
  });

  it('reads military wire times such as 1400 GMT', () => {
    const t = claim(timesIn('The statement came at 10 a.m. ET (1400 GMT) on Monday.', MARCH_11_2025).times, '1400 GMT');
    assert.equal(t.utcMinutes, 14 * 60);
  });

  it('does not swallow the next word after a.m. at a sentence end', () => {
    const { text, times } = timesIn('Complaints peaked at 10 a.m. Outages eased by the afternoon.', null);
    assertSpans(text, times);
    assert.deepEqual(texts(times), ['10 a.m.']);
    assert.equal(times[0].zone, null);
    assert.equal(times[0].utcMinutes, undefined);
    assert.equal(times[0].localMinutes, 600);
  });

  it('keeps "local time" explicit but without an offset, and stops a carried zone', () => {
    const { times } = timesIn('Sirens sounded at 6 a.m. ET. In Kyiv the blast came at 1 p.m. local time. Power was back at 3 p.m.', MARCH_11_2025);
    const local = claim(times, '1 p.m. local time');
    assert.equal(local.zone, 'local time');
    assert.equal(local.utcMinutes, undefined);
    const after = claim(times, '3 p.m.');
    assert.equal(after.zone, null);
  });
});

describe('times: zone carry', () => {
  it('carries a stated zone to later zone-less times in the article', () => {
    const { times } = timesIn(
      'Reports began at 5:30 a.m. ET on Monday.\n\nBy 9 a.m. the count had doubled. It fell again after 1 p.m.', MARCH_11_2025);
    const first = claim(times, '5:30 a.m. ET');
    assert.equal(first.zoneExplicit, true);
    const nine = claim(times, 'By 9 a.m.');
    assert.equal(nine.zone, 'ET');
    assert.equal(nine.zoneExplicit, false);
    assert.equal(nine.utcMinutes, 540 + 240);
    assert.equal(nine.qualifier, 'about');
    const one = claim(times, 'after 1 p.m.');
    assert.equal(one.zone, 'ET');
    assert.equal(one.qualifier, 'past');
  });

  it('lets a newly stated zone replace the carried one', () => {
    const { times } = timesIn('The launch slipped to 4 p.m. PT. Engineers in London met at 8 p.m. GMT. They ended at 9 p.m.', MARCH_11_2025);
    assert.equal(claim(times, '9 p.m.').zone, 'GMT');
    assert.equal(claim(times, '9 p.m.').utcMinutes, 21 * 60);
  });

  it('leaves the zone unknown when none was ever stated', () => {
    const t = claim(timesIn('The shop reopened at 7:45 p.m.', MARCH_11_2025).times, '7:45 p.m.');
    assert.equal(t.zone, null);
    assert.equal(t.zoneExplicit, false);
    assert.equal(t.utcMinutes, undefined);
    assert.equal(t.localMinutes, 19 * 60 + 45);
  });
});

describe('times: qualifiers and ranges', () => {
  const cases: Array<[string, string, string]> = [
    ['Calls spiked at around 6 a.m. ET.', 'around 6 a.m. ET', 'about'],
    ['Calls spiked at approximately 6 a.m. ET.', 'approximately 6 a.m. ET', 'about'],
    ['Calls spiked shortly after 6 a.m. ET.', 'shortly after 6 a.m. ET', 'about'],
    ['Calls spiked just after 6 a.m. ET.', 'just after 6 a.m. ET', 'about'],
    ['Calls spiked roughly 6 a.m. ET.', 'roughly 6 a.m. ET', 'about'],
    ['Calls continued past 1:30 p.m. ET.', 'past 1:30 p.m. ET', 'past'],
    ['Calls continued later than 1:30 p.m. ET.', 'later than 1:30 p.m. ET', 'past'],
    ['Calls continued until 2 p.m. ET.', 'until 2 p.m. ET', 'until'],
    ['The fix landed before 2 p.m. ET.', 'before 2 p.m. ET', 'until'],
    ['The fix landed no later than 2 p.m. ET.', 'no later than 2 p.m. ET', 'until'],
    ['Calls continued till 2 p.m. ET.', 'till 2 p.m. ET', 'until'],
    ['Crews had the leak sealed by 4:10 p.m. ET.', 'by 4:10 p.m. ET', 'about'],
    ['Crews had the leak sealed by around 4:10 p.m. ET.', 'by around 4:10 p.m. ET', 'about'],
    ['Crews had the leak sealed by about 4:10 p.m. ET.', 'by about 4:10 p.m. ET', 'about'],
    ['By 11.20am the queue had cleared.', 'By 11.20am', 'about'],
    ['Calls spiked at 6 a.m. ET.', '6 a.m. ET', 'exact'],
    ['Calls stood at 9,000 as of 2:00 p.m. ET.', '2:00 p.m. ET', 'exact'],
  ];
  for (const [sentence, words, q] of cases) {
    it(`"${words}" is ${q}`, () => {
      const { text, times } = timesIn(sentence, MARCH_11_2025);
      assertSpans(text, times);
      assert.equal(claim(times, words).qualifier, q);
    });
  }

  it('splits "from 10 a.m. to 2 p.m." into past and until', () => {
    const { times } = timesIn('The bridge was shut from 10 a.m. to 2 p.m. ET.', MARCH_11_2025);
    assert.equal(claim(times, '10 a.m.').qualifier, 'past');
    assert.equal(claim(times, '2 p.m. ET').qualifier, 'until');
  });

  it('lends a.m./p.m. and zone to the first end of "between 9 and 11 a.m. ET"', () => {
    const { times } = timesIn('Most reports came between 9 and 11 a.m. ET.', MARCH_11_2025);
    const nine = claim(times, '9');
    assert.equal(nine.localMinutes, 540);
    assert.equal(nine.zone, 'ET');
    assert.equal(nine.utcMinutes, 540 + 240);
    assert.equal(nine.qualifier, 'past');
    assert.equal(claim(times, '11 a.m. ET').qualifier, 'until');
  });

  it('splits a range whose far end is rounded ("between 1.10pm and about 2.45pm") into past and until', () => {
    const { times } = timesIn('Crews cleared the road between 1.10pm and about 2.45pm. Traffic ran from 6am to around 9am.', MARCH_11_2025);
    assert.equal(claim(times, '1.10pm').qualifier, 'past');
    assert.equal(claim(times, 'about 2.45pm').qualifier, 'until');
    assert.equal(claim(times, '6am').qualifier, 'past');
    assert.equal(claim(times, 'around 9am').qualifier, 'until');
    // Not a range: a list of times, and a far end with words of its own between.
    const other = timesIn('The alarm sounded at 1.10pm and about 2.45pm. Crews worked from 6am and then at around 9am.', MARCH_11_2025);
    assert.equal(claim(other.times, '1.10pm').qualifier, 'exact');
    assert.equal(claim(other.times, 'about 2.45pm').qualifier, 'about');
    assert.equal(claim(other.times, 'around 9am').qualifier, 'about');
  });

  it('reads "from 11 to 2 p.m." as 11 a.m.', () => {
    const { times } = timesIn('The polls were busiest from 11:30 to 2 p.m. Pacific.', MARCH_11_2025);
    assert.equal(claim(times, '11:30').localMinutes, 690);
    assert.equal(claim(times, '2 p.m. Pacific').localMinutes, 840);
  });

  it('ignores a lone number after "from" that starts no time range', () => {
    const { times } = timesIn('Sales rose from 9 to 12 percent.', MARCH_11_2025);
    assert.deepEqual(texts(times), []);
  });
});

describe('times: clock traps', () => {
  it('does not read "3 am radios" or "12 pm units" as times', () => {
    assert.deepEqual(texts(timesIn('The shop sold 3 am radios and 12 pm units.', MARCH_11_2025).times), []);
  });

  it('leaves a sentence-ending period out of an undotted "am"', () => {
    const { text, times } = timesIn('The alarm rang at 5 am. Nobody woke.', MARCH_11_2025);
    assertSpans(text, times);
    assert.deepEqual(texts(times), ['5 am']);
  });

  it('reads British "10.30am" but never "2.0" or "10.30" alone', () => {
    const { times } = timesIn('Doors opened at 10.30am BST. The app hit version 2.0 and rose 10.30 points.', MARCH_11_2025);
    assert.deepEqual(texts(times), ['10.30am BST']);
    assert.equal(times[0].localMinutes, 630);
  });

  it('does not take a region word as a zone when a name follows it', () => {
    const { times } = timesIn('At 10 a.m. Pacific Gas and Electric cut power to 5,000 homes.', MARCH_11_2025);
    assert.deepEqual(texts(times), ['10 a.m.']);
    assert.equal(times[0].zone, null);
  });

  it('takes a zone written later in the same sentence', () => {
    const { times } = timesIn('Alerts spiked at 6 a.m. and again at 10 a.m. Eastern.', MARCH_11_2025);
    const six = claim(times, '6 a.m.');
    assert.equal(six.zone, 'ET');
    assert.equal(six.zoneExplicit, false);
    assert.equal(six.utcMinutes, 360 + 240);
  });
});

