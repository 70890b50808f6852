// The clock of a dateline's place. A wire writes "1335 GMT" in a story datelined GLASGOW while the
// local paper and the club write "2.35pm": the dateline says which wall clock those are read on.
// Only places whose zone the engine names already (zones.ts) are listed, each under the label
// zoneFor knows; a place with its own daylight-saving rules (Sydney, Athens) is left out.
import { wordTable } from '../../wordTable';
import { lineBreak } from './dateline';

const UK = 'UK time';
const CET = 'Paris time';

/** Dateline places, lower case, to a zone label zoneFor reads. */
const PLACE_ZONES: Record<string, string> = wordTable({
  // United Kingdom and Ireland (Ireland keeps the UK's clock). Names shared with places on other
  // clocks (Perth, Birmingham, Cambridge, Portland…) are left out.
  london: UK, glasgow: UK, edinburgh: UK, aberdeen: UK, dundee: UK, inverness: UK, stirling: UK,
  liverpool: UK, leeds: UK, sheffield: UK, nottingham: UK, leicester: UK, southampton: UK, cardiff: UK,
  swansea: UK, belfast: UK, dublin: UK, cork: UK, galway: UK, limerick: UK, norwich: UK, coventry: UK,
  // Central European time.
  paris: CET, brussels: CET, berlin: CET, frankfurt: CET, munich: CET, hamburg: CET, amsterdam: CET,
  'the hague': CET, luxembourg: CET, madrid: CET, barcelona: CET, rome: CET, milan: CET, vienna: CET,
  zurich: CET, geneva: CET, bern: CET, stockholm: CET, oslo: CET, copenhagen: CET, warsaw: CET, prague: CET,
  budapest: CET, belgrade: CET, zagreb: CET, lyon: CET, marseille: CET, strasbourg: CET,
  // North America.
  'new york': 'ET', washington: 'ET', boston: 'ET', philadelphia: 'ET', atlanta: 'ET', miami: 'ET',
  detroit: 'ET', toronto: 'ET', ottawa: 'ET', montreal: 'ET', baltimore: 'ET', pittsburgh: 'ET',
  chicago: 'CT', houston: 'CT', dallas: 'CT', 'new orleans': 'CT', minneapolis: 'CT',
  winnipeg: 'CT', 'mexico city': 'CT', denver: 'MT', 'salt lake city': 'MT', calgary: 'MT', edmonton: 'MT',
  'los angeles': 'PT', 'san francisco': 'PT', seattle: 'PT', vancouver: 'PT', 'las vegas': 'PT',
  sacramento: 'PT', 'san diego': 'PT',
  // Zones without daylight saving.
  tokyo: 'JST', osaka: 'JST', seoul: 'KST', 'hong kong': 'HKT', singapore: 'SGT', manila: 'PHT', jakarta: 'WIB',
  'new delhi': 'IST', delhi: 'IST', mumbai: 'IST', kolkata: 'IST', chennai: 'IST', bengaluru: 'IST', bangalore: 'IST',
  karachi: 'PKT', islamabad: 'PKT', lahore: 'PKT', kathmandu: 'NPT', moscow: 'MSK', johannesburg: 'SAST',
  'cape town': 'SAST', pretoria: 'SAST', durban: 'SAST', nairobi: 'EAT', lagos: 'WAT',
});

/** The zone label of a dateline place ("GLASGOW", "New York"), or undefined. */
function zoneOfPlace(place: string): string | undefined {
  return PLACE_ZONES[place.toLowerCase().replace(/\s+/g, ' ').trim()];
}

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
    at = end + 1;
  }
  return undefined;
}
