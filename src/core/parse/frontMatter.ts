import { Language } from '../model';
import { SourceLine } from './sourceLines';

/**
 * What the lines around a document's title say about it: who issued it, its number (文号), when it
 * was adopted, took effect and was amended. Each language's front matter is read on its own; a
 * fact stated in neither is left for the user to set in `document.yaml`.
 */
export interface FrontFacts {
  readonly issuers: string[];
  documentNumber?: string;
  /** ISO date of adoption or issue: the first date the front matter states. */
  date?: string;
  effective?: string;
  readonly amended: string[];
  /** 有效, 已修改, 已废止 … where a line of the front matter says only that (时效性：有效). */
  status?: string;
}

const STATUS = /^(?:(?:时效性|效力)\s*[：:]\s*)?(现行有效|有效|已修改|已被修改|已废止|失效|已失效|尚未生效)$/;

// 国发〔2017〕40号, 国办发[2017]1号, 工信部联规(2019)8号: brackets of every width.
const DOCUMENT_NUMBER = /[\u4e00-\u9fff]{1,12}\s*[〔［\[（(【]\s*\d{4}\s*[〕］\]）)】]\s*第?\s*\d+\s*号/;
const CHINESE_DATE = /([0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[十一二三四五六七八九]{1,2})\s*月\s*([0-9０-９]{1,2}|[十一二三四五六七八九]{1,3})\s*日/;
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ENGLISH_DATE = /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))\b/i;
// The institutions that issue policy and law end in one of these.
const CHINESE_ISSUER = /^[\u4e00-\u9fff、]{2,40}(?:办公厅|委员会|国务院|中央|部|局|署|院|行|会|厅|政府|总局|办公室|中心|小组)$/;
const ENGLISH_ISSUER = /\b(?:Office|Council|Committee|Ministry|Administration|Commission|Congress|Bureau|Court|Procuratorate|Department|Government|Bank|Agency|Central Committee|Leading Group)\b/;
// What follows a date in a law's history line, around the issuing body: "第十三届…第五次会议通过".
const SESSION_PREFIX = /^第[^届]{1,6}届/;
const SESSION_SUFFIX = /第[^次]{1,6}次(?:全体|常务)?会议.*$/;
const ACTION_SUFFIX = /(?:令第.*号)?(?:发布|公布|通过|印发|颁布|批准)(?:施行)?$/;
const AMENDMENT = /修正|修订|修改/;
const EFFECTIVE = /施行|生效/;
// A line saying what was done (issued, adopted, in force) is no issuer's name, whatever it ends in.
const ACTION = /施行|通过|发布|公布|印发|生效|修正|修订/;

export function readFrontFacts(lines: readonly SourceLine[], language: Language): FrontFacts {
  const facts: FrontFacts = { issuers: [], amended: [] };
  for (const { text } of lines) {
    facts.documentNumber ??= DOCUMENT_NUMBER.exec(text)?.[0];
    const status = language === 'zh' ? STATUS.exec(text)?.[1] : undefined;
    if (status) {
      facts.status ??= status;
      continue;
    }
    const date = language === 'zh' ? chineseDate(text) : englishDate(text);
    if (date) {
      noteDate(facts, text, date, language);
    } else if (language === 'zh' ? CHINESE_ISSUER.test(text) && !ACTION.test(text) : ENGLISH_ISSUER.test(text) && !/[.;]$/.test(text)) {
      facts.issuers.push(text);
    }
  }
  return facts;
}

function noteDate(facts: FrontFacts, text: string, date: string, language: Language): void {
  if (language === 'zh' && AMENDMENT.test(text) && facts.date) {
    facts.amended.push(date);
    return;
  }
  if (language === 'zh' && EFFECTIVE.test(text) && !/通过|发布|公布|印发/.test(text)) {
    facts.effective ??= date;
    return;
  }
  if (facts.date) {
    return;
  }
  facts.date = date;
  const issuer = language === 'zh' ? chineseIssuerAfterDate(text) : undefined;
  if (issuer && !facts.issuers.includes(issuer)) {
    facts.issuers.push(issuer);
  }
}

function chineseIssuerAfterDate(text: string): string | undefined {
  const rest = text.replace(CHINESE_DATE, '').replace(/^[\s（(]+|[\s）)]+$/g, '');
  const issuer = rest.replace(SESSION_PREFIX, '').replace(SESSION_SUFFIX, '').replace(ACTION_SUFFIX, '').trim();
  return /^[\u4e00-\u9fff]{2,40}$/.test(issuer) && issuer !== rest.trim() ? issuer : undefined;
}

export function chineseDate(text: string): string | undefined {
  const match = CHINESE_DATE.exec(text);
  if (!match) {
    return undefined;
  }
  const year = readDigits(match[1], true);
  const month = readDigits(match[2], false);
  const day = readDigits(match[3], false);
  return year && month && day ? isoDate(year, month, day) : undefined;
}

function englishDate(text: string): string | undefined {
  const match = ENGLISH_DATE.exec(text);
  if (!match) {
    return undefined;
  }
  if (match[7]) {
    return isoDate(Number(match[7]), Number(match[8]), Number(match[9]));
  }
  const month = ENGLISH_MONTHS.indexOf((match[1] ?? match[5]).toLowerCase()) + 1;
  return isoDate(Number(match[3] ?? match[6]), month, Number(match[2] ?? match[4]));
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 2017, ２０１７, 二〇一七 (digit by digit) for years; 12, 十二, 二十五 for months and days. */
function readDigits(text: string, digitByDigit: boolean): number | undefined {
  const ascii = text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/零/g, '〇');
  if (/^\d+$/.test(ascii)) {
    return Number(ascii);
  }
  if (digitByDigit) {
    return Number([...ascii].map((character) => CHINESE_DIGITS.indexOf(character)).join(''));
  }
  const [tens, ones] = ascii.includes('十') ? ascii.split('十') : ['', ascii];
  const tensValue = ascii.includes('十') ? (tens === '' ? 1 : CHINESE_DIGITS.indexOf(tens)) : 0;
  const onesValue = ones === '' ? 0 : CHINESE_DIGITS.indexOf(ones);
  return tensValue >= 0 && onesValue >= 0 ? tensValue * 10 + onesValue : undefined;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000) {
    return undefined;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
