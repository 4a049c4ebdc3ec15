// VS Code in another display language, offline: the --locale run of test/host/run-code-server.mjs
// and the Chinese scenes of scripts/screenshots.mjs.
//
// How code-server 4.100.3 (VS Code 1.100.3) picks the display language of the web workbench:
//   - the server reads the wanted locale from --locale (else argv.json's "locale", the
//     vscode.nls.locale cookie, the browser's Accept-Language);
//   - it turns it into the workbench's NLS messages only when a language pack for that locale
//     is listed in <user-data-dir>/languagepacks.json, with its core translation file on disk
//     (vs/base/node/nls.js, resolveNLSConfiguration). Without one the workbench stays English and
//     vscode.env.language is "en", whatever --locale says;
//   - with one, the page gets globalThis._VSCODE_NLS_LANGUAGE = "zh-cn"; that is vscode.env.language
//     in every extension host, and VS Code then localises each extension itself: the manifest's
//     %keys% from package.nls.zh-cn.json (the server's extension scanner), vscode.l10n.t from the
//     extension's l10n/bundle.l10n.zh-cn.json (the extension host).
//
// The real Chinese pack (MS-CEINTL.vscode-language-pack-zh-hans) comes from the Marketplace, out
// of reach here, so installLanguagePack() builds a minimal one: an extension that contributes
// `localizations` for the locale with an empty core translation (VS Code's own UI stays English;
// every extension's strings follow the locale). It is packaged as a VSIX and installed with
// code-server's --install-extension like any other. That command runs in a CLI process of its
// own, which does not update languagepacks.json (the running server's language pack service
// does, after an install through the UI), so installLanguagePack() writes the entry the server
// writes: same keys, same md5 hash of the extension id and version.

import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { HostError, installVsix, log, runCommand, vsceCli } from './code-server.mjs';

const PUBLISHER = 'policy-annotator-test';
const VERSION = '1.0.0';

/** The display languages a run can ask for: VS Code's locale id → the language's name in itself. */
export const LOCALES = {
  'zh-cn': { languageName: 'Chinese Simplified', localizedLanguageName: '中文(简体)' },
};

/**
 * Builds the minimal language pack for `locale` in `dirs.root`, installs it into the run's
 * extensions folder and registers it in languagepacks.json, so that code-server started with
 * `--locale <locale>` shows the workbench in that language. Returns the pack's extension id.
 */
export async function installLanguagePack(dirs, locale) {
  const language = LOCALES[locale];
  if (!language) throw new HostError(`no language pack for the locale "${locale}" (have: ${Object.keys(LOCALES).join(', ')})`);
  const name = `language-pack-${locale}`;
  const id = `${PUBLISHER}.${name}`;
  const folder = join(dirs.root, name);
  const translation = 'translations/main.i18n.json';
  await mkdir(join(folder, 'translations'), { recursive: true });
  const manifest = {
    name,
    displayName: `${language.languageName} (test language pack)`,
    description: `Switches VS Code's display language to ${locale} for Policy Annotator's tests; VS Code's own UI stays English.`,
    publisher: PUBLISHER,
    version: VERSION,
    license: 'MIT',
    engines: { vscode: '^1.100.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [{ languageId: locale, ...language, translations: [{ id: 'vscode', path: `./${translation}` }] }],
    },
  };
  await writeFile(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The format of vscode-loc's main.i18n.json: module → key → message. Empty: English fallbacks.
  await writeFile(join(folder, translation), `${JSON.stringify({ version: '1.0.0', contents: {} })}\n`);

  const vsix = join(dirs.root, `${name}.vsix`);
  await runCommand(process.execPath, [vsceCli(), 'package', '--allow-missing-repository', '--skip-license', '--out', vsix], {
    cwd: folder,
    timeoutMs: 60_000,
    label: `vsce package (the ${locale} language pack)`,
  });
  await installVsix(vsix, dirs);

  const prefix = `${id}-`.toLowerCase();
  const installed = readdirSync(dirs.extensionsDir).find((entry) => entry.toLowerCase().startsWith(prefix));
  if (!installed) throw new HostError(`${id} is not in ${dirs.extensionsDir} after its install`);
  // What LanguagePacksCache (vs/platform/languagePacks/node/languagePacks.js) writes after an install.
  const languagePacks = {
    [locale]: {
      hash: createHash('md5').update(id).update(VERSION).digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version: VERSION }],
      translations: { vscode: join(dirs.extensionsDir, installed, translation) },
      label: language.localizedLanguageName,
    },
  };
  await writeFile(join(dirs.userDataDir, 'languagepacks.json'), JSON.stringify(languagePacks));
  log(`installed a minimal ${locale} language pack (${id}): the display language is ${locale}`);
  return id;
}
