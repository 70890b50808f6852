// A speaker gives a length in words to the whole unit ("Thirty-two metres, steel" for a 31.6-metre
// hull): the words are the decimal rounded, not another length. Held to the exact figure as exact,
// the transcript and both written sources were flagged against each other. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const interval = (text: string, words: string) => analyzeArticle({ path: 'x.txt', text }).figures.find((f) => f.text === words)?.interval;

const files = {
  '001_wire.txt': 'The 31.6-metre (104-foot) steel survey vessel sent a distress call at 1412 GMT on Sunday (3:12 p.m. local time), reporting that it was drifting about 20 nautical miles (37 km) south of Port Ellin, according to the harbour board. Its engine failed ten minutes later.',
  '002_notes.txt': 'NOTES TO EDITORS\n1. Marram Bay (PE 17) is a steel survey vessel, length overall 31.6 metres, 240 gross tonnes, built 2003, home port Port Ellin.\n2. The Port Ellin tug is a 22-metre harbour tug with a crew of five. The pilot launch is 11 metres long and carries a crew of two.\n',
  '003_radio.txt': 'CASE: Thirty-two metres, steel, a tidy vessel. The board bought her in twenty twelve and spent a fortune on her. I will not guess at what happened.\n',
};

describe('figures: a length said in words is told to the whole unit', () => {
  it('reads "Thirty-one metres" as 30.5 to 31.5 metres, "31 metres" as exactly 31', () => {
    assert.deepEqual(interval('It was thirty-one metres long.', 'thirty-one metres'), { low: 30.5, high: 31.5 });
    assert.deepEqual(interval('It was 31 metres long.', '31 metres'), { low: 31, high: 31 });
  });

  it('holds no source to another over the rounding', () => {
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'figure-conflict'), [], path);
  });

  it('still holds a draft\'s wrong length in words', () => {
    const withDraft = { ...files, 'draft_vessel.md': '# Survey vessel adrift\n\nThe twenty-two-metre steel survey vessel Marram Bay sent a distress call on Sunday.\n' };
    assert.equal(findingsIn(withDraft, 'draft_vessel.md', 'figure-conflict').length, 1);
  });

  // A speaker gives a length to the nearest half unit ("a two-and-a-half-mile walk" for a 2.6-mile
  // route): the words are the decimal rounded, not another length. Invented text.
  it('reads "two-and-a-half-mile" as 2.25 to 2.75 miles, "2.5 miles" as exactly 2.5', () => {
    assert.deepEqual(interval('She faces a two-and-a-half-mile walk.', 'two-and-a-half-mile'), { low: 2.25, high: 2.75 });
    assert.deepEqual(interval('She faces two and a half miles on foot.', 'two and a half miles'), { low: 2.25, high: 2.75 });
    assert.deepEqual(interval('She faces 2.5 miles on foot.', '2.5 miles'), { low: 2.5, high: 2.5 });
  });

  it('holds no source to another over a length rounded to the half unit', () => {
    const halves = {
      '001_wire.txt': 'Some Ashgrove Junior pupils will face a 2.6-mile (4.2 km) walk to Kelby Primary, the county said on Monday. The county promised free buses for pupils more than two miles away.',
      '002_blog.md': '**08:10** Parents are gathering outside County Hall. One father told us his son would face a 2.6-mile walk to Kelby Primary.',
      '003_radio.txt': 'HOST: I met Tom Brack, whose son is at Ashgrove Junior. The boy is seven, and he will now have a two-and-a-half-mile walk to Kelby Primary. Tom said he was furious.\n',
    };
    for (const path of Object.keys(halves)) assert.deepEqual(findingsIn(halves, path, 'figure-conflict'), [], path);
    const wrong = { ...halves, '003_radio.txt': halves['003_radio.txt'].replace('two-and-a-half-mile', 'three-and-a-half-mile') };
    assert.equal(findingsIn(wrong, '003_radio.txt', 'figure-conflict').length, 1);
  });
});
