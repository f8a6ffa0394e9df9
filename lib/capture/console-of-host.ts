// The host test is the console registry's (lib/model/console-sites.ts); capture code keeps importing it from here.
export { consoleOfHost } from '../model/console-sites';
