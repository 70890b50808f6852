// "**6:35 am** – The slide started at about 1,900 metres": a live blog's entry stamp is when the entry
// was posted. A height the entry tells of the thing (the same in a source's sentence of the event) is no
// reading of that moment: held as one, it matched the source's time to the stamp instead of to the
// blog's own time of the event, and a disagreement on that time went unseen. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const blog = [
  '# Live: landslide above Vellach',
  '',
  '*Vellach Courier live desk · Tuesday, 3 March 2026 · all times local*',
  '',
  '**6:35 am** – The slide started at about 1,900 metres, below the old quarry road.',
  '',
  '**6:20 am** – Residents say part of the slope gave way at 5:50 am and buried the quarry road.',
].join('\n');

const wire = 'VELLACH, March 3 (Alp Wire) - Part of the slope above Vellach gave way at 5:40 a.m. CET on Tuesday at about 1,900 metres, burying the quarry road.';
const release = 'VELLACH DISTRICT OFFICE\nTuesday 3 March 2026\n\n05:40 - Slope collapses onto the quarry road at approximately 1,900 metres.\n07:10 - Road closed.';
const radio = 'The slope came down at twenty to six this morning, our reporter says, right onto the quarry road.';

describe('findings: a measure under a blog stamp ties no moment', () => {
  it('holds the wire\'s time to the blog\'s own time of the event, not to the stamp', () => {
    const files = { '000_wire.txt': wire, '001_blog.md': blog, '002_release.txt': release, '003_radio.txt': radio };
    const found = findingsIn(files, '000_wire.txt', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /5:50 am/);
  });
});
