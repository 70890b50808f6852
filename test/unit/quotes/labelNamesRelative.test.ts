// A transcript's label that shares its surname with a person the article names ("SJOUKJE TER HORST:"
// beside the mayor Pieter ter Horst), its first word no given name the reader knows, while the running
// text writes the label's whole name ("That was Sjoukje ter Horst"): the label names the relative, not
// the mayor. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function credits(text: string): Array<[string, string | null]> {
  return analyzeArticle({ path: '003_radio.txt', text }).quotes.map((q) => [q.text.slice(0, 24), q.speaker?.key ?? null]);
}

const head = 'RADIO FRIESLAND NEWS\nTranscript\n\n' +
  'ANNA KOOPMAN: The flood barrier in Sneek failed overnight. Our reporter Bram Visser is there. Bram?\n\n' +
  'BRAM VISSER: Anna, the water came over the dyke just after three. I spoke to a baker whose shop is under a metre of water.\n\n';

describe('quotes: a transcript\'s label names a relative of a person the article names', () => {
  it('credits the label\'s own full name, which the running text writes out', () => {
    const text = head +
      'SJOUKJE TER HORST: The water was at the door in ten minutes. We lost everything downstairs.\n\n' +
      'BRAM VISSER: That was Sjoukje ter Horst, and I should say she has no connection at all to the mayor, who happens to share her surname.\n\n' +
      'ANNA KOOPMAN: And the town hall?\n\n' +
      'BRAM VISSER: The mayor, Pieter ter Horst, said: "We will rebuild the barrier this year."\n';
    const found = credits(text).find(([words]) => words.startsWith('The water was'));
    assert.deepEqual(found, ['The water was at the doo', 'sjoukje ter horst']);
  });

  it('still credits a label whose last words are the person\'s full name (a title before it) to that person', () => {
    const text = head +
      'WETHOUDER PIETER TER HORST: We will rebuild the barrier this year.\n\n' +
      'BRAM VISSER: Wethouder Pieter ter Horst is the town\'s deputy mayor. Pieter ter Horst said so again this morning.\n';
    const found = credits(text).find(([words]) => words.startsWith('We will rebuild'));
    assert.deepEqual(found, ['We will rebuild the barr', 'pieter ter horst']);
  });
});
