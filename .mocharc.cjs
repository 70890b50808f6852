// Mocha adds a config's spec to the files named on its command line, so `npx mocha one.test.ts`
// would run every suite: the default spec applies only when no test file or glob is named.
const named = process.argv.slice(2).some((a) => !a.startsWith('-') && /\.ts$|\*/.test(a));
module.exports = {
  'node-option': ['import=tsx'],
  extension: ['ts'],
  timeout: 120000,
  ...(named ? {} : { spec: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/lsp/**/*.test.ts'] }),
};
