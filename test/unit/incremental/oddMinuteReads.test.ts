// A clock time told in like words with another article's reads its own article beyond the time's
// sentence: the wire's "ordered the beaches shut at 1 p.m." is no moment of the release's "signed the
// order at 10:25" where the wire tells 10:25 itself at a time of its own (findings/times.ts
// ownMinuteElsewhere). An edit to that other sentence must check the 1 p.m. again (Check.read with
// findings/momentAlike.ts's odd-minute class; figures.ts stillStates). Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const RELEASE = 'COASTAL SAFETY BOARD\n\nMedia release, Saturday 3 August\n\nThe Coastal Safety Board signed the order at 10:25 to close North Beach, Pier Beach and Gull Cove for the afternoon.\n';
const RADIO = 'SURF REPORT - 3 August\n\nPRESENTER: Lifeguards say the swell at Pier Beach is still big, and the water is warm for August.\n';
const wire = (signed: string) => 'PORTVALE, Aug. 3 (Wirepost) - Three beaches in Portvale were cleared on Saturday after a large shark was seen close to the shore.\n\n' +
  'The Coastal Safety Board ordered the beaches shut at 1 p.m., when the tide was expected to turn.\n\n' +
  `${signed}, after a drone crew filmed the shark near the pier.\n`;

describe('incremental check: the odd minutes a clock time reads of its own article', () => {
  it('checks a time again when another sentence starts or stops telling the other article\'s minute', () => {
    const c = new Corpus();
    c.set(analyzeArticle({ path: '/desk/002_release.txt', text: RELEASE }));
    c.set(analyzeArticle({ path: '/desk/003_radio.txt', text: RADIO }));
    const checker = new IncrementalChecker();
    const flagged: boolean[] = [];
    for (const signed of ['The order was issued in the morning', 'The order was issued at 10:25 a.m.', 'The order was issued in the morning']) {
      const article = analyzeArticle({ path: '/desk/001_wire.txt', text: wire(signed), role: 'source' });
      const review = checker.check(c, article, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(c, article, {})), signed);
      flagged.push(review.findings.some((f) => f.kind === 'time-conflict' && f.text === '1 p.m.'));
    }
    assert.deepEqual(flagged, [true, false, true]);
  });
});
