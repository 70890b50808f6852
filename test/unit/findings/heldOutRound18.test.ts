// Three rules from a held-out set (a drug trial told by a markets blog, a wire and a health site):
// a blog's "All times BST" holds though it also tells a congress's "local time"; two shares of one
// moment with no word in common are of two firms; ", with an embargo lifting at …" is a clause of its own.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const blog = [
  'THE LEDGER — MARKETS LIVE', 'Thursday 4 June 2026',
  'Live coverage by Ana Brook. All times BST. Newest posts first.', '',
  '15:20', 'New high. Corvane touches 512p, up 11.2% on the day.', '',
  '15:00', 'Embargo lifted. The trial results are out, and the session in Brussels opens at 16:30 local time.',
].join('\n');

describe('held-out round 18: zones, moments and clauses', () => {
  it('keeps a blog\'s declared zone for its bare stamps though it tells another place\'s local time', () => {
    const a = analyzeArticle({ path: '004_blog.txt', text: blog });
    const stamp = a.times.find((t) => t.text === '15:00');
    assert.equal(stamp?.utcMinutes, 14 * 60);
  });

  it('does not hold one firm\'s share move against another firm\'s at the same moment', () => {
    const files = {
      '004_blog.txt': blog,
      '001_wire.txt': 'LONDON, June 4 (Wirepost) - Rival Pellin Labs shares were down 3.1% at 1420 GMT.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '004_blog.txt', 'figure-conflict'), []);
  });

  it('reads ", with an embargo lifting at" as its own clause, not the time of the presentation', () => {
    const files = {
      '001_wire.txt': 'LONDON, June 4 (Wirepost) - The results were presented at the Northern Oncology Congress in Brussels and published in the Harbour Journal of Clinical Oncology, with an embargo lifting at 1400 GMT.',
      '003_site.md': '# Pill cuts relapses\n\n*By Ana Brook, Health Correspondent · 4 June 2026*\n\nThe trial, run by Corvane, was presented in a packed session at the Northern Oncology Congress in Brussels at 15:30 CEST (9:30 a.m. ET) and published the same afternoon in the *Harbour Journal of Clinical Oncology*.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '003_site.md', 'time-conflict'), []);
  });
});
