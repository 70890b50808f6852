// "about 12 km (7.5 miles) from the Tarbet ferry terminal": a bracket right after a figure that
// restates it in other units is no end to the figure's words; what follows the bracket still says
// what the figure measures. Cut at the bracket, a draft's distance was held to another distance of
// the same sentence whose words before it were alike.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { ClaimSpans, nearContext } from '../../../server/src/analysis/alignment/context';
import { findingsIn } from './review';

const wire = 'LORNE, June 3 (Fenwire) - Carrow lies about 3 km west of Lorne village and about 12 km (7.5 miles) from the Tarbet ferry terminal, the council said.';

describe('figure findings: a measure restated in brackets', () => {
  it('reads the words after the bracket as the figure\'s own', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text: wire });
    const f = a.figures.find((x) => x.text === 'about 12 km')!;
    const spans = new ClaimSpans([...a.figures.map((x) => x.span), ...a.times.map((t) => t.span)]);
    const near = [...nearContext(a, f.sentence, f.span, spans).list];
    assert.ok(near.includes('tarbet'), near.join(' '));
  });

  it('does not hold the draft\'s distance to the other distance of the sentence', () => {
    const draft = 'Carrow lies only about 12 km (nearly 8 miles) from the Tarbet ferry terminal.';
    const files = { '001_wire.txt': wire, 'draft_carrow.md': draft };
    assert.deepEqual(findingsIn(files, 'draft_carrow.md', 'figure-conflict').map((f) => f.text), []);
  });

  it('still holds a distance told wrong', () => {
    const draft = 'Carrow lies only about 21 km (13 miles) from the Tarbet ferry terminal.';
    const files = { '001_wire.txt': wire, 'draft_carrow.md': draft };
    assert.deepEqual(findingsIn(files, 'draft_carrow.md', 'figure-conflict').map((f) => f.text), ['about 21 km']);
  });
});
