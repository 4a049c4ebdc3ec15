import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../api';
import { Declarations } from '../declared';
import { DeclaredRegistrations } from './declaredRegistrations';

/** The features as their bundle exports them (src/features.ts on the desktop; in the web bundle itself). */
export interface FeaturesModule {
  activateFeatures(context: vscode.ExtensionContext, declarations: Declarations): PolicyAnnotatorApi;
}

/**
 * The features, loaded and activated on first real use (a command, a view's first children, a
 * document they work on, the API), once, and never before VS Code has activated the extension
 * (they need its context). Until then stubs stand in for their commands; they are disposed just
 * before the features register the real ones. The views and document schemes VS Code needs at
 * once are registered here too (DeclaredRegistrations), and filled when the features load.
 *
 * Everything here is registered as the bundle loads, before `activate()`: VS Code loads the
 * bundle while it fetches the extension's stored state for the context, so the registrations
 * overlap that wait instead of following it. They are handed to the context when it comes.
 */
export class OnDemandFeatures {
  private api: PolicyAnnotatorApi | undefined;
  private loading = false;
  private context: vscode.ExtensionContext | undefined;
  private readonly activated: Promise<void>;
  private markActivated!: () => void;
  private readonly stubs: vscode.Disposable[] = [];
  private readonly registrations: vscode.Disposable[] = [];
  private readonly declarations: Declarations;

  constructor(private readonly load: () => FeaturesModule) {
    this.activated = new Promise((resolve) => (this.markActivated = resolve));
    this.declarations = new DeclaredRegistrations(this, () => this.ready());
  }

  /** A registration disposed with the extension (held until the context comes, then handed to it). */
  keep(registration: vscode.Disposable): void {
    if (this.context) {
      this.context.subscriptions.push(registration);
    } else {
      this.registrations.push(registration);
    }
  }

  /** A registration that the features replace with their own when they load. */
  addStub(stub: vscode.Disposable): void {
    this.stubs.push(stub);
  }

  /**
   * VS Code activated the extension: from now on the features can load. What waited for that
   * (the draft that activated the extension) loads them in a task of its own once `activate()` has
   * returned, as it would have had it come a moment later.
   */
  activate(context: vscode.ExtensionContext): void {
    this.context = context;
    context.subscriptions.push(...this.registrations.splice(0));
    setTimeout(this.markActivated, 0);
  }

  /** The features' API once the extension is activated, loading and activating them first if they are not yet. */
  async ready(): Promise<PolicyAnnotatorApi> {
    await this.activated;
    return this.get();
  }

  /** The features' API, loading and activating them first if they are not yet; only after `activate`. */
  get(): PolicyAnnotatorApi {
    if (!this.api) {
      if (!this.context) {
        throw new Error('Policy Annotator: the features were asked for before VS Code activated the extension.');
      }
      if (this.loading) {
        throw new Error('Policy Annotator: a feature asked for the features while they were activating.');
      }
      this.loading = true;
      try {
        vscode.Disposable.from(...this.stubs.splice(0)).dispose();
        this.api = this.load().activateFeatures(this.context, this.declarations);
      } finally {
        this.loading = false;
      }
    }
    return this.api;
  }
}
