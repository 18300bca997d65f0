/**
 * A fake GitHub REST API on 127.0.0.1 for the action's tests: issue
 * comments (listed in pages with Link headers, created, updated), GET /user,
 * pull requests (one, or listed by head), and injected faults (403, 429 with
 * Retry-After, ...). Every request is recorded. Tokens listed in `users` act
 * as personal access tokens of that user; any other token acts as the
 * default GITHUB_TOKEN: GET /user answers 403 and its comments are by
 * github-actions[bot].
 */
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

const BOT = 'github-actions[bot]'
/** GitHub's limit on a comment body. */
export const MAX_BODY = 65_536

export class FakeGitHub {
  readonly calls: Call[] = []
  readonly comments = new Map<number, FakeComment[]>()
  readonly pulls: FakePull[] = []
  /** token -> login, for tokens that act as a user's personal access token. */
  readonly users = new Map<string, string>()
  private readonly faults: Fault[] = []
  private nextId = 1000
  private server?: http.Server
  url = ''

  constructor(readonly owner = 'octo', readonly repo = 'shop') {}

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')))
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

  private handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', this.url)
    const token = (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '')
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
    this.route(call, send)
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
