// Korean and Taiwanese names are written family name first at home ("Yoon Ji-hye", "Lai Ching-te")
// and given name first by many foreign outlets ("Ji-hye Yoon"): one person either way. The given name
// of such names is two syllables joined by a hyphen, the second in lower case, which Western names
// never are ("Smith-Jones"). A person's key is written given name first, so both orders give one key
// and the family name, last, names the person alone ("Ms Yoon") as any surname does.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Family names of Korea and of Chinese names romanised with a hyphen (Wade–Giles, Taiwan, Hong Kong). */
const HYPHEN_GIVEN_FAMILIES = set(`
  kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo shin
  kwon hwang ahn song yoo yu ryu hong jeon chun ko koh go moon mun yang son bae baek paik heo hur nam noh roh
  ha kwak sung cha joo ju woo koo ku min na jin um eom chae won bang kong hyun ham byun byeon yeom choo chu
  do doh seok pyo gil tak yeo ma
  chen lin wang huang tsai lai hsu liu wu chiang kuo hou su ho tseng tsao chou lu
`);

/** A given name of two syllables joined by a hyphen, the second in lower case ("Ji-hye", "Ching-te"). */
const HYPHEN_GIVEN_WRITTEN = /^\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,6}$/u;
const HYPHEN_GIVEN_LOWER = /^\p{Ll}{1,6}-\p{Ll}{1,6}$/u;

/**
 * Whether a name's lower-case words are a family name then a hyphened given name ("yoon ji-hye").
 * `written`, when known, is the name as the text writes it: its given name must then have its second
 * syllable in lower case ("Ji-hye"; a label in capitals tells no case).
 */
export function familyNameFirst(words: readonly string[], written?: readonly string[]): boolean {
  if (words.length !== 2 || !HYPHEN_GIVEN_FAMILIES.has(words[0]) || !HYPHEN_GIVEN_LOWER.test(words[1])) return false;
  return written === undefined || written.length !== 2 || HYPHEN_GIVEN_WRITTEN.test(written[1]);
}

/** A person's key from a name's lower-case words: given name first ("yoon ji-hye" → "ji-hye yoon"). */
export function personKey(words: readonly string[], written?: readonly string[]): string {
  return familyNameFirst(words, written) ? `${words[1]} ${words[0]}` : words.join(' ');
}
