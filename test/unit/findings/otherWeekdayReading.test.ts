// "highs easing to about 31 C on Friday" in a wire whose dateline has no year (so no day of the month)
// against a release's "Tuesday, 10 March: … records 34.5°C": temperatures told of two days exactly, by
// other weekdays, are two days' weather, not one reading misreported. Invented text (round 51).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = [
  'SOLANO BAY, March 11 (Gulf Wire) - Dengue has put 212 people in hospital in Solano Bay since Sunday, officials said on Wednesday, as temperatures stayed above 33 degrees Celsius for a fourth straight day.', '',
  'Forecasters said a cool land wind had been held back by a ridge of high pressure. The weather office expects the wind to return on Friday, with highs easing to about 31 C (87.8 F).', '',
].join('\n');

const blog = [
  'LIVE: Solano Bay heat', '', 'Updated Wednesday 11 March 2026', '',
  '9:10 a.m. The weather office has no good news for today. Relief is expected from Friday, when highs should fall to around 31°C.', '',
].join('\n');

const release = [
  'CITY OF SOLANO BAY', 'PRESS RELEASE', 'For immediate release: Wednesday, 11 March 2026', '',
  'TIMELINE', '',
  '- Tuesday, 10 March: the weather office records 34.5°C at the harbour station. City clinics placed on alert.', '',
].join('\n');

const files = { '000_wire.txt': wire, '001_blog.txt': blog, '002_release.txt': release };
const conflicts = (f: Record<string, string>) => Object.keys(f).flatMap((p) => findingsIn(f, p, 'figure-conflict').map((x) => `${p}: ${x.text}`));

describe('figures: readings told of two weekdays', () => {
  it('does not hold a reading of one weekday against a reading of another', () => {
    assert.deepEqual(conflicts(files), []);
  });

  it('still holds two readings of the same weekday', () => {
    assert.notDeepEqual(conflicts({ ...files, '002_release.txt': release.replace('Tuesday, 10 March', 'Friday, 13 March') }), []);
  });
});
