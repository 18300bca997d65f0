// Loopback ports: choosing a free one, and telling which process listens on one.
import { readdir, readFile, readlink } from 'node:fs/promises'
import net from 'node:net'

/**
 * A port that was free on 127.0.0.1 a moment ago: the kernel picks one for a
 * listener on port 0, which is closed at once. Another process can take it
 * before the service binds it; startService notices (the service exits with
 * "address already in use", or someone else answers) and tries again.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.once('error', reject)
    srv.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      const addr = srv.address()
      srv.close(() => {
        if (addr && typeof addr === 'object') resolve(addr.port)
        else reject(new Error('no port from listen(127.0.0.1:0)'))
      })
    })
  })
}

export type PortOwner = 'ours' | 'foreign' | 'unknown'

/**
 * Who listens on the TCP port, by the kernel's own tables (Linux only): the
 * inodes of listening sockets on the port from /proc/net/tcp and tcp6, and the
 * socket inodes among the open files of `pids` (/proc/PID/fd -> socket:[N]).
 * 'ours' when one of the pids holds such a socket, 'foreign' when there are
 * listeners and none is ours, 'unknown' when /proc does not tell (not Linux,
 * another network namespace, no listener seen).
 */
export async function portOwner(port: number, pids: number[]): Promise<PortOwner> {
  const listening = await listeningInodes(port)
  if (listening.size === 0) return 'unknown'
  for (const pid of pids) {
    let fds: string[]
    try {
      fds = await readdir(`/proc/${pid}/fd`)
    } catch {
      continue // gone, or not ours to read
    }
    for (const fd of fds) {
      const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')
      const m = /^socket:\[(\d+)\]$/.exec(target)
      if (m && listening.has(m[1])) return 'ours'
    }
  }
  return 'foreign'
}

const TCP_LISTEN = '0A'

async function listeningInodes(port: number): Promise<Set<string>> {
  const inodes = new Set<string>()
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string
    try {
      text = await readFile(table, 'utf8')
    } catch {
      continue
    }
    // "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ..."
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/)
      if (f.length < 10) continue
      const localPort = f[1].split(':')[1]
      if (localPort === hexPort && f[3] === TCP_LISTEN && f[9] !== '0') inodes.add(f[9])
    }
  }
  return inodes
}
