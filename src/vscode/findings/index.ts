import * as vscode from 'vscode';
import { NotesAccess } from '../annotations';
import { Services } from '../services';
import { setAttributesCommand } from './attributesCommand';
import { codingReportCommand } from './codingReportCommand';
import { exportChartCommand, exportMatrixXlsxCommand, openCodeMatrixCommand } from './matrixCommands';
import { COMMANDS } from '../commands/commandIds';

/** Findings: document attributes, coding reports, the code matrix and its charts. */
export function register(context: vscode.ExtensionContext, services: Services, notes: NotesAccess): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openCodeMatrix, openCodeMatrixCommand(context, services, notes)),
    vscode.commands.registerCommand(COMMANDS.codingReport, codingReportCommand(services, notes)),
    vscode.commands.registerCommand(COMMANDS.exportChart, exportChartCommand(services, notes)),
    vscode.commands.registerCommand(COMMANDS.exportMatrixXlsx, exportMatrixXlsxCommand(services, notes)),
    vscode.commands.registerCommand(COMMANDS.setAttributes, setAttributesCommand(services, notes)),
  );
}
