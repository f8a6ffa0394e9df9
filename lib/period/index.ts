export { parseDate, parsePeriodText, PERIOD_LABEL } from './parse-date-text';
export { presetPeriod } from './preset-period';
export { findPeriod } from './find-period';
export { periodFromFileName } from './file-name-period';
