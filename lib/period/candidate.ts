import type { DateRange } from '../model/local-date';

/** One reading of the period found on a page, before the closest and best one is chosen. */
export interface Candidate {
  period: DateRange;
  /**
   * 0 range picker or range of inputs, 1 single date input, 2 labelled text, 3 active preset,
   * 4 date in a heading.
   */
  rank: number;
  el: Element;
  evidence: string;
}

/** Evidence as shown in the capture log: whitespace collapsed, at most 80 characters. */
export const short = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 80);
