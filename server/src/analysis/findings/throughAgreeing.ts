// One step through an agreeing source, for figures and days alike (findings/figures.ts, times.ts).

/** A claim of some article, as the corpus holds it. */
interface SourceClaim {
  readonly article: { readonly path: string };
}

/**
 * "made 46 bids between them" in a source whose words reach only another source's "46 in total", which
 * that source's own check holds against a third's "fifty-two bids": the third disagrees with this one
 * too. What the own check of each source claim in `agreeing` (those agreeing with this claim that the
 * kind lets lead a step on, from `most` sources at most) holds it against is held against this claim too,
 * where `against` keeps it: one claim a source, none from a source in `taken` (this claim's own and
 * those its check already holds it to; for days, those it agrees with too). One step only: the kind's
 * `heldByOwnCheck` asks no further.
 */
export function heldThroughAgreeing<T extends SourceClaim>(agreeing: Iterable<T>, taken: Iterable<string>, heldByOwnCheck: (a: T) => Iterable<T>,
  against: (g: T) => boolean, most = Infinity): T[] {
  const seen = new Set(taken);
  const out: T[] = [];
  // `most` counts sources, not claims: a source telling the number twice ("six buses … the six") fills
  // one place, so it does not crowd out the next source, whose own check may be the one holding the odd
  // source's claim. Claims asked stay bounded (CLAIMS_A_SOURCE a source on average).
  const asked = new Set<string>();
  let claims = 0;
  for (const a of agreeing) {
    if (!asked.has(a.article.path) && asked.size >= most) break;
    if (++claims > most * CLAIMS_A_SOURCE) break;
    asked.add(a.article.path);
    for (const g of heldByOwnCheck(a)) {
      if (seen.has(g.article.path) || !against(g)) continue;
      seen.add(g.article.path);
      out.push(g);
    }
  }
  return out;
}

/** Claims asked a source on average at most: a source tells one number a few times, no more. */
const CLAIMS_A_SOURCE = 3;
