// The stored outline of the corpus (analysis/alignment/corpusOutline.ts): its statistics and which
// sources each look-up key files, so a start can check an open draft against only the sources its
// changed claims can meet before every source is restored (partialCorpus.ts). One file,
// <storage>/corpus-outline-v1.bin: a magic, the key (40 hex digits, so it is read without the rest),
// the sha1 of everything after it (a file damaged anywhere is not used), the length of a JSON header (format, engine, key, the sources' paths in the corpus's order, the statistics, the key and class names, the arrays'
// lengths, the sources' story words), then the typed arrays. The key covers the engine and every input of the review set in
// order, with its text's hash (an open document that is not a source: without its text, since a
// draft's text is not part of the corpus). Anything that does not match, or does not read back
// whole and consistent, is a miss: the caller restores every source as before. Written atomically.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { CorpusStats } from './analysis/alignment/corpus';
import { TIME_SLOTS, type OutlineData } from './analysis/alignment/corpusOutline';
import { textHash, type KeyedInput } from './reviewCache';

export const OUTLINE_FORMAT = 2;
const MAGIC = 'SRCOUTL1';
const KEY_AT = MAGIC.length;
const DIGEST_AT = KEY_AT + 40;
/** Where the header's length is: after the magic, the key and the digest. */
const LENGTH_AT = DIGEST_AT + 40;

/** The outline with the sources it names, in the corpus's order. */
export interface StoredCorpus {
  key: string;
  paths: string[];
  data: OutlineData;
}

interface Header {
  format: number;
  engine: string;
  key: string;
  paths: string[];
  stats: CorpusStats;
  keys: string[];
  words: string[];
  classes: string[];
  /** The sources' story words (OutlineData.storyWords). */
  storyWords: string[];
  /** Lengths of the arrays that follow, in ARRAYS order. */
  lengths: number[];
}

type ArrayName = 'keyStarts' | 'keyPlaces' | 'wordStarts' | 'wordTimes' | 'lowStarts' | 'lows' | 'lowPlaces' | 'wideStarts' | 'widePlaces' | 'storyStarts' | 'storyIds';
/** The arrays in file order; lows are 8-byte floats, the rest 4-byte unsigned. */
const ARRAYS: readonly ArrayName[] = ['lows', 'keyStarts', 'keyPlaces', 'wordStarts', 'wordTimes', 'lowStarts', 'lowPlaces', 'wideStarts', 'widePlaces', 'storyStarts', 'storyIds'];

/**
 * The key of the corpus `inputs` make, given which of them are its sources (`sources`, by path):
 * every input in order with its text's hash, but an open document that is not a source without it.
 */
export function outlineKey(engine: string, inputs: readonly KeyedInput[], sources: ReadonlySet<string>): string {
  const h = createHash('sha1');
  h.update(`${OUTLINE_FORMAT}\0${engine}\0${inputs.length}\0`);
  for (const i of inputs) {
    const open = i.version !== null;
    h.update(`${i.path}\0${i.uri}\0${i.role ?? ''}\0${open ? 'open' : 'disk'}\0${open && !sources.has(i.path) ? '-' : textHash(i)}\n`);
  }
  return h.digest('hex');
}

export class OutlineStore {
  readonly file: string;
  /** The key of the outline on disk, as last read or written here. */
  private onDisk: string | undefined;
  private writing: Promise<void> | undefined;

  constructor(root: string, private readonly engine: string, private readonly log: (m: string) => void = () => undefined) {
    this.file = nodePath.join(root, `corpus-outline-v${OUTLINE_FORMAT}.bin`);
  }

  /** Whether the outline on disk (as far as this process knows) is the one of `key`. */
  holds(key: string): boolean {
    return this.onDisk === key;
  }

