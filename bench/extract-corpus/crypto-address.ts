// Cryptocurrency addresses for the bench/extract corpus: Bitcoin (P2PKH, P2SH, SegWit v0, Taproot), Ethereum (EIP-55
// or lower case) and Tron, valid by construction; and near misses (a character changed, the wrong Bech32 variant, a
// flipped EIP-55 case, a transaction hash) that must never be reported valid.
import { BASE58, base58Check, BECH32, eip55, segwitAddress, toHex } from './identifier-encoders';
import { decoy, mutate, one, type Piece } from './piece';
import { type Random } from './random';

export function btc(r: Random): Piece {
  const kind = r.weighted<string>([
    ['p2pkh', 4],
    ['p2sh', 2],
    ['p2wpkh', 3],
    ['p2wsh', 1],
    ['p2tr', 2],
  ]);
  let address: string;
  if (kind === 'p2pkh') address = base58Check(0x00, r.bytes(20));
  else if (kind === 'p2sh') address = base58Check(0x05, r.bytes(20));
  else if (kind === 'p2wpkh') address = segwitAddress('bc', 0, r.bytes(20));
  else if (kind === 'p2wsh') address = segwitAddress('bc', 0, r.bytes(32));
  else address = segwitAddress('bc', 1, r.bytes(32));
  const raw = address.startsWith('bc1') && r.chance(0.05) ? address.toUpperCase() : address;
  return one('btc_address', raw, address);
}

export function btcDecoy(r: Random): Piece {
  const kind = r.pick(['base58_char', 'bech32_char', 'taproot_bech32_checksum']);
  if (kind === 'base58_char') {
    const good = base58Check(r.chance(0.6) ? 0x00 : 0x05, r.bytes(20));
    return decoy('btc_address', kind, mutate(r, good, 1, BASE58));
  }
  if (kind === 'bech32_char') return decoy('btc_address', kind, mutate(r, segwitAddress('bc', 0, r.bytes(20)), 4, BECH32));
  return decoy('btc_address', kind, segwitAddress('bc', 1, r.bytes(32), true));
}

function ethHex(r: Random): string {
  return toHex(r.bytes(20));
}

export function eth(r: Random): Piece {
  const hex = ethHex(r);
  const raw = r.chance(0.75) ? eip55(hex) : '0x' + hex;
  return one('eth_address', raw, '0x' + hex);
}

export function ethDecoy(r: Random): Piece {
  if (r.chance(0.25)) return decoy('eth_address', 'tx_hash', '0x' + toHex(r.bytes(32)));
  for (;;) {
    const good = eip55(ethHex(r));
    const letters: number[] = [];
    for (let i = 2; i < good.length; i++) if (/[a-fA-F]/.test(good[i]!)) letters.push(i);
    if (letters.length < 3) continue;
    const at = r.pick(letters);
    const ch = good[at]!;
    const flipped = good.slice(0, at) + (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase()) + good.slice(at + 1);
    // Flipping the only letter of one case would leave a single-case address, which EIP-55 accepts unchecksummed.
    if (!/[a-f]/.test(flipped.slice(2)) || !/[A-F]/.test(flipped.slice(2))) continue;
    return decoy('eth_address', 'eip55_case', flipped);
  }
}

export function tron(r: Random): Piece {
  const address = base58Check(0x41, r.bytes(20));
  return one('tron_address', address, address);
}

export function tronDecoy(r: Random): Piece {
  return decoy('tron_address', 'base58_char', mutate(r, base58Check(0x41, r.bytes(20)), 1, BASE58));
}
