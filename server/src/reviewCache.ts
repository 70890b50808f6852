// The first review of an open article, kept on disk: when the server starts again and neither the
// article nor anything else its diagnostics depend on changed, it publishes them at once, before
// the sources are restored into the corpus (seconds with thousands of sources), and the full check
// that follows publishes again only if its answer differs. The key is a hash of everything the
// diagnostics are made from: the engine build, every input of the review set in order (path, uri,
// role, open or not, sha1 of its text), the settings and the suppression rules. So an entry can
// only ever be used for the very answer the full check would give; anything else is a miss.
import { createHash } from 'node:crypto';
import type { Diagnostic } from 'vscode-languageserver';
import { KeyedStore } from './keyedStore';

/** Bumped whenever the entry layout or the key's parts change; older entries are then ignored. */
export const REVIEW_CACHE_FORMAT = 1;

/** What the key is made of for one input of the review set. */
export interface KeyedInput {
  path: string;
  uri: string;
  text: string;
  role?: string;
  version: number | null;
}


const textHashes = new WeakMap<object, string>();

/** sha1 of an input's text, remembered per input object (disk inputs are reused between checks). */
export function textHash(input: KeyedInput): string {
  let h = textHashes.get(input);
  if (h === undefined) {
    h = createHash('sha1').update(input.text).digest('hex');
    textHashes.set(input, h);
  }
  return h;
}

/**
 * The key of `path`'s diagnostics: the engine, the article, every input in the order the review
 * set holds them (the corpus's order decides which source a message names), and `context` (the
 * settings and suppression rules, as JSON).
 */
export function reviewKey(engine: string, path: string, inputs: readonly KeyedInput[], context: unknown): string {
  const h = createHash('sha1');
  h.update(`${REVIEW_CACHE_FORMAT}\0${engine}\0${path}\0${JSON.stringify(context)}\0${inputs.length}\0`);
  for (const i of inputs) h.update(`${i.path}\0${i.uri}\0${i.role ?? ''}\0${i.version === null ? 'disk' : 'open'}\0${textHash(i)}\n`);
  return h.digest('hex');
}

/** The first review of open articles, one file each (review-cache-v1/<sha1 of path>.json). */
export class ReviewCache extends KeyedStore<Diagnostic[]> {
  /** The key last saved per path, so an unchanged answer is not written again. */
  private readonly savedKeys = new Map<string, string>();

  constructor(root: string, engine: string, log: (m: string) => void = () => undefined) {
    super(root, { folder: `review-cache-v${REVIEW_CACHE_FORMAT}`, field: 'diagnostics', format: REVIEW_CACHE_FORMAT, engine, label: 'review cache', isValue: isDiagnostics, log });
  }

  /** The stored diagnostics of `path` under `key`, or undefined (missing, other key, corrupt). */
  override load(path: string, key: string): Diagnostic[] | undefined {
    const diagnostics = super.load(path, key);
    if (diagnostics) this.savedKeys.set(path, key);
    return diagnostics;
  }

  /** Writes `diagnostics` of `path` under `key` in the background, unless that answer is already stored. */
  override save(path: string, key: string, diagnostics: Diagnostic[]): void {
    if (this.savedKeys.get(path) === key) return;
    this.savedKeys.set(path, key);
    super.save(path, key, diagnostics, () => this.savedKeys.delete(path));
  }

  override async clear(): Promise<void> {
    this.savedKeys.clear();
    await super.clear();
  }
}

function isDiagnostics(value: unknown): value is Diagnostic[] {
  return Array.isArray(value) && value.every(isDiagnostic);
}

function isDiagnostic(d: unknown): d is Diagnostic {
  if (typeof d !== 'object' || d === null) return false;
  const x = d as Partial<Diagnostic>;
  return typeof x.message === 'string' && typeof x.range === 'object' && x.range !== null;
}
