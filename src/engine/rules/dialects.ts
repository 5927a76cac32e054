// Language dialects of a shared query. C and C++ share rule packs, but C++ code calls the C library
// through a namespace: `std::strcpy(dst, src)`, `::system(cmd)`. For C++, a pattern written for the
// plain call `name(…)` (`function: (identifier) @f`) also matches the qualified one, so one rule
// covers both languages (the C grammar has no qualified_identifier, so this cannot be written in
// the shared query itself).

const PLAIN_CALLEE = /function:\s*\(identifier\)(\s*@([\w.-]+))?/g;

/** The query text to compile for `languageId`. */
export function queryForLanguage(source: string, languageId: string): string {
  if (languageId !== 'cpp') return source;
  return source.replace(PLAIN_CALLEE, (_whole, captured: string | undefined, name: string | undefined) =>
    captured
      ? `function: [(identifier) @${name} (qualified_identifier name: (identifier) @${name})]`
      : 'function: [(identifier) (qualified_identifier name: (identifier))]');
}
