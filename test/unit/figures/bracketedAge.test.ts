// "a man (52) was taken to hospital", "the woman (47)": a police or council release tells an age in
// brackets right after the person it is of; it is an age, held to the age other articles give.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function counted(body: string, words: string): (string | null)[] {
  return analyzeArticle({ path: 'story.txt', text: body }).figures.filter((f) => f.text === words).map((f) => f.counted);
}

describe('figures: an age in brackets after a person', () => {
  it('reads "man (52)" and "the woman (47)" as ages', () => {
    assert.deepEqual(counted('Sun 4 May, approx. 14:20: man (52) injured by a falling branch in Dunholm Park.', '52'), ['year-old']);
    assert.deepEqual(counted('The woman (47) and her son were treated at the scene.', '47'), ['year-old']);
  });

  it('leaves a number in brackets after anything else', () => {
    assert.notDeepEqual(counted('The park (52) hectares was closed.', '52'), ['year-old']);
    assert.notDeepEqual(counted('Crews cleared the road (47) by noon.', '47'), ['year-old']);
  });

  it('holds the bracketed age to the age a wire gives the person', () => {
    const files = {
      '001_wire.txt': 'DUNHOLM, May 5 (Wirepost) - A falling branch injured Piet Vermaas, 52, in Dunholm Park on Sunday afternoon.',
      'draft_branch.md': 'The council release said the man (57) was injured by a falling branch in Dunholm Park on Sunday afternoon.',
    };
    assert.equal(findingsIn(files, 'draft_branch.md', 'figure-conflict').length, 1);
  });
});
