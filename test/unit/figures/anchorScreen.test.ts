// nearestTimes skips a figure's tests when its sentence has no time, follows none with a clock time
// and sits under no time stamp. Each figure must get the time the tests run in full would give it:
// checked on every figure of the gold sets and of random live-blog-like articles.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { nearestTime, nearestTimes, timePlaces } from '../../../server/src/analysis/claims/anchors';
import type { ArticleAnalysis } from '../../../server/src/analysis/types';
import { corpora } from '../incremental/corpora';
import { seeded } from '../robustness/arbitraries';

/** Figures screened out, and figures given a time; fails where the screen changes a figure's time. */
function check(a: ArticleAnalysis): { screened: number; timed: number } {
  const screenedTimes = nearestTimes(a.text, a.figures, a.times);
  const places = timePlaces(a.text, a.times);
  let screened = 0;
  let timed = 0;
  a.figures.forEach((f, i) => {
    const full = nearestTime(a.text, a.times, places, f);
    assert.equal(screenedTimes[i], full, `${a.path}: ${f.text}`);
    const s = a.text.sentences[f.sentence];
    if (!places.bySentence.has(f.sentence) && !places.clockBefore.has(f.sentence) && !places.entryStamps.has(s.paragraph)) screened++;
    if (full >= 0) timed++;
  });
  return { screened, timed };
}

const SENTENCES = [
  'At 9:15 a.m. about 40,000 homes were without power.', '11:30', '14:00 GMT', 'Later, 2,900 had finished.',
  'By noon 9 of the 31 climbers were down.', 'Fourteen of 19 economists had expected a cut.', 'The rate fell from 3.75% to 3.5% at 10 a.m.',
  'Crews restored 87% of the lines.', 'More than 20,500 users reported problems.', 'On Tuesday, 12 flights were cancelled.',
  'Officials said 300 people were evacuated overnight; 120 returned by 18:00.', 'Nobody was hurt.', 'Prices rose 4% in March.',
  'The count stood at 1,200 in all.', '12,000 started at 7 a.m., out of 14,200 who registered.',
];

function randomArticle(r: () => number): string {
  const paragraphs: string[] = [];
  const n = 2 + Math.floor(r() * 6);
  for (let p = 0; p < n; p++) {
    const k = 1 + Math.floor(r() * 3);
    paragraphs.push(Array.from({ length: k }, () => SENTENCES[Math.floor(r() * SENTENCES.length)]).join(r() < 0.3 ? '\n' : ' '));
  }
  return paragraphs.join('\n\n');
}

describe('figures: the anchor screen', () => {
  it('gives every figure of the gold sets the time the full tests give it', () => {
    let screened = 0;
    let timed = 0;
    let figures = 0;
    for (const set of corpora()) {
      for (const file of set.files) {
        const a = analyzeArticle(file);
        const c = check(a);
        screened += c.screened;
        timed += c.timed;
        figures += a.figures.length;
      }
    }
    assert.ok(screened > figures / 10 && timed > 20, `${screened} screened, ${timed} timed of ${figures}`);
  });

  it('gives every figure of random articles the time the full tests give it', () => {
    const r = seeded(41);
    let screened = 0;
    let timed = 0;
    for (let n = 0; n < 400; n++) {
      const c = check(analyzeArticle({ path: `r${n}.txt`, text: randomArticle(r) }));
      screened += c.screened;
      timed += c.timed;
    }
    assert.ok(screened > 100 && timed > 100, `${screened} screened, ${timed} timed`);
  });
});
