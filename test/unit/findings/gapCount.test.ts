// "That would be more than 30,000 tonnes above last year's 210,000 tonnes": a count told as the gap
// between two amounts is another quantity than any amount of the thing. It neither backs a source's
// "about 30,000 tonnes smuggled" in the same article nor makes that article "state" the number, so the
// article's own "about 45,000 tonnes smuggled" is still held against the sources. Invented text.
import { strict as assert } from 'node:assert';
import { gapCount } from '../../../server/src/analysis/alignment/figures';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const files = {
  '000_wire.txt': 'COTONOU, May 4 (Gulfwire) - The agriculture ministry estimates that about 30,000 tonnes of rice were smuggled across the border into Nigeria last year, officials said on Monday.\n',
  '001_release.txt': 'MINISTRY OF AGRICULTURE\n\nThe Ministry estimates that about 30,000 tonnes of rice were smuggled into Nigeria during the last season.\n',
  '002_explainer.md': '# What the rice ban means\n\nThe ministry forecasts a harvest of 260,000 tonnes. That would be more than 30,000 tonnes above last year\'s 225,000 tonnes.\n\nThe ministry estimates that about 45,000 tonnes of rice were smuggled into Nigeria last year, mostly by night.\n',
};

describe('figures: a count told as the gap between two amounts', () => {
  it('reads "N tonnes above last year\'s" and "N fewer than" as gaps, not "above sea level"', () => {
    const gaps = (text: string) => analyzeArticle({ path: '001_x.txt', text }).figures.filter((f) => gapCount(text, f)).map((f) => f.text);
    assert.deepEqual(gaps('The crop was 30,000 tonnes above last year\'s.'), ['30,000 tonnes']);
    assert.deepEqual(gaps('The port handled 4,000 ships fewer than in 2023.'), ['4,000 ships']);
    assert.deepEqual(gaps('The port handled 4,000 ships in 2023.'), []);
  });

  it('holds the explainer\'s smuggling estimate against the sources, though it tells a gap of their number', () => {
    assert.deepEqual(findingsIn(files, '002_explainer.md', 'figure-conflict').map((f) => f.text), ['about 45,000 tonnes']);
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict').map((f) => f.text), ['about 30,000 tonnes']);
  });
});
