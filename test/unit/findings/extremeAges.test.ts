// "Among the survivors were nine minors, the youngest aged 13" tells the youngest's age; "her two
// sons, aged 17 and 20, were on the ferry" tells two other people's. An age told of a
// group's end is held only against another age of that end. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: the age of a group\'s youngest or oldest is no one else\'s', () => {
  const files = {
    '001_wire.txt': 'MARLOW BAY, May 4 (Coastpost) - Lifeboat crews pulled 40 people from a capsized ferry off Marlow Bay on Sunday. Among the survivors were nine minors, the youngest aged 13, and two women, the coastguard said.',
    '002_blog.txt': 'Live: ferry capsizes off Marlow Bay\nSunday, 4 May 2031\n\n14:05\nA reader in Marlow Bay says her two sons, aged 17 and 20, were on the ferry. Lifeboat crews have pulled 40 people from the water, the coastguard says.',
    'draft.md': 'Lifeboat crews pulled 40 people from a capsized ferry off Marlow Bay on Sunday. Among the survivors were nine minors, the youngest aged 13, and two women.',
  };
  const ages = (set: Record<string, string>, path: string) => findingsIn(set, path, 'figure-conflict').filter((c) => /^(13|17|20)$/.test(c.text));
  it('does not hold the youngest\'s age against the ages of a reader\'s two sons', () => {
    assert.equal(ages(files, '001_wire.txt').length, 0, JSON.stringify(ages(files, '001_wire.txt')));
    assert.equal(ages(files, '002_blog.txt').length, 0, JSON.stringify(ages(files, '002_blog.txt')));
  });
  it('still holds another age of the youngest', () => {
    const other = { ...files, 'draft.md': files['draft.md'].replace('youngest aged 13', 'youngest aged 15') };
    const found = findingsIn(other, 'draft.md', 'figure-conflict').filter((c) => c.text === '15');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
