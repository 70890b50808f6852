import * as assert from 'node:assert/strict';
import type { ArticleAnalysis, Evidence, Finding, FindingKind, Quote, Span } from '../../../server/src/analysis/types';
import { attributionTarget, fixesFor, ignoreCommentEdit, quoteCorrection, type SpanEdit } from '../../../server/src/fixes';
import { caseFor, startsSentence } from '../../../server/src/fixes/words';
import { venueName } from '../../../server/src/fixes/attribution';

const spanOf = (text: string, words: string, from = 0): Span => {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `"${words}" not in text`);
  return { start, end: start + words.length };
};

function apply(text: string, edits: SpanEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

function finding(kind: FindingKind, text: string, words: string, against: Evidence[]): Finding {
  return { id: `${kind}:d:1`, kind, severity: 'warning', message: kind, path: 'draft.md', span: spanOf(text, words), text: words, against };
}

const ev = (label: string, text: string, span: Span = { start: 0, end: text.length }): Evidence => ({ label, path: `${label}.txt`, span, text });

describe('fixes: replacements', () => {
  it('a figure takes the source wording, cased for its place in the sentence', () => {
    const draft = 'Rescuers said nearly 900 sheep were stranded. About 900 sheep drowned.';
    const mid = fixesFor(finding('figure-conflict', draft, 'nearly 900 sheep', [ev('002', 'About 1,400 sheep')]), draft, { role: 'draft' });
    assert.equal(mid.length, 1);
    assert.equal(mid[0].title, 'Use source 002: about 1,400 sheep');
    assert.equal(mid[0].isPreferred, true);
    assert.equal(apply(draft, mid[0].edits), 'Rescuers said about 1,400 sheep were stranded. About 900 sheep drowned.');
    const start = fixesFor(finding('figure-conflict', draft, 'About 900 sheep', [ev('003', 'some 1,400 sheep')]), draft, { role: 'draft' });
    assert.equal(apply(draft, start[0].edits), 'Rescuers said nearly 900 sheep were stranded. Some 1,400 sheep drowned.');
  });

  it('sources that disagree with each other give one fix each, none preferred; the same wording is grouped', () => {
    const draft = 'The storm lasted 14 hours.';
    const f = finding('figure-conflict', draft, '14 hours', [ev('001', '11 hours'), ev('002', 'nine hours'), ev('004', '11 hours')]);
    const fixes = fixesFor(f, draft, { role: 'draft' });
    assert.deepEqual(fixes.map((x) => [x.title, x.isPreferred]), [['Use sources 001, 004: 11 hours', false], ['Use source 002: nine hours', false]]);
  });

  it('a time keeps the draft\'s preposition when the source gives a bare time; line breaks in the source become spaces', () => {
    const draft = 'Crews had the fire out by 6:40 p.m. on Sunday.';
    const f = finding('time-conflict', draft, 'by 6:40 p.m.', [ev('003', '5:40\np.m.'), ev('005', 'by 5:40 p.m.')]);
    const fixes = fixesFor(f, draft, { role: 'draft' });
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0].title, 'Use sources 003, 005: by 5:40 p.m.');
    assert.equal(apply(draft, fixes[0].edits), 'Crews had the fire out by 5:40 p.m. on Sunday.');
  });

  it('no replacement in a source (sources are evidence), nor when the text moved on', () => {
    const text = 'The storm lasted 14 hours.';
    const f = finding('figure-conflict', text, '14 hours', [ev('001', '11 hours')]);
    assert.deepEqual(fixesFor(f, text, { role: 'source' }), []);
    assert.deepEqual(fixesFor(f, text.replace('14', '15'), { role: 'draft' }), []);
  });

  it('an unsourced claim gets the [source needed] marker at the end of its sentence', () => {
    const draft = 'The harbour has 212 moorings. It is busy.';
    const fixes = fixesFor({ ...finding('unsourced-claim', draft, '212 moorings', []), severity: 'info' }, draft, { role: 'draft' });
    assert.equal(fixes[0].title, 'Insert [source needed] marker');
    assert.equal(apply(draft, fixes[0].edits), 'The harbour has 212 moorings [source needed]. It is busy.');
  });
});

