// A small glob matcher for workspace-relative paths ("**/*.{txt,md}", "**/node_modules/**").
// Linear-time by construction: braces are expanded once (bounded), then `**` over path segments and
// `*` inside a segment use the classic two-pointer wildcard walk — no regexes, no backtracking blow-up.

const MAX_ALTERNATIVES = 64;

/** A compiled glob: call it with a forward-slash path relative to the workspace folder. */
export type GlobMatcher = (relativePath: string) => boolean;

/** Compiles several globs into one matcher (true when any matches). */
export function compileGlobs(patterns: readonly string[]): GlobMatcher {
  const compiled = patterns.flatMap((p) => expandBraces(p.trim())).filter((p) => p.length > 0).map(splitPattern);
  return (path) => {
    const segments = splitPath(path);
    return compiled.some((pattern) => matchSegments(pattern, segments));
  };
}

/** "a/{b,c}/*.{txt,md}" → four alternatives; nested braces work; capped so no input explodes. */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '{') depth++;
    else if (ch === '}') { depth--; if (depth === 0) { close = i; break; } }
    else if (ch === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) return [pattern]; // unbalanced: treat the brace literally
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const middle = pattern.slice(bounds[k] + 1, bounds[k + 1]);
    for (const expanded of expandBraces(head + middle + tail)) {
      out.push(expanded);
      if (out.length >= MAX_ALTERNATIVES) return out;
    }
  }
  return out;
}

function splitPath(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((s) => s.length > 0 && s !== '.');
}

function splitPattern(pattern: string): string[] {
  const segments = splitPath(pattern);
  // Collapse runs of `**` so the walk below stays simple.
  return segments.filter((s, i) => !(s === '**' && segments[i - 1] === '**'));
}

/** `**` matches zero or more whole segments; every other pattern segment matches exactly one. */
function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < path.length) {
    if (p < pattern.length && pattern[p] === '**') {
      starP = p++;
      starS = s;
    } else if (p < pattern.length && matchSegment(pattern[p], path[s])) {
      p++;
      s++;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '**') p++;
  return p === pattern.length;
}

/** `*` any run, `?` one character, `[abc]`/`[a-z]`/`[!a]` a class; everything else literal. */
function matchSegment(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const step = p < pattern.length ? matchOne(pattern, p, text[t]) : -1;
    if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starT = t;
    } else if (step > 0) {
      p += step;
      t++;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** How many pattern characters match `ch` at `p` (0 = no match; `*` is handled by the caller). */
function matchOne(pattern: string, p: number, ch: string): number {
  const c = pattern[p];
  if (c === '*') return 0;
  if (c === '?') return 1;
  if (c === '[') {
    const close = pattern.indexOf(']', p + 2);
    if (close > p) {
      let i = p + 1;
      const negate = pattern[i] === '!' || pattern[i] === '^';
      if (negate) i++;
      let hit = false;
      for (; i < close; i++) {
        if (pattern[i + 1] === '-' && i + 2 < close) {
          if (ch >= pattern[i] && ch <= pattern[i + 2]) hit = true;
          i += 2;
        } else if (pattern[i] === ch) {
          hit = true;
        }
      }
      return hit !== negate ? close - p + 1 : 0;
    }
  }
  return c === ch ? 1 : 0;
}
