// "As of 18:00, the control room had recorded: ⏎ - 30 people hurt ⏎ - 12 homes flooded": the items of
// a list are counts at the moment the lead-in line tells, so a count told for another moment ("By
// noon, 14 people had been hurt") is a snapshot of its own, not a conflict. Invented text (round 50).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function anchorsOf(body: string, path = 'release.txt'): Record<string, string | null> {
  const a = analyzeArticle({ path, text: body });
  const out: Record<string, string | null> = {};
  a.figures.forEach((f, i) => { const t = a.figureAnchors[i]; out[f.text] = t >= 0 ? a.times[t].text : null; });
  return out;
}

const release = [
  'PRESS RELEASE', '', 'Storm update, Thursday 4 March 2027', '',
  'The storm eased in the afternoon.', '',
  'As of 18:00, the control room had recorded:', '',
  '- 64 reports of fallen trees;',
  '- 30 people hurt and taken to hospital;',
  '- 212 people in 9 evacuation centres.', '',
  'No deaths have been reported.', '',
].join('\n');

describe('figure anchors: a list under a lead-in that tells its moment', () => {
  it('ties each item\'s count to the lead-in\'s clock time', () => {
    const a = anchorsOf(release);
    assert.equal(a['30 people'], '18:00');
    assert.equal(a['212 people'], '18:00');
  });

  it('ties nothing when the lead-in tells no moment', () => {
    const a = anchorsOf(release.replace('As of 18:00, the control room had recorded:', 'The control room, open since 06:00, recorded:'));
    assert.equal(a['30 people'], null);
  });

  it('does not hold a count told for another moment against the list\'s', () => {
    const draft = 'The storm eased on Thursday afternoon.\n\nBy noon, 14 people had been hurt, the hospital said.\n';
    const files = { '000_release.txt': release, 'draft_storm.md': draft };
    assert.deepEqual(findingsIn(files, 'draft_storm.md', 'figure-conflict').map((f) => draft.slice(f.span.start, f.span.end)), []);
  });
});
