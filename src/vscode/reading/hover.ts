import * as vscode from 'vscode';
import { findProvision, otherLanguage, numberKey } from '../../core/model';
import { OffsetRange, RenderedPlace, placeAt, renderedProvision } from '../../core/render/renderDocument';
import { Services } from '../services';
import { AlignedSpan, alignedSpan } from './alignedText';
import { markdownText } from './markdownText';
import { PolicyText, resolvePolicyText } from './policyText';

/** What lies under the mouse in a policy-text editor, for every hover contributor to build on. */
export interface PolicyHoverContext {
  readonly text: PolicyText;
  readonly offset: number;
  readonly place: RenderedPlace;
  /** The aligned sentence(s) under the mouse; undefined on headings and the front matter. */
  readonly span: AlignedSpan | undefined;
}

/**
 * One section of the hover. The aligned sentence is the first; annotations can append theirs
 * (e.g. the notes on the provision) without the hover knowing about them.
 */
export interface HoverContributor {
  provideHover(context: PolicyHoverContext, token: vscode.CancellationToken): vscode.ProviderResult<vscode.MarkdownString[]>;
}

export class PolicyHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly services: Services,
    private readonly contributors: readonly HoverContributor[],
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const text = await resolvePolicyText(this.services, document.uri);
    if (!text) {
      return undefined;
    }
    const offset = document.offsetAt(position);
    const context: PolicyHoverContext = {
      text,
      offset,
      place: placeAt(text.renderings[text.language], offset),
      span: alignedSpan(text.alignment, text.renderings, text.language, offset, offset),
    };
    const sections = await Promise.all(this.contributors.map((contributor) => contributor.provideHover(context, token)));
    const contents = sections.flatMap((section) => section ?? []);
    if (contents.length === 0 || token.isCancellationRequested) {
      return undefined;
    }
    const own = context.span?.ranges[text.language] ?? [];
    const range = own.length > 0 ? new vscode.Range(document.positionAt(own[0].start), document.positionAt(own[own.length - 1].end)) : undefined;
    return new vscode.Hover(contents, range);
  }
}

/** The other language's sentence(s), or heading, under a caption naming the provision. */
export const alignedSentenceHover: HoverContributor = {
  provideHover({ text, place, span }) {
    const other = otherLanguage(text.language);
    const rendered = text.renderings[other];
    const quote = (ranges: readonly OffsetRange[]): string => ranges.map((range) => rendered.text.slice(range.start, range.end)).join(other === 'en' ? ' ' : '');
    const markdown = new vscode.MarkdownString();
    if (span && span.ranges[other].length > 0) {
      const caption =
        span.provision === undefined
          ? vscode.l10n.t('Preamble')
          : `¶${numberKey(span.provision)} · ${findProvision(text.document, span.provision)?.title[other] ?? ''}`;
      markdown.appendMarkdown(`**${markdownText(caption)}**\n\n${markdownText(quote(span.ranges[other]))}`);
    } else if (place.kind === 'provision' && place.inHeading) {
      markdown.appendMarkdown(markdownText(quote([renderedProvision(rendered, place.number).heading])));
    } else if (place.kind === 'part') {
      markdown.appendMarkdown(markdownText(quote([rendered.parts[place.part - 1].heading])));
    } else {
      return [];
    }
    return [markdown];
  },
};
