// "The tunnel reopened at 6:50 a.m. local time (0450 GMT)" / "The tunnel reopened at 06:40": one action
// told exactly on both sides at five-minute marks off the quarter hours (a writer who rounds says "a
// quarter to seven" or "about 7 a.m."), one of them on a clock its article writes, ten minutes apart:
// two readings, one wrong. They were held as one moment told loosely (within the half hour).
// Also: words after "after" ("after police and an army rescue team finished sweeping the slopes") name an
// earlier thing and thinned out the wire's own words, so its reopening was linked to no other telling of it.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = (time: string, after = '') =>
  `HALVOR, March 2 (Wirepost) - The tunnel reopened at ${time} local time (0${Number(time[0]) - 2}${time.slice(2, 4)} GMT)${after}, the operator said.`;
const explainer = (time: string) => [
  '# Explainer: why the Halvor tunnel shut overnight',
  '',
  '*All times are local (CET).*',
  '',
  `Smoke was reported at 01:10. The tunnel reopened at ${time}.`,
  '',
].join('\n');

const conflicts = (files: Record<string, string>, path: string) =>
  findingsIn(files, path, 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('time findings: exact times at five-minute marks, ten minutes apart', () => {
  it('holds 6:50 against 06:40 for one action', () => {
    const files = { '001_wire.txt': wire('6:50 a.m.'), '002_explainer.md': explainer('06:40') };
    assert.deepEqual(conflicts(files, '002_explainer.md'), [['06:40', '001']]);
  });

  it('leaves five minutes apart, and a quarter hour mark, alone', () => {
    assert.deepEqual(conflicts({ '001_wire.txt': wire('6:50 a.m.'), '002_explainer.md': explainer('06:45') }, '002_explainer.md'), []);
    assert.deepEqual(conflicts({ '001_wire.txt': wire('6:45 a.m.'), '002_explainer.md': explainer('06:55') }, '002_explainer.md'), []);
  });
});

describe('time findings: a time\'s own words read without those after "after"', () => {
  it('links the reopening told with an earlier check after "after"', () => {
    const files = {
      '001_wire.txt': wire('6:50 a.m.', ' after police and an army rescue team finished sweeping the slopes'),
      '002_explainer.md': explainer('06:40'),
    };
    assert.deepEqual(conflicts(files, '002_explainer.md'), [['06:40', '001']]);
  });
});
