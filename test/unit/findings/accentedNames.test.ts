// "Sánchez" in one outlet and "Sanchez" in another are one person: outlets differ in keeping
// accents, so a quotation credited to either spelling is not a wrong attribution.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { analyzeArticle } from '../../../server/src/analysis';
import { foldAccents } from '../../../server/src/analysis/claims/people/tokens';
import { titleCase } from '../../../server/src/analysis/findings/quotes';

const attributions = (files: Record<string, string>, path: string) => findingsIn(files, path, 'attribution-conflict');

const quote = '"The dam held because the crews never stopped pumping,"';

describe('people: a name with and without its accents', () => {
  it('folds accents of a lower-case name and leaves plain names alone', () => {
    assert.equal(foldAccents('inés sánchez-müller'), 'ines sanchez-muller');
    assert.equal(foldAccents('maria lopez'), 'maria lopez');
  });

  it('spells plainly the letters accents do not make ("ø", "æ", "ł", "ß")', () => {
    assert.equal(foldAccents('bjørn sæther'), 'bjorn saether');
    assert.equal(foldAccents('paweł großmann'), 'pawel grossmann');
  });

  it('a quotation credited to "Astrid Løvaas" and to "Astrid Lovaas" has one speaker', () => {
    const files = {
      '001_wire.txt': `The ferry operator cut three routes on Monday. ${quote} said Astrid Løvaas, the operator's chief executive.`,
      'draft_ferry.md': `The ferry operator cut three routes on Monday. ${quote} said Astrid Lovaas, the operator's chief executive.`,
    };
    assert.deepEqual(attributions(files, 'draft_ferry.md'), []);
  });

  it('a name whose label is in capitals is written with one capital in a message ("Løvaas", not "LØVaas")', () => {
    const files = {
      '001_briefing.txt': 'TRANSCRIPT: Briefing\nSpeakers: Astrid Løvaas, chief executive; Per Holm, harbour master\n\n' +
        'HOLM: The tide was with us all morning.\n\n' +
        'LØVAAS: The dam held because the crews never stopped pumping.\n',
      'draft_ferry.md': `The operator cut three routes on Monday. ${quote} said Per Holm, the harbour master.`,
    };
    const found = attributions(files, 'draft_ferry.md');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Astrid Lovaas|Astrid Løvaas/);
    assert.doesNotMatch(found[0].message, /LØV|LOV/);
  });

  it('a key is written with a capital only at the start of each word, whatever its letters', () => {
    assert.equal(titleCase('ilham əliyev'), 'Ilham Əliyev');
    assert.equal(titleCase("siobhan o'neill-ward"), "Siobhan O'Neill-Ward");
  });

  it('a quotation credited to "Inés Sánchez" and to "Ines Sanchez" has one speaker', () => {
    const files = {
      '001_wire.txt': `The river crested overnight at Puerto Lindo. ${quote} said Inés Sánchez, the region's water commissioner.`,
      'draft_dam.md': `The river crested overnight at Puerto Lindo. ${quote} said Ines Sanchez, the region's water commissioner.`,
    };
    assert.deepEqual(attributions(files, 'draft_dam.md'), []);
    const keys = (text: string) => analyzeArticle({ path: 'x.txt', text }).people.map((p) => p.key);
    assert.deepEqual(keys(files['001_wire.txt']), keys(files['draft_dam.md']));
  });

  it('the same quotation credited to another person still conflicts', () => {
    const files = {
      '001_wire.txt': `The river crested overnight at Puerto Lindo. ${quote} said Inés Sánchez, the region's water commissioner.`,
      'draft_dam.md': `The river crested overnight at Puerto Lindo. ${quote} said Ramón Ortega, the region's mayor.`,
    };
    assert.equal(attributions(files, 'draft_dam.md').length, 1);
  });

  it("a transcript's label in capitals with accents is the person named without them", () => {
    const files = {
      '001_briefing.txt': 'TRANSCRIPT: Briefing with water commissioner Inés Sánchez, Puerto Lindo, Tuesday.\n\n' +
        'INÉS SÁNCHEZ: Good morning. The dam held because the crews never stopped pumping.\n\n' +
        'QUESTION: How high did the river get?\n\nINÉS SÁNCHEZ: It crested at 6.4 metres just after midnight.\n',
      'draft_dam.md': `The river crested overnight. ${quote} said Ines Sanchez, the region's water commissioner.`,
    };
    assert.deepEqual(attributions(files, 'draft_dam.md'), []);
    const other = { ...files, 'draft_dam.md': `The river crested overnight. ${quote} said Ramón Ortega, the region's mayor.` };
    assert.equal(attributions(other, 'draft_dam.md').length, 1);
  });
});
