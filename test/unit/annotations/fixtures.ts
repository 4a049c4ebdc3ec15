import { AnnotationStore } from '../../../src/core/annotations/store/store';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { opinions, opinionsLibrary } from '../helpers/opinions';

export const DOCUMENT = 'mobile-internet-opinions-2017';
export const NOTES = 'notes';
export const CODEBOOK_PATH = 'notes/codebook.yaml';
export const LI_WEI_PATH = `notes/${DOCUMENT}/li-wei.yaml`;

export const CODEBOOK = `version: 1
tags:
  - id: innovation
    label:
      en: Innovation
      zh: 创新
    description: Calls for new technology or business models.
    color: "#1f77b4"
  - id: security
    label:
      en: Security
      zh: 安全
    description: Cybersecurity and control of information.
    color: "#d62728"
  - id: content-control
    label:
      en: Content control
      zh: 内容管理
    description: ""
    color: "#ff7f0e"
    parent: security
`;

/** A clock that ticks one minute per call, from 2024-05-01T10:00:00Z. */
export function ticking(): () => Date {
  let minutes = 0;
  return () => new Date(Date.UTC(2024, 4, 1, 10, minutes++));
}

export function openStore(fs: MemoryFileSystem, author = 'Li Wei'): Promise<AnnotationStore> {
  return AnnotationStore.open({ fs, library: opinionsLibrary(), notesFolder: NOTES, author, now: ticking() });
}

export function memoryWithCodebook(files: Record<string, string> = {}): MemoryFileSystem {
  return new MemoryFileSystem({ [CODEBOOK_PATH]: CODEBOOK, ...files });
}

/** Start and end of the first occurrence of `words` in the English text of a provision. */
export function spanOf(provision: number, words: string, language: 'en' | 'zh' = 'en'): { language: 'en' | 'zh'; start: number; end: number } {
  const text = opinions().provisions[provision - 1].text[language];
  const start = text.indexOf(words);
  if (start < 0) {
    throw new Error(`"${words}" is not in provision ${provision}`);
  }
  return { language, start, end: start + words.length };
}
