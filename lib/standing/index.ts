/**
 * "Me" at a glance, read from the database: shared by the popup, the overlay and the background.
 */
export { loadMyStanding, type MyStanding } from './my-standing';
export { loadMyMonth, type MyMonth, myMonthFrom, myMonthWindow } from './my-month';
