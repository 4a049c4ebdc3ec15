import { Language, otherLanguage } from '../../core/model';
import { SETTINGS, leftLanguage, linkedScrolling, updateSetting } from './settings';
import { SideBySide } from './sideBySide';

/** `policyAnnotator.swapLanguages`: flips the setting and re-lays open pairs; returns the new left language. */
export function swapLanguagesCommand(sideBySide: SideBySide): () => Promise<Language> {
  return async () => {
    const left = otherLanguage(leftLanguage());
    await updateSetting(SETTINGS.leftLanguage, left);
    await sideBySide.relayout();
    return left;
  };
}

/** `policyAnnotator.toggleLinkedScrolling`: returns whether scrolling is linked now. */
export async function toggleLinkedScrolling(): Promise<boolean> {
  const linked = !linkedScrolling();
  await updateSetting(SETTINGS.linkedScrolling, linked);
  return linked;
}
