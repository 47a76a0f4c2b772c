/** Characters XML 1.0 cannot hold at all (C0 controls other than tab, newline, return; lone surrogates; U+FFFE/F). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything xmlEscape would change. */
const XML_SPECIAL = /[&<>"'\r\n\t\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text for an XML element or a double-quoted attribute: markup escaped, impossible characters dropped. */
export function xmlEscape(value: string): string {
  // most names and ids need nothing: one scan instead of nine replaces
  if (!XML_SPECIAL.test(value)) return value;
  return value
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // a newline in an attribute would be normalised to a space by every XML parser
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** An RFC 4180 field: quoted when it holds a delimiter, quote or line break; quotes doubled. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** JSON for inside an HTML <script> element: no "</script>", no "<!--", and U+2028/2029 escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Partial date → first day of its period ('2025-05' → '2025-05-01'). */
export function periodStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Partial date → last day of its period ('2025-02' → '2025-02-28'). */
export function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date;
}
