// IP addresses for the bench/extract corpus: public and private IPv4, plain or defanged, IPv6 in full, upper-case and
// RFC 5952 forms, some inside URLs; labelled with their canonical text.
import { rfc5952 } from './identifier-encoders';
import { one, type Piece } from './piece';
import { type Random } from './random';
import { urlPiece } from './url';
import { PATH_WORDS } from './words';

export function publicIpv4(r: Random): number[] {
  for (;;) {
    const o = [r.range(1, 223), r.int(256), r.int(256), r.range(1, 254)];
    if (o[0] === 10 || o[0] === 127 || o[0] === 100 || o[0] === 169 || o[0] === 172 || o[0] === 192 || o[0] === 198 || o[0] === 203)
      continue;
    return o;
  }
}

export function ipv4(r: Random): Piece {
  const octets = r.chance(0.8)
    ? publicIpv4(r)
    : r.pick([
        [10, r.int(256), r.int(256), r.range(1, 254)],
        [192, 168, r.int(256), r.range(1, 254)],
        [100, r.range(64, 127), r.int(256), r.range(1, 254)],
      ]);
  const value = octets.join('.');
  if (r.chance(0.08)) return one('ipv4', octets.join('[.]'), value);
  if (r.chance(0.1))
    return urlPiece(`http://${value}${r.chance(0.5) ? ':' + r.pick(['8080', '8443', '3389']) : ''}/${r.pick(PATH_WORDS)}`, false);
  return one('ipv4', value, value);
}

export function ipv6(r: Random): Piece {
  const g = [r.pick([0x2a00, 0x2a02, 0x2a03, 0x2001, 0x2604, 0x2a0c, 0x2400]), r.int(0x10000), r.int(0x10000), r.int(0x10000), 0, 0, 0, 0];
  if (g[0] === 0x2001 && g[1]! < 0x200) g[1] = 0x4860;
  const shape = r.int(4);
  if (shape === 0) {
    g[4] = r.int(0x10000);
    g[5] = r.int(0x10000);
    g[6] = r.int(0x10000);
    g[7] = r.int(0x10000);
  } else if (shape === 1) {
    g[7] = r.range(1, 0xffff);
  } else if (shape === 2) {
    g[3] = 0;
    g[6] = r.int(0x10000);
    g[7] = r.range(1, 0xffff);
  } else {
    g[5] = r.range(1, 0xffff);
    g[7] = r.range(1, 0xffff);
  }
  const value = rfc5952(g);
  let raw = value;
  const style = r.int(10);
  if (style === 0) raw = g.map((x) => x.toString(16).padStart(4, '0')).join(':');
  else if (style === 1) raw = value.toUpperCase();
  if (r.chance(0.1)) return urlPiece(`http://[${raw}]:${r.pick(['80', '8080', '443'])}/${r.pick(PATH_WORDS)}`, false);
  return one('ipv6', raw, value);
}
