// Tables looked up by words read from an article. A plain object literal inherits from
// Object.prototype, so "constructor", "toString" or "__proto__" in a text would be found in every
// table ("Constructor 25" read as money). These tables have no prototype: only their own words.

/** The entries as a lookup table with no inherited keys. */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
