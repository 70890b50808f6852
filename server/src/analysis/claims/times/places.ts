// Places whose wall clock the engine knows, by the zone label zoneFor reads: a dateline's place
// (placeZones.ts) and the place after a clock time ("7pm in London", scan.ts). Only places whose
// zone the engine names already (zones.ts) are listed; a place with its own daylight-saving rules
// (Athens) is left out. Sydney's is Australia's eastern summer-time clock (zones.ts, "Sydney time").
import { wordTable } from '../../wordTable';

const UK = 'UK time';
const CET = 'Paris time';

/** Places, lower case, to a zone label zoneFor reads. */
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
  sydney: 'Sydney time', melbourne: 'Sydney time', canberra: 'Sydney time', hobart: 'Sydney time', brisbane: 'AEST',
  surabaya: 'WIB', bandung: 'WIB', denpasar: 'WITA', makassar: 'WITA', jayapura: 'WIT',
  'new delhi': 'IST', delhi: 'IST', mumbai: 'IST', kolkata: 'IST', chennai: 'IST', bengaluru: 'IST', bangalore: 'IST',
  // South America's cities on a clock without summer time (Colombia, Peru, Argentina); names shared with Spain's cities (Cartagena, Córdoba) are left out.
  'bogotá': 'COT', bogota: 'COT', 'medellín': 'COT', medellin: 'COT', cali: 'COT', barranquilla: 'COT',
  lima: 'PET', 'buenos aires': 'ART',
  karachi: 'PKT', islamabad: 'PKT', lahore: 'PKT', kathmandu: 'NPT', moscow: 'MSK', johannesburg: 'SAST',
  'cape town': 'SAST', pretoria: 'SAST', durban: 'SAST', nairobi: 'EAT', lagos: 'WAT',
  // West Africa's capitals on UTC all year, with no summer time (Ghana, Senegal, Ivory Coast, Mali, Guinea,
  // Sierra Leone, Liberia, the Gambia, Togo, Burkina Faso, Mauritania), and Iceland's.
  accra: 'UTC', kumasi: 'UTC', dakar: 'UTC', abidjan: 'UTC', bamako: 'UTC', conakry: 'UTC', freetown: 'UTC',
  monrovia: 'UTC', banjul: 'UTC', 'lomé': 'UTC', lome: 'UTC', ouagadougou: 'UTC', nouakchott: 'UTC', reykjavik: 'UTC',
});

/** The zone label of a place ("GLASGOW", "New York"), or undefined. */
export function zoneOfPlace(place: string): string | undefined {
  return PLACE_ZONES[place.toLowerCase().replace(/\s+/g, ' ').trim()];
}

/**
 * Countries and states on one clock, named after a clock time ("2pm in the UK", "6am in California");
 * not a dateline's place. Countries on several clocks (the US, Canada, Australia) are left out.
 */
const REGION_ZONES: Record<string, string> = wordTable({
  'the uk': UK, britain: UK, 'great britain': UK, 'the united kingdom': UK, england: UK, scotland: UK, wales: UK,
  ireland: UK, 'northern ireland': UK, france: CET, germany: CET, belgium: CET, 'the netherlands': CET, spain: CET,
  italy: CET, austria: CET, switzerland: CET, sweden: CET, norway: CET, denmark: CET, poland: CET,
  california: 'PT', japan: 'JST', bali: 'WITA', lombok: 'WITA', 'south korea': 'KST', india: 'IST',
  colombia: 'COT', peru: 'PET', argentina: 'ART',
  // Panama, on UTC−5 all year; its capital's name is shared with a Florida city on US Central time, so
  // only the country is listed ("10:30 a.m. in Panama", "Panama time").
  panama: 'Panama time',
});

/** The zone label of a place or region named after a clock time, or undefined. */
export function zoneOfNamedPlace(place: string): string | undefined {
  const key = place.toLowerCase().replace(/\s+/g, ' ').trim();
  return PLACE_ZONES[key] ?? REGION_ZONES[key];
}
