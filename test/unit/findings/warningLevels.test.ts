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

  // A change of level is at the level it goes to: "raised … from amber to red at 5:15 p.m." is the red
  // warning's moment, not the amber one's (round 34).
  const change = 'TARNFORD, June 9 (Coastline Press) - Fans left the harbour concert at 5:40 p.m., soon after the weather office raised its rain warning for the coast from amber to red at 5:15 p.m.\n';
  const stamps = [
    '# LIVE: Storm over Tarnford harbour', '', '*Harbour Gazette live desk. All times local.*', '',
    '**17:15** The weather office has upgraded its amber rain warning to **red** for the coast.', '',
    '**14:20** The weather office issues an **amber** rain warning for the coast tonight.', '',
  ].join('\n');

  it('reads "from amber to red" as the red warning\'s moment', () => {
    const files = { '000_wire.txt': change, '001_blog.md': stamps };
    const wire = findingsIn(files, '000_wire.txt', 'time-conflict').map((f) => change.slice(f.span.start, f.span.end));
    const blogFound = findingsIn(files, '001_blog.md', 'time-conflict').map((f) => stamps.slice(f.span.start, f.span.end));
    assert.deepEqual(wire, []);
    assert.deepEqual(blogFound, []);
  });

  it('still holds the red warning\'s time told as a change against another red time', () => {
    const files = {
      '000_wire.txt': change,
      '004_explainer.md': '# Tarnford storm explained\n\n| Event | Local | UTC |\n|---|---|---|\n| Red rain warning issued | 16:35 | 14:35 |\n',
      '002_release.txt': 'TARNFORD HARBOUR TRUST\nThe weather office issued a red rain warning for the coast at 17:15 on Sunday.\n',
    };
    const found = findingsIn(files, '004_explainer.md', 'time-conflict');
    assert.ok(found.length >= 1, JSON.stringify(found));
  });

  it('keeps the old level for a time told before the change', () => {
    const files = {
      '000_wire.txt': 'TARNFORD, June 9 (Coastline Press) - The amber rain warning issued at 2:55 p.m. was raised to red three hours later.\n',
      '001_blog.md': stamps,
    };
    const found = findingsIn(files, '000_wire.txt', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
