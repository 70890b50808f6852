// One run of the command line: parse, read the articles, review them, print, pick the exit code.
// Takes its world (cwd, env, output streams) as arguments so tests can drive it without a process.
import { analyzeArticle, reviewArticles } from '../analysis/index';
import type { ArticleAnalysis, Review } from '../analysis/types';
import { atLeast } from '../report/common';
import { renderJson } from '../report/json';
import { renderReport } from '../report/markdown';
import { renderSarif } from '../report/sarif';
import { renderText } from '../report/text';
import type { RunArgs } from './args';
import { USAGE, parseArgs } from './args';
import { collectArticles, type ArticleFile } from './files';
import { loadConfig, suppressForCli } from './suppression';
import { analyseInWorkers, defaultWorkerCount, type IngestJob, type PoolOptions, type PreparedSource } from '../ingest/pool';

export const EXIT_OK = 0;
export const EXIT_FOUND = 1;
export const EXIT_USAGE = 2;

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  version: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export function runCli(argv: readonly string[], io: CliIO): number {
  const started = startCommand(argv, io);
  if (typeof started === 'number') return started;
  return finishCommand(started, analyseHere(started.files, started.warn), io);
}

/** How the CLI may use worker threads for the analysis (runCliAsync). */
export interface CliPoolOptions extends PoolOptions {
  /** Fewer articles than this are analysed on the main thread (default 50; the CLI's entry passes defaultPoolMinimum()). */
  minArticles?: number;
}

/**
 * As runCli, but with many articles (`minArticles` or more) the analysis runs in worker threads (one per core
 * but one) and on this thread, which takes articles from the end of the queue while it waits; the
 * output is the same. Workers that fail are logged and the main thread analyses the rest.
 */
export async function runCliAsync(argv: readonly string[], io: CliIO, pool: CliPoolOptions = {}): Promise<number> {
  const started = startCommand(argv, io);
  if (typeof started === 'number') return started;
  const { files, warn } = started;
  if (files.length < (pool.minArticles ?? 50) || pool.workers === 0) return finishCommand(started, analyseHere(files, warn), io);
  const analyses: ArticleAnalysis[] = [];
  const jobs = files.map((f) => ({ path: f.path, text: f.text }));
  const here = (job: IngestJob): PreparedSource => {
    if (job.text === undefined) throw new Error('no text'); // never: every job carries its file's text
    return { analysis: analyzeArticle({ path: job.path, text: job.text }) };
  };
  for await (const run of analyseInWorkers(jobs, { log: warn, workers: defaultWorkerCount(), analyseHere: here, ...pool })) {
    for (const r of run) {
      const file = files[r.index];
      if (r.source) {
        const { text } = r.source.analysis;
        if (text.original === file.text) { // one copy of the text, not the worker's as well
          if (text.plain === text.original) text.plain = file.text;
          text.original = file.text;
        }
        analyses.push(r.source.analysis);
      } else {
        analyses.push(...analyseHere([file], warn));
      }
    }
  }
  return finishCommand(started, analyses, io);
}

interface Started {
  args: RunArgs;
  files: ArticleFile[];
  settings: ReturnType<typeof loadConfig>;
  warn: (line: string) => void;
}

function startCommand(argv: readonly string[], io: CliIO): Started | number {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout(`${io.version}\n`);
      return EXIT_OK;
    case 'error':
      io.stderr(`source-review: ${parsed.message}\n`);
      return EXIT_USAGE;
    case 'run':
      return collect(parsed.args, io);
  }
}

function collect(args: RunArgs, io: CliIO): Started | number {
  const warn = (line: string) => io.stderr(`source-review: warning: ${line}\n`);
  const collected = collectArticles(args.paths, { cwd: io.cwd, maxFileSize: args.maxFileSize });
  if (collected.errors.length > 0) {
    io.stderr(`source-review: ${collected.errors.join('; ')}\n`);
    return EXIT_USAGE;
  }
  collected.warnings.forEach(warn);
  if (collected.files.length === 0) warn('no articles (.txt, .md, .markdown) found in the given paths');
  const settings = loadConfig(io.cwd, args.config, args.noConfig === true, warn);
  if (settings.error) {
    io.stderr(`source-review: ${settings.error}\n`);
    return EXIT_USAGE;
  }
  return { args, files: collected.files, settings, warn };
}

function analyseHere(files: readonly ArticleFile[], warn: (line: string) => void): ArticleAnalysis[] {
  const analyses: ArticleAnalysis[] = [];
  for (const file of files) {
    try {
      analyses.push(analyzeArticle({ path: file.path, text: file.text }));
    } catch (err) {
      warn(`skipped ${file.path}: could not analyse it (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  return analyses;
}

function finishCommand(started: Started, analyses: ArticleAnalysis[], io: CliIO): number {
  const { args, settings } = started;
  const collected = { files: started.files };
  let review: Review;
  try {
    review = reviewArticles(analyses, args.tolerance === undefined ? {} : { figureTolerance: args.tolerance });
  } catch (err) {
    io.stderr(`source-review: internal error while reviewing the articles: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_USAGE;
  }

  // What the articles and .source-review.json hide: left out of the output and the exit code,
  // listed by the report.
  const { review: shown, suppressed } = suppressForCli(review, collected.files, settings.loaded);
  review = shown;
  if (suppressed.length > 0 && args.command !== 'report') {
    io.stderr(`source-review: ${suppressed.length} ${suppressed.length === 1 ? 'finding' : 'findings'} hidden by ignore comments, [source needed] markers or ${settings.loaded?.shown ?? '.source-review.json'}; \`source-review report\` lists them\n`);
  }

  if (args.command === 'report') io.stdout(renderReport(review, analyses, { suppressed }));
  else if (args.format === 'json') io.stdout(renderJson(review, analyses));
  else if (args.format === 'sarif') io.stdout(renderSarif(review, analyses, { version: io.version, srcRoot: io.cwd }));
  else io.stdout(renderText(review, analyses, { color: io.isTTY && io.env.NO_COLOR === undefined }));

  const failOn = args.failOn;
  if (failOn === 'none') return EXIT_OK;
  const found = review.documents.some((d) => d.findings.some((f) => atLeast(f.severity, failOn)));
  return found ? EXIT_FOUND : EXIT_OK;
}
