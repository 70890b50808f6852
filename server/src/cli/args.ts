// Command-line arguments, parsed by hand (no dependencies). Errors are one line, for exit code 2.
import type { Severity } from '../analysis/types';
import { DEFAULT_MAX_FILE_SIZE } from './files';

export type Command = 'check' | 'report';
export type Format = 'text' | 'json' | 'sarif';
export type FailOn = Severity | 'none';

export const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
export const FAIL_ON: readonly FailOn[] = ['none', 'hint', 'info', 'warning', 'error'];

export interface RunArgs {
  command: Command;
  format: Format;
  failOn: FailOn;
  /** figureTolerance for the engine: relative difference allowed between unqualified figures. */
  tolerance?: number;
  maxFileSize: number;
  /** --config FILE: the .source-review.json to honour (default: the nearest one from the working folder up). */
  config?: string;
  /** --no-config: honour no .source-review.json (ignore comments in articles still apply). */
  noConfig?: boolean;
  paths: string[];
}

export type Parsed =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; args: RunArgs }
  | { kind: 'error'; message: string };

export const USAGE = `Usage:
  source-review check [options] PATH...    list conflicts between articles
  source-review report [options] PATH...   print a Markdown conflict report

PATH is an article file or a folder, searched recursively for .txt, .md and .markdown
files (node_modules, .git, dist, out and hidden folders are skipped). Files whose name
starts with "draft", or with "draft: true" in front matter, are drafts; the rest are sources.

Options:
  --format text|json|sarif   output format of check (default text)
  --fail-on LEVEL            exit 1 when a finding at or above LEVEL is found:
                             none, hint, info, warning, error
                             (default: warning for check with text output;
                             none for json and sarif, which feed other tools,
                             and for report)
  --tolerance N              relative difference allowed between two unqualified
                             figures before they conflict, e.g. 0.05 for 5% (default 0)
  --max-file-size BYTES      skip larger files (default ${DEFAULT_MAX_FILE_SIZE})
  --config FILE              the .source-review.json to honour (ignored findings and
                             claims, levels per kind); default: the nearest one in the
                             working folder or above it
  --no-config                honour no .source-review.json
  -h, --help                 show this help
  --version                  show the version

Ignore comments in articles (<!-- source-review-ignore-next-line -->,
[source-review: ignore-next-line]) and [source needed] markers are always honoured; the
report lists every hidden finding under "Suppressed findings".

Exit codes: 0 nothing at or above --fail-on, 1 something was found, 2 usage or input error.
`;

const VALUE_OPTIONS = new Set(['--format', '--fail-on', '--tolerance', '--max-file-size', '--config']);

export function parseArgs(argv: readonly string[]): Parsed {
  if (argv.some((a) => a === '--help' || a === '-h') || argv[0] === 'help') return { kind: 'help' };
  if (argv.includes('--version')) return { kind: 'version' };
  if (argv.length === 0) return { kind: 'error', message: 'no command given (try `source-review --help`)' };
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'report') {
    return { kind: 'error', message: command.startsWith('-') ? `unknown option ${command}` : `unknown command '${command}' (expected check or report)` };
  }
  const args: RunArgs = { command, format: 'text', failOn: 'none', maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: [] };
  let failOn: FailOn | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      args.paths.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (arg === '-') return { kind: 'error', message: 'reading an article from standard input is not supported; give a file or folder' };
      args.paths.push(arg);
      continue;
    }
    if (arg === '--no-config') {
      args.noConfig = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(name)) return { kind: 'error', message: `unknown option ${name}` };
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= rest.length) return { kind: 'error', message: `${name} needs a value` };
      value = rest[++i];
    }
    switch (name) {
      case '--format':
        if (command !== 'check') return { kind: 'error', message: '--format applies to check only; report always prints Markdown' };
        if (!(FORMATS as readonly string[]).includes(value)) return { kind: 'error', message: `unknown format '${value}' (expected ${FORMATS.join(', ')})` };
        args.format = value as Format;
        break;
      case '--fail-on':
        if (!(FAIL_ON as readonly string[]).includes(value)) return { kind: 'error', message: `unknown level '${value}' for --fail-on (expected ${FAIL_ON.join(', ')})` };
        failOn = value as FailOn;
        break;
      case '--tolerance': {
        const n = /^\s*$/.test(value) ? NaN : Number(value);
        if (!Number.isFinite(n) || n < 0 || n > 1) return { kind: 'error', message: `--tolerance must be a number from 0 to 1 (a fraction: 0.05 is 5%), not '${value}'` };
        args.tolerance = n;
        break;
      }
      case '--config':
        if (value === '') return { kind: 'error', message: '--config needs a file name' };
        args.config = value;
        break;
      case '--max-file-size': {
        if (!/^\d+$/.test(value)) return { kind: 'error', message: `--max-file-size must be a whole number of bytes, not '${value}'` };
        args.maxFileSize = Number(value);
        break;
      }
    }
  }
  if (args.noConfig && args.config !== undefined) return { kind: 'error', message: '--config and --no-config cannot both be given' };
  if (args.paths.length === 0) return { kind: 'error', message: `no PATH given (usage: source-review ${command} [options] PATH...)` };
  // Machine output (json, sarif) is data for the next tool in a pipeline: it fails only when asked to.
  args.failOn = failOn ?? (command === 'check' && args.format === 'text' ? 'warning' : 'none');
  return { kind: 'run', args };
}
