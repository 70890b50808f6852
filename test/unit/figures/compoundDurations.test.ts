// "two hours and 32 minutes", "5 hours 17 minutes": one span of time told in hours and minutes is one
// duration in minutes, not "two hours" beside "32 minutes" (read apart, a draft's "three hours and 32
// minutes" found its "three hours" supported by a source's "two hours", whose rounding reaches 2.5).
// A source telling the span and, in the same sentence, a total ("and just over five hours in all")
// is not held against another source's span by that total.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const durations = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'duration').map((f) => [f.text, f.value, f.measure]);
const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figures: hours and minutes of one span', () => {
  it('reads hours and minutes as one duration in minutes', () => {
    assert.deepEqual(durations('The pilot had flown for two hours and 32 minutes before the warning.'), [['two hours and 32 minutes', 152, 'minute']]);
    assert.deepEqual(durations('She had worked 5 hours 17 minutes without a break.'), [['5 hours 17 minutes', 317, 'minute']]);
  });

  it('leaves hours and minutes told of two things apart', () => {
    assert.deepEqual(durations('The shift lasted nine hours, with breaks of 45 minutes.').map((d) => d[0]), ['nine hours', '45 minutes']);
  });

  const sources = {
    '000_wire.txt': 'Published June 15, 2027\n\nThe ferry company said the pilot had been at the helm for two hours and 32 minutes since a crew change and for just over five hours in total that day.',
    '001_paper.md': 'Published June 15, 2027\n\nThe pilot had been at the helm for 2 hours 32 minutes since the crew change, the ferry company said.',
  };

  it('flags a draft\'s span whose hours differ from the sources\'', () => {
    const files = { ...sources, 'draft_ferry.md': 'The ferry company said the pilot had been at the helm for three hours and 32 minutes since a crew change.' };
    const found = figureConflicts(files, 'draft_ferry.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'three hours and 32 minutes');
  });

  // The crew break shared by all three makes the second source's span and the first's total alike
  // enough to be held together (likeDurations); only the first source's own span keeps them apart.
  it('does not hold a source\'s span against a total told beside the same span in another source', () => {
    const files = {
      '000_wire.txt': 'Published June 15, 2027\n\nThe ferry company said the pilot had been at the helm for two hours and 32 minutes since a crew break and for just over five hours in total that day.',
      '001_notes.md': 'Published June 15, 2027\n\nThe pilot took a 40-minute crew break and had been at the helm for 2 hours 32 minutes when the ferry grounded, giving a total of 5 hours 17 minutes at the helm that day.',
      '002_radio.txt': 'Published June 15, 2027\n\nThe pilot was at the helm for two hours and 32 minutes after the crew break, the ferry company says, and for five hours and 17 minutes in all that day.',
    };
    for (const source of Object.keys(files)) assert.deepEqual(figureConflicts(files, source), [], source);
  });

  it('does not flag the same span, nor the sources against each other', () => {
    const files = { ...sources, '002_radio.txt': 'Published June 15, 2027\n\nThe pilot was at the helm for two hours and 32 minutes since the crew change, and for five hours and 17 minutes in all.', 'draft_ferry.md': 'The pilot had been at the helm for two hours and 32 minutes since a crew change.' };
    assert.deepEqual(figureConflicts(files, 'draft_ferry.md'), []);
    for (const source of Object.keys(files).filter((p) => !p.startsWith('draft'))) assert.deepEqual(figureConflicts(files, source), [], source);
  });
});
