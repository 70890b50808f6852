// "about 120 gigatonnes" is "about 120 billion tonnes": a mass told in gigatonnes (or megatonnes) is read
// in tonnes, so a source that gives the same mass with a scale word compares with it. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

describe('figures: gigatonnes and megatonnes are tonnes', () => {
  it('reads gigatonnes as billions of tonnes and megatonnes as millions', () => {
    const a = analyzeArticle({ path: 'story.txt', text: 'The glacier lost about 120 gigatonnes of ice last year. The plant emits 4 megatonnes of carbon a year.' });
    const gt = a.figures.find((x) => x.text.endsWith('120 gigatonnes'));
    assert.ok(gt, JSON.stringify(a.figures.map((x) => x.text)));
    assert.equal(gt.counted, 'tonne');
    assert.equal(gt.value, 120e9);
    assert.ok(gt.interval.low < 120e9 && gt.interval.high > 120e9 && gt.interval.high < 130e9);
    const mt = a.figures.find((x) => x.text.endsWith('4 megatonnes'));
    assert.equal(mt?.value, 4e6);
    assert.equal(mt?.counted, 'tonne');
  });

  it('compares with the same mass told with a scale word', () => {
    const a = analyzeArticle({ path: 'story.txt', text: 'The glacier lost 120 billion tonnes of ice.' });
    assert.equal(a.figures.find((x) => x.text.endsWith('tonnes'))?.value, 120e9);
  });
});
