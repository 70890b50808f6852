// Speakers behind titles: "Chief Medical Officer Dr Ana Ruiz" (a title's words closing on "Officer"
// are no one's name), "Harbridge's chief medic, Dr Ana Ruiz, told …" (a title before a fronted name),
// and "Jon Pardew, the council's lead vet, said:" (a vet is a trade). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakers = (text: string) => analyzeArticle({ path: '001_story.txt', text }).quotes.map((q) => q.speaker?.key ?? null);
const people = (text: string) => analyzeArticle({ path: '001_story.txt', text }).people.map((p) => p.key);

const QUOTE = '\n\n“We have closed the ward and the risk to visitors is low,” she said.';

describe('quotes: speakers behind titles', () => {
  it('does not read the words of an office ("Medical Officer") as a person', () => {
    const text = 'Chief Medical Officer Dr Ana Ruiz told reporters in Harbridge that the outbreak was contained.' + QUOTE;
    assert.deepEqual(people(text), ['ana ruiz']);
    assert.deepEqual(speakers(text), ['ana ruiz']);
  });

  it('steps over a title before a name fronted after a possessive role', () => {
    const text = 'Harbridge’s chief medic, Dr Ana Ruiz, told reporters that the outbreak was contained.' + QUOTE;
    assert.deepEqual(speakers(text), ['ana ruiz']);
  });

  it('reads a vet named in an apposition as a person', () => {
    const text = 'Crews finished at the farm overnight. Jon Pardew, the council’s lead vet, told us: “Our teams worked until dawn.”';
    assert.deepEqual(speakers(text), ['jon pardew']);
  });

  it('keeps a name whose first word is a given name, whatever word closes it', () => {
    assert.deepEqual(people('Ruth Director, a nurse at the ward, said it had been a long week.'), ['ruth director']);
  });
});
