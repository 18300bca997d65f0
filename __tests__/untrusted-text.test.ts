/**
 * Untrusted text on its way out: a profile's sample type and unit (whoever
 * wrote the profile chose them) in compare's markdown and text, the warnings
 * line of the run report, and anything the CLI prints that could start a
 * line with a workflow command (`::set-output`, `::add-mask`, `##[...]`).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import MarkdownIt from 'markdown-it'
import { runCli } from '../src/commands/cli.js'
import { inertCommands } from '../src/report/escape.js'
import { renderRunMarkdown } from '../src/report/run.js'
import { buildProfile } from '../testdata/gen/protowriter.js'
import { fixedReport } from './helpers/report-fixture.js'

const md = new MarkdownIt({ html: true, linkify: true })
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pprof-gate-untrusted-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Lines a GitHub runner would take for a workflow command (it trims leading blanks first). */
const commandLines = (text: string) => text.split('\n').filter((l) => /^\s*(::|##\[)/.test(l))

async function compare(type: string, unit: string, format: string, frames = ['main.work']): Promise<{ code: number; stdout: string; stderr: string }> {
  const profile = (n: number) =>
    buildProfile({
      sampleTypes: [[type, unit]],
      functions: frames.map((name, i) => ({ id: i + 1, name })),
      locations: frames.map((_, i) => ({ id: i + 1, lines: [{ functionId: i + 1 }] })),
      samples: [{ locationIds: frames.map((_, i) => i + 1), values: [n] }]
    })
  const base = path.join(dir, `b-${format}.pb`)
  const head = path.join(dir, `h-${format}.pb`)
  await writeFile(base, profile(1))
  await writeFile(head, profile(5))
  let stdout = ''
  let stderr = ''
  const code = await runCli(['compare', base, head, '--format', format], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) })
  return { code, stdout, stderr }
}

const EVIL_TYPE = '<img src=x onerror=alert(1)>[a](javascript:alert(1))@octocat'
const EVIL_UNIT = '\u001b]8;;https://evil.example\u0007click\u001b[2J<b>@octocat</b>'

test('compare --format markdown: the sample type and unit are inert, the headline is built from escaped parts', async () => {
  const r = await compare(EVIL_TYPE, EVIL_UNIT, 'markdown')
  expect(r.code).toBe(0)
  const html = md.render(r.stdout)
  expect(html).not.toMatch(/<img|<a |<b>|href=/)
  // eslint-disable-next-line no-control-regex -- the point: none may come through
  expect(r.stdout).not.toMatch(/\u001b|\u0007/)
  // The headline names the type as a code span, then the unit as one.
  const headline = r.stdout.split('\n').find((l) => l.startsWith('**'))!
  expect(headline).toMatch(/^\*\*`[^`]*<img src=x[^`]*`\*\* \(`[^`]*U\+001B[^`]*`\): base 1, head 5, delta \+4/)
})

test('compare text output: no terminal escape or raw markup from the type or unit', async () => {
  const r = await compare(EVIL_TYPE, EVIL_UNIT, 'text')
  expect(r.code).toBe(0)
  // eslint-disable-next-line no-control-regex -- the point: none may come through
  expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/)
  expect(r.stdout.split('\n')[0]).toContain('(U+001B]8;;https:')
})

test('compare text output: a frame named like a workflow command starts no command line', async () => {
  const r = await compare('goroutine', 'count', 'text', ['::add-mask::x', '  ##[set-env name=A]b', 'main.leak'])
  expect(r.code).toBe(0)
  expect(r.stdout).toContain('add-mask::x')
  expect(commandLines(r.stdout)).toEqual([])
})

test('the markdown warnings line escapes the backslash too', () => {
  const report = fixedReport()
  report.warnings = ['\\<img src=x>\\[a](javascript:alert(1))']
  const out = renderRunMarkdown(report)
  const html = md.render(out)
  expect(html).not.toMatch(/<img|<a /)
  expect(out).toContain('\\\\\\<img src=x\\>')
})

test('inertCommands puts a backslash before a command at any line start, leaves the rest', () => {
  expect(inertCommands('ok\n::set-output name=a::b\n   ::add-mask::x\n##[error]y\nmid ::x')).toBe('ok\n\\::set-output name=a::b\n   \\::add-mask::x\n\\##[error]y\nmid ::x')
})

test('the CLI prints a failing service log without a workflow command line in it', async () => {
  const mod = path.join(dir, 'svc')
  await mkdir(mod, { recursive: true })
  await writeFile(path.join(mod, 'go.mod'), 'module example.com/svc\n\ngo 1.22\n')
  await writeFile(
    path.join(mod, 'main.go'),
    'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() {\n\tfmt.Println("::set-output name=verdict::pass")\n\tfmt.Println("  ::add-mask::nothing")\n\tfmt.Println("##[set-env name=X]y")\n\tos.Exit(3)\n}\n'
  )
  let stderr = ''
  const code = await runCli(['run', '--base-dir', mod, '--head-dir', mod, '--measure-unchanged', '--trials', '1', '--requests', '5', '--out', path.join(dir, 'run'), '--quiet'], {
    stdout: () => {},
    stderr: (s) => (stderr += s)
  })
  expect(code).toBe(2)
  expect(stderr).toContain('set-output name=verdict::pass')
  expect(commandLines(stderr)).toEqual([])
})
