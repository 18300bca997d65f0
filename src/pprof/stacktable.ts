/**
 * Stacks keyed by their location-id bytes. A sample's location ids arrive
 * as protobuf varints; equal stacks have equal bytes, so the bytes
 * themselves are the key: hashed while copied, stored once in an arena, and
 * found again with an open-addressing table. No string or array is made per
 * sample, which keeps the garbage collector out of the decoding loop.
 */
export class StackTable {
  /** Key bytes of every distinct stack, back to back. */
  arena = new Uint8Array(1 << 16)
  arenaLength = 0
  keyStart = new Int32Array(1024)
  keyLength = new Int32Array(1024)
  private keyHash = new Int32Array(1024)
  count = 0
  /** Open addressing: slot holds stack index + 1, 0 when empty. */
  private slots = new Int32Array(1 << 12)
  private mask = (1 << 12) - 1

  /** Returns the stack index of `key[0, length)` with hash `hash`, adding it when new. */
  intern(key: Uint8Array, length: number, hash: number): number {
    const slots = this.slots
    let i = hash & this.mask
    for (;;) {
      const s = slots[i]
      if (s === 0) break
      const idx = s - 1
      if (this.keyHash[idx] === hash && this.keyLength[idx] === length && this.equal(idx, key, length)) return idx
      i = (i + 1) & this.mask
    }
    const idx = this.count++
    if (idx >= this.keyStart.length) this.growIndex()
    if (this.arenaLength + length > this.arena.length) {
      const next = new Uint8Array(Math.max(this.arena.length * 2, this.arenaLength + length))
      next.set(this.arena.subarray(0, this.arenaLength))
      this.arena = next
    }
    // A byte loop, not set(subarray): a view object per new stack is garbage the GC would chase.
    const arena = this.arena
    const at = this.arenaLength
    for (let j = 0; j < length; j++) arena[at + j] = key[j]
    this.keyStart[idx] = this.arenaLength
    this.keyLength[idx] = length
    this.keyHash[idx] = hash
    this.arenaLength += length
    slots[i] = idx + 1
    if (this.count * 2 > slots.length) this.rehash()
    return idx
  }

  private equal(idx: number, key: Uint8Array, length: number): boolean {
    const a = this.arena
    const start = this.keyStart[idx]
    for (let j = 0; j < length; j++) if (a[start + j] !== key[j]) return false
    return true
  }

  private growIndex(): void {
    const n = this.keyStart.length * 2
    const grow = (a: Int32Array) => {
      const b = new Int32Array(n)
      b.set(a)
      return b
    }
    this.keyStart = grow(this.keyStart)
    this.keyLength = grow(this.keyLength)
    this.keyHash = grow(this.keyHash)
  }

  private rehash(): void {
    const size = this.slots.length * 2
    const slots = new Int32Array(size)
    const mask = size - 1
    for (let idx = 0; idx < this.count; idx++) {
      let i = this.keyHash[idx] & mask
      while (slots[i] !== 0) i = (i + 1) & mask
      slots[i] = idx + 1
    }
    this.slots = slots
    this.mask = mask
  }

  /** Drops the lookup structures once decoding is over; the keys stay. */
  freeIndex(): void {
    this.slots = new Int32Array(1)
    this.mask = 0
    this.keyHash = new Int32Array(0)
  }
}
