// "The inquiry heard 58 witnesses, 17 of them firefighters": the noun after "of them" names what the
// part counts (firefighters), not the whole the count before it counted (witnesses). So a draft that
// says "58 firefighters gave evidence" gives firefighters the number the sources give to witnesses.
// Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'LOWMOOR, June 9 (Harbour Wire) - The inquiry into the Calder Street warehouse fire heard 58 witnesses, 17 of them firefighters, over eleven weeks, its chair said.',
  '001_radio.txt': 'PRESENTER: How many people gave evidence?\nREPORTER: Fifty-eight witnesses, seventeen of them firefighters, over eleven weeks of hearings into the Calder Street warehouse fire.',
};

describe('figures: "N of them <things>" counts those things', () => {
  it('reads the part\'s own noun, in digits and in words', () => {
    const counted = (text: string, n: number) => analyzeArticle({ path: '000_a.txt', text }).figures.find((f) => f.value === n)?.counted;
    assert.equal(counted(sources['000_wire.txt'], 17), 'firefighter');
    assert.equal(counted(sources['001_radio.txt'], 17), 'firefighter');
    // Without a noun after "of them", the part still counts what the whole counts.
    assert.equal(counted('The inquiry heard 58 witnesses, 17 of them on the first day.', 17), 'witness');
  });

  it("flags a draft that gives the part's thing the whole's number", () => {
    const draft = 'The inquiry into the Calder Street warehouse fire heard 58 witnesses, and 58 firefighters gave evidence over eleven weeks.';
    const found = findingsIn({ ...sources, 'draft_fire.md': draft }, 'draft_fire.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '58 firefighters');
  });

  it('leaves the right number alone', () => {
    const draft = 'The inquiry into the Calder Street warehouse fire heard 58 witnesses, and 17 firefighters gave evidence over eleven weeks.';
    assert.deepEqual(findingsIn({ ...sources, 'draft_fire.md': draft }, 'draft_fire.md', 'figure-conflict'), []);
  });
});
