/**
 * The inner loop of density and COG (density-and-gain.ts) in WebAssembly
 * with 128-bit SIMD: a = Σ_x φ[k_x, :], g = Σ_x c_x · φ[k_x, :] over the
 * rows k_x a region is specialised in, two doubles per instruction.
 *
 * Why     the same loop in JavaScript is scalar (V8 does not vectorise) and
 *         ran 0.8× numpy's BLAS on the 3,000 × 1,400 benchmark; f64x2 halves
 *         the instructions. The module is assembled here from its opcodes
 *         (about 300 bytes, no toolchain, no dependency); where WebAssembly
 *         SIMD is missing, `simdRowSums` returns null and the caller keeps
 *         its JavaScript loop.
 * Layout  one linear memory: φ row-major with an even stride (rows padded
 *         with a zero), then a, g, and per call the rows' byte offsets (i32)
 *         and weights c (f64). Four rows per pass, then one at a time; the
 *         summation order differs from the JavaScript loop by rounding only.
 * Cost    O(d_r · I / 2) SIMD operations per region, one call per region.
 * References WebAssembly Core Specification 2.0, §5.4 (binary format of
 *         instructions; SIMD opcodes 0xFD).
 */
import { simdRowsMemory } from './simd-rows-memory.ts';

/** LEB128, unsigned. */
function u(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** LEB128, signed (small non-negative constants only here). */
function s(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const section = (id: number, body: number[]) => [id, ...u(body.length), ...body];
const vec = (items: number[][]) => [...u(items.length), ...items.flat()];
const name = (t: string) => [...u(t.length), ...Array.from(t, (c) => c.charCodeAt(0))];

// Opcodes used.
const I32 = 0x7f;
const V128 = 0x7b;
const get = (l: number) => [0x20, ...u(l)];
const set = (l: number) => [0x21, ...u(l)];
const i32c = (n: number) => [0x41, ...s(n)];
const add = 0x6a;
const gtS = 0x4a;
const geS = 0x4e;
const i32load = [0x28, 2, 0];
const f64load = [0x2b, 3, 0];
const v128load = [0xfd, 0x00, 4, 0];
const v128store = [0xfd, 0x0b, 4, 0];
const splat = [0xfd, 0x14];
const fadd = [0xfd, 0xf0, 0x01];
const fmul = [0xfd, 0xf2, 0x01];
const zero = [0xfd, 0x0c, ...new Array<number>(16).fill(0)];
/** block { loop { exitIf; body; br 0 } } */
const whileLoop = (exitIf: number[], body: number[]) => [
  0x02,
  0x40,
  0x03,
  0x40,
  ...exitIf,
  0x0d,
  1,
  ...body,
  0x0c,
  0,
  0x0b,
  0x0b,
];

// Parameters: 0 idx (i32 byte offsets of the rows), 1 cs (f64 weights),
// 2 cnt, 3 a, 4 g, 5 bytes (columns summed, in bytes, a multiple of 16),
// 6 base (added to every row offset: a block of columns, simd-column-blocks.ts).
const P_IDX = 0;
const P_CS = 1;
const P_CNT = 2;
const P_A = 3;
const P_G = 4;
const P_BYTES = 5;
const P_BASE = 6;
// Locals: 7 x, 8 i, 9-12 b0-b3 (i32); 13-16 c0-c3, 17-20 f0-f3 (v128).
const X = 7;
const IX = 8;
const B = [9, 10, 11, 12];
const C = [13, 14, 15, 16];
const F = [17, 18, 19, 20];

/** acc[p + i] += value (v128) — leaves nothing on the stack. */
const accumulate = (p: number, value: number[]) => [
  ...get(p),
  ...get(IX),
  add,
  ...get(p),
  ...get(IX),
  add,
  ...v128load,
  ...value,
  ...fadd,
  ...v128store,
];

function body(): number[] {
  const code: number[] = [];
  // Zero a and g.
  code.push(...i32c(0), ...set(IX));
  code.push(
    ...whileLoop(
      [...get(IX), ...get(P_BYTES), geS],
      [
        ...get(P_A),
        ...get(IX),
        add,
        ...zero,
        ...v128store,
        ...get(P_G),
        ...get(IX),
        add,
        ...zero,
        ...v128store,
        ...get(IX),
        ...i32c(16),
        add,
        ...set(IX),
      ],
    ),
  );
  // Four rows per pass.
  code.push(...i32c(0), ...set(X));
  const four: number[] = [];
  for (let j = 0; j < 4; j++) {
    // b_j = idx[x + j] + base; c_j = splat(cs[x + j])
    four.push(...get(P_IDX), ...get(X), ...i32c(2), 0x74, add, 0x28, 2, ...u(4 * j));
    four.push(...get(P_BASE), add, ...set(B[j]));
    four.push(...get(P_CS), ...get(X), ...i32c(3), 0x74, add, 0x2b, 3, ...u(8 * j));
    four.push(...splat, ...set(C[j]));
  }
  const inner: number[] = [];
  for (let j = 0; j < 4; j++) inner.push(...get(B[j]), ...get(IX), add, ...v128load, ...set(F[j]));
  const sum = [...get(F[0]), ...get(F[1]), ...fadd, ...get(F[2]), ...get(F[3]), ...fadd, ...fadd];
  const prod = (j: number) => [...get(F[j]), ...get(C[j]), ...fmul];
  const wsum = [...prod(0), ...prod(1), ...fadd, ...prod(2), ...prod(3), ...fadd, ...fadd];
  inner.push(...accumulate(P_A, sum), ...accumulate(P_G, wsum));
  inner.push(...get(IX), ...i32c(16), add, ...set(IX));
  four.push(...i32c(0), ...set(IX), ...whileLoop([...get(IX), ...get(P_BYTES), geS], inner));
  four.push(...get(X), ...i32c(4), add, ...set(X));
  code.push(...whileLoop([...get(X), ...i32c(4), add, ...get(P_CNT), gtS], four));
  // The remaining rows one at a time.
  const one: number[] = [];
  one.push(...get(P_IDX), ...get(X), ...i32c(2), 0x74, add, ...i32load);
  one.push(...get(P_BASE), add, ...set(B[0]));
  one.push(...get(P_CS), ...get(X), ...i32c(3), 0x74, add, ...f64load, ...splat, ...set(C[0]));
  const inner1 = [
    ...get(B[0]),
    ...get(IX),
    add,
    ...v128load,
    ...set(F[0]),
    ...accumulate(P_A, get(F[0])),
    ...accumulate(P_G, [...get(F[0]), ...get(C[0]), ...fmul]),
    ...get(IX),
    ...i32c(16),
    add,
    ...set(IX),
  ];
  one.push(...i32c(0), ...set(IX), ...whileLoop([...get(IX), ...get(P_BYTES), geS], inner1));
  one.push(...get(X), ...i32c(1), add, ...set(X));
  code.push(...whileLoop([...get(X), ...get(P_CNT), geS], one));
  code.push(0x0b);
  return code;
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const fn = [
    ...vec([
      [...u(6), I32],
      [...u(8), V128],
    ]),
    ...body(),
  ];
  const bytes = [
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vec([[0x60, ...vec(new Array<number[]>(7).fill([I32])), 0x00]])),
    ...section(2, vec([[...name('env'), ...name('mem'), 0x02, 0x00, ...u(1)]])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name('rows'), 0x00, 0]])),
    ...section(10, vec([[...u(fn.length), ...fn]])),
  ];
  return new Uint8Array(bytes);
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled row-sums module (null without WebAssembly SIMD); its function `rows` is described above. */
export function wasmModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    const bytes = moduleBytes();
    compiled = WebAssembly.validate(bytes) ? new WebAssembly.Module(bytes) : null;
  } catch {
    compiled = null;
  }
  return compiled;
}

