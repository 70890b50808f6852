import { strict as assert } from 'node:assert';
import { extractTimes, findDateline } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';
import { articleOf, assertSpans, claim, MARCH_11_2025, texts, timesIn } from './helpers';

describe('times: dates', () => {
  it('reads written dates in their common forms', () => {
    const { text, times } = timesIn(
      'The council met on Mar. 10, 2025. A second session followed on 12 March 2025. ' +
      'Its charter dates from October 2022. The audit is due 2025-06-30. A vote came on December 20. Another is set for April 4.', MARCH_11_2025);
    assertSpans(text, times);
    assert.deepEqual(claim(times, 'Mar. 10, 2025').date, { year: 2025, month: 3, day: 10 });
    assert.deepEqual(claim(times, '12 March 2025').date, { year: 2025, month: 3, day: 12 });
    assert.deepEqual(claim(times, 'October 2022').date, { year: 2022, month: 10 });
    assert.deepEqual(claim(times, '2025-06-30').date, { year: 2025, month: 6, day: 30 });
    assert.deepEqual(claim(times, 'December 20').date, { year: 2024, month: 12, day: 20 }); // far ahead: last year's
    assert.deepEqual(claim(times, 'April 4').date, { year: 2025, month: 4, day: 4 }); // weeks ahead: this year's
    for (const t of times) assert.equal(t.granularity, 'date');
  });

  it('gives a yearless date the dateline year when it is not far ahead', () => {
    assert.deepEqual(claim(timesIn('Fans queued on March 9.', MARCH_11_2025).times, 'March 9').date, { year: 2025, month: 3, day: 9 });
    assert.deepEqual(claim(timesIn('Fans queued on March 9.', null).times, 'March 9').date, { month: 3, day: 9 });
  });

  it('joins a weekday to the date after it', () => {
    const t = claim(timesIn('The strike began Monday, March 10, in three cities.', MARCH_11_2025).times, 'Monday, March 10');
    assert.deepEqual(t.date, { year: 2025, month: 3, day: 10 });
    assert.equal(t.weekday, 1);
  });

  it('reads a year after "in", and "late 2025" as vague', () => {
    const { times } = timesIn('The plant opened in 2023. A second line is planned for late 2025.', MARCH_11_2025);
    assert.deepEqual(claim(times, '2023').date, { year: 2023 });
    const late = claim(times, 'late 2025');
    assert.deepEqual(late.date, { year: 2025 });
    assert.equal(late.qualifier, 'vague');
  });

  it('reads "since March 2023" as past and "by June 2026" as until', () => {
    const { times } = timesIn('Prices have climbed since March 2023 and should settle by June 2026.', MARCH_11_2025);
    assert.equal(claim(times, 'since March 2023').qualifier, 'past');
    assert.equal(claim(times, 'by June 2026').qualifier, 'until');
  });
});

