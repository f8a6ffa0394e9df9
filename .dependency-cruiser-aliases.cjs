// dependency-cruiser resolves WXT's `@/` alias through this (its tsconfig-paths reader needs a baseUrl,
// which the generated .wxt/tsconfig.json does not set); it is used by nothing else.
module.exports = { resolve: { alias: { '@': __dirname } } };
