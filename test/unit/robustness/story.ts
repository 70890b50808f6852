// A small story of our own for the line-ending tests (engine, CLI and LSP): a draft that disagrees
// with two sources on a figure, a clock time and a quotation; and the line-ending variants.

/** Our own story: a draft that disagrees with two sources on a figure, a time and a quotation. */
export const STORY: Record<string, string> = {
  '001_cascade_wire.txt': [
    'PINEHURST, Ore., June 4 (Cascade Wire) - A propane tank explosion forced 2,300 people from their homes on Thursday, fire marshal Greta Lindqvist said.',
    '',
    'The blast happened at 6:40 a.m. PT near the rail yard, and crews had the fire under control by 9 a.m. PT.',
    '',
    '“We were lucky the wind was calm this morning,” Lindqvist told reporters.',
    '',
    'Damage was estimated at $3.2 million.',
    '',
  ].join('\n'),
  '002_valley_ledger.md': [
    '---', 'title: Pinehurst blast', '---', '',
    '# Pinehurst blast', '',
    'About 2,300 residents were evacuated on Thursday after a propane explosion, fire marshal Greta Lindqvist said.', '',
    'The explosion occurred at 6:40 a.m. PT, officials said.', '',
    '“We were lucky the wind was calm this morning,” Lindqvist said.', '',
  ].join('\n'),
  'draft_pinehurst.md': [
    '# Propane blast empties Pinehurst streets', '',
    'A propane explosion forced 3,100 people from their homes on Thursday, fire marshal Greta Lindqvist said.', '',
    'The blast happened at 7:40 a.m. PT near the rail yard.', '',
    '“We were lucky the wind was quiet this morning,” Lindqvist said.', '',
    'Damage was estimated at $3.2 million.', '',
  ].join('\n'),
};

/** Line-ending variants of an LF text. */
export const VARIANTS: Record<string, (lf: string) => string> = {
  'LF': (t) => t,
  'CRLF': (t) => t.replace(/\n/g, '\r\n'),
  'CR': (t) => t.replace(/\n/g, '\r'),
  // In this order a \r is never followed by a \n of the next break (that would make one \r\n).
  'mixed LF/CR/CRLF': (t) => { let k = 0; return t.replace(/\n/g, () => ['\n', '\r', '\r\n'][k++ % 3]); },
  'BOM + LF': (t) => `\ufeff${t}`,
  'BOM + CRLF': (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`,
};
