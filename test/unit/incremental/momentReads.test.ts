// A clock time's check reads its article beyond the time's sentence: a blog's "16:05" entry in like
// words with a wire's "2:10 p.m." is no conflict where the blog tells 14:10 itself in the wire's words
// (findings/times.ts, momentToldAlikeElsewhere). An edit to that other entry must check the 16:05
// entry again (Check.read with findings/momentAlike.ts's class; figures.ts stillStates). Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const WIRE = 'DORNHALL, May 6 (Kite Wire) - Striking nurses marched through Dornhall on Wednesday. ' +
  '"We are not asking for more than we are owed," Mayor Ana Ruiz told the crowd from a stage outside city hall shortly after 2:10 p.m. local time (1210 GMT).\n';

const blog = (entry: string) => '# Live: nurses march in Dornhall\n\n*Wednesday 6 May 2026 · All times CEST (UTC+2)*\n\n' +
  '**16:05** The crowd outside city hall is thinning. Police say 4,000 people took part.\n\n' +
  `**14:10** ${entry}\n\n**12:30** The march sets off from the station.\n`;

describe('incremental check: what a clock time reads of its article outside its sentence', () => {
  it('checks a blog entry again when the entry at the other article\'s minute changes', () => {
    const c = new Corpus();
    c.set(analyzeArticle({ path: '/desk/000_wire.txt', text: WIRE }));
    const checker = new IncrementalChecker();
    const flagged: boolean[] = [];
    for (const entry of ['Mayor Ana Ruiz takes the stage to loud applause.', 'Riot vans block the ring road.', 'Mayor Ana Ruiz takes the stage to loud applause.']) {
      const article = analyzeArticle({ path: '/desk/001_blog.md', text: blog(entry), role: 'source' });
      const review = checker.check(c, article, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(c, article, {})), entry);
      flagged.push(review.findings.some((f) => f.kind === 'time-conflict' && f.text === '16:05'));
    }
    assert.deepEqual(flagged, [false, true, false]);
  });
});
