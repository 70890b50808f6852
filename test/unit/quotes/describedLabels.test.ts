// A transcript's "NAME (what they are, where):" label: the description in ordinary case makes it a
// person's turn even where the text never names them again; a rank before the given name is not part
// of the name; and a later "SURNAME:" is the person that label introduced. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: '003_transcript.txt', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: transcript labels with a description', () => {
  it('reads the speaker of a described label, with a comma and a rank', () => {
    const text = 'TRANSCRIPT: Briefing on the Tarn quarry flood\nTarn Hall, Monday 3 May\n\n' +
      'PRIYA LOCKE (Chief Executive, Tarn District Council): Thank you all for coming at short notice.\n\n' +
      'WATCH MANAGER OWEN TRELAWNY (Tarn Fire and Rescue Service, Quarry Division): Two pumps are still working at the pit.\n\n' +
      'REPORTER (Tarn Gazette): When will the road reopen?\n\n' +
      'LOCKE: Not before the weekend, I am afraid.\n';
    assert.deepEqual(speakers(text), ['priya locke', 'owen trelawny', 'priya locke']);
  });

  it('still leaves out capitals with no description that the text never names', () => {
    const text = 'BREAKING NEWS: The pit has flooded.\n\nLATE UPDATE: Pumps are on the way.\n';
    assert.deepEqual(speakers(text), []);
  });
});
