// A transcript whose people are named only in a participants list in capitals ("DOROTA KŁOSOWSKA,
// Harbour Master") and whose labels use accents beyond Latin-1 ("KŁOSOWSKA:"): each label is that
// person's turn, and one unread label does not hand its words to the speaker before. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const text = 'TRANSCRIPT - BRIEFING ON THE HARBOUR DREDGING\nPort office, Monday 3 May 2027\n\nParticipants:\n' +
  'ANDREJ NOVÁK, Port Director\nDOROTA KŁOSOWSKA, Harbour Master\nPETRA SØRLIE, Press Officer (moderator)\n\n' +
  'SØRLIE: Good morning. The director will speak first.\n\n' +
  'NOVÁK: The channel is now eleven metres deep along its whole length.\n\n' +
  'KŁOSOWSKA: Ships of every size can come in on any tide from tomorrow.\n\n' +
  'NOVÁK: Thank you all.\n';

describe('quotes: transcript labels named in a participants list', () => {
  const quotes = analyzeArticle({ path: '002_transcript.txt', text }).quotes;
  const speakerOf = (start: string) => quotes.find((q) => q.text.startsWith(start))?.speaker?.key;

  it('credits each label to the full name the participants list gives in capitals', () => {
    assert.equal(speakerOf('The channel'), 'andrej novak');
    assert.equal(speakerOf('Good morning'), 'petra sorlie');
  });

  it('reads a label with a capital outside Latin-1 as a turn of its own', () => {
    assert.notEqual(speakerOf('Ships of every size'), 'andrej novak');
    assert.equal(speakerOf('Ships of every size'), 'dorota klosowska');
  });
});