  /** The key of the outline on disk, read from its first bytes (undefined: none, or not an outline). */
  peekKey(): string | undefined {
    let fd: number | undefined;
    try {
      fd = fs.openSync(this.file, 'r');
      const head = Buffer.alloc(LENGTH_AT);
      if (fs.readSync(fd, head, 0, LENGTH_AT, 0) !== LENGTH_AT || head.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
      return head.toString('latin1', KEY_AT, DIGEST_AT);
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  /**
   * The stored outline, if it is whole, of this engine, and its key matches `keyOf(its sources)`;
   * otherwise undefined (a damaged file is logged and removed).
   */
  load(keyOf: (sources: ReadonlySet<string>) => string): StoredCorpus | undefined {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(this.file);
    } catch {
      return undefined;
    }
    const parsed = parse(buf);
    if (typeof parsed === 'string') {
      this.log(`corpus outline: ignoring a damaged file (${parsed})`);
      this.remove();
      return undefined;
    }
    const { header, data } = parsed;
    if (header.format !== OUTLINE_FORMAT || header.engine !== this.engine) {
      // Of no use to this build: removed, so the next outline is written in its place.
      this.remove();
      return undefined;
    }
    this.onDisk = header.key;
    if (keyOf(new Set(header.paths)) !== header.key) return undefined;
    return { key: header.key, paths: header.paths, data };
  }

  /** Removes a file that is of no use (rare: done at once, so a write that follows is not undone). */
  private remove(): void {
    try {
      fs.rmSync(this.file, { force: true });
    } catch (err) {
      this.log(`corpus outline: cannot remove ${this.file}: ${String(err)}`);
    }
  }

  /** Writes the outline in the background (atomically); a write under way is followed by this one. */
  save(key: string, paths: readonly string[], data: OutlineData): void {
    const header: Header = {
      format: OUTLINE_FORMAT, engine: this.engine, key, paths: [...paths], stats: data.stats, keys: data.keys, words: data.words, classes: data.classes,
      storyWords: data.storyWords, lengths: ARRAYS.map((n) => data[n].length),
    };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const pad = (8 - ((LENGTH_AT + 4 + json.length) % 8)) % 8;
    const length = Buffer.alloc(4);
    length.writeUInt32LE(json.length + pad, 0);
    const rest: Uint8Array[] = [length, json, Buffer.alloc(pad, 0x20), ...ARRAYS.map((n) => new Uint8Array(data[n].buffer, data[n].byteOffset, data[n].byteLength))];
    const hash = createHash('sha1');
    for (const b of rest) hash.update(b);
    const head = Buffer.alloc(LENGTH_AT);
    head.write(MAGIC, 0, 'latin1');
    head.write(key.padEnd(40, ' ').slice(0, 40), KEY_AT, 'latin1');
    head.write(hash.digest('hex'), DIGEST_AT, 'latin1');
    const parts: Uint8Array[] = [head, ...rest];
    this.onDisk = key;
    const before = this.writing ?? Promise.resolve();
    const done = before.then(async () => {
      const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        await fs.promises.mkdir(nodePath.dirname(this.file), { recursive: true });
        await fs.promises.writeFile(tmp, parts);
        await fs.promises.rename(tmp, this.file);
      } catch (err) {
        if (this.onDisk === key) this.onDisk = undefined;
        this.log(`corpus outline: cannot write ${this.file}: ${String(err)}`);
        await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
      }
    });
    this.writing = done;
    void done.finally(() => { if (this.writing === done) this.writing = undefined; });
  }

  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** Deletes the outline ("Re-check All Articles"). */
  async clear(): Promise<void> {
    await this.flush();
    this.onDisk = undefined;
    await fs.promises.rm(this.file, { force: true });
  }
}

/** The header and arrays of a file, or why it cannot be used. */
function parse(buf: Buffer): { header: Header; data: OutlineData } | string {
  if (buf.length < LENGTH_AT + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return 'not an outline';
  if (createHash('sha1').update(buf.subarray(LENGTH_AT)).digest('hex') !== buf.toString('latin1', DIGEST_AT, LENGTH_AT)) return 'damaged';
  const headerLength = buf.readUInt32LE(LENGTH_AT);
  const start = LENGTH_AT + 4;
  if (start + headerLength > buf.length) return 'truncated header';
  let header: Header;
  try {
    header = JSON.parse(buf.toString('utf8', start, start + headerLength)) as Header;
  } catch {
    return 'unreadable header';
  }
  if (!isHeader(header) || header.key !== buf.toString('latin1', KEY_AT, DIGEST_AT)) return 'header of the wrong shape';
  const arrays = {} as Record<ArrayName, Uint32Array | Float64Array>;
  let at = start + headerLength;
  for (let i = 0; i < ARRAYS.length; i++) {
    const name = ARRAYS[i];
    const size = name === 'lows' ? 8 : 4;
    const bytes = header.lengths[i] * size;
    if (at + bytes > buf.length) return 'truncated';
    // Copied out, so the arrays are aligned whatever the buffer's offset.
    const copy = new ArrayBuffer(bytes);
    new Uint8Array(copy).set(buf.subarray(at, at + bytes));
    arrays[name] = name === 'lows' ? new Float64Array(copy) : new Uint32Array(copy);
    at += bytes;
  }
  if (at !== buf.length) return 'trailing bytes';
  const data = { stats: header.stats, keys: header.keys, words: header.words, classes: header.classes, storyWords: header.storyWords, ...arrays } as OutlineData;
  const why = inconsistency(data, header.paths.length);
  return why ? why : { header, data };
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');
const isNumbers = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => typeof n === 'number' && Number.isFinite(n));

function isHeader(h: unknown): h is Header {
  if (typeof h !== 'object' || h === null) return false;
  const x = h as Partial<Header>;
  const s = x.stats as Partial<CorpusStats> | undefined;
  const v = s?.vocabulary as Partial<CorpusStats['vocabulary']> | undefined;
  return typeof x.format === 'number' && typeof x.engine === 'string' && typeof x.key === 'string' && isStrings(x.paths) && isStrings(x.keys) &&
    isStrings(x.words) && isStrings(x.classes) && isStrings(x.storyWords) && isNumbers(x.lengths) && x.lengths.length === ARRAYS.length && x.lengths.every((n) => Number.isInteger(n) && n >= 0) &&
    typeof s === 'object' && s !== null && Number.isInteger(s.size) && isNumbers(s.values) && isStrings(s.zones) &&
    typeof v === 'object' && v !== null && typeof v.sentences === 'number' && isStrings(v.words) && isNumbers(v.counts) && v.words.length === v.counts.length &&
    Array.isArray(s.speakers) && s.speakers.every((e) => Array.isArray(e) && typeof e[0] === 'string' && Array.isArray(e[1]) &&
      e[1].every((k) => Array.isArray(k) && typeof k[0] === 'string' && typeof k[1] === 'number'));
}

/** Why the arrays do not fit together (starts ascending and ending at their array's length, places in range), or ''. */
function inconsistency(d: OutlineData, sources: number): string {
  if (d.stats.size !== sources) return 'sources miscounted';
  const groups: [Uint32Array, number, number, string][] = [
    [d.keyStarts, d.keys.length, d.keyPlaces.length, 'keys'], [d.wordStarts, d.words.length, d.wordTimes.length, 'words'],
    [d.lowStarts, d.classes.length, d.lows.length, 'figures'], [d.wideStarts, d.classes.length, d.widePlaces.length, 'wide figures'],
  ];
  groups.push([d.storyStarts, sources, d.storyIds.length, 'story words']);
  for (const [starts, names, total, what] of groups) {
    if (starts.length !== names + 1 || starts[0] !== 0 || starts[names] !== total) return `${what}: wrong bounds`;
    for (let i = 0; i < names; i++) if (starts[i] > starts[i + 1]) return `${what}: wrong bounds`;
  }
  if (d.lowPlaces.length !== d.lows.length) return 'figures: wrong lengths';
  for (const places of [d.keyPlaces, d.lowPlaces, d.widePlaces]) for (let i = 0; i < places.length; i++) if (places[i] >= sources) return 'a place out of range';
  for (let i = 0; i < d.wordTimes.length; i++) if (d.wordTimes[i] / TIME_SLOTS >= sources) return 'a time out of range';
  for (let i = 0; i < d.storyIds.length; i++) if (d.storyIds[i] >= d.storyWords.length) return 'a story word out of range';
  for (let c = 0; c < d.classes.length; c++) {
    for (let i = d.lowStarts[c]; i < d.lowStarts[c + 1]; i++) if (Number.isNaN(d.lows[i]) || (i > d.lowStarts[c] && d.lows[i - 1] > d.lows[i])) return 'figures out of order';
  }
  const sorted = (names: readonly string[]) => names.every((n, i) => i === 0 || names[i - 1] < n);
  if (!sorted(d.keys) || !sorted(d.words) || !sorted(d.classes) || !sorted(d.storyWords)) return 'names out of order';
  return '';
}
