// A Spanish name carries two surnames and news calls the person by the first ("Aurora Velasco Ibáñez"
// … "Velasco said"): that word names her as the last would, in the article, in a transcript's label
// and across articles; a person whose own surname is that word keeps it.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { firstSurname } from '../../../server/src/analysis/claims/people/surnames';
import { article } from './article';
import { findingsIn } from '../findings/review';

const speakers = (text: string): Array<string | null> => analyzeArticle({ path: 'x.txt', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('people: the first of two surnames', () => {
  it('reads the word before the last of a longer name as a surname, but not a particle or a given name', () => {
    assert.equal(firstSurname(['aurora', 'velasco', 'ibanez']), 'velasco');
    assert.equal(firstSurname(['jose', 'luis', 'pardo', 'mena']), 'pardo');
    assert.equal(firstSurname(['marcelo', 'rebelo', 'de', 'sousa']), null);
    assert.equal(firstSurname(['mary', 'ann', 'smith']), null);
    assert.equal(firstSurname(['ana', 'pardo']), null);
  });

  it('finds the person named by the first surname alone', () => {
    const people = extractPeople(article(
      ['Regional fisheries minister Aurora Velasco Ibáñez opened the port on Monday.'],
      ['Velasco said the catch quota would be reviewed in spring.'],
    ));
    assert.deepEqual(people.map((p) => [p.key, p.mentions.length]), [['aurora velasco ibanez', 2]]);
  });

  it('leaves the word to a person whose own surname it is', () => {
    const people = extractPeople(article(
      ['Regional fisheries minister Aurora Velasco Ibáñez opened the port, and harbour master Luis Velasco ran the tour.'],
      ['Velasco said the catch quota would be reviewed in spring.'],
    ));
    const luis = people.find((p) => p.key === 'luis velasco');
    assert.ok(luis);
    assert.equal(luis.mentions.length, 2);
  });

  it('credits a quotation and a transcript\'s label to the full name', () => {
    assert.deepEqual(speakers('VIGO, May 4 (Portwire) - Fisheries minister Aurora Velasco Ibáñez visited the port on Monday.\n\n"The fleet will not be left alone," Velasco told reporters.'),
      ['aurora velasco ibanez']);
    const transcript = 'PORT RADIO — interview\n\nOur guest is fisheries minister Aurora Velasco Ibáñez.\n\nHOST: What will you do for the fleet?\n\nVELASCO: The fleet will not be left alone this winter.\n\nHOST: And the quota?\n\nVELASCO: We review it in spring.';
    assert.ok(speakers(transcript).includes('aurora velasco ibanez'), JSON.stringify(speakers(transcript)));
  });

  it('holds a draft that credits the words to someone else against the source that names her by her first surname', () => {
    const files = {
      '001_wire.txt': 'VIGO, May 4 (Portwire) - Fisheries minister Aurora Velasco Ibáñez visited the port on Monday, where skipper Tomás Arenas Roca met her.\n\n' +
        '"The fleet will not be left alone this winter," Velasco told reporters.',
      'draft_port.md': 'Fisheries minister Aurora Velasco Ibáñez visited the port on Monday. Skipper Tomás Arenas Roca met her.\n\n' +
        '"The fleet will not be left alone this winter," Arenas said.',
    };
    assert.equal(findingsIn(files, 'draft_port.md', 'attribution-conflict').length, 1);
  });
  it('keeps a shared first surname unclaimed when its owner is also told without the second surname', () => {
    // "Luis Pardo" is Luis Pardo Mena told short: "Pardo" alone could be him or Marta Pardo Ruiz.
    const text = 'CUENCA, June 9 (Riverwire) - The debate was called by councillor Marta Pardo Ruiz.\n\n' +
      '"We have waited long enough," Pardo told the chamber.\n\n' +
      'The builder\'s site manager, Luis Pardo Mena, spoke after lunch. Luis Pardo said the crane had been repaired.';
    assert.ok(!speakers(text).includes('luis pardo'), JSON.stringify(speakers(text)));
    const people = extractPeople(article(
      ['Councillor Marta Pardo Ruiz opened the debate.', 'Site manager Luis Pardo Mena spoke next.'],
      ['Luis Pardo said the crane had been repaired.', 'Pardo said the work would resume.'],
    ));
    assert.equal(people.find((p) => p.key === 'luis pardo')?.mentions.length, 1);
  });

  it('still names the one person whose short and full forms both end that way', () => {
    const people = extractPeople(article(
      ['Site manager Luis Pardo Mena spoke on Monday.'],
      ['Luis Pardo said the crane had been repaired.', 'Pardo said the work would resume.'],
    ));
    const mentions = people.reduce((n, p) => n + p.mentions.length, 0);
    assert.equal(mentions, 3, JSON.stringify(people.map((p) => [p.key, p.mentions.length])));
  });
});
