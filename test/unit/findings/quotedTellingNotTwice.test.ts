// A source whose figure agrees, in like words, with another source's figure that the other's own check
// holds against an odd source is held against the odd source too (heldThroughAgreeing), but not where
// the article tells the number twice: there is no one telling to mark. A telling inside a quotation is
// the speaker's, which the step never leads to, so it does not make the writer's own telling a second
// one (misses48, findings/figures.ts, figureHeldThroughAgreeing).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

// 001 and 003 tell the count in 002's words; 000 tells it in words of its own that reach 001 and 003 but
// not 002, and a harbour master repeats the number in a quotation.
const files = {
  '000_wire.txt': 'Published May 9, 2028\n\nThe harbour authority said 41 trawlers sheltered inside the breakwater during the gale. "We had 41 trawlers tied up three deep," harbour master Ines Caldera said.',
  '001_paper.md': 'Published May 9, 2028\n\nAt the height of the gale, 41 trawlers were moored in the inner basin of Porthkell harbour, the harbour authority said.',
  '002_radio.txt': 'Published May 9, 2028\n\nAt the height of the gale, 47 trawlers were moored in the inner basin of Porthkell harbour, the harbour authority told us.',
  '003_blog.md': 'Published May 9, 2028\n\nAt the height of the gale on Monday, 41 trawlers were moored in the inner basin at Porthkell harbour, according to the harbour authority.',
};

describe('figure findings: a quoted telling is not the article telling its number twice', () => {
  it('holds the writer\'s own telling against the odd source through a source it agrees with', () => {
    const found = conflicts(files, '000_wire.txt');
    const held = found.filter((f) => f.against.some((e) => e.label === '002'));
    assert.equal(held.length, 1, JSON.stringify(found));
    assert.equal(held[0].text, '41 trawlers');
    assert.ok(held[0].span.start < files['000_wire.txt'].indexOf('"We had'), JSON.stringify(held[0]));
  });

  it('still holds nothing where the writer tells the number twice in words of its own', () => {
    const twice = { ...files, '000_wire.txt': 'Published May 9, 2028\n\nThe harbour authority said 41 trawlers sheltered inside the breakwater during the gale. The 41 trawlers left at dawn.' };
    assert.deepEqual(conflicts(twice, '000_wire.txt').filter((f) => f.against.some((e) => e.label === '002')), []);
  });
});
