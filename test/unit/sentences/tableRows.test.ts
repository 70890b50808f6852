// A markdown table row is one line of facts: its cells make one sentence, so a time that ends one cell
// ("4:45 p.m.") does not cut it off from the next cell's words. Invented text.
import { strict as assert } from 'node:assert';
import { prepareText } from '../../../server/src/analysis/text';

const sentencesOf = (text: string, path: string) => {
  const t = prepareText(text, path);
  return t.sentences.map((s) => t.plain.slice(s.span.start, s.span.end).replace(/\s+/g, ' '));
};

describe('sentences: markdown table rows', () => {
  it('keeps a row\'s cells in one sentence, not a heading', () => {
    const text = '# Timeline\n\n| Day | Time | What happened |\n|---|---|---|\n| Mon., May 4 | 6:10 p.m. | Flood warning issued for the valley |\n| Tue., May 5 | 9 a.m. | Schools closed |\n';
    const t = prepareText(text, 'x.md');
    const rows = t.sentences.filter((s) => t.plain.slice(s.span.start, s.span.end).includes('Flood'));
    assert.equal(rows.length, 1);
    assert.equal(rows[0].isHeading, false);
    assert.ok(sentencesOf(text, 'x.md').includes('Mon., May 4 6:10 p.m. Flood warning issued for the valley'));
  });

  it('still splits prose after a time at the end of a sentence', () => {
    assert.deepEqual(sentencesOf('The gates closed at 6:10 p.m. Flood water rose overnight.\n', 'x.md'),
      ['The gates closed at 6:10 p.m.', 'Flood water rose overnight.']);
  });
});
