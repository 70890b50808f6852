// A sum told over a stated term ("a £6m fund, spread over three years") is a commitment, not a
// reading of the moment a clock time or a live blog's entry stamp tells: tied to no clock time, it is
// compared as a fixed sum. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function anchorsOf(body: string, path = 'live.md'): Record<string, string | null> {
  const a = analyzeArticle({ path, text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

const blog = '# LIVE: Tolland mill closure\n\n*all times GMT · Monday 9 March 2026*\n\n' +
  '**14:10** The money. The council confirms a £6m support fund for mill workers, spread over three years – that\'s £2m a year.\n\n' +
  '**13:00** Talks are still going on.\n';

describe('figure anchors: a sum over a stated term', () => {
  it('ties no sum over a term to the entry stamp; other figures keep it', () => {
    const a = anchorsOf(blog);
    assert.equal(a['£6m'], null);
    assert.equal(a['£2m'], '14:10');
    const untermed = anchorsOf(blog.replace(', spread over three years', ''));
    assert.equal(untermed['£6m'], '14:10');
  });

  it('ties a sum over a term to no clock time in its sentence', () => {
    const a = anchorsOf('At 9:15 a.m. the board approved $12 million over the next five years for repairs.', 'story.txt');
    assert.equal(a['$12 million'], null);
    assert.equal(anchorsOf('At 9:15 a.m. the board approved $12 million for repairs.', 'story.txt')['$12 million'], '9:15 a.m.');
  });
});
