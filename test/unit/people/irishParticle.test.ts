// An Irish surname opens with "Ó" ("Pádraig Ó Ceallaigh"), which wires write "O" without the accent
// ("Padraig O Ceallaigh"): one letter inside a name, read as a particle like "van" or "de". Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { article } from './article';

const speakers = (text: string): Array<string | null> => analyzeArticle({ path: 'x.txt', text }).quotes.map((q) => q.speaker?.key ?? null);

describe('people: the Irish "Ó" inside a name', () => {
  it('reads a name with "Ó" and with the wire\'s "O" as one person', () => {
    const people = extractPeople(article(['"The harbour needs dredging now," said Pádraig Ó Ceallaigh, chairman of the Kilrush Fishermen\'s Co-operative.']));
    assert.deepEqual(people.map((p) => p.name), ['Pádraig Ó Ceallaigh']);
    const wire = extractPeople(article(['"The harbour needs dredging now," said Padraig O Ceallaigh, chairman of the Kilrush Fishermen\'s Co-operative.']));
    assert.deepEqual(wire.map((p) => p.name), ['Padraig O Ceallaigh']);
  });

  it('credits a quotation told by pronoun after the name', () => {
    const text = 'Pádraig Ó Ceallaigh, chairman of the Kilrush Fishermen\'s Co-operative, spoke at the quay.\n\n"The harbour needs dredging now," he said.\n';
    assert.deepEqual(speakers(text), ['padraig o ceallaigh']);
  });
});
