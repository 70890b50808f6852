// The markdown blanker keeps the text whole with a mask of blanked units. It must blank exactly as
// the plain buffer it replaced (one string per UTF-16 unit, joined at the end), on every article of
// the gold sets and after random edits that type markdown's marks, comments and escapes.
import { strict as assert } from 'node:assert';
import { blankMarkdown, Blanker, type BlankBuffer } from '../../../server/src/analysis/text/markdown';
import { lineSpans } from '../../../server/src/analysis/text/lines';
import { prepareText } from '../../../server/src/analysis/text';
import { corpora } from '../incremental/corpora';
import { seeded as rng } from '../robustness/arbitraries';

/** The plain path: one slot per code unit, blanked in place, joined. */
class ArrayBuffer1 implements BlankBuffer {
  readonly literal: Uint8Array;
  private readonly chars: string[];
  constructor(private readonly text: string) {
    this.literal = new Uint8Array(text.length);
    this.chars = text.split('');
  }
  blank(start: number, end: number): void {
    for (let i = Math.max(0, start); i < end && i < this.chars.length; i++) {
      const c = this.chars[i];
      if (c !== '\n' && c !== '\r') this.chars[i] = ' ';
    }
  }
  at(i: number): string {
    return i >= 0 && i < this.chars.length ? this.chars[i] : '';
  }
  mayHave(): boolean {
    return true;
  }
  indexOf(needle: string, from: number): number {
    return this.chars.join('').indexOf(needle, from);
  }
  slice(start: number, end: number): string {
    return this.chars.slice(start, end).join('');
  }
  toString(): string {
    const joined = this.chars.join('');
    return joined === this.text ? this.text : joined;
  }
}

const MARKS = ['*', '**', '_', '~~', '`', '```\n', '<!--', '-->', '[', ']', '(', ')', '![', '](x)', '<b>', '</b>', '> ', '# ', '|', '\\', '\\*', '\t', '    ', '- ', '1. ', '\n', '\n\n', ' ', 'a', '“', '[x]: y'];

function blanked(text: string, buf: BlankBuffer): string {
  const layout = blankMarkdown(buf, lineSpans(text));
  return JSON.stringify([buf.toString(), [...layout.headingLines], [...layout.blockStartLines], [...buf.literal].join('')]);
}

describe('text: the markdown blanker', () => {
  it('blanks exactly as a buffer of one string per unit, on every gold-set article and after random edits', () => {
    let checked = 0;
    let changed = 0;
    corpora().forEach((set, n) => {
      const r = rng(7000 + n);
      for (const file of set.files) {
        let text = file.text;
        for (let step = 0; step < 40; step++) {
          const plain = new ArrayBuffer1(text);
          const fast = new Blanker(text);
          const want = blanked(text, plain);
          assert.equal(blanked(text, fast), want, `${set.name} ${file.path} step ${step}`);
          // Nothing blanked: the same string, not a copy.
          if (fast.toString() === text) assert.ok(Object.is(fast.toString(), text));
          else changed++;
          checked++;
          const at = Math.floor(r() * (text.length + 1));
          text = r() < 0.8 ? text.slice(0, at) + MARKS[Math.floor(r() * MARKS.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
        }
      }
    });
    assert.ok(checked > 1000 && changed > checked / 2, `${checked} texts, ${changed} blanked`);
  });

  it('finds a comment only where its marks were not blanked by an earlier pass', () => {
    for (const text of [
      '```\n<!--\n```\nWords -->kept <!-- gone --> too\n',
      '    <!-- indented code\n\nText --> stays\n',
      '# Title <!--\n\nbody --> after\n',
    ]) assert.equal(blanked(text, new Blanker(text)), blanked(text, new ArrayBuffer1(text)), text);
    const t = '```\n<!--\n```\nWords -->kept\n';
    assert.ok(new ArrayBuffer1(t).toString().includes('Words'));
    const b = new Blanker(t);
    blankMarkdown(b, lineSpans(t));
    assert.ok(b.toString().includes('Words -->kept'));
  });

  it('says a mark may stand in a stretch whenever it does, asked in any order, and rules most prose lines out', () => {
    let asked = 0;
    let ruledOut = 0;
    corpora().forEach((set, n) => {
      const r = rng(9000 + n);
      for (const file of set.files) {
        const text = file.text;
        const buf = new Blanker(text);
        const plain = new ArrayBuffer1(text);
        const lines = lineSpans(text);
        for (const ch of ['*', '_', '`', '<', ']', '\\', '~']) {
          // Forwards line by line (as the passes ask), then at random places.
          const spans = [...lines, ...Array.from({ length: 30 }, () => { const a = Math.floor(r() * text.length); return { start: a, end: a + Math.floor(r() * 200) }; })];
          for (const span of spans) {
            const has = plain.slice(span.start, span.end).includes(ch);
            const may = buf.mayHave(ch, span.start, span.end);
            if (has) assert.ok(may, `${file.path} ${ch} ${span.start}-${span.end}`);
            if (!may) ruledOut++;
            asked++;
          }
          buf.blank(Math.floor(r() * text.length), Math.floor(r() * text.length)); // blanking never makes a mark
        }
      }
    });
    assert.ok(ruledOut > asked / 2, `${ruledOut} of ${asked} ruled out`);
  });

  it('prepares a markdown article with a BOM and front matter as before', () => {
    const text = '\ufeff---\ntitle: x\n---\n# Head *one*\n\n<!-- a\nb -->Text with `code` and [a link](http://x).\n';
    const t = prepareText(text, 'draft.md');
    assert.equal(t.plain.length, text.length);
    assert.equal(t.plain.replace(/\s+/g, ' ').trim(), 'Head one Text with and a link .');
  });
});
