/**
 * Collects a profile's top-level fields as the decoder hands them over, and
 * folds samples into per-stack sums. String references stay indices until
 * the end (Go writes the string table last); `finish` validates everything
 * the way pprof's CheckValid does and resolves the names.
 */
import protobuf from 'protobufjs/minimal.js'
import type { Reader } from 'protobufjs/minimal.js'
import { ProfileError, parseError } from './errors.js'
import { ExactArray, scaleLikeGo } from './exact.js'
import type { Int64 } from './exact.js'
import { smallIdMax } from './model.js'
import type { Id, Mapping, Profile, ProfileFunction, SampleLabel, StackSet, ValueType } from './model.js'
import { readInt64, readSize, readUint64 } from './varint.js'
import { StackTable, hashFinish } from './stacktable.js'
import { LocationTable } from './locations.js'
import { resolveStacks } from './resolve.js'
import { displayName } from './names.js'
import { LimitError, decodeLimits } from './limits.js'
import type { DecodeLimits } from './limits.js'
import { BYTES, VARINT, readDelimited, readTag, skipField } from './wire.js'
import type { Tag } from './wire.js'

interface RawValueType {
  type: Int64
  unit: Int64
}
interface RawMapping extends Omit<Mapping, 'filename' | 'buildId'> {
  filename: Int64
  buildId: Int64
}
interface RawFunction extends Omit<ProfileFunction, 'name' | 'systemName' | 'filename'> {
  name: Int64
  systemName: Int64
  filename: Int64
}

interface Scalars {
  period: Int64
  timeNanos: Int64
  durationNanos: Int64
  dropFrames: Int64
  keepFrames: Int64
  defaultSampleType: Int64
  docUrl: Int64
  comments: Int64[]
  periodType: RawValueType | null
}

const FIELD_NAMES: Record<number, string> = {
  1: 'sample_type',
  2: 'sample',
  3: 'mapping',
  4: 'location',
  5: 'function',
  6: 'string_table',
  11: 'period_type',
  13: 'comment'
}

export class ProfileBuilder {
  private readonly sampleTypes: RawValueType[] = []
  /**
   * The profile's scalar fields, in an object of their own: a time_nanos
   * past 2^53 turns a field into a bigint, and period_type (which Go writes
   * after the samples) turns null into an object; such shape changes must
   * not reach the builder, whose shape the optimised sample loop depends on.
   */
  readonly scalars: Scalars = { period: 0, timeNanos: 0, durationNanos: 0, dropFrames: 0, keepFrames: 0, defaultSampleType: 0, docUrl: 0, comments: [], periodType: null }
  private readonly strings: string[] = []
  private readonly mappings = new Map<Id, RawMapping>()
  private readonly locations = new LocationTable()
  private readonly functions = new Map<Id, RawFunction>()
  private mappingCount = 0
  private locationCount = 0
  private functionCount = 0

  // Stack aggregation.
  private readonly table = new StackTable()
  private firstSample = new Int32Array(64)
  private width = -1
  private values = new ExactArray()
  private sampleCount = 0
  /** Whether any sample has a label, and any value is negative (see Profile.labelsChangeTotals). */
  private labels = false
  private negativeValues = false
  /** Smallest and largest string index used by labels (checked at the end). */
  private labelMinString: Int64 = 0
  private labelMaxString: Int64 = 0

  /** The largest frame stored, and whether any was negative: whether frames need resolving. */
  private maxFrame = -1
  private negativeFrames = false

  // Scratch space reused for every sample.
  private keyIds = new Int32Array(256)
  /**
   * A typed array, not an Int64[]: a JS array's element kind would follow
   * the first profile's values and cost the next profile a deoptimisation.
   * A value that a float64 cannot hold exactly is NaN here and its bigint
   * is in bigValues at the same position.
   */
  private sampleValues: Float64Array = new Float64Array(16)
  private readonly bigValues: bigint[] = []
  private readonly tag: Tag = { field: 0, wire: 0 }

  /** The caps on what decoding keeps (limits.ts); checked where a table grows. */
  private readonly limits: DecodeLimits
  private readonly maxStrings: number

  /** Whether samples are folded by stack and labels (keepLabels), rather than by stack alone. */
  private readonly keepLabels: boolean
  /** The current sample's label fields, as latin1 text, each followed by LABEL_END. */
  private sampleLabels = ''
  /** Distinct label sets by their text; set 0 is no labels. */
  private readonly labelSetIds = new Map<string, number>([['', 0]])
  private readonly labelSetTexts: string[] = ['']

