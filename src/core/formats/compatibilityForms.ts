/**
 * Characters that look like the text but are other code points: CJK fonts in PDFs map 人 and 一 to
 * the Kangxi radicals ⼈ ⼀ (U+2F08, U+2F00) and 民 长 门 to radicals of the supplement (⺠ ⻓ ⻔),
 * Word and HTML carry compatibility ideographs, Latin ligatures (ﬁ) and invisible marks. Each is
 * replaced by what a reader sees, so that search, the parser and citations find the words.
 * Full-width punctuation and digits are left as they are: Chinese texts use （）：；，１ deliberately,
 * and NFKC over the whole text would turn them into ASCII.
 */

// The blocks whose NFKC form is the ordinary character: Kangxi radicals, compatibility ideographs
// (both planes), Latin ligatures.
const COMPATIBILITY = /[\u2f00-\u2fdf\uf900-\ufaff\ufb00-\ufb06]|\ud87e[\udc00-\ude1f]/g;
// The radicals supplement has no NFKC forms; these are the ones that are characters of their own
// (a component such as ⺡ never stands for a word), each beside the ideograph it is drawn like.
const RADICALS = '⺁⺇⺊⺌⺒⺓⺝⺟⺠⺩⺬⺳⺻⺽⻁⻄⻅⻆⻉⻋⻑⻓⻔⻗⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳';
const IDEOGRAPHS = '厂几卜小巳幺月母民王示网聿臼虎西见角贝车長长门雨青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟';
const RADICAL_IDEOGRAPH = new Map([...RADICALS].map((radical, index) => [radical, [...IDEOGRAPHS][index]]));
const RADICAL = new RegExp(`[${RADICALS}]`, 'g');
// Zero-width spaces and joiners, the soft hyphen, a byte order mark inside the text: never meant to be read.
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad\ufeff]/g;
// The no-break spaces are spaces; the ideographic space (U+3000) is kept, as Chinese indentation uses it.
const NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/g;

export function normaliseCompatibilityForms(text: string): string {
  return text
    .replace(COMPATIBILITY, (character) => character.normalize('NFKC'))
    .replace(RADICAL, (radical) => RADICAL_IDEOGRAPH.get(radical) ?? radical)
    .replace(INVISIBLE, '')
    .replace(NO_BREAK_SPACE, ' ');
}
