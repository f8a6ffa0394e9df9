// The host test is the console registry's (lib/consoles/sites.ts); capture code keeps importing it from here.
export { consoleOfHost } from '../consoles/sites';
