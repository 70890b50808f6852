// "won in 2:17:41", "two hours, seventeen minutes and forty-one seconds": a time told to the second is
// a duration in seconds (not a clock time unless "at", a meridiem or a zone says so). Results of
// several runners and races in one story are held to each other only as one result misreported (the
// same time, or two neighbouring written digits swapped: "2:17:14"), never by like words alone.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const durations = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'duration').map((f) => [f.text, f.value, f.measure]);

describe('figures: times told to the second', () => {
  it('reads h:mm:ss as seconds', () => {
    assert.deepEqual(durations('Okello won the Lisbon race in 2:17:41, a course record.'), [['2:17:41', 8261, 'second']]);
    assert.deepEqual(durations('| 1st | 2:09:55 | Stands |'), [['2:09:55', 7795, 'second']]);
  });

  it('leaves clock times with seconds alone', () => {
    assert.deepEqual(durations('The alarm sounded at 4:12:30 and again at 4:15:02 p.m.'), []);
    assert.deepEqual(durations('The signal was lost at 9:02:17 GMT.'), []);
  });

  it('reads hours, minutes and seconds in words as one duration', () => {
    assert.deepEqual(durations('She ran two hours, seventeen minutes and forty-one seconds, her best.'), [['two hours, seventeen minutes and forty-one seconds', 8261, 'second']]);
  });

  const sources = {
    '000_wire.txt': 'LISBON, May 9 (Wirepost) - Mary Okello won the Lisbon Marathon on Sunday in 2:17:41, a personal best, ahead of Ruth Cheng in 2:17:58.',
    '001_paper.md': 'Okello, who ran a personal best of 2:18:31 in Seville last year, won the Lisbon Marathon in 2:17:41.',
  };

  it('flags a result with two written digits swapped', () => {
    const files = { ...sources, 'draft_run.md': 'Mary Okello won the Lisbon Marathon on Sunday in 2:17:14, a personal best.' };
    assert.equal(findingsIn(files, 'draft_run.md', 'figure-conflict').length, 1);
  });

  it('does not hold one race\'s time against another\'s in like words', () => {
    const files = {
      '000_wire.txt': 'The suspension runs from May 5, 2027, the day she was provisionally suspended, and will expire on May 4, 2029. All of her results from March 30, 2027, when the sample was collected at her home in Mbale on the edge of Kampala, up to the start of her suspension have been disqualified.\n\nThat wipes out her biggest win. Okello crossed the line first at the Tagus Marathon in Lisbon on May 3 in 2:17:41, a personal best, two days before she was told of the positive test. She also loses her third place at the Porto Half Marathon on April 12.',
      '001_explainer.md': 'With Lisbon gone, her official personal best reverts to the 2:18:31 she ran in Seville. Runner-up Ruth Cheng (2:17:58) moves up to first.',
    };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_explainer.md', 'figure-conflict'), []);
  });
});
