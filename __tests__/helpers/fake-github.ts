/**
 * A fake GitHub REST API on 127.0.0.1 for the action's tests: issue
 * comments (listed in pages with Link headers, created, updated), GET /user,
 * pull requests (one, or listed by head), a run's artifacts (the finalized
 * ones, listed in pages as the REST API does), and injected faults (403, 429 with
 * Retry-After, ...). Every request is recorded. Tokens listed in `users` act
 * as personal access tokens of that user; any other token acts as the
 * default GITHUB_TOKEN: GET /user answers 403 and its comments are by
 * github-actions[bot].
 *
 * It is also the artifact service the runner offers (ACTIONS_RESULTS_URL)
 * and the blob store behind it, as @actions/artifact calls them: Twirp
 * CreateArtifact (answering a signed upload URL on this server),
 * block-blob PUTs to that URL (stage blocks, then commit the list), Twirp
 * FinalizeArtifact (size and sha256 checked against what arrived). The
 * runtime token is JWT-shaped because the toolkit reads the run's backend
 * ids from its claims.
 */
import { createHash, randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
  html_url: string
}

export interface FakePull {
  number: number
  state: 'open' | 'closed'
  base: { ref: string }
  head: { ref: string; sha: string; repo: { full_name: string } }
}

export interface Call {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
  token: string
  at: number
}

export interface Fault {
  method: string
  /** Matched against the path without the query. */
  path: RegExp
  status: number
  headers?: Record<string, string>
  body?: unknown
  /** How many matching requests get this answer (default 1). */
  times?: number
}

/** An artifact as the service stores it: the zip the toolkit streamed, once finalized. */
export interface FakeArtifact {
  id: number
  name: string
  /** What FinalizeArtifact reported; checked against the blob. */
  size: number
  /** RFC 3339, when CreateArtifact asked for a retention period. */
  expiresAt: string | null
  zip: Buffer
  finalized: boolean
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/'
const BLOB = '/devstoreaccount1/'
const RUN_BACKEND_ID = 'c8a8b1e4-1d5b-4c39-9d2a-7f1f0a3e6b21'
const JOB_BACKEND_ID = '5f0e7c1a-8b1e-4a7b-b0f2-2d9f4a6e1c33'
const base64url = (x: unknown) => Buffer.from(JSON.stringify(x)).toString('base64url')

const BOT = 'github-actions[bot]'
/** GitHub's limit on a comment body. */
export const MAX_BODY = 65_536

export class FakeGitHub {
  readonly calls: Call[] = []
  readonly comments = new Map<number, FakeComment[]>()
  readonly pulls: FakePull[] = []
  /** token -> login, for tokens that act as a user's personal access token. */
  readonly users = new Map<string, string>()
  readonly artifacts: FakeArtifact[] = []
  /** The runner's ACTIONS_RUNTIME_TOKEN for the artifact service: JWT-shaped, its scope naming the run's backend ids. */
  readonly runtimeToken = `${base64url({ typ: 'JWT', alg: 'none' })}.${base64url({ scp: `Actions.GenericRead:0 Actions.Results:${RUN_BACKEND_ID}:${JOB_BACKEND_ID}` })}.fake-signature`
  private readonly faults: Fault[] = []
  /** Staged blocks of each blob upload, by the blob's path. */
  private readonly blocks = new Map<string, Map<string, Buffer>>()
  private nextId = 1000
  private server?: http.Server
  url = ''