describe('times: relative days against the dateline', () => {
  it('resolves a weekday to the latest such day on or before the dateline', () => {
    const { times } = timesIn('The site failed on Monday. Engineers met Tuesday. The board had warned on Friday.', MARCH_11_2025);
    assert.deepEqual(claim(times, 'Monday').date, { year: 2025, month: 3, day: 10 });
    assert.equal(claim(times, 'Monday').weekday, 1);
    assert.deepEqual(claim(times, 'Tuesday').date, { year: 2025, month: 3, day: 11 }); // the dateline itself
    assert.deepEqual(claim(times, 'Friday').date, { year: 2025, month: 3, day: 7 });
  });

  it('reads "last Tuesday" as strictly before and "next Friday" as after', () => {
    const { times } = timesIn('The deal collapsed last Tuesday. A new round opens next Friday.', MARCH_11_2025);
    assert.deepEqual(claim(times, 'last Tuesday').date, { year: 2025, month: 3, day: 4 });
    assert.deepEqual(claim(times, 'next Friday').date, { year: 2025, month: 3, day: 14 });
  });

  it('reads a weekday after "expects to" or "hopes to" as ahead', () => {
    const { times } = timesIn('The port expects to reopen the quay on Friday. The union hopes to meet on Thursday.', MARCH_11_2025);
    assert.deepEqual(claim(times, 'Friday').date, { year: 2025, month: 3, day: 14 });
    assert.deepEqual(claim(times, 'Thursday').date, { year: 2025, month: 3, day: 13 });
  });

  it('reads "from"/"until" as ahead only right before the weekday, not "from the river … on Monday"', () => {
    const { times } = timesIn('Divers pulled two men from the river on Monday. New rules apply from Friday. The bridge stays shut until Thursday.', MARCH_11_2025);
    assert.deepEqual(claim(times, 'Monday').date, { year: 2025, month: 3, day: 10 });
    assert.deepEqual(claim(times, 'Friday').date, { year: 2025, month: 3, day: 14 });
    assert.deepEqual(claim(times, 'until Thursday').date, { year: 2025, month: 3, day: 13 });
  });

  it('reads "fell through on Monday" as past: "through" and "until" take "on" only after an hour', () => {
    const { times } = timesIn('The rescue deal fell through on Monday. The bill went through on Sunday. Talks run through Friday.', MARCH_11_2025);
    assert.deepEqual(claim(times, 'Monday').date, { year: 2025, month: 3, day: 10 });
    assert.deepEqual(claim(times, 'Sunday').date, { year: 2025, month: 3, day: 9 });
    assert.deepEqual(claim(times, 'Friday').date, { year: 2025, month: 3, day: 14 });
  });

  it('reads a weekday after "until at least <hour> on" as ahead', () => {
    const { times } = timesIn('The harbour board extended the ban until at least 9 a.m. on Thursday.', MARCH_11_2025);
    assert.deepEqual(claim(times, 'Thursday').date, { year: 2025, month: 3, day: 13 });
  });

  it('gives the day after a later clock time told in words of its own to that time alone', () => {
    const { times } = timesIn(
      'The tally rose all day. The board met at 16:00 GMT (17:00 BST) and pushed the vote back to 10:00 GMT next Thursday. ' +
      'Crews worked at 8 a.m. and 3 p.m. on Monday.', MARCH_11_2025);
    assert.deepEqual(claim(times, '16:00 GMT').date, { year: 2025, month: 3, day: 11 });
    assert.deepEqual(claim(times, '17:00 BST').date, { year: 2025, month: 3, day: 11 });
    assert.deepEqual(claim(times, '10:00 GMT').date, { year: 2025, month: 3, day: 13 });
    // a list of hours keeps the day told after it
    assert.deepEqual(claim(times, '8 a.m.').date, { year: 2025, month: 3, day: 10 });
  });

  it('resolves yesterday, today, this morning and last night', () => {
    const { times } = timesIn(
      'The mayor spoke yesterday. Schools are shut today. Crews cleared roads this morning. Sirens sounded last night.',
      MARCH_11_2025);
    assert.deepEqual(claim(times, 'yesterday').date, { year: 2025, month: 3, day: 10 });
    assert.deepEqual(claim(times, 'today').date, { year: 2025, month: 3, day: 11 });
    assert.deepEqual(claim(times, 'this morning').date, { year: 2025, month: 3, day: 11 });
    assert.deepEqual(claim(times, 'last night').date, { year: 2025, month: 3, day: 10 });
  });

  it('reads "last August" as the latest August strictly before the dateline month', () => {
    const march = claim(timesIn('The fund was set up last August.', MARCH_11_2025).times, 'last August');
    assert.deepEqual(march.date, { year: 2024, month: 8 });
    const august = claim(timesIn('The fund was set up last August.', { year: 2025, month: 8, day: 20 }).times, 'last August');
    assert.deepEqual(august.date, { year: 2024, month: 8 });
    const october = claim(timesIn('The fund was set up last August.', { year: 2025, month: 10, day: 2 }).times, 'last August');
    assert.deepEqual(october.date, { year: 2025, month: 8 });
  });

  it('reads "the Thursday morning rush hour" as a day, but not "the Sunday Times"', () => {
    const { times } = timesIn('Two buses collided during the Thursday morning rush hour. Fans left the Friday night match early.', null);
    assert.deepEqual(texts(times), ['Thursday', 'Friday']);
    assert.equal(claim(times, 'Thursday').weekday, 4);
    assert.deepEqual(texts(timesIn('She told the Sunday Times and the Monday meeting nothing.', null).times), []);
  });

  it('leaves a weekday unresolved without a dateline, and drops "yesterday"', () => {
    const { times } = timesIn('The site failed on Monday. The mayor spoke yesterday.', null);
    assert.deepEqual(texts(times), ['Monday']);
    assert.deepEqual(times[0].date, {});
    assert.equal(times[0].weekday, 1);
  });
});

