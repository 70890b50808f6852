// The incremental analysis (paragraph-local results remembered between analyses of an edited
// article) must give exactly what a fresh analyzeArticle gives, after any edit. Random edits of
// several articles — typing, deleting, pasting claims, splitting, joining and moving paragraphs —
// are compared field by field, and the memo must actually have been used.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../../server/src/analysis';
import { IncrementalAnalyzer } from '../../../server/src/analysis/incremental';
import { LocalMemo, local, moved, withMemo } from '../../../server/src/analysis/local';
import { prepareText } from '../../../server/src/analysis/text';
import { movedSentences } from '../../../server/src/analysis/sentences';
import { movedTokens, sentenceTokensOf, shiftTokens, tokenize } from '../../../server/src/analysis/claims/people/tokens';
import { seeded as rng } from '../robustness/arbitraries';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Articles to edit: the bundled samples, the fixture corpus, and two written here. */
function articles(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const dir of ['samples', 'test/fixtures/corpora/dales-derailment']) {
    const full = path.join(ROOT, dir);
    if (!fs.existsSync(full)) continue;
    for (const f of fs.readdirSync(full).filter((x) => /\.(txt|md)$/.test(x)).sort()) {
      out.push({ path: path.join(full, f), text: fs.readFileSync(path.join(full, f), 'utf8') });
    }
  }
  out.push({
    path: '/desk/draft_harbour_fire.md',
    text: [
      '---', 'title: Harbour fire', 'draft: true', '---', '', '# Fire closes Kestrel harbour', '',
      'KESTREL, March 4 (Tidewater Post) - About 240 people left the quay at 6:40 a.m. local time on Tuesday.', '',
      '- Crews: 35 engines', '- Injured: two firefighters', '',
      '“We had the wind against us all morning,” harbour master Lena Okafor told reporters.', '',
      '```', '9,999 rows of log output', '```', '',
      'Okafor said the fire began near berth 12, more than 3 hours before the tide turned.', '',
    ].join('\n'),
  });
  out.push({
    path: '/desk/004_coastline_radio.txt',
    text: [
      'Coastline Radio — Kestrel harbour fire',
      'Nearly 250 people were moved from the quay early on Tuesday, fire officer Tom Reyes said.',
      'The blaze started at 6:15 a.m. and was out by 11 a.m., he told the station.',
      '"It was the worst fire on the quay in 20 years," said Lena Okafor, the harbour master.',
      'Damage was put at $4.5 million.',
    ].join('\n'),
  });
  return out;
}

const CHARS = ['a', 'e', 'T', '7', '0', ' ', ' ', '.', ',', '\n', '“', '”', '"', '’', '-', '%', '$'];
const PHRASES = [
  ' about 3,400 people', ' at 9:15 a.m. ET', ', Mayor Ana Ruiz said.', '\n\n', ' nearly 52,000 riders', '\n',
  ' “We will rebuild,” she said.', ' on March 12', ' more than two dozen crews', '# Update\n\n', ' Ruiz ', '.',
];

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const op = r();
  if (op < 0.35) return text.slice(0, at) + CHARS[Math.floor(r() * CHARS.length)] + text.slice(at);
  if (op < 0.55) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * (r() < 0.8 ? 2 : 40)));
  if (op < 0.8) return text.slice(0, at) + PHRASES[Math.floor(r() * PHRASES.length)] + text.slice(at);
  // Move a paragraph: cut it and paste it elsewhere.
  const paragraphs = text.split('\n\n');
  if (paragraphs.length < 2) return text;
  const [moved] = paragraphs.splice(Math.floor(r() * paragraphs.length), 1);
  paragraphs.splice(Math.floor(r() * (paragraphs.length + 1)), 0, moved);
  return paragraphs.join('\n\n');
}