  constructor(
    private readonly scale?: number[],
    limits: DecodeLimits = decodeLimits(),
    keepLabels = false,
    /** Keep function names as written, rather than as pprof shows them (names.ts). */
    private readonly rawNames = false
  ) {
    this.keepLabels = keepLabels
    this.limits = limits
    this.maxStrings = limits.strings
    // The string table starts as an array that has held a string: its
    // elements kind is then that of every profile's table from the start, and
    // the string loop V8 compiled for the previous profile fits this one.
    this.strings.push('')
    this.strings.length = 0
  }

  /** Adds the element's context to a decoding error: `parsing profile: sample 12: ...`. */
  withContext(e: unknown, field: number, offset: number): unknown {
    if (e instanceof LimitError) return e
    if (!(e instanceof ProfileError)) {
      if (e instanceof RangeError) e = parseError(e.message)
      else return e
    }
    const err = e as ProfileError
    const detail = err.message.replace(/^parsing profile: /, '')
    let where: string
    switch (field) {
      case 2:
        where = `sample ${this.sampleCount}`
        break
      case 3:
        where = `mapping #${this.mappingCount}`
        break
      case 4:
        where = `location #${this.locationCount}`
        break
      case 5:
        where = `function #${this.functionCount}`
        break
      case 6:
        where = `string_table[${this.strings.length}]`
        break
      default:
        where = `${FIELD_NAMES[field] ?? `field ${field}`} at byte ${offset}`
    }
    return parseError(`${where}: ${detail}`)
  }

  sampleType(r: Reader, end: number): void {
    if (this.sampleTypes.length >= this.limits.sampleTypes) throw new LimitError('sample types', this.limits.sampleTypes)
    this.sampleTypes.push(this.valueType(r, end))
    // Go writes the sample types first: samples then have the width known
    // from the start, and addSample's first-sample path never runs.
    if (this.sampleCount === 0) this.width = this.sampleTypes.length
  }

  periodType(r: Reader, end: number): void {
    this.scalars.periodType = this.valueType(r, end)
  }

  private valueType(r: Reader, end: number): RawValueType {
    const vt: RawValueType = { type: 0, unit: 0 }
    const tag = this.tag
    while (r.pos < end) {
      readTag(r, end, tag)
      if (tag.wire === VARINT && tag.field === 1) vt.type = readInt64(r, end)
      else if (tag.wire === VARINT && tag.field === 2) vt.unit = readInt64(r, end)
      else skipField(r, end, tag.wire)
    }
    return vt
  }

  string(r: Reader, end: number): void {
    // The whole value is the string; decode it as UTF-8 (invalid bytes become U+FFFD, as Go's string printing would show them).
    const buf = r.buf as Buffer
    if (this.strings.length >= this.maxStrings) throw new LimitError('strings in the string table', this.maxStrings)
    this.strings.push(buf.toString('utf8', r.pos, end))
    r.pos = end
  }