describe('fixes: misquotes', () => {
  const draft = 'She said the crews "kept everyone calm and nobody was badly hurt in the rush," and left.';

  it('replaces exactly the differing words, anchored by agreeing words on both sides', () => {
    const c = quoteCorrection(draft, spanOf(draft, 'badly'), 'and nobody was seriously hurt in the');
    assert.deepEqual(c, { replacement: 'seriously', span: spanOf(draft, 'badly') });
  });

  it('handles words added or dropped on either side', () => {
    const added = 'He said "we will have power back by morning, but not everywhere."';
    // The source has an extra word: the draft's neighbours are marked, the source's words come in.
    const more = quoteCorrection(added, spanOf(added, 'by morning'), 'power back by early morning, but not');
    assert.equal(more && apply(added, [{ span: more.span, newText: more.replacement }]), 'He said "we will have power back by early morning, but not everywhere."');
    // The draft has an extra word: it goes, with one space.
    const extra = 'He said "we will have power back by early morning, but not everywhere."';
    const less = quoteCorrection(extra, spanOf(extra, 'early'), 'have power back by morning, but not everywhere');
    assert.equal(less && apply(extra, [{ span: less.span, newText: less.replacement }]), 'He said "we will have power back by morning, but not everywhere."');
  });

  it('a changed last word is anchored by both quotations ending there (when the source text says so)', () => {
    const text = 'Inspectors "found nothing that gave us cause for alarm".';
    const source = 'The inspectors “found nothing that gave us cause for concern,” she said.';
    const span = spanOf(source, 'us cause for concern');
    assert.equal(quoteCorrection(text, spanOf(text, 'alarm'), 'us cause for concern'), undefined, 'no fix without knowing the source quote ends there');
    const f = finding('quote-mismatch', text, 'alarm', [ev('001', 'us cause for concern', span)]);
    const fixes = fixesFor(f, text, { role: 'draft', textOf: () => source });
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0].title, 'Use source 001: “concern”');
    assert.equal(apply(text, fixes[0].edits), 'Inspectors "found nothing that gave us cause for concern".');
  });

  it('no fix when nothing anchors the other side\'s words', () => {
    assert.equal(quoteCorrection(draft, spanOf(draft, 'badly'), 'completely different words here'), undefined);
    assert.equal(quoteCorrection(draft, spanOf(draft, 'badly'), 'nobody was badly hurt'), undefined, 'same words: nothing to fix');
  });
});

describe('fixes: attribution', () => {
  function article(path: string, label: string, original: string, quotes: Quote[], people: { key: string; name: string }[]): ArticleAnalysis {
    return {
      path, label, role: label.startsWith('draft') ? 'draft' : 'source',
      text: { original, plain: original, paragraphs: [], sentences: [], frontMatter: {} },
      dateline: null, figures: [], times: [], quotes, people: people.map((p) => ({ ...p, mentions: [], roles: [] })), figureAnchors: [],
    };
  }
  function quote(text: string, words: string, speaker: { key: string; words: string; via: 'named' | 'pronoun' | 'role' } | null, venue?: string): Quote {
    const span = spanOf(text, words);
    return {
      kind: 'quote', span, text: words, pieces: [span], partial: false, sentence: 0,
      speaker: speaker ? { key: speaker.key, text: speaker.words, span: spanOf(text, speaker.words, span.end), via: speaker.via } : null,
      venue: venue ? { text: venue, span: spanOf(text, venue, span.end), words: venue.toLowerCase().split(/\s+/).filter((w) => w !== 'the'), type: 'outlet' } : null,
    };
  }
  const SRC = '"We expect the vessel towed clear on the evening tide," coastguard spokesman Tobias Wren said. "Nobody was hurt," Calloway told the Harbour Gazette.';
  const source = article('001.txt', '001', SRC, [
    quote(SRC, '"We expect the vessel towed clear on the evening tide,"', { key: 'tobias wren', words: 'Tobias Wren', via: 'named' }),
    quote(SRC, '"Nobody was hurt,"', { key: 'ines calloway', words: 'Calloway', via: 'named' }, 'the Harbour Gazette'),
  ], [{ key: 'tobias wren', name: 'Tobias Wren' }, { key: 'ines calloway', name: 'Ines Calloway' }]);

  it('replaces the speaker as the draft names them: surname for surname', () => {
    const D = 'Harbour master Ines Calloway spoke first. "We expect the vessel towed clear on the evening tide," Calloway said.';
    const draft = article('draft.md', 'draft', D, [quote(D, '"We expect the vessel towed clear on the evening tide,"', { key: 'ines calloway', words: 'Calloway', via: 'named' })], [{ key: 'ines calloway', name: 'Ines Calloway' }]);
    const f = finding('attribution-conflict', D, '"We expect the vessel towed clear on the evening tide,"', [ev('001', source.quotes[0].text, source.quotes[0].span)]);
    f.against[0].path = '001.txt';
    const target = attributionTarget(f, draft, (p) => (p === '001.txt' ? source : undefined));
    assert.ok(target);
    assert.equal(target.part, 'speaker');
    const fixes = fixesFor(f, D, { role: 'draft', attribution: target });
    assert.equal(fixes[0].title, 'Use source 001: credit Wren');
    assert.equal(apply(D, fixes[0].edits), 'Harbour master Ines Calloway spoke first. "We expect the vessel towed clear on the evening tide," Wren said.');
  });

  it('a pronoun becomes the full name when the draft has not named the person', () => {
    const D = '"We expect the vessel towed clear on the evening tide," he said.';
    const draft = article('draft.md', 'draft', D, [quote(D, '"We expect the vessel towed clear on the evening tide,"', { key: 'ines calloway', words: 'he', via: 'pronoun' })], [{ key: 'ines calloway', name: 'Ines Calloway' }]);
    const f = finding('attribution-conflict', D, '"We expect the vessel towed clear on the evening tide,"', [{ ...ev('001', source.quotes[0].text, source.quotes[0].span), path: '001.txt' }]);
    const target = attributionTarget(f, draft, () => source);
    assert.equal(target && apply(D, fixesFor(f, D, { role: 'draft', attribution: target })[0].edits), '"We expect the vessel towed clear on the evening tide," Tobias Wren said.');
  });

  it('the same speaker at a different venue: the venue\'s name is replaced', () => {
    const D = '"Nobody was hurt," Calloway told Radio Lellan.';
    const draft = article('draft.md', 'draft', D, [quote(D, '"Nobody was hurt,"', { key: 'ines calloway', words: 'Calloway', via: 'named' }, 'Radio Lellan')], [{ key: 'ines calloway', name: 'Ines Calloway' }]);
    const f = finding('attribution-conflict', D, '"Nobody was hurt," Calloway told Radio Lellan', [{ ...ev('001', SRC.slice(source.quotes[1].span.start, source.quotes[1].venue!.span.end), { start: source.quotes[1].span.start, end: source.quotes[1].venue!.span.end }), path: '001.txt' }]);
    const target = attributionTarget(f, draft, () => source);
    assert.equal(target?.part, 'venue');
    const fixes = fixesFor(f, D, { role: 'draft', attribution: target });
    assert.equal(fixes[0].title, 'Use source 001: the Harbour Gazette instead of Radio Lellan');
    assert.equal(apply(D, fixes[0].edits), '"Nobody was hurt," Calloway told the Harbour Gazette.');
  });

  it('uses the engine\'s own account when the finding carries one', () => {
    const D = '"Nobody was hurt," Calloway told Radio Lellan.';
    const draft = article('draft.md', 'draft', D, [], []);
    const f: Finding = {
      ...finding('attribution-conflict', D, '"Nobody was hurt," Calloway told Radio Lellan', [{ ...ev('001', 'x'), venue: 'Coast FM' }]),
      attribution: { part: 'venue', span: spanOf(D, 'Radio Lellan'), text: 'Radio Lellan' },
    };
    const target = attributionTarget(f, draft, () => undefined);
    assert.deepEqual(target?.others, [{ label: '001', text: 'Coast FM' }]);
  });

  it('venue names lose their lead-in words but keep "the"', () => {
    assert.equal(venueName('a post on Bluesky', 10)?.text, 'Bluesky');
    assert.deepEqual(venueName('a post on Bluesky', 10)?.span, { start: 20, end: 27 });
    assert.equal(venueName('the Harbour Gazette', 0)?.text, 'the Harbour Gazette');
    assert.equal(venueName('an interview with the BBC', 0)?.text, 'the BBC');
    assert.equal(venueName('a statement', 0), undefined);
  });
});

