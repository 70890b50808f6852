// “…,” the association's chair, Marta Olsen, told Radio Kestrel: after a quotation closed on its comma,
// a role set before a name by commas names the person (as it does opening a sentence), and the name
// between the commas is the speaker, with the outlet after the verb as the venue.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const said = '"We will not let this be forgotten,"';

function speakerOf(text: string): string | null {
  const a = analyzeArticle({ path: '001_wire.txt', text });
  return a.quotes[0]?.speaker?.key ?? null;
}

describe('quotes: a role and a name in commas after the quotation', () => {
  it('credits the named person after a possessive role', () => {
    const text = `${said} the union's regional organiser, Marta Olsen, told Radio Kestrel after the vote.`;
    assert.equal(speakerOf(text), 'marta olsen');
    const a = analyzeArticle({ path: '001_wire.txt', text });
    assert.equal(a.quotes[0]?.venue?.text, 'Radio Kestrel');
    assert.ok(a.people.some((p) => p.key === 'marta olsen'), a.people.map((p) => p.name).join(', '));
  });

  it('credits the named person after a plain role, a title before the name, and a question mark', () => {
    assert.equal(speakerOf(`${said} the branch secretary, Renée Halvorsen, said.`), 'renee halvorsen');
    assert.equal(speakerOf(`${said} the hospital's medical director, Dr Aled Pryce, said on Monday.`), 'aled pryce');
    assert.equal(speakerOf('"Who signed this off?" the council leader, Ines Calder, asked.'), 'ines calder');
  });

  it('names no person where the words in commas are no name after a role', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text: `${said} the company, Harlan Holdings, said in a statement.` });
    assert.ok(!a.people.some((p) => p.key === 'harlan holdings'), a.people.map((p) => p.name).join(', '));
  });
});
