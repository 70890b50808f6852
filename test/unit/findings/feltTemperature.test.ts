// "the heat index, which adds in humidity, reached about 49°C" / "the airport hit 41.3°C": how hot
// it felt and what the thermometer read are two quantities. Invented text (round 51).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = [
  'MARISOL, July 14 (Gulf Wire) - The weather office recorded 41.3 C (106.3 F) at the airport on Tuesday, the highest reading of the summer.', '',
].join('\n');

const blog = [
  'LIVE: Heat grips Marisol', '', 'Updated Tuesday 14 July 2026', '',
  '2:40 p.m. The weather office says the airport has hit 41.3°C (106.3°F), the hottest reading of the summer.', '',
].join('\n');

const release = [
  'CITY OF MARISOL', 'PRESS RELEASE', 'For immediate release: Tuesday, 14 July 2026', '',
  'The highest reading of the summer was 41.3°C at the airport on Tuesday, 14 July.', '',
].join('\n');

const explainer = [
  '# Why Marisol\'s heat is so dangerous', '', '*Marisol Courier | Wednesday, July 15, 2026*', '',
  'On Tuesday afternoon the heat index, which adds in humidity, reached about 49°C, or roughly 120°F.', '',
].join('\n');

const files = { '000_wire.txt': wire, '001_blog.txt': blog, '002_release.txt': release, '003_explainer.md': explainer };
const conflicts = (f: Record<string, string>) => Object.keys(f).flatMap((p) => findingsIn(f, p, 'figure-conflict').map((x) => `${p}: ${x.text}`));

describe('figures: a felt temperature against a reading', () => {
  it('does not hold the heat index against the thermometer', () => {
    assert.deepEqual(conflicts(files), []);
  });

  it('still holds a reading told otherwise', () => {
    assert.notDeepEqual(conflicts({ ...files, '003_explainer.md': explainer.replace('the heat index, which adds in humidity, reached', 'the airport thermometer reached') }), []);
  });
});
