// Code actions for findings: the fixes (fixes/) as workspace edits, and three ways to stop seeing a
// finding — a comment above the line, "ignore this finding" and "ignore this claim everywhere"
// (both written to .source-review.json by the server, so they work in any LSP editor). Every title
// says where it writes.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from './analysis/types';
import { attributionTarget, fixesFor, ignoreCommentEdit, type SpanEdit } from './fixes';
import { DIAGNOSTIC_SOURCE, IGNORE_CLAIM_COMMAND, IGNORE_FINDING_COMMAND, type IgnoreClaimArgs, type IgnoreFindingArgs } from './protocol';
import { rangeIn, type ArticleEntry, type ReviewView } from './snapshot';

export interface ActionContext {
  view: ReviewView;
  entry: ArticleEntry;
  /** The live document; text edits are offered only while it holds the text that was checked. */
  doc: TextDocument | undefined;
  /** How the .source-review.json the ignore actions write is named; undefined when there is none. */
  ignoreFile: string | undefined;
  /** The client applies versioned edits (documentChanges). */
  documentChanges: boolean;
}

const MAX_CLAIM_IN_TITLE = 40;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > MAX_CLAIM_IN_TITLE ? `${flat.slice(0, MAX_CLAIM_IN_TITLE - 1)}…` : flat}”`;
}

const idOf = (d: Diagnostic): string | undefined => {
  const data = d.data as { id?: unknown } | undefined;
  return typeof data?.id === 'string' ? data.id : undefined;
};

const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The findings the request is about, each with the diagnostic the client showed for it. */
export function findingsInRequest(params: CodeActionParams, ctx: ActionContext): { finding: Finding; diagnostic?: Diagnostic }[] {
  const findings = ctx.view.reviewOf(ctx.entry.path)?.findings ?? [];
  const ours = (params.context?.diagnostics ?? []).filter((d) => d.source === DIAGNOSTIC_SOURCE);
  const out: { finding: Finding; diagnostic?: Diagnostic }[] = [];
  for (const d of ours) {
    const id = idOf(d);
    const f = id ? findings.find((x) => x.id === id) : undefined;
    if (f && !out.some((o) => o.finding === f)) out.push({ finding: f, diagnostic: d });
  }
  if (out.length > 0 || ours.length > 0) return out;
  // Clients that do not send the diagnostics back: the findings under the range.
  const r = params.range;
  for (const f of findings) {
    const fr = rangeIn(ctx.view, f.path, f.span);
    if (before(fr.end, r.start) || before(r.end, fr.start)) continue;
    out.push({ finding: f });
  }
  return out;
}

function workspaceEdit(ctx: ActionContext, doc: TextDocument, edits: SpanEdit[]): WorkspaceEdit {
  const textEdits: TextEdit[] = edits.map((e) => ({ range: { start: doc.positionAt(e.span.start), end: doc.positionAt(e.span.end) }, newText: e.newText }));
  if (ctx.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: textEdits }] };
  return { changes: { [doc.uri]: textEdits } };
}

function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Every action for the findings under the request. */
export function codeActions(params: CodeActionParams, ctx: ActionContext): CodeAction[] {
  const only = params.context?.only;
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === CodeActionKind.Empty)) return [];
  const { entry, doc } = ctx;
  const uri = params.textDocument.uri;
  // Edits need the live text to be the text that was checked (else the offsets are someone else's).
  const live = doc && doc.getText() === entry.text ? doc : undefined;
  const markdown = (doc?.languageId ?? '') === 'markdown' || /\.(md|markdown)$/i.test(entry.path);
  const articles = (path: string) => ctx.view.entryByPath(path)?.analysis;
  const fixes: CodeAction[] = [];
  const ignores: CodeAction[] = [];
  for (const { finding, diagnostic } of findingsInRequest(params, ctx)) {
    if (live) {
      const attribution = finding.kind === 'attribution-conflict' ? attributionTarget(finding, entry.analysis, articles) : undefined;
      const textOf = (path: string) => ctx.view.entryByPath(path)?.text;
      for (const fix of fixesFor(finding, entry.text, { role: entry.analysis.role, textOf, ...(attribution ? { attribution } : {}) })) {
        fixes.push({ title: fix.title, kind: CodeActionKind.QuickFix, ...(diagnostic ? { diagnostics: [diagnostic] } : {}), isPreferred: fix.isPreferred, edit: workspaceEdit(ctx, live, fix.edits) });
      }
      const comment = ignoreCommentEdit(entry.text, finding.span, finding.kind, markdown);
      if (comment.newText !== '') {
        ignores.push({
          title: `Ignore ${finding.kind} on this line (adds ${markdown ? 'an HTML comment' : 'a [source-review: …] line'} above it)`,
          kind: CodeActionKind.QuickFix, ...(diagnostic ? { diagnostics: [diagnostic] } : {}), edit: workspaceEdit(ctx, live, [comment]),
        });
      }
    }
    if (ctx.ignoreFile) {
      const one: IgnoreFindingArgs = { uri, id: finding.id, kind: finding.kind, text: finding.text };
      ignores.push({
        title: `Ignore this ${finding.kind} in ${fileName(entry.path)} (writes ${ctx.ignoreFile})`,
        kind: CodeActionKind.QuickFix, ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
        command: { title: 'Ignore this finding', command: IGNORE_FINDING_COMMAND, arguments: [one] },
      });
      const all: IgnoreClaimArgs = { uri, kind: finding.kind, text: finding.text };
      ignores.push({
        title: `Ignore ${quoted(finding.text)} as ${finding.kind} in every article (writes ${ctx.ignoreFile})`,
        kind: CodeActionKind.QuickFix, ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
        command: { title: 'Ignore this claim everywhere', command: IGNORE_CLAIM_COMMAND, arguments: [all] },
      });
    }
  }
  return [...fixes, ...ignores];
}
