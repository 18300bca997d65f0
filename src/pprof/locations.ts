/**
 * Locations as columns instead of objects. A large profile has tens of
 * thousands of locations with one or more lines each; as objects they cost
 * the garbage collector more than the decoding itself. Here every field is
 * a typed column (ids and addresses exact through ExactArray), lines are
 * flattened, and a location is an index. `get(i)` builds an object for the
 * rare consumer that wants one.
 */
import { ExactArray } from './exact.js'
import type { Id, Line, Location } from './model.js'
import { frameId } from './stacktable.js'

/** Ids up to this are indexed by an array; beyond, by a map. */
const DENSE_LIMIT = 1 << 24

export class LocationTable {
  count = 0
  readonly ids = new ExactArray()
  readonly mappingIds = new ExactArray()
  readonly addresses = new ExactArray()
  folded = new Uint8Array(1024)
  /** Location i has lines lineStart[i] .. lineStart[i + 1] - 1 (innermost first). */
  lineStart = new Int32Array(1025)
  lineCount = 0
  readonly lineFunctions = new ExactArray()
  readonly lineNumbers = new ExactArray()
  readonly lineColumns = new ExactArray()

  /** Whether location i has id i + 1 for every i (as Go writes them). */
  inOrder = true
  private dense = new Int32Array(1024).fill(-1)
  private sparse: Map<Id, number> | null = null

  /** Index of the location with this id, or -1. */
  indexOf(id: Id): number {
    if (typeof id === 'number' && id < DENSE_LIMIT) return id < this.dense.length ? this.dense[id] : -1
    return this.sparse?.get(id) ?? -1
  }

  /**
   * Replaces each frame in `frames[0, length)` (a location id in the stack
   * table's form: id - 1, or a code for 0 and ids past 2^31, see
   * stacktable.ts) by the index of its location. Returns the position of the
   * first frame that names no location, or -1.
   */
  resolveFrames(frames: Int32Array, length: number, bigIds: Id[]): number {
    const dense = this.dense
    const limit = dense.length - 1
    for (let i = 0; i < length; i++) {
      const f = frames[i]
      const index = f >= 0 && f < limit ? dense[f + 1] : this.indexOf(frameId(f, bigIds))
      if (index < 0) return i
      frames[i] = index
    }
    return -1
  }

  /** Starts a location; returns its index, or -1 when the id is already taken. */
  begin(id: Id, mappingId: Id, address: Id, folded: boolean): number {
    if (this.indexOf(id) >= 0) return -1
    const i = this.count++
    if (id !== i + 1) this.inOrder = false
    if (typeof id === 'number' && id < DENSE_LIMIT) {
      if (id >= this.dense.length) {
        const next = new Int32Array(Math.max(this.dense.length * 2, id + 1)).fill(-1)
        next.set(this.dense)
        this.dense = next
      }
      this.dense[id] = i
    } else {
      ;(this.sparse ??= new Map()).set(id, i)
    }
    this.ids.ensure(i + 1)
    this.ids.set(i, id)
    this.mappingIds.ensure(i + 1)
    this.mappingIds.set(i, mappingId)
    this.addresses.ensure(i + 1)
    this.addresses.set(i, address)
    if (i >= this.folded.length) {
      const f = new Uint8Array(this.folded.length * 2)
      f.set(this.folded)
      this.folded = f
      const s = new Int32Array(this.folded.length + 1)
      s.set(this.lineStart)
      this.lineStart = s
    }
    this.folded[i] = folded ? 1 : 0
    this.lineStart[i] = this.lineCount
    this.lineStart[i + 1] = this.lineCount
    return i
  }

  /** Adds a line to the location begun last. */
  addLine(functionId: Id, line: Id, column: Id): void {
    const n = this.lineCount++
    this.lineFunctions.ensure(n + 1)
    this.lineFunctions.set(n, functionId)
    if (line !== 0) {
      this.lineNumbers.ensure(n + 1)
      this.lineNumbers.set(n, line)
    }
    if (column !== 0) {
      this.lineColumns.ensure(n + 1)
      this.lineColumns.set(n, column)
    }
    this.lineStart[this.count] = this.lineCount
  }

  lineValue(col: ExactArray, n: number): Id {
    return n < col.length ? col.get(n) : 0
  }

  /** Location i as an object. */
  get(i: number): Location {
    const lines: Line[] = []
    for (let n = this.lineStart[i]; n < this.lineStart[i + 1]; n++) {
      lines.push({
        functionId: this.lineFunctions.get(n),
        line: this.lineValue(this.lineNumbers, n),
        column: this.lineValue(this.lineColumns, n)
      })
    }
    return { id: this.ids.get(i), mappingId: this.mappingIds.get(i), address: this.addresses.get(i), lines, isFolded: this.folded[i] === 1 }
  }

  /** Treats location i as unmapped (its mapping does not exist, which pprof allows). */
  unmap(i: number): void {
    this.mappingIds.set(i, 0)
  }
}
