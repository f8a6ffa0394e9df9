/**
 * Layer rules, checked by `npm run lint` (depcruise lib components entrypoints). Each rule says why.
 *
 * lib/ modules in layers, lowest first; a module imports its own layer or lower ones, and a cycle
 * between modules of one layer is caught by `no-module-cycles`:
 *   core      lib/model (ids, metric types and catalog, capture and record types, dates, limits, keys;
 *             zod schemas in lib/model/schemas)
 *   domain    metrics, period, consoles, format, hints, i18n, build
 *   reading   capture, analysis
 *   storage   db, messages
 *   features  sites, standing, io, import, sync
 *   apps      options, popup, sidepanel, overlay, background
 * Then components/, then entrypoints/.
 */

const LAYERS = [
  { name: 'core', modules: ['model'] },
  { name: 'domain', modules: ['metrics', 'period', 'consoles', 'format', 'hints', 'i18n', 'build'] },
  { name: 'reading', modules: ['capture', 'analysis'] },
  { name: 'storage', modules: ['db', 'messages'] },
  { name: 'features', modules: ['sites', 'standing', 'io', 'import', 'sync'] },
  { name: 'apps', modules: ['options', 'popup', 'sidepanel', 'overlay', 'background'] },
];

const modulesPath = (modules) => `^lib/(${modules.join('|')})/`;

/** One rule per layer: nothing in it imports a module of a higher layer. */
const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name}-imports-down`,
  comment:
    `lib/{${layer.modules.join(',')}} is the ${layer.name} layer: it may import only its own layer and lower ones, ` +
    'so the modules form one downward order and lower layers stay usable (and testable) without the higher ones.',
  severity: 'error',
  from: { path: modulesPath(layer.modules) },
  to: { path: modulesPath(LAYERS.slice(i + 1).flatMap((l) => l.modules)) },
}));

/** Files the content scripts run: everything they import ships in every console frame. */
const CONTENT_SCRIPTS = '^entrypoints/(content|overlay-host\\.content)\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'A file cycle makes load order matter (a class or const read before it is defined) and means neither ' +
        'file can be understood or tested alone; type-only imports count too, since they show the same tangle.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      comment:
        'Folders are the modules (lib/db, lib/analysis, components/options …): two modules importing each ' +
        'other cannot be changed, tested or reasoned about one at a time. Folder scope catches what the ' +
        'layer rules cannot, a cycle inside one layer.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-imports-only-model',
      comment:
        'lib/model is the domain core everything else imports; if it imported any other lib module, that ' +
        'module could never import the core without a cycle.',
      severity: 'error',
      from: { path: '^lib/model/' },
      to: { path: '^lib/', pathNot: '^lib/model/' },
    },
    {
      name: 'model-plain-files-without-zod',
      comment:
        'The content script imports lib/model files for types, ids, limits and dates; zod (≈60 KB) would ' +
        'blow its 40 KB budget, so schemas live only in lib/model/schemas.',
      severity: 'error',
      from: { path: '^lib/model/', pathNot: '^lib/model/schemas/' },
      to: { path: 'node_modules/zod/' },
    },
    ...layerRules,
    {
      name: 'lib-stays-below-views',
      comment:
        'lib/ is framework-free logic, unit-tested on its own; importing a component or an entrypoint would ' +
        'pull React and WXT wiring into it and turn the layering upside down.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'components-below-entrypoints',
      comment: 'Entrypoints are wiring only; shared components must not depend on one page\'s wiring.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'content-script-stays-small',
      comment:
        'The content scripts run in every frame of every console page (budget 40 KB for content.js): zod, ' +
        'Dexie, React, react-dom and chart.js belong to the background and the extension pages. The ' +
        'content script sees the page\'s IndexedDB, not the extension\'s, so Dexie there would be wrong too.',
      severity: 'error',
      from: { path: CONTENT_SCRIPTS },
      to: {
        path: 'node_modules/(zod|dexie|dexie-react-hooks|react|react-dom|scheduler|chart\\.js|chartjs-[^/]+)/',
        reachable: true,
      },
    },
    {
      name: 'views-use-the-database-through-its-index',
      comment:
        'Values are stored packed per month (lib/db/value-month.ts, value-store.ts) and the schema has ' +
        'versions (schema-versions.ts): those are the database\'s own business. Components and entrypoints ' +
        'use lib/db\'s index (openDatabase, the queries, the writers), so the storage layout can change ' +
        'without touching a view.',
      severity: 'error',
      from: { path: '^(components|entrypoints)/' },
      to: { path: '^lib/db/', pathNot: '^lib/db/index\\.ts$' },
    },
    {
      name: 'modules-meet-through-their-index',
      comment:
        'A module\'s index.ts is its public face: other lib modules, components and extension pages import ' +
        'it there, so its inner files can move. Exempt: the content-script path (the capture, period, ' +
        'metrics and overlay-frame files and the entrypoints that run them) imports files directly, because ' +
        'a barrel there drags code into content.js; lib/model files are read that way too; lib/i18n has ' +
        'no index yet.',
      severity: 'error',
      from: {
        path: '^(?:lib/([^/]+)/|components/|entrypoints/)',
        pathNot: [
          CONTENT_SCRIPTS,
          '^lib/(capture|period|metrics)/',
          '^lib/overlay/(overlay-frame|default-corner|frame-geometry|frame-messages|runtime-messages)\\.ts$',
          // The content scripts' sender (and its resend) reads the reply codes from lib/model's file.
          '^lib/messages/content-messaging\\.ts$',
        ],
      },
      to: {
        path: '^lib/([^/]+)/',
        pathNot: ['^lib/[^/]+/index\\.ts$', '^lib/model/schemas/index\\.ts$', '^lib/i18n/', '^lib/$1/'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Resolves WXT's `@/` alias (see that file).
    webpackConfig: { fileName: '.dependency-cruiser-aliases.cjs' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
