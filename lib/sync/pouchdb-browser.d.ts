// pouchdb-browser ships no types; the engine types the part it uses in pouch-types.ts.
declare module 'pouchdb-browser' {
  const PouchDB: unknown;
  export default PouchDB;
}
