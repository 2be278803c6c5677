const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Month 1-12, day within that month; a 2- or 4-digit year if given (4-digit: 1880-2099). */
export function isPlausibleDate(month: number, day: number, year: string | undefined): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (!Number.isInteger(day) || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  if (year !== undefined && year.length === 4) {
    const y = Number(year);
    if (y < 1880 || y > 2099) return false;
  }
  return true;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** 1-12 for the first month name in the text, or 0. */
export function monthNumber(text: string): number {
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.exec(text);
  return m ? MONTHS.indexOf(m[1]!.toLowerCase()) + 1 : 0;
}
