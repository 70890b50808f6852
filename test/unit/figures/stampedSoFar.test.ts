// "10:00am ⏎ The depot says 88 tankers have loaded so far": a running total in a live blog's entry is
// told as of the entry's stamp ("so far", "to date" place it at no other time), so it is tied to the
// stamp as the entry's other figures are. A sentence that names another time of its own ("since
// dawn", "in all") keeps its figures to itself. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorOf(text: string, figure: string): string | null {
  const a = analyzeArticle({ path: '/desk/001_blog.txt', text });
  const i = a.figures.findIndex((f) => f.text.startsWith(figure));
  assert.ok(i >= 0, `no figure ${figure} in ${JSON.stringify(a.figures.map((f) => f.text))}`);
  return a.figureAnchors[i] >= 0 ? a.times[a.figureAnchors[i]].text : null;
}

const blog = (entry: string) => `LIVE: Fuel depot strike\n\nThe Marsh Gazette | Tuesday, 9th June 2026\n\n11:30am\nDrivers are still waiting at the gates.\n\n10:00am\n${entry}\n\n9:15am\nGood morning.`;

describe('anchors: a running total in a live blog entry is told at the entry\'s stamp', () => {
  it('ties "so far" and "to date" counts to the stamp', () => {
    assert.equal(anchorOf(blog('The depot says 88 tankers have loaded so far. Staff at two gates said the queue was moving.'), '88'), '10:00am');
    assert.equal(anchorOf(blog('The depot says 88 tankers have loaded to date.'), '88'), '10:00am');
  });

  it('leaves a count that names another time of its own untied', () => {
    assert.equal(anchorOf(blog('The depot says 88 tankers have loaded since dawn so far.'), '88'), null);
  });
});
