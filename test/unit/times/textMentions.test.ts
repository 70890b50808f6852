// The times stage reads an article's mentions paragraph by paragraph (select.ts, articleMentions),
// each paragraph with the stretch of text around it the scan can read, remembered while the
// article is edited. The list must be what scanning and selecting the whole text as one gives, for
// that text only, after any edit, and must not be changed by the stages that read it.
import { strict as assert } from 'node:assert';
import { scanMentions } from '../../../server/src/analysis/claims/times/scan';
import { articleMentions, selectMentions } from '../../../server/src/analysis/claims/times/select';
import { analyzeArticle } from '../../../server/src/analysis/index';
import { IncrementalAnalyzer } from '../../../server/src/analysis/incremental';
import { LocalMemo, withMemo } from '../../../server/src/analysis/local';
import { prepareText } from '../../../server/src/analysis/text';
import { seeded as rng } from '../robustness/arbitraries';
import { corpora } from '../incremental/corpora';

/** The whole text scanned and selected as one: what the paragraph-by-paragraph list must equal. */
const plainPath = (plain: string) => selectMentions(plain.length, scanMentions(plain), plain);

/** Edits that reach across paragraphs: line breaks of every kind, spaces the scan does and does not step over, times and their cues. */
const PIECES = ['\n', '\n\n', '\r', '\r\n', '\r\r', ' ', '\t', '\u00a0', '\u2003', '.', ',', ' at 9:15 a.m. ET', ' 7.42 and 7.51',
  ' on Monday, March 10', 'Shares traded ', ' per share', ' to 11:30', ' Eastern', ' Pacific Gas', ' this morning', 'Today ',
  ' ten past nine', ' the 7:15 flight', ' (0030 GMT)', ' in May 2025', 'Tue ', ' 2025-03-11', ' noon', ' 5 o’clock', '> ', '## '];

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  if (r() < 0.3) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
  return text.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + text.slice(at);
}

describe('times: the mentions of an article, paragraph by paragraph', () => {
  it('are those of scanning and selecting the whole text, read whole or by paragraph, on every article of the gold sets', () => {
    for (const set of corpora()) {
      for (const file of set.files) {
        const { text } = analyzeArticle(file); // the analysis itself read them through articleMentions
        const kept = articleMentions(text);
        assert.equal(articleMentions(text), kept, 'the same article is read once');
        // Deep-equal after a whole analysis: no stage changed the shared mentions.
        assert.deepStrictEqual(kept, plainPath(text.plain), file.path);
        // Paragraph by paragraph, as while the article is edited (a fresh copy of its text, so not the list kept).
        const again = prepareText(file.text, file.path);
        assert.deepStrictEqual(withMemo(new LocalMemo(), () => articleMentions(again)), plainPath(again.plain), `${file.path}, by paragraph`);
      }
    }
  });

  it('are those of the whole text after random edits, remembered paragraphs included', function () {
    this.timeout(120000);
    let edits = 0;
    let hits = 0;
    corpora().slice(0, 6).forEach((set, n) => {
      for (const file of set.files.slice(0, 2)) {
        const r = rng(7000 + 10 * n + edits);
        const analyzer = new IncrementalAnalyzer();
        // Plain text and markdown: paragraphs are lines in the one, runs of lines in the other.
        for (const path of [file.path, file.path.replace(/\.\w+$/, '') + (file.path.endsWith('.md') ? '.txt' : '.md')]) {
          let text = file.text;
          for (let step = 0; step < 25; step++) {
            text = edit(text, r);
            const analysis = analyzer.analyze({ path, text, role: 'draft' });
            hits += analyzer.stats(path)?.hits ?? 0;
            edits++;
            assert.deepStrictEqual(articleMentions(analysis.text), plainPath(analysis.text.plain), `${path}, edit ${step}`);
            assert.deepStrictEqual(analysis, analyzeArticle({ path, text, role: 'draft' }), `${path}, edit ${step}`);
          }
        }
      }
    });
    assert.ok(hits > edits * 5, `the memo was hardly used: ${hits} hits over ${edits} edits`);
  });

  it('read again a paragraph left alone when the text the scan reads beside it changes', () => {
    // "7.15" is a clock time unless the clause before it talks of shares; with a lone \r (old Mac
    // line ends) that clause reaches over a blank line into the paragraph before. Only that one is edited.
    const analyzer = new IncrementalAnalyzer();
    const path = '/desk/draft_hall.txt';
    const counts: number[] = [];
    for (const first of ['Shares were traded', 'Crowds were waiting', 'Shares were traded']) {
      const text = `${first}\r\rat 7.15 the hall opened, officials said.\r`;
      const analysis = analyzer.analyze({ path, text });
      assert.deepStrictEqual(articleMentions(analysis.text), plainPath(analysis.text.plain), first);
      assert.deepStrictEqual(analysis, analyzeArticle({ path, text }), first);
      counts.push(analysis.times.length);
    }
    // The edit does change the second line's times, so the equality above tests the key.
    assert.ok(counts[0] !== counts[1] && counts[0] === counts[2], counts.join(' / '));
  });

  it('are never those of another article', () => {
    const a = prepareText('At 9 a.m. on March 10, 2025, the plant shut.', 'a.txt');
    const b = prepareText('At 10 a.m. on March 11, 2025, the plant shut.', 'b.txt');
    assert.deepStrictEqual(articleMentions(a), plainPath(a.plain));
    assert.deepStrictEqual(articleMentions(b), plainPath(b.plain));
    assert.deepStrictEqual(articleMentions(a), plainPath(a.plain));
    assert.notDeepStrictEqual(plainPath(a.plain), plainPath(b.plain));
  });
});
