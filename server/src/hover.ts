// Hover over a claim or a speaker's name: a side-by-side table with one row per article — its label
// (a link that opens it at the words), its wording, the normalised value, and how it stands.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { ClaimView, Relation, SpeakerSummary, Span } from './analysis/types';
import { rangeIn, uriIn, type ArticleEntry, type ReviewView } from './snapshot';

const RELATION: Record<Relation, string> = {
  agrees: '✓ agrees',
  conflicts: '✗ **conflicts**',
  'not-mentioned': 'not mentioned',
};

/** Rows of articles that say nothing, listed only while the set is small enough to read. */
const MAX_SILENT_ROWS = 30;
const MAX_QUOTE = 120;

/** Makes text safe inside a Markdown table cell. */
export function cell(text: string | undefined | null): string {
  if (!text) return '—';
  return text.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1') || '—';
}

const short = (text: string) => (text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text);

/** Wording in quotation marks, unless it brings its own (a quotation). */
function quoted(text: string): string {
  const t = text.trim();
  return /^[“"‘']/.test(t) ? cell(short(t)) : `“${cell(short(t))}”`;
}

/**
 * `[002](file:///…/002_x.txt#L12,5-L12,17)`: a link that opens the other article with its words
 * selected (VS Code reads `#L<line>,<column>` ranges, 1-based), or at its start without a span.
 */
export function link(view: ReviewView, label: string, path: string, span: Span | undefined): string {
  const uri = uriIn(view, path).replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  if (!span) return `[${cell(label)}](${uri})`;
  const r = rangeIn(view, path, span);
  const at = `L${r.start.line + 1},${r.start.character + 1}`;
  const to = r.end.line === r.start.line && r.end.character === r.start.character ? '' : `-L${r.end.line + 1},${r.end.character + 1}`;
  return `[${cell(label)}](${uri}#${at}${to})`;
}

const within = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

export function claimHover(view: ReviewView, entry: ArticleEntry, claim: ClaimView): Hover {
  const conflicts = claim.comparisons.filter((c) => c.relation === 'conflicts').map((c) => c.label);
  const agrees = claim.comparisons.filter((c) => c.relation === 'agrees').map((c) => c.label);
  const verdict = conflicts.length > 0 ? ` · conflicts with ${conflicts.join(', ')}` : agrees.length > 0 ? ` · ${agrees.length === 1 ? 'source agrees' : 'sources agree'}` : '';
  const head = `**Source Review** · ${claim.kind} ${cell(claim.value || claim.text)}${verdict}`;
  const rows = [
    '| Source | Wording | Value | Relation |',
    '| --- | --- | --- | --- |',
    `| ${cell(entry.analysis.label)} (this) | ${quoted(claim.text)} | ${cell(claim.value)} | — |`,
    ...claim.comparisons.map((c) =>
      `| ${link(view, c.label, c.path, c.span)} | ${c.text ? quoted(c.text) : '—'} | ${cell(c.value)} | ${RELATION[c.relation] ?? cell(c.relation)} |`),
  ];
  return {
    contents: { kind: MarkupKind.Markdown, value: `${head}\n\n${rows.join('\n')}` },
    range: rangeIn(view, entry.path, claim.span),
  };
}

/** The people of one article that are this speaker: same key, else the same full name. */
function personIn(entry: ArticleEntry, speaker: SpeakerSummary) {
  const lower = speaker.name.toLowerCase();
  return entry.analysis.people.find((p) => p.key === speaker.key) ?? entry.analysis.people.find((p) => p.name.toLowerCase() === lower);
}

/** One row per article: how it names the speaker (roles, quotations), or that it does not. */
export function speakerHover(view: ReviewView, entry: ArticleEntry, speaker: SpeakerSummary, span: Span): Hover {
  const lines = [`**${cell(speaker.name)}**${speaker.roles.length > 0 ? ` — ${speaker.roles.map(cell).join('; ')}` : ''}`, ''];
  lines.push('| Source | Wording | Value | Relation |', '| --- | --- | --- | --- |');
  const rows: { label: string; row: string; silent: boolean; self: boolean }[] = [];
  for (const other of view.articles.values()) {
    const self = other.path === entry.path;
    const quotes = speaker.quotes.filter((q) => q.path === other.path);
    const person = personIn(other, speaker);
    const label = other.analysis.label;
    if (!person && quotes.length === 0) {
      rows.push({ label, row: `| ${link(view, label, other.path, undefined)} | — | — | not mentioned |`, silent: true, self });
      continue;
    }
    const first = quotes[0];
    const mention = person?.mentions[0];
    const wording = first ? `${quoted(first.text)}${first.venue ? ` (${cell(first.venue)})` : ''}` : cell(other.text.slice(mention?.start ?? 0, mention?.end ?? 0));
    const value = [person?.name ?? speaker.name, ...(person?.roles ?? [])].map(cell).join(', ');
    const relation = quotes.length > 0 ? `quoted${quotes.length > 1 ? ` ×${quotes.length}` : ''}` : 'named';
    const where = first?.span ?? mention;
    rows.push({ label, row: `| ${self ? `${cell(label)} (this)` : link(view, label, other.path, where)} | ${wording} | ${value} | ${relation} |`, silent: false, self });
  }
  rows.sort((a, b) => Number(b.self) - Number(a.self) || Number(a.silent) - Number(b.silent) || a.label.localeCompare(b.label));
  const silent = rows.filter((r) => r.silent).length;
  const shown = rows.filter((r) => !r.silent || silent <= MAX_SILENT_ROWS);
  lines.push(...shown.map((r) => r.row));
  if (shown.length < rows.length) lines.push('', `${silent} other articles do not mention ${cell(speaker.name)}.`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: rangeIn(view, entry.path, span) };
}

/** The speaker summary for a person of this article: same key, else the same full name. */
export function findSpeaker(speakers: readonly SpeakerSummary[], key: string, name: string): SpeakerSummary | undefined {
  const lower = name.toLowerCase();
  return speakers.find((s) => s.key === key) ?? speakers.find((s) => s.name.toLowerCase() === lower);
}

/** The hover at a UTF-16 offset of an article: the narrowest claim there, else a speaker name. */
export function hoverAt(view: ReviewView, uri: string, offset: number): Hover | null {
  const entry = view.entryByUri(uri);
  if (!entry) return null;
  const claims = (view.reviewOf(entry.path)?.claims ?? []).filter((c) => within(c.span, offset));
  if (claims.length > 0) {
    claims.sort((a, b) => (a.span.end - a.span.start) - (b.span.end - b.span.start));
    return claimHover(view, entry, claims[0]);
  }
  for (const person of entry.analysis.people) {
    const mention = person.mentions.find((m) => within(m, offset));
    if (!mention) continue;
    const speaker = findSpeaker(view.speakers(), person.key, person.name);
    if (speaker) return speakerHover(view, entry, speaker, mention);
  }
  return null;
}
