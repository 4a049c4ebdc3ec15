import { tagNodeItem } from '../annotations/itemIds';
import { COMMANDS } from '../commands/commandIds';
import { command } from '../commands/declaration';
import { text } from '../commands/readers';
import { Refused } from '../commands/result';
import { readChartRequest, readMatrixRequest, readReportRequest, readWorkbookRequest } from './analysisArgs';
import { attributeMap } from './attributesCommand';
import { OpenedReport } from './codingReportCommand';
import { OpenedMatrix } from './matrixCommands';

/** The findings' commands, as the command table (src/vscode/commandTable.ts) declares them. */
export const FINDINGS_COMMANDS = {
  openCodeMatrix: command<OpenedMatrix | Refused>()(COMMANDS.openCodeMatrix, { reads: readMatrixRequest, item: tagNodeItem }),
  codingReport: command<OpenedReport | Refused | undefined>()(COMMANDS.codingReport, { reads: readReportRequest }),
  exportChart: command<string | Refused | undefined>()(COMMANDS.exportChart, { reads: readChartRequest }),
  exportMatrixXlsx: command<string | Refused | undefined>()(COMMANDS.exportMatrixXlsx, { reads: readWorkbookRequest }),
  setAttributes: command<Readonly<Record<string, string>> | Refused | undefined>()(COMMANDS.setAttributes, { args: { document: text, attributes: attributeMap } }),
};