  /**
   * Decodes one Sample and folds it into its stack. The common tags (1-byte
   * tags of fields 1-3) are handled inline on the buffer; anything else goes
   * through the generic path. Location ids are decoded inline while they
   * fit four varint bytes (ids below 2^28, which is every id Go writes) and
   * hashed on the way: they are the stack key.
   */
  sample(r: Reader, end: number): void {
    const buf = r.buf
    let pos = r.pos
    let key = this.keyIds
    let klen = 0
    let hash = 0x811c9dc5 | 0
    let values = this.sampleValues
    let nv = 0
    let maxFrame = this.maxFrame
    // Negative when any frame is: its sign bit is or'ed in.
    let negative = 0
    while (pos < end) {
      const t = buf[pos]
      if (t === 0x0a || t === 0x08) {
        // location_id, packed (0x0a) or one unpacked value (0x08).
        let from: number
        let stop: number
        if (t === 0x0a) {
          r.pos = pos + 1
          const n = readSize(r, end, 'length')
          from = r.pos
          stop = from + n
          if (stop > end) throw parseError(`location_id: length ${n} runs past the end of the sample`)
          if (n > 0 && buf[stop - 1] >= 128) throw parseError('location_id: packed list ends inside a varint')
        } else {
          from = pos + 1
          stop = from
          while (stop < end && buf[stop] >= 128) stop++
          if (stop >= end) throw parseError('unexpected end of data inside a field')
          stop++
        }
        // At most one id per byte.
        if (klen + (stop - from) > key.length) {
          if (klen + (stop - from) > this.limits.depth) this.checkDepth(klen, from, stop, buf)
          const bigger = new Int32Array(Math.max(key.length * 2, klen + (stop - from)))
          bigger.set(key.subarray(0, klen))
          key = this.keyIds = bigger
        }
        let i = from
        while (i < stop) {
          // The list ends in a byte below 128, so no varint runs past `stop`.
          let b = buf[i++]
          let id = b & 127
          if (b >= 128) {
            b = buf[i++]
            id |= (b & 127) << 7
            if (b >= 128) {
              b = buf[i++]
              id |= (b & 127) << 14
              if (b >= 128) {
                b = buf[i++]
                id |= (b & 127) << 21
                if (b >= 128) {
                  r.pos = i - 4
                  // longFrame gives the frame; the + 1 cancels the - 1 below.
                  id = this.longFrame(r, stop) + 1
                  i = r.pos
                }
              }
            }
          }
          // The frame (stacktable.ts): id - 1, which for Go's profiles is the location's index.
          const frame = id - 1
          key[klen++] = frame
          if (frame > maxFrame) maxFrame = frame
          negative |= frame
          // Rotate, mix in the frame, multiply; hashFinish spreads the bits before the table uses them.
          hash = Math.imul(((hash << 5) | (hash >>> 27)) ^ frame, 0x9e3779b1)
        }
        pos = stop
      } else if (t === 0x12) {
        // value, packed.
        r.pos = pos + 1
        const n = readSize(r, end, 'length')
        const stop = r.pos + n
        if (stop > end) throw parseError(`value: length ${n} runs past the end of the sample`)
        pos = r.pos
        // At most one value per byte.
        if (nv + n > values.length) values = this.growValues(nv + n)
        while (pos < stop) {
          // Values below 2^49 inline (shortVarint: one loop for every length, so
          // a longer value first met late costs no recompile); longer ones (and
          // negative ones, ten bytes) exactly, via readInt64.
          const v = shortVarint(buf, pos, stop)
          if (v >= 0) {
            values[nv++] = v
            pos = shortVarintEnd
            continue
          }
          r.pos = pos
          this.setValue(nv++, readInt64(r, stop))
          pos = r.pos
        }
      } else if (t === 0x10) {
        // value, unpacked: read as the packed ones are.
        if (nv + 1 > values.length) values = this.growValues(nv + 1)
        const v = shortVarint(buf, pos + 1, end)
        if (v >= 0) {
          values[nv++] = v
          pos = shortVarintEnd
        } else {
          r.pos = pos + 1
          this.setValue(nv++, readInt64(r, end))
          pos = r.pos
        }
      } else if (t === 0x1a && !this.keepLabels && pos + 1 < end && buf[pos + 1] < 128 && pos + 2 + buf[pos + 1] <= end && this.shortLabel(buf, pos + 2, pos + 2 + buf[pos + 1])) {
        pos += 2 + buf[pos + 1]
      } else {
        r.pos = pos
        const tag = this.tag
        readTag(r, end, tag)
        if (tag.field === 3 && tag.wire === BYTES) {
          this.label(r, readDelimited(r, end))
        } else if (tag.field <= 3) {
          throw parseError(`field ${tag.field}: wire type ${tag.wire} is not valid here`)
        } else {
          skipField(r, end, tag.wire)
        }
        pos = r.pos
      }
    }
    r.pos = pos
    this.maxFrame = maxFrame
    if (negative < 0) this.negativeFrames = true
    this.addSample(key, klen, hashFinish(hash), values, nv)
  }

  /** Refuses a stack deeper than the cap (its ids, at most one per byte, may be fewer: count them). */
  private checkDepth(klen: number, from: number, stop: number, buf: Uint8Array): void {
    let n = klen
    for (let i = from; i < stop; i++) if (buf[i] < 128) n++
    if (n > this.limits.depth) throw new LimitError('frames in one stack', this.limits.depth)
  }

  private growValues(n: number): Float64Array {
    if (n > this.limits.sampleTypes) throw new LimitError('values in one sample', this.limits.sampleTypes)
    const bigger = new Float64Array(Math.max(n, this.sampleValues.length * 2))
    bigger.set(this.sampleValues)
    return (this.sampleValues = bigger)
  }

  private setValue(i: number, v: Int64): void {
    // Negative values are ten varint bytes, so they all come this way.
    if (v < 0) this.negativeValues = true
    if (typeof v === 'number') {
      this.sampleValues[i] = v
    } else {
      this.sampleValues[i] = NaN
      this.bigValues[i] = v
    }
  }

