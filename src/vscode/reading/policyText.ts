import * as vscode from 'vscode';
import { DocumentAlignment } from '../../core/align/align';
import { Bilingual, Language, PolicyDocument } from '../../core/model';
import { RenderedDocument } from '../../core/render/renderDocument';
import { Services } from '../services';
import { parsePolicyTextUri } from './policyUri';

/** What a `policy-text:` editor shows, with both renderings so either side can be mapped to the other. */
export interface PolicyText {
  readonly document: PolicyDocument;
  readonly language: Language;
  readonly renderings: Bilingual<RenderedDocument>;
  readonly alignment: DocumentAlignment;
}

/** Undefined for other schemes and for documents the library does not hold (a stale or typed URI). */
export async function resolvePolicyText(services: Services, uri: vscode.Uri): Promise<PolicyText | undefined> {
  const ref = parsePolicyTextUri(uri);
  if (!ref) {
    return undefined;
  }
  const document = await services.findDocument(ref.documentId);
  if (!document) {
    return undefined;
  }
  return {
    document,
    language: ref.language,
    renderings: { en: services.getRendered(document, 'en'), zh: services.getRendered(document, 'zh') },
    alignment: services.getAlignment(document),
  };
}
