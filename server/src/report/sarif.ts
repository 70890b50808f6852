// `--format sarif`: SARIF 2.1.0 for code-scanning dashboards. One rule per kind of finding; each
// finding is a result, its evidence in other articles its related locations. Columns are UTF-16 code
// units (run.columnKind), 1-based, end column exclusive, as SARIF regions are.
import { pathToFileURL } from 'node:url';
import type { ArticleAnalysis, Finding, Review, Severity, Span } from '../analysis/types';
import { FINDING_KINDS } from '../analysis/types';
import { KIND_DESCRIPTIONS, README_URL, helpUri, oneLine } from './common';
import { Positions } from './positions';

export interface SarifOptions {
  /** The tool's version (package.json). */
  version: string;
  /** Absolute folder the relative paths are relative to; it becomes %SRCROOT%. */
  srcRoot?: string;
}

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  snippet?: { text: string };
}

export interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId?: string };
  region: SarifRegion;
}

export interface SarifLocation {
  id?: number;
  physicalLocation: SarifPhysicalLocation;
  message?: { text: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: Record<string, unknown> };
    columnKind: 'utf16CodeUnits';
    originalUriBaseIds: Record<string, { uri?: string; description?: { text: string } }>;
    results: SarifResult[];
  }>;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function artifactUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(slashed) || slashed.startsWith('/')) return pathToFileURL(path).href;
  return slashed.split('/').map((s) => (s === '.' || s === '..' ? s : encodeURIComponent(s))).join('/');
}

function isRelative(uri: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(uri);
}

export function toSarif(review: Review, analyses: readonly ArticleAnalysis[], options: SarifOptions): SarifLog {
  const positions = new Positions(analyses);
  const location = (path: string, span: Span, text: string): SarifPhysicalLocation => {
    const r = positions.range(path, span);
    const uri = artifactUri(path);
    return {
      artifactLocation: isRelative(uri) ? { uri, uriBaseId: '%SRCROOT%' } : { uri },
      region: {
        startLine: r.start.line + 1,
        startColumn: r.start.character + 1,
        endLine: r.end.line + 1,
        endColumn: r.end.character + 1,
        snippet: { text },
      },
    };
  };
  const result = (f: Finding): SarifResult => {
    const ruleIndex = FINDING_KINDS.indexOf(f.kind);
    const out: SarifResult = {
      ruleId: f.kind,
      ruleIndex,
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [{ physicalLocation: location(f.path, f.span, f.text) }],
      partialFingerprints: { 'sourceReview/v1': f.id },
    };
    if (f.against.length > 0) {
      out.relatedLocations = f.against.map((e, i) => ({
        id: i + 1,
        physicalLocation: location(e.path, e.span, e.text),
        message: { text: `${e.label}: “${oneLine(e.text)}”` },
      }));
    }
    return out;
  };
  const srcRoot = options.srcRoot
    ? { uri: pathToFileURL(options.srcRoot).href.replace(/\/?$/, '/') }
    : { description: { text: 'The folder Source Review was run in.' } };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Source Review',
            informationUri: README_URL,
            version: options.version,
            rules: FINDING_KINDS.map((kind) => ({
              id: kind,
              name: kind.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: KIND_DESCRIPTIONS[kind].short },
              fullDescription: { text: KIND_DESCRIPTIONS[kind].full },
              helpUri: helpUri(kind),
              defaultConfiguration: { level: sarifLevel(KIND_DESCRIPTIONS[kind].level) },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': srcRoot },
        results: review.documents.flatMap((d) => d.findings.map(result)),
      },
    ],
  };
}

export function renderSarif(review: Review, analyses: readonly ArticleAnalysis[], options: SarifOptions): string {
  return JSON.stringify(toSarif(review, analyses, options), null, 2) + '\n';
}
