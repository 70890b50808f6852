// "Ruth Amadi said: “The lift failed at noon. I thank the crews for their work.”" where another source
// credits only the first sentence to someone else: the finding ends with the sentence both carry, not
// at the quotation's close. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('credit findings: marked on the words the sources share', () => {
  const release = 'TAMBORA METRO PRESS NOTE\n\nMs Ruth Amadi, Director, Tambora Metro, said: "The escalator at Kesar Bagh failed at noon because of a power surge. I thank our engineers, who had it running again by evening."\n';
  const paper = '# Metro escalator fails\n\n"The escalator at Kesar Bagh failed at noon because of a power surge," Transport Minister Dev Saran said.\n';

  it('ends the finding at the shared sentence\'s full stop', () => {
    const found = findingsIn({ '001_release.txt': release, '002_paper.md': paper }, '001_release.txt', 'attribution-conflict');
    assert.equal(found.length, 1);
    const start = release.indexOf('Ms Ruth Amadi');
    const end = release.indexOf('power surge.') + 'power surge.'.length;
    const text = release.slice(found[0].span.start, found[0].span.end);
    assert.ok(!text.includes('engineers'), text);
    assert.equal(found[0].span.end, end);
    assert.ok(found[0].span.start <= start + 3);
  });
});

describe('credit findings: a name after the quotation does not carry the squiggle over undisputed words', () => {
  // “A. B,” she said, where another source credits only A to someone else: the finding holds A, and
  // does not reach across B to the name at the end (B is nobody's dispute).
  const blog = '# Ferry strike: live\n\nPort manager Halvard Neset spoke at the terminal gates.\n\n“The ferries will not sail before Monday at the earliest. We have asked the union to come back to the table by Friday,” he said.\n';
  const named = 'PORT NEWS\n\n“The ferries will not sail before Monday at the earliest. We have asked the union to come back to the table by Friday,” Halvard Neset, the port manager, said on Thursday.\n';
  const wire = 'OSLO, March 4 (Nordwire) - "The ferries will not sail before Monday at the earliest," union negotiator Brit Aasland told reporters.\n';

  for (const [label, text] of [['pronoun', blog], ['name', named]] as const) {
    it(`keeps to the shared sentence (speaker by ${label})`, () => {
      const found = findingsIn({ '001_source.md': text, '002_wire.txt': wire }, '001_source.md', 'attribution-conflict');
      assert.equal(found.length, 1);
      const marked = text.slice(found[0].span.start, found[0].span.end);
      assert.ok(marked.includes('sail before Monday'), marked);
      assert.ok(!marked.includes('union to come back'), marked);
    });
  }
});
