import { strict as assert } from 'node:assert';
import { findParagraphs, LineIndex, prepareText } from '../../../server/src/analysis/text';
import { lineSpans } from '../../../server/src/analysis/text/lines';

const paras = (text: string, path: string): string[] => {
  const t = prepareText(text, path);
  return t.paragraphs.map((p) => t.plain.slice(p.start, p.end));
};
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

const MARKDOWN_DOCS = [
  '---\ntitle: "Flood report"\ndate: 2024-11-02\n---\n# Rivers rise\n\nThe **Severn** rose _fast_ on ~~Friday~~ Saturday.\n',
  '## Council vote\n\n> “We will appeal,” said `Cllr. Ames`.\n\n- one item\n- two *items*\n\n1. first\n2) second\n',
  'Read the [full statement](https://example.org/a_(b)) and ![chart](img/c.png "Chart").\n\n[ref]: https://example.org\n',
  '<!-- editor note:\nremove before publish -->\nText with <span class="x">markup</span> and a <br/> break.\n',
  '```js\nconst a = 1 * 2;\n```\n\n    indented code line\n    second line\n\nBack to prose with snake_case_name and 5 * 3 maths.\n',
  '\uFEFF# Title ##\r\n\r\nLine one\r\nline two with __strong__ words.\r\n',
  'Setext heading\n==============\n\nBody text here.\n\n***\n\nAfter the rule.\n',
  'Unclosed `tick and [bracket( and <not a tag and **stars everywhere\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n',
  '😀 Emoji first, then “curly” quotes — and a [link][ref] to [ref].\n\n[ref]: <https://example.org> "Title"\n',
];

describe('text: plain keeps the original length', () => {
  MARKDOWN_DOCS.forEach((doc, i) => {
    it(`markdown document ${i} keeps length, line breaks and unblanked characters`, () => {
      for (const path of ['a.md', 'a.markdown', 'a.txt']) {
        const t = prepareText(doc, path);
        assert.equal(t.plain.length, doc.length, path);
        for (let k = 0; k < doc.length; k++) {
          const c = doc[k];
          if (c === '\n' || c === '\r') assert.equal(t.plain[k], c, `line break kept at ${k}`);
          else assert.ok(t.plain[k] === c || t.plain[k] === ' ', `offset ${k} is the original or a space`);
        }
        // prepareText reads the lines once, from the original, for the plain text's paragraphs.
        assert.deepEqual(lineSpans(t.plain), lineSpans(doc), 'the plain text has the original\'s lines');
        for (const s of t.sentences) {
          const p = t.paragraphs[s.paragraph];
          assert.ok(p.start <= s.span.start && s.span.end <= p.end && s.span.start < s.span.end);
        }
      }
    });
  });

  it('leaves .txt files as written apart from a BOM', () => {
    const doc = '# Not a heading in txt\n\nPrices rose **sharply** on [Monday](x).\n';
    assert.equal(prepareText(doc, 'a.txt').plain, doc);
  });
});

