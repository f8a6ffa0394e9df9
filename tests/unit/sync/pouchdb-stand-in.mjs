// Starts pouchdb-server (arguments as its command line) with one fix to its validation plugin.
//
// pouchdb-validation overwrites the incoming document's `_revisions` with the stored revision's before it
// calls validate_doc_update, and then stores that document. Replication writes with new_edits=false,
// where `_revisions` IS the new revision: an updated document (rev 2 over rev 1) arrives as rev 1 again
// and is dropped while the replicator counts it written. So on the stand-in every update of a document
// that already exists (a day added to a month record, an edited scheme) silently never reaches the
// server once a validation function is installed. CouchDB 3 does not do this. The fix hands the
// validation function a copy and leaves the stored document alone.
import Module, { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const BUG = 'newDoc._revisions = (oldDoc || {})._revisions;';
const FIX = 'newDoc = Object.assign({}, newDoc, { _revisions: (oldDoc || {})._revisions });';
const target = path.join('pouchdb-validation', 'lib', 'index.js');
const loadJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (!filename.endsWith(target)) return loadJs(module, filename);
  const source = fs.readFileSync(filename, 'utf8');
  if (!source.includes(BUG)) throw new Error(`pouchdb-stand-in: ${filename} changed; check whether the _revisions fix is still needed`);
  module._compile(source.replace(BUG, FIX), filename);
};
// pouchdb-server is CommonJS: its modules load through the hook above.
createRequire(import.meta.url)('pouchdb-server/lib/index.js');
