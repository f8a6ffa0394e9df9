import type { z } from 'zod';
import { text, type Text } from '../text';

/** What a value is, in the words zod uses for `expected` (string, number, array, null …). */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}


/**
 * zod's own issues as message codes (zod words them in English, or in one locale at a time); the
 * views word them in the browser's language like every other message.
 */
export function zodIssueText(issue: z.core.$ZodIssue): Text {
  switch (issue.code) {
    case 'invalid_type':
      return text('zodInvalidType', issue.expected, typeOf(issue.input));
    case 'too_small': {
      const bound = String(issue.minimum);
      if (issue.origin === 'string') return text('zodTooShortString', bound);
      if (issue.origin === 'array' || issue.origin === 'set') return text('zodTooFewItems', bound);
      return text(issue.inclusive === false ? 'zodTooSmallExclusive' : 'zodTooSmallNumber', bound);
    }
    case 'too_big': {
      const bound = String(issue.maximum);
      if (issue.origin === 'string') return text('zodTooLongString', bound);
      if (issue.origin === 'array' || issue.origin === 'set') return text('zodTooManyItems', bound);
      return text(issue.inclusive === false ? 'zodTooBigExclusive' : 'zodTooBigNumber', bound);
    }
    case 'invalid_value':
      return text('zodInvalidValue', issue.values.map((v) => JSON.stringify(v)).join(', '));
    case 'unrecognized_keys':
      return text('zodUnrecognizedKeys', issue.keys.join(', '));
    case 'invalid_format':
      return text('zodInvalidFormat', issue.format);
    default:
      // invalid_union, invalid_key, not_multiple_of …: rare in our schemas; zod's code names the case.
      return text('zodInvalid', issue.code);
  }
}