export interface SimdRowSums {
  /** a = Σ φ rows, g = Σ c_x φ rows over `rows[from..to)` (indices of φ's rows). */
  run(rows: Int32Array, from: number, to: number, c: Float64Array): void;
  /** The sums of the last run (length ≥ the number of columns; views into the module's memory). */
  readonly a: Float64Array;
  readonly g: Float64Array;
}

/**
 * Copies φ (n × n, row-major) into a SIMD module's memory; null when
 * WebAssembly SIMD is not available (the caller then loops in JavaScript).
 */
export function simdRowSums(phi: Float64Array, n: number, maxRows: number): SimdRowSums | null {
  const mod = wasmModule();
  if (!mod) return null;
  const stride = n + (n & 1);
  const bytes = stride * 8;
  const { buf, rowsFn, aOff, gOff, idxOff, csOff } = simdRowsMemory(mod, bytes * n, bytes, maxRows);
  const phiM = new Float64Array(buf, 0, stride * n);
  if (stride === n) phiM.set(phi);
  else for (let k = 0; k < n; k++) phiM.set(phi.subarray(k * n, k * n + n), k * stride);
  const idx = new Int32Array(buf, idxOff, maxRows);
  const cs = new Float64Array(buf, csOff, maxRows);
  return {
    a: new Float64Array(buf, aOff, stride),
    g: new Float64Array(buf, gOff, stride),
    run(rows, from, to, c) {
      const cnt = to - from;
      for (let x = 0; x < cnt; x++) {
        const k = rows[from + x];
        idx[x] = k * bytes;
        cs[x] = c[k];
      }
      rowsFn(idxOff, csOff, cnt, aOff, gOff, bytes, 0);
    },
  };
}
