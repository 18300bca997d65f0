// Small loopback HTTP requests for readiness and identity checks. Each one
// uses its own connection (no agent): a keep-alive socket to a service we are
// about to kill would only get in the way.
import http from 'node:http'

export type ProbeResult =
  | { kind: 'response'; status: number; body: string }
  | { kind: 'refused' } // nothing listens: the service is not up (yet)
  | { kind: 'no-response'; detail: string } // something accepted the connection but sent no HTTP response

/**
 * GET url once. Any HTTP response counts, whatever its status; up to maxBody
 * bytes of its body are read (0: the body is not read, so a streaming
 * endpoint cannot hold us).
 */
export function probe(url: string, timeoutMs: number, maxBody = 0): Promise<ProbeResult> {
  return new Promise((resolve) => {
    let done = false
    const finish = (r: ProbeResult): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      req.destroy()
      resolve(r)
    }
    const req = http.get(url, { agent: false }, (res) => {
      const status = res.statusCode ?? 0
      if (maxBody <= 0) return finish({ kind: 'response', status, body: '' })
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (c: Buffer) => {
        chunks.push(c)
        size += c.length
        if (size >= maxBody) finish({ kind: 'response', status, body: text(chunks, maxBody) })
      })
      res.on('end', () => finish({ kind: 'response', status, body: text(chunks, maxBody) }))
      res.on('error', () => finish({ kind: 'response', status, body: text(chunks, maxBody) }))
    })
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ECONNREFUSED') finish({ kind: 'refused' })
      else finish({ kind: 'no-response', detail: err.code ?? err.message })
    })
    const timer = setTimeout(
      () => finish({ kind: 'no-response', detail: `no HTTP response within ${timeoutMs} ms` }),
      timeoutMs
    )
  })
}

function text(chunks: Buffer[], max: number): string {
  return Buffer.concat(chunks).subarray(0, max).toString('utf8')
}
