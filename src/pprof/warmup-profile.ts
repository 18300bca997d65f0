/**
 * The profile the decoder warms up on (warmup.ts), as a generator. The
 * bytes are kept, base64, in warmup-data.ts: built at run time (cold code,
 * field by field) they cost 15-28 ms, more than the warm-up saves.
 * The warm-up test checks that the two agree; `UPDATE_WARMUP=1 npm test --
 * warmup` rewrites warmup-data.ts after a change here.
 *
 * What it holds is what the decoder reads differently, each in the first few
 * hundred samples: packed and unpacked repeated fields, values of one to six
 * bytes (past 2^31 and 2^40), location ids past 2^14, stacks of one to 130
 * frames (lengths of one and two bytes), every stack sampled twice and apart
 * (the stack table's equal-hash path), inlined frames, string and numeric
 * labels, names past 127 bytes, and times past 2^53.
 */

import protobuf from 'protobufjs/minimal.js'
import type { Writer } from 'protobufjs/minimal.js'

const FUNCTIONS = 300
const LOCATIONS = 1100
const STACKS = 160
const SAMPLES = 320
const ROOTS = ['runtime.goexit', 'net/http.(*conn).serve', 'net/http.serverHandler.ServeHTTP']

/**
 * A CPU profile shaped like Go's (field order, packed and unpacked repeated
 * fields, inlined frames, labels, ids past 2^14), with values of every
 * varint size the decoder reads differently, and each stack sampled twice,
 * apart.
 */
export function warmUpProfile(): Uint8Array {
  const w = protobuf.Writer.create()
  const strings: string[] = ['']
  const str = (s: string): number => strings.push(s) - 1
  let seed = 1
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff
    return (seed >>> 8) % n
  }

  for (const [type, unit] of [['samples', 'count'], ['cpu', 'nanoseconds']]) {
    open(w, 1)
    varint(w, 1, str(type))
    varint(w, 2, str(unit))
    w.ldelim()
  }

  const stacks: number[][] = []
  for (let s = 0; s < STACKS; s++) {
    // Mostly typical depths, some past 64 frames (a two-byte length), a few of one or two.
    const depth = s % 17 === 0 ? 70 + random(60) : s % 19 === 0 ? 1 + random(2) : 3 + random(40)
    const stack: number[] = []
    const randomFrames = depth < 3 ? depth : depth - ROOTS.length
    for (let k = 0; k < randomFrames; k++) stack.push(locationId(1 + random(LOCATIONS)))
    // The goroutine's root frames, the same in every stack but the shortest: functions that tie on flat and cum.
    for (let k = ROOTS.length; stack.length < depth; k--) stack.push(locationId(LOCATIONS + k))
    stacks.push(stack)
  }
  const labelKey = str('handler')
  const labelValues = [str('/api/users'), str('/api/orders')]
  const numKey = str('bytes')
  // Values from one byte up to past 2^31, 2^32 and 2^40 (but below 2^53).
  const big = [1, 300, 70_000, 2 ** 29 + 5, 2 ** 31 + 7, 2 ** 33 + 1, 2 ** 41 + 3]
  for (let i = 0; i < SAMPLES; i++) {
    const count = 1 + random(3)
    const ns = i % 5 === 0 ? big[random(big.length)] : count * 10_000_000
    open(w, 2)
    // Go writes a repeated field packed when it has more than two elements;
    // some values here are packed anyway (other writers do that).
    repeated(w, 1, stacks[(i * 7) % STACKS], false)
    repeated(w, 2, [count, ns], i % 7 === 0)
    if (i % 3 === 0) {
      open(w, 3)
      varint(w, 1, labelKey)
      varint(w, 2, labelValues[i & 1])
      w.ldelim()
    }
    if (i % 11 === 0) {
      open(w, 3)
      varint(w, 1, numKey)
      varint(w, 3, 4096 + i)
      varint(w, 4, numKey)
      w.ldelim()
    }
    w.ldelim()
  }

  mapping(w, 1, 0x400000, 0x1200000, str('/usr/local/bin/service'), str('0123456789abcdef'))
  mapping(w, 2, 0x7f0000000000, 0x7f0000200000, str('/lib/x86_64-linux-gnu/libc.so.6'), 0)

  for (let l = 1; l <= LOCATIONS + ROOTS.length; l++) {
    const shared = l % 50 === 0
    open(w, 4)
    varint(w, 1, locationId(l))
    varint(w, 2, shared ? 2 : 1)
    varint(w, 3, shared ? 0x7f0000001000 + l * 16 : 0x400000 + l * 64)
    // A quarter of the locations hold inlined calls (two to four lines).
    const lines = l % 4 === 0 && l <= LOCATIONS ? 2 + random(3) : 1
    for (let k = 0; k < lines; k++) {
      const fn = l > LOCATIONS ? FUNCTIONS + l - LOCATIONS : 1 + random(FUNCTIONS)
      const line = l % 9 === 0 ? 20_000 + l : 10 + random(900)
      open(w, 4)
      varint(w, 1, fn)
      varint(w, 2, line)
      w.ldelim()
    }
    w.ldelim()
  }
  for (let f = 1; f <= FUNCTIONS + ROOTS.length; f++) {
    // Some names past 127 bytes (a two-byte length), as generic instantiations have.
    const name =
      f > FUNCTIONS
        ? ROOTS[f - FUNCTIONS - 1]
        : f % 23 === 0
        ? `example.com/svc/internal/pkg${f}.Map[go.shape.struct { Key string; Value []example.com/svc/internal/model.Record${f}; Meta map[string]string }].Get`
        : `example.com/svc/internal/pkg${f % 37}.(*T${f % 5}).Func${f}`
    const id = str(name)
    const file = str(`/src/svc/internal/pkg${f % 37}/file${f % 7}.go`)
    open(w, 5)
    varint(w, 1, f)
    varint(w, 2, id)
    varint(w, 3, id)
    varint(w, 4, file)
    varint(w, 5, 10 + f)
    w.ldelim()
  }
  const periodType = [str('cpu'), str('nanoseconds')]
  for (const s of strings) w.uint32((6 << 3) | 2).string(s)
  varint(w, 9, 1_700_000_000_000_000_000)
  varint(w, 10, 30_000_000_000)
  open(w, 11)
  varint(w, 1, periodType[0])
  varint(w, 2, periodType[1])
  w.ldelim()
  varint(w, 12, 10_000_000)
  return w.finish()
}

/** Location ids from 1, and past 2^14 (three-byte varints) for the second half. */
function locationId(l: number): number {
  return l <= LOCATIONS / 2 ? l : 16_000 + l
}

function mapping(w: Writer, id: number, start: number, limit: number, file: number, buildId: number): void {
  open(w, 3)
  varint(w, 1, id)
  varint(w, 2, start)
  varint(w, 3, limit)
  varint(w, 5, file)
  varint(w, 6, buildId)
  for (const flag of [7, 8, 9, 10]) varint(w, flag, 1)
  w.ldelim()
}

/** Starts a length-delimited field (a message or a packed list); w.ldelim() ends it. */
function open(w: Writer, field: number): void {
  w.uint32((field << 3) | 2).fork()
}

function varint(w: Writer, field: number, v: number): void {
  w.uint32(field << 3).uint64(v)
}

/** Packed when asked to or when there are more than two values, as Go writes them. */
function repeated(w: Writer, field: number, values: number[], packed: boolean): void {
  if (!packed && values.length <= 2) {
    for (const v of values) varint(w, field, v)
    return
  }
  open(w, field)
  for (const v of values) w.uint64(v)
  w.ldelim()
}
