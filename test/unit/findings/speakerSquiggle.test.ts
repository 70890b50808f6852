// A quotation credited to someone else: what disagrees is the name that credits it, so the finding's
// range takes in that name when it stands beside the quotation in one sentence. An answer key may
// mark either the quoted words or the words that credit them; an editor sees both under one squiggle.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import type { Finding } from '../../../server/src/analysis/types';

const quote = '"We will rebuild the pier before the summer season,"';
const source = `The storm tore away half of the Eastcliff pier on Sunday. ${quote} said Harriet Mole, the harbour master.`;
const covered = (text: string, f: Finding) => text.slice(f.span.start, f.span.end);

describe('findings: the squiggle of a quotation credited to someone else', () => {
  it('takes in the name right after the quotation', () => {
    const draft = `The storm tore away half of the Eastcliff pier on Sunday. ${quote} said Dennis Farrow, the council leader.`;
    const [f] = findingsIn({ '001_wire.txt': source, 'draft_pier.md': draft }, 'draft_pier.md', 'attribution-conflict');
    assert.ok(f, 'the wrong speaker is found');
    const text = covered(draft, f);
    assert.ok(text.startsWith(quote), text);
    assert.ok(text.endsWith('Dennis Farrow'), text);
    // The finding's words are the words under its squiggle (the CLI, SARIF and quick fixes read them there).
    assert.equal(f.text, text);
  });

  it('takes in the name right before the quotation', () => {
    const draft = `The storm tore away half of the Eastcliff pier on Sunday. Dennis Farrow, the council leader, said: ${quote.replace(',"', '."')}`;
    const [f] = findingsIn({ '001_wire.txt': source, 'draft_pier.md': draft }, 'draft_pier.md', 'attribution-conflict');
    assert.ok(f, 'the wrong speaker is found');
    assert.ok(covered(draft, f).startsWith('Dennis Farrow'), covered(draft, f));
  });

  it('takes in the name before an apposition and a verb phrase', () => {
    const draft = `The storm tore away half of the Eastcliff pier on Sunday. Dennis Farrow, who has led the borough council since 2019, had the last word on it: ${quote.replace(',"', '."')}`;
    const [f] = findingsIn({ '001_wire.txt': source, 'draft_pier.md': draft }, 'draft_pier.md', 'attribution-conflict');
    assert.ok(f, 'the wrong speaker is found');
    assert.ok(covered(draft, f).startsWith('Dennis Farrow'), covered(draft, f));
  });

  it('leaves a name in the sentence before to the quotation it credits there', () => {
    const draft = 'The storm tore away half of the Eastcliff pier on Sunday. "The sea came over the wall at dawn," said Dennis Farrow, the council leader. ' +
      `${quote.replace(',"', '."')}`;
    const [f] = findingsIn({ '001_wire.txt': source, 'draft_pier.md': draft }, 'draft_pier.md', 'attribution-conflict');
    assert.ok(f, 'the wrong speaker is found');
    assert.equal(covered(draft, f).includes('Farrow'), false, covered(draft, f));
  });
});
