// "FENWICK (RECORDED): … the council spends 212 thousand pounds a week on agency staff" where a paper
// quotes "£221,000 a week": a transcript's quotation carries its figure as the record, so the one
// number would be both a misquote and a figure in conflict at the same words. One disagreement, one
// finding: the quotation's. A figure outside the quotation is still flagged. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const radio = 'RADIO HALBY – "HALBY TONIGHT" – TUESDAY 7 MARCH 2028, 18:00 GMT\nTRANSCRIPT\n\nPRESENTER (ANNA KEMBLE): Good evening. The union has hit back at the council tonight. Tom Reyes has been following it.\n\nTOM REYES: Anna, the union says the council has its priorities wrong.\n\nKEMBLE: We spoke to its organiser, Dora Fenwick, this afternoon.\n\nFENWICK (RECORDED): Staff are told to tighten their belts while the council spends two hundred and twelve thousand pounds a week on agency staff.\n\nKEMBLE: The council says the agency bill is falling.';
const wire = 'HALBY, March 7 (North Wire) - Union organiser Dora Fenwick said: "Staff are told to tighten their belts while the council spends 212,000 pounds a week on agency staff."';
const paper = 'Union organiser Dora Fenwick was scathing. “Staff are told to tighten their belts while the council spends £221,000 a week on agency staff,” she said. The council’s own figure for agency spending is £221,000 a week.';

describe('findings: a figure inside a misquoted quotation', () => {
  it('flags the transcript\'s quotation once, as a misquote', () => {
    const files = { '001_wire.txt': wire, '002_paper.md': paper, '003_radio.txt': radio };
    const misquotes = findingsIn(files, '003_radio.txt', 'quote-mismatch');
    assert.equal(misquotes.length, 1);
    assert.deepEqual(misquotes[0].against.map((e) => e.label), ['002']);
    assert.deepEqual(findingsIn(files, '003_radio.txt', 'figure-conflict'), []);
  });

  it('the odd source\'s quotation is a misquote too, and its figure outside the quotation a conflict', () => {
    const files = { '001_wire.txt': wire, '002_paper.md': paper, '003_radio.txt': radio };
    assert.equal(findingsIn(files, '002_paper.md', 'quote-mismatch').length, 1);
    const figures = findingsIn(files, '002_paper.md', 'figure-conflict');
    assert.equal(figures.length, 1);
    assert.ok(figures[0].span.start > paper.indexOf('own figure'));
  });
});
