// "the roadside weather station showed 39°C" where a live blog tells "39°C at that reading" and, in
// the draft's words, "the 5pm reading from the roadside weather station: 44.1°C": a level that changes
// over the day, told at no clock, which one source tells exactly beside its reading of another clock
// time is that source's other reading, not a conflict. A draft's peak is still held. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const blog = [
  '# Live: stage nine of the Vuelta del Sur',
  '',
  '**5.02pm** The 5pm reading from the roadside weather station: 44.1°C. Riders are still sheltering in the team buses.',
  '',
  '**2.15pm** It is official. The commissaires have neutralised the stage at the feed zone. The air temperature at that reading was 39°C.',
].join('\n');

const wire = 'SEVILLA, Aug 21 (Iberwire) - Stage nine of the Vuelta del Sur was neutralised at 2:15 p.m. when the air temperature reached 39C, organisers said. It peaked at 44.1C at 5 p.m.';

const release = [
  'Vuelta del Sur - official timeline',
  '',
  '2:15 p.m. - Stage neutralised at the feed zone; air temperature 39°C.',
  '5:00 p.m. - Air temperature peaks at 44.1°C.',
].join('\n');

describe('findings: a source\'s other reading of a level', () => {
  it('does not hold a draft\'s reading told at no clock against the source\'s reading of another clock time', () => {
    const draft = 'When the stage was neutralised the roadside weather station showed 39°C. Riders waited in the team buses.';
    const files = { '001_blog.md': blog, '002_wire.txt': wire, '003_release.txt': release, 'draft.md': draft };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict'), []);
  });

  it('still holds a draft\'s peak to the sources\' peak', () => {
    const draft = 'The temperature at the roadside weather station peaked at 39°C. Riders waited in the team buses.';
    const files = { '001_blog.md': blog, '002_wire.txt': wire, '003_release.txt': release, 'draft.md': draft };
    const found = findingsIn(files, 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