describe('times: the date of a clock time', () => {
  it('takes the date written in the same sentence', () => {
    const t = claim(timesIn('Voting closed at 8 p.m. ET on Sunday.', MARCH_11_2025).times, '8 p.m. ET');
    assert.deepEqual(t.date, { year: 2025, month: 3, day: 9 });
    assert.equal(t.weekday, 0);
    assert.equal(t.utcMinutes, 20 * 60 + 240); // March 9, 2025 is already daylight time
  });

  it('finds the date of the same clause in Markdown with emphasis around the time', () => {
    const text = prepareText('---\ndate: 2025-07-02\n---\n\nWinds peaked at **4 p.m. ET** on Tuesday. Rain fell on Monday.\n', 'x.md');
    const times = extractTimes(text, findDateline(text));
    const t = times.find((c) => c.granularity === 'clock');
    assert.ok(t, JSON.stringify(times));
    assert.deepEqual(t.date, { year: 2025, month: 7, day: 1 });
    assert.equal(t.weekday, 2);
    assert.equal(t.utcMinutes, 16 * 60 + 240);
  });

  it('falls back to the last date earlier in the paragraph', () => {
    const { times } = timesIn('Storms hit the coast on Saturday. Power failed at 4 a.m. ET.', MARCH_11_2025);
    const t = claim(times, '4 a.m. ET');
    assert.deepEqual(t.date, { year: 2025, month: 3, day: 8 });
    assert.equal(t.utcMinutes, 240 + 300); // March 8, 2025 was still standard time
    assert.equal(t.weekday, undefined);
  });

  it('carries the last day the story told of into later paragraphs, before the dateline', () => {
    const { times } = timesIn('Storms hit the coast on Saturday.\n\nPower failed at 4 a.m. ET.', MARCH_11_2025);
    assert.deepEqual(claim(times, '4 a.m. ET').date, { year: 2025, month: 3, day: 8 });
  });
});

