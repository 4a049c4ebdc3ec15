import * as vscode from 'vscode';
import { NotesAccess } from '../annotations';
import { Services } from '../services';
import { setAttributesCommand } from './attributesCommand';
import { codingReportCommand } from './codingReportCommand';
import { exportChartCommand, exportMatrixXlsxCommand, openCodeMatrixCommand } from './matrixCommands';
import { registerCommand } from '../commands/declaration';
import { FINDINGS_COMMANDS } from './commands';

/** Findings: document attributes, coding reports, the code matrix and its charts. */
export function register(context: vscode.ExtensionContext, services: Services, notes: NotesAccess): void {
  context.subscriptions.push(
    registerCommand(FINDINGS_COMMANDS.openCodeMatrix, openCodeMatrixCommand(context, services, notes)),
    registerCommand(FINDINGS_COMMANDS.codingReport, codingReportCommand(services, notes)),
    registerCommand(FINDINGS_COMMANDS.exportChart, exportChartCommand(services, notes)),
    registerCommand(FINDINGS_COMMANDS.exportMatrixXlsx, exportMatrixXlsxCommand(services, notes)),
    registerCommand(FINDINGS_COMMANDS.setAttributes, setAttributesCommand(services, notes)),
  );
}
