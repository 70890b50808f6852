// A duration held to the sources that outvote it (findings/figures.ts, outvotedDuration) only when
// its own article does not state their number anywhere: a question about the whole article, so an
// edit in another sentence that states or drops that number must check the figure again.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

/** Plain data, so that the comparison sees values, not object identity. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const pad = ' Police in Vestrum have appealed for witnesses. The jeweller said it would reopen next week.';
const daily = (alarm: string) => 'Published May 12, 2027\n\nThe robbers spent only twelve minutes inside the Kessel jewellers and took rings and watches.'
  + pad + `\n\nA neighbour said the shop's alarm rang for ${alarm} minutes before anyone came.\n`;

function corpus(): Corpus {
  const c = new Corpus();
  c.set(analyzeArticle({ path: '/desk/000_herald.txt', text: 'Published May 12, 2027\n\nThe robbers broke in through a skylight at the Kessel jewellers. They were inside for eight minutes, police said.' + pad }));
  c.set(analyzeArticle({ path: '/desk/001_wire.txt', text: 'Published May 12, 2027\n\nThe gang forced a skylight at the Kessel jewellers and were inside for about eight minutes.' + pad }));
  c.set(analyzeArticle({ path: '/desk/002_radio.txt', text: 'Published May 12, 2027\n\nDetectives said the robbers were inside for eight minutes before fleeing on motorbikes.' + pad }));
  c.set(analyzeArticle({ path: '/desk/003_daily.md', text: daily('forty') }));
  return c;
}

describe('incremental check: an outvoted duration and what its article states elsewhere', () => {
  it('checks the duration again when another sentence states or drops the other sources’ number', () => {
    const c = corpus();
    const checker = new IncrementalChecker();
    const conflicts: boolean[] = [];
    for (const alarm of ['forty', 'eight', 'forty', 'eight', 'forty']) {
      const article = analyzeArticle({ path: '/desk/003_daily.md', text: daily(alarm), role: 'source' });
      const review = checker.check(c, article, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(c, article, {})), alarm);
      conflicts.push(review.findings.some((f) => f.kind === 'figure-conflict' && f.text.includes('twelve minutes')));
      const stats = checker.stats('/desk/003_daily.md');
      if (conflicts.length > 1) assert.ok(stats !== undefined && stats.hits + stats.carried + stats.plans > 0, 'the memo is used');
    }
    assert.deepEqual(conflicts, [true, false, true, false, true]);
  });
});
