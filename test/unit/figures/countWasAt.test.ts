// "Since Monday we have seen 640 patients, and that was the count at six o'clock this morning": the
// clause after the figure's tells the moment of that count, so it is an early reading, not a rival of
// the evening's tally in another source. Invented text (round 51).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function anchorsOf(body: string, path = '001_radio.txt'): Record<string, string | null> {
  const a = analyzeArticle({ path, text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

const radio = [
  'RADIO BRENNA 88 FM - MORNING DESK', 'Broadcast: Wednesday 11 March 2026, 7:30 a.m.', '',
  'HOST: Dr Ines Valdo runs St Aurel hospital. Doctor, how bad is it?', '',
  'DR INES VALDO: Since Monday we have seen six hundred and forty fever patients, and that was the count at six o\'clock this morning. We have never been this full.', '',
].join('\n');

const wire = [
  'BRENNA, March 11 (Valley Wire) - St Aurel hospital had received 812 fever patients since Monday, director Dr Ines Valdo said on Wednesday evening.', '',
].join('\n');

describe('figure anchors: ", and that was the count at" a clock time', () => {
  it('ties the count to the clock time its next clause tells', () => {
    assert.equal(anchorsOf(radio)['six hundred and forty fever patients'], 'six o\'clock');
  });

  it('ties nothing when the next clause tells another thing', () => {
    const other = radio.replace('and that was the count at six o\'clock this morning', 'and the first of them came at six o\'clock that morning');
    assert.equal(anchorsOf(other)['six hundred and forty fever patients'], null);
  });

  it('does not hold the morning count against the evening tally', () => {
    const files = { '000_wire.txt': wire, '001_radio.txt': radio };
    assert.deepEqual(findingsIn(files, '001_radio.txt', 'figure-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict').map((f) => f.text), []);
  });
});
