/**
 * A merged call tree of two sides (base and head) for a differential flame
 * graph: one node per path of function names from the root, with each
 * side's cumulative value. Profiles are added one at a time with a weight
 * (1 / requests for values per request, -1 for a "before" snapshot that is
 * subtracted), so a whole run folds into one tree without keeping its
 * profiles. Function names key the nodes, as in pprof's flame graph: two
 * builds (and two processes) share no location ids.
 */
import { NameTable, locationFrames } from './aggregate.js'
import { toFloat } from './exact.js'
import { FRAME_BLOCK_SHIFT, FRAME_OFFSET_MASK } from './model.js'
import type { Profile } from './model.js'

export type FlameSide = 'base' | 'head'

/** Child keys: parent * NAME_SPACE + name id (exact below 2^53 for any tree that fits in memory). */
const NAME_SPACE = 2 ** 24

export class FlameTree {
  readonly names = new NameTable()
  /** Per name id: the function's source file and start line ('' and 0 when unknown); head's where head has the function. */
  readonly files: string[] = []
  readonly lines: number[] = []
  private readonly fileFromHead: boolean[] = []
  /** Node 0 is the root (name -1); every other node's parent comes before it. */
  readonly parent: number[] = [-1]
  readonly name: number[] = [-1]
  readonly base: number[] = [0]
  readonly head: number[] = [0]
  private readonly children = new Map<number, number>()

  get size(): number {
    return this.parent.length
  }

  /**
   * Adds every sample of `p` (sample type `sampleIndex`) to `side`, each
   * value times `weight`, to its whole path: values are cumulative.
   */
  add(p: Profile, sampleIndex: number, side: FlameSide, weight = 1): void {
    const frames = locationFrames(p, this.names)
    this.noteFiles(p, side)
    const values = side === 'base' ? this.base : this.head
    const { start, names } = frames
    const { frameBlocks, frameAt, depth, width, count } = p.stacks
    const cells = p.stacks.values.safeCells()
    for (let s = 0; s < count; s++) {
      const raw = cells ? cells[s * width + sampleIndex] : toFloat(p.stacks.values.get(s * width + sampleIndex))
      if (raw === 0) continue
      const v = raw * weight
      values[0] += v
      const locs = frameBlocks[frameAt[s] >>> FRAME_BLOCK_SHIFT]
      const begin = frameAt[s] & FRAME_OFFSET_MASK
      let node = 0
      // Root first: locations are leaf first, and so are a location's inlined frames.
      for (let k = begin + depth[s] - 1; k >= begin; k--) {
        const loc = locs[k]
        for (let j = start[loc + 1] - 1; j >= start[loc]; j--) {
          node = this.child(node, names[j])
          values[node] += v
        }
      }
    }
  }

  private child(parent: number, nameId: number): number {
    const key = parent * NAME_SPACE + nameId
    let node = this.children.get(key)
    if (node === undefined) {
      node = this.parent.length
      this.parent.push(parent)
      this.name.push(nameId)
      this.base.push(0)
      this.head.push(0)
      this.children.set(key, node)
    }
    return node
  }

  /** File and start line of the functions in `p`: the first seen, but head's over base's (the code under review). */
  private noteFiles(p: Profile, side: FlameSide): void {
    const fromHead = side === 'head'
    for (const f of p.functions.values()) {
      if (f.name === '' || f.filename === '') continue
      const id = this.names.id(f.name)
      this.growFiles()
      if (this.files[id] === '' || (fromHead && !this.fileFromHead[id])) {
        this.files[id] = f.filename
        this.lines[id] = Math.max(0, toFloat(f.startLine))
        this.fileFromHead[id] = fromHead
      }
    }
    this.growFiles()
  }

  private growFiles(): void {
    while (this.files.length < this.names.names.length) {
      this.files.push('')
      this.lines.push(0)
      this.fileFromHead.push(false)
    }
  }
}
