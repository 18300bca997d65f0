/**
 * Distinct stacks, keyed by their location ids. A sample's ids are decoded
 * into a reused Int32Array and hashed on the way; equal stacks have equal
 * ids, so the ids themselves are the key: stored once, and found again with
 * an open-addressing table. No string or array is made per sample, which
 * keeps the garbage collector out of the decoding loop, and the stored ids
 * become location indices in place once the locations are known (see
 * resolve.ts).
 *
 * The ids are stored in blocks (model.ts, StackSet) rather than one array
 * that doubles: a doubling array needs old and new at once and leaves the
 * slack of the last doubling, which for a large CPU profile is tens of MB.
 *
 * Ids are uint64. A frame holds id - 1 for ids 1 .. 2^31 - 1: Go numbers
 * locations 1..N in the order it writes them, so the frame is then already
 * the location's index and needs no resolving (resolve.ts). Id 0 is -1; a
 * larger id is a code -(k + 2), `bigIds[k]` holding it exactly.
 */
import { FRAME_BLOCK_SHIFT, FRAME_OFFSET_MASK } from './model.js'
import type { Id } from './model.js'

/** Ids per block: the first blocks are small so that small profiles stay small. */
const FIRST_BLOCK = 1 << 10
const BLOCK = 1 << FRAME_BLOCK_SHIFT

export class StackTable {
  private block = new Int32Array(FIRST_BLOCK)
  private used = 0
  readonly blocks: Int32Array[] = [this.block]
  /** Ids used in each block: the current one's is written when it is full, or by freeIndex. */
  readonly blockUsed: number[] = [0]
  /** Stack s: position of its first id (FRAME_BLOCK_SHIFT encoding) and its depth. */
  // Every table starts small, for small profiles and so that each grows
  // early: V8 compiles these methods once they are hot, and a growth path that
  // had not run by then would cost a recompile when it first did.
  at = new Int32Array(64)
  depth = new Int32Array(64)
  count = 0
  /** Frames of all stacks together. */
  frames = 0
  readonly bigIds: Id[] = []
  private readonly bigCodes = new Map<Id, number>()
  /**
   * Open addressing, two cells a slot: stack index + 1 (0 when empty) and
   * the stack's hash, side by side so a probe touches one cache line.
   */
  private slots = new Int32Array(2 << 6)
  private mask = (1 << 6) - 1

  /** The frame of an id that is 0 or does not fit 31 bits. */
  codeOf(id: Id): number {
    if (id === 0) return -1
    let code = this.bigCodes.get(id)
    if (code === undefined) {
      code = -(this.bigIds.length + 2)
      this.bigIds.push(id)
      this.bigCodes.set(id, code)
    }
    return code
  }

  /**
   * The label set of each stack, when stacks are told apart by labels too
   * (internLabelled); null otherwise.
   */
  labels: Int32Array | null = null

  /**
   * intern, for a stack with labels: stacks equal in frames but not in
   * `labelSet` stay apart. A table uses either this or intern, never both.
   */
  internLabelled(key: Int32Array, n: number, hash: number, labelSet: number): number {
    const labels = (this.labels ??= new Int32Array(this.at.length))
    const h = hashFinish(hash ^ Math.imul(labelSet + 1, 0x9e3779b1))
    const slots = this.slots
    const mask = this.mask
    let i = h & mask
    for (;;) {
      const s = slots[2 * i]
      if (s === 0) break
      if (slots[2 * i + 1] === h && labels[s - 1] === labelSet && this.equal(s - 1, key, n)) return s - 1
      i = (i + 1) & mask
    }
    const idx = this.add(key, n, h, i)
    this.labels![idx] = labelSet
    return idx
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
    if (this.depth[idx] !== n) return false
    const at = this.at[idx]
    const block = this.blocks[at >>> FRAME_BLOCK_SHIFT]
    const from = at & FRAME_OFFSET_MASK
    for (let j = 0; j < n; j++) if (block[from + j] !== key[j]) return false
    return true
  }

  private add(key: Int32Array, n: number, hash: number, slot: number): number {
    const idx = this.count++
    if (idx >= this.at.length) this.grow()
    if (this.used + n > this.block.length) this.newBlock(n)
    const block = this.block
    const from = this.used
    for (let j = 0; j < n; j++) block[from + j] = key[j]
    this.used = from + n
    this.frames += n
    this.at[idx] = ((this.blocks.length - 1) << FRAME_BLOCK_SHIFT) | from
    this.depth[idx] = n
    this.slots[2 * slot] = idx + 1
    this.slots[2 * slot + 1] = hash
    if (this.count * 2 > this.mask + 1) this.rehash()
    return idx
  }

  /** Starts a block for a stack of n ids: a stack longer than a block gets one of its own. */
  private newBlock(n: number): void {
    this.blockUsed[this.blocks.length - 1] = this.used
    const size = Math.min(BLOCK, this.block.length * 2)
    this.block = new Int32Array(Math.max(size, n))
    this.blocks.push(this.block)
    this.blockUsed.push(0)
    this.used = 0
  }

  private grow(): void {
    const n = this.at.length * 2
    const at = new Int32Array(n)
    at.set(this.at)
    this.at = at
    const depth = new Int32Array(n)
    depth.set(this.depth)
    this.depth = depth
    if (this.labels) {
      const labels = new Int32Array(n)
      labels.set(this.labels)
      this.labels = labels
    }
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
    this.blockUsed[this.blocks.length - 1] = this.used
    this.slots = new Int32Array(2)
    this.mask = 0
    this.bigCodes.clear()
  }
}

/** The location id a frame stands for (see codeOf). */
export function frameId(frame: number, bigIds: Id[]): Id {
  return frame >= 0 ? frame + 1 : frame === -1 ? 0 : bigIds[-frame - 2]
}

/** Final avalanche (murmur3's fmix32), so the table can index by the low bits. */
export function hashFinish(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}
