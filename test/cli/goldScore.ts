// Scores the CLI's JSON report of a folder against the folder's gold.json answer key (the format of
// docs/SAMPLES.md). A reported finding matches a gold finding when it is in the same file, its range
// overlaps the gold words, the kind is the same and, for a conflict, one of the sources it names is
// among the gold finding's `against`. Each reported finding matches one gold finding at most.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface GoldFinding { file: string; quote: string; kind: string; against?: string[]; note?: string }
export interface GoldClean { file: string; quote: string }
export interface Gold { event?: string; findings: GoldFinding[]; clean?: GoldClean[] }

interface Position { line: number; character: number }
interface ReportedFinding { kind: string; message?: string; range: { start: Position; end: Position }; against?: { label: string }[] }
export interface JsonReport { documents?: { path: string; findings?: ReportedFinding[] }[] }

export interface Reported { file: string; start: number; end: number; kind: string; against: string[]; text: string; message: string }

export interface SetScore {
  set: string;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  clean: number;
  cleanFlagged: number;
  missed: GoldFinding[];
  falseAlarms: Reported[];
  cleanViolations: GoldClean[];
}

/** Where each line starts, lines ending at \n, \r\n or \r (as LSP counts them). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

const offsetOf = (starts: number[], p: Position) => (starts[p.line] ?? Infinity) + p.character;

export function readGold(dir: string): Gold {
  return JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Gold;
}

export function scoreSet(dir: string, report: JsonReport): SetScore {
  const gold = readGold(dir);
  const texts = new Map<string, string>();
  for (const name of fs.readdirSync(dir)) if (/\.(txt|md)$/i.test(name)) texts.set(name, fs.readFileSync(path.join(dir, name), 'utf8'));

  const reported: Reported[] = [];
  for (const doc of report.documents ?? []) {
    const file = path.basename(doc.path);
    const text = texts.get(file);
    if (text === undefined) continue;
    const starts = lineStarts(text);
    for (const f of doc.findings ?? []) {
      const start = offsetOf(starts, f.range.start);
      const end = offsetOf(starts, f.range.end);
      reported.push({ file, start, end, kind: f.kind, against: (f.against ?? []).map((a) => a.label), text: text.slice(start, end), message: f.message ?? '' });
    }
  }

  const spanOf = (file: string, quote: string): [number, number] | null => {
    const at = texts.get(file)?.indexOf(quote) ?? -1;
    return at < 0 ? null : [at, at + quote.length];
  };
  const overlaps = (r: Reported, [s, e]: [number, number]) => (r.start < e && s < r.end) || (r.start === r.end && r.start >= s && r.start <= e);

  const used = new Set<Reported>();
  const missed: GoldFinding[] = [];
  for (const g of gold.findings) {
    const span = spanOf(g.file, g.quote);
    const match = span && reported.find((r) => !used.has(r) && r.file === g.file && r.kind === g.kind && overlaps(r, span)
      && (g.kind === 'unsourced-claim' || (g.against ?? []).some((label) => r.against.includes(label))));
    if (match) used.add(match); else missed.push(g);
  }
  const cleanViolations = (gold.clean ?? []).filter((c) => {
    const span = spanOf(c.file, c.quote);
    return span !== null && reported.some((r) => r.file === c.file && overlaps(r, span));
  });
  const matched = used.size;
  return {
    set: path.basename(dir),
    gold: gold.findings.length,
    predicted: reported.length,
    matched,
    precision: reported.length ? matched / reported.length : 1,
    recall: gold.findings.length ? matched / gold.findings.length : 1,
    clean: (gold.clean ?? []).length,
    cleanFlagged: cleanViolations.length,
    missed,
    falseAlarms: reported.filter((r) => !used.has(r)),
    cleanViolations,
  };
}

/** One line per miss, false alarm and clean claim flagged, as a reviewer reads them. */
export function describe(score: SetScore): string[] {
  return [
    ...score.missed.map((g) => `MISS ${g.kind} ${g.file}: "${g.quote}" vs ${(g.against ?? []).join(',')}`),
    ...score.falseAlarms.map((r) => `FALSE ALARM ${r.kind} ${r.file}: "${r.text}" vs ${r.against.join(',')} | ${r.message}`),
    ...score.cleanViolations.map((c) => `CLEAN FLAGGED ${c.file}: "${c.quote}"`),
  ];
}
