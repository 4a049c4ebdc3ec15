import * as vscode from 'vscode';
import { HoverContributor } from '../reading/hover';
import { markdownText } from '../reading/markdownText';
import { CorpusIndexes } from './corpusIndexes';
import { sideBySideUri } from '../reading/sideBySideCommand';
import { findProvision, numberKey } from '../../core/model';
import { COMMANDS } from '../commands/commandIds';

const SHOWN = 3;

/**
 * The hover's corpus section on a provision: the reference under the mouse and where it leads,
 * the provisions of other documents with the same wording, and how many cite this one.
 */
export function corpusHover(indexes: CorpusIndexes): HoverContributor {
  return {
    async provideHover({ text, place }) {
      if (place.kind !== 'provision' || place.inHeading) {
        return [];
      }
      const provision = findProvision(text.document, place.number);
      if (!provision) {
        return [];
      }
      const citations = await indexes.getCitations();
      const lines: string[] = [];
      const link = (label: string, document: string, number?: number) => `[${markdownText(label)}](${sideBySideUri({ document, provision: number }).toString()})`;
      if (text.language === 'zh') {
        for (const citation of citations.cites(text.document.id, provision.number).filter((found) => found.start <= place.offset && place.offset < found.end && found.document !== undefined)) {
          lines.push(vscode.l10n.t('Cites {0}', link(`${citation.document!}${citation.provision === undefined ? '' : ` ¶${numberKey(citation.provision)}`}`, citation.document!, citation.provision)));
        }
      }
      const related = (await indexes.getRelated()).related(provision, SHOWN);
      if (related.length > 0) {
        lines.push(vscode.l10n.t('Shared wording: {0}', related.map((hit) => `${link(`${hit.document} ¶${numberKey(hit.provision)}`, hit.document, hit.provision)} (${hit.score.toFixed(2)})`).join(', ')));
      }
      const citedBy = citations.citedBy(text.document.id, provision.number);
      if (citedBy.length > 0) {
        lines.push(vscode.l10n.t('Cited by: {0}', citedBy.slice(0, SHOWN).map((citation) => link(`${citation.from.document} ¶${numberKey(citation.from.provision)}`, citation.from.document, citation.from.provision)).join(', ')));
      }
      if (lines.length === 0) {
        return [];
      }
      const markdown = new vscode.MarkdownString(lines.join('\n\n'));
      markdown.isTrusted = { enabledCommands: [COMMANDS.openSideBySide] };
      return [markdown];
    },
  };
}
