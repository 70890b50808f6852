// The output formats, driven with hand-built reviews (independent of the engine).
import { strict as assert } from 'node:assert';
import type { Review } from '../../server/src/analysis/types';
import { LineIndex } from '../../server/src/report/positions';
import { toJsonReport, renderJson } from '../../server/src/report/json';
import { toSarif } from '../../server/src/report/sarif';
import { renderText } from '../../server/src/report/text';
import { disputes, escapeCell, renderReport } from '../../server/src/report/markdown';
import { article, emptyReview, evidence, finding, jsonReportValidator, sarifValidator, spanOf, textAtRange } from './helpers';

// A source with a BOM-less CRLF body and an emoji before the figure; a draft with bare \r breaks.
const sourceText = 'Harbour Tribune\r\n\r\nFerry 🚢 service stopped. 1,200 people were moved\r\nto the gym by 9 a.m.\r\n';
const draftText = 'Draft\r\rOfficials said 3,400 people were moved | to the gym.\nA “quoted\nline” here.';

function corpus() {
  const source = article('wire/001_tribune.txt', sourceText, 'source', '001');
  const other = article('wire/002_ledger.md', 'The Ledger says 1,250 people were moved.', 'source', '002');
  const draft = article('draft_ferry.md', draftText, 'draft', 'draft_ferry');
  const draftFinding = finding(draft, 'figure-conflict', 'warning', '3,400 people', [evidence(source, '1,200 people'), evidence(other, '1,250 people')]);
  const unsourced = finding(draft, 'unsourced-claim', 'info', '“quoted\nline”', []);
  // One conflict among sources, reported from both sides.
  const aSide = finding(source, 'figure-conflict', 'error', '1,200 people', [evidence(other, '1,250 people')]);
  const bSide = finding(other, 'figure-conflict', 'error', '1,250 people', [evidence(source, '1,200 people')]);
  const review: Review = {
    documents: [
      { path: source.path, label: '001', role: 'source', findings: [aSide], claims: [] },
      { path: other.path, label: '002', role: 'source', findings: [bSide], claims: [] },
      {
        path: draft.path, label: 'draft_ferry', role: 'draft', findings: [draftFinding, unsourced],
        claims: [{
          kind: 'figure', span: spanOf(draftText, '3,400 people'), text: '3,400 people', value: '3,400 people',
          comparisons: [
            { label: '001', path: source.path, relation: 'conflicts', span: spanOf(sourceText, '1,200 people'), text: '1,200 people', value: '1,200 people' },
            { label: '002', path: other.path, relation: 'conflicts', text: 'said | 1,250\npeople', value: '1,250 people' },
          ],
        }],
      },
    ],
    speakers: [{
      key: 'mara quist', name: 'Mara Quist', roles: ['harbour master', 'port | spokeswoman'], labels: ['001', 'draft_ferry'],
      quotes: [{ path: draft.path, label: 'draft_ferry', span: spanOf(draftText, '“quoted\nline”'), text: '“quoted\nline”', venue: 'Radio Nord' }],
    }],
  };
  return { source, other, draft, review, analyses: [source, other, draft] };
}

describe('cli: LineIndex', () => {
  it('counts lines at \\n, \\r\\n and \\r and characters in UTF-16 code units', () => {
    const text = 'a\r\nb😀c\rd\ne';
    const index = new LineIndex(text);
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('c')), { line: 1, character: 3 }); // the emoji is two code units
    assert.deepEqual(index.positionAt(text.indexOf('d')), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('e')), { line: 3, character: 0 });
    assert.deepEqual(index.positionAt(text.length + 5), { line: 3, character: 1 });
    assert.deepEqual(index.positionAt(-2), { line: 0, character: 0 });
  });

  it('agrees with a naive split on random text', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = ['a', ' ', '\n', '\r', '\r\n', '😀', 'é'];
    for (let round = 0; round < 50; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += alphabet[Math.floor(rnd() * alphabet.length)];
      const index = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a \r\n: no line of its own
        const before = text.slice(0, offset);
        const lines = before.split(/\r\n|\r|\n/);
        assert.deepEqual(index.positionAt(offset), { line: lines.length - 1, character: lines[lines.length - 1].length }, JSON.stringify(before));
      }
    }
  });
});

