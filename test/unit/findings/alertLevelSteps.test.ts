// "The Marrow dam reached alert level one at 2 a.m." / "the Tessel gauge reached alert level two at 4
// a.m.": an alert scale is raised step by step, each numbered step at its own moment, so two times told
// of two different numbered levels are two moments, however alike the rest of their words (as two
// colours of a warning are). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HOLLAND FALLS, March 4 (Riverside Wire) - The Marrow dam upstream of Holland Falls reached alert level one, the highest of four, at 2 a.m., the regional water office said.';
const blog = [
  '# Holland Falls floods – live',
  '',
  'All times local.',
  '',
  '**6:10 a.m.** A quick catch-up on the river gauges overnight:',
  '- The Tessel river gauge reached alert level two at 4 a.m.',
].join('\n');
const release = [
  'REGIONAL WATER OFFICE',
  '',
  'TIMELINE',
  '',
  '- 04:00: Tessel river gauge reaches Alert Level 2.',
].join('\n');

describe('times: two numbered levels of an alert are two moments', () => {
  it('does not hold "4 a.m." (alert level two) against "2 a.m." (alert level one)', () => {
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '001_blog.md': blog }, '001_blog.md', 'time-conflict'), []);
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '002_release.txt': release }, '002_release.txt', 'time-conflict'), []);
  });

  it('still holds two times told of the same level', () => {
    const same = blog.replace('The Tessel river gauge reached alert level two at 4 a.m.', 'The Marrow dam reached alert level one at 4 a.m.');
    assert.equal(findingsIn({ '000_wire.txt': wire, '001_blog.md': same }, '001_blog.md', 'time-conflict').length, 1);
  });
});
