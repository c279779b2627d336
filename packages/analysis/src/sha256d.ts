// Double SHA-256 of short inputs, the Base58Check checksum (Bitcoin, TRON).
import * as nodeCrypto from 'node:crypto';

const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const H0 = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
const W = new Int32Array(64);
const H = new Int32Array(8);

/** SHA-256 of W[0..16) as one final, already padded block, into H. */
function compressOneBlock(): void {
  for (let t = 16; t < 64; t++) {
    const w15 = W[t - 15]!;
    const w2 = W[t - 2]!;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[t] = (W[t - 16]! + s0 + W[t - 7]! + s1) | 0;
  }
  let a = H0[0]!;
  let b = H0[1]!;
  let c = H0[2]!;
  let d = H0[3]!;
  let e = H0[4]!;
  let f = H0[5]!;
  let g = H0[6]!;
  let h = H0[7]!;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t]! + W[t]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  H[0] = H0[0]! + a;
  H[1] = H0[1]! + b;
  H[2] = H0[2]! + c;
  H[3] = H0[3]! + d;
  H[4] = H0[4]! + e;
  H[5] = H0[5]! + f;
  H[6] = H0[6]! + g;
  H[7] = H0[7]! + h;
}

// One block holds a message of up to 55 bytes (then 0x80 and the 64-bit length).
const MAX_SINGLE_BLOCK = 55;

/**
 * sha256(sha256(data)). Both hashes of a Base58Check body (21 bytes for an address) are single blocks, which this
 * computes in place on reused arrays; node:crypto pays a native call and two Buffers per hash, several times the
 * work of the hashing itself at this size. Longer inputs go to node:crypto.
 */
export function sha256d(data: Uint8Array): Uint8Array {
  if (data.length > MAX_SINGLE_BLOCK) {
    const first = nodeCrypto.createHash('sha256').update(data).digest();
    return new Uint8Array(nodeCrypto.createHash('sha256').update(first).digest());
  }
  W.fill(0, 0, 16);
  for (let i = 0; i < data.length; i++) W[i >> 2]! |= data[i]! << (24 - 8 * (i & 3));
  W[data.length >> 2]! |= 0x80 << (24 - 8 * (data.length & 3));
  W[15] = data.length * 8;
  compressOneBlock();
  // The second message is the 32-byte digest: eight words, the padding bit, and a length of 256 bits.
  for (let i = 0; i < 8; i++) W[i] = H[i]!;
  W.fill(0, 8, 16);
  W[8] = 0x80000000 | 0;
  W[15] = 256;
  compressOneBlock();
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const word = H[i]!;
    out[4 * i] = word >>> 24;
    out[4 * i + 1] = word >>> 16;
    out[4 * i + 2] = word >>> 8;
    out[4 * i + 3] = word;
  }
  return out;
}