  constructor(readonly owner = 'octo', readonly repo = 'shop') {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  addPull(number: number, head: FakePull['head'], base = 'main'): FakePull {
    const pr: FakePull = { number, state: 'open', base: { ref: base }, head }
    this.pulls.push(pr)
    this.comments.set(number, this.comments.get(number) ?? [])
    return pr
  }

  addComment(issue: number, login: string, body: string): FakeComment {
    const c: FakeComment = {
      id: this.nextId++,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.example/${this.owner}/${this.repo}/pull/${issue}#issuecomment-${this.nextId - 1}`
    }
    const list = this.comments.get(issue) ?? []
    list.push(c)
    this.comments.set(issue, list)
    return c
  }

  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault })
  }

  callsTo(method: string, path: RegExp): Call[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path))
  }

  /** The finalized artifact called `name`, if any. */
  artifact(name: string): FakeArtifact | undefined {
    return this.artifacts.find((a) => a.name === name && a.finalized)
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, bytes: Buffer): void {
    const url = new URL(req.url ?? '/', this.url)
    const token = (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '')
    const raw = url.pathname.startsWith(BLOB) ? '' : bytes.toString('utf8')
    let body: unknown = undefined
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      body = raw
    }
    const call: Call = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body, token, at: Date.now() }
    this.calls.push(call)
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-remaining': '4999', ...headers })
      res.end(data === undefined ? '' : JSON.stringify(data))
    }
    const fault = this.faults.find((f) => f.method === call.method && f.path.test(call.path) && (f.times ?? 1) > 0)
    if (fault) {
      fault.times = (fault.times ?? 1) - 1
      send(fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers)
      return
    }
    if (call.path.startsWith(TWIRP)) return this.twirp(call, send)
    if (call.path.startsWith(BLOB)) return this.blob(call, bytes, res)
    this.route(call, send)
  }

  /** The artifact service's Twirp JSON methods (errors as Twirp writes them: {code, msg}). */
  private twirp(call: Call, send: (status: number, data: unknown) => void): void {
    if (call.method !== 'POST') return send(404, { code: 'bad_route', msg: `no handler for ${call.method} ${call.path}` })
    if (call.token !== this.runtimeToken) return send(401, { code: 'unauthenticated', msg: 'invalid runtime token' })
    const req = (call.body ?? {}) as Record<string, unknown>
    if (req.workflow_run_backend_id !== RUN_BACKEND_ID || req.workflow_job_run_backend_id !== JOB_BACKEND_ID) {
      return send(400, { code: 'invalid_argument', msg: 'backend ids do not match the token' })
    }
    const name = typeof req.name === 'string' ? req.name : ''
    const method = call.path.slice(TWIRP.length)
    if (method === 'CreateArtifact') {
      if (!name || req.version !== 7) return send(400, { code: 'invalid_argument', msg: 'name and version 7 are required' })
      if (this.artifacts.some((a) => a.name === name)) return send(409, { code: 'already_exists', msg: `an artifact named ${name} already exists in this run` })
      const a: FakeArtifact = { id: this.nextId++, name, size: 0, expiresAt: typeof req.expires_at === 'string' ? req.expires_at : null, zip: Buffer.alloc(0), finalized: false }
      this.artifacts.push(a)
      return send(200, { ok: true, signed_upload_url: `${this.url}${BLOB}actions-results/${a.id}/${encodeURIComponent(name)}.zip?sig=fake-sig-${randomUUID()}` })
    }
    if (method === 'FinalizeArtifact') {
      const a = this.artifacts.find((x) => x.name === name && !x.finalized)
      if (!a) return send(404, { code: 'not_found', msg: `no artifact ${name} being uploaded` })
      const hash = `sha256:${createHash('sha256').update(a.zip).digest('hex')}`
      if (String(req.size) !== String(a.zip.length) || req.hash !== hash) {
        return send(400, { code: 'invalid_argument', msg: `size ${String(req.size)} and hash ${String(req.hash)} do not match the blob (${a.zip.length} bytes, ${hash})` })
      }
      a.size = a.zip.length
      a.finalized = true
      return send(200, { ok: true, artifact_id: String(a.id) })
    }
    send(404, { code: 'bad_route', msg: `no method ${method}` })
  }

  /** Azure block blob uploads to a signed URL: PUT ?comp=block&blockid=ID per block, then PUT ?comp=blocklist with the order. */
  private blob(call: Call, bytes: Buffer, res: http.ServerResponse): void {
    const reply = (status: number, message = '') => {
      res.writeHead(status, { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2025-01-05', etag: '"0x1"', 'last-modified': new Date().toUTCString() })
      res.end(message)
    }
    const a = this.artifacts.find((x) => call.path === `${BLOB}actions-results/${x.id}/${encodeURIComponent(x.name)}.zip` && !x.finalized)
    if (call.method !== 'PUT' || !a || !call.query.get('sig')?.startsWith('fake-sig-')) return reply(403, 'AuthenticationFailed')
    const staged = this.blocks.get(call.path) ?? new Map<string, Buffer>()
    this.blocks.set(call.path, staged)
    if (call.query.get('comp') === 'block') {
      staged.set(call.query.get('blockid') ?? '', bytes)
      return reply(201)
    }
    if (call.query.get('comp') === 'blocklist') {
      const ids = [...bytes.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1])
      if (ids.some((id) => !staged.has(id))) return reply(400, 'InvalidBlockList')
      a.zip = Buffer.concat(ids.map((id) => staged.get(id)!))
      this.blocks.delete(call.path)
      return reply(201)
    }
    reply(400, 'UnsupportedOperation')
  }

  private route(call: Call, send: (status: number, data: unknown, headers?: Record<string, string>) => void): void {
    const notFound = () => send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    const repo = `/repos/${this.owner}/${this.repo}`
    const login = this.users.get(call.token) ?? BOT
    let m: RegExpExecArray | null
    if (call.method === 'GET' && call.path === '/user') {
      if (!this.users.has(call.token)) return send(403, { message: 'Resource not accessible by integration' })
      return send(200, { login, type: 'User' })
    }
    if ((m = new RegExp(`^${repo}/issues/(\\d+)/comments$`).exec(call.path))) {
      const issue = Number(m[1])
      const list = this.comments.get(issue)
      if (!list) return notFound()
      if (call.method === 'GET') return this.page(call, list, send)
      if (call.method === 'POST') {
        const text = (call.body as { body?: unknown })?.body
        if (typeof text !== 'string') return send(422, { message: 'body is missing' })
        if (text.length > MAX_BODY) return send(422, { message: 'Validation Failed', errors: [{ code: 'custom', message: 'body is too long (maximum is 65536 characters)' }] })
        return send(201, this.addComment(issue, login, text))
      }
    }
    if (call.method === 'PATCH' && (m = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(call.path))) {
      const id = Number(m[1])
      const c = [...this.comments.values()].flat().find((x) => x.id === id)
      if (!c) return notFound()
      const text = (call.body as { body?: unknown })?.body
      if (typeof text !== 'string' || text.length > MAX_BODY) return send(422, { message: 'Validation Failed' })
      c.body = text
      return send(200, c)
    }
    if (call.method === 'GET' && (m = new RegExp(`^${repo}/pulls/(\\d+)$`).exec(call.path))) {
      const pr = this.pulls.find((p) => p.number === Number(m![1]))
      return pr ? send(200, pr) : notFound()
    }
    if (call.method === 'GET' && new RegExp(`^${repo}/actions/runs/\\d+/artifacts$`).test(call.path)) {
      const list = this.artifacts.filter((a) => a.finalized).map((a) => ({ id: a.id, name: a.name, size_in_bytes: a.size, expired: false }))
      return this.page(call, list, (status, data, headers) => send(status, { total_count: list.length, artifacts: data }, headers))
    }
    if (call.method === 'GET' && call.path === `${repo}/pulls`) {
      const state = call.query.get('state') ?? 'open'
      const head = call.query.get('head')
      const list = this.pulls.filter(
        (p) => (state === 'all' || p.state === state) && (!head || `${p.head.repo.full_name.split('/')[0]}:${p.head.ref}` === head)
      )
      return this.page(call, list, send)
    }
    notFound()
  }

  /** GitHub's pagination: per_page (default 30, at most 100), page from 1, Link with next/last. */
  private page(call: Call, list: unknown[], send: (status: number, data: unknown, headers?: Record<string, string>) => void): void {
    const per = Math.min(100, Number(call.query.get('per_page') ?? 30) || 30)
    const page = Math.max(1, Number(call.query.get('page') ?? 1) || 1)
    const last = Math.max(1, Math.ceil(list.length / per))
    const link = (p: number) => {
      const q = new URLSearchParams(call.query)
      q.set('page', String(p))
      q.set('per_page', String(per))
      return `${this.url}${call.path}?${q}`
    }
    const rels: string[] = []
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`)
    send(200, list.slice((page - 1) * per, page * per), rels.length ? { link: rels.join(', ') } : {})
  }
}