  /** The frame (stacktable.ts) of a location id of five or more varint bytes. */
  private longFrame(r: Reader, end: number): number {
    const id = readUint64(r, end)
    return typeof id === 'number' && id >= 1 && id <= 0x7fffffff ? id - 1 : this.table.codeOf(id)
  }

  /**
   * The common label (short, its string indices below 2^14) read inline;
   * false leaves anything else to `label`, which gives the exact errors.
   */
  private shortLabel(buf: Uint8Array, pos: number, end: number): boolean {
    let max = 0
    while (pos < end) {
      const t = buf[pos]
      if (pos + 1 >= end) return false
      if (t === 0x08 || t === 0x10 || t === 0x20) {
        let v = buf[pos + 1]
        if (v < 128) {
          pos += 2
        } else if (pos + 2 < end && buf[pos + 2] < 128) {
          v = (v & 127) | (buf[pos + 2] << 7)
          pos += 3
        } else {
          return false
        }
        if (v > max) max = v
      } else if (t === 0x18) {
        // num: any varint, not a string index.
        let p = pos + 1
        while (p < end && p - pos <= 10 && buf[p] >= 128) p++
        if (p >= end || p - pos > 10) return false
        pos = p + 1
      } else {
        return false
      }
    }
    if (max > this.labelMaxString) this.labelMaxString = max
    this.labels = true
    return true
  }

  private label(r: Reader, end: number): void {
    this.labels = true
    if (this.keepLabels) this.sampleLabels += (r.buf as Buffer).toString('latin1', r.pos, end) + LABEL_END
    const tag = this.tag
    while (r.pos < end) {
      readTag(r, end, tag)
      // key (1), str (2) and num_unit (4) are string indices; num (3) is a value.
      if (tag.wire === VARINT && (tag.field === 1 || tag.field === 2 || tag.field === 4)) {
        const s = readInt64(r, end)
        if (s < this.labelMinString) this.labelMinString = s
        if (s > this.labelMaxString) this.labelMaxString = s
      } else {
        skipField(r, end, tag.wire)
      }
    }
  }

  private addSample(key: Int32Array, klen: number, hash: number, values: Float64Array, w: number): void {
    const index = this.sampleCount
    if (w !== this.width || (this.sampleTypes.length > 0 && w !== this.sampleTypes.length)) this.checkWidth(w)
    // Counted only now, so the errors above name this sample (0-based), as withContext reports it.
    this.sampleCount++
    const before = this.table.count
    const s = this.keepLabels ? this.table.internLabelled(key, klen, hash, this.labelSet()) : this.table.intern(key, klen, hash)
    if (s === before) {
      if (s >= this.firstSample.length) {
        const next = new Int32Array(this.firstSample.length * 2)
        next.set(this.firstSample)
        this.firstSample = next
      }
      this.firstSample[s] = index
      if (s >= this.limits.stacks || this.table.frames > this.limits.frames || (s + 1) * w > this.limits.values) this.checkStacks(s, w)
      this.values.ensure((s + 1) * w)
    }
    const base = s * w
    const scale = this.scale
    for (let t = 0; t < w; t++) {
      let v: Int64 = values[t]
      if (v !== v) v = this.bigValues[t]
      if (scale && scale[t] !== 1) v = scaleLikeGo(v, scale[t])
      this.values.add(base + t, v)
    }
  }

  /** The current sample's label set (keepLabels), added when new. */
  private labelSet(): number {
    const text = this.sampleLabels
    this.sampleLabels = ''
    let id = this.labelSetIds.get(text)
    if (id === undefined) {
      if (this.labelSetTexts.length >= this.limits.stacks) throw new LimitError('distinct label sets', this.limits.stacks)
      id = this.labelSetTexts.length
      this.labelSetTexts.push(text)
      this.labelSetIds.set(text, id)
    }
    return id
  }

  /** Refuses the new stack `s` when it takes a stack table past a cap. */
  private checkStacks(s: number, w: number): void {
    const l = this.limits
    if (s >= l.stacks) throw new LimitError('distinct stacks', l.stacks)
    if (this.table.frames > l.frames) throw new LimitError('frames in distinct stacks', l.frames)
    if ((s + 1) * w > l.values) throw new LimitError(`sums kept (distinct stacks times ${w} values)`, l.values)
  }

