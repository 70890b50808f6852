// A disaster's tally at one moment: counts of people rescued, dead and missing side by side, a live
// blog's entries stamped with the moment they tell, and a release's "As of …" reading. Each of these
// had been held as one quantity told two ways. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { fateOf } from '../../../server/src/analysis/alignment/fates';
import { findingsIn } from './review';

const release = [
  'GRENHOLM MOUNTAIN RESCUE',
  'For immediate release - Grenholm, Sunday 9 February 2025, 7:30 pm',
  '',
  'Fourteen people were on the slope at the time: ten guests and four guides. As of 2 pm, eleven people had been brought down off the slope alive, the bodies of two guides had been recovered, and one guest remained missing.',
  '',
  'TIMELINE (all times local)',
  '',
  '06:50 - Avalanche reported above Grenholm.',
  '09:00 - Three skiers rescued; nine unaccounted for.',
].join('\n');

describe('findings: counts of a tally told in their fates', () => {
  it('a count of people rescued is no rival of a count of people missing at the same moment', () => {
    const files = {
      '000_wire.txt': 'GRENHOLM, Feb 9 (Nordic Wire) - An avalanche hit a ski tour above Grenholm on Sunday morning, killing two guides.\n\nBy 2 p.m., 8 had been dug out alive. The bodies of two guides had been recovered and four skiers were still missing.\n',
      '001_release.txt': 'GRENHOLM MOUNTAIN RESCUE\nPress release, Sunday 9 February\n\nTIMELINE\n\n09:10 - Avalanche reported above Grenholm.\n14:00 - Eight skiers rescued (five by helicopter, three on foot). Two guides dead. Four skiers missing.\n',
    };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'figure-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '001_release.txt', 'figure-conflict').map((f) => f.text), []);
  });

  it('still holds two counts of one fate apart', () => {
    const files = {
      '000_wire.txt': 'GRENHOLM, Feb 9 (Nordic Wire) - An avalanche hit a ski tour above Grenholm on Sunday morning.\n\nBy 2 p.m., five skiers were still missing.\n',
      '001_release.txt': 'GRENHOLM MOUNTAIN RESCUE\nPress release, Sunday 9 February\n\nTIMELINE\n\n09:10 - Avalanche reported above Grenholm.\n14:00 - Four skiers missing.\n',
    };
    assert.equal(findingsIn(files, '000_wire.txt', 'figure-conflict').length, 1);
  });

  it('reads the fate of a part from the group its clause names ("Of the 9 rescued, … three walked down")', () => {
    const text = 'Of the 9 rescued, six were flown out by helicopter and three walked down with help.';
    const a = analyzeArticle({ path: '000_blog.md', text });
    const three = a.figures.find((f) => f.text === 'three');
    assert.ok(three, JSON.stringify(a.figures.map((f) => f.text)));
    assert.equal(fateOf(a.text, three), 'rescued');
    const b = analyzeArticle({ path: '000_blog.md', text: 'Of the 9 guests, three skiers walked down with help.' });
    const part = b.figures.find((f) => f.text === 'three skiers');
    assert.ok(part, JSON.stringify(b.figures.map((f) => f.text)));
    assert.equal(fateOf(b.text, part), null);
  });

  it("a blog entry's other count is no rival of a reading its own entry states", () => {
    const blog = '# Live: avalanche above Grenholm\n\n*Grenholm Post live desk · Sunday, 9 February 2025 · all times local*\n\n**9:00 am** – First count: three skiers rescued so far, nine still unaccounted for. Police say 12 skiers – nine guests and three guides – were on the slope.\n';
    assert.deepEqual(findingsIn({ '000_blog.md': blog, '001_release.txt': release }, '000_blog.md', 'figure-conflict').map((f) => f.text), []);
  });

  it('a count far down a sentence opening "As of 2 pm" is a running total: no tie between a blog stamp and the reading', () => {
    const blog = '# Live: avalanche above Grenholm\n\n*Grenholm Post live desk · Sunday, 9 February 2025 · all times local*\n\n**12:05 pm** – The two guides killed have been named by Nordfjell Ski Tours as Aksel Brenn, 41, and Tuva Lien, 36.\n';
    assert.deepEqual(findingsIn({ '000_blog.md': blog, '001_release.txt': release }, '000_blog.md', 'time-conflict').map((f) => f.text), []);
  });
});
