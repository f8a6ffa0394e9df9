/**
 * The domain core: ids, metric types and catalog, capture and record types, dates, limits, keys. Plain
 * types and values only, never zod: the content script may import any of it (its files directly, to
 * keep content.js small). Schemas are in ./schemas.
 */
export { type CaptureReply, NO_ANSWER, STORAGE_FULL } from './capture-reply';
export { type Capture, type PeriodInfo, type RawCapture, type RawTable } from './capture-types';
export { CONSOLE_MATCHES, CONSOLE_SITES, type ConsoleId, consoleOfHost, type ConsoleSite, isConsoleId, KNOWN_CONSOLE_IDS, type KnownConsoleId, matchPatternOfHost } from './console-sites';
export { AFTER_ALL_DATES, BEFORE_ALL_DATES, isIsoDate, isIsoTimestamp, isoDayNumber, periodDays, periodProblem } from './iso-date';
export { CSV_IMPORT_SOURCE_KEY, snapshotId, sourceKey, valueId, valueMonthId } from './keys';
export { LABEL_MAX_LENGTH, MAX_WARNINGS_PER_CAPTURE, SHORT_TEXT_MAX_LENGTH, TABLE_KEY_MAX_LENGTH } from './limits';
export { addDays, type DateRange, isoDate } from './local-date';
export { metricById, METRICS } from './metric-catalog';
export { type HeaderUnitHint, type LeftOutColumn, type MetricDef, type MetricRole, ROW_KINDS, type RowKind, type Unit } from './metric-types';
export { type CaptureStamp, isNewer } from './newer-value';
export { type MessageKey, type PlainKey } from './message-key';
export { countText, isText, text, type Text, type TextParam } from './text';