describe('times: the story day of a clock time in a later paragraph', () => {
  const SEPT_3_2025 = { year: 2025, month: 9, day: 3 };

  it('takes the last day told of, not the dateline, after a paragraph break', () => {
    const { times } = timesIn(
      'A gas main ruptured in Hartford at 3:12 p.m. EDT on Sept. 2.\n\nThe street was reopened by 7:50 p.m., the city said.', SEPT_3_2025);
    const t = claim(times, 'by 7:50 p.m.');
    assert.deepEqual(t.date, { year: 2025, month: 9, day: 2 });
    assert.equal(t.zone, 'EDT');
    assert.equal(t.utcMinutes, 19 * 60 + 50 + 240);
  });

  it('takes a weekday told of earlier, resolved against the dateline', () => {
    const { times } = timesIn('Hail battered Tulsa on Monday.\n\nThe airport closed at 4:35 p.m. CT.', SEPT_3_2025);
    assert.deepEqual(claim(times, '4:35 p.m. CT').date, { year: 2025, month: 9, day: 1 });
  });

  it('goes back to the dateline day after "today" or "this morning"', () => {
    const { times } = timesIn(
      'The storm reached the coast on Monday.\n\nSchools stayed shut this morning.\n\nBuses resumed at 11:15 a.m. ET.', SEPT_3_2025);
    assert.deepEqual(claim(times, '11:15 a.m. ET').date, SEPT_3_2025);
  });

  it('skips a day inside a quotation', () => {
    const { times } = timesIn(
      '“We warned them on Saturday,” the mayor said.\n\nThe levee failed at 2:40 a.m. ET.', SEPT_3_2025);
    assert.deepEqual(claim(times, '2:40 a.m. ET').date, SEPT_3_2025);
  });

  it('skips a date used for another thing: "a June 30 filing", "dated", "until Friday"', () => {
    for (const first of ['In an Aug. 29 filing, the county listed the risks.', 'A report dated Aug. 29 listed the risks.',
      'A flood watch stays in place until Friday.']) {
      const { times } = timesIn(`${first}\n\nThe levee failed at 2:40 a.m. ET.`, SEPT_3_2025);
      assert.deepEqual(claim(times, '2:40 a.m. ET').date, SEPT_3_2025, first);
    }
  });

  it('does not give a clock time the date of a document named in its sentence', () => {
    const { times } = timesIn('The mayor said at a briefing at 10:30 a.m. ET on Tuesday that a Aug. 21 audit had found cracks.', SEPT_3_2025);
    assert.deepEqual(claim(times, '10:30 a.m. ET').date, { year: 2025, month: 9, day: 2 });
    const alone = timesIn('The mayor said at 10:30 a.m. ET that an Aug. 21 audit had found cracks.', SEPT_3_2025).times;
    assert.deepEqual(claim(alone, '10:30 a.m. ET').date, SEPT_3_2025);
  });

  it('does not give a clock time a month named after it for another thing', () => {
    const { times } = timesIn('The tide gauge read 4.1 metres at 6:20 a.m. ET, beating the mark set in March 1998.', SEPT_3_2025);
    assert.deepEqual(claim(times, '6:20 a.m. ET').date, SEPT_3_2025);
  });

  it('skips a date far from the dateline: it is background', () => {
    const { times } = timesIn('The dam was last inspected on July 14.\n\nIt gave way at 5:05 a.m. ET.', SEPT_3_2025);
    assert.deepEqual(claim(times, '5:05 a.m. ET').date, SEPT_3_2025);
  });

  it('skips a date far from a dateline without a year, too', () => {
    const { times } = timesIn('The dam was last inspected on July 14.\n\nIt gave way at 5:05 a.m. ET.', { month: 9, day: 3 });
    assert.deepEqual(claim(times, '5:05 a.m. ET').date, { month: 9, day: 3 });
  });

  it('keeps "tomorrow" to its own paragraph', () => {
    const { times } = timesIn(
      'Divers will search again tomorrow. They start at 6 a.m. ET.\n\nThe boat had capsized at 9:20 p.m. ET, police said.', SEPT_3_2025);
    assert.deepEqual(claim(times, '6 a.m. ET').date, { year: 2025, month: 9, day: 4 });
    assert.deepEqual(claim(times, '9:20 p.m. ET').date, SEPT_3_2025);
  });

  it('dates a live blog’s entries by the day line above them, and "tonight" by that day', () => {
    const body = [
      'Live: floods in the valley',
      'Thursday 4 September',
      '7.05am\nThe river has peaked, the council says.',
      'Wednesday 3 September',
      '9.40pm\nEvacuations will go on tonight, police say.',
      '6.15pm\nThe levee failed at 5.50pm, officials confirm.',
    ].join('\n\n');
    const { times } = timesIn(body, { year: 2025, month: 9, day: 4 });
    assert.deepEqual(claim(times, '7.05am').date, { year: 2025, month: 9, day: 4 });
    assert.deepEqual(claim(times, '9.40pm').date, SEPT_3_2025);
    assert.deepEqual(claim(times, '5.50pm').date, SEPT_3_2025);
    assert.deepEqual(claim(times, 'tonight').date, SEPT_3_2025);
    assert.ok(!times.some((t) => t.text.includes('September')), 'a day line is no claim of its own');
  });

  it('dates a live blog’s entry by its day line or the dateline, not by a day another entry told', () => {
    const body = [
      'Live: harbour fire',
      '16:40\nA fisherman says he unloaded his catch on Saturday and cannot sell it now.',
      '09:15\nFire crews arrived at 8.50am, the brigade says.',
    ].join('\n\n');
    const { times } = timesIn(body, { year: 2025, month: 9, day: 4 });
    assert.deepEqual(claim(times, 'Saturday').date, { year: 2025, month: 8, day: 30 });
    assert.deepEqual(claim(times, '09:15').date, { year: 2025, month: 9, day: 4 });
    assert.deepEqual(claim(times, '8.50am').date, { year: 2025, month: 9, day: 4 });
  });

  it('does not carry a day past a "today" it cannot place (no dateline)', () => {
    const { times } = timesIn('The strike began on Sept. 1, 2025.\n\nToday the picket thinned. Talks restart at 3 p.m.', null);
    assert.deepEqual(claim(times, '3 p.m.').date, {});
    assert.ok(!times.some((t) => t.text === 'Today'));
  });
});

