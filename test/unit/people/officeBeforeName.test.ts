// An office in capitals before a name that the name-reader alone would not take: after a word of rank
// ("Senior Coroner Helen Marsh", "Deputy Headteacher Ravi Anand") or with the place or field it
// serves ("Senior Coroner for West Dunmore Helen Marsh", "Minister for Housing Clare Dunne"). The
// role is the person's, so "the coroner said" later is theirs. Invented text.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { extractQuotes } from '../../../server/src/analysis/claims/quotes';
import { article } from './article';

describe('people: an office in capitals before the name', () => {
  it('reads the office after a word of rank, and "the coroner said" is that person', () => {
    const text = article([
      'Senior Coroner Helen Marsh recorded a narrative conclusion on Tuesday.',
      '“The lighting on that stretch of road was not good enough,” the coroner said.',
    ]);
    const people = extractPeople(text);
    assert.deepEqual(people.find((p) => p.key === 'helen marsh')?.roles, ['Senior Coroner']);
    assert.equal(extractQuotes(text, people)[0].speaker?.key, 'helen marsh');
  });

  it('reads the office with the place or field it serves', () => {
    const text = article([
      'Senior Coroner for West Dunmore Helen Marsh recorded a narrative conclusion.',
      'Minister for Housing Clare Dunne opened the Brackley estate on Friday.',
      '“We need homes people can afford,” the minister said.',
    ]);
    const people = extractPeople(text);
    assert.deepEqual(people.find((p) => p.key === 'helen marsh')?.roles, ['Senior Coroner for West Dunmore']);
    assert.ok((people.find((p) => p.key === 'clare dunne')?.roles ?? []).some((r) => /minister for housing/i.test(r)), JSON.stringify(people));
    assert.equal(extractQuotes(text, people)[0].speaker?.key, 'clare dunne');
  });

  it('leaves a capitalised word of no rank before an office alone', () => {
    const text = article([
      'The Garvie Engineer Tom Bray award went to a student from Leith.',
      '“It was a surprise,” the engineer said.',
    ]);
    const people = extractPeople(text);
    assert.deepEqual(people.flatMap((p) => p.roles), []);
  });
});
