// Prints the claims the engine extracts from article files: a developer's eye on extraction.
// usage: npx tsx scripts/dev/claims.ts FILE... [--figures|--times|--quotes|--people]
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../server/src/analysis';

const args = process.argv.slice(2);
const only = args.filter((a) => a.startsWith('--')).map((a) => a.slice(2));
const show = (k: string) => only.length === 0 || only.includes(k);
for (const path of args.filter((a) => !a.startsWith('--'))) {
  const a = analyzeArticle({ path, text: readFileSync(path, 'utf8') });
  console.log(`== ${path} (${a.label}, ${a.role}) dateline ${JSON.stringify(a.dateline)}`);
  if (show('figures')) a.figures.forEach((f, i) => {
    const anchor = a.figureAnchors[i] >= 0 ? a.times[a.figureAnchors[i]].text : '';
    console.log(`  F ${JSON.stringify(f.text)} = ${f.value} ${f.unit}${f.measure ? ':' + f.measure : ''} [${f.interval.low}, ${f.interval.high}] ${f.qualifier} counted=${f.counted}${f.of ? ' of=' + f.of : ''}${anchor ? ' @' + anchor : ''}`);
  });
  if (show('times')) for (const t of a.times) console.log(`  T ${JSON.stringify(t.text)} ${t.granularity} utc=${t.utcMinutes} local=${t.localMinutes} zone=${t.zone} ${JSON.stringify(t.date)} ${t.qualifier}`);
  if (show('quotes')) for (const q of a.quotes) console.log(`  Q ${JSON.stringify(q.text.slice(0, 70))} — ${q.speaker ? q.speaker.key + ' (' + q.speaker.via + ')' : '?'}${q.venue ? ' @ ' + q.venue.text : ''}`);
  if (show('people')) for (const p of a.people) console.log(`  P ${p.name} [${p.roles.join('; ')}]`);
}
