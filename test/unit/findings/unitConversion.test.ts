// A measure converted in brackets ("185 km/h (100 knots)", "300 mm (11.8 inches)") is the writer's
// arithmetic on the figure before it: right, it needs no source of its own; wrong, it is still flagged.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { convertedFigure, convertsCorrectly } from '../../../server/src/analysis/alignment/conversions';
import { findingsIn } from './review';

const wire = 'SUVA, Feb 9 (Reefwire) - Cyclone Rangi brought gusts of 185 km/h to Nadi, and Lautoka recorded 300 mm of rain overnight, the weather office said.';
const paper = 'Fiji Morning Post\n\nThe weather office said Nadi had gusts of 185km/h and Lautoka 300mm of rain overnight.';

const unsourced = (draft: string): string[] =>
  findingsIn({ '001_wire.txt': wire, '002_paper.txt': paper, 'draft.md': draft }, 'draft.md', 'unsourced-claim').map((f) => f.text);

describe('figure findings: units converted in brackets', () => {
  it('a right conversion of a sourced figure is not unsourced', () => {
    assert.deepEqual(unsourced('Nadi had gusts of 185 km/h (100 knots), and Lautoka recorded 300 mm (11.8 inches) of rain overnight.'), []);
  });

  it('a wrong conversion is still flagged as a figure no source states', () => {
    assert.deepEqual(unsourced('Nadi had gusts of 185 km/h (140 knots) overnight.'), ['140 knots']);
  });

  it('reads which figure a bracket converts, and whether the arithmetic holds to the writer\'s rounding', () => {
    const a = analyzeArticle({ path: 'x.md', text: 'The storm was 12 km (7 miles) offshore with a 2.4-metre swell. A surge of 1.2 metres (3.9 feet) came in, with 95 mm (about 4 inches) of rain.' });
    const pairs = a.figures.map((f, i) => [f.text, convertedFigure(a, i)?.text ?? null]);
    assert.deepEqual(pairs.filter(([, o]) => o !== null), [['7 miles', '12 km'], ['3.9 feet', '1.2 metres'], ['about 4 inches', '95 mm']]);
    const at = (text: string) => a.figures.find((f) => f.text === text)!;
    assert.ok(convertsCorrectly(at('12 km'), at('7 miles')));
    assert.ok(convertsCorrectly(at('1.2 metres'), at('3.9 feet')));
    assert.ok(convertsCorrectly(at('95 mm'), at('about 4 inches')));
    assert.ok(!convertsCorrectly(at('12 km'), at('3.9 feet')));
  });

  it('a wrong figure converted right is one conflict, on the figure, not a second on its conversion', () => {
    const wireGusts = 'SUVA, Feb 9 (Reefwire) - Cyclone Rangi brought gusts of 185 km/h (115 mph) to Nadi, the weather office said.';
    const paperGusts = 'Fiji Morning Post\n\nThe weather office said Nadi had gusts of 185km/h (115mph) on Sunday.';
    const conflicts = (draft: string) =>
      findingsIn({ '001_wire.txt': wireGusts, '002_paper.txt': paperGusts, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text);
    assert.deepEqual(conflicts('Cyclone Rangi brought gusts of 205 km/h (127 mph) to Nadi, the weather office said.'), ['205 km/h']);
    // A right figure converted wrong: the conversion is the error.
    assert.deepEqual(conflicts('Cyclone Rangi brought gusts of 185 km/h (127 mph) to Nadi, the weather office said.'), ['127 mph']);
  });

  it('nautical miles and land miles are not held against each other ("6.5 nautical miles" / "about 7.5 miles")', () => {
    const wireSea = 'STANLEY, Mar 3 (Reefwire) - The trawler Osprey sank 6.5 nautical miles (12 km) east of Gull Point, the harbour office said.';
    const paperSea = 'Island Gazette\n\nThe trawler Osprey sank about 7.5 miles east of Gull Point, the harbour office said.';
    const conflicts = (path: string, files: Record<string, string>) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);
    assert.deepEqual(conflicts('001_wire.txt', { '001_wire.txt': wireSea, '002_paper.txt': paperSea }), []);
    assert.deepEqual(conflicts('draft.md', { '001_wire.txt': wireSea, '002_paper.txt': paperSea, 'draft.md': 'The Osprey sank 6.5 nautical miles east of Gull Point, the harbour office said.' }), []);
  });

  it('a land area converted right in brackets ("hectares (acres)") is not unsourced; converted wrong, it is', () => {
    const farm = 'KELSO, Apr 2 (Borderwire) - The estate covers 4,200 hectares of hill grazing, its agent said.';
    const draftWith = (bracket: string) => findingsIn({ '001_wire.txt': farm, 'draft.md': `The estate covers 4,200 hectares (${bracket}) of hill grazing.` }, 'draft.md', 'unsourced-claim').map((f) => f.text);
    assert.deepEqual(draftWith('about 10,400 acres'), []);
    assert.deepEqual(draftWith('about 14,400 acres'), ['about 14,400 acres']);
  });
});
