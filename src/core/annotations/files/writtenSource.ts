import { LineCounter, parseDocument } from 'yaml';
import { Positions, YamlSource } from './yamlSource';

/**
 * The source of a file without comments as a save wrote it, without parsing the text again: the
 * document the save edited and the value it wrote. Where values are in the text is only needed to
 * locate a problem, which a file that was checked before it was written seldom has, so that is
 * parsed on first use.
 */
export function writtenSource(text: string, doc: YamlSource['doc'], value: unknown): YamlSource {
  let positions: Positions | undefined;
  return {
    text,
    doc,
    value,
    comments: false,
    get positions(): Positions {
      if (!positions) {
        const lineCounter = new LineCounter();
        positions = { doc: parseDocument(text, { lineCounter }), lineCounter };
      }
      return positions;
    },
  };
}
