import { HTMLElement, Node, NodeType, TextNode, parse } from 'node-html-parser';

/**
 * The text of a web page as its reader sees the article: a government site's page (gov.cn,
 * flk.npc.gov.cn, a PKULaw export) is mostly navigation, links, a search box and a footer around
 * the body. Scripts, styles, navigation, forms and links are set aside; then, from the page down,
 * the element that holds nearly all of the remaining text is taken, as long as one child holds it;
 * its title (the page's first heading, else its <title>) is put first when the body lacks it.
 * Block elements and <br> end lines; cells of a table row are separated by spaces.
 */

// Never part of an article's text.
const SET_ASIDE = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, select, button, svg, object, embed';
// How much of an element's text one child must hold to be taken instead of it.
const NEARLY_ALL = 0.85;
const BLOCKS = new Set(['P', 'DIV', 'BR', 'LI', 'UL', 'OL', 'TR', 'TABLE', 'TBODY', 'THEAD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'DL', 'DT', 'DD', 'HR', 'CENTER', 'CAPTION', 'FIGURE']);
const CELLS = new Set(['TD', 'TH']);
// Characters that count as text: ideographs, letters and digits (not spaces, not punctuation).
const COUNTED = /[\p{L}\p{N}]/gu;
// A page title's site name after a separator: "中华人民共和国民法典_中国人大网", "… - 中国政府网".
const SITE_SUFFIX = /\s*(?:[_|｜—–]|\s-\s).*$/;

export function htmlText(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, noscript: true, pre: true } });
  const pageTitle = root.querySelector('title')?.text.trim().replace(SITE_SUFFIX, '') ?? '';
  root.querySelectorAll(SET_ASIDE).forEach((element) => element.remove());
  const body = root.querySelector('body') ?? root;
  const heading = body.querySelector('h1')?.text.trim() ?? '';
  const article = articleOf(body, new Map());
  const lines = linesOf(article);
  const title = heading || pageTitle;
  const titled = title === '' || lines.slice(0, 5).some((line) => line.includes(title));
  return `${[...(titled ? [] : [title]), ...lines].join('\n')}\n`;
}

/** Descends while one child holds nearly all of the element's text outside links. */
function articleOf(element: HTMLElement, sizes: Map<Node, number>): HTMLElement {
  const total = sizeOf(element, sizes);
  const children = element.childNodes.filter((child): child is HTMLElement => child instanceof HTMLElement);
  const biggest = children.reduce<HTMLElement | undefined>((best, child) => (best === undefined || sizeOf(child, sizes) > sizeOf(best, sizes) ? child : best), undefined);
  return biggest !== undefined && total > 0 && sizeOf(biggest, sizes) >= NEARLY_ALL * total ? articleOf(biggest, sizes) : element;
}

/** The characters of text under a node, links not counted (navigation is links). */
function sizeOf(node: Node, sizes: Map<Node, number>): number {
  let size = sizes.get(node);
  if (size === undefined) {
    if (node instanceof TextNode) {
      size = (node.text.match(COUNTED) ?? []).length;
    } else if (node instanceof HTMLElement && node.tagName !== 'A') {
      size = node.childNodes.reduce((sum, child) => sum + sizeOf(child, sizes), 0);
    } else {
      size = 0;
    }
    sizes.set(node, size);
  }
  return size;
}

/** The element's text, a line per block, whitespace collapsed as a browser does (none between ideographs). */
function linesOf(element: HTMLElement): string[] {
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    const text = line.replace(/[ \t\r\n]+/g, ' ').trim();
    if (text !== '') {
      lines.push(text);
    }
    line = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      // A line break in the source between two ideographs is no space on the page.
      line += node.text.replace(/(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]*[\r\n]+[ \t\r\n]*(?=[\u3000-\u9fff\uff00-\uffef])/g, '');
      return;
    }
    if (!(node instanceof HTMLElement)) {
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) {
      endLine();
    }
    node.childNodes.forEach(visit);
    if (CELLS.has(node.tagName)) {
      line += ' ';
    }
    if (block) {
      endLine();
    }
  };
  visit(element);
  endLine();
  return lines;
}