describe('fixes: words and ignore comments', () => {
  it('knows a sentence start, and cases only ordinary words', () => {
    const t = '# Head\n\nIt rained. "Some rain" fell at 9 a.m. Then more.';
    assert.equal(startsSentence(t, t.indexOf('It')), true);
    assert.equal(startsSentence(t, t.indexOf('Some')), true);
    assert.equal(startsSentence(t, t.indexOf('fell')), false);
    // After "a.m." a capital may or may not start a sentence: the words replaced decide.
    const u = 'It fell at 9 a.m. About 40 homes flooded, and about 40 more were shut.';
    assert.equal(caseFor(u, u.indexOf('About'), 'nearly 70 homes'), 'Nearly 70 homes');
    assert.equal(caseFor(u, u.indexOf('about 40'), 'Nearly 70'), 'nearly 70');
    assert.equal(caseFor(t, t.indexOf('fell'), 'About 40'), 'about 40');
    assert.equal(caseFor(t, t.indexOf('fell'), 'March 4'), 'March 4');
    assert.equal(caseFor(t, t.indexOf('It'), 'nearly 40'), 'Nearly 40');
  });

  it('puts the comment above the line with its indentation, or adds the kind to one already there', () => {
    const md = 'Intro.\n  > 4,100 homes lost power.\n';
    const e = ignoreCommentEdit(md, spanOf(md, '4,100 homes'), 'figure-conflict', true);
    assert.equal(apply(md, [e]), 'Intro.\n  > <!-- source-review-ignore-next-line figure-conflict -->\n  > 4,100 homes lost power.\n');
    const again = apply(md, [e]);
    const e2 = ignoreCommentEdit(again, spanOf(again, '4,100 homes'), 'unsourced-claim', true);
    assert.equal(apply(again, [e2]), 'Intro.\n  > <!-- source-review-ignore-next-line figure-conflict unsourced-claim -->\n  > 4,100 homes lost power.\n');
    const same = ignoreCommentEdit(again, spanOf(again, '4,100 homes'), 'figure-conflict', true);
    assert.equal(same.newText, '', 'already covered: nothing to add');
    const txt = 'Line one.\r\n4,100 homes lost power.\r\n';
    assert.equal(apply(txt, [ignoreCommentEdit(txt, spanOf(txt, '4,100'), 'time-conflict', false)]), 'Line one.\r\n[source-review: ignore-next-line time-conflict]\r\n4,100 homes lost power.\r\n');
  });
});
