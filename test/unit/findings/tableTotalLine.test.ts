// A table's (or fact box's) total line adds up the rows above it: "| **Total** | **275 kg** |" is the
// whole, and another source's weight of one row ("a total of 214kg" of cocaine) is a part of it, not the same
// figure told differently. A figure larger than the total is still held to it. Invented text.
import { strict as assert } from 'node:assert';
import { toldAsSum } from '../../../server/src/analysis/alignment/sumOfParts';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const wire = 'HARWICH, March 3 (Northwire) - Border officers found 180 blocks of cocaine weighing a total of 214kg hidden in a container of frozen prawns at the port on Monday, the agency said.\n';
const table = '# What the officers found\n\nThe agency gave these weights for the container seized at the port on Monday.\n\n' +
  '| Drug | Weight |\n|---|---|\n| Cocaine | 214 kg |\n| Cannabis resin | 61 kg |\n| **Total** | **275 kg** |\n';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

describe('alignment: a table\'s total line', () => {
  const sum = (text: string, n: string, path = '002_x.md') => {
    const a = analyzeArticle({ path, text });
    const f = a.figures.find((x) => x.text.includes(n));
    assert.ok(f, `no figure ${n}`);
    return toldAsSum(a.text, f);
  };

  it('reads a first cell that only says "Total" (a Markdown table row, a line with a colon)', () => {
    assert.equal(sum(table, '275'), true);
    assert.equal(sum(table, '214'), false);
    assert.equal(sum('| Port | Weight |\n|---|---|\n| Felixstowe | 31 kg |\n| Tilbury | 12 kg |\n| Grand total | 43 kg |\n', '43'), true);
    assert.equal(sum('Totals: 43 kg of heroin were seized.\n', '43', '002_x.txt'), true);
  });

  it('leaves "total" read as a word of a sentence alone', () => {
    assert.equal(sum('Total spending rose to 43 kg a head, the ministry said.\n', '43', '002_x.txt'), false);
    assert.equal(sum('The total was 43 kg, the agency said.\n', '43', '002_x.txt'), false);
  });
});

describe('findings: a table\'s total and one of its rows told elsewhere', () => {
  it('sources are not held to each other', () => {
    const files = { '001_wire.txt': wire, '002_table.md': table };
    assert.deepEqual(conflicts(files, '001_wire.txt'), []);
    assert.deepEqual(conflicts(files, '002_table.md'), []);
  });

  it('a figure larger than the total still conflicts with it', () => {
    const files = { '002_table.md': table, 'draft_port.md': '# Port haul\n\nThe drugs weighed a total of 295 kg, the agency said.\n' };
    assert.ok(conflicts(files, 'draft_port.md').some((t) => t.includes('295')));
  });
});
