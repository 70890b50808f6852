// "£12,000 for first place and a £5,000 course-record bonus, £18,000 in all" in a draft, where the
// sources tell the £12,000 and the £5,000 and "a total of £17,000": a total added up from the parts
// told before it, each sourced, that is not their sum is held against the sources' true sum, not
// flagged as a figure no source gives. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'YORK, April 12 (Northwire) - Aisha Conte won the York fell race on Saturday. She takes £12,000 for the victory plus a £5,000 bonus for the course record, organisers said.',
  '001_release.txt': 'CONTE WINS YORK FELL RACE\n\nAisha Conte receives £12,000 for her victory and a course-record bonus of £5,000, a total of £17,000.',
  '002_guide.md': '# What she earns\n\n- **Winner:** £12,000\n- **Record bonus:** £5,000\n- **Total:** £17,000',
};
const draft = (text: string) => ({ ...sources, 'draft_conte.md': `# Conte wins in York\n\n${text}` });

describe('findings: a total that does not add up its parts', () => {
  it('holds a misadded total against the sources\' sum', () => {
    const files = draft('Conte earns £12,000 for the win and a £5,000 record bonus, £18,000 in all.');
    const found = findingsIn(files, 'draft_conte.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '£18,000');
    assert.match(found[0].message, /17,000/);
    assert.deepEqual(findingsIn(files, 'draft_conte.md', 'unsourced-claim'), []);
  });

  it('leaves a right total, and a total whose parts no source tells, alone', () => {
    assert.deepEqual(findingsIn(draft('Conte earns £12,000 for the win and a £5,000 record bonus, £17,000 in all.'), 'draft_conte.md', 'figure-conflict'), []);
    const unsourced = findingsIn(draft('Conte earns £12,000 for the win and a £6,000 sponsor bonus, £18,000 in all.'), 'draft_conte.md', 'figure-conflict');
    assert.ok(unsourced.every((f) => f.text !== '£18,000'), JSON.stringify(unsourced));
  });
});
