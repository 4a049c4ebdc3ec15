import { Language } from '../model';
import { MESSAGES, MessageKey } from './messages';

/**
 * The language of the messages the shared core makes (problems in notes files, refusals, reports,
 * exports): set once by the host, from VS Code's display language or the command line's locale.
 * The files the core writes never depend on it, only what it says to a person.
 */
let language: Language = 'en';

export function setMessageLanguage(wanted: Language): void {
  language = wanted;
}

export function messageLanguage(): Language {
  return language;
}

/** The message in the current language, with {0}, {1}… replaced by the arguments. */
export function localized(key: MessageKey, ...args: readonly (string | number)[]): string {
  return MESSAGES[key][language].replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
}

/** `zh` for a Chinese locale (`zh`, `zh-cn`, `zh_CN.UTF-8`, `zh-Hans`…), else `en`. */
export function languageOfLocale(locale: string | undefined): Language {
  return /^zh(?:[-_.]|$)/i.test(locale ?? '') ? 'zh' : 'en';
}
