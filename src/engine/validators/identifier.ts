/**
 * Sanity check for a labelled record number (MRN, member id, accession, licence...). The label
 * does most of the work; this keeps "MRN 12" or "case # 2019" from counting as an identifier.
 * Length counts letters and digits only, so "24-SP-01234" is 9 long.
 */
export function isPlausibleIdentifier(value: string, minLength: number, maxLength: number): boolean {
  const chars = value.replace(/[^A-Za-z0-9]/g, '');
  if (chars.length < minLength || chars.length > maxLength) return false;
  if (!/\d/.test(chars)) return false;
  // A placeholder (0000000, XXXXXXXX) identifies nobody.
  return !/^(.)\1*$/i.test(chars);
}