  /** Takes the first sample's width when no sample type came first; else refuses a sample of the wrong width. */
  private checkWidth(w: number): void {
    if (this.width < 0) {
      this.width = w
    } else if (w !== this.width) {
      const want = this.sampleTypes.length || this.width
      throw parseError(`has ${w} values, want ${want} (one per sample type)`)
    }
    if (this.sampleTypes.length > 0 && w !== this.sampleTypes.length) {
      throw parseError(`has ${w} values, want ${this.sampleTypes.length} (one per sample type)`)
    }
  }

  mapping(r: Reader, end: number): void {
    if (this.mappingCount >= this.limits.mappings) throw new LimitError('mappings', this.limits.mappings)
    this.mappingCount++
    const m: RawMapping = {
      id: 0,
      memoryStart: 0,
      memoryLimit: 0,
      fileOffset: 0,
      filename: 0,
      buildId: 0,
      hasFunctions: false,
      hasFilenames: false,
      hasLineNumbers: false,
      hasInlineFrames: false
    }
    const tag = this.tag
    while (r.pos < end) {
      readTag(r, end, tag)
      if (tag.wire !== VARINT || tag.field > 10) {
        if (tag.field <= 10) throw parseError(`field ${tag.field}: wire type ${tag.wire}, want 0`)
        skipField(r, end, tag.wire)
        continue
      }
      const v = tag.field === 1 ? readUint64(r, end) : readInt64(r, end)
      switch (tag.field) {
        case 1: m.id = v; break
        case 2: m.memoryStart = v; break
        case 3: m.memoryLimit = v; break
        case 4: m.fileOffset = v; break
        case 5: m.filename = v; break
        case 6: m.buildId = v; break
        case 7: m.hasFunctions = v !== 0; break
        case 8: m.hasFilenames = v !== 0; break
        case 9: m.hasLineNumbers = v !== 0; break
        case 10: m.hasInlineFrames = v !== 0; break
      }
    }
    if (m.id === 0) throw parseError('id 0 is reserved')
    if (this.mappings.has(m.id)) throw parseError(`id ${m.id} is used by an earlier mapping`)
    this.mappings.set(m.id, m)
  }

  location(r: Reader, end: number): void {
    if (this.locationCount >= this.limits.locations) throw new LimitError('locations', this.limits.locations)
    this.locationCount++
    if (this.shortLocation(r.buf, r.pos, end)) {
      r.pos = end
      return
    }
    let id: Id = 0
    let mappingId: Id = 0
    let address: Id = 0
    let folded = false
    // Lines come before we know the id is free: collect them, then commit.
    const lines = this.scratchLines
    lines.length = 0
    const tag = this.tag
    while (r.pos < end) {
      readTag(r, end, tag)
      if (tag.field === 4) {
        if (tag.wire !== BYTES) throw parseError(`line (field 4): wire type ${tag.wire}, want 2`)
        if (this.locations.lineCount + lines.length / 3 >= this.limits.lines) throw new LimitError('lines in locations', this.limits.lines)
        this.line(r, readDelimited(r, end), lines)
        continue
      }
      if (tag.field > 5) {
        skipField(r, end, tag.wire)
        continue
      }
      if (tag.wire !== VARINT) throw parseError(`field ${tag.field}: wire type ${tag.wire}, want 0`)
      switch (tag.field) {
        case 1: id = readUint64(r, end); break
        case 2: mappingId = readUint64(r, end); break
        case 3: address = readUint64(r, end); break
        case 5: folded = readInt64(r, end) !== 0; break
      }
    }
    this.addLocation(id, mappingId, address, folded, lines, lines.length)
  }

  /** Adds a decoded location; `lines` holds function id, line and column of each line. */
  private addLocation(id: Id, mappingId: Id, address: Id, folded: boolean, lines: ArrayLike<Id>, n: number): void {
    if (this.locations.lineCount + n / 3 > this.limits.lines) throw new LimitError('lines in locations', this.limits.lines)
    if (id === 0) throw parseError('id 0 is reserved')
    if (this.locations.begin(id, mappingId, address, folded) < 0) throw parseError(`id ${id} is used by an earlier location`)
    for (let i = 0; i < n; i += 3) this.locations.addLine(lines[i], lines[i + 1], lines[i + 2])
  }

  private readonly scratchLines: Id[] = []

