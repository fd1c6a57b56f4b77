import ipaddr from 'ipaddr.js';

/**
 * Tells whether an IP address literal is a public unicast address. Private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), loopback, link-local (169.254/16 with the cloud metadata address
 * 169.254.169.254, fe80::/10), carrier-grade NAT (100.64/10, with Alibaba's metadata address),
 * unspecified, multicast, broadcast, reserved and documentation ranges, and IPv6 forms that embed an
 * IPv4 address (mapped, NAT64, 6to4, Teredo) are not; neither is text that is not an address.
 *
 * @example
 * ```ts
 * isPublicAddress('93.184.216.34'); // true
 * isPublicAddress('169.254.169.254'); // false
 * ```
 */
export function isPublicAddress(address: string): boolean {
  const literal = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(literal)) return false;
  // `process` turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 address it carries.
  return ipaddr.process(literal).range() === 'unicast';
}

/**
 * Tells whether text is an IP address literal (IPv4, or IPv6 with or without brackets).
 *
 * @example
 * ```ts
 * isAddressLiteral('[::1]'); // true
 * isAddressLiteral('example.com'); // false
 * ```
 */
export function isAddressLiteral(host: string): boolean {
  const literal = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return ipaddr.isValid(literal) && (literal.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(literal));
}
