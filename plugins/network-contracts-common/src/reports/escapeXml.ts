/**
 * Escapes text for an XML attribute or element, and drops the control
 * characters XML 1.0 cannot carry at all.
 *
 * @public
 */
export function escapeXml(text: string): string {
  return Array.from(text)
    .filter(isXmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Whether XML 1.0 allows the character: tab, newline, CR, and no other C0. */
function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) {
    return code === 0x09 || code === 0x0a || code === 0x0d;
  }
  return code !== 0xfffe && code !== 0xffff;
}
