import { t } from '@/lib/i18n/translate';
import { pick } from '@/lib/i18n/ui-language';

/** Beyond this many the list says how many more: a wrong file yields one problem per row. */
const LISTED_PROBLEMS = 20;

/** The problems of a refused import, in the UI language. */
export function ImportProblemList({ problems }: { problems: readonly { zh: string; en: string }[] }) {
  return (
    <ul>
      {problems.slice(0, LISTED_PROBLEMS).map((problem, i) => (
        <li key={i}>{pick(problem)}</li>
      ))}
      {problems.length > LISTED_PROBLEMS && <li>{t('importMoreErrors', problems.length - LISTED_PROBLEMS)}</li>}
    </ul>
  );
}