describe('cli: JSON renderer', () => {
  it('matches the documented shape and lists every document', () => {
    const { review, analyses } = corpus();
    const report = toJsonReport(review, analyses);
    const validate = jsonReportValidator();
    assert.ok(validate(report), JSON.stringify(validate.errors));
    const broken = JSON.parse(JSON.stringify(report)) as { documents: Array<{ findings: Array<{ range?: unknown }> }> };
    delete broken.documents[2].findings[0].range;
    assert.equal(validate(broken), false);
    assert.deepEqual(report.documents.map((d) => d.path), ['wire/001_tribune.txt', 'wire/002_ledger.md', 'draft_ferry.md']);
    const lonely = article('003_quiet.txt', 'Nothing to see.', 'source', '003');
    const withExtra = toJsonReport(emptyReview([]), [lonely]);
    assert.deepEqual(withExtra.documents, [{ path: '003_quiet.txt', label: '003', role: 'source', findings: [] }]);
    assert.ok(JSON.parse(renderJson(review, analyses)).version === 1);
  });

  it('gives exact LSP ranges across CRLF, bare CR and emoji', () => {
    const { review, analyses } = corpus();
    const report = toJsonReport(review, analyses);
    const draft = report.documents[2].findings[0];
    assert.deepEqual(draft.range, { start: { line: 2, character: 15 }, end: { line: 2, character: 27 } });
    assert.equal(textAtRange(draftText, draft.range), '3,400 people');
    const src = draft.against[0];
    assert.equal(src.label, '001');
    // "Ferry 🚢 service stopped. " is 26 code units: the ship is a surrogate pair.
    assert.deepEqual(src.range.start, { line: 2, character: 26 });
    assert.equal(textAtRange(sourceText, src.range), '1,200 people');
    const multi = report.documents[2].findings[1];
    assert.deepEqual(multi.range, { start: { line: 3, character: 2 }, end: { line: 4, character: 5 } });
    assert.equal(textAtRange(draftText, multi.range), '“quoted\nline”');
    assert.equal(textAtRange(draftText, report.speakers[0].quotes[0].range), '“quoted\nline”');
  });
});

