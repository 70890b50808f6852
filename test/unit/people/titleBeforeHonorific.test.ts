// "Transport Minister Dr Ana Ruiz": an office title before the courtesy title is the person's role,
// so "the minister said" later in the story credits her. Invented text.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';

function read(text: string): { roles: Record<string, string[]>; speakers: (string | undefined)[] } {
  const a = analyzeArticle({ path: '/desk/draft_line.md', text });
  const roles: Record<string, string[]> = {};
  for (const p of a.people) roles[p.name] = p.roles;
  return { roles, speakers: a.quotes.map((q) => q.speaker?.key) };
}

describe('people: an office title before "Dr" and the name', () => {
  it('reads the title as the role and credits "the minister" with the quotation', () => {
    const got = read('Transport Minister Dr Ana Ruiz opened the new tram line on Friday, with engineer Pablo Ortega beside her.\n\n' +
      '"This line will carry forty thousand people a day," the minister said.');
    assert.deepEqual(got.roles['Ana Ruiz'], ['Transport Minister']);
    assert.deepEqual(got.speakers, ['ana ruiz']);
  });

  it('leaves two courtesy titles in a row as no role', () => {
    const got = read('Prof Dr Ana Ruiz opened the new tram line on Friday.');
    assert.deepEqual(got.roles['Ana Ruiz'] ?? [], []);
  });
});
