import { createRequire } from 'node:module';

const require$2 = createRequire(import.meta.url);
function __require$1() { return require$2("node:fs/promises"); }

const require$1 = createRequire(import.meta.url);
function __require() { return require$1("node:path"); }

export { __require$1 as _, __require as a };
