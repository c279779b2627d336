// Reference `jaroszFilterFloat` and `decimateFloat`: the decoded image's float luma brought down to 64×64 by two
// passes of a box filter, in float32 exactly as the reference rounds (pdq-hash.ts says why that matters).

// Per-channel luma terms, each already a float32 product (exact in double, then rounded once).
const LUMA_R = new Float64Array(256);
const LUMA_G = new Float64Array(256);
const LUMA_B = new Float64Array(256);
for (let v = 0; v < 256; v++) {
  LUMA_R[v] = Math.fround(Math.fround(0.299) * v);
  LUMA_G[v] = Math.fround(Math.fround(0.587) * v);
  LUMA_B[v] = Math.fround(Math.fround(0.114) * v);
}

/** A decoded image: float luma, or 8-bit grey or packed RGB from the decoder. */
export interface Pixels {
  width: number;
  height: number;
  luma?: Float32Array;
  grey?: Uint8Array;
  rgb?: Uint8Array;
}

const fround = Math.fround;

/** Reference `computeJaroszFilterWindowSize(oldDim, 64)`, i.e. ceil(dim / 128). */
function windowSize(dim: number): number {
  return Math.trunc((dim + 127) / 128);
}

/** Reference `decimateFloat` sample positions: the input index under the centre of each of the 64 outputs. */
function samplePositions(dim: number): Int32Array {
  const pos = new Int32Array(64);
  for (let k = 0; k < 64; k++) pos[k] = Math.trunc(((k + 0.5) * dim) / 64);
  return pos;
}

/**
 * Reference `box1DFloat` along a contiguous row: a running-sum box filter whose window shrinks at the edges (four
 * phases: fill, grow, slide, shrink).
 *
 * Where the window is full, `sum * (1 / cnt)` replaces `sum / cnt`: for a float32 `sum` and an integer `cnt` below
 * 2^27 the exact quotient is never within 2^-52 (relative) of a float32 rounding midpoint, so the double product
 * rounds to the same float32 as the reference's float division, and a multiply is several times cheaper.
 */
function boxRow(src: Float32Array, srcOff: number, dst: Float32Array, dstOff: number, n: number, win: number): void {
  const half = (win + 2) >> 1;
  const p1 = half - 1;
  const p2 = win - half + 1;
  const p3 = n - win;
  let sum = 0;
  let cnt = 0;
  let ri = srcOff;
  let li = srcOff;
  let oi = dstOff;
  for (let i = 0; i < p1; i++) {
    sum = fround(sum + src[ri++]!);
    cnt++;
  }
  for (let i = 0; i < p2; i++) {
    sum = fround(sum + src[ri++]!);
    cnt++;
    dst[oi++] = sum / cnt;
  }
  const inv = 1 / cnt;
  for (let i = 0; i < p3; i++) {
    sum = fround(sum + src[ri++]!);
    sum = fround(sum - src[li++]!);
    dst[oi++] = sum * inv;
  }
  for (let i = 0; i < p1; i++) {
    sum = fround(sum - src[li++]!);
    cnt--;
    dst[oi++] = sum / cnt;
  }
}

/**
 * {@link boxRow} on four consecutive rows (`n` apart in both arrays) at once. Each running sum is a chain of
 * dependent float32 roundings; four independent chains let the CPU overlap them, which more than halves the time.
 */
