// "240 millimetres (about 2.4 inches)": a draft's conversion in brackets that does not convert the
// measure before it, where a source converts the same measure into the same unit right ("240 mm
// (9.4 in)"), is the draft's arithmetic gone wrong, held against that source. And "(9.4 in)" alone in
// brackets after its number is a measure in inches. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const source = '# The storm in numbers\n\n| Measure | Figure |\n|---|---|\n| Rain at Pell Point | 240 mm (9.4 in) in 24 hours |\n';

describe('findings: a draft\'s unit conversion that does not convert', () => {
  it('reads "(9.4 in)" as inches', () => {
    const a = analyzeArticle({ path: '001_explainer.md', text: source });
    assert.deepEqual(a.figures.filter((f) => f.value === 9.4).map((f) => f.counted), ['inch']);
  });

  it('holds "240 millimetres (about 2.4 inches)" against the source\'s "9.4 in"', () => {
    const draft = 'The gauge at Pell Point logged 240 millimetres (about 2.4 inches) of rain in 24 hours.\n';
    const found = findingsIn({ 'draft_storm.md': draft, '001_explainer.md': source }, 'draft_storm.md', 'figure-conflict');
    assert.deepEqual(found.map((f) => draft.slice(f.span.start, f.span.end)), ['about 2.4 inches']);
  });

  it('leaves a conversion that converts alone', () => {
    const draft = 'The gauge at Pell Point logged 240 millimetres (about 9.4 inches) of rain in 24 hours.\n';
    assert.deepEqual(findingsIn({ 'draft_storm.md': draft, '001_explainer.md': source }, 'draft_storm.md', 'figure-conflict'), []);
  });
});
