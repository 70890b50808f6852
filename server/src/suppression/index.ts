// Suppression shared by the language server and the command line: pure functions, no editor imports.
export * from './comments';
export * from './config';
export * from './filter';
export * from './jsonc';
export * from './levels';
export * from './lines';
export * from './markers';