function boxRow4(src: Float32Array, srcOff: number, dst: Float32Array, dstOff: number, n: number, win: number): void {
  const half = (win + 2) >> 1;
  const p1 = half - 1;
  const p2 = win - half + 1;
  const p3 = n - win;
  const b = n;
  const c = 2 * n;
  const e = 3 * n;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let cnt = 0;
  let ri = srcOff;
  let li = srcOff;
  let oi = dstOff;
  for (let i = 0; i < p1; i++, ri++) {
    s0 = fround(s0 + src[ri]!);
    s1 = fround(s1 + src[ri + b]!);
    s2 = fround(s2 + src[ri + c]!);
    s3 = fround(s3 + src[ri + e]!);
    cnt++;
  }
  for (let i = 0; i < p2; i++, ri++, oi++) {
    s0 = fround(s0 + src[ri]!);
    s1 = fround(s1 + src[ri + b]!);
    s2 = fround(s2 + src[ri + c]!);
    s3 = fround(s3 + src[ri + e]!);
    cnt++;
    dst[oi] = s0 / cnt;
    dst[oi + b] = s1 / cnt;
    dst[oi + c] = s2 / cnt;
    dst[oi + e] = s3 / cnt;
  }
  const inv = 1 / cnt;
  for (let i = 0; i < p3; i++, ri++, li++, oi++) {
    s0 = fround(fround(s0 + src[ri]!) - src[li]!);
    s1 = fround(fround(s1 + src[ri + b]!) - src[li + b]!);
    s2 = fround(fround(s2 + src[ri + c]!) - src[li + c]!);
    s3 = fround(fround(s3 + src[ri + e]!) - src[li + e]!);
    dst[oi] = s0 * inv;
    dst[oi + b] = s1 * inv;
    dst[oi + c] = s2 * inv;
    dst[oi + e] = s3 * inv;
  }
  for (let i = 0; i < p1; i++, li++, oi++) {
    s0 = fround(s0 - src[li]!);
    s1 = fround(s1 - src[li + b]!);
    s2 = fround(s2 - src[li + c]!);
    s3 = fround(s3 - src[li + e]!);
    cnt--;
    dst[oi] = s0 / cnt;
    dst[oi + b] = s1 / cnt;
    dst[oi + c] = s2 / cnt;
    dst[oi + e] = s3 / cnt;
  }
}

/** Runs {@link boxRow} over `rows` consecutive rows, four at a time. */
function boxRows(src: Float32Array, srcOff: number, dst: Float32Array, dstOff: number, rows: number, n: number, win: number): void {
  let k = 0;
  for (; k + 4 <= rows; k += 4) boxRow4(src, srcOff + k * n, dst, dstOff + k * n, n, win);
  for (; k < rows; k++) boxRow(src, srcOff + k * n, dst, dstOff + k * n, n, win);
}

/** Column pass, growing window: adds ring row `r` to the running column sums and, with `dst`, writes sums / cnt. */
function colAdd(sums: Float32Array, ring: Float32Array, r: number, dst: Float32Array | null, p: number, cnt: number, n: number): void {
  if (!dst) {
    for (let j = 0; j < n; j++) sums[j] = sums[j]! + ring[r + j]!;
    return;
  }
  for (let j = 0; j < n; j++) {
    const v = fround(sums[j]! + ring[r + j]!);
    sums[j] = v;
    dst[p + j] = v / cnt;
  }
}

/** Column pass, full window: adds row `r`, then subtracts row `l` (two roundings, as the reference). */
function colSlide(
  sums: Float32Array,
  ring: Float32Array,
  r: number,
  l: number,
  dst: Float32Array,
  p: number,
  inv: number,
  n: number,
): void {
  for (let j = 0; j < n; j++) {
    const v = fround(fround(sums[j]! + ring[r + j]!) - ring[l + j]!);
    sums[j] = v;
    dst[p + j] = v * inv;
  }
}

/** Column pass, shrinking window at the bottom edge. */
function colSubtract(sums: Float32Array, ring: Float32Array, l: number, dst: Float32Array, p: number, cnt: number, n: number): void {
  for (let j = 0; j < n; j++) {
    const v = fround(sums[j]! - ring[l + j]!);
    sums[j] = v;
    dst[p + j] = v / cnt;
  }
}

const BATCH = 4;

/**
 * Reference `jaroszFilterFloat` (rows, columns, rows, columns) and `decimateFloat`, streamed in batches of rows.
 * The reference keeps two full-size float images. Here the first row pass fills a ring of rows, the first column
 * pass keeps one running sum per column (independent, so the loop over columns runs at full throughput), the
 * second row pass keeps only the 64 sampled columns, and the second column pass runs on those 64 columns only.
 * Every kept value goes through the same float32 operations in the same order as in the reference.
 */
