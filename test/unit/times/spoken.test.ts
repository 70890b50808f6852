// Clock times said in words, as briefing transcripts and quotations give them. Invented text only.
import { strict as assert } from 'node:assert';
import { assertSpans, claim, texts, timesIn } from './helpers';

const MAY_12_2026 = { year: 2026, month: 5, day: 12 };

/** The claim's span as UTF-16 offsets into the plain text. */
function spanOf(body: string, words: string): { start: number; end: number } {
  const start = body.indexOf(words);
  assert.ok(start >= 0, `"${words}" is in the text`);
  return { start, end: start + words.length };
}

describe('times: clock times said in words', () => {
  it('reads "two forty this morning" as 02:40 with its qualifier and exact span', () => {
    const body = 'PIETER MOLOI: Thank you. At about two forty this morning a boiler at the plant gave way.';
    const { text, times } = timesIn(body, MAY_12_2026);
    assertSpans(text, times);
    const t = claim(times, 'about two forty');
    assert.equal(t.granularity, 'clock');
    assert.equal(t.localMinutes, 2 * 60 + 40);
    assert.equal(t.qualifier, 'about');
    assert.deepEqual(t.span, spanOf(body, 'about two forty'));
    assert.deepEqual(t.date, MAY_12_2026);
  });

  it('reads "ten past nine" and "twenty-five past nine in the morning"', () => {
    const body = 'The gates opened at ten past nine. Twenty-five past nine in the morning, the first bus left.';
    const { text, times } = timesIn(body, MAY_12_2026);
    assertSpans(text, times);
    assert.equal(claim(times, 'ten past nine').localMinutes, 9 * 60 + 10);
    assert.deepEqual(claim(times, 'ten past nine').span, spanOf(body, 'ten past nine'));
    const t = claim(times, 'Twenty-five past nine');
    assert.equal(t.localMinutes, 9 * 60 + 25);
    assert.deepEqual(t.span, spanOf(body, 'Twenty-five past nine'));
  });

  it('reads "half past three this afternoon" as 15:30', () => {
    const body = 'The roof of the depot came down at half past three this afternoon, the manager said.';
    const { text, times } = timesIn(body, MAY_12_2026);
    assertSpans(text, times);
    const t = claim(times, 'half past three');
    assert.equal(t.localMinutes, 15 * 60 + 30);
    assert.deepEqual(t.span, spanOf(body, 'half past three'));
  });

  it('reads "a quarter to eleven last night" as 22:45 on the day before', () => {
    const body = 'Neighbours heard the blast at a quarter to eleven last night.';
    const { text, times } = timesIn(body, MAY_12_2026);
    assertSpans(text, times);
    const t = claim(times, 'a quarter to eleven');
    assert.equal(t.localMinutes, 22 * 60 + 45);
    assert.deepEqual(t.span, spanOf(body, 'a quarter to eleven'));
    assert.deepEqual(t.date, { year: 2026, month: 5, day: 11 });
  });

  it('reads "around seven thirty this evening" as about 19:30', () => {
    const body = 'Volunteers will meet around seven thirty this evening at the hall.';
    const { text, times } = timesIn(body, MAY_12_2026);
    assertSpans(text, times);
    const t = claim(times, 'around seven thirty');
    assert.equal(t.localMinutes, 19 * 60 + 30);
    assert.equal(t.qualifier, 'about');
    assert.deepEqual(t.span, spanOf(body, 'around seven thirty'));
  });

  it('reads "nine fifteen a.m." with the a.m. in its span, and a zone after it', () => {
    const body = 'The hearing opened at nine fifteen a.m. sharp. The vote was called at ten twenty-five p.m. BST.';
    const { text, times } = timesIn(body, MAY_12_2026);
    assertSpans(text, times);
    const a = claim(times, 'nine fifteen a.m.');
    assert.equal(a.localMinutes, 9 * 60 + 15);
    assert.deepEqual(a.span, spanOf(body, 'nine fifteen a.m.'));
    const b = claim(times, 'ten twenty-five p.m. BST');
    assert.equal(b.localMinutes, 22 * 60 + 25);
    assert.equal(b.zone, 'BST');
    assert.equal(b.utcMinutes, 21 * 60 + 25);
  });

  it('reads "nine oh five", "eleven fifty five" and "twenty minutes to ten"', () => {
    const body = 'The alarm rang at nine oh five this morning. It was cleared at eleven fifty five tonight.\n\nCrews left at twenty minutes to ten.';
    const { text, times } = timesIn(body, MAY_12_2026);
    assertSpans(text, times);
    assert.equal(claim(times, 'nine oh five').localMinutes, 9 * 60 + 5);
    assert.equal(claim(times, 'eleven fifty five').localMinutes, 23 * 60 + 55);
    assert.equal(claim(times, 'twenty minutes to ten').localMinutes, 9 * 60 + 40);
  });

  it('reads a day-part written before the words: "This morning at two forty"', () => {
    const { times } = timesIn('This morning at two forty the pumps failed.', MAY_12_2026);
    assert.equal(claim(times, 'two forty').localMinutes, 2 * 60 + 40);
  });

  it('keeps spans exact in UTF-16 after characters outside the BMP', () => {
    const body = '🚨 Update 🚨 The siren sounded at ten past nine this morning.';
    const { text, times } = timesIn(body, MAY_12_2026);
    assertSpans(text, times);
    assert.deepEqual(claim(times, 'ten past nine').span, spanOf(body, 'ten past nine'));
  });

  it('never reads counts as times', () => {
    const body = [
      'The council bought two forty-seat buses this morning.',
      'He thanked forty past members at the dinner.',
      'There were nine fifteen-year-olds in the squad this afternoon.',
      'This morning two forty people were moved.',
      'The queue grew from five to ten last night.',
      'Bookmakers offered odds of ten to one.',
      'Ten past nine members voted.',
      'She counted seven thirty times.',
      'About five to ten of them stayed on. Prices rose by five to ten per cent.',
      'Around ten to twelve, mostly children, were treated.',
      'Bookings fell by a quarter to eleven.',
    ].join(' ');
    const { times } = timesIn(body, MAY_12_2026);
    assert.deepEqual(texts(times.filter((t) => t.granularity === 'clock')), []);
  });

  it('leaves two number words with no day-part or a.m./p.m. alone', () => {
    const { times } = timesIn('We have two forty tonnes left and the nine fifteen train is late.', MAY_12_2026);
    assert.deepEqual(texts(times), []);
  });
});
