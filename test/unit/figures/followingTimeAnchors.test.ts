// "about 800 bookings by noon and more than 2,500 by 20:00": each count of a running tally belongs to
// the clock time right after it. A time after a figure is measured from where the figure ends, so the
// second count is not tied to the first count's time (a snapshot growing is not one count misreported).
// Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function anchorsOf(body: string): Record<string, string | null> {
  const a = analyzeArticle({ path: 'story.txt', text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

describe('figure anchors: a time right after the figure', () => {
  it('ties each count of a growing tally to the time that follows it', () => {
    const a = anchorsOf('The box office had sold about 800 tickets by noon and more than 2,500 by 20:00.');
    assert.equal(a['about 800 tickets'], 'by noon');
    assert.equal(a['more than 2,500'], 'by 20:00');
    const b = anchorsOf('The box office had sold about 800 tickets by 12:00 and more than 2,500 by 20:00.');
    assert.equal(b['more than 2,500'], 'by 20:00');
  });

  it('still ties a figure to a time written before it when that one is nearer', () => {
    const a = anchorsOf('At 09:15 about 300 fans were queuing, the club said on its website at 11:40.');
    assert.equal(a['about 300 fans'], '09:15');
  });

  it('a draft telling both snapshots is not held to the earlier one', () => {
    const files = {
      '001_blog.md': '**12:05** The box office had sold about 800 tickets by noon.\n\n**20:10** More than 2,500 tickets have now been sold, the club says.',
      'draft_tickets.md': 'The box office had sold about 800 tickets by noon and more than 2,500 by 20:00.',
    };
    assert.deepEqual(findingsIn(files, 'draft_tickets.md', 'figure-conflict').map((f) => f.text), []);
  });
});