  /**
   * The common location read inline: known fields only, every value a
   * short varint (below 2^49: ids, addresses, line numbers Go writes), lines
   * with a one-byte length. Returns false, having changed nothing, for
   * anything else; `location` then reads it field by field with exact errors.
   */
  private shortLocation(buf: Uint8Array, pos: number, end: number): boolean {
    let id = 0
    let mappingId = 0
    let address = 0
    let folded = 0
    // A typed scratch with a count: emptying a JS array frees its storage, and refilling it allocates.
    let lines = this.shortLines
    let nl = 0
    while (pos < end) {
      const t = buf[pos++]
      if (t === 0x22) {
        if (pos >= end) return false
        const n = buf[pos++]
        const stop = pos + n
        if (n >= 128 || stop > end) return false
        let functionId = 0
        let line = 0
        let column = 0
        while (pos < stop) {
          const lt = buf[pos++]
          const v = shortVarint(buf, pos, stop)
          if (v < 0) return false
          pos = shortVarintEnd
          if (lt === 0x08) functionId = v
          else if (lt === 0x10) line = v
          else if (lt === 0x18) column = v
          else return false
        }
        if (nl + 3 > lines.length) lines = this.growShortLines()
        lines[nl++] = functionId
        lines[nl++] = line
        lines[nl++] = column
        continue
      }
      const v = shortVarint(buf, pos, end)
      if (v < 0) return false
      pos = shortVarintEnd
      if (t === 0x08) id = v
      else if (t === 0x10) mappingId = v
      else if (t === 0x18) address = v
      else if (t === 0x28) folded = v
      else return false
    }
    this.addLocation(id, mappingId, address, folded !== 0, lines, nl)
    return true
  }

  private shortLines: Float64Array = new Float64Array(48)

  private growShortLines(): Float64Array {
    if (this.locations.lineCount + this.shortLines.length / 3 >= this.limits.lines) throw new LimitError('lines in locations', this.limits.lines)
    const bigger = new Float64Array(this.shortLines.length * 2)
    bigger.set(this.shortLines)
    return (this.shortLines = bigger)
  }

  /** Reads a Line into `out` as three values: function id, line, column. */
  private line(r: Reader, end: number, out: Id[]): void {
    let functionId: Id = 0
    let line: Id = 0
    let column: Id = 0
    const tag = this.tag
    while (r.pos < end) {
      readTag(r, end, tag)
      if (tag.field > 3) {
        skipField(r, end, tag.wire)
        continue
      }
      if (tag.wire !== VARINT) throw parseError(`line: field ${tag.field}: wire type ${tag.wire}, want 0`)
      if (tag.field === 1) functionId = readUint64(r, end)
      else if (tag.field === 2) line = readInt64(r, end)
      else column = readInt64(r, end)
    }
    out.push(functionId, line, column)
  }

  function(r: Reader, end: number): void {
    if (this.functionCount >= this.limits.functions) throw new LimitError('functions', this.limits.functions)
    this.functionCount++
    if (this.shortFunction(r.buf, r.pos, end)) {
      r.pos = end
      return
    }
    const f: RawFunction = { id: 0, name: 0, systemName: 0, filename: 0, startLine: 0 }
    const tag = this.tag
    while (r.pos < end) {
      readTag(r, end, tag)
      if (tag.field > 5) {
        skipField(r, end, tag.wire)
        continue
      }
      if (tag.wire !== VARINT) throw parseError(`field ${tag.field}: wire type ${tag.wire}, want 0`)
      switch (tag.field) {
        case 1: f.id = readUint64(r, end); break
        case 2: f.name = readInt64(r, end); break
        case 3: f.systemName = readInt64(r, end); break
        case 4: f.filename = readInt64(r, end); break
        case 5: f.startLine = readInt64(r, end); break
      }
    }
    if (f.id === 0) throw parseError('id 0 is reserved')
    if (this.functions.has(f.id)) throw parseError(`id ${f.id} is used by an earlier function`)
    this.functions.set(f.id, f)
  }

  /**
   * The common function read inline, as shortLocation reads a location:
   * known fields with one-byte tags and short varint values. Returns false,
   * having changed nothing, for anything else (`function` then reads it
   * field by field with exact errors).
   */
  private shortFunction(buf: Uint8Array, pos: number, end: number): boolean {
    let id = 0
    let name = 0
    let systemName = 0
    let filename = 0
    let startLine = 0
    while (pos < end) {
      const t = buf[pos++]
      const v = shortVarint(buf, pos, end)
      if (v < 0) return false
      pos = shortVarintEnd
      if (t === 0x08) id = v
      else if (t === 0x10) name = v
      else if (t === 0x18) systemName = v
      else if (t === 0x20) filename = v
      else if (t === 0x28) startLine = v
      else return false
    }
    if (id === 0 || this.functions.has(id)) return false
    this.functions.set(id, { id, name, systemName, filename, startLine })
    return true
  }

