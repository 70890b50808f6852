// What the main thread and an ingestion worker say to each other (see pool.ts and worker.ts).
// Messages go by structured clone: an analysis arrives as the same object graph, shared references
// and all, that analyzeArticle returned in the worker.
import type { ArticleAnalysis, ArticleRole } from '../analysis/types';

/** One source to analyse: its text, or only its path for the worker to read (UTF-8). */
export interface IngestJob {
  path: string;
  text?: string;
  role?: ArticleRole;
}

export interface PreparedSource {
  analysis: ArticleAnalysis;
}

/** Main → worker: a chunk of jobs, numbered by their place in the whole run. */
export interface JobsMessage {
  type: 'jobs';
  first: number;
  jobs: IngestJob[];
}

/**
 * How much of the text a reply left out: the main thread sent it and puts it back (1: `original`,
 * 2: `original` and `plain`, which were the same string). Copying it back costs more than it is worth.
 */
export type TextOmitted = 0 | 1 | 2;

/** Worker → main: one answer per job of a chunk, in order; `error` where a job failed. */
export interface ResultsMessage {
  type: 'results';
  first: number;
  results: ({ ok: true; source: PreparedSource; omitted: TextOmitted } | { ok: false; error: string })[];
}
