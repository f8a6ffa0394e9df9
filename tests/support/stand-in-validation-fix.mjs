// Loaded into the pouchdb-server stand-in (node --import): its validation plugin (pouchdb-validation) sets a
// written document's _revisions to the stored document's before running validate_doc_update. A replicated
// update (new_edits=false, revision 2 on top of 1) then claims to be revision 1 again, and PouchDB keeps
// the stored one without a word: no update after a document's first revision ever reached the stand-in
// (CouchDB 3 has no such step). Patched as it loads: a document that brings its own _revisions keeps them.
import Module from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const target = path.join('pouchdb-validation', 'lib', 'index.js');
const buggy = 'newDoc._revisions = (oldDoc || {})._revisions;';
const fixed = 'if (!newDoc._revisions) newDoc._revisions = (oldDoc || {})._revisions;';
const load = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (!filename.endsWith(target)) return load(module, filename);
  const source = fs.readFileSync(filename, 'utf8');
  if (!source.includes(buggy)) throw new Error(`stand-in-validation-fix: ${filename} changed; check whether the fix is still needed`);
  module._compile(source.replace(buggy, fixed), filename);
};
