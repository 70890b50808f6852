// "around 80 kilometres an hour where the limit is 50" / "about 95km/h in a 50km/h zone": two sources'
// speeds, each told beside the same limit and no other speed, are one speed measured against one
// limit, however unlike the rest of their words; told beside two different limits, they may be two.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

describe('figure findings: two measures told against the same reference', () => {
  it('holds two sources\' speeds beside one limit to each other', () => {
    const files = {
      '001_briefing.txt': 'Published March 4, 2027\n\nSergeant Vale said the lorry had been doing around 80 kilometres an hour where the limit is 50.',
      '002_paper.md': 'Published March 4, 2027\n\nPolice estimate it was going at about 95km/h in a 50km/h zone near Harnby.',
    };
    assert.deepEqual(conflicts(files, '002_paper.md'), ['about 95km/h']);
  });

  it('leaves speeds told beside different limits alone', () => {
    const files = {
      '001_briefing.txt': 'Published March 4, 2027\n\nSergeant Vale said the lorry had been doing around 80 kilometres an hour where the limit is 50.',
      '002_paper.md': 'Published March 4, 2027\n\nPolice estimate it was going at about 95km/h in a 70km/h zone near Harnby.',
    };
    assert.deepEqual(conflicts(files, '002_paper.md'), []);
  });
});
