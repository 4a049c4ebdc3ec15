/** A stretch of text, as UTF-16 offsets (those of JavaScript strings and of VS Code). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Of spans that overlap, keeps the longest (a bilingual reference holds a short and a Chinese
 * one: it is reported once); ties go to the span given first. The result is in text order.
 */
export function longestNonOverlapping<T extends Span>(spans: readonly T[]): T[] {
  const ordered = spans
    .map((span, order) => ({ span, order }))
    .sort((a, b) => a.span.start - b.span.start || a.order - b.order);
  const kept: T[] = [];
  // Spans only compete within a run of transitively overlapping ones, which is small.
  let run: { span: T; order: number }[] = [];
  let runEnd = -1;
  for (const item of ordered) {
    if (item.span.start >= runEnd) {
      kept.push(...longestOf(run));
      run = [];
    }
    run.push(item);
    runEnd = Math.max(runEnd, item.span.end);
  }
  kept.push(...longestOf(run));
  return kept;
}

function longestOf<T extends Span>(run: readonly { span: T; order: number }[]): T[] {
  const byLength = [...run].sort(
    (a, b) => length(b.span) - length(a.span) || a.span.start - b.span.start || a.order - b.order,
  );
  const chosen: T[] = [];
  for (const { span } of byLength) {
    if (chosen.every((other) => span.end <= other.start || span.start >= other.end)) {
      chosen.push(span);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function length(span: Span): number {
  return span.end - span.start;
}
