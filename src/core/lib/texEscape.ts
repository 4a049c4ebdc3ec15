/**
 * Text as TeX reads it back (a BibTeX field, a LaTeX quotation): TeX's special characters written as commands, so that
 * "R&D", "100%" or "a_b" in a title neither breaks the entry nor turns into markup. Anything else,
 * Chinese included, stays as it is (UTF-8, which biber and bibtexu read, and BibTeX copies through).
 */
const TEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '%': '\\%',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function texEscape(text: string): string {
  return text.replace(/[\\{}$&#_%~^]/g, (character) => TEX_SPECIALS[character]);
}