describe('incremental analysis', () => {
  it('gives exactly what a fresh analysis gives after every random edit', function () {
    this.timeout(120000);
    const all = articles();
    assert.ok(all.length >= 4);
    const analyzer = new IncrementalAnalyzer();
    let hits = 0;
    let edits = 0;
    all.forEach((article, n) => {
      const r = rng(1000 + n);
      let text = article.text;
      for (let step = 0; step < 60; step++) {
        text = edit(text, r);
        const input = { path: article.path, text };
        const incremental = analyzer.analyze(input);
        hits += analyzer.stats(article.path)?.hits ?? 0;
        edits++;
        assert.deepStrictEqual(incremental, analyzeArticle(input), `${path.basename(article.path)}, edit ${step} (seed ${1000 + n})`);
      }
    });
    assert.ok(hits > edits * 5, `the memo was hardly used: ${hits} hits over ${edits} edits`);
  });

  it('an edit re-reads only the paragraph it touched', () => {
    const analyzer = new IncrementalAnalyzer();
    const paragraphs = Array.from({ length: 20 }, (_, i) => `Crew ${i + 1} counted ${100 + i} boats at ${(i % 11) + 1} a.m. on Monday, officials said.`);
    const path1 = '/desk/draft_boats.md';
    analyzer.analyze({ path: path1, text: paragraphs.join('\n\n') });
    assert.ok(analyzer.stats(path1)!.misses >= 20 * 3);
    paragraphs[7] = paragraphs[7].replace('107 boats', '170 boats');
    const edited = analyzer.analyze({ path: path1, text: paragraphs.join('\n\n') });
    const second = analyzer.stats(path1)!;
    // One paragraph's sentences, tokens, figures and its people's three passes are read again; its
    // times are scanned again, and those of the neighbours whose scan reaches it (64 characters
    // before a paragraph, 128 after: here the one after and the two before). The other paragraphs
    // are moved into place.
    assert.ok(second.misses > 0 && second.misses <= 6 + 4, `misses ${second.misses}`);
    assert.ok(second.hits >= 19 * 3, `hits ${second.hits}`);
    assert.ok(edited.figures.some((f) => f.value === 170));
    assert.deepStrictEqual(edited, analyzeArticle({ path: path1, text: paragraphs.join('\n\n') }));
  });

  it('a sentence left alone is read again when the evidence or the names from other paragraphs change', () => {
    // People read beyond their sentence: a surname used as a subject elsewhere is evidence for a
    // name, and a name found elsewhere makes a lone surname here a mention. Each step edits only
    // the last paragraph; the first three are never touched.
    const analyzer = new IncrementalAnalyzer();
    const file = '/desk/draft_quay.md';
    const head = [
      'A visit by Kestrel Okafor on Monday lasted an hour.',
      'Reyes said the quay stays shut.',
      'The tide turned early on Monday.',
    ];
    const steps = [
      'Nothing else happened on the quay.',
      'Okafor identified the boat on the quay.', // "okafor" becomes a subject: Kestrel Okafor is a person
      'Nothing else happened on the quay.',
      'Fire officer Tom Reyes arrived at noon.', // a name: "Reyes" in the second paragraph is a mention
      'Nothing else happened on the quay.',
    ];
    const found: string[][] = [];
    for (const last of steps) {
      const input = { path: file, text: [...head, last].join('\n\n') };
      const incremental = analyzer.analyze(input);
      assert.deepStrictEqual(incremental, analyzeArticle(input), last);
      found.push(incremental.people.map((p) => `${p.key}:${p.mentions.length}`));
    }
    // The steps do what they are for, so the equality above tests the keys of the people's passes.
    assert.ok(!found[0].some((p) => p.startsWith('kestrel okafor')) && found[1].some((p) => p.startsWith('kestrel okafor')), found.join(' / '));
    assert.ok(!found[2].some((p) => p.startsWith('kestrel okafor')), found.join(' / '));
    assert.ok(found[3].includes('tom reyes:2') && !found[4].some((p) => p.startsWith('tom reyes')), found.join(' / '));
    assert.ok(analyzer.stats(file)!.hits > 0);
  });

  it('the tokens\' and sentences\' own movers move exactly as moved() does', () => {
    // Key order too (JSON text): KeyWriter and SameKey walk records in key order.
    let checked = 0;
    for (const article of articles()) {
      const t = prepareText(article.text, article.path);
      for (const shift of [{ offset: 0, sentence: 0, paragraph: 0 }, { offset: 17, sentence: 3, paragraph: 2 }, { offset: -5, sentence: -1, paragraph: -1 }]) {
        assert.equal(JSON.stringify(movedSentences(t.sentences, shift)), JSON.stringify(moved(t.sentences, shift)));
        t.sentences.forEach((sentence, i) => {
          const tokens = sentenceTokensOf(t.plain, sentence, i);
          assert.equal(JSON.stringify(movedTokens(tokens, shift)), JSON.stringify(moved(tokens, shift)));
          checked += tokens.length;
        });
      }
    }
    assert.ok(checked > 1000);
  });

  it('moves a later sentence\'s remembered tokens in place, once per analysis, never shared between articles', () => {
    // Every sentence's tokens as the memo hands them out, and as a fresh tokenizer makes them.
    const tokensOf = (memo: LocalMemo, text: string) => {
      const t = prepareText(text, '/desk/draft.md');
      memo.begin();
      return withMemo(memo, () => t.sentences.map((s, i) => ({ got: sentenceTokensOf(t.plain, s, i), fresh: tokenize(t.plain, s.span.start, s.span.end) })));
    };
    const body = 'Ana Ruiz said 40 crews came. The harbour closed at noon. Ana Ruiz said 40 crews came.';
    const a = new LocalMemo();
    const b = new LocalMemo();
    const before = tokensOf(a, body);
    // A second article of the same text, read right after: it must get arrays of its own.
    tokensOf(b, body);
    const after = tokensOf(a, 'Update: ' + body);
    for (const { got, fresh } of after) assert.deepStrictEqual(got, fresh);
    // The sentence after the edit keeps its array (moved where it is, not copied)...
    assert.equal(after[after.length - 2].got, before[before.length - 2].got);
    // ...and two sentences of the same text never share one.
    assert.notEqual(after[after.length - 1].got, after[after.length - 3].got);
    // Moving the first article's arrays left the second's where they were.
    for (const { got, fresh } of tokensOf(b, body)) assert.deepStrictEqual(got, fresh);
    // shiftTokens moves as movedTokens does.
    const moving = tokenize(body, 0, body.length);
    const copy = movedTokens(moving, { offset: 9, sentence: 1, paragraph: 0 });
    shiftTokens(moving, { offset: 9, sentence: 1, paragraph: 0 });
    assert.deepStrictEqual(moving, copy);
  });

  it('articles analysed without remembering keep no memo', () => {
    const analyzer = new IncrementalAnalyzer();
    analyzer.analyze({ path: '/a/001_x.txt', text: 'About 12 people left.' }, false);
    assert.equal(analyzer.stats('/a/001_x.txt'), undefined);
    analyzer.analyze({ path: '/a/draft.md', text: 'About 12 people left.' });
    assert.ok(analyzer.stats('/a/draft.md'));
    analyzer.forget('/a/draft.md');
    assert.equal(analyzer.stats('/a/draft.md'), undefined);
  });

  it('moves offsets and indexes of a remembered result, and copies it', () => {
    const memo = new LocalMemo();
    const compute = () => [{ span: { start: 10, end: 14 }, sentence: 2, paragraph: 1, value: 5, after: 14, words: ['x'] }];
    const first = 'pad key';
    memo.begin();
    const a = withMemo(memo, () => local('t', first, { start: 4, end: 7 }, { sentence: 2, paragraph: 1 }, compute));
    a[0].words.push('mutated later');
    memo.begin();
    const second = 'pad pad pad pad key';
    const b = withMemo(memo, () => local('t', second, { start: 16, end: 19 }, { sentence: 5, paragraph: 3 }, () => assert.fail('not remembered')));
    assert.deepStrictEqual(b, [{ span: { start: 22, end: 26 }, sentence: 5, paragraph: 3, value: 5, after: 26, words: ['x'] }]);
    assert.equal(local('t', 'key', { start: 0, end: 3 }, { sentence: 0, paragraph: 0 }, () => 'no memo outside withMemo'), 'no memo outside withMemo');
  });
});