  /** Adds a comment (a string index). */
  comment(v: Int64): void {
    const comments = this.scalars.comments
    if (comments.length >= this.limits.comments) throw new LimitError('comments', this.limits.comments)
    comments.push(v)
  }

  /** Validates the whole profile (as pprof's CheckValid does) and resolves strings. */
  finish(decodedBytes: number): Profile {
    const strings = this.strings
    if (strings.length === 0) {
      throw parseError('string table is empty (string_table[0] must be the empty string); this is not a profile')
    }
    if (strings[0] !== '') {
      throw parseError(`string_table[0] must be empty, got ${JSON.stringify(clip(strings[0]))}`)
    }
    // `where` and `id` name the reference in the error; the message is built only then.
    const str = (i: Int64, where: string, id?: Id): string => {
      if (typeof i !== 'number' || i < 0 || i >= strings.length) {
        const what = id === undefined ? where : where.replace('#', String(id))
        throw parseError(`${what}: string index ${i} out of range (string table has ${strings.length} entries)`)
      }
      return strings[i]
    }
    if (this.labelMinString < 0 || this.labelMaxString >= strings.length) {
      const bad = this.labelMinString < 0 ? this.labelMinString : this.labelMaxString
      str(bad, 'sample label')
    }
    const sampleTypes: ValueType[] = this.sampleTypes.map((vt, i) => ({
      type: str(vt.type, `sample_type[${i}] type`),
      unit: str(vt.unit, `sample_type[${i}] unit`)
    }))
    const rawPeriod = this.scalars.periodType
    const periodType = rawPeriod && {
      type: str(rawPeriod.type, 'period_type type'),
      unit: str(rawPeriod.unit, 'period_type unit')
    }
    if (this.sampleCount > 0 && sampleTypes.length === 0) {
      throw parseError('profile has samples but no sample types; cannot tell what the values mean')
    }
    if (this.sampleCount > 0 && this.width !== sampleTypes.length) {
      throw parseError(`sample 0: has ${this.width} values, want ${sampleTypes.length} (one per sample type)`)
    }

    const mappings = new Map<Id, Mapping>()
    for (const m of this.mappings.values()) {
      mappings.set(m.id, {
        ...m,
        filename: str(m.filename, 'mapping # filename', m.id),
        buildId: str(m.buildId, 'mapping # build_id', m.id)
      })
    }
    const functions = resolveFunctions(this.functions, str, this.rawNames)
    checkLocations(this.locations, mappings, functions)
    this.table.freeIndex()
    resolveStacks(this.table, this.locations, this.firstSample, this.maxFrame, this.negativeFrames)
    const table = this.table
    const stacks: StackSet = {
      count: table.count,
      width: this.width < 0 ? sampleTypes.length : this.width,
      frameBlocks: table.blocks,
      frameAt: table.at.subarray(0, table.count),
      depth: table.depth.subarray(0, table.count),
      values: this.values
    }
    const labelSets = this.keepLabels ? decodeLabelSets(this.labelSetTexts, str) : undefined
    if (this.keepLabels) stacks.labelSet = table.labels ? table.labels.subarray(0, table.count) : new Int32Array(table.count)
    return {
      sampleTypes,
      defaultSampleType: this.scalars.defaultSampleType === 0 ? '' : str(this.scalars.defaultSampleType, 'default_sample_type'),
      periodType,
      period: this.scalars.period,
      timeNanos: this.scalars.timeNanos,
      durationNanos: this.scalars.durationNanos,
      comments: this.scalars.comments.map((c, i) => str(c, `comment[${i}]`)),
      dropFrames: str(this.scalars.dropFrames, 'drop_frames'),
      keepFrames: str(this.scalars.keepFrames, 'keep_frames'),
      docUrl: str(this.scalars.docUrl, 'doc_url'),
      sampleCount: this.sampleCount,
      stacks,
      mappings,
      locations: this.locations,
      functions,
      decodedBytes,
      labelSets,
      labelsChangeTotals: this.labels && this.negativeValues && !this.keepLabels
    }
  }
}

/**
 * The functions with their names resolved. finish() is split into functions
 * like this one because V8 compiles a whole function to speed up one hot
 * loop in it: small ones compile fast, and code after a loop that had not
 * run yet would send the compiled function back to the interpreter.
 */
