// Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than tab, LF and CR,
// lone surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for element content or a double-quoted attribute. Characters XML cannot hold become
 * U+FFFD rather than making the whole file unreadable; line breaks and tabs in attributes are
 * written as references, which a parser's attribute normalisation would otherwise turn into spaces.
 */
export function escapeXml(text: string, inAttribute = false): string {
  const escaped = text.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return inAttribute ? escaped.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;') : escaped.replace(/\r/g, '&#13;');
}

/** ` name="value"` for each attribute whose value is defined, in the given order. */
export function xmlAttributes(attributes: Readonly<Record<string, string | undefined>>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value, true)}"`)
    .join('');
}
