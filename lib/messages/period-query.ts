/** Background → top frame: "which period does your page show?" Answered with a PeriodInfo. */
export const PERIOD_QUERY = 'period-query';
