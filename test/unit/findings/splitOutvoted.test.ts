// A split told to the second one written digit off the time three other sources tell: the live blog's
// "**10:12** HALFWAY: … go through 21.1 km in 31:04" against "halfway in 31:07", "split 31:07" and a
// table's "| Halfway | 31:07 |". A time to the second is seldom another's by chance, and a stretch run
// is fixed whatever entry stamp tells it: the lone time is held against the others, and they against
// it; a draft that follows the blog is held against the three. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files: Record<string, string> = {
  '000_wire.txt': 'ROTTERDAM, April 12 (Northwire) - Ada Okoye won the Rotterdam half marathon on Sunday. She sat behind two pacemakers, passing 10 kilometres in 28:47 and halfway in 31:07, and ran alone from there.',
  '001_blog.md': '# Live: Rotterdam half marathon\n\n*All times CEST.*\n\n**10:12** HALFWAY: Okoye and the pacers go through 10.5 km in **31:04**. Fast!\n\n**10:05** 10 km split: 28:47.',
  '002_release.txt': 'OKOYE WINS IN ROTTERDAM\n\nTIMELINE\n- 10:04 - Leading group passes 10 km; split 28:47\n- 10:07 - Leading group passes halfway; split 31:07',
  '003_guide.md': '# How Okoye won\n\n| Point | Split |\n|---|---|\n| 10 km | 28:47 |\n| Halfway | 31:07 |',
};

describe('findings: a split one digit off the others', () => {
  it('holds the lone split against the others, and each of theirs against it', () => {
    const lone = findingsIn(files, '001_blog.md', 'figure-conflict');
    assert.deepEqual(lone.map((f) => f.text), ['31:04'], JSON.stringify(lone));
    for (const path of ['000_wire.txt', '002_release.txt', '003_guide.md']) {
      assert.deepEqual(findingsIn(files, path, 'figure-conflict').map((f) => f.text), ['31:07'], path);
    }
  });

  it('holds a draft that follows the lone split', () => {
    const draft = { ...files, 'draft_okoye.md': '# Okoye wins\n\nAda Okoye won on Sunday. She sat behind two pacemakers, went through 10 kilometres in 28:47 and reached halfway in 31:04.' };
    assert.deepEqual(findingsIn(draft, 'draft_okoye.md', 'figure-conflict').map((f) => f.text), ['31:04']);
  });

  it('holds nothing where an article tells both times (two runners\' splits)', () => {
    const both = { ...files, '001_blog.md': files['001_blog.md'].replace('Fast!', 'Fast! Her rival Lina Berg is in 31:07.') };
    assert.deepEqual(findingsIn(both, '001_blog.md', 'figure-conflict'), []);
  });
});
