// "By Tuesday evening, 96 flights had been cancelled, the airport said. Forty-two trains had been
// halted …": a sentence in the past perfect goes on telling where things stood by the day that opened
// the sentence before; "During the strike, a total of 118 …" is a total over a stretch, not a count at
// the sentence before's clock time. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string): Record<string, string | null> {
  const a = analyzeArticle({ path: 'story.txt', text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a day bound and a total over a stretch', () => {
  it('ties a past-perfect sentence to the "By <day>" that opens the sentence before', () => {
    const a = anchorsOf('By Tuesday evening, 96 flights had been cancelled, the airport said. Forty-two trains had been halted at the border.');
    assert.equal(a['Forty-two trains'], 'By Tuesday');
    // Not a sentence in another tense, nor a bound that does not open its sentence.
    assert.equal(anchorsOf('By Tuesday evening, 96 flights had been cancelled. Forty-two trains run daily.')['Forty-two trains'], null);
    assert.equal(anchorsOf('The airport said 96 flights had been cancelled by Tuesday. Forty-two trains had been halted.')['Forty-two trains'], null);
  });

  it('does not tie "during …" or "a total of" to the clock time of the sentence before', () => {
    const a = anchorsOf('The strike began at 6am on Monday. During the strike, a total of 118 buses stayed in the depot.');
    assert.equal(a['118 buses'], null);
    const b = anchorsOf('The strike began at 6am on Monday. Some 118 buses stayed in the depot.');
    assert.equal(b['Some 118 buses'], '6am');
  });
});
