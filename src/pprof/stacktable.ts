/**
 * Distinct stacks, keyed by their location ids. A sample's ids are decoded
 * into a reused Int32Array and hashed on the way; equal stacks have equal
 * ids, so the ids themselves are the key: stored once, back to back, in one
 * Int32Array, and found again with an open-addressing table. No string or
 * array is made per sample, which keeps the garbage collector out of the
 * decoding loop, and the stored ids become location indices in place once
 * the locations are known (see resolve.ts).
 *
 * Ids are uint64. Those below 2^31 (Go numbers locations 1..N) are stored
 * as they are; a larger one is stored as a negative code, -(k + 1), where
 * `bigIds[k]` holds it exactly.
 */
import type { Id } from './model.js'

export class StackTable {
  /** The ids of every distinct stack, back to back (leaf first). */
  frames = new Int32Array(1 << 16)
  length = 0
  /** Stack s has frames[start[s]] .. frames[start[s + 1] - 1]. */
  start = new Int32Array(1025)
  count = 0
  readonly bigIds: Id[] = []
  private readonly bigCodes = new Map<Id, number>()
  /** Capacity of the per-stack arrays. */
  private capacity = 1024
  /**
   * Open addressing, two cells a slot: stack index + 1 (0 when empty) and
   * the stack's hash, side by side so a probe touches one cache line.
   */
  private slots = new Int32Array(2 << 12)
  private mask = (1 << 12) - 1

  /** The stored form of an id that does not fit 31 bits. */
  codeOf(id: Id): number {
    let code = this.bigCodes.get(id)
    if (code === undefined) {
      code = -(this.bigIds.length + 1)
      this.bigIds.push(id)
      this.bigCodes.set(id, code)
    }
    return code
  }

  /** Returns the stack index of `key[0, n)` with hash `hash`, adding it when new. */
  intern(key: Int32Array, n: number, hash: number): number {
    const slots = this.slots
    const mask = this.mask
    let i = hash & mask
    for (;;) {
      const s = slots[2 * i]
      if (s === 0) break
      if (slots[2 * i + 1] === hash && this.equal(s - 1, key, n)) return s - 1
      i = (i + 1) & mask
    }
    return this.add(key, n, hash, i)
  }

  private equal(idx: number, key: Int32Array, n: number): boolean {
    const start = this.start
    const from = start[idx]
    if (start[idx + 1] - from !== n) return false
    const frames = this.frames
    for (let j = 0; j < n; j++) if (frames[from + j] !== key[j]) return false
    return true
  }

  private add(key: Int32Array, n: number, hash: number, slot: number): number {
    const idx = this.count++
    if (idx >= this.capacity) this.grow()
    if (this.length + n > this.frames.length) {
      const next = new Int32Array(Math.max(this.frames.length * 2, this.length + n))
      next.set(this.frames.subarray(0, this.length))
      this.frames = next
    }
    const frames = this.frames
    const at = this.length
    for (let j = 0; j < n; j++) frames[at + j] = key[j]
    this.length = at + n
    this.start[idx + 1] = this.length
    this.slots[2 * slot] = idx + 1
    this.slots[2 * slot + 1] = hash
    if (this.count * 2 > this.mask + 1) this.rehash()
    return idx
  }

  private grow(): void {
    this.capacity *= 2
    const start = new Int32Array(this.capacity + 1)
    start.set(this.start)
    this.start = start
  }

  private rehash(): void {
    const old = this.slots
    const size = (this.mask + 1) * 2
    const slots = new Int32Array(2 * size)
    const mask = size - 1
    for (let j = 0; j < old.length; j += 2) {
      if (old[j] === 0) continue
      const hash = old[j + 1]
      let i = hash & mask
      while (slots[2 * i] !== 0) i = (i + 1) & mask
      slots[2 * i] = old[j]
      slots[2 * i + 1] = hash
    }
    this.slots = slots
    this.mask = mask
  }

  /** Drops the lookup structures once decoding is over; the stacks stay. */
  freeIndex(): void {
    this.slots = new Int32Array(2)
    this.mask = 0
    this.bigCodes.clear()
  }
}

/** Mixes one id into a running stack hash. */
export function hashStep(h: number, id: number): number {
  return Math.imul(((h << 5) | (h >>> 27)) ^ id, 0x9e3779b1)
}

/** Final avalanche (murmur3's fmix32), so the table can index by the low bits. */
export function hashFinish(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}
