import { CodeMatrix } from '../../core/analysis/codeMatrix';
import { escapeXml } from '../../core/lib/xmlText';

/** The words of the page, in the UI's language. */
export interface MatrixPageWords {
  readonly title: string;
  readonly corner: string;
  readonly caption: string;
  readonly exportCsv: string;
  readonly exportXlsx: string;
  readonly exportChart: string;
  readonly chartAlt: string;
}

/**
 * The matrix page: a plain table (row and column headers, one button per cell, so that a screen
 * reader reads it as the table it is) and the heatmap as an SVG image, or why it could not be
 * drawn. Every text is escaped; the only script is the bundled one, allowed by its nonce; colours
 * are the theme's.
 */
export function matrixHtml(matrix: CodeMatrix, words: MatrixPageWords, page: { readonly nonce: string; readonly cspSource: string; readonly script: string; readonly chartSvg?: string; readonly chartError?: string }): string {
  const max = Math.max(1, ...matrix.cells.flat());
  const header = matrix.columns.map((column) => `<th scope="col">${escapeXml(column.label)}</th>`).join('');
  const rows = matrix.rows
    .map((row, r) => {
      const cells = matrix.cells[r]
        .map((value, c) => {
          const strength = Math.round((value / max) * 60);
          const label = `${row.label} × ${matrix.columns[c].label}: ${value}`;
          return `<td style="--strength:${strength}%"><button class="cell" data-row="${r}" data-column="${c}" tabindex="${r === 0 && c === 0 ? 0 : -1}" aria-label="${escapeXml(label, true)}">${value}</button></td>`;
        })
        .join('');
      return `<tr><th scope="row">${escapeXml(row.label)}</th>${cells}</tr>`;
    })
    .join('\n');
  const chart = page.chartSvg
    ? `<img class="chart" alt="${escapeXml(words.chartAlt, true)}" src="data:image/svg+xml;charset=utf-8,${encodeURIComponent(page.chartSvg)}">`
    : page.chartError
      ? `<p class="chart-error" role="alert">${escapeXml(page.chartError)}</p>`
      : '';
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'nonce-${page.nonce}'; script-src 'nonce-${page.nonce}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(words.title)}</title>
<style nonce="${page.nonce}">
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid var(--vscode-panel-border, #8884); padding: 0; }
th { padding: .3em .6em; text-align: left; font-weight: 600; }
td { background: color-mix(in srgb, var(--vscode-charts-blue, #3794ff) var(--strength), transparent); }
button.cell { width: 100%; min-width: 3.5em; padding: .3em .6em; text-align: right; border: none; background: transparent; color: inherit; font: inherit; cursor: pointer; }
button.cell:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; }
.actions button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: .4em .8em; margin-right: .5em; cursor: pointer; }
.chart { max-width: 100%; background: white; margin-top: 1em; }
.chart-error { color: var(--vscode-errorForeground); }
</style></head>
<body>
<h1>${escapeXml(words.title)}</h1>
<div class="actions"><button data-action="csv">${escapeXml(words.exportCsv)}</button><button data-action="xlsx">${escapeXml(words.exportXlsx)}</button><button data-action="chart">${escapeXml(words.exportChart)}</button></div>
<table id="matrix"><caption>${escapeXml(words.caption)}</caption>
<thead><tr><th scope="col">${escapeXml(words.corner)}</th>${header}</tr></thead>
<tbody>
${rows}
</tbody></table>
${chart}
<script nonce="${page.nonce}" src="${escapeXml(page.script, true)}"></script>
</body></html>`;
}
