import { say, t } from '@/lib/i18n/translate';
import type { Text } from '@/lib/model';

/** Beyond this many the list says how many more: a wrong file yields one problem per row. */
const LISTED_PROBLEMS = 20;

/** The problems of a refused import, in the UI language. */
export function ImportProblemList({ problems }: { problems: readonly Text[] }) {
  return (
    <ul>
      {problems.slice(0, LISTED_PROBLEMS).map((problem, i) => (
        <li key={i}>{say(problem)}</li>
      ))}
      {problems.length > LISTED_PROBLEMS && <li>{t('importMoreErrors', problems.length - LISTED_PROBLEMS)}</li>}
    </ul>
  );
}
