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