export function jaroszDownsample(img: Pixels): Float32Array {
  const { width, height, luma: direct } = img;
  const winX = windowSize(width);
  const winY = windowSize(height);
  const cols = samplePositions(width);
  const rows = samplePositions(height);

  // The column pass at row ri reads rows ri - winY … ri; a batch writes up to BATCH - 1 rows ahead of it. A ring
  // length that is a multiple of BATCH keeps each batch's rows contiguous.
  const ringRows = Math.ceil((winY + BATCH) / BATCH) * BATCH;
  const ring = new Float32Array(ringRows * width);
  const lumaBatch = direct ? null : new Float32Array(BATCH * width);
  const colSums = new Float32Array(width);
  const pending = new Float32Array(BATCH * width); // column-pass output rows awaiting the second row pass
  const rowOut = new Float32Array(BATCH * width);
  const narrowT = new Float32Array(64 * height); // second row pass, sampled columns, transposed: [column][row]
  let pendingRows = 0;
  let out = 0;

  const flush = () => {
    boxRows(pending, 0, rowOut, 0, pendingRows, width, winX);
    for (let k = 0; k < pendingRows; k++, out++) {
      for (let s = 0; s < 64; s++) narrowT[s * height + out] = rowOut[k * width + cols[s]!]!;
    }
    pendingRows = 0;
  };

  const halfY = (winY + 2) >> 1;
  const grow = halfY - 1 + (winY - halfY + 1); // rows read before the window starts sliding (= winY)
  const inv = 1 / winY;
  let cnt = 0;
  let li = 0;

  for (let y0 = 0; y0 < height; y0 += BATCH) {
    const count = Math.min(BATCH, height - y0);
    const slot = (y0 % ringRows) * width;
    if (direct) {
      boxRows(direct, y0 * width, ring, slot, count, width, winX);
    } else {
      lumaRows(img, y0 * width, count * width, lumaBatch!);
      boxRows(lumaBatch!, 0, ring, slot, count, width, winX);
    }
    for (let k = 0; k < count; k++) {
      const y = y0 + k;
      const r = slot + k * width;
      if (y < grow) {
        cnt++;
        if (y < halfY - 1) {
          colAdd(colSums, ring, r, null, 0, 0, width);
          continue;
        }
        colAdd(colSums, ring, r, pending, pendingRows * width, cnt, width);
      } else {
        colSlide(colSums, ring, r, (li++ % ringRows) * width, pending, pendingRows * width, inv, width);
      }
      if (++pendingRows === BATCH) flush();
    }
  }
  for (let i = 0; i < halfY - 1; i++) {
    cnt--;
    colSubtract(colSums, ring, (li++ % ringRows) * width, pending, pendingRows * width, cnt, width);
    if (++pendingRows === BATCH) flush();
  }
  if (pendingRows > 0) flush();

  const colOut = new Float32Array(64 * height);
  boxRows(narrowT, 0, colOut, 0, 64, height, winY);
  const result = new Float32Array(64 * 64);
  for (let s = 0; s < 64; s++) {
    for (let t = 0; t < 64; t++) result[t * 64 + s] = colOut[s * height + rows[t]!]!;
  }
  return result;
}

/** Reference `fillFloatLumaFromRGB` / `fillFloatLumaFromGrey` for `n` pixels from pixel `start` into `dst`. */
export function lumaRows(img: Pixels, start: number, n: number, dst: Float32Array): void {
  if (img.grey) {
    const grey = img.grey;
    for (let j = 0; j < n; j++) dst[j] = grey[start + j]!;
  } else {
    const rgb = img.rgb!;
    for (let j = 0, p = start * 3; j < n; j++, p += 3) dst[j] = fround(LUMA_R[rgb[p]!]! + LUMA_G[rgb[p + 1]!]!) + LUMA_B[rgb[p + 2]!]!;
  }
}
