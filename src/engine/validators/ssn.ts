/**
 * US Social Security number validity (SSA rules since 2011 randomisation):
 * area not 000, 666 or 900-999; group not 00; serial not 0000; separators consistent.
 */
export function isValidSsn(value: string): boolean {
  const m = /^(\d{3})([- .]?)(\d{2})([- .]?)(\d{4})$/.exec(value);
  if (!m) return false;
  const [, area, sep1, group, sep2, serial] = m;
  if (sep1 !== sep2) return false;
  if (area === '000' || area === '666' || area!.startsWith('9')) return false;
  if (group === '00' || serial === '0000') return false;
  // All one digit (111-11-1111) is a placeholder people type in examples, never issued.
  if (/^(\d)\1*$/.test(area! + group! + serial!)) return false;
  return true;
}
