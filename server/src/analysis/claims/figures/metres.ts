// "2,650m", "300m wide", "300m (1,000ft)": an "m" glued to a numeral is metres, not millions, where
// no sum is told and the words around say length. "£4m", "4m shares" and "4m" alone stay millions.
import type { FigureToken } from './tokens';

/** Words of size or height right after a length ("300m wide", "a 40m-high wall", "2,000m above"). */
const DIMENSIONS = new Set(['wide', 'long', 'deep', 'high', 'tall', 'thick', 'across', 'above', 'below']);
/**
 * Words of direction or distance right after a length ("600m up Kestrel Road", "300m along the
 * ridge", "200m offshore"). "up"/"down" before "from", "on", "to" or "by" tell a change ("600m up
 * from 450m"), and are not read so; words a sum also takes ("600m short of", "600m off the bill",
 * "600m ahead of forecasts") are left out.
 */
const DIRECTIONS = new Set([
  'along', 'away', 'offshore', 'inland', 'upstream', 'downstream', 'uphill', 'downhill', 'north', 'south', 'east', 'west',
  'underground', 'underwater', 'downriver', 'upriver',
]);
/** After "up"/"down": a change of a sum or count, not a way along a road ("up from", "down on last year"). */
const CHANGE_AFTER = new Set(['from', 'on', 'to', 'by', 'in', 'year', 'compared', 'against', 'versus', 'vs']);
/** "600m of track", "400m of road": what a length of something is laid or lost in. */
const LAID = new Set([
  'track', 'road', 'line', 'railway', 'rail', 'fence', 'fencing', 'pipe', 'pipes', 'pipeline', 'cable', 'cables', 'wall', 'walls',
  'coast', 'coastline', 'beach', 'riverbank', 'bank', 'embankment', 'carriageway', 'motorway', 'path', 'footpath', 'cliff',
  'hedge', 'hedgerow', 'tunnel', 'trench', 'barrier', 'barriers', 'hose', 'tape', 'runway', 'street', 'lane', 'corridor',
]);

/**
 * Things news measures by their length, right after a length glued to its "m" ("a 4.5m shark", "a 12m
 * yacht", "4m waves"): nobody counts sharks, boats or waves in millions. "great white" is read as one.
 */
const MEASURED_THINGS = new Set([
  'shark', 'sharks', 'whale', 'whales', 'crocodile', 'crocodiles', 'croc', 'crocs', 'snake', 'snakes', 'python', 'pythons',
  'boat', 'boats', 'yacht', 'yachts', 'vessel', 'vessels', 'wave', 'waves', 'swell', 'swells', 'sinkhole', 'sinkholes',
]);

/** Lengths another unit converts a metre figure to in brackets: "300m (nearly 1,000ft)". */
const LENGTHS = new Set(['ft', 'feet', 'foot', 'yards', 'yard', 'yd', 'miles', 'mile', 'mi', 'inches', 'inch']);
/** Letters of a currency's code before a sum: "CHF 600m", "NZ$4m" (the "$" is a symbol of its own). */
const CODE = /^[A-Z]{2,3}$/;

