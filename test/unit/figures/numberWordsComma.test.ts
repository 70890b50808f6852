// A number written out in full with a comma after its thousands ("one thousand, two hundred and
// ten"), as transcripts and formal statements set it, is one number; a comma before a count of
// its own ("two thousand, three of them children") still ends it.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function values(text: string): Array<[string, number]> {
  return analyzeArticle({ path: '001_wire.txt', text }).figures.map((f) => [f.text, f.value]);
}

describe('figures: numbers in words with a comma after the thousands', () => {
  it('reads the hundreds after the comma into the number', () => {
    assert.deepEqual(values('The registrar said four thousand, six hundred and thirty voters were turned away.'),
      [['four thousand, six hundred and thirty voters', 4630]]);
    assert.deepEqual(values('Some two million, three hundred thousand doses arrived in Lusaka.'),
      [['Some two million, three hundred thousand doses', 2300000]]);
  });

  it('reads the hundreds after a second scale and its comma too', () => {
    assert.deepEqual(values('The median flat is two million, four hundred and sixty thousand, five hundred dollars.'),
      [['two million, four hundred and sixty thousand, five hundred dollars', 2460500]]);
    assert.deepEqual(values('The median flat is two million four hundred and sixty thousand five hundred dollars.'),
      [['two million four hundred and sixty thousand five hundred dollars', 2460500]]);
  });

  it('reads the same number without the comma alike', () => {
    assert.deepEqual(values('The registrar said four thousand six hundred and thirty voters were turned away.'),
      [['four thousand six hundred and thirty voters', 4630]]);
  });

  it('does not join a count of its own after the comma', () => {
    const read = values('About nine thousand, five of them firefighters, were moved out of the valley.');
    assert.ok(!read.some(([, v]) => v === 9005), JSON.stringify(read));
  });
});
