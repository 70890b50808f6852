import { strict as assert } from 'node:assert';
import { assertSpans, claim, texts, timesIn } from './helpers';

const NOV_20_2025 = { year: 2025, month: 11, day: 20 };

describe('times: UK-style dot times', () => {
  it('reads a dot time opening a sentence with "At" and a day-part after it', () => {
    const { text, times } = timesIn('At 6.55 this morning a lorry overturned on the A64 near Malton.', NOV_20_2025);
    assertSpans(text, times);
    const t = claim(times, '6.55');
    assert.equal(t.granularity, 'clock');
    assert.equal(t.localMinutes, 6 * 60 + 55);
    assert.deepEqual(t.date, NOV_20_2025);
  });

  it('reads a dot time with a cue at the end of a sentence, leaving the full stop out', () => {
    const { text, times } = timesIn('Paramedics reached the scene at 9.26. Two people were treated.', NOV_20_2025);
    assertSpans(text, times);
    assert.deepEqual(texts(times), ['9.26']);
    assert.equal(times[0].localMinutes, 9 * 60 + 26);
  });

  it('reads 8.15am and 7.42pm with the a.m./p.m. attached', () => {
    const { times } = timesIn('The ferry left Holyhead at 8.05am and docked in Dublin at 11.40pm.', NOV_20_2025);
    assert.equal(claim(times, '8.05am').localMinutes, 8 * 60 + 5);
    assert.equal(claim(times, '11.40pm').localMinutes, 23 * 60 + 40);
  });

  it('lets a day-part set p.m. for a dot or bare colon time', () => {
    const { times } = timesIn('The council will vote at 7.30 tonight. Fans gathered at 8:15 this evening. A fox was seen at 2.10 last night.', NOV_20_2025);
    assert.equal(claim(times, '7.30').localMinutes, 19 * 60 + 30);
    assert.equal(claim(times, '8:15').localMinutes, 20 * 60 + 15);
    assert.equal(claim(times, '2.10').localMinutes, 2 * 60 + 10); // small hours, not 14:10
  });

  it('reads a day-part written before the time', () => {
    const { times } = timesIn('Last night, at 10.45, officers closed the bridge.', NOV_20_2025);
    assert.equal(claim(times, '10.45').localMinutes, 22 * 60 + 45);
  });

  it('reads a day-part before the time with two cue words between', () => {
    const t = claim(timesIn('This morning at about 5.50 the siren sounded.', NOV_20_2025).times, 'about 5.50');
    assert.equal(t.localMinutes, 5 * 60 + 50);
    assert.equal(t.qualifier, 'about');
  });

  it('does not take a day-part that is not next to the time', () => {
    const { times } = timesIn('The valve failed at 6.15, hours before the evening peak.', NOV_20_2025);
    assert.equal(claim(times, '6.15').localMinutes, 6 * 60 + 15);
  });

  it('reads both ends of "7.42 and 7.51" and of a range', () => {
    const { times } = timesIn('Alarms sounded at 5.12 and 5.19. The road was shut from 9.30 to 11.05 this morning.', NOV_20_2025);
    assert.deepEqual(texts(times), ['5.12', '5.19', '9.30', '11.05', 'this morning']);
    assert.equal(claim(times, '9.30').qualifier, 'past');
    assert.equal(claim(times, '11.05').qualifier, 'until');
  });

  it('does not guess the half of the day for a dot time after an a.m. time', () => {
    const { times } = timesIn('Sirens sounded at 10 a.m. and 2.30 in the village.', NOV_20_2025);
    assert.deepEqual(texts(times), ['10 a.m.']);
  });

  it('puts a time without a.m./p.m. in the half of the day nearest the last known time of its paragraph', () => {
    const { times } = timesIn('At 3.10 this afternoon the crane toppled. Crews arrived at 3.24 and the last worker was freed at 8.05. ' +
      'The site had opened at 11.45pm and a guard left at 1.15.\n\nThe inquiry opens at 9.30.', NOV_20_2025);
    assert.equal(claim(times, '3.24').localMinutes, 15 * 60 + 24);
    assert.equal(claim(times, '8.05').localMinutes, 20 * 60 + 5);
    assert.equal(claim(times, '1.15').localMinutes, 1 * 60 + 15); // just after midnight, not 13:15
    assert.equal(claim(times, '9.30').localMinutes, 9 * 60 + 30); // another paragraph: nothing to go by
  });

  it('reads a dot time with a zone after it', () => {
    const t = claim(timesIn('The launch window opened at 14.20 GMT.', NOV_20_2025).times, '14.20 GMT');
    assert.equal(t.utcMinutes, 14 * 60 + 20);
  });

  it("reads \"o'clock\" with a day-part as a.m. or p.m., and alone in the half of the day its paragraph's times say", () => {
    const { times } = timesIn("Snow had fallen by seven o'clock this morning. The meeting is at four o'clock.", NOV_20_2025);
    assert.deepEqual(texts(times).filter((t) => /o'clock/.test(t)), ["by seven o'clock", "four o'clock"]);
    assert.equal(claim(times, "by seven o'clock").localMinutes, 7 * 60);
    const later = timesIn("The ferry left at 1.40pm. Our four o'clock sailing was cancelled.", NOV_20_2025).times;
    assert.equal(claim(later, "four o'clock").localMinutes, 16 * 60);
    // A programme named by its hour is no time of the story.
    assert.deepEqual(texts(timesIn("She read the six o'clock news on Radio Tay.", NOV_20_2025).times), []);
  });

  const decimals: Array<[string, string]> = [
    ['a one-digit decimal', 'Prices saw a 6.5 per cent rise over the year.'],
    ['a percentage', 'Unemployment held at 4.25 per cent in October.'],
    ['a bare decimal after a verb', 'The index rose 3.25 on the day.'],
    ['a change "by"', 'Output fell by 2.15 in the quarter.'],
    ['a price "at"', 'The pound stood at 1.27 against the dollar.'],
    ['a price with its unit stuck on', 'Shares opened at 8.40p in Edinburgh.'],
    ['a money clause', 'Tickets are priced from £4.50 to £9.20 for adults.'],
    ['a decimal "from … to" without times', 'The ratio moved from 3.10 to 3.45 last year.'],
    ['a fraction', 'The storm dropped about 0.45 inches of rain.'],
    ['millions', 'The fund raised about 2.30 million for the hospice.'],
    ['a version', 'The app moved to version 4.12 at launch.'],
    ['a race time', 'She won the 1500m in 3.58 at Crystal Palace.'],
    ['a price with a day-part', 'Shares in the brewer traded at 2.35 this morning.'],
    ['a price per unit', 'Diesel sold at 1.49 a litre in Truro.'],
  ];
  for (const [what, sentence] of decimals) {
    it(`never reads ${what} as a time`, () => {
      const clocks = timesIn(sentence, NOV_20_2025).times.filter((t) => t.granularity === 'clock');
      assert.deepEqual(texts(clocks), []);
    });
  }
});

describe('times: times that name a service', () => {
  const services: Array<[string, string]> = [
    ['"the 07:14 Carlisle–Leeds service"', 'The 07:14 Carlisle–Leeds service was cancelled after the flood.'],
    ['"the 07.14 service from Carlisle"', 'Passengers on the 07.14 service from Carlisle were stranded.'],
    ['"the 6:40 flight"', 'The 6:40 flight to Belfast was grounded by fog.'],
    ['"the 9.12 from Euston"', 'She was travelling on the 9.12 from Euston.'],
    ['"the 5:45 p.m. ferry"', 'Storms cancelled the 5:45 p.m. ferry to Orkney.'],
    ['"the delayed 8.20 train"', 'Commuters waited for the delayed 8.20 train at Crewe.'],
  ];
  for (const [what, sentence] of services) {
    it(`does not read ${what} as a claim`, () => {
      const clocks = timesIn(sentence, NOV_20_2025).times.filter((t) => t.granularity === 'clock');
      assert.deepEqual(texts(clocks), []);
    });
  }

  it('keeps the event time in a sentence that also names a service', () => {
    const { times } = timesIn('The 07:14 Carlisle–Leeds service struck a fallen tree at 07:58 GMT.', NOV_20_2025);
    assert.deepEqual(texts(times), ['07:58 GMT']);
  });

  it('still reads an arrival time "at 8.05 from Paddington"', () => {
    const { times } = timesIn('The royal train arrived at 8.05 from Paddington.', NOV_20_2025);
    assert.deepEqual(texts(times), ['8.05']);
  });

  it('reads a 24-hour entry stamp before 13:00 on a line of its own, as it reads one after', () => {
    const blog = 'Harbour count: live\n\n01:35\nThe last boxes have arrived from Portree.\n\n22:50\nPolls are closed.\n';
    const { times } = timesIn(blog, NOV_20_2025);
    assert.deepEqual(texts(times).filter((t) => /\d\d:\d\d/.test(t)), ['01:35', '22:50']);
    assert.equal(claim(times, '01:35').localMinutes, 60 + 35);
    // Inside a sentence, without a cue, "04:12" may be a score or a lap: not read.
    assert.deepEqual(texts(timesIn('Rovers won 04:12 in the ladder standings.', NOV_20_2025).times), []);
  });

  it('does not read a 12-hour blog\'s "4:20" on a line of its own as twenty past four in the morning', () => {
    // Without its leading zero the hour may be the afternoon's ("All times local.", 12-hour stamps).
    const blog = 'Ferry strike: live\n\n4:20\nThe union says 212 crew walked out.\n\n11:05\nTalks resume.\n';
    const { times } = timesIn(blog, NOV_20_2025);
    assert.equal(times.find((t) => t.text === '4:20')?.localMinutes === 4 * 60 + 20, false);
  });
});

