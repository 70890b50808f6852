// A live blog that keeps one clock ("All times GMT") and tells a time on another place's clock in one
// entry ("at noon New York time"): that zone is the entry's own, and the stamps of the entries below it
// are on the blog's clock again, not carried into New York's. Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';

const BLOG = [
  '# LIVE: Lagos port strike',
  '',
  '**Harbour Daily live coverage, Thursday 9 October 2025. All times GMT.**',
  '',
  '17:00',
  'Shipping stocks were flat at noon New York time, traders said.',
  '',
  '14:20',
  'Talks began at the port authority offices.',
  '',
  '12:05',
  'About 300 dockworkers stood at the main gate from 12 o\'clock.',
  '',
].join('\n');

describe('times: a live blog\'s stamps after an entry told on another clock', () => {
  it('reads the stamps below the entry on the blog\'s declared clock', () => {
    const { times } = timesIn(BLOG);
    assert.equal(claim(times, 'noon New York time').utcMinutes, 16 * 60);
    assert.equal(claim(times, '14:20').zone, 'GMT');
    assert.equal(claim(times, '14:20').utcMinutes, 14 * 60 + 20);
    assert.equal(claim(times, "12 o'clock").utcMinutes, 12 * 60);
  });
});
