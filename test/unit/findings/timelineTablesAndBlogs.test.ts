// Clock times of a timeline table on two clocks and of a live blog whose entries open on an emoji,
// and what does (not) make two clock times one moment. Invented text (round 31, fix-quarrington).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const clocks = (path: string, text: string) => analyzeArticle({ path, text }).times.filter((t) => t.granularity === 'clock').map((t) => `${t.text} ${t.zone}`);

describe('timeline tables on two clocks', () => {
  const explainer = [
    '# The Brenholt dam spill: what we know',
    '',
    '| Event | Local time (CET) | UTC |',
    '|---|---|---|',
    '| Sluice gate jams open | 04:12 | 03:12 |',
    '| Town siren sounded | 04:55 | 03:55 |',
    '| Gate closed by divers | 11:40 | 10:40 |',
    '',
  ].join('\n');

  it('reads a time alone in a cell under a zone header as a clock time on that zone', () => {
    assert.deepEqual(clocks('004_explainer.md', explainer), ['04:12 CET', '03:12 UTC', '04:55 CET', '03:55 UTC', '11:40 CET', '10:40 UTC']);
  });

  it('holds a table row to a source that tells the same moment otherwise, once (the row\'s UTC twin is the same moment)', () => {
    const files = {
      '004_explainer.md': explainer,
      '002_release.txt': 'BRENHOLT WATER BOARD\n\nAt 04:32 CET the sluice gate jams open on the north spillway, the board said. Divers closed the gate at 11:40 CET.\n',
    };
    const found = findingsIn(files, '004_explainer.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(explainer.slice(found[0].span.start, found[0].span.end), '04:12');
  });
});

describe('live blogs whose entries open on an emoji', () => {
  const blog = [
    '# LIVE: Storm Edda batters Harnow', '', '*Harnow Post live coverage. All times GMT.*', '',
    '**15:20** 🚑 Hospital update: **19 people** treated so far, most for cuts.', '',
    '**11:05** ⚡ Power is off in the old town.', '',
  ].join('\n');

  it('takes the stamp as the time the entry was posted: a running total there is no reading at that minute', () => {
    const files = {
      '001_blog.md': blog,
      '002_release.txt': 'HARNOW HEALTH BOARD\n\nAs of 16:45 GMT, the hospital had treated 19 people injured in the storm.\n',
    };
    assert.deepEqual(findingsIn(files, '002_release.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict'), []);
  });
});

describe('clauses that share only a name', () => {
  it('do not make the times of two things one party did one moment', () => {
    const files = {
      '001_blog.md': '# Live: Harnow flood\n\nA major incident was declared at 7.20am by Harnow Coast and River Authority. Six pumps are at the scene.\n',
      '002_release.txt': 'Working alongside Harnow Coast and River Authority, our crews shut the road at 09:15 BST.\n',
    };
    assert.deepEqual(findingsIn(files, '002_release.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict'), []);
  });
});

describe('the year a thing opened, which no source gives', () => {
  const source = 'TORVALE, May 3 (Coastwire) - A fire broke out at the Torvale paper mill on Friday, the company said. The mill employs 140 people.\n';
  it('is unsourced in a draft', () => {
    const files = { '001_wire.txt': source, 'draft_mill.md': '# Mill fire\n\nThe mill, which opened in 1954, employs 140 people.\n' };
    const found = findingsIn(files, 'draft_mill.md', 'unsourced-claim');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].message, 'no source gives this year: “1954”');
  });
  it('is not, when the draft reckons it from an age a source gives', () => {
    const files = { '001_wire.txt': source.replace('The mill employs', 'The 70-year-old mill employs'), 'draft_mill.md': '# Mill fire\n\nThe 70-year-old mill, built in 1954, employs 140 people.\n' };
    assert.deepEqual(findingsIn(files, 'draft_mill.md', 'unsourced-claim'), []);
  });
});