describe('times: things that are not dates', () => {
  const none: Array<[string, string]> = [
    ['"Trump 2.0"', 'Analysts called it Trump 2.0 in a note to clients.'],
    ['"may" the modal verb', 'Regulators may act soon, and the firm may appeal.'],
    ['"May" at a sentence start as a verb', 'May the best team win, the coach said.'],
    ['lower-case "march"', 'Thousands will march through the capital.'],
    ['"the March on Washington"', 'She attended the March on Washington as a child.'],
    ['"Sunday Times"', 'He told the Sunday Times that the plan was dead.'],
    ['"Sunday Times" at a sentence start', 'Sunday Times reporters first broke the story.'],
    ['"Mail on Sunday"', 'The claim first appeared in the Mail on Sunday.'],
    ['"Super Tuesday"', 'Candidates braced for Super Tuesday and its results.'],
    ['"Good Friday"', 'The Good Friday agreement was signed decades ago.'],
    ['"Monday Night Football"', 'Monday Night Football drew record ratings.'],
    ['a count after "in"', 'The firm installed meters in 2000 homes last spring.'],
    ['"May 10,000"', 'Sales reached May 10,000 units, a typo left in the copy.'],
    ['NBC\'s Today', 'He told NBC\'s Today show that the talks had failed.'],
    ['a version number', 'The app reached version 3.10 after the update.'],
    ['"Theresa May\'s"', 'The law dates to the era of Theresa May\'s government.'],
    ['a name "in May\'s"', 'The vote in May\'s cabinet was close.'],
    ['"Jan" as a name', 'Jan Novak, the chief engineer, declined to comment.'],
  ];
  for (const [what, sentence] of none) {
    it(`finds no date in ${what}`, () => {
      assert.deepEqual(texts(timesIn(sentence, MARCH_11_2025).times), []);
    });
  }

  it('still reads "May 5" and "in May" as dates', () => {
    const { times } = timesIn('The fair opens on May 5. It closed in May last time.', MARCH_11_2025);
    assert.deepEqual(claim(times, 'May 5').date, { year: 2025, month: 5, day: 5 });
    assert.deepEqual(claim(times, 'May').date, { month: 5 });
  });

  it('leaves the sentence period out of "on 5th May."', () => {
    const { text, times } = timesIn('The fair opens on 5th May. Tickets are free.', MARCH_11_2025);
    assertSpans(text, times);
    assert.deepEqual(texts(times), ['5th May']);
  });

  it('skips sentences marked as headings', () => {
    const text = articleOf([{ text: 'Storm Sweeps Coast on Monday', heading: true }, { text: 'Winds peaked at 4 p.m. ET on Sunday.' }]);
    const times = extractTimes(text, MARCH_11_2025);
    assert.deepEqual(texts(times), ['4 p.m. ET', 'Sunday']);
    assert.equal(times[0].sentence, 1);
  });

  it('splits "from March 10 to March 12" into past and until', () => {
    const { times } = timesIn('The fair runs from March 10 to March 12 in the park.', MARCH_11_2025);
    assert.equal(claim(times, 'March 10').qualifier, 'past');
    assert.equal(claim(times, 'March 12').qualifier, 'until');
  });

  it('skips page clutter and headings', () => {
    const { times } = timesIn('Fans lined up at dawn on Friday.\nREAD: Stadium plans unveiled (January 20, 2025)\nThe gates opened at 9 a.m.', MARCH_11_2025);
    assert.ok(!texts(times).includes('January 20, 2025'));
  });
});

describe('times: exact spans', () => {
  it('keeps UTF-16 offsets exact after emoji and curly quotes', () => {
    const body = '🔥🔥 “We’re back,” the CEO posted at 3:05 p.m. ET 🚀 on Tuesday, March 11, 2025 — after a long wait.';
    const { text, times } = timesIn(body, MARCH_11_2025);
    assertSpans(text, times);
    const t = claim(times, '3:05 p.m. ET');
    assert.equal(t.span.start, body.indexOf('3:05'));
    const d = claim(times, 'Tuesday, March 11, 2025');
    assert.equal(d.span.start, body.indexOf('Tuesday'));
    assert.equal(d.span.end, body.indexOf(' — after'));
  });

  it('points each claim at the sentence that holds it', () => {
    const { text, times } = timesIn('The outage began on Monday. It ended at 2 p.m. ET.', MARCH_11_2025);
    const t = claim(times, '2 p.m. ET');
    const s = text.sentences[t.sentence];
    assert.ok(s.span.start <= t.span.start && t.span.end <= s.span.end);
  });
});
