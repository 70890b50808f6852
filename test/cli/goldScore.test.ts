// The gold-set scorer on a corpus written here: which reported findings match, which are false
// alarms, which gold findings are missed, and LSP positions counted the way the CLI counts them.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JsonReport, scoreSet } from './goldScore';
import { tempDir, writeTree } from './helpers';

const SOURCE = 'Crews cleared 41 trees by noon.\r\nThe mayor spoke at 3 p.m.\r\n';
const DRAFT = 'Crews cleared 14 trees 🌲 by noon.\nThe council said “all roads are open.”\n';

function report(findings: { file: string; kind: string; line: number; from: number; to: number; against?: string[] }[]): JsonReport {
  const docs = new Map<string, { path: string; findings: NonNullable<NonNullable<JsonReport['documents']>[number]['findings']> }>();
  for (const f of findings) {
    const doc = docs.get(f.file) ?? { path: `/somewhere/${f.file}`, findings: [] };
    doc.findings.push({ kind: f.kind, range: { start: { line: f.line, character: f.from }, end: { line: f.line, character: f.to } }, against: (f.against ?? []).map((label) => ({ label })) });
    docs.set(f.file, doc);
  }
  return { documents: [...docs.values()] };
}

describe('gold-set scorer', () => {
  let dir = '';
  beforeEach(() => {
    dir = tempDir('gold-score-');
    writeTree(dir, {
      '000_source.txt': SOURCE,
      'draft_story.md': DRAFT,
      'gold.json': JSON.stringify({
        findings: [
          { file: 'draft_story.md', quote: '14 trees', kind: 'figure-conflict', against: ['000'] },
          { file: 'draft_story.md', quote: '“all roads are open.”', kind: 'unsourced-claim', against: [] },
        ],
        clean: [{ file: '000_source.txt', quote: 'at 3 p.m.' }, { file: 'draft_story.md', quote: 'by noon' }],
      }),
    });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('matches a finding of the right kind, place and source, and counts the rest as false alarms', () => {
    const score = scoreSet(dir, report([
      { file: 'draft_story.md', kind: 'figure-conflict', line: 0, from: 14, to: 16, against: ['000'] },
      { file: 'draft_story.md', kind: 'figure-conflict', line: 0, from: 14, to: 16, against: ['003'] },
    ]));
    assert.equal(score.matched, 1);
    assert.equal(score.falseAlarms.length, 1, 'the same words against another source are not the gold finding');
    assert.deepEqual(score.missed.map((g) => g.kind), ['unsourced-claim']);
    assert.equal(score.precision, 0.5);
    assert.equal(score.recall, 0.5);
  });

  it('does not match a finding of another kind, nor one beside the gold words', () => {
    const score = scoreSet(dir, report([
      { file: 'draft_story.md', kind: 'time-conflict', line: 0, from: 14, to: 16, against: ['000'] },
      { file: 'draft_story.md', kind: 'figure-conflict', line: 0, from: 0, to: 5, against: ['000'] },
    ]));
    assert.equal(score.matched, 0);
    assert.equal(score.falseAlarms.length, 2);
  });

  it('reads positions after CRLF line ends and an emoji as UTF-16 code units', () => {
    // Line 1 of the source, after a \r\n: "at 3 p.m." starts at character 16.
    const sourceScore = scoreSet(dir, report([{ file: '000_source.txt', kind: 'time-conflict', line: 1, from: 16, to: 25, against: ['001'] }]));
    assert.equal(sourceScore.falseAlarms[0].text, 'at 3 p.m.');
    assert.equal(sourceScore.cleanFlagged, 1);
    // The tree emoji is two code units: "by noon" starts at character 26, not 25.
    const draftScore = scoreSet(dir, report([{ file: 'draft_story.md', kind: 'unsourced-claim', line: 0, from: 26, to: 33 }]));
    assert.equal(draftScore.falseAlarms[0].text, 'by noon');
    assert.deepEqual(draftScore.cleanViolations.map((c) => c.quote), ['by noon']);
  });

  it('matches an unsourced claim without sources, each report to one gold finding only', () => {
    const score = scoreSet(dir, report([
      { file: 'draft_story.md', kind: 'unsourced-claim', line: 1, from: 17, to: 38 },
      { file: 'draft_story.md', kind: 'unsourced-claim', line: 1, from: 17, to: 38 },
    ]));
    assert.equal(score.matched, 1);
    assert.equal(score.falseAlarms.length, 1);
    assert.equal(score.cleanFlagged, 0);
  });

  it('ignores files the folder does not hold', () => {
    const score = scoreSet(dir, report([{ file: 'elsewhere.txt', kind: 'figure-conflict', line: 0, from: 0, to: 3, against: ['000'] }]));
    assert.equal(score.predicted, 0);
    assert.equal(path.basename(dir), score.set);
  });
});
