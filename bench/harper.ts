// The reference: harper.js (Harper's WebAssembly build) linting the same draft in this process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { summarise, type Summary } from './stats';

function harperVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'node_modules', 'harper.js', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '?';
  } catch {
    return '?';
  }
}

export interface HarperResult { version: string; firstCallMs: number; runs: number; ms: Summary; lints: number }

export async function timeHarper(text: string, runs: number, warmup = 3): Promise<HarperResult> {
  // harper.js is ESM-only; a dynamic import works from this CommonJS module.
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const t0 = performance.now();
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  let lints = (await linter.lint(text, { language: 'markdown' })).length;
  const firstCallMs = performance.now() - t0;
  for (let i = 0; i < warmup; i++) await linter.lint(text + ' '.repeat(i + 1), { language: 'markdown' });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    // One character differs each run, as after a keystroke.
    const variant = text.slice(0, 100) + String.fromCharCode(97 + (i % 26)) + text.slice(100);
    const t = performance.now();
    lints = (await linter.lint(variant, { language: 'markdown' })).length;
    samples.push(performance.now() - t);
  }
  return { version: harperVersion(), firstCallMs: Math.round(firstCallMs), runs, ms: summarise(samples), lints };
}
