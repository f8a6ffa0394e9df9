/**
 * The database's public face: open it, write captures, run the queries the views need. Storage details
 * (value-store, value-month, schema-versions) stay behind it.
 */
export { type KefuDatabase, openDatabase } from './database';
export { agentHistory, capturedDays, capturedPeriods, dailyValuesBetween, knownLabels, latestDailyPeriod, type PeriodKey, type PeriodRead, readPeriod, teamAverageHistory, valuesOfPeriod } from './insight-queries';
export { type MonthRows, readMonthRows, rowsOfLabels } from './month-rows';
export { newestMonthRecords } from './newest-month-records';
export { type OverlayPrefs, PREF_SCHEMAS, readPref, type TeamViewPrefs, writePref } from './prefs';
export { correctPeriod, latestValues, wipeAll } from './queries';
export { isQuotaError } from './quota-error';
export { closeForUpgrade } from './version-change';
export { CURRENT_SCHEMA_VERSION } from './schema-versions';
export { readProfiles, readSchemes } from './settings-read';
export { deleteProfile, loadProfiles, loadSchemes, profileConflicts, resetScheme, saveProfile, saveScheme, type SaveSettingResult, SECOND_ME_ISSUE } from './settings-store';
export { storeStats } from './stats';
export { readTeamViewPref, writeTeamViewPref } from './team-view-pref';
export { allStoredValues, latestMonthsOfLabel, putValues } from './value-store';
export { writeCapture } from './write-capture';
export { writeLoggedValues } from './write-logged-values';
export { mergeMonthCells, type OriginOrder, putPulledMonths } from './pulled-months';
export { type PeriodCells, type ValueMonthRecord, type ValueOrigin, valueCountOf } from './value-month';
