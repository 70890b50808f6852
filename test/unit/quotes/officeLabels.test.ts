// "THE MAYOR (Colin Ashdown):" in an official record: an office in capitals with its holder's name in
// ordinary case in the brackets is the holder speaking, and a later bare "THE MAYOR:" is the same
// person. (Read as a description, the office's words were the speaker: "the mayor" against a wire's
// "Ashdown said", an attribution conflict that was not there.) Invented text only.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const speakers = (text: string) => analyzeArticle({ path: '002_record.txt', text }).quotes.map((q) => q.speaker?.key ?? null);

const RECORD = [
  'BRANFORD CITY COUNCIL - MINUTES OF THE FULL MEETING',
  'THE CHAIR: Order. I call the Mayor to make his statement.',
  'THE MAYOR (Colin Ashdown): Thank you, Chair. The flood barrier will be finished by the spring, and I am sorry it has taken so long.',
  'The council will publish the costs on Friday.',
  'PETRA HOLLIS (Leader of the Opposition): Will the Mayor say when he first knew of the delay?',
  'THE MAYOR: I knew in March, as every member did.',
].join('\n\n');

describe('quotes: an office label with its holder in brackets', () => {
  it('credits the holder, on the labelled turn, its second paragraph and the bare office label', () => {
    assert.deepEqual(speakers(RECORD), ['colin ashdown', 'colin ashdown', 'petra hollis', 'colin ashdown']);
  });

  it('keeps a name in capitals with an outlet or a description in brackets as before', () => {
    const text = 'IAN REID (Radio North): What happens next?\n\nMARA VENN (Head of Roads, Tarn Council): We reopen the road on Monday, once the engineers are done.\n\nIAN REID (Radio North): And the cost?';
    assert.deepEqual(speakers(text).slice(0, 2), ['ian reid', 'mara venn']);
  });

  it('finds no attribution conflict with a report that names the holder', () => {
    const files = {
      '001_wire.txt': 'BRANFORD, May 3 (Wirepost) - Mayor Colin Ashdown apologised for the delay. "The flood barrier will be finished by the spring, and I am sorry it has taken so long," Ashdown told the council.',
      '002_record.txt': RECORD,
      'draft_barrier.md': '# Barrier late\n\nThe barrier is late.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'attribution-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_record.txt', 'attribution-conflict'), []);
  });
});
