// Two people of one surname: "Station chief Paul Dunmore said …" and "Ines Dunmore, a hydrologist at
// the Lake Institute, who is no relation". A source credits the quotation to Paul Dunmore with a "he
// said", another to Ines Dunmore by name; an article that names both apart says they are two people,
// so the credit is in dispute (a lone "Jo Hale" / "Jo A. Hale" may still be one person). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_blog.md': '**3:10 p.m.** Station chief Paul Dunmore says crews are ready.\n\n**2:40 p.m.** Ines Dunmore of the Lake Institute tells us: "The lake has not risen this fast in twenty years."\n',
  '002_release.md': '# Flood update\n\nStation chief Paul Dunmore said the water was the main danger on Tuesday. "The lake has not risen this fast in twenty years," he said.\n',
};

describe('findings: one surname, two people told apart', () => {
  it('holds the "he said" credit against the other person named by the source that names both', () => {
    assert.equal(findingsIn(files, '002_release.md', 'attribution-conflict').length, 1);
    assert.equal(findingsIn(files, '001_blog.md', 'attribution-conflict').length, 1);
  });

  it('leaves two pronoun credits of one surname alone (either may be a guess between the two)', () => {
    const both = {
      '001_blog.md': 'Station chief Paul Dunmore says crews are ready. Hydrologist Ines Dunmore spoke after him. "The lake has not risen this fast in twenty years," she said.\n',
      '002_release.md': '# Flood update\n\nInes Dunmore, a hydrologist, is no relation. Station chief Paul Dunmore said the water was the main danger. "The lake has not risen this fast in twenty years," he said.\n',
    };
    assert.deepEqual(findingsIn(both, '001_blog.md', 'attribution-conflict'), []);
    assert.deepEqual(findingsIn(both, '002_release.md', 'attribution-conflict'), []);
  });

  it('leaves one surname alone when no article names two people of it and the names may be one person', () => {
    // "Paul J. Dunmore" and "Paul Dunmore" may be one man named two ways.
    const one = { ...files, '001_blog.md': '**2:40 p.m.** Paul J. Dunmore of the Lake Institute tells us: "The lake has not risen this fast in twenty years."\n' };
    assert.deepEqual(findingsIn(one, '002_release.md', 'attribution-conflict'), []);
  });
});
