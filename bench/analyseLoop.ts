// The analysis alone (text → sentences → claims), the loop bench/analyseCost.ts counts under valgrind:
// `node analyseLoop.js DIR COUNT [read]` (bundled as dist/ is) reads the first COUNT sources of DIR and
// analyses each; `read`: reads them only (the count of that run is taken off). Prints one JSON line.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/analysis/index';
import { applyServerHeapSettings } from '../server/src/heapSettings';

function loop(dir: string, count: number, analyse: boolean): void {
  applyServerHeapSettings();
  const files = fs.readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).sort().slice(0, count).map((n) => path.join(dir, n));
  let claims = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    if (analyse) { const a = analyzeArticle({ path: file, text }); claims += a.figures.length + a.times.length + a.quotes.length + a.people.length; }
    else claims += text.length & 1;
  }
  console.log(JSON.stringify({ sources: files.length, claims }));
}

const argv = process.argv.slice(2);
loop(argv[0], Number(argv[1]), !argv.includes('read'));
