// A draft whose credit two or more sources give to the same words, where fewer sources give them to
// someone else, is flagged against the fewer, as the sources on each side are (the gold convention
// of rounds 30–31). One source against one leaves it alone; a transcript on the draft's side is one
// more source on that side.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('credit findings: a draft on the side of the sources\' majority', () => {
  const wire = 'ORSVIK, June 2 (Northwire) - A landslip closed the coast road on Tuesday.\n\n"We will have the road open before the ferries start running again," said roads chief Maren Holt.\n';
  const paper = '# Coast road shut\n\nThe coast road was closed on Tuesday after a landslip.\n\n“We will have the road open before the ferries start running again,” said roads chief Maren Holt.\n';
  const blog = '**10:05** – The coast road is shut. “We will have the road open before the ferries start running again,” said harbour master Edvin Saltnes.\n';
  const draft = '# Landslip shuts coast road\n\nA landslip closed the coast road on Tuesday.\n\n"We will have the road open before the ferries start running again," said roads chief Maren Holt.\n';

  it('flags the draft\'s credit against the one source that credits someone else', () => {
    const found = findingsIn({ '001_wire.txt': wire, '002_paper.md': paper, '003_blog.md': blog, 'draft_road.md': draft }, 'draft_road.md', 'attribution-conflict');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
  });

  it('leaves the draft alone when one source agrees with it and one credits someone else', () => {
    assert.equal(findingsIn({ '001_wire.txt': wire, '003_blog.md': blog, 'draft_road.md': draft }, 'draft_road.md', 'attribution-conflict').length, 0);
  });

  it('leaves the draft alone when as many sources credit someone else', () => {
    const blog2 = '**11:40** – More on the road. “We will have the road open before the ferries start running again,” said harbour master Edvin Saltnes.\n';
    const files = { '001_wire.txt': wire, '002_paper.md': paper, '003_blog.md': blog, '004_blog.md': blog2, 'draft_road.md': draft };
    assert.equal(findingsIn(files, 'draft_road.md', 'attribution-conflict').length, 0);
  });

  it('counts a transcript crediting the draft\'s speaker as one more source on its side', () => {
    const transcript = 'RADIO ORSVIK - MIDDAY NEWS\nTuesday 2 June, 12:00\n\nLIV DAHL (presenter): The coast road is closed. Maren Holt runs the roads department.\n\nMAREN HOLT (roads chief): We will have the road open before the ferries start running again. The crews are there now.\n';
    const files = { '001_wire.txt': wire, '002_radio.txt': transcript, '003_blog.md': blog, 'draft_road.md': draft };
    const found = findingsIn(files, 'draft_road.md', 'attribution-conflict');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
  });
});

// The other side of the rule: a draft whose credit one source gives, where two or more sources give
// the same words to someone else and outnumber it, is flagged against those, as a clock time is.
describe('credit findings: a draft on the side of one source against the majority', () => {
  const wire = 'ORSVIK, June 2 (Northwire) - A landslip closed the coast road on Tuesday.\n\n"We will have the road open before the ferries start running again," said roads chief Maren Holt.\n';
  const paper = '# Coast road shut\n\nThe coast road was closed on Tuesday after a landslip.\n\n“We will have the road open before the ferries start running again,” said roads chief Maren Holt.\n';
  const blog = '**10:05** – The coast road is shut. “We will have the road open before the ferries start running again,” said harbour master Edvin Saltnes.\n';
  const draft = '# Landslip shuts coast road\n\nA landslip closed the coast road on Tuesday.\n\n"We will have the road open before the ferries start running again," said harbour master Edvin Saltnes.\n';

  it('flags the draft\'s credit against the two sources that credit someone else', () => {
    const found = findingsIn({ '001_wire.txt': wire, '002_paper.md': paper, '003_blog.md': blog, 'draft_road.md': draft }, 'draft_road.md', 'attribution-conflict');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['001', '002']);
  });

  it('leaves the draft alone when one source credits someone else', () => {
    assert.equal(findingsIn({ '001_wire.txt': wire, '003_blog.md': blog, 'draft_road.md': draft }, 'draft_road.md', 'attribution-conflict').length, 0);
  });
});

// A source that quotes the same words and one more sentence with a word changed ("all night" /
// "through the night") still gives the draft's speaker the words they share: it is one more voice on
// who said them, though it is a misquote on the wording.
describe('credit findings: a source differing elsewhere in the quotation still counts for the credit', () => {
  const wire = 'ORSVIK, June 2 (Northwire) - A landslip closed the coast road on Tuesday.\n\n"We will have the road open before the ferries start running again. The crews are working all night," said roads chief Maren Holt.\n';
  const paper = '# Coast road shut\n\nThe coast road was closed on Tuesday after a landslip.\n\n“We will have the road open before the ferries start running again,” said roads chief Maren Holt.\n';
  const blog = '**10:05** – The coast road is shut. “We will have the road open before the ferries start running again,” said harbour master Edvin Saltnes.\n';
  const draft = '# Landslip shuts coast road\n\nA landslip closed the coast road on Tuesday.\n\n"We will have the road open before the ferries start running again. The crews are working through the night," said roads chief Maren Holt.\n';

  it('flags the draft\'s credit against the one source that credits someone else', () => {
    const found = findingsIn({ '001_wire.txt': wire, '002_paper.md': paper, '003_blog.md': blog, 'draft_road.md': draft }, 'draft_road.md', 'attribution-conflict');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
  });
});
