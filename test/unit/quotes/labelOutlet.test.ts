// A transcript's "NAME (Outlet):" names the speaker first and where they work in the brackets;
// "A (NAME):" names the speaker in the brackets, in capitals as labels are.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function speakers(text: string): Array<string | null> {
  return analyzeArticle({ path: '004_transcript.txt', text }).quotes.map((q) => q.speaker?.key ?? null);
}

describe('quotes: transcript labels with brackets', () => {
  it('takes the name before the brackets when the brackets hold an outlet', () => {
    const text = 'HARBOUR BOARD PRESS CONFERENCE\nSpeakers: board chair Dana Rhee; reporter Siobhan Reyes.\n\n' +
      'SIOBHAN REYES (Harbour Radio): When will the quay reopen to the public?\n\n' +
      'DANA RHEE: We expect the quay to reopen on Monday morning.\n';
    assert.deepEqual(speakers(text), ['siobhan reyes', 'dana rhee']);
  });

  it('takes the name in the brackets when it is written in capitals', () => {
    const text = 'INQUEST HEARING, DAY TWO\nWitness: harbour master Tomas Mowbray.\n\n' +
      'Q: Where were you standing?\n\nA (MOWBRAY): I was on the quay wall beside the crane.\n\n' +
      'Q: What did you see?\n\nA (MOWBRAY): The jib swung round and the load fell.\n';
    assert.deepEqual(speakers(text).filter((s) => s !== null), ['tomas mowbray', 'tomas mowbray']);
  });
});

describe('quotes: a radio script\'s note in a label\'s brackets', () => {
  it('gives a recorded clip to the speaker its label names, not to the reporter before it', () => {
    const text = 'MORNING SHOW, 7AM\n\nTOM ASHBY: Good morning. The mill has shut its doors. Our reporter Lena Frick is there. Lena?\n\n' +
      'LENA FRICK: Thanks, Tom. The owner, Piet Vandermolen, spoke to us last night.\n\n' +
      'PIET VANDERMOLEN (clip): We will not reopen the mill until the roof is safe. Not a day sooner.\n\n' +
      'TOM ASHBY (recorded): And that was the owner.\n';
    const quotes = analyzeArticle({ path: '002_radio.txt', text }).quotes;
    const clip = quotes.find((q) => q.text.includes('until the roof is safe'));
    assert.equal(clip?.speaker?.key, 'piet vandermolen');
  });

  it('reads a note in capitals ("(RECORDED)", "(CLIP)") as a note, not as the speaker\'s name', () => {
    const text = 'MORNING SHOW WITH TOM ASHBY, 7AM\n\nTOM ASHBY: The mill has shut, Lena Frick reports. Here is the owner, Piet Vandermolen, speaking last night.\n\n' +
      'PIET VANDERMOLEN (RECORDED): We will not reopen the mill until the roof is safe. Not a day sooner.\n\n' +
      'TOM ASHBY: And the workers?\n\nLENA FRICK (ON THE LINE): They are angry, Tom.\n';
    const quotes = analyzeArticle({ path: '002_radio.txt', text }).quotes;
    assert.equal(quotes.find((q) => q.text.includes('until the roof is safe'))?.speaker?.key, 'piet vandermolen');
  });
});

