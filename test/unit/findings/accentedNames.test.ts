// "Sánchez" in one outlet and "Sanchez" in another are one person: outlets differ in keeping
// accents, so a quotation credited to either spelling is not a wrong attribution.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { analyzeArticle } from '../../../server/src/analysis';
import { foldAccents } from '../../../server/src/analysis/claims/people/tokens';

const attributions = (files: Record<string, string>, path: string) => findingsIn(files, path, 'attribution-conflict');

const quote = '"The dam held because the crews never stopped pumping,"';

describe('people: a name with and without its accents', () => {
  it('folds accents of a lower-case name and leaves plain names alone', () => {
    assert.equal(foldAccents('inés sánchez-müller'), 'ines sanchez-muller');
    assert.equal(foldAccents('maria lopez'), 'maria lopez');
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
