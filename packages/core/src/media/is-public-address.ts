/**
 * Tells whether an IP address literal is a public unicast address. Private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), loopback, link-local (169.254/16 with the cloud metadata address
 * 169.254.169.254, fe80::/10), carrier-grade NAT (100.64/10, with Alibaba's metadata address),
 * unspecified, multicast, broadcast, reserved, benchmarking and documentation ranges, and IPv6 outside
 * global unicast (2000::/3) or embedding an IPv4 address (NAT64, 6to4, Teredo) are not; an IPv4-mapped
 * IPv6 address is judged by the IPv4 address it carries; text that is not an address is not.
 *
 * @example
 * ```ts
 * isPublicAddress('93.184.216.34'); // true
 * isPublicAddress('169.254.169.254'); // false
 * ```
 */
export function isPublicAddress(address: string): boolean {
  const literal = unbracket(address);
  const ipv4 = parseIpv4(literal);
  if (ipv4 !== undefined) return isPublicIpv4(ipv4);
  const ipv6 = parseIpv6(literal);
  return ipv6 !== undefined && isPublicIpv6(ipv6);
}

/**
 * Tells whether text is an IP address literal (dotted IPv4, or IPv6 with or without brackets).
 *
 * @example
 * ```ts
 * isAddressLiteral('[::1]'); // true
 * isAddressLiteral('example.com'); // false
 * ```
 */
export function isAddressLiteral(host: string): boolean {
  const literal = unbracket(host);
  return parseIpv4(literal) !== undefined || parseIpv6(literal) !== undefined;
}

function unbracket(text: string): string {
  return text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : 256));
  return bytes.every((byte) => byte <= 255) ? bytes : undefined;
}

function isPublicIpv4([a = 0, b = 0, c = 0]: number[]): boolean {
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false; // this network, private, loopback, multicast, reserved
  if (a === 100 && b >= 64 && b <= 127) return false; // carrier-grade NAT
  if (a === 169 && b === 254) return false; // link-local, cloud metadata
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && (b === 168 || (b === 0 && (c === 0 || c === 2)) || (b === 88 && c === 99))) return false;
  if (a === 198 && (b === 18 || b === 19 || (b === 51 && c === 100))) return false; // benchmarking, documentation
  return !(a === 203 && b === 0 && c === 113);
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part allowed), or `undefined`. */
function parseIpv6(text: string): number[] | undefined {
  if (!text.includes(':')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (half: string): number[] | undefined => {
    if (half === '') return [];
    const groups: number[] = [];
    const pieces = half.split(':');
    for (const [index, piece] of pieces.entries()) {
      const ipv4 = index === pieces.length - 1 && piece.includes('.') ? parseIpv4(piece) : undefined;
      if (ipv4 !== undefined)
        groups.push(((ipv4[0] ?? 0) << 8) | (ipv4[1] ?? 0), ((ipv4[2] ?? 0) << 8) | (ipv4[3] ?? 0));
      else if (/^[\da-f]{1,4}$/i.test(piece)) groups.push(Number.parseInt(piece, 16));
      else return undefined;
    }
    return groups;
  };
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

function isPublicIpv6(groups: number[]): boolean {
  const [first = 0, second = 0] = groups;
  const leadingZeros = groups.slice(0, 5).every((group) => group === 0);
  if (leadingZeros && groups[5] === 0xffff) {
    const [high = 0, low = 0] = groups.slice(6);
    return isPublicIpv4([high >> 8, high & 0xff, low >> 8, low & 0xff]); // IPv4-mapped
  }
  if ((first & 0xe000) !== 0x2000) return false; // outside global unicast: ::1, ::, fc00::/7, fe80::/10, ff00::/8, 64:ff9b::/96
  if (first === 0x2001 && (second < 0x0200 || second === 0x0db8)) return false; // Teredo, ORCHID, documentation
  return first !== 0x2002; // 6to4
}
