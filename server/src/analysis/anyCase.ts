// Patterns for pre-filters that must match every spelling a tokeniser lower-cases to a given word.

/**
 * Lower-case ASCII words as a pattern (no flags needed) matching every spelling whose lower case
 * they are: each letter in either case, and the Kelvin sign for "k" (the one other character whose
 * lower case is an ASCII letter). Regex syntax in `words` ("|") is kept.
 */
export function anyCase(words: string): string {
  return words.replace(/[a-z]/g, (c) => (c === 'k' ? '[kK\u212A]' : `[${c}${c.toUpperCase()}]`));
}
