function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV (RFC 4180): a header line, then one line per row. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map(row => row.map(cell).join(',')).join('\r\n');
}