function resolveFunctions(raw: Map<Id, RawFunction>, str: (i: Int64, where: string, id?: Id) => string, rawNames: boolean): Map<Id, ProfileFunction> {
  const functions = new Map<Id, ProfileFunction>()
  for (const f of raw.values()) {
    const name = str(f.name, 'function # name', f.id)
    const systemName = str(f.systemName, 'function # system_name', f.id)
    // A literal rather than a spread: one object shape, built fast also before V8 optimises this.
    functions.set(f.id, {
      id: f.id,
      name: rawNames ? name : displayName(name, systemName),
      systemName,
      filename: str(f.filename, 'function # filename', f.id),
      startLine: f.startLine
    })
  }
  return functions
}

/** Checks that every line names a function; a location naming a missing mapping becomes unmapped (pprof allows it). */
function checkLocations(locs: LocationTable, mappings: Map<Id, Mapping>, functions: Map<Id, ProfileFunction>): void {
  // Which function ids exist: an array when they are small, else the map.
  const maxId = smallIdMax(functions.keys())
  const known = maxId >= 0 ? new Uint8Array(maxId + 1) : null
  if (known) for (const id of functions.keys()) known[id as number] = 1
  const lineStart = locs.lineStart
  // Plain cells when every id is a safe integer (the usual case): no get() per line.
  const fids = locs.lineFunctions.safeCells()
  const mids = locs.mappingIds.safeCells()
  for (let i = 0; i < locs.count; i++) {
    const m = mids ? mids[i] : locs.mappingIds.get(i)
    if (m !== 0 && !mappings.has(m)) locs.unmap(i)
    for (let n = lineStart[i]; n < lineStart[i + 1]; n++) {
      const fid = fids ? fids[n] : locs.lineFunctions.get(n)
      const found = known ? typeof fid === 'number' && fid <= maxId && known[fid] === 1 : functions.has(fid)
      if (!found) {
        throw parseError(`location ${locs.ids.get(i)}: line ${n - lineStart[i]}: function ${fid} not found`)
      }
    }
  }
}

/** Ends each label's bytes in a label set's text: not a latin1 character, so the text reads back unambiguously. */
const LABEL_END = '\u0100'

/** The label sets' texts (label messages as latin1, see labelSet) as labels with their strings. */
function decodeLabelSets(texts: string[], str: (i: Int64, where: string) => string): SampleLabel[][] {
  const tag: Tag = { field: 0, wire: 0 }
  return texts.map((text) => {
    const labels: SampleLabel[] = []
    for (const part of text.split(LABEL_END)) {
      if (part === '') continue
      const bytes = Buffer.from(part, 'latin1')
      const r = protobuf.Reader.create(bytes)
      const raw = { key: 0 as Int64, str: 0 as Int64, num: 0 as Int64, numUnit: 0 as Int64 }
      while (r.pos < bytes.length) {
        readTag(r, bytes.length, tag)
        if (tag.wire !== VARINT || tag.field > 4) skipField(r, bytes.length, tag.wire)
        else if (tag.field === 1) raw.key = readInt64(r, bytes.length)
        else if (tag.field === 2) raw.str = readInt64(r, bytes.length)
        else if (tag.field === 3) raw.num = readInt64(r, bytes.length)
        else raw.numUnit = readInt64(r, bytes.length)
      }
      labels.push({ key: str(raw.key, 'sample label'), str: str(raw.str, 'sample label'), num: raw.num, numUnit: str(raw.numUnit, 'sample label') })
    }
    return labels
  })
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}

/** Where the last shortVarint() ended. */
let shortVarintEnd = 0

/**
 * A varint of at most seven bytes (a value below 2^49, exact as a number)
 * that ends before `end`; -1 for anything longer or cut off. Up to four
 * bytes it stays in int32 arithmetic, so the result is a small integer that
 * optimised code passes around without boxing it. One loop for every length
 * (rather than a branch per length) on purpose: V8 compiles this once
 * locations are hot, and a length first met after that (a line number past
 * 16383, say) would otherwise send the compiled location loop back to the
 * interpreter.
 */
function shortVarint(buf: Uint8Array, pos: number, end: number): number {
  if (pos + 4 <= end) {
    let v = 0
    for (let i = 0; i < 4; i++) {
      const b = buf[pos + i]
      v |= (b & 127) << (7 * i)
      if (b < 128) {
        shortVarintEnd = pos + i + 1
        return v
      }
    }
  }
  let v = 0
  let scale = 1
  for (let i = 0; i < 7 && pos < end; i++) {
    const b = buf[pos++]
    v += (b & 127) * scale
    if (b < 128) {
      shortVarintEnd = pos
      return v
    }
    scale *= 128
  }
  return -1
}
