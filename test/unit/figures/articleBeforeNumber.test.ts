// A capitalised word right before a number names it ("Flight 370", "Class 158"), but an article does
// not: "17:12 – A 275 kV transformer tripped" and "(Coastwire) - An 84-year-old man" open their clause
// after a dash, not a full stop, and their figures were dropped as names. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const figuresOf = (text: string) => analyzeArticle({ path: '001_source.txt', text }).figures.map((f) => f.text);

describe('figures: an article before a number names nothing', () => {
  it('reads the figure after "A", "An" or "The" opening a clause after a dash', () => {
    assert.deepEqual(figuresOf('Timeline\n\n- 06:40 – A 132 kV feeder at the Orrin switching station failed.'), ['132 kV']);
    assert.deepEqual(figuresOf('ORRIN, May 4 (Northwire) - An 86-year-old woman was taken to hospital.'), ['86-year-old']);
  });

  it('still reads a capitalised word before a number as a name', () => {
    assert.deepEqual(figuresOf('Passengers on the delayed service – Flight 370 – were rebooked.'), []);
  });
});
