// Dexie needs an IndexedDB under Node; tests that need the DOM opt in with `// @vitest-environment happy-dom`.
import 'fake-indexeddb/auto';
