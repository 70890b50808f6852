// A small JSON-with-comments reader and editor for `.source-review.json`. Editors may annotate the
// file with // and /* */ comments and leave trailing commas (as in VS Code's settings.json); a quick
// fix that adds an entry inserts text into the file instead of rewriting it, so those survive.
// Hand-written scanner: linear in the text, nesting depth capped.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonNode {
  type: 'object' | 'array' | 'string' | 'number' | 'literal';
  value: JsonValue;
  /** Offsets of the value: from its first character to one past its last. */
  start: number;
  end: number;
  /** Object members in order, with the offsets of each key. */
  members?: { key: string; keyStart: number; node: JsonNode }[];
  /** Array elements in order. */
  items?: JsonNode[];
}

export class JsoncError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const MAX_DEPTH = 64;

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split(/\r\n|\r|\n/).length;
    throw new JsoncError(`${message} at line ${line}`, this.pos);
  }

  /** Skips white space and comments. */
  skip(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\uFEFF') this.pos++;
      else if (c === '/' && t[this.pos + 1] === '/') {
        const nl = t.indexOf('\n', this.pos);
        this.pos = nl < 0 ? t.length : nl + 1;
      } else if (c === '/' && t[this.pos + 1] === '*') {
        const close = t.indexOf('*/', this.pos + 2);
        if (close < 0) this.fail('unclosed comment');
        this.pos = close + 2;
      } else break;
    }
  }

  value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail('nested too deeply');
    this.skip();
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    const start = this.pos;
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(start, start + 64));
    if (!m) this.fail(c === undefined ? 'unexpected end of file' : `unexpected "${c}"`);
    this.pos += m[0].length;
    const word = m[0];
    if (word === 'true' || word === 'false' || word === 'null') {
      return { type: 'literal', value: word === 'null' ? null : word === 'true', start, end: this.pos };
    }
    return { type: 'number', value: Number(word), start, end: this.pos };
  }

  string(): JsonNode {
    const start = this.pos;
    const t = this.text;
    let i = start + 1;
    let out = '';
    for (;;) {
      if (i >= t.length) this.fail('unclosed string');
      const c = t[i];
      if (c === '"') break;
      if (c === '\n' || c === '\r') this.fail('line break in a string');
      if (c === '\\') {
        const e = t[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) { out += simple[e]; i += 2; continue; }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) { out += String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16)); i += 6; continue; }
        this.pos = i;
        this.fail('bad escape in a string');
      }
      out += c;
      i++;
    }
    this.pos = i + 1;
    return { type: 'string', value: out, start, end: this.pos };
  }

  object(depth: number): JsonNode {
    const start = this.pos++;
    const members: NonNullable<JsonNode['members']> = [];
    const value: { [key: string]: JsonValue } = {};
    for (;;) {
      this.skip();
      if (this.text[this.pos] === '}') break;
      if (this.text[this.pos] !== '"') this.fail('expected a "key" or "}"');
      const keyStart = this.pos;
      const key = this.string().value as string;
      this.skip();
      if (this.text[this.pos] !== ':') this.fail('expected ":"');
      this.pos++;
      const node = this.value(depth + 1);
      members.push({ key, keyStart, node });
      // Object.defineProperty keeps a "__proto__" key an ordinary key.
      Object.defineProperty(value, key, { value: node.value, enumerable: true, writable: true, configurable: true });
      this.skip();
      if (this.text[this.pos] === ',') { this.pos++; continue; }
      if (this.text[this.pos] === '}') break;
      this.fail('expected "," or "}"');
    }
    this.pos++;
    return { type: 'object', value, start, end: this.pos, members };
  }

  array(depth: number): JsonNode {
    const start = this.pos++;
    const items: JsonNode[] = [];
    for (;;) {
      this.skip();
      if (this.text[this.pos] === ']') break;
      items.push(this.value(depth + 1));
      this.skip();
      if (this.text[this.pos] === ',') { this.pos++; continue; }
      if (this.text[this.pos] === ']') break;
      this.fail('expected "," or "]"');
    }
    this.pos++;
    return { type: 'array', value: items.map((n) => n.value), start, end: this.pos, items };
  }
}

/** Parses JSON with comments and trailing commas. Throws JsoncError with a line number. */
export function parseJsonc(text: string): JsonNode {
  const s = new Scanner(text);
  const root = s.value(0);
  s.skip();
  if (s.pos < text.length) s.fail('unexpected text after the end');
  return root;
}

/** The indentation of the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** A value on one line, objects spaced as people write them: { "id": "…", "path": "…" }. */
export function inline(item: JsonValue): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return JSON.stringify(item);
  const entries = Object.entries(item).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
}

/**
 * Appends `item` (any JSON value, written on one line) to the array under `key` of the root object,
 * creating the key (or the whole file) when missing. Returns the new text, or null when the text is
 * not an object. Comments, order and formatting elsewhere are kept.
 */
export function appendToArray(text: string, key: string, item: JsonValue): string {
  const oneLine = inline(item);
  if (text.trim() === '') return `{\n  ${JSON.stringify(key)}: [\n    ${oneLine}\n  ]\n}\n`;
  const root = parseJsonc(text);
  if (root.type !== 'object' || !root.members) throw new JsoncError('the file is not a JSON object', root.start);
  const eol = eolOf(text);
  const member = [...root.members].reverse().find((m) => m.key === key);
  if (member && member.node.type === 'array' && member.node.items) {
    const arr = member.node;
    const base = indentAt(text, member.keyStart);
    const items = arr.items!;
    if (items.length === 0) {
      const insert = `[${eol}${base}  ${oneLine}${eol}${base}]`;
      return text.slice(0, arr.start) + insert + text.slice(arr.end);
    }
    const last = items[items.length - 1];
    const itemIndent = text.slice(arr.start, last.start).includes('\n') ? indentAt(text, last.start) : null;
    const insert = itemIndent !== null ? `,${eol}${itemIndent}${oneLine}` : `, ${oneLine}`;
    return text.slice(0, last.end) + insert + text.slice(last.end);
  }
  if (member) throw new JsoncError(`"${key}" should be a list`, member.node.start);
  const members = root.members;
  if (members.length === 0) {
    const insert = `{${eol}  ${JSON.stringify(key)}: [${eol}    ${oneLine}${eol}  ]${eol}}`;
    return text.slice(0, root.start) + insert + text.slice(root.end);
  }
  const last = members[members.length - 1];
  const base = indentAt(text, last.keyStart);
  const insert = `,${eol}${base}${JSON.stringify(key)}: [${eol}${base}  ${oneLine}${eol}${base}]`;
  return text.slice(0, last.node.end) + insert + text.slice(last.node.end);
}
