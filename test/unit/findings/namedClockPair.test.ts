// "began at 09:00 Kenya time (EAT, 06:00 GMT)" in a source and "09:00 Kenya time (15:00 GMT)" in a
// draft: a clock named by its place is that place's clock, whose offset the sources' own pairs give
// (findings/conversionPairs.ts), and a bracket may restate the first time's zone before converting
// it ("(EAT, 06:00 GMT)"; alignment/corpus.ts converts). The draft's conversion went the wrong way.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a time on a named place clock and its conversion', () => {
  const files = {
    '001_wire.txt': 'Dock strike in Mombasa\n\nMOMBASA, May 4 (Westwire) - The 24-hour strike called by the dockers\' union began at 09:00 Kenya time (EAT, 06:00 GMT) and was due to end on Tuesday.',
    '002_release.txt': 'For immediate release: Monday 4 May 2026\n\nThe dockers\' strike began at 09:00 Kenya time, the port authority said. Ships were held at anchor.',
    'draft_dock.md': '# Dock strike\n\nThe 24-hour strike by the dockers\' union began at 09:00 Kenya time (15:00 GMT) on Monday.',
  };

  it('flags the bracketed half the source converts otherwise', () => {
    const found = findingsIn(files, 'draft_dock.md', 'time-conflict');
    assert.equal(found.length, 1);
    assert.ok(found[0].message.includes('06:00 GMT'));
  });

  it('leaves a conversion that agrees alone', () => {
    const right = { ...files, 'draft_dock.md': files['draft_dock.md'].replace('15:00 GMT', '06:00 GMT') };
    assert.deepEqual(findingsIn(right, 'draft_dock.md', 'time-conflict'), []);
  });
});
