// "Martin Ferris – the port's harbour master – blamed the tides": a role set off by dashes is an
// apposition as one set off by commas is, and makes the name before it a person with that role (round
// 45). A dash after a name with no role behind it ("Hollin Street – closed since May – reopens") does not. Invented text.
import { strict as assert } from 'node:assert';
import { extractPeople } from '../../../server/src/analysis/claims/people';
import { article } from './article';

describe('people: a role set off by dashes', () => {
  it('reads the name before a dashed role as a person with that role', () => {
    const people = extractPeople(article(['Martin Ferris – the port\'s harbour master – blamed the spring tides for the delays.']));
    assert.deepEqual(people.map((p) => [p.key, p.roles.join('; ')]), [['martin ferris', 'port\'s harbour master']]);
  });

  it('reads no person before a dashed aside that is no role', () => {
    const people = extractPeople(article(['Hollin Street – closed since May for repairs – reopens on Monday.']));
    assert.deepEqual(people.map((p) => p.key), []);
  });
});
