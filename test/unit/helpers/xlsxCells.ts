import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

function unescaped(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);|&#(\d+);|&#x([0-9a-f]+);/gi, (entity, _name, decimal?: string, hex?: string) =>
    decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[entity],
  );
}

/**
 * The cells of the first sheet of an .xlsx file, read back as a spreadsheet program reads them:
 * unzipped, shared strings resolved by index, numbers parsed, each cell put at its reference (A1).
 * Strings are strings, numbers numbers: a number written as text would fail a comparison.
 */
export function xlsxCells(bytes: Uint8Array): (string | number | undefined)[][] {
  const files = unzipSync(bytes);
  const shared = [...strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, item]) =>
    [...item.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map(([, text]) => unescaped(text)).join(''),
  );
  const rows: (string | number | undefined)[][] = [];
  for (const [, reference, attributes, body] of strFromU8(files['xl/worksheets/sheet1.xml']).matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, letters, number] = /^([A-Z]+)(\d+)$/.exec(reference)!;
    const column = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    const value = body === undefined ? undefined : /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const type = /\bt="(\w+)"/.exec(attributes)?.[1];
    const row = (rows[Number(number) - 1] ??= []);
    row[column] = value === undefined ? undefined : type === 's' ? shared[Number(value)] : type === 'str' || type === 'inlineStr' ? unescaped(value) : Number(value);
  }
  return rows;
}
