// "3,600 cu ft/s" in a fact box and "3,400 cubic feet per second" in the prose: the words of a unit
// written in several words ("cu ft/s", "cubic feet per second", "sq km", "square kilometres") say what
// a figure is measured in, not which flow or area, so two spellings of one unit set no figures apart.
// And a measure told as what a thing is built to take ("Design capacity | 5,000 cu ft/s") is a limit,
// held only to limits, not to the flow it took.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const labels = (files: Record<string, string>, path: string) =>
  findingsIn(files, path, 'figure-conflict').map((f) => [f.text, f.against.map((e) => e.label).join(',')]);

describe('measures: a unit spelled two ways, and a capacity beside a reading', () => {
  const files = {
    '001_wire.txt': 'BRENNAN FALLS, Ore., April 4 (Wirepost) - Water was rushing over the Tolley Dam spillway at 4,200 cubic feet per second at the peak, officials said.',
    '002_agency.txt': 'Peak spillway flow reached 4,200 cubic feet per second on Friday morning, the water district said in a statement.',
    '003_factbox.md': '# Tolley Dam: key figures\n\n| Measure | Value |\n|---|---|\n| Peak spillway flow | 4,700 cu ft/s |\n| Spillway design capacity | 5,000 cu ft/s |\n',
  };

  it('holds "cu ft/s" against "cubic feet per second" where the numbers differ', () => {
    assert.deepEqual(labels(files, '003_factbox.md'), [['4,700 cu ft/s', '001,002']]);
    assert.deepEqual(labels(files, '001_wire.txt'), [['4,200 cubic feet per second', '003']]);
  });

  it('leaves a design capacity apart from the flow a source reports', () => {
    for (const p of Object.keys(files)) assert.ok(!labels(files, p).some(([text, against]) => text.startsWith('5,000') || (against.includes('003') && p !== '003_factbox.md' && !text.startsWith('4,200'))), p);
    const capacityOnly = { ...files, '003_factbox.md': '# Tolley Dam: key figures\n\n| Measure | Value |\n|---|---|\n| Spillway design capacity | 5,000 cu ft/s |\n' };
    for (const p of Object.keys(capacityOnly)) assert.deepEqual(labels(capacityOnly, p), [], p);
  });
});
