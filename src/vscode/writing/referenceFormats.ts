import * as vscode from 'vscode';
import { ResolvedFormats, resolveFormats } from '../../core/references';
import { Lazy } from '../lazy';
import { Services } from '../services';
import { ActiveReferences } from './activeReferences';
import { ReferenceSettings, affectsReferenceSettings, readReferenceSettings } from './settings';

/**
 * Follows the reference settings: a new ActiveReferences (built on first use) after every change,
 * announced by onDidChange so that cached recognitions are dropped.
 */
export class ReferenceFormats implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly libraryListener: vscode.Disposable;
  private readonly listener: vscode.Disposable;
  private active: Lazy<Promise<ActiveReferences>>;
  /** The setting problems already reported, so that each is reported once, not at every change. */
  private reported = new Set<string>();

  readonly onDidChange = this.changed.event;

  constructor(private readonly services: Services) {
    this.active = this.load();
    this.listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsReferenceSettings(event)) {
        this.active = this.load();
        this.changed.fire();
      }
    });
    // A document added or removed: references to it are recognised, or no longer.
    this.libraryListener = services.onDidChangeLibrary(() => {
      this.active = this.load();
      this.changed.fire();
    });
  }

  get(): Promise<ActiveReferences> {
    return this.active.get();
  }

  dispose(): void {
    this.listener.dispose();
    this.libraryListener.dispose();
    this.changed.dispose();
  }

  /** Templates compile without the library, so bad settings are reported at once; the rest waits for first use. */
  private load(): Lazy<Promise<ActiveReferences>> {
    const settings = readReferenceSettings();
    const resolved = resolveFormats(settings.formats);
    this.report(settingProblems(settings, resolved));
    return new Lazy(async () => new ActiveReferences(await this.services.getLibrary(), resolved, settings));
  }

  private report(problems: ReadonlyMap<string, string>): void {
    for (const [key, message] of problems) {
      if (!this.reported.has(key)) {
        this.services.log.warn(message);
        void vscode.window.showWarningMessage(message);
      }
    }
    // A problem fixed and then made again is reported again.
    this.reported = new Set(problems.keys());
  }
}

/** Each problem of the settings, by a key that stays the same while the problem does. */
function settingProblems(settings: ReferenceSettings, resolved: ResolvedFormats): Map<string, string> {
  const problems = new Map<string, string>();
  for (const { name, template, error } of resolved.problems) {
    problems.set(
      `format\0${name}\0${template}`,
      vscode.l10n.t('The reference format "{0}" ({1}) cannot be used: {2}. The built-in formats still work.', name, template, error.message),
    );
  }
  const known = resolved.formats.some((format) => format.insertable && format.name === settings.defaultFormat);
  if (settings.defaultFormat !== '' && !known) {
    problems.set(
      `default\0${settings.defaultFormat}`,
      vscode.l10n.t('policyAnnotator.references.defaultFormat names no reference format "{0}"; the default format of each language is used instead.', settings.defaultFormat),
    );
  }
  return problems;
}
