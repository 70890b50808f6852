// server/src/firstStartSettings.ts: a smaller inlining budget while a first start analyses its
// sources on the server's own thread, V8's own once it is over or workers take the sources. The flag
// lasts for the process, so the real-V8 case runs in fresh processes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { armFirstStart, DEFAULT_INLINING_BUDGET, endFirstStart, FIRST_START_INLINING_BUDGET, resetFirstStartForTest, sourceAnalysedHere } from '../../../server/src/firstStartSettings';
import { analyseInWorkers } from '../../../server/src/ingest/pool';
import { stdoutOfFreshRun } from './freshProcess';

const MODULE = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'firstStartSettings.ts');
const during = `--max-inlined-bytecode-size-cumulative=${FIRST_START_INLINING_BUDGET}`;
const after = `--max-inlined-bytecode-size-cumulative=${DEFAULT_INLINING_BUDGET}`;

/**
 * Functions TurboFan inlines into one caller of twelve callees of ~76 bytes of bytecode each,
 * compiled after the given calls, as V8's inlining trace reports them.
 */
function inlinedAfter(calls: string): number {
  const callees = Array.from({ length: 12 }, (_, i) => `function g${i}(a, b) { let s = 0; for (let j = 0; j < a.length; j++) { s += a.charCodeAt(j) * ${i + 1} + b; if (s > 1e9) s = s % 97; } return s + a.length * ${i}; }`);
  const out = stdoutOfFreshRun(`
    import * as v8 from 'node:v8';
    import { armFirstStart, endFirstStart, sourceAnalysedHere } from ${JSON.stringify(MODULE)};
    void armFirstStart; void endFirstStart; void sourceAnalysedHere;
    ${calls}
    v8.setFlagsFromString('--allow-natives-syntax');
    v8.setFlagsFromString('--trace-turbo-inlining');
    // Parsed after the flags, for V8's own functions; the caller is compiled at once.
    const compile = (caller: string) => new Function(\`
      ${callees.join('\n      ')}
      function \${caller}(a, b) { return ${callees.map((_, i) => `g${i}(a, b)`).join(' + ')}; }
      %PrepareFunctionForOptimization(\${caller});
      for (let k = 0; k < 300; k++) \${caller}('abc' + k, k);
      %OptimizeFunctionOnNextCall(\${caller});
      return \${caller}('abcde', 3);\`)();
    compile('probe');
    console.log(JSON.stringify({ done: true }));
  `, path.dirname(MODULE));
  return out.split('\n').filter((l) => /^Inlining .*SharedFunctionInfo g\d+>} into .*SharedFunctionInfo probe>/.test(l)).length;
}

describe('server: first-start settings', () => {
  afterEach(() => resetFirstStartForTest());

  it('sets the first-start budget at the first source analysed here during a first update, and V8\'s own at its end', () => {
    const flags: string[] = [];
    resetFirstStartForTest((f) => flags.push(f));
    sourceAnalysedHere(); // no first update under way (a file changed on disk later): nothing
    assert.deepEqual(flags, []);
    armFirstStart();
    assert.deepEqual(flags, [], 'nothing until a source is analysed here (a start from the index reads them back)');
    sourceAnalysedHere();
    sourceAnalysedHere();
    assert.deepEqual(flags, [during]);
    endFirstStart();
    endFirstStart(); // one end too many changes nothing
    sourceAnalysedHere(); // the first update is over
    assert.deepEqual(flags, [during, after]);
  });

  it('a first update that analyses nothing here (a start from the index) sets nothing', () => {
    const flags: string[] = [];
    resetFirstStartForTest((f) => flags.push(f));
    armFirstStart();
    endFirstStart();
    assert.deepEqual(flags, []);
  });

  it('ingestion workers taking the sources end the settings', async () => {
    const flags: string[] = [];
    resetFirstStartForTest((f) => flags.push(f));
    armFirstStart();
    sourceAnalysedHere();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-first-start-'));
    try {
      const broken = path.join(dir, 'broken.js');
      fs.writeFileSync(broken, 'throw new Error("no engine here");\n');
      for await (const run of analyseInWorkers([{ path: path.join(dir, 'a.txt') }], { workers: 1, entry: { file: broken }, log: () => undefined })) void run;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.deepEqual(flags, [during, after]);
    sourceAnalysedHere(); // the main thread's fallback after the pool: not a first start any more
    assert.deepEqual(flags, [during, after]);
  });

  it('TurboFan inlines less while the settings are in force, and as before once they end (real V8)', function () {
    this.timeout(120000);
    const before = inlinedAfter('');
    const inForce = inlinedAfter('armFirstStart(); sourceAnalysedHere();');
    const ended = inlinedAfter('armFirstStart(); sourceAnalysedHere(); endFirstStart();');
    assert.ok(inForce < before, `in force ${inForce}, before ${before}`);
    assert.equal(ended, before, `ended ${ended}, before ${before}`);
  });
});
