// Source Review's custom LSP messages, declared once and imported by the server and the VS Code
// client alike. Ranges are LSP ranges (UTF-16 positions); uris are document uris.
import { NotificationType, RequestType } from 'vscode-jsonrpc';
import type { Range } from 'vscode-languageserver-types';
import type { FindingKind, Relation, Severity } from './analysis/types';

export interface QuoteLocation {
  text: string;
  uri: string;
  range: Range;
}

export interface SpeakerSource {
  label: string;
  uri: string;
  quotes: QuoteLocation[];
}

export interface SpeakerNode {
  name: string;
  roles: string[];
  sources: SpeakerSource[];
}

export interface ComparisonItem {
  label: string;
  uri: string;
  relation: Relation;
  range?: Range;
  text?: string;
  value?: string;
}

export interface ClaimItem {
  kind: 'figure' | 'time' | 'quote';
  range: Range;
  text: string;
  value: string;
  comparisons: ComparisonItem[];
}

export interface EvidenceItem {
  label: string;
  uri: string;
  range: Range;
  text: string;
}

export interface FindingItem {
  id: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  range: Range;
  text: string;
  against: EvidenceItem[];
}

export interface ClaimsParams {
  uri: string;
}

export interface ClaimsResult {
  /** Label of the article ("002", "draft_story"); empty when it is not in the review set. */
  label: string;
  role: 'source' | 'draft' | null;
  claims: ClaimItem[];
  findings: FindingItem[];
}

export interface ReportParams {
  /** Only this article's findings; the whole review set when absent. */
  uri?: string;
}

export interface ReportResult {
  markdown: string;
}

export interface ReviewChangedParams {
  /** How many articles are in the review set now. */
  articles: number;
}

export interface CheckingParams {
  busy: boolean;
  /** How long the last check took, when it finished. */
  ms?: number;
  /** Why the check failed, when it did. */
  failed?: string;
}

export const SpeakersRequest = new RequestType<Record<string, never> | null | undefined, SpeakerNode[], void>('sourceReview/speakers');
export const ReportRequest = new RequestType<ReportParams | null | undefined, ReportResult, void>('sourceReview/report');
export const ClaimsRequest = new RequestType<ClaimsParams, ClaimsResult, void>('sourceReview/claims');
/** Drops every cache, re-reads the files from disk and re-checks every article. */
export const RecheckAllRequest = new RequestType<null | undefined, { articles: number }, void>('sourceReview/recheckAll');
/** Sent when the review set or its results change (the Speakers view refreshes). */
export const ReviewChangedNotification = new NotificationType<ReviewChangedParams>('sourceReview/reviewChanged');
/** Sent when a check starts and ends (the status item shows it is busy). */
export const CheckingNotification = new NotificationType<CheckingParams>('sourceReview/checking');

export const DIAGNOSTIC_SOURCE = 'Source Review';
export const DOCS_URL = 'https://github.com/source-review/source-review';

// ---------------------------------------------------------------- acting on findings

export interface CheckDocumentParams {
  uri: string;
}

export interface CheckDocumentResult {
  /** Findings shown for the article after the check. */
  findings: number;
  /** Findings hidden by ignore comments, markers, .source-review.json or levels set to off. */
  suppressed: number;
  /** Why the article was not checked, when it was not ("not in the review set", "larger than …"). */
  skipped?: string;
}

export interface ComparisonParams {
  uri: string;
  /** A 0-based line inside the paragraph to compare. */
  line: number;
}

export interface ComparisonResult {
  title: string;
  markdown: string;
}

export interface SkippedParams {
  uri: string;
  /** Why the open article is not checked; null once it is checked again. */
  reason: string | null;
}

export interface IgnoreFindingArgs {
  uri: string;
  id: string;
  kind: FindingKind;
  text: string;
}

export interface IgnoreClaimArgs {
  uri: string;
  kind: FindingKind;
  text: string;
}

export interface IgnoreResult {
  /** The file written (.source-review.json in the article's workspace folder). */
  file: string;
  /** False when the entry was already there. */
  added: boolean;
}

/** "Check This Article": checks one article now and publishes its findings, whatever sourceReview.run says. */
export const CheckDocumentRequest = new RequestType<CheckDocumentParams, CheckDocumentResult, void>('sourceReview/checkDocument');
/** Markdown comparing every source's wording for the claims of one paragraph (CodeLens click). */
export const ComparisonRequest = new RequestType<ComparisonParams, ComparisonResult, void>('sourceReview/comparison');
/** Sent when an open article is skipped (too large) and when it is checked again. */
export const SkippedNotification = new NotificationType<SkippedParams>('sourceReview/skipped');

/** Server commands (workspace/executeCommand) behind the "Ignore …" quick fixes. Internal. */
export const IGNORE_FINDING_COMMAND = '_sourceReview.ignoreFinding';
export const IGNORE_CLAIM_COMMAND = '_sourceReview.ignoreClaim';
/** The client command a CodeLens runs: the side-by-side comparison of one paragraph. Internal. */
export const COMPARE_COMMAND = '_sourceReview.compare';
