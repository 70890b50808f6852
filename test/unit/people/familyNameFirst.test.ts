// "Kang Da-bin" at home and "Da-bin Kang" in a foreign wire are one person: a family name then a
// hyphened given name whose second syllable is in lower case is keyed given name first, so both orders
// (and a transcript's "KANG DA-BIN:" label) give one key, and "Ms Kang" alone names her. Western
// double names ("Smith-Jones") are left as written. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { familyNameFirst, personKey } from '../../../server/src/analysis/claims/people/nameOrder';
import { article } from './article';
import { findingsIn } from '../findings/review';

describe('people: a family name written first with a hyphened given name', () => {
  it('keys the name given name first, and leaves other names as written', () => {
    assert.equal(personKey(['kang', 'da-bin'], ['Kang', 'Da-bin']), 'da-bin kang');
    assert.equal(personKey(['da-bin', 'kang'], ['Da-bin', 'Kang']), 'da-bin kang');
    assert.equal(personKey(['kang', 'da-bin']), 'da-bin kang');
    assert.equal(familyNameFirst(['lee', 'smith-jones'], ['Lee', 'Smith-Jones']), false);
    assert.equal(familyNameFirst(['mary', 'smith-jones'], ['Mary', 'Smith-Jones']), false);
  });

  it('finds the person again by the family name alone', () => {
    const people = extractPeople(article(
      ['Union spokesperson Kang Da-bin said the line would stay shut.'],
      ['Ms Kang said talks would resume on Monday.'],
    ));
    assert.deepEqual(people.map((p) => [p.key, p.mentions.length]), [['da-bin kang', 2]]);
  });

  it('credits a transcript label in capitals to the same key', () => {
    const a = analyzeArticle({ path: 'radio.txt', text: 'ULSAN FM - THE MORNING REPORT\nTranscript. Check against broadcast.\n\nPresenter Noh Eun-ji spoke to union spokesperson Kang Da-bin at the plant gate.\n\nNOH EUN-JI: What happens now at the plant?\n\nKANG DA-BIN: Nobody will go back on that line until it is safe.\n\nNOH EUN-JI: Thank you.\n' });
    assert.ok(a.quotes.some((q) => q.speaker?.key === 'da-bin kang'), JSON.stringify(a.quotes.map((q) => q.speaker)));
  });

  it('does not call one quotation credited to both orders of one name an attribution conflict', () => {
    const files = {
      '001_wire.txt': 'ULSAN, South Korea, May 4 (Wirepost) - "Nobody will go back on that line until it is safe," union spokesperson Da-bin Kang told Wirepost.',
      '002_local.txt': 'The union held a rally at the plant gate on Tuesday.\n\nSpokesperson Kang Da-bin: "Nobody will go back on that line until it is safe."',
    };
    assert.equal(findingsIn(files, '001_wire.txt', 'attribution-conflict').length, 0);
    assert.equal(findingsIn(files, '002_local.txt', 'attribution-conflict').length, 0);
    const other = { ...files, '002_local.txt': files['002_local.txt'].replace('Kang Da-bin', 'Lim Tae-ho') };
    assert.equal(findingsIn(other, '001_wire.txt', 'attribution-conflict').length, 1);
  });
});
