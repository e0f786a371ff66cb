import { BlockList, isIP } from 'node:net';

/**
 * Addresses a fetched source may not reach unless SOURCES_ALLOW_PRIVATE: loopback, private,
 * link-local (cloud metadata), carrier-grade NAT, unspecified, multicast, reserved and
 * documentation ranges, for IPv4 and IPv6; an IPv6 address that embeds an IPv4 one (mapped,
 * compatible, NAT64, 6to4, Teredo) is judged by the IPv4 address too.
 */
const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  // Local-use NAT64 (RFC 8215): translated to whatever the local network chooses, never public.
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, bits, 'ipv6');
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a trailing dotted IPv4 part included). */
function ipv6Groups(v6: string): number[] {
  let text = v6.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === null ? [] : Array<string>(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => parseInt(g, 16));
}

const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/**
 * Every IPv4 address an IPv6 address carries, by the standard embeddings: IPv4-mapped
 * (::ffff:0:0/96), IPv4-translated (::ffff:0:0:0/96), IPv4-compatible (::/96, e.g. `::7f00:1`
 * from `[::127.0.0.1]`), NAT64 (64:ff9b::/96), 6to4 (2002::/16) and Teredo (2001::/32, server and
 * client). A connection to such an address may reach the IPv4 one.
 */
export function embeddedIpv4(v6: string): string[] {
  const g = ipv6Groups(v6);
  const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  const out: string[] = [];
  if (zero(0, 5) && g[5] === 0xffff) out.push(v4(g[6], g[7])); // ::ffff:a.b.c.d
  if (zero(0, 4) && g[4] === 0xffff && g[5] === 0) out.push(v4(g[6], g[7])); // ::ffff:0:a.b.c.d
  if (zero(0, 6) && (g[6] !== 0 || g[7] > 1)) out.push(v4(g[6], g[7])); // ::a.b.c.d (not :: or ::1)
  if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) out.push(v4(g[6], g[7])); // 64:ff9b::a.b.c.d
  if (g[0] === 0x2002) out.push(v4(g[1], g[2])); // 2002:aabb:ccdd::
  if (g[0] === 0x2001 && g[1] === 0) out.push(v4(g[2], g[3]), v4(g[6] ^ 0xffff, g[7] ^ 0xffff)); // Teredo
  return out;
}

/** Whether an IP address is loopback, private, link-local or otherwise not a public internet address. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, 'ipv4');
  if (family === 6) {
    if (blocked.check(ip, 'ipv6')) return true;
    return embeddedIpv4(ip).some((a) => blocked.check(a, 'ipv4'));
  }
  // Not an address at all: refuse rather than guess.
  return true;
}
