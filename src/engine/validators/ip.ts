/** Dotted-quad IPv4: four decimal octets 0-255, no leading zeros (those read as octal in some tools). */
export function isValidIpv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/**
 * RFC 4291 text form: eight 16-bit hex groups, at most one "::" standing for one or more zero
 * groups, optionally an embedded IPv4 tail counting as two groups. Clock times (10:30:15) and
 * MAC addresses (6 groups, no "::") fail here.
 */
export function isValidIpv6(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groupsOf = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  const all = [...head, ...tail];
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const g = all[i]!;
    if (i === all.length - 1 && g.includes('.')) {
      if (!isValidIpv4(g)) return false;
      count += 2;
    } else if (/^[0-9a-f]{1,4}$/i.test(g)) count += 1;
    else return false;
  }
  return halves.length === 2 ? count < 8 && count > 0 : count === 8;
}
