// Diagnostics, hovers and request answers from a hand-built review snapshot (no engine involved):
// shapes, UTF-16 positions, links, escaping.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, ArticleRole, ClaimView, DocumentReview, Finding, Review } from '../../server/src/analysis/types';
import { diagnosticsFor, PublishedDiagnostics } from '../../server/src/diagnostics';
import { hoverAt } from '../../server/src/hover';
import type { Hover } from 'vscode-languageserver';
import * as requests from '../../server/src/requests';
import { rangeIn, ReviewSnapshot, type ArticleEntry } from '../../server/src/snapshot';

// An astral character (2 UTF-16 units) before the figure checks that positions count UTF-16 units.
const DRAFT = 'Storm update 🌧️\n3,400 homes | lost power at 9 a.m. ET, Mayor Ines Calloway said.\n';
const SOURCE = 'DRAYTON, Ont. (Lakeshore Post) - A storm hit.\n\n2,900 homes lost power at 9 a.m. ET.\n“We are working through the night,” Calloway said.\n';
const at = (text: string, needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

function analysis(path: string, label: string, role: ArticleRole, text: string): ArticleAnalysis {
  return {
    path, label, role, dateline: null, figures: [], times: [], quotes: [], people: [], figureAnchors: [],
    text: { original: text, plain: text, paragraphs: [], sentences: [], frontMatter: {} },
  };
}

function snapshot(): ReviewSnapshot {
  const draft = analysis('/news/draft_storm.md', 'draft_storm', 'draft', DRAFT);
  draft.people.push({ key: 'ines calloway', name: 'Ines Calloway', mentions: [at(DRAFT, 'Ines Calloway')], roles: ['mayor'] });
  const source = analysis('/news/004_lakeshore.txt', '004', 'source', SOURCE);
  const finding: Finding = {
    id: 'f1', kind: 'figure-conflict', severity: 'warning', message: '3,400 homes conflicts with source 004 (2,900 homes).',
    path: draft.path, span: at(DRAFT, '3,400 homes'), text: '3,400 homes',
    against: [{ label: '004', path: source.path, span: at(SOURCE, '2,900 homes'), text: '2,900 homes' }],
  };
  const figure: ClaimView = {
    kind: 'figure', span: at(DRAFT, '3,400 homes'), text: '3,400 homes | lost', value: '3,400 homes',
    comparisons: [
      { label: '004', path: source.path, relation: 'conflicts', span: at(SOURCE, '2,900 homes'), text: '2,900 homes', value: '2,900 homes' },
      { label: '005', path: '/news/005_other.txt', relation: 'not-mentioned' },
    ],
  };
  const time: ClaimView = {
    kind: 'time', span: at(DRAFT, '9 a.m. ET'), text: '9 a.m. ET', value: '13:00 UTC',
    comparisons: [{ label: '004', path: source.path, relation: 'agrees', span: at(SOURCE, '9 a.m. ET'), text: '9 a.m. ET', value: '13:00 UTC' }],
  };
  const docs: DocumentReview[] = [
    { path: draft.path, label: draft.label, role: 'draft', findings: [finding], claims: [figure, time] },
    { path: source.path, label: '004', role: 'source', findings: [], claims: [] },
  ];
  const review: Review = {
    documents: docs,
    speakers: [{ key: 'ines calloway', name: 'Ines Calloway', roles: ['mayor'], labels: ['004', 'draft_storm'],
      quotes: [{ path: source.path, label: '004', span: at(SOURCE, '“We are working through the night,”'), text: 'We are working through the night,', venue: null }] }],
  };
  const entry = (a: ArticleAnalysis, uri: string, version: number | null): ArticleEntry => ({
    path: a.path, uri, text: a.text.original, version, analysis: a, lines: TextDocument.create(uri, 'plaintext', 0, a.text.original),
  });
  return new ReviewSnapshot(review, new Map([
    [draft.path, entry(draft, 'file:///news/draft_storm.md', 3)],
    [source.path, entry(source, 'file:///news/004_lakeshore.txt', null)],
  ]));
}

/** The Markdown of a hover, failing when there is none. */
function markdownOf(h: Hover | null): string {
  assert.ok(h, 'no hover');
  const c = h.contents;
  assert.ok(typeof c === 'object' && !Array.isArray(c) && 'kind' in c && c.kind === 'markdown', 'not Markdown');
  return c.value;
}

describe('lsp: diagnostics and hovers from a review', () => {
  it('turns a finding into a diagnostic with code, docs link, severity and related information', () => {
    const [d, ...rest] = diagnosticsFor(snapshot(), '/news/draft_storm.md');
    assert.equal(rest.length, 0);
    assert.equal(d.source, 'Source Review');
    assert.equal(d.code, 'figure-conflict');
    assert.equal(d.codeDescription?.href, 'https://github.com/source-review/source-review#figure-conflict');
    assert.equal(d.severity, 2);
    assert.deepEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } });
    assert.deepEqual(d.relatedInformation, [{
      location: { uri: 'file:///news/004_lakeshore.txt', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 11 } } },
      message: '004: “2,900 homes”',
    }]);
    assert.deepEqual(diagnosticsFor(snapshot(), '/news/elsewhere.txt'), []);
  });

  it('positions count UTF-16 code units', () => {
    const snap = snapshot();
    const offset = DRAFT.indexOf('🌧️') + 2; // inside the surrogate pair's end
    assert.deepEqual(rangeIn(snap, '/news/draft_storm.md', { start: offset, end: offset }).start, { line: 0, character: 15 });
  });

  it('republishes only when diagnostics or the version change', () => {
    const p = new PublishedDiagnostics();
    const ds = diagnosticsFor(snapshot(), '/news/draft_storm.md');
    assert.equal(p.changed('u', ds, 1), true);
    assert.equal(p.changed('u', ds, 1), false);
    assert.equal(p.changed('u', ds, 2), true);
    assert.equal(p.changed('u', [], 2), true);
    p.forget('u');
    assert.equal(p.changed('u', [], 2), true);
  });

  it('hover on a conflicting figure: a table, one linked row per other article, pipes escaped', () => {
    const snap = snapshot();
    const h = hoverAt(snap, 'file:///news/draft_storm.md', DRAFT.indexOf('3,400') + 2);
    const md = markdownOf(h);
    assert.match(md, /\| Source \| Wording \| Value \| Relation \|\n\| --- \| --- \| --- \| --- \|/);
    assert.match(md, /\[004\]\(file:\/\/\/news\/004_lakeshore\.txt#L3,1-L3,12\) \| “2,900 homes” \| 2,900 homes \| .*conflicts/);
    assert.match(md, /\[005\]\(\/news\/005_other\.txt\) \| — \| — \| not mentioned/);
    assert.match(md, /3,400 homes \\\| lost/, 'a pipe in the wording must not split the cell');
    assert.match(md, /conflicts with 004/);
    assert.deepEqual(h?.range?.start, { line: 1, character: 0 });
  });

  it('hover on an agreeing claim and on a speaker name; nothing elsewhere', () => {
    const snap = snapshot();
    const time = hoverAt(snap, 'file:///news/draft_storm.md', DRAFT.indexOf('9 a.m.'));
    assert.match(markdownOf(time), /agrees/);
    const who = hoverAt(snap, 'file:///news/draft_storm.md', DRAFT.indexOf('Calloway'));
    assert.match(markdownOf(who), /\*\*Ines Calloway\*\* — mayor/);
    assert.match(markdownOf(who), /\| Source \| Wording \| Value \| Relation \|/);
    assert.match(markdownOf(who), /\| draft\\_storm \(this\) \| Ines Calloway \| Ines Calloway, mayor \| named \|/);
    assert.match(markdownOf(who), /\[004\]\(file:\/\/\/news\/004_lakeshore\.txt#L4,1-L4,36\) \| “We are working through the night,” \| Ines Calloway \| quoted \|/);
    assert.equal(hoverAt(snap, 'file:///news/draft_storm.md', DRAFT.indexOf('Storm')), null);
    assert.equal(hoverAt(snap, 'file:///other.md', 0), null);
  });

  it('requests: speakers grouped by source, claims with ranges, a per-article report', () => {
    const snap = snapshot();
    const s = requests.speakers(snap);
    assert.equal(s.length, 1);
    assert.deepEqual(s[0].roles, ['mayor']);
    assert.deepEqual(s[0].sources.map((x) => x.label), ['004', 'draft_storm']);
    assert.equal(s[0].sources[0].quotes[0].range.start.line, 3);
    assert.equal(s[0].sources[1].uri, 'file:///news/draft_storm.md');
    const c = requests.claims(snap, 'file:///news/draft_storm.md');
    assert.equal(c.role, 'draft');
    assert.equal(c.claims.length, 2);
    assert.deepEqual(c.claims[0].comparisons[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 11 } });
    assert.equal(c.claims[0].comparisons[1].range, undefined);
    assert.equal(c.findings[0].against[0].uri, 'file:///news/004_lakeshore.txt');
    const all = requests.report(snap, undefined).markdown;
    assert.match(all, /figure-conflict/);
    assert.match(all, /3,400/);
    const one = requests.report(snap, 'file:///news/004_lakeshore.txt').markdown;
    assert.doesNotMatch(one, /3,400/);
  });
});
