// The clock of a dateline's place. A wire writes "1335 GMT" in a story datelined GLASGOW while the
// local paper and the club write "2.35pm": the dateline says which wall clock those are read on.
// Only places whose zone the engine names already (zones.ts) are listed, each under the label
// zoneFor knows; a place with its own daylight-saving rules (Athens) is left out.
import { lineBreak } from './dateline';
import { zoneOfPlace } from './places';

/** Lines at the top of a story a dateline may open. */
const DATELINE_LINES = 8;
/**
 * A place in capitals opening a line, then a comma ("GLASGOW, May 22 (Meridian) -"), an outlet in
 * brackets ("GLASGOW (AP) —") or a dash ("GLASGOW – The council …"). Bounded classes: linear-time.
 */
const DATELINE_PLACE = /^[ \t*_>]{0,4}(\p{Lu}[\p{Lu}.'’ -]{1,30}?)(?:,|[ \u00a0]+\(|[ \u00a0]+[-–—][ \u00a0])/u;

/** The zone label of the place the story's dateline names, or undefined. */
export function datelineZone(plain: string): string | undefined {
  let at = 0;
  for (let n = 0; n < DATELINE_LINES && at < plain.length; n++) {
    const end = lineBreak(plain, at);
    const m = DATELINE_PLACE.exec(plain.slice(at, Math.min(end, at + 80)));
    if (m) {
      const zone = zoneOfPlace(m[1]);
      if (zone) return zone;
    }
    // "\r\n" is one break: counted as two, a Windows file's dateline falls past the lines read.
    at = end + (plain.charCodeAt(end) === 13 && plain.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return undefined;
}
