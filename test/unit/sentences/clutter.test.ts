// isClutter compares an all-ASCII head in place instead of lower-casing a copy of it. It must answer
// as the copy does: on every sentence and paragraph of the gold sets, and on random lines made of
// clutter prefixes, lines and starts in any case, with colons, final stops and non-ASCII letters.
import { strict as assert } from 'node:assert';
import { clutterByCopy, isClutter } from '../../../server/src/analysis/sentences/headings';
import { prepareText } from '../../../server/src/analysis/text';
import { corpora } from '../incremental/corpora';
import { seeded } from '../robustness/arbitraries';

const PIECES = ['read', 'READ', 'Read more', 'also read', 'Related', 'watch', 'see also', 'advertisement', 'Share this story', 'share',
  'subscribe', 'Sign up', 'follow us on', 'Follow Our Coverage', 'click here', 'your email address will not be published', 'copyright ©',
  '©', 'all rights reserved', 'we use cookies', 'JOIN US ON TELEGRAM', 'BREAKING NEWS', 'The', 'mayor', 'said', 'İ', 'é', 'Σ', 'ß', '’s',
  ':', ': ', '.', '!', '?', ',', ' ', '  ', '\u00a0', '\u3000', '40', 'x'.repeat(40)];

function randomLine(r: () => number): string {
  let text = '';
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) text += PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.5 ? ' ' : '');
  return text;
}

describe('sentences: clutter read in place', () => {
  it('answers as the lower-cased copy on every sentence and paragraph of the gold sets', () => {
    let clutter = 0;
    for (const set of corpora()) {
      for (const file of set.files) {
        const t = prepareText(file.text, file.path);
        for (const span of [...t.sentences.map((s) => s.span), ...t.paragraphs]) {
          const text = t.plain.slice(span.start, span.end);
          const want = clutterByCopy(text.trim());
          assert.equal(isClutter(text), want, JSON.stringify(text));
          if (want) clutter++;
        }
      }
    }
    assert.ok(clutter > 0, 'no clutter in the gold sets');
  });

  it('answers as the lower-cased copy on random lines', () => {
    const r = seeded(61);
    let clutter = 0;
    for (let n = 0; n < 20000; n++) {
      const text = randomLine(r);
      const want = clutterByCopy(text.trim());
      assert.equal(isClutter(text), want, JSON.stringify(text));
      if (want) clutter++;
    }
    assert.ok(clutter > 2000 && clutter < 18000, `${clutter} of 20000 clutter`);
  });
});
