import fc from 'fast-check';

/**
 * Random damage to a file's text: the byte, line and field mutations of issue 11's fuzzing, as
 * fast-check arbitraries of functions (so a counterexample prints what was done, and shrinks).
 */

export interface Mutation {
  describe: string;
  apply: (text: string) => string;
}

/** Characters that matter to CSV and JSON readers, and some that do not. */
const BYTES = [',', '"', '\n', '\r', '\r\n', ' ', 'x', '9', '0', '-', '.', 'e', ':', '{', '}', '[', ']', '\\', '\uFEFF', '\u0000', '中', '\t', "'", '='];

const at = (text: string, position: number) => (text.length === 0 ? 0 : position % (text.length + 1));

/** One character replaced, inserted or deleted anywhere. */
export const byteMutation: fc.Arbitrary<Mutation> = fc
  .record({ op: fc.constantFrom('replace', 'insert', 'delete'), position: fc.nat(), byte: fc.constantFrom(...BYTES) })
  .map(({ op, position, byte }) => ({
    describe: `${op} ${JSON.stringify(byte)} at ${position}`,
    apply: (text) => {
      const i = at(text, position);
      if (op === 'insert') return text.slice(0, i) + byte + text.slice(i);
      if (op === 'delete') return text.slice(0, i) + text.slice(i + 1);
      return text.slice(0, i) + byte + text.slice(i + 1);
    },
  }));

/** Whole lines dropped, doubled, swapped, cut short or added (a file edited by hand, a truncated download). */
export const lineMutation: fc.Arbitrary<Mutation> = fc
  .record({ op: fc.constantFrom('drop', 'double', 'swap', 'truncate', 'add'), a: fc.nat(), b: fc.nat(), garbage: fc.constantFrom('', 'x', ',,,', '"', '1,2,3', '{}', 'period_start') })
  .map(({ op, a, b, garbage }) => ({
    describe: `${op} line ${a}${op === 'swap' ? ` with ${b}` : ''}${op === 'add' ? ` ${JSON.stringify(garbage)}` : ''}`,
    apply: (text) => {
      if (op === 'truncate') return text.slice(0, at(text, a));
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      const lines = text.split(eol);
      const i = a % lines.length;
      const j = b % lines.length;
      if (op === 'drop') lines.splice(i, 1);
      else if (op === 'double') lines.splice(i, 0, lines[i]!);
      else if (op === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      else lines.splice(i, 0, garbage);
      return lines.join(eol);
    },
  }));

/** Damage at random: 0–3 byte, line or field mutations (0 checks that the untouched file imports whole). */
export function mutations(field: fc.Arbitrary<Mutation>): fc.Arbitrary<Mutation[]> {
  return fc.array(fc.oneof(byteMutation, lineMutation, field, field), { maxLength: 3 });
}

export function applyAll(text: string, list: readonly Mutation[]): string {
  return list.reduce((t, m) => m.apply(t), text);
}
