// "A petition … gathered 7,415 signatures" in three sources and "6,415 signatures" in a fourth: a count
// seldom told by chance (not round), told exactly by several sources, outnumbers a number no other
// source tells. The lone source was held to the one that told it in like words, but the sources on the
// majority's side were not held to it: one in other words, one at a blog's stamp, one in a transcript's
// bare answer. Each is, as the sources on each side of a dispute are. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_wire.txt': 'KELBY, May 7 (Wirepost) - Councillors voted late on Wednesday to close the Kelby library. A petition against the closure gathered 7,415 signatures.',
  '002_blog.md': '# LIVE: Kelby library vote\n\n*Kelby Echo live blog · Wednesday 6 May 2027*\n\n**19:30** The petition (7,415 signatures) has been handed to the mayor.\n',
  '003_radio.txt': 'KELBY FM - BREAKFAST WITH JO HART\nThursday 7 May 2027\n\nJO HART: Our reporter Tom Reed was there. Tom, was there a petition?\n\nTOM REED: Seven thousand four hundred and fifteen signatures.\n\nJO HART: Thank you, Tom.\n',
  '004_explainer.md': '# The Kelby library vote explained\n\n*The Ledger · 7 May 2027*\n\n## The opposition\n\n- A petition against the library closure gathered 6,415 signatures.\n',
};

describe('figures: a rare count several sources tell, against a lone one', () => {
  it('holds each source on the majority\'s side to the lone source, and the lone source to them', () => {
    for (const path of ['001_wire.txt', '002_blog.md', '003_radio.txt']) {
      const found = findingsIn(files, path, 'figure-conflict');
      assert.equal(found.length, 1, path + JSON.stringify(found));
      assert.deepEqual(found[0].against.map((e) => e.label), ['004'], path);
    }
    assert.equal(findingsIn(files, '004_explainer.md', 'figure-conflict').length, 1);
  });

  it('leaves the majority alone when another source tells the lone number too', () => {
    const more = { ...files, '005_paper.txt': 'The library petition had 6,415 signatures when it was handed in.' };
    for (const path of ['002_blog.md', '003_radio.txt']) assert.deepEqual(findingsIn(more, path, 'figure-conflict'), [], path);
  });

  it('leaves round counts alone', () => {
    const round = Object.fromEntries(Object.entries(files).map(([p, t]) => [p, t.replace(/7,415/g, '7,400').replace('Seven thousand four hundred and fifteen', 'Seven thousand four hundred').replace('6,415', '6,400')]));
    for (const path of ['002_blog.md', '003_radio.txt']) assert.deepEqual(findingsIn(round, path, 'figure-conflict'), [], path);
  });
});
