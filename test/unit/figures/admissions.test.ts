// "More than 900 people have been admitted to hospital this year" is a tally of admissions, the
// count a source tells as "874 hospitalisations": held to it, not left unsourced for want of a count of people.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function counted(body: string, words: string): (string | null)[] {
  return analyzeArticle({ path: 'story.txt', text: body }).figures.filter((f) => f.text === words).map((f) => f.counted);
}

describe('figures: people admitted to hospital, told as a tally', () => {
  it('reads "have been admitted to hospital" and "have been hospitalised" as hospitalisations', () => {
    assert.deepEqual(counted('So far 412 children have been admitted to hospital with the virus.', '412 children'), ['hospitalisation']);
    assert.deepEqual(counted('Nearly 90 patients have been hospitalised since May.', 'Nearly 90 patients'), ['hospitalisation']);
    // An event's count of people stays a count of people.
    assert.deepEqual(counted('Five people were taken to hospital after the crash.', 'Five people'), ['person']);
  });
  it('holds the tally to a source\'s count of hospitalisations', () => {
    const files = {
      '001_wire.txt': 'QUITO, May 9 (Wirepost) - Measles cases in Quito rose again. There have been 874 hospitalisations this year, and 61 patients remain in hospital, the health ministry said.',
      'draft.md': 'Measles cases in Quito rose again. More than 900 people have been admitted to hospital this year, and 61 patients remain in hospital.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.text), ['More than 900 people']);
  });
});