/** Whether the "m" at token m, glued to the numeral before it, is metres. */
export function metresAt(tokens: readonly FigureToken[], m: number): boolean {
  const t = tokens[m];
  const numeral = tokens[m - 1];
  if (!t || t.lower !== 'm' || !numeral || numeral.kind !== 'number') return false;
  // Money: a currency symbol glued on ("£2,650m") or a code before ("CHF 650m").
  const before = tokens[m - 2];
  if (before && ((before.kind === 'symbol' && !numeral.spaced && before.text !== '(') || (before.kind === 'word' && CODE.test(before.text)))) return false;
  // "6,065 m (19,898 ft)", "5,364 m / 17,598 ft": an "m" set apart by a space is metres only where the
  // length it converts to follows at once, in brackets or after a slash.
  if (t.spaced) return convertedToLength(tokens, m) || lengthRowCell(tokens, m);
  // "2,650m": nobody writes 2.65 billion with a grouped numeral and an "m".
  if (numeral.text.includes(',')) return true;
  let k = m + 1;
  // "a 40m-high wall": the size hyphenated on.
  if (tokens[k]?.text === '-' && !tokens[k].spaced) k++;
  const next = tokens[k];
  if (next?.kind === 'word' && DIMENSIONS.has(next.lower)) return true;
  // "a 4.5m shark", "the 4.5m great white", "4m waves": a thing measured by its length.
  if (next?.kind === 'word' && k === m + 1 && (MEASURED_THINGS.has(next.lower) || (next.lower === 'great' && tokens[k + 1]?.lower === 'white'))) return true;
  // "600m up Kestrel Road", "600m of track": a way along something, or a length of it.
  if (next?.kind === 'word' && k === m + 1 && wayAlong(tokens, k)) return true;
  // "300m (nearly 1,000ft)": a length in brackets right after.
  if (tokens[m + 1]?.text !== '(') return false;
  for (let j = m + 2; j < m + 6 && j < tokens.length && tokens[j].text !== ')'; j++) {
    if (tokens[j].kind === 'word' && LENGTHS.has(tokens[j].lower) && tokens[j - 1]?.kind === 'number') return true;
  }
  return false;
}

/** A length right after the "m" at token m: "(19,898 ft)", "(about 1,000 feet)", "/ 17,598 ft". */
function convertedToLength(tokens: readonly FigureToken[], m: number): boolean {
  const open = tokens[m + 1]?.text;
  if (open !== '(' && open !== '/') return false;
  for (let j = m + 2; j < m + 6 && j < tokens.length && tokens[j].text !== ')'; j++) {
    if (tokens[j].kind === 'word' && LENGTHS.has(tokens[j].lower) && tokens[j - 1]?.kind === 'number') return true;
  }
  return false;
}

/** Row labels that name a length: "| Length | 175 m |", "| Height | 32 m |". */
const LENGTH_LABELS = new Set(['length', 'height', 'depth', 'width', 'beam', 'draught', 'draft', 'span', 'elevation', 'altitude', 'breadth']);
/** Most words a row's label cell holds. */
const LABEL_WORDS = 3;

/**
 * "| Length | 175 m | 300 m (984 ft) |": a numeral alone with its spaced "m" in a table cell, the cell
 * ending at the "m", in a row whose label cell (a few words, right before the numeral's cell) names a
 * length, is metres: nobody labels millions "Length".
 */
function lengthRowCell(tokens: readonly FigureToken[], m: number): boolean {
  const numeral = tokens[m - 1];
  const next = tokens[m + 1];
  if (!numeral.celled || (next !== undefined && !next.celled)) return false;
  let named = false;
  for (let k = m - 2, n = 0; k >= 0 && n < LABEL_WORDS; k--, n++) {
    const w = tokens[k];
    if (w.kind !== 'word') return false;
    if (LENGTH_LABELS.has(w.lower)) named = true;
    if (w.celled || k === 0) return named;
  }
  return false;
}

/** Whether the words from token k tell a way along something or a length of it ("up Kestrel Road", "of track"). */
function wayAlong(tokens: readonly FigureToken[], k: number): boolean {
  const word = tokens[k].lower;
  const after = tokens[k + 1];
  const afterWord = after?.kind === 'word' ? after.lower : '';
  if (word === 'up' || word === 'down') return afterWord !== '' && !CHANGE_AFTER.has(afterWord);
  if (DIRECTIONS.has(word)) return true;
  if (word !== 'of') return false;
  // "600m of track", "400m of the old railway", "300m of new fencing".
  for (let j = k + 1; j < k + 4 && j < tokens.length && tokens[j].kind === 'word'; j++) if (LAID.has(tokens[j].lower)) return true;
  return false;
}
