// A person has one age: "Okello, 31, did not attend", "Ms Okello, aged 31," and "the 30-year-old said"
// (told with "the" alone right after the article names its subject) are one quantity in whatever words,
// between sources and in a draft. The link through "the" alone holds only ages a few years apart.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'OSLO, June 2 (Wirepost) - Cyclist Ruth Okello has been banned for two years. The panel found that Okello, 31, had broken the rules.',
  '001_release.txt': 'The federation notes the decision. Ms Okello, aged 31, trains in Bergen.',
  '002_explainer.md': '# What the ban means\n\nBergen-based cyclist **Ruth Okello** was banned on Tuesday.\n\n- **Defence:** the 30-year-old said a contaminated drink was to blame.',
};

describe('findings: one person\'s age in any words', () => {
  it('holds the sources to each other', () => {
    assert.equal(findingsIn(sources, '002_explainer.md', 'figure-conflict').length, 1);
    assert.equal(findingsIn(sources, '000_wire.txt', 'figure-conflict').length, 1);
    assert.equal(findingsIn(sources, '001_release.txt', 'figure-conflict').length, 1);
  });

  it('holds a draft\'s "the N-year-old\'s" to the subject\'s age', () => {
    const files = { '000_wire.txt': sources['000_wire.txt'], '001_release.txt': sources['001_release.txt'], 'draft_ban.md': 'Cyclist Ruth Okello was banned for two years on Tuesday. The panel rejected the 33-year-old\'s argument that a drink was to blame.' };
    assert.equal(findingsIn(files, 'draft_ban.md', 'figure-conflict').length, 1);
  });

  it('does not read another person\'s age told with "the" as the subject\'s', () => {
    const files = {
      '000_wire.txt': sources['000_wire.txt'],
      'draft_ban.md': 'Cyclist Ruth Okello was banned for two years on Tuesday. Police said the 17-year-old who drove the team car was unhurt.',
    };
    assert.deepEqual(findingsIn(files, 'draft_ban.md', 'figure-conflict'), []);
  });
});
