import { Library } from '../../core/library';
import { PolicyDocument, Provision } from '../../core/model';
import {
  CitationKeys,
  ReferenceFormat,
  ReferenceMatcher,
  ResolvedFormats,
  buildMatchers,
  defaultFormatName,
  renderTemplate,
  templateFor,
} from '../../core/references';
import { ReferenceSettings } from './settings';

/**
 * The reference formats in force and what recognising them needs. Built once per state of the
 * settings, so every provider of one state agrees on what a reference is.
 */
export class ActiveReferences {
  readonly citationKeys: CitationKeys;
  readonly matchers: readonly ReferenceMatcher[];

  constructor(
    readonly library: Library,
    private readonly resolved: ResolvedFormats,
    private readonly settings: ReferenceSettings,
  ) {
    // The setting holds one key: it is the default document's (the only one the extension ships).
    this.citationKeys = settings.citationKey === '' ? {} : { [library.defaultDocument.id]: settings.citationKey };
    this.matchers = buildMatchers(library, resolved.formats, this.citationKeys);
  }

  /** The names a writer may insert with, built-ins first. */
  get insertableNames(): string[] {
    return this.resolved.formats.filter((format) => format.insertable).map((format) => format.name);
  }

  /** An insertable format by name; the typed forms are only recognised. */
  format(name: string): ReferenceFormat | undefined {
    return this.resolved.formats.find((format) => format.insertable && format.name === name);
  }

  /** The `defaultFormat` setting when it names a format, else the format of the draft's language. */
  defaultFormat(languageId: string): ReferenceFormat {
    const chosen = this.settings.defaultFormat === '' ? undefined : this.format(this.settings.defaultFormat);
    // Built-ins are always among the resolved formats (a broken override keeps the built-in).
    return chosen ?? (this.format(defaultFormatName(languageId)) as ReferenceFormat);
  }

  render(format: ReferenceFormat, document: PolicyDocument, provision: Provision): string {
    return renderTemplate(templateFor(format, document), document, provision, this.citationKeys);
  }
}