describe('cli: SARIF renderer', () => {
  it('is valid SARIF 2.1.0 with a rule per kind and 1-based UTF-16 regions', () => {
    const { review, analyses } = corpus();
    const log = toSarif(review, analyses, { version: '9.8.7', srcRoot: '/tmp/news room' });
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
    const run = log.runs[0];
    const driver = run.tool.driver as { name: string; version: string; rules: Array<{ id: string; helpUri: string }> };
    assert.equal(driver.name, 'Source Review');
    assert.equal(driver.version, '9.8.7');
    assert.deepEqual(driver.rules.map((r) => r.id), ['figure-conflict', 'time-conflict', 'quote-mismatch', 'attribution-conflict', 'unsourced-claim']);
    assert.equal(driver.rules[0].helpUri, 'https://github.com/source-review/source-review#figure-conflict');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///tmp/news%20room/');
    assert.equal(run.results.length, 4);
    const draft = run.results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'draft_ferry.md' && r.ruleId === 'figure-conflict');
    assert.ok(draft);
    assert.equal(draft.ruleIndex, 0);
    assert.equal(draft.level, 'warning');
    assert.deepEqual(draft.locations[0].physicalLocation.region, { startLine: 3, startColumn: 16, endLine: 3, endColumn: 28, snippet: { text: '3,400 people' } });
    assert.equal(draft.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.equal(draft.relatedLocations?.length, 2);
    assert.equal(draft.relatedLocations?.[0].physicalLocation.artifactLocation.uri, 'wire/001_tribune.txt');
    assert.equal(draft.relatedLocations?.[0].physicalLocation.region.startColumn, 27);
    assert.equal(draft.relatedLocations?.[0].message?.text, '001: “1,200 people”');
    assert.deepEqual(draft.partialFingerprints, { 'sourceReview/v1': review.documents[2].findings[0].id });
    const info = run.results.find((r) => r.ruleId === 'unsourced-claim');
    assert.equal(info?.level, 'note');
    assert.equal(info?.ruleIndex, 4);
    assert.equal(info?.relatedLocations, undefined);
    // The validator does reject a broken log.
    const broken = JSON.parse(JSON.stringify(log)) as { runs: Array<{ results: Array<{ level: string }> }> };
    broken.runs[0].results[0].level = 'severe';
    assert.equal(validate(broken), false);
  });

  it('stays valid with no findings and percent-encodes paths', () => {
    const odd = article('my notes/001 #1.txt', 'text', 'source', '001');
    const log = toSarif(emptyReview([odd]), [odd], { version: '0.0.0' });
    assert.ok(sarifValidator()(log));
    const withFinding = toSarif({ documents: [{ path: odd.path, label: '001', role: 'source', findings: [finding(odd, 'quote-mismatch', 'hint', 'text', [])], claims: [] }], speakers: [] }, [odd], { version: '0.0.0' });
    assert.equal(withFinding.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20notes/001%20%231.txt');
    assert.equal(withFinding.runs[0].results[0].level, 'note');
  });
});

describe('cli: text renderer', () => {
  it('prints path:line:col: severity kind: message with evidence and a summary', () => {
    const { review, analyses } = corpus();
    const lines = renderText(review, analyses).split('\n');
    assert.ok(lines.includes('draft_ferry.md:3:16: warning figure-conflict: figure-conflict here'), lines.join('\n'));
    assert.ok(lines.includes('  ↳ 001 wire/001_tribune.txt:3:27 “1,200 people”'));
    assert.ok(lines.includes('  ↳ 002 wire/002_ledger.md:1:17 “1,250 people”'));
    assert.ok(lines.includes('draft_ferry.md:4:3: info unsourced-claim: unsourced-claim here'));
    assert.equal(lines.filter((l) => l !== '').at(-1), '4 findings in 3 articles (1 draft, 2 sources)');
    assert.ok(!/\x1b\[/.test(lines.join('\n')));
  });

  it('colours only when asked and keeps the summary for an empty review', () => {
    const { review, analyses } = corpus();
    assert.ok(/\x1b\[33mwarning\x1b\[0m/.test(renderText(review, analyses, { color: true })));
    const one = article('001_a.txt', 'x', 'source', '001');
    assert.equal(renderText(emptyReview([one]), [one]), '0 findings in 1 article (0 drafts, 1 source)\n');
  });
});

describe('cli: Markdown report', () => {
  it('escapes pipes and line breaks in table cells', () => {
    assert.equal(escapeCell('a | b\nc\r\nd'), 'a \\| b<br>c<br>d');
    assert.equal(escapeCell('x\\|y'), 'x\\\\\\|y');
    assert.equal(escapeCell('<script>'), '&lt;script>');
    assert.equal(escapeCell('  '), '—');
  });

  it('tables every version of a disputed claim and keeps a two-sided source conflict once', () => {
    const { review, analyses } = corpus();
    const md = renderReport(review, analyses);
    assert.ok(md.startsWith('# Source Review: conflict report\n'));
    assert.ok(md.includes('| figure-conflict | 1 | 1 |'), md);
    assert.ok(md.includes('| unsourced-claim | 1 | 0 |'));
    assert.equal(disputes(review).length, 3);
    assert.equal((md.match(/^### /gm) ?? []).length, 3);
    // From the claim view: value column and the escaped wording of 002.
    assert.ok(md.includes('| draft_ferry (draft) | 3,400 people | 3,400 people | this claim |'));
    assert.ok(md.includes('| 002 | said \\| 1,250<br>people | 1,250 people | conflicts |'));
    // From finding.against when there is no claim view (the source conflict).
    assert.ok(md.includes('| 002 | 1,250 people | — | conflicts |'));
    // Every row of the four-column tables has exactly five unescaped pipes.
    for (const line of md.slice(md.indexOf('## Disputed claims')).split('\n').filter((l) => l.startsWith('|'))) {
      assert.equal(line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1, 5, line);
    }
    assert.ok(md.includes('## Speakers'));
    assert.ok(md.includes('| Mara Quist | harbour master; port \\| spokeswoman | 001, draft_ferry | draft_ferry: “quoted line” (Radio Nord) |'), md);
  });

  it('says so when nothing is disputed', () => {
    const one = article('001_a.txt', 'x', 'source', '001');
    const md = renderReport(emptyReview([one]), [one], { title: 'Desk check' });
    assert.ok(md.startsWith('# Desk check'));
    assert.ok(md.includes('No disputed claims.'));
    assert.ok(md.includes('No speakers found.'));
  });
});
