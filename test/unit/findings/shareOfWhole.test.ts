// "thirty-eight per cent of all its members voted yes" and "12,480 voted yes (71.5%)" are shares of
// two wholes: the members, and those who voted. Only a share of a named whole is held to it.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'The numbers in full: 12,480 voted yes (71.5%), 4,975 voted no. Turnout was 53%, above the 50% the law requires.';
const radio = (share: string) => `PRESENTER: The guild says ${share} of all its members in Wales voted yes. That is a stronger mandate than you had.`;

describe('figure findings: a share of a named whole', () => {
  it('is not held to a share of those who took part', () => {
    const files = { '001_release.txt': release, '002_radio.txt': radio('thirty-eight per cent') };
    assert.deepEqual(findingsIn(files, '002_radio.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_release.txt', 'figure-conflict'), []);
  });

  it('a share of those who took part is still held to another such share', () => {
    const files = { '001_release.txt': release, '002_radio.txt': 'PRESENTER: The guild says 12,480 of its members voted yes (75.1%). That is a stronger mandate than you had.' };
    assert.equal(findingsIn(files, '002_radio.txt', 'figure-conflict').length, 1);
  });
});
