// A draft that declares its clock once ("all times EEST (GMT+3)") and writes "11:40am (9:40am GMT)":
// the time before the brackets is on the declared clock as surely as if "EEST" stood beside it, so the
// pair does not convert (11:40am EEST is 08:40 GMT), and a source's "11.40am (0840 GMT)" says which
// half is wrong, though an explainer's "9:40am in London" (the BST reading) meets the wrong half.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('time findings: a conversion on the clock the draft declares', () => {
  const wire = 'ATHENS, May 6 (Aegean Wire) - The march set off from Syntagma Square at 11.40am (0840 GMT), and police closed the avenue behind it.';
  const explainer = '# Explainer: the Athens march\n\nFor readers in Britain: Greece is two hours ahead of London in summer, so the march set off from Syntagma Square at 9:40am in London.';
  const draft = (pair: string) => `# March in Athens\n\n*Draft for the foreign desk · all times EEST (GMT+3)*\n\nThe march set off from Syntagma Square at ${pair}, and police closed the avenue behind it.`;

  it('holds the wrong half of the pair against the source\'s', () => {
    const found = findingsIn({ '000_wire.txt': wire, '004_explainer.md': explainer, 'draft.md': draft('11:40am (9:40am GMT)') }, 'draft.md', 'time-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /0840 GMT/);
  });

  it('leaves a pair that converts alone', () => {
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '004_explainer.md': explainer, 'draft.md': draft('11:40am (8:40am GMT)') }, 'draft.md', 'time-conflict'), []);
  });
});
