// Money told per stretch of time: "$60,000 a year", "£12 an hour", "€2m per month", "paid annually".
// A rate is not a sum: "a deal worth $60,000 a year" is never held against "$52,000 in prize money"
// (nor $60,000 a year against $60,000 a month). Its measure names the stretch ("USD/year"), so it is
// compared only with money of the same currency per the same stretch.
import type { ArticleText, Figure } from '../../types';
import { wordTable } from '../../wordTable';

const STRETCHES: Record<string, string> = wordTable({
  year: 'year', annum: 'year', month: 'month', week: 'week', day: 'day', hour: 'hour', night: 'night', season: 'season',
});
/** Right after the sum: "a year", "per month", "each week", "every season"; "annually", "a-year". */
const RATE_AFTER = /^[ \u00a0]{1,2}(?:(?:a|an|per|each|every)[ \u00a0]{1,2}([A-Za-z]+)|(annually|yearly|monthly|weekly|nightly|hourly))(?![\p{L}\p{N}-])/u;
const ADVERBS: Record<string, string> = wordTable({ annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', nightly: 'night', hourly: 'hour' });

/** Marks each money figure told per stretch of time: its measure becomes "<currency>/<stretch>". */
export function moneyRates(text: ArticleText, figures: Figure[]): void {
  for (const f of figures) {
    if (f.unit !== 'money' || !f.measure || f.measure.includes('/')) continue;
    const m = RATE_AFTER.exec(text.plain.slice(f.span.end, f.span.end + 16));
    if (!m) continue;
    const stretch = m[1] ? STRETCHES[m[1].toLowerCase()] : ADVERBS[m[2].toLowerCase()];
    if (stretch) f.measure = `${f.measure}/${stretch}`;
  }
}
