// Hover over a claim or a speaker's name: a side-by-side table of what every other article says.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { ClaimView, Relation, SpeakerSummary, Span } from './analysis/types';
import type { ArticleEntry, ReviewSnapshot } from './snapshot';

const RELATION: Record<Relation, string> = {
  agrees: '✓ agrees',
  conflicts: '✗ **conflicts**',
  'not-mentioned': 'not mentioned',
};

/** Makes text safe inside a Markdown table cell. */
function cell(text: string | undefined): string {
  if (!text) return '—';
  return text.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1');
}

/** `[002](file:///…/002_x.txt#L12)`: a link to the other article, at the line when known. */
function link(snapshot: ReviewSnapshot, label: string, path: string, span: Span | undefined): string {
  const uri = snapshot.uriOf(path);
  const line = span ? `#L${snapshot.range(path, span).start.line + 1}` : '';
  return `[${cell(label)}](${uri.replace(/\(/g, '%28').replace(/\)/g, '%29')}${line})`;
}

const within = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

export function claimHover(snapshot: ReviewSnapshot, entry: ArticleEntry, claim: ClaimView): Hover {
  const conflicts = claim.comparisons.filter((c) => c.relation === 'conflicts').map((c) => c.label);
  const head = `**Source Review** · ${claim.kind} ${cell(claim.value || claim.text)}` +
    (conflicts.length > 0 ? ` · conflicts with ${conflicts.join(', ')}` : claim.comparisons.some((c) => c.relation === 'agrees') ? ' · sources agree' : '');
  const rows = [
    '| Source | Wording | Value | Relation |',
    '| --- | --- | --- | --- |',
    `| ${cell(entry.analysis.label)} (this) | “${cell(claim.text)}” | ${cell(claim.value)} | — |`,
    ...claim.comparisons.map((c) =>
      `| ${link(snapshot, c.label, c.path, c.span)} | ${c.text ? `“${cell(c.text)}”` : '—'} | ${cell(c.value)} | ${RELATION[c.relation] ?? c.relation} |`),
  ];
  return {
    contents: { kind: MarkupKind.Markdown, value: `${head}\n\n${rows.join('\n')}` },
    range: snapshot.range(entry.path, claim.span),
  };
}

export function speakerHover(snapshot: ReviewSnapshot, entry: ArticleEntry, speaker: SpeakerSummary, span: Span): Hover {
  const lines = [`**${cell(speaker.name)}**${speaker.roles.length > 0 ? ` — ${speaker.roles.map(cell).join('; ')}` : ''}`];
  if (speaker.quotes.length > 0) {
    lines.push('', '| Source | Quote | Venue |', '| --- | --- | --- |');
    for (const q of speaker.quotes) lines.push(`| ${link(snapshot, q.label, q.path, q.span)} | “${cell(q.text)}” | ${cell(q.venue ?? undefined)} |`);
  } else {
    lines.push('', `Mentioned in ${speaker.labels.join(', ') || entry.analysis.label}; no quotations.`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: snapshot.range(entry.path, span) };
}

/** The speaker summary for a person of this article: same key, else the same full name. */
export function findSpeaker(speakers: readonly SpeakerSummary[], key: string, name: string): SpeakerSummary | undefined {
  const lower = name.toLowerCase();
  return speakers.find((s) => s.key === key) ?? speakers.find((s) => s.name.toLowerCase() === lower);
}

/** The hover at a UTF-16 offset of an article: the narrowest claim there, else a speaker name. */
export function hoverAt(snapshot: ReviewSnapshot, uri: string, offset: number): Hover | null {
  const entry = snapshot.entryByUri(uri);
  if (!entry) return null;
  const claims = (entry.review?.claims ?? []).filter((c) => within(c.span, offset));
  if (claims.length > 0) {
    claims.sort((a, b) => (a.span.end - a.span.start) - (b.span.end - b.span.start));
    return claimHover(snapshot, entry, claims[0]);
  }
  for (const person of entry.analysis.people) {
    const mention = person.mentions.find((m) => within(m, offset));
    if (!mention) continue;
    const speaker = findSpeaker(snapshot.review.speakers, person.key, person.name);
    if (speaker) return speakerHover(snapshot, entry, speaker, mention);
  }
  return null;
}
