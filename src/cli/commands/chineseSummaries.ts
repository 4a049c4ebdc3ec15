import { DEFAULT_NOTES_FOLDER } from '../../core/annotations/files/defaults';

/**
 * Each command's one-line summary in Chinese, by command name, for `help` under `--lang zh` or a
 * Chinese locale; the English stays with each command. Kept apart so that a new command adds one
 * line here (test/unit/cli-lang.test.ts fails on a command without one, or a line without a command).
 */
export const CHINESE_SUMMARIES: Readonly<Record<string, string>> = {
  add: '将文档（文件、文件夹中的文件、译文）加入文件夹的 policy-documents/',
  agreement: `编码者在每个标签上的一致程度：两人用 Cohen κ，多人用 Krippendorff α（默认文件夹 ${DEFAULT_NOTES_FOLDER}）`,
  align: '条款的英文句子与其所译的中文并排显示（不给 <ref> 时显示全部）',
  annotate: `在编码者的笔记中加入一条批注并打印其 ID（默认文件夹 ${DEFAULT_NOTES_FOLDER}）`,
  attributes: '显示文档的属性，或在其 document.yaml 中设置属性（name=value；name= 删除一项）',
  autocode: `用标签为与查询匹配的每个段落编码，写入你的笔记文件（默认文件夹 ${DEFAULT_NOTES_FOLDER}）`,
  bib: '文档的参考文献条目（BibTeX、biblatex 或 CSL-JSON），键与 pandoc 和 latex 格式的引用一致',
  carry: `将每位编码者对某文档一个版本的笔记复制到下一个版本（默认文件夹 ${DEFAULT_NOTES_FOLDER}）`,
  chart: '将编码矩阵绘制为图表（频次、矩阵、时间线或网络），存为 SVG、PNG 或 Vega-Lite 文件',
  check: `校验笔记：每个笔记文件和代码本（默认文件夹 ${DEFAULT_NOTES_FOLDER}）`,
  citations: '条款或文档所引用的法律和条文，以及引用它的文本',
  cite: '条款的引用，与编辑器插入的相同',
  compare: '修订逐条改了什么：重新编号、修改、新增、删除',
  diff: '两个笔记文件或两个 git 版本之间新增、删除和修改的批注',
  export: `团队的批注，导出为 Markdown、CSV、Web Annotation 或 REFI-QDA 代码本（默认文件夹 ${DEFAULT_NOTES_FOLDER}）`,
  help: '程序或某个命令的用法',
  import: `根据其他工具的 REFI-QDA 代码本创建或更新 codebook.yaml（默认文件夹 ${DEFAULT_NOTES_FOLDER}）`,
  kwic: '语境索引：一个词、短语或 --regex 的每次出现，连同其前后的文字',
  list: '每个文档（或 --document）的章节和条款及其标题',
  matrix: '编码矩阵：标签、文档、编码者或某个属性两两交叉，统计已编码的段落',
  'merge-driver': 'git 的笔记文件合并驱动：以共同祖先为基础，按批注 ID 合并编码者文件的两个版本',
  related: '其他文档中与某条款措辞相同的条款（文本复用）',
  report: '编码报告：标签表达式选中的每个已编码段落，按文档和条款列出，附双语文本',
  search: '与英文或中文词语最匹配的条款，容许错别字',
  show: '条款的中英文标题和正文',
  stats: `每个标签在各部分中的使用频次，以及哪些标签常一起出现（默认文件夹 ${DEFAULT_NOTES_FOLDER}）`,
  words: '语料、--document、带 --tag 的段落或 --where 所选文档中最常见的词',
};
