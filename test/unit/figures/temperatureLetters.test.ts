// Wire style gives a temperature as a bare capital with the other scale in brackets: "about 4 C
// (39 F)". Unread, the 39 took "feet" from the sentence before as its counted thing (39 feet)
// and held against another source's wave height in metres. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const figures = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.counted, Math.round(f.value * 10) / 10]);

describe('figures: "4 C (39 F)" without a degree sign', () => {
  it('reads both scales as temperatures, in Celsius', () => {
    const found = figures('Swells of up to 9 metres (30 feet) were reported, and the water was about 4 C (39 F).');
    assert.deepEqual(found.filter((f) => f[1] === '°C'), [['about 4 C', '°C', 4], ['39 F', '°C', 3.9]]);
    const reversed = figures('The air was 39 F (4 C) at the quay.');
    assert.deepEqual(reversed.filter((f) => f[1] === '°C'), [['39 F', '°C', 3.9], ['4 C', '°C', 4]]);
  });

  it('reads no scale from a lone capital without its pair', () => {
    assert.deepEqual(figures('Pupils in Grade 7 C sat the test.').filter((f) => f[1] === '°C'), []);
    assert.deepEqual(figures('He cited 45 F of the code (section 2).').filter((f) => f[1] === '°C'), []);
  });

  it('holds no temperature against a height in metres', () => {
    const files = {
      '001_wire.txt': 'KESTLE, Jan 9 (Coastwire) - Swells of up to 9 metres (30 feet) were reported off Kestle, the coastguard said. The sea temperature was about 4 C (39 F).',
      '002_statement.txt': 'Conditions off Kestle were severe: maximum swells of 9 metres and a sea temperature of 4 degrees Celsius.',
    };
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'figure-conflict'), [], path);
  });
});
