// "Wednesday, 7 May" where 7 May 2026 is a Thursday and a wire whose dateline has no year says the
// pay deal was signed "early on Thursday": a day has one weekday, so the draft's weekday is wrong by the
// calendar of the year the sources date their story in (never the clock's year).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'ALDCASTER, May 7 (Northline) - Dock workers at the port of Aldcaster signed a two-year pay deal with the harbour board early on Thursday, ending a strike that had idled 14 berths for nine days.\n\nThe union said 812 members had voted to accept.';
const release = 'ALDCASTER HARBOUR BOARD\nNews release, Thursday 7 May 2026\n\nThe board welcomes the agreement reached with the union this morning. Berths will reopen from 06:00 tomorrow.';

describe('time findings: a weekday written beside a day that the calendar gives another weekday', () => {
  it('flags the draft\'s weekday where a source tells the same event on the calendar\'s weekday', () => {
    const draft = 'Dock workers at the port of Aldcaster signed a two-year pay deal with the harbour board early on Wednesday, 7 May, ending a nine-day strike.';
    const found = findingsIn({ '001_wire.txt': wire, '002_release.txt': release, 'draft.md': draft }, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['Wednesday, 7 May']);
    assert.deepEqual(found[0].against.map((e) => e.label), ['001']);
  });

  it('leaves the calendar\'s weekday alone', () => {
    const draft = 'Dock workers at the port of Aldcaster signed a two-year pay deal with the harbour board early on Thursday, 7 May, ending a nine-day strike.';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_release.txt': release, 'draft.md': draft }, 'draft.md', 'time-conflict'), []);
  });

  it('takes no year from the clock: with no source dating its story in a year, the weekday is not judged', () => {
    const draft = 'Dock workers at the port of Aldcaster signed a two-year pay deal with the harbour board early on Wednesday, 7 May, ending a nine-day strike.';
    const note = 'HARBOUR NOTE\n\nBerths at Aldcaster reopen from 06:00 on Friday.';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, '002_note.txt': note, 'draft.md': draft }, 'draft.md', 'time-conflict'), []);
  });

  it('does not read a source\'s weekday from a week away as the day written', () => {
    const later = 'ALDCASTER, May 16 (Northline) - Dock workers at the port of Aldcaster who signed a two-year pay deal with the harbour board met again on Thursday to elect new shop stewards.';
    const draft = 'Dock workers at the port of Aldcaster signed a two-year pay deal with the harbour board early on Wednesday, 7 May, ending a nine-day strike.';
    assert.deepEqual(findingsIn({ '001_wire.txt': later, '002_release.txt': release, 'draft.md': draft }, 'draft.md', 'time-conflict'), []);
  });
});
