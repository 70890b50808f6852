// Two levels of one kind of warning, told by colour, are two moments: an amber warning at 09:10 and a
// red one at 13:40 do not disagree. Invented text (round 31 merge).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('warnings of different levels', () => {
  const blog = [
    '# LIVE: Floods across the Caddon valley', '', '*Valley Echo live coverage. All times GMT.*', '',
    '**13:40** 🔴 Red flood warning issued for the lower Caddon.', '',
    '**09:10** 🟠 Amber flood warning issued for the lower Caddon.', '',
  ].join('\n');
  const wire = 'CADDON, March 3 (Valley Wire) - The red flood warning was issued for the lower Caddon at 13:40, hours after an earlier one.\n';

  it('does not hold an amber warning\'s stamp against a red warning\'s time', () => {
    const files = {
      '001_blog.md': blog,
      '000_wire.txt': wire,
      '004_explainer.md': '# Caddon floods explained\n\n| Event | Local time (CET) | UTC |\n|---|---|---|\n| Red flood warning issued | 14:25 | 13:25 |\n',
    };
    const found = findingsIn(files, '001_blog.md', 'time-conflict').map((f) => blog.slice(f.span.start, f.span.end));
    assert.ok(!found.includes('09:10'), JSON.stringify(found));
  });

  it('still holds two times of the same level apart', () => {
    const files = {
      '001_blog.md': blog,
      '004_explainer.md': '# Caddon floods explained\n\n| Event | Local time (CET) | UTC |\n|---|---|---|\n| Amber flood warning issued | 10:40 | 09:40 |\n',
    };
    const found = findingsIn(files, '004_explainer.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
