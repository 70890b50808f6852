// "**09:30** The ferry line says it has rebooked about 2,300 travellers" / "had rebooked about 2,300
// travellers by midday": a live blog's entry opened by its time (bold, no dash) says it was done then;
// the other article says only that it was done by its hour, which an earlier time meets. The two were
// held as one moment two and a half hours apart. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const blog = (stamp: string) => [
  '# LIVE: Storm strands ferry passengers at Kessing',
  '',
  '*All times local.*',
  '',
  `**${stamp}** Ferry line spokeswoman Ines Adler says the company has rebooked about 2,300 travellers and is adding one extra sailing tonight.`,
  '',
  '**07:10** 🌊 Harbour master confirms the outer pier is closed.',
  '',
].join('\n');

const wire = 'KESSING, Feb 4 (Wirepost) - The ferry line said it had rebooked about 2,300 travellers by midday and would add one extra sailing tonight, spokeswoman Ines Adler said.';

const conflicts = (files: Record<string, string>, path: string) =>
  findingsIn(files, path, 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('time findings: an entry\'s time before another article\'s "by" time', () => {
  it('does not hold an entry opened at 09:30 against "by midday"', () => {
    const files = { '001_blog.md': blog('09:30'), '002_wire.txt': wire };
    assert.deepEqual(conflicts(files, '001_blog.md'), []);
    assert.deepEqual(conflicts(files, '002_wire.txt'), []);
  });
});

describe('time findings: an entry\'s time after another article\'s "by" time', () => {
  it('still holds an entry opened at 14:30 against "by midday"', () => {
    const files = { '001_blog.md': blog('14:30'), '002_wire.txt': wire };
    assert.deepEqual(conflicts(files, '002_wire.txt'), [['by midday', '001']]);
  });
});
