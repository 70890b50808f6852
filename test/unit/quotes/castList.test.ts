// A transcript that lists who took part, a line each ("JOANNA MERREDY, Director of Housing"), and then
// labels turns by surname alone ("MERREDY:"): the label is the listed person. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: '002_transcript.txt', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: a transcript\'s list of participants', () => {
  it('reads a surname label as the person the list names', () => {
    const text = 'HALDON BOROUGH COUNCIL\nBUDGET BRIEFING - TRANSCRIPT\n\nParticipants:\nJOANNA MERREDY, Director of Housing\nDR KWAME OSEI-BARNES, Chief Economist\n\n' +
      'MERREDY: We will build four hundred homes next year.\n\n' +
      'OSEI-BARNES: The forecast assumes rates stay where they are.\n';
    assert.deepEqual(speakers(text), ['joanna merredy', 'kwame osei-barnes']);
  });

  it('leaves out capitals the text never names', () => {
    const text = 'Participants:\nTHE COUNCIL, in session\n\nCOUNCIL: The meeting opens.\n\nNOTE: Minutes follow.\n';
    assert.deepEqual(speakers(text), []);
  });
});
