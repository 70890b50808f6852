// Two sources tell a share alike and a third tells another, in words that pair it with one of the
// two from both sides (each one's check holds its figure against the other's): each side of the
// dispute is a finding against the other, though the first figure also agrees with the second
// source (findings/figures.ts, heldBack; the second is then held through the first). Shares and sums
// told exactly only; counts keep their own majority rules. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

const files = {
  '000_wire.txt': 'GABORONE, March 4 (Kalahari Wire) - The city council on Wednesday ordered water cuts.\n\nThe three dams that feed southern Botswana - Van Rooi, Kaross and Hoanib - held a combined 23.6 per cent of their capacity on Wednesday morning, according to figures from the water board. A year ago the same dams were at 41.2 per cent.',
  '001_blog.md': 'Published March 4, 2031\n\n**12:40** – Combined storage in Van Rooi, Kaross and Hoanib: **23.6%**, the board says.',
  '002_radio.txt': 'Transcript, Thursday 5 March 2031\n\nHOST: Let us start with the dams. Where are we this morning?\n\nENGINEER: The three central dams, Van Rooi, Kaross and Hoanib, are together at twenty-one point nine per cent of capacity. Van Rooi by itself is a bit better.',
  '003_release.md': 'Published March 4, 2031\n\n# Council orders water cuts\n\nGarden watering with a hosepipe is banned from Monday, the council said. Car washing is allowed with buckets only.',
  '004_explainer.md': 'Published March 5, 2031\n\n## What changes\n\nFrom Monday households may not fill swimming pools, and pressure will be cut at night in the eastern suburbs.',
};

describe('figure findings: a source held back against the odd one that holds it', () => {
  it('flags the odd source, and the sources on the other side against it', () => {
    const odd = conflicts(files, '002_radio.txt');
    assert.ok(odd.some((f) => f.text.startsWith('twenty-one point nine') && f.against.some((e) => e.label === '000')), JSON.stringify(odd));
    for (const path of ['000_wire.txt', '001_blog.md']) {
      const found = conflicts(files, path);
      assert.equal(found.length, 1, path + ' ' + JSON.stringify(found));
      assert.ok(found[0].text.startsWith('23.6'), found[0].text);
      assert.ok(found[0].against.some((e) => e.label === '002'), path + ' ' + JSON.stringify(found[0].against));
    }
  });
});
