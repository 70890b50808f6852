// An official transcript's labels: "NAME, ROLE, ORGANISATION:" in capitals (the role after a comma) and
// "OFFICE GIVEN-NAME SURNAME:" ("MAYOR ..."): each names a person whether or not the text names them
// again, and a later "SURNAME:" is that person. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: '003_transcript.txt', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: transcript labels with a role after a comma, or an office before the name', () => {
  it('reads the speakers of both kinds of label, and their surnames after', () => {
    const text = 'TRANSCRIPT: Briefing on the Kelvedon reservoir leak\nKelvedon Town Hall, Tuesday 4 May\n\n' +
      'MAYOR HELENA BRACKLEY: Good afternoon. We will keep this short and take questions after.\n\n' +
      'SIMON OKAFOR, CHIEF ENGINEER, KELVEDON WATER BOARD: The seepage began at the north wall on Sunday.\n\n' +
      'REPORTER (Kelvedon Post): Is the dam safe?\n\n' +
      'OKAFOR: It is safe, and we are watching it around the clock.\n\n' +
      'BRACKLEY: Thank you all for coming.\n';
    assert.deepEqual(speakers(text), ['helena brackley', 'simon okafor', 'simon okafor', 'helena brackley']);
  });

  it('still leaves out capitals with commas that name no one', () => {
    const text = 'ROAD CLOSURES, NORTH SIDE: The ring road is shut.\n\nSCHOOL CLOSURES, EAST WARD: Two schools are shut.\n';
    assert.deepEqual(speakers(text), []);
  });
});
