// Bundles the action (dist/index.js, its post step dist/post.js) and the CLI
// (dist/cli.js) as ES modules with every dependency inlined and no chunk
// shared between them. The action's entry is split: dist/index.js holds what
// reading and checking the inputs needs, and the measurement and the GitHub
// client are chunks under dist/action/, loaded by main.ts's dynamic imports
// once the inputs are known to be good (cold start: README, "The Action").
import { rmSync } from 'node:fs'
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import nodeResolve from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

const plugins = () => [
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], outDir: 'dist', noEmitOnError: true }),
  nodeResolve({ preferBuiltins: true }),
  // @actions/artifact reads its version from its package.json.
  json(),
  commonjs()
]

const onwarn = (warning, warn) => {
  // The toolkit's dependencies use `this` at module level; harmless in ESM.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
  warn(warning)
}

// Modules that do nothing when imported, only when called. Rollup may then
// leave them out where nothing is used: @actions/core imports its HTTP client
// (and undici) for OIDC tokens, which the action never asks for. Our own
// modules (but the entry points) only define things.
const ACTION_TREESHAKE = {
  moduleSideEffects: (id) =>
    !/node_modules\/(@actions\/(http-client|exec|io)|undici|tunnel)\//.test(id) && !(/\/src\//.test(id) && !/\/src\/(index|post|cli)\.ts$/.test(id))
}

// Chunk names change with the code: clear out the previous build's.
const cleanCliChunks = { name: 'clean-cli-chunks', buildStart: () => rmSync('dist/cli', { recursive: true, force: true }) }
const cleanChunks = { name: 'clean-chunks', buildStart: () => rmSync('dist/action', { recursive: true, force: true }) }

export default [
  {
    input: { index: 'src/index.ts' },
    output: { dir: 'dist', format: 'es', sourcemap: false, entryFileNames: '[name].js', chunkFileNames: 'action/[name].js' },
    treeshake: ACTION_TREESHAKE,
    plugins: [cleanChunks, ...plugins()],
    onwarn
  },
  {
    input: 'src/post.ts',
    output: { file: 'dist/post.js', format: 'es', sourcemap: false },
    treeshake: ACTION_TREESHAKE,
    plugins: plugins(),
    onwarn
  },
  {
    input: { cli: 'src/cli.ts' },
    // The commands are chunks under dist/cli/, loaded on demand (src/commands/cli.ts).
    output: { dir: 'dist', format: 'es', sourcemap: false, entryFileNames: '[name].js', chunkFileNames: 'cli/[name].js', banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : '') },
    plugins: [cleanCliChunks, ...plugins()],
    onwarn
  }
]
