// "did not finish until 11:34 p.m." is when the meeting finished (claims/times/qualifiers.ts), so a
// source's "closed the meeting at 11.43pm", its minute digits swapped, disagrees with it; "went on
// until 11:34 p.m." is a bound that a later close does not break by itself.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const gazette = (verb: string) => `BRANSBY, Feb 26 (Gazette) - The council's budget meeting ${verb} 11:34 p.m., after a long debate in the chamber.`;
const blog = '# Bransby budget night\n\n*Thursday 26 February 2026*\n\nThe Mayor finally closed the meeting at 11.43pm, with the public gallery half full.';
const draft = '# Budget\n\nThe budget passed.';
const times = (files: Record<string, string>, path: string) => findingsIn(files, path, 'time-conflict').map((f) => `${f.text} vs ${f.against.map((a) => a.label).join(',')}`);

describe('time findings: "not … until" as a point', () => {
  it('holds "did not finish until 11:34 p.m." against a close at 11.43pm', () => {
    const files = { '001_gazette.txt': gazette('did not finish until'), '002_blog.md': blog, 'draft.md': draft };
    assert.deepEqual(times(files, '001_gazette.txt'), ['until 11:34 p.m. vs 002']);
    assert.deepEqual(times(files, '002_blog.md'), ['11.43pm vs 001']);
  });

  it('leaves a meeting that went on until 11:34 p.m., or the same minute, alone', () => {
    assert.deepEqual(times({ '001_gazette.txt': gazette('went on until'), '002_blog.md': blog, 'draft.md': draft }, '001_gazette.txt'), []);
    const same = { '001_gazette.txt': gazette('did not finish until'), '002_blog.md': blog.replace('11.43pm', '11.34pm'), 'draft.md': draft };
    assert.deepEqual(times(same, '001_gazette.txt'), []);
  });
});
