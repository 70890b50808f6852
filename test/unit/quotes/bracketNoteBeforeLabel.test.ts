// "[CLIP] DR ANA RUIZ (MINISTER OF WATER): We will …": a script's note in square brackets before a
// transcript label (a clip played on air) leaves the label the speaker's; the turn is her quotation.
// Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const turns = (text: string): [string, string | null][] => analyzeArticle({ path: '003_radio.txt', text }).quotes.map((q) => [q.text.slice(0, 24), q.speaker?.key ?? null]);

describe('quotes: a script note in square brackets before a label', () => {
  const script = 'HARBOUR FM - THE DRIVE\nBroadcast: Tuesday 3 March 2026, 18:00\nTranscript prepared by the news desk.\n\n' +
    'TOMAS BRECK (HOST): Good evening. With me is the county engineer, Lena Vogt. Lena, how high is the river?\n\n' +
    'LENA VOGT: Four metres at the bridge, and falling slowly.\n\n' +
    'BRECK: Let us hear from the minister, who spoke at the pumping station this morning.\n\n' +
    '[CLIP] DR ANA RUIZ (MINISTER OF WATER): We will not let the river take these streets again. Every household will get sandbags.\n\n' +
    'BRECK: Strong words. Lena, will the barriers hold?\n\n' +
    'VOGT: They held last night, and they will hold tonight.';

  it('credits the clip to the person the label names', () => {
    assert.deepEqual(turns(script).find((t) => t[0].startsWith('We will not let'))?.[1], 'ana ruiz');
  });

  it('keeps a later surname label with the guest, not a clip\'s speaker of that surname', () => {
    const same = 'HARBOUR FM - THE DRIVE\nBroadcast: Tuesday 3 March 2026, 18:00\n\n' +
      'TOMAS BRECK (HOST): Good evening. With me is the county engineer, Dr Lena Vogt.\n\n' +
      'DR LENA VOGT: Thank you, Tomas.\n\n' +
      'BRECK: Let us hear from the minister, Dr Ana Vogt, no relation.\n\n' +
      '[CLIP] DR ANA VOGT (MINISTER OF WATER): We will not let the river take these streets again.\n\n' +
      'BRECK: Will the barriers hold?\n\n' +
      'DR VOGT: They held last night, and they will hold tonight.';
    assert.equal(turns(same).find((t) => t[0].startsWith('They held'))?.[1], 'lena vogt');
  });

  it('reads no label from a note in lower case', () => {
    const odd = script.replace('[CLIP] DR ANA RUIZ', '[clip] DR ANA RUIZ');
    assert.equal(turns(odd).find((t) => t[0].startsWith('We will not let')), undefined);
  });
});
