// A harbour's timeline tells two notices ("06:12 Navigation notice issued to pilots via harbour radio
// confirming the closure", "08:40 Navigation notice issued confirming the reopening time"); a live
// blog tells the first ("**06:12** The harbour master has issued a navigation notice confirming
// that the channel is closed"). The action links the blog's entry to both of the timeline's rows, but the timeline tells
// the blog's very minute itself in the blog's words: the blog's notice is that one, and the 08:40 row
// is the later notice, not the first told two and a half hours late (findings/times.ts, eventToldAgain).
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const timeline = [
  'HARBOUR OF KESSELT - NOTICE TO MARINERS',
  '',
  'Tuesday, 3 March 2026',
  '',
  'Timeline (all times CET, UTC+1)',
  '',
  '- 05:58 A dredger grounds in the main channel.',
  '- 06:12 Navigation notice issued to pilots via harbour radio confirming the closure.',
  '- 08:40 Navigation notice issued confirming the reopening time.',
  '- 12:30 The channel reopens.',
  '',
].join('\n');

const blog = [
  '# Kesselt harbour closure - live',
  '',
  'Tuesday 3 March 2026 · All times CET (UTC+1)',
  '',
  '**06:12** The harbour master has issued a navigation notice confirming that the channel is closed.',
  '',
  '**06:05** A dredger is aground in the main channel, pilots tell us.',
  '',
].join('\n');

describe('time findings: an action a source tells at two moments', () => {
  const files = { '001_timeline.txt': timeline, '002_blog.md': blog };

  it('holds neither the blog\'s entry nor the later row against the other', () => {
    assert.deepEqual(findingsIn(files, '002_blog.md', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_timeline.txt', 'time-conflict'), []);
  });

  it('still holds the blog\'s notice against the timeline\'s at another minute', () => {
    const wrong = { ...files, '002_blog.md': blog.replace('**06:12**', '**07:20**') };
    assert.equal(findingsIn(wrong, '002_blog.md', 'time-conflict').length, 1);
  });
});
