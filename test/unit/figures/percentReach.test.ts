// "about 90 per cent": a share in whole points is rounded to five points at most, so "about" reaches
// 2.5 points either side, not 7.5% of the number (which took in 95%). A small share keeps 7.5%.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';

const figuresOf = (text: string) => analyzeArticle({ path: '001_note.txt', text }).figures;

describe('figures: how far "about" reaches on a percentage', () => {
  it('"about 80%" is 77.5–82.5; "about 12%" keeps 7.5% of it', () => {
    const [f] = figuresOf('About 80% of the tenants who replied backed the rent freeze.');
    assert.deepEqual([f.interval.low, f.interval.high], [77.5, 82.5]);
    const [g] = figuresOf('About 12% of the tenants who replied backed the rent freeze.');
    assert.ok(Math.abs(g.interval.low - 11.1) < 1e-9 && Math.abs(g.interval.high - 12.9) < 1e-9, JSON.stringify(g.interval));
  });

  it('a draft’s "about 85 per cent" is held against a source’s "about 80%" in like words', () => {
    const files: Record<string, string> = {
      '001_wire.txt': 'Published June 2, 2027\n\nThe council received 1,412 replies, and about 80% of the tenants who replied backed the rent freeze.',
      '002_blog.txt': 'Published June 2, 2027\n\nThe vote on the rent freeze is due on Thursday, when 41 councillors will take part.',
      'draft.md': 'The council received 1,412 replies, and about 85 per cent of the tenants who replied backed the rent freeze.',
    };
    const analyses = Object.entries(files).map(([path, text]) => analyzeArticle({ path, text }));
    const draft = reviewArticles(analyses).documents.find((d) => d.path === 'draft.md');
    const found = (draft?.findings ?? []).filter((f) => f.kind === 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(draft?.findings));
    assert.equal(found[0].against[0].label, '001');
  });

  it('"nearly 23%" is within a point of 23, and never meets "nearly 22%" (round 43)', () => {
    const [f] = figuresOf('Bus fares rose nearly 23% this year.');
    assert.deepEqual([f.interval.low, f.interval.high], [22.05, 23]);
    // A round ten may stand for a rounding to ten: "nearly 40%" keeps its 10%.
    const [g] = figuresOf('Bus fares rose nearly 40% this year.');
    assert.deepEqual([g.interval.low, g.interval.high], [36, 40]);
  });

  it('a draft\'s "almost 23 per cent" is held against a source\'s 21.8%', () => {
    const files: Record<string, string> = {
      '001_wire.txt': 'Published March 3, 2027\n\nBus fares in Ashby rose 21.8 percent this year, the transport board said.',
      '002_blog.txt': 'Published March 3, 2027\n\nBus fares in Ashby rose nearly 22% this year, the transport board said.',
      'draft.md': 'Bus fares in Ashby rose almost 23 per cent this year, the transport board said.',
    };
    const analyses = Object.entries(files).map(([path, text]) => analyzeArticle({ path, text }));
    const draft = reviewArticles(analyses).documents.find((d) => d.path === 'draft.md');
    const found = (draft?.findings ?? []).filter((f) => f.kind === 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(draft?.findings));
  });
});
