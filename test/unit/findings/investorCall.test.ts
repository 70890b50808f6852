// "will host a conference call for analysts and investors at 14:00 CET" / "told analysts on a call at
// 3pm": a call with the market, told right before its time, is one occasion; a time half an hour or
// more off is flagged. Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

const release = 'Halmer AG\n\n4 November 2027, 07:00 CET\n\nThe Chief Executive and the Chief Financial Officer will host a conference call for analysts and investors at 14:00 CET today.';
const paper = (time: string) => `# Halmer cuts outlook\n\n4 November 2027\n\nTalking to analysts on a call at ${time}, the company said the warehouse fire would cost it a quarter's growth.`;

describe('time findings: a call with analysts or investors', () => {
  it('keys a time by a call with the market told right before it', () => {
    assert.ok(eventKeysAt('will host a conference call for analysts and investors at 14:00 CET today', '14:00 CET').includes('~call:investors'));
    assert.ok(eventKeysAt('Talking to analysts on a call at 3pm, the company said', '3pm').includes('~call:investors'));
    assert.ok(!eventKeysAt('Her mother took a call at 3pm from the hospital.', '3pm').some((k) => k.startsWith('~call')));
  });

  it('flags a call half an hour off', () => {
    const files = { '001_release.txt': release, '002_paper.md': paper('2.30pm') };
    assert.equal(findingsIn(files, '002_paper.md', 'time-conflict').length, 1);
  });

  it('leaves the right time alone', () => {
    const files = { '001_release.txt': release, '002_paper.md': paper('2pm') };
    assert.deepEqual(findingsIn(files, '002_paper.md', 'time-conflict'), []);
  });
});
