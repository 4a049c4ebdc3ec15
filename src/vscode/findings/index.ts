import * as vscode from 'vscode';
import { NotesAccess } from '../annotations';
import { Services } from '../services';
import { setAttributesCommand } from './attributesCommand';
import { codingReportCommand } from './codingReportCommand';
import { exportChartCommand, exportMatrixXlsxCommand, openCodeMatrixCommand } from './matrixCommands';

/** Findings: document attributes, coding reports, the code matrix and its charts. */
export function register(context: vscode.ExtensionContext, services: Services, notes: NotesAccess): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyAnnotator.openCodeMatrix', openCodeMatrixCommand(context, services, notes)),
    vscode.commands.registerCommand('policyAnnotator.codingReport', codingReportCommand(services, notes)),
    vscode.commands.registerCommand('policyAnnotator.exportChart', exportChartCommand(services, notes)),
    vscode.commands.registerCommand('policyAnnotator.exportMatrixXlsx', exportMatrixXlsxCommand(services, notes)),
    vscode.commands.registerCommand('policyAnnotator.setAttributes', setAttributesCommand(services, notes)),
  );
}
