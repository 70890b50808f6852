// "Tuesday 14 October" where the sources write "Wednesday 14 October" (a Wednesday in 2026): a day has
// one weekday, so the draft's weekday is wrong whatever is said around it; and a bare weekday of
// another event ("a storm on Tuesday") is then not cited against the draft's day.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const notice = 'Friday 9 October 2026\n\nThe Brisk Gazette\n\nThe county will shut the Marlow swing bridge to traffic from 06:00 on Wednesday 14 October 2026, engineers said. Forecasters expect a storm on Tuesday.';
const release = 'Friday 9 October 2026\n\nRoads office: works notice. Lane closures on the north approach begin Wednesday 14 October, with a full closure of the crossing the same morning.';

describe('time findings: the calendar\'s weekday of a day written out', () => {
  it('flags the draft\'s weekday against the day the sources write with its true weekday', () => {
    const draft = 'The Marlow swing bridge shuts from 06:00 on Tuesday 14 October.';
    const found = findingsIn({ '001_gazette.txt': notice, '002_release.txt': release, 'draft.md': draft }, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['Tuesday 14 October']);
    assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['001', '002']);
  });

  it('leaves the right weekday alone', () => {
    const draft = 'The Marlow swing bridge shuts from 06:00 on Wednesday 14 October.';
    assert.deepEqual(findingsIn({ '001_gazette.txt': notice, '002_release.txt': release, 'draft.md': draft }, 'draft.md', 'time-conflict'), []);
  });

  it('cites the sources that write the day, not a bare weekday of another event', () => {
    const draft = 'The Marlow swing bridge shuts from 06:00 on Tuesday 14 October.';
    const radio = 'Friday 9 October 2026\n\nRADIO BRISK: A storm is expected to bring heavy rain on Tuesday, forecasters said.';
    const found = findingsIn({ '001_gazette.txt': notice, '002_release.txt': release, '003_radio.txt': radio, 'draft.md': draft }, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.against.map((e) => e.label).sort()), [['001', '002']]);
  });
});

describe('time findings: the calendar\'s weekday where another source writes the day without one', () => {
  it('flags the draft\'s weekday though a source gives the day bare', () => {
    const table = 'Brisk Roads Office, 9 October 2026\n\nThe Marlow swing bridge closes to traffic on 14 October for six weeks of repairs.';
    const draft = 'The Marlow swing bridge closes to traffic on Tuesday 14 October.';
    const found = findingsIn({ '001_gazette.txt': notice, '002_table.txt': table, 'draft.md': draft }, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['Tuesday 14 October']);
  });

  it('leaves the right weekday alone beside the bare day', () => {
    const table = 'Brisk Roads Office, 9 October 2026\n\nThe Marlow swing bridge closes to traffic on 14 October for six weeks of repairs.';
    const draft = 'The Marlow swing bridge closes to traffic on Wednesday 14 October.';
    assert.deepEqual(findingsIn({ '001_gazette.txt': notice, '002_table.txt': table, 'draft.md': draft }, 'draft.md', 'time-conflict'), []);
  });
});