describe('text: markdown blanking', () => {
  const plainOf = (doc: string): string => prepareText(doc, 'story.md').plain;

  it('blanks front matter and reads its fields', () => {
    const doc = '---\nTitle: "Flood report"\nAuthor: \'Lee Park\'\ndraft: true\n---\nBody.\n';
    const t = prepareText(doc, 'story.md');
    assert.deepEqual(t.frontMatter, { title: 'Flood report', author: 'Lee Park', draft: 'true' });
    assert.equal(squash(t.plain), 'Body.');
  });

  it('reads front matter in a .txt file that starts with ---, but not a plain rule', () => {
    const t = prepareText('---\nsource: wire\n---\nThe dam held.\n', 'a.txt');
    assert.deepEqual(t.frontMatter, { source: 'wire' });
    assert.equal(squash(t.plain), 'The dam held.');
    const rule = prepareText('---\nThe dam held on Friday night.\n---\nMore text.\n', 'a.txt');
    assert.deepEqual(rule.frontMatter, {});
    assert.equal(rule.plain, rule.original);
  });

  it('blanks fenced and indented code but not indented list continuations', () => {
    const doc = 'Intro.\n\n```\nlet x = 5;\n```\n\n    code here\n\nOutro.\n\n- item\n\n    still the item\n';
    const plain = plainOf(doc);
    assert.ok(!plain.includes('let x') && !plain.includes('code here') && !plain.includes('```'));
    assert.ok(plain.includes('still the item'));
    assert.ok(plain.includes('Intro.') && plain.includes('Outro.'));
  });

  it('blanks inline code, link targets, reference definitions and images, keeping link words', () => {
    const doc = 'Call `run()` now; see [the filing](https://sec.example/x?a=(1)) and [notes][n].\n\n![map](m.png)\n\n[n]: https://example.org/notes\n';
    assert.equal(squash(plainOf(doc)), 'Call now; see the filing and notes .');
  });

  it('blanks HTML comments (over lines) and tags', () => {
    const doc = 'Start <!-- hidden\nnote --> middle <em>stress</em> end <https://example.org>.\n';
    assert.equal(squash(plainOf(doc)), 'Start middle stress end .');
  });

  it('blanks emphasis markers but not arithmetic, snake_case or a lone footnote star', () => {
    assert.equal(squash(plainOf('A **bold** and *soft* and __strong__ and _light_ and ~~gone~~ word.')), 'A bold and soft and strong and light and gone word.');
    assert.equal(squash(plainOf('It costs 5 * 3 dollars for file_name_here and 2*4.')), 'It costs 5 * 3 dollars for file_name_here and 2*4.');
    assert.equal(squash(plainOf('Required fields are marked *')), 'Required fields are marked *');
    assert.equal(plainOf('An escaped \\*star\\* stays.'), 'An escaped  *star * stays.'); // the backslash is markup, the star text
  });

  it('blanks heading hashes, block quote markers and list bullets', () => {
    const doc = '### Storm hits coast ###\n\n> > Winds reached 90 mph.\n\n* first point\n+ second point\n12. third point\n- [x] done point\n';
    const plain = plainOf(doc);
    assert.equal(squash(plain), 'Storm hits coast Winds reached 90 mph. first point second point third point done point');
    assert.ok(!/[#>*+]/.test(plain));
  });

  it('keeps a # that is not a heading', () => {
    assert.equal(squash(plainOf('Ranked #1 by fans.')), 'Ranked #1 by fans.');
  });
});

describe('text: BOM, CRLF and offsets', () => {
  it('turns a leading BOM into a space and keeps offsets', () => {
    const doc = '\uFEFFMayor Ana Ruiz spoke.';
    const t = prepareText(doc, 'a.txt');
    assert.equal(t.plain[0], ' ');
    assert.equal(t.plain.slice(1), doc.slice(1));
    const s = t.sentences[0];
    assert.equal(t.original.slice(s.span.start, s.span.end), 'Mayor Ana Ruiz spoke.');
  });

  it('finds the same sentences at the same offsets with CRLF line ends', () => {
    const doc = 'Grain prices rose 4 percent on Tuesday.\r\nTraders blamed the drought.\r\n\r\nExports fell.\r\n';
    for (const path of ['a.txt', 'a.md']) {
      const t = prepareText(doc, path);
      const got = t.sentences.map((s) => t.original.slice(s.span.start, s.span.end));
      assert.deepEqual(got, ['Grain prices rose 4 percent on Tuesday.', 'Traders blamed the drought.', 'Exports fell.']);
      for (const p of t.paragraphs) assert.ok(!/\r|\n/.test(t.original[p.end - 1]));
    }
  });

  it('treats a .txt dateline line as ordinary text', () => {
    const t = prepareText('date 2024-06-02\nThe bridge reopened on Sunday.\n', 'a.txt');
    assert.equal(t.plain, t.original);
    assert.deepEqual(paras(t.original, 'a.txt'), ['date 2024-06-02', 'The bridge reopened on Sunday.']);
  });
});

describe('text: paragraphs', () => {
  it('uses runs of non-blank lines in markdown and keeps hard-wrapped lines together', () => {
    const doc = '# Heading\nFirst line of a paragraph that\nwraps onto a second line.\n\nSecond paragraph.\n';
    assert.deepEqual(paras(doc, 'a.md').map(squash), ['Heading', 'First line of a paragraph that wraps onto a second line.', 'Second paragraph.']);
  });

  it('makes every line a paragraph in .txt wire copy without blank lines', () => {
    const long = 'The regional water board said on Thursday that reservoir levels had fallen to their lowest point in a decade.';
    const doc = `Drought Deepens Across the Valley\n${long}\nREAD: Earlier coverage of the dry spell\nFarmers said they would cut planting.\n`;
    assert.deepEqual(paras(doc, 'a.txt'), ['Drought Deepens Across the Valley', long, 'READ: Earlier coverage of the dry spell', 'Farmers said they would cut planting.']);
  });

  it('keeps blank-line paragraphs in a .txt file that uses them', () => {
    const doc = 'One sentence here. Another one.\n\nA second paragraph.\n';
    assert.deepEqual(paras(doc, 'a.txt'), ['One sentence here. Another one.', 'A second paragraph.']);
  });

  it('in hard-wrapped .txt without blank lines, ends paragraphs at sentence-ending lines only', () => {
    const doc = [
      'The harbour authority said on Friday that',
      'ferry crossings would resume next week after',
      'repairs to the main pier were finished.',
      'Fishing crews welcomed the news but warned',
      'that fuel costs remained high.',
    ].join('\n');
    assert.deepEqual(paras(doc, 'a.txt').map(squash), [
      'The harbour authority said on Friday that ferry crossings would resume next week after repairs to the main pier were finished.',
      'Fishing crews welcomed the news but warned that fuel costs remained high.',
    ]);
  });

  it('gives headings, setext headings and list items paragraphs of their own in markdown', () => {
    const doc = 'Intro line\n## Sub\nBody line.\nSetext\n---\n- item one\n- item two\n';
    assert.deepEqual(paras(doc, 'a.md').map(squash), ['Intro line', 'Sub', 'Body line.', 'Setext', 'item one', 'item two']);
  });

  it('findParagraphs defaults to plain-text rules', () => {
    assert.deepEqual(findParagraphs('a b\n\nc d'), [{ start: 0, end: 3 }, { start: 5, end: 8 }]);
  });
});

describe('text: LineIndex', () => {
  it('counts UTF-16 units, so an emoji is two characters', () => {
    const text = 'ab😀cd\nx😀\n';
    const index = new LineIndex(text);
    assert.deepEqual(index.positionAt(text.indexOf('c')), { line: 0, character: 4 });
    assert.deepEqual(index.positionAt(text.indexOf('x') + 3), { line: 1, character: 3 });
    assert.equal(index.offsetAt({ line: 1, character: 1 }), text.indexOf('x') + 1);
  });

  it('splits lines on \\n, \\r\\n and \\r and round-trips every offset', () => {
    const text = 'one\r\ntwo\rthree\nfour😀\r\n';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 5);
    assert.deepEqual(index.positionAt(text.indexOf('two')), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('three')), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('four')), { line: 3, character: 0 });
    assert.deepEqual(index.positionAt(text.length), { line: 4, character: 0 });
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\r' && text[o] === '\n') continue; // between \r and \n is not a position
      assert.equal(index.offsetAt(index.positionAt(o)), o, `offset ${o}`);
    }
  });

  it('clamps positions outside the text', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 6);
    assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
  });
});
