// Figures as results days tell them: sums rounded to their last digit before a scale word, ranges
// with the unit written at both ends, and the anchors of a share price's day told in parts.
// Sentences are our own, not from any corpus.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import type { ArticleAnalysis, Figure } from '../../../server/src/analysis/types';

function one(a: ArticleAnalysis, words: string): Figure {
  const found = a.figures.filter((f) => f.text === words);
  assert.equal(found.length, 1, `expected one figure "${words}" in ${JSON.stringify(a.figures.map((f) => f.text))}`);
  return found[0];
}

const read = (body: string) => analyzeArticle({ path: 'story.txt', text: body });

function anchorOf(a: ArticleAnalysis, words: string): string | null {
  const i = a.figures.findIndex((f) => f.text === words);
  assert.ok(i >= 0, `no figure "${words}" in ${JSON.stringify(a.figures.map((f) => f.text))}`);
  const t = a.figureAnchors[i];
  return t >= 0 ? a.times[t].text : null;
}

describe('figures: a sum rounded before its scale word', () => {
  it('"€2.46bn" reaches just under half a unit of its last digit either way', () => {
    const f = one(read('Sales at the brewer reached €2.46bn in the half year.'), '€2.46bn');
    assert.ok(f.interval.low <= 2.4553e9 && f.interval.high >= 2.4649e9, JSON.stringify(f.interval));
    assert.ok(f.interval.low > 2.455e9 && f.interval.high < 2.465e9, JSON.stringify(f.interval));
  });

  it('"seven point three million dollars" said in words is rounded the same way', () => {
    const f = one(read('The charity raised seven point three million dollars last year.'), 'seven point three million dollars');
    assert.ok(f.interval.low < 7.3e6 && f.interval.high > 7.3e6 && f.interval.high < 7.35e6, JSON.stringify(f.interval));
  });

  it('a whole number before a scale word, or a qualified one, keeps its own interval', () => {
    assert.deepEqual(one(read('The port cost $40 million to build.'), '$40 million').interval, { low: 40e6, high: 40e6 });
    const about = one(read('The port cost about $40.5 million to build.'), 'about $40.5 million');
    assert.equal(about.qualifier, 'about');
    assert.ok(about.interval.low < 38e6);
  });
});

describe('figures: ranges with the unit at both ends', () => {
  it('"4%-5%" and "4%–5%" are one range', () => {
    for (const body of ['The chain expects growth of 4%-5% this year.', 'The chain expects growth of 4%–5% this year.', 'The chain expects growth of 4% to 5% this year.']) {
      const a = read(body);
      assert.equal(a.figures.length, 1, JSON.stringify(a.figures.map((f) => f.text)));
      assert.deepEqual(a.figures[0].interval, { low: 4, high: 5 });
    }
  });

  it('"€610m-€640m" and "€610m – €640m" are one range of euros', () => {
    for (const body of ['Profit should be €610m-€640m, the brewer said.', 'Profit should be €610m – €640m, the brewer said.']) {
      const a = read(body);
      assert.equal(a.figures.length, 1, JSON.stringify(a.figures.map((f) => f.text)));
      assert.equal(a.figures[0].measure, 'EUR');
      assert.deepEqual(a.figures[0].interval, { low: 610e6, high: 640e6 });
    }
  });

  it('a change told with its two ends is not a range: "rose 4% to 5%", "up from €610m to €640m"', () => {
    assert.equal(read('Inflation rose 4% to 5% in May.').figures.length, 2);
    assert.equal(read('Profit was up from €610m to €640m.').figures.length, 2);
  });

  it('"two hundred to two hundred and forty million euros": the scale said once holds for both ends', () => {
    const f = one(read('We expect profit of two hundred to two hundred and forty million euros.'), 'two hundred to two hundred and forty million euros');
    assert.deepEqual(f.interval, { low: 200e6, high: 240e6 });
  });
});

describe('figures: the clock time of each part of a sentence', () => {
  const a = read('The shares opened 3.1% lower at 212p at 8am, were down 5.4% at 205p by 10.30am and hit 198p at 1.15pm, before closing 4.2% lower at 203p.');

  it('a figure takes the clock time of its own part, between commas', () => {
    assert.equal(anchorOf(a, '3.1%'), '8am');
    assert.equal(anchorOf(a, '5.4%'), 'by 10.30am');
    assert.equal(anchorOf(a, '205p'), 'by 10.30am');
    assert.equal(anchorOf(a, '198p'), '1.15pm');
  });

  it('a part with no clock time that opens on another event ("before closing") is tied to none', () => {
    assert.equal(anchorOf(a, '4.2%'), null);
  });

  it('a part with no clock time of its own otherwise keeps the nearest one: "At 10am, 4,000 homes …"', () => {
    assert.equal(anchorOf(read('At 10am, the utility said, 4,000 homes were without power.'), '4,000 homes'), '10am');
  });
});

describe('figures: the end of a reporting period', () => {
  it('"in the 26 weeks to 5 October" is the stretch a figure is told over, not its moment', () => {
    assert.equal(anchorOf(read('Sales at the brewer rose 4.1% in the 26 weeks to 5 October.'), '4.1%'), null);
    assert.equal(anchorOf(read('Sales at the brewer rose 4.1% on 5 October.'), '4.1%'), '5 October');
  });
});

describe('figures: a day in the possessive', () => {
  it('a figure the day owns is tied to it; the others of the sentence are not', () => {
    const a = read('09:05\nThe shares open 2.2% higher at 318p, against Tuesday\'s close of 311p.');
    assert.equal(anchorOf(a, '311p'), 'Tuesday');
    assert.equal(anchorOf(a, '2.2%'), '09:05');
    assert.equal(anchorOf(a, '318p'), '09:05');
  });
});
