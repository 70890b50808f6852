// A draft that converts a sum with "or" ("NZ$52,000, or about US$41,200") converts it as one in brackets
// does: where a source converts the very same sum ("NZ$52,000 (about US$30,100)") a quarter or more
// away, the draft's arithmetic went wrong, a figure-conflict with that source, not a figure no source
// supports. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figure findings: a draft\'s conversion joined by "or"', () => {
  const files = (draft: string): Record<string, string> => ({
    '004_explainer.md': '# What is at stake\n\n*By Ana Pirika, Harbour Courant*\n\nThe purse is split evenly between the two draws.\n\n- **Each losing semi-finalist:** NZ$52,000 (about US$30,100)\n',
    'draft.md': draft,
  });

  it('holds a conversion far off against the source\'s conversion of that sum', () => {
    const found = findingsIn(files('# Rain stops play\n\nLosing semi-finalists leave with NZ$52,000, or about US$41,200.\n'), 'draft.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => f.text), ['about US$41,200']);
    assert.match(found[0].message, /30,100/);
    assert.deepEqual(findingsIn(files('# Rain stops play\n\nLosing semi-finalists leave with NZ$52,000, or about US$41,200.\n'), 'draft.md', 'unsourced-claim'), []);
  });

  it('leaves a right conversion alone', () => {
    assert.deepEqual(findingsIn(files('# Rain stops play\n\nLosing semi-finalists leave with NZ$52,000, or about US$30,100.\n'), 'draft.md', 'figure-conflict'), []);
  });
});
