// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as two
// self-contained ES modules: no shared chunks, every dependency inlined.
import commonjs from '@rollup/plugin-commonjs'
import nodeResolve from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

const plugins = () => [
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], outDir: 'dist', noEmitOnError: true }),
  nodeResolve({ preferBuiltins: true }),
  commonjs()
]

const onwarn = (warning, warn) => {
  // The toolkit's dependencies use `this` at module level; harmless in ESM.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
  warn(warning)
}

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.js', format: 'es', sourcemap: false },
    plugins: plugins(),
    onwarn
  },
  {
    input: 'src/cli.ts',
    output: { file: 'dist/cli.js', format: 'es', sourcemap: false, banner: '#!/usr/bin/env node' },
    plugins: plugins(),
    onwarn
  }
]
