// Per-language adapters: which tree-sitter node types play which role for the dataflow core.
// Mostly tables of node types and field names; code only where a grammar's shape needs it.
import type { Node } from 'web-tree-sitter';

export interface FieldSpec { [role: string]: string }

export interface Adapter {
  /** Function-like nodes, with the fields holding parameters and body. */
  functions: Record<string, { params: string; body: string }>;
  /** Statement containers walked in order. */
  blocks: Set<string>;
  ifs: Record<string, { condition: string; consequence: string; alternative: string; initializer?: string }>;
  /** `else` wrappers whose children are the else branch. */
  elses: Set<string>;
  loops: Set<string>;
  /** for-each loops: the pattern bound to each element, the iterated value, and the body. */
  forEach: Record<string, { left: string; right: string; body: string }>;
  returns: Set<string>;
  /** throw / raise / break / continue: leave the current path. */
  exits: Set<string>;
  /** Calls that never return (process.exit, sys.exit, os.Exit, panic, abort): matched on the callee text. */
  exitCalls: Set<string>;
  /** try / switch / match: each child block is an alternative path. */
  branches: Set<string>;
  declarators: Record<string, { name: string; value: string }>;
  assignments: Record<string, { left: string; right: string }>;
  /** `x += y`: the target keeps its old facts and gains the right side's. */
  augmented: Record<string, { left: string; right: string }>;
  calls: Record<string, { function?: string; object?: string; name?: string; arguments: string }>;
  /** `new C(args)` */
  news: Record<string, { constructor: string; arguments: string }>;
  members: Record<string, { object: string; property: string }>;
  subscripts: Record<string, { object: string; index: string }>;
  ternaries: Record<string, { condition: string | number }>;
  binaries: Record<string, { left: string; right: string }>;
  /** Binary operators whose result carries its operands' data (string building, value-returning logic). */
  propagatingOperators: Set<string>;
  /**
   * Arithmetic whose result still carries its operands' size (C: `len + 1`, `w * h`, `p[0] | p[1] << 8`)
   * but, being a number, is marked as a numeric conversion: safe in a command, not as a length.
   */
  numericOperators?: Set<string>;
  /** Node types whose value is never tainted (comparisons, negation, typeof, sizes); children still run. */
  cleanTypes: Set<string>;
  /** Unary operators that negate a condition. */
  negations: Set<string>;
  identifiers: Set<string>;
  /** `this` / `self` style receivers usable as path roots. */
  selfNames: Set<string>;
  objectLiterals: Record<string, { pair: string; key: string; value: string; shorthand?: string }>;
  arrayLiterals: Set<string>;
  /** Node types that are lists on either side of a multi-assignment (a, b = x, y). */
  lists: Set<string>;
  /** Literal node types for the constant-condition test and constant keys. */
  literals: Set<string>;
  /** Literal types that can never hold interpolated code: their value is clean without a look inside. */
  plainLiterals: Set<string>;
  falseLiterals: RegExp;
  trueLiterals: RegExp;
  /** Collection methods: writes (put/set/push) and reads (get) by method name. */
  collectionWrites: Record<string, { key?: number; value: number }>;
  collectionReads: Record<string, { key?: number }>;
  /** Methods that call their callback with each element of the receiver (`ids.forEach(id => …)`). */
  elementCallbacks?: Set<string>;
  /** Functions that ignore the first parameter for positional mapping (Python methods: self). */
  skipFirstParam?: (fn: Node) => boolean;
  /** Binding patterns of a function's parameters, in call order. */
  params: (fn: Node, adapter: Adapter) => Node[];
  /**
   * Matches a local declaration of `name` (JavaScript: `const ctx = …`, `let { ctx } = …`). A
   * request-like name declared inside the function is a local value, not the framework's request.
   */
  localDeclaration?: (name: string) => RegExp;
  /**
   * Parameter types that hand a function the request it serves (Go `*http.Request`,
   * `*gin.Context`). Inside such a function a request-like name it declares is usually derived
   * from that request (`req := r.WithContext(ctx)`), so localDeclaration does not apply there.
   */
  requestParameter?: RegExp;
  /** Name of a function definition, for call resolution within the file. */
  functionName: (fn: Node) => string | undefined;
  /** Unwraps a declarator/pattern to the node that names the variable (C pointer declarators, TS parameters). */
  patternTarget: (node: Node) => Node;
  /** Source text of a definition of `name` (ranged re-scans find helpers outside the range with it). */
  definitionRegex: (name: string) => RegExp;
  /** Extra statement-level declarations that are not analysed inline (named nested functions, classes). */
  skipStatements: Set<string>;
  /**
   * Languages whose named functions sit only in declaration containers (not inside function
   * bodies): the containers to walk, the definition types found there and their names, as the
   * language's DEFINITION_QUERIES would give them. Without it, that query walks the whole tree.
   */
  definitionContainers?: { types: Set<string>; definitions: Set<string>; name: (fn: Node) => string | undefined };
}

const notComment = (n: Node | null): n is Node => n !== null && typeOf(n) !== 'comment';

/**
 * Per tree: node id → its named children, and node id → its type. Every property of a
 * web-tree-sitter node is a call into WASM (a node's type: about 120 ns; a lookup here: 20 ns),
 * and the dataflow core asks for the same ones many times.
 */
interface TreeMemo { children: Map<number, Node[]>; types: Map<number, string> }
const memos = new WeakMap<object, TreeMemo>();
let lastTree: object | undefined;
let lastMemo: TreeMemo | undefined;

function memoOf(tree: object): TreeMemo {
  if (tree === lastTree) return lastMemo!;
  let memo = memos.get(tree);
  if (!memo) { memo = { children: new Map(), types: new Map() }; memos.set(tree, memo); }
  lastTree = tree;
  lastMemo = memo;
  return memo;
}

function childrenNamed(node: Node | null): Node[] {
  if (!node) return [];
  const cache = memoOf(node.tree).children;
  let kids = cache.get(node.id);
  if (!kids) { kids = node.namedChildren.filter(notComment); cache.set(node.id, kids); }
  return kids;
}

/** `node.type`, remembered per tree. */
export function typeOf(node: Node): string {
  const types = memoOf(node.tree).types;
  let t = types.get(node.id);
  if (t === undefined) { t = node.type; types.set(node.id, t); }
  return t;
}

function unwrapField(node: Node, fields: string[]): Node {
  let cur = node;
  for (let guard = 0; guard < 8; guard++) {
    let next: Node | null = null;
    for (const f of fields) { next = cur.childForFieldName(f); if (next) break; }
    if (!next) return cur;
    cur = next;
  }
  return cur;
}

const esc = (name: string) => name.replace(/[$]/g, '\\$');
const C_LIKE_DEFINITION = (name: string) => new RegExp(`\\b${esc(name)}\\s*\\([^;{)]*\\)\\s*(?:const\\s*)?(?:throws[^{;]*)?\\{`, 'g');

const COMMON_LITERALS = ['string', 'number', 'true', 'false', 'null', 'undefined', 'integer', 'float', 'none',
  'string_literal', 'decimal_integer_literal', 'null_literal', 'interpreted_string_literal', 'raw_string_literal',
  'int_literal', 'float_literal', 'nil', 'number_literal', 'char_literal', 'character_literal', 'concatenated_string', 'text_block'];

const JS: Adapter = {
  functions: {
    function_declaration: { params: 'parameters', body: 'body' },
    function_expression: { params: 'parameters', body: 'body' },
    function: { params: 'parameters', body: 'body' },
    generator_function_declaration: { params: 'parameters', body: 'body' },
    generator_function: { params: 'parameters', body: 'body' },
    arrow_function: { params: 'parameters', body: 'body' },
    method_definition: { params: 'parameters', body: 'body' },
  },
  localDeclaration: (name) => new RegExp(`\\b(?:const|let|var)\\s+(?:${name}\\s*[:=]|[{[][^=;]*(?<![\\w$.])${name}(?![\\w$]|\\s*:)[^=;]*[}\\]]\\s*[:=])`),
  blocks: new Set(['program', 'statement_block', 'class_body', 'switch_body']),
  ifs: { if_statement: { condition: 'condition', consequence: 'consequence', alternative: 'alternative' } },
  elses: new Set(['else_clause']),
  loops: new Set(['for_statement', 'while_statement', 'do_statement']),
  forEach: { for_in_statement: { left: 'left', right: 'right', body: 'body' } },
  returns: new Set(['return_statement']),
  exits: new Set(['throw_statement', 'break_statement', 'continue_statement']),
  exitCalls: new Set(['process.exit']),
  branches: new Set(['try_statement', 'switch_statement', 'catch_clause', 'finally_clause', 'switch_case', 'switch_default']),
  declarators: { variable_declarator: { name: 'name', value: 'value' } },
  assignments: { assignment_expression: { left: 'left', right: 'right' } },
  augmented: { augmented_assignment_expression: { left: 'left', right: 'right' } },
  calls: { call_expression: { function: 'function', arguments: 'arguments' } },
  news: { new_expression: { constructor: 'constructor', arguments: 'arguments' } },
  members: { member_expression: { object: 'object', property: 'property' } },
  subscripts: { subscript_expression: { object: 'object', index: 'index' } },
  ternaries: { ternary_expression: { condition: 'condition' } },
  binaries: { binary_expression: { left: 'left', right: 'right' } },
  propagatingOperators: new Set(['+', '||', '??', '&&']),
  cleanTypes: new Set(['unary_expression', 'update_expression', 'regex', 'number', 'true', 'false', 'null', 'undefined', 'class_declaration', 'type_annotation', 'import_statement']),
  negations: new Set(['!']),
  identifiers: new Set(['identifier', 'shorthand_property_identifier', 'shorthand_property_identifier_pattern', 'this']),
  selfNames: new Set(['this']),
  objectLiterals: { object: { pair: 'pair', key: 'key', value: 'value', shorthand: 'shorthand_property_identifier' } },
  arrayLiterals: new Set(['array']),
  lists: new Set(['sequence_expression']),
  literals: new Set(COMMON_LITERALS),
  plainLiterals: new Set(['string', 'number', 'true', 'false', 'null', 'undefined', 'regex']),
  falseLiterals: /^(false|0|null|undefined|""|'')$/,
  trueLiterals: /^(true|1)$/,
  collectionWrites: { set: { key: 0, value: 1 }, push: { value: 0 }, unshift: { value: 0 }, add: { value: 0 }, append: { key: 0, value: 1 } },
  collectionReads: { get: { key: 0 }, at: {}, pop: {}, shift: {}, getAll: { key: 0 } },
  elementCallbacks: new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex']),
  params: (fn) => {
    const p = fn.childForFieldName('parameters') ?? fn.childForFieldName('parameter');
    if (!p) return [];
    return p.type === 'formal_parameters' ? childrenNamed(p).filter((c) => c.type !== 'decorator') : [p];
  },
  functionName: (fn) => fn.childForFieldName('name')?.text ?? declaredName(fn),
  definitionRegex: (name) => new RegExp(`function\\*?\\s+${esc(name)}\\b|\\b${esc(name)}\\s*[:=]\\s*(?:async\\s+)?(?:function|\\([^)]*\\)\\s*=>|[A-Za-z_$][\\w$]*\\s*=>)|^[ \\t]*(?:async\\s+|static\\s+|public\\s+|private\\s+)*${esc(name)}\\s*\\([^)]*\\)\\s*(?::[^{]*)?\\{`, 'gm'),
  patternTarget: (node) => {
    if (node.type === 'required_parameter' || node.type === 'optional_parameter') return node.childForFieldName('pattern') ?? node;
    if (node.type === 'assignment_pattern') return node.childForFieldName('left') ?? node;
    if (node.type === 'rest_pattern') return node.namedChildren.find(notComment) ?? node;
    return node;
  },
  skipStatements: new Set(['function_declaration', 'generator_function_declaration', 'class_declaration', 'import_statement', 'export_statement_declaration']),
};

/** `const handler = (req) => …` / `exports.run = function …`: the name a function is bound to. */
function declaredName(fn: Node): string | undefined {
  const parent = fn.parent;
  if (!parent) return undefined;
  const target = parent.childForFieldName('name') ?? parent.childForFieldName('left') ?? parent.childForFieldName('key');
  if (!target || target.id === fn.id) return undefined;
  const prop = target.childForFieldName('property');
  return (prop ?? target).text;
}

const PYTHON: Adapter = {
  functions: {
    function_definition: { params: 'parameters', body: 'body' },
    lambda: { params: 'parameters', body: 'body' },
  },
  blocks: new Set(['module', 'block', 'decorated_definition']),
  ifs: {
    if_statement: { condition: 'condition', consequence: 'consequence', alternative: 'alternative' },
    elif_clause: { condition: 'condition', consequence: 'consequence', alternative: 'alternative' },
  },
  elses: new Set(['else_clause']),
  loops: new Set(['while_statement']),
  forEach: { for_statement: { left: 'left', right: 'right', body: 'body' }, for_in_clause: { left: 'left', right: 'right', body: 'body' } },
  returns: new Set(['return_statement']),
  exits: new Set(['raise_statement', 'break_statement', 'continue_statement']),
  exitCalls: new Set(['sys.exit', 'exit', 'abort', 'os._exit', 'flask.abort']),
  branches: new Set(['try_statement', 'except_clause', 'finally_clause', 'match_statement', 'case_clause', 'with_statement']),
  declarators: {},
  assignments: { assignment: { left: 'left', right: 'right' } },
  augmented: { augmented_assignment: { left: 'left', right: 'right' } },
  calls: { call: { function: 'function', arguments: 'arguments' } },
  news: {},
  members: { attribute: { object: 'object', property: 'attribute' } },
  subscripts: { subscript: { object: 'value', index: 'subscript' } },
  ternaries: { conditional_expression: { condition: 1 } },
  binaries: { binary_operator: { left: 'left', right: 'right' } },
  propagatingOperators: new Set(['+', '%']),
  cleanTypes: new Set(['comparison_operator', 'not_operator', 'integer', 'float', 'true', 'false', 'none', 'class_definition', 'import_statement', 'import_from_statement', 'type']),
  negations: new Set(['not']),
  identifiers: new Set(['identifier']),
  selfNames: new Set(['self', 'cls']),
  objectLiterals: { dictionary: { pair: 'pair', key: 'key', value: 'value' } },
  arrayLiterals: new Set(['list', 'tuple']),
  lists: new Set(['pattern_list', 'tuple_pattern', 'expression_list', 'tuple', 'list_pattern']),
  literals: new Set(COMMON_LITERALS),
  plainLiterals: new Set(['integer', 'float', 'true', 'false', 'none']),
  falseLiterals: /^(False|0|None|""|'')$/,
  trueLiterals: /^(True|1)$/,
  collectionWrites: { append: { value: 0 }, add: { value: 0 }, insert: { value: 1 }, setdefault: { key: 0, value: 1 } },
  collectionReads: { get: { key: 0 }, pop: { key: 0 }, getlist: { key: 0 }, getone: { key: 0 } },
  skipFirstParam: (fn) => {
    const first = PYTHON.params(fn, PYTHON)[0];
    return !!first && ['self', 'cls'].includes(first.text) && fn.parent?.parent?.type !== 'module';
  },
  params: (fn) => childrenNamed(fn.childForFieldName('parameters')).filter((c) => c.type !== 'keyword_separator' && c.type !== 'positional_separator'),
  functionName: (fn) => fn.childForFieldName('name')?.text ?? declaredName(fn),
  definitionRegex: (name) => new RegExp(`\\bdef\\s+${esc(name)}\\b`, 'g'),
  patternTarget: (node) => {
    if (node.type === 'default_parameter' || node.type === 'typed_default_parameter') return node.childForFieldName('name') ?? node;
    if (node.type === 'typed_parameter' || node.type === 'list_splat_pattern' || node.type === 'dictionary_splat_pattern') return node.namedChildren.find(notComment) ?? node;
    return node;
  },
  skipStatements: new Set(['function_definition', 'class_definition', 'import_statement', 'import_from_statement']),
};

const JAVA: Adapter = {
  functions: {
    method_declaration: { params: 'parameters', body: 'body' },
    constructor_declaration: { params: 'parameters', body: 'body' },
    lambda_expression: { params: 'parameters', body: 'body' },
  },
  blocks: new Set(['program', 'block', 'constructor_body', 'switch_block', 'class_body']),
  ifs: { if_statement: { condition: 'condition', consequence: 'consequence', alternative: 'alternative' } },
  elses: new Set([]),
  loops: new Set(['for_statement', 'while_statement', 'do_statement']),
  forEach: { enhanced_for_statement: { left: 'name', right: 'value', body: 'body' } },
  returns: new Set(['return_statement']),
  exits: new Set(['throw_statement', 'break_statement', 'continue_statement']),
  exitCalls: new Set(['System.exit']),
  branches: new Set(['try_statement', 'try_with_resources_statement', 'catch_clause', 'finally_clause', 'switch_expression', 'switch_block_statement_group', 'switch_rule']),
  declarators: { variable_declarator: { name: 'name', value: 'value' } },
  assignments: { assignment_expression: { left: 'left', right: 'right' } },
  augmented: {},
  calls: { method_invocation: { object: 'object', name: 'name', arguments: 'arguments' } },
  news: { object_creation_expression: { constructor: 'type', arguments: 'arguments' } },
  members: { field_access: { object: 'object', property: 'field' } },
  subscripts: { array_access: { object: 'array', index: 'index' } },
  ternaries: { ternary_expression: { condition: 'condition' } },
  binaries: { binary_expression: { left: 'left', right: 'right' } },
  propagatingOperators: new Set(['+']),
  cleanTypes: new Set(['unary_expression', 'update_expression', 'instanceof_expression', 'decimal_integer_literal', 'true', 'false', 'null_literal', 'class_declaration', 'type_identifier', 'integral_type']),
  negations: new Set(['!']),
  identifiers: new Set(['identifier', 'this']),
  selfNames: new Set(['this']),
  objectLiterals: {},
  arrayLiterals: new Set(['array_initializer']),
  lists: new Set([]),
  literals: new Set(COMMON_LITERALS),
  plainLiterals: new Set(['string_literal', 'decimal_integer_literal', 'true', 'false', 'null_literal', 'character_literal', 'text_block']),
  falseLiterals: /^(false|0|null)$/,
  trueLiterals: /^(true|1)$/,
  collectionWrites: { put: { key: 0, value: 1 }, add: { value: 0 }, addAll: { value: 0 }, offer: { value: 0 }, push: { value: 0 }, putIfAbsent: { key: 0, value: 1 }, set: { value: 1 } },
  collectionReads: { get: { key: 0 }, getOrDefault: { key: 0 }, poll: {}, pop: {}, peek: {}, getFirst: {}, remove: { key: 0 } },
  // Streams and Iterable.forEach
  elementCallbacks: new Set(['forEach', 'forEachOrdered', 'map', 'flatMap', 'filter', 'peek', 'anyMatch', 'allMatch', 'noneMatch']),
  params: (fn) => {
    const p = fn.childForFieldName('parameters');
    if (!p) return [];
    return p.type === 'identifier' ? [p] : childrenNamed(p);
  },
  functionName: (fn) => fn.childForFieldName('name')?.text,
  definitionRegex: C_LIKE_DEFINITION,
  patternTarget: (node) => {
    if (node.type === 'formal_parameter') return node.childForFieldName('name') ?? node;
    if (node.type === 'spread_parameter') return node.namedChildren.find((c) => c?.type === 'variable_declarator')?.childForFieldName('name') ?? node;
    return node;
  },
  skipStatements: new Set(['class_declaration', 'local_class_declaration']),
};

const GO: Adapter = {
  functions: {
    function_declaration: { params: 'parameters', body: 'body' },
    method_declaration: { params: 'parameters', body: 'body' },
    func_literal: { params: 'parameters', body: 'body' },
  },
  blocks: new Set(['source_file', 'block', 'statement_list']),
  ifs: { if_statement: { condition: 'condition', consequence: 'consequence', alternative: 'alternative', initializer: 'initializer' } },
  elses: new Set([]),
  loops: new Set(['for_statement']),
  forEach: {},
  returns: new Set(['return_statement']),
  exits: new Set(['break_statement', 'continue_statement', 'goto_statement']),
  exitCalls: new Set(['os.Exit', 'panic', 'log.Fatal', 'log.Fatalf', 'log.Panic', 'log.Panicf']),
  branches: new Set(['expression_switch_statement', 'type_switch_statement', 'select_statement', 'expression_case', 'default_case', 'type_case', 'communication_case']),
  declarators: { var_spec: { name: 'name', value: 'value' }, const_spec: { name: 'name', value: 'value' } },
  // `for k, v := range m`: the loop variables take the ranged value's data, as an assignment would.
  assignments: { assignment_statement: { left: 'left', right: 'right' }, short_var_declaration: { left: 'left', right: 'right' }, range_clause: { left: 'left', right: 'right' } },
  augmented: {},
  calls: { call_expression: { function: 'function', arguments: 'arguments' } },
  news: {},
  members: { selector_expression: { object: 'operand', property: 'field' } },
  subscripts: { index_expression: { object: 'operand', index: 'index' } },
  ternaries: {},
  binaries: { binary_expression: { left: 'left', right: 'right' } },
  propagatingOperators: new Set(['+']),
  cleanTypes: new Set(['int_literal', 'float_literal', 'true', 'false', 'nil', 'type_declaration', 'import_declaration', 'package_clause']),
  // `req, err := http.NewRequest(…)`, `var req Request`, `for _, req := range pending`: a request
  // the code builds or holds, not the one it serves.
  localDeclaration: (name) => new RegExp(`\\bvar\\s+${name}\\b|(?<![\\w.])(?:[A-Za-z_]\\w*\\s*,\\s*)*${name}\\s*(?:,\\s*[A-Za-z_]\\w*\\s*)*:=`),
  // A pointer parameter, not a slice of them (`pending []*http.Request`).
  requestParameter: /(?<![\]\w])\*\s*(?:http\.Request|gin\.Context|fiber\.Ctx)\b|(?<![\]\w.*])echo\.Context\b/,
  negations: new Set(['!']),
  identifiers: new Set(['identifier']),
  selfNames: new Set([]),
  objectLiterals: { literal_value: { pair: 'keyed_element', key: 'key', value: 'value' } },
  arrayLiterals: new Set([]),
  lists: new Set(['expression_list']),
  literals: new Set(COMMON_LITERALS),
  plainLiterals: new Set(['interpreted_string_literal', 'raw_string_literal', 'int_literal', 'float_literal', 'true', 'false', 'nil', 'rune_literal']),
  falseLiterals: /^(false|0|nil)$/,
  trueLiterals: /^(true|1)$/,
  collectionWrites: { Set: { key: 0, value: 1 }, Add: { key: 0, value: 1 }, Store: { key: 0, value: 1 } },
  collectionReads: { Get: { key: 0 }, Load: { key: 0 }, Values: { key: 0 } },
  params: (fn) => {
    const out: Node[] = [];
    for (const decl of childrenNamed(fn.childForFieldName('parameters'))) {
      const names = decl.childrenForFieldName('name').filter(notComment);
      out.push(...(names.length ? names : [decl]));
    }
    return out;
  },
  functionName: (fn) => fn.childForFieldName('name')?.text,
  definitionRegex: (name) => new RegExp(`\\bfunc\\s+(?:\\([^)]*\\)\\s*)?${esc(name)}\\b`, 'g'),
  patternTarget: (node) => node,
  skipStatements: new Set(['type_declaration', 'import_declaration', 'package_clause', 'function_declaration', 'method_declaration']),
  // Named functions and methods are top-level declarations; only func literals nest.
  definitionContainers: {
    types: new Set(),
    definitions: new Set(['function_declaration', 'method_declaration']),
    name: (fn) => fn.childForFieldName('name')?.text,
  },
};

const C: Adapter = {
  functions: {
    function_definition: { params: 'declarator', body: 'body' },
    lambda_expression: { params: 'declarator', body: 'body' },
  },
  blocks: new Set(['translation_unit', 'compound_statement', 'declaration_list', 'field_declaration_list']),
  ifs: { if_statement: { condition: 'condition', consequence: 'consequence', alternative: 'alternative' } },
  elses: new Set(['else_clause']),
  loops: new Set(['for_statement', 'while_statement', 'do_statement', 'for_range_loop']),
  forEach: {},
  returns: new Set(['return_statement']),
  exits: new Set(['break_statement', 'continue_statement', 'goto_statement', 'throw_statement']),
  exitCalls: new Set(['exit', 'abort', '_exit', 'std::exit', 'std::abort']),
  branches: new Set(['switch_statement', 'case_statement', 'try_statement', 'catch_clause']),
  declarators: { init_declarator: { name: 'declarator', value: 'value' } },
  assignments: { assignment_expression: { left: 'left', right: 'right' } },
  augmented: {},
  calls: { call_expression: { function: 'function', arguments: 'arguments' } },
  news: {},
  members: { field_expression: { object: 'argument', property: 'field' } },
  subscripts: { subscript_expression: { object: 'argument', index: 'index' } },
  ternaries: { conditional_expression: { condition: 'condition' } },
  binaries: { binary_expression: { left: 'left', right: 'right' } },
  propagatingOperators: new Set(['+']),
  // Arithmetic that assembles a number from input bytes (`hdr[0] << 8 | hdr[1]`, `n * size`) keeps it
  // attacker-chosen; masking (`&`), `%` and `/` bound it, and `end - start` of two pointers into one
  // string is a position: those results carry nothing.
  numericOperators: new Set(['*', '<<', '>>', '|', '^']),
  cleanTypes: new Set(['sizeof_expression', 'number_literal', 'true', 'false', 'null', 'unary_expression', 'update_expression', 'primitive_type', 'preproc_include', 'type_definition', 'struct_specifier']),
  negations: new Set(['!']),
  identifiers: new Set(['identifier', 'this']),
  selfNames: new Set(['this']),
  objectLiterals: {},
  arrayLiterals: new Set(['initializer_list']),
  lists: new Set([]),
  literals: new Set(COMMON_LITERALS),
  plainLiterals: new Set(['string_literal', 'number_literal', 'char_literal', 'true', 'false', 'null', 'concatenated_string']),
  falseLiterals: /^(false|0|NULL|nullptr)$/,
  trueLiterals: /^(true|1)$/,
  collectionWrites: { push_back: { value: 0 }, emplace_back: { value: 0 }, append: { value: 0 }, insert: { value: 0 } },
  collectionReads: { at: { key: 0 }, c_str: {}, data: {}, substr: {}, front: {}, back: {} },
  params: (fn) => {
    const decl = fn.childForFieldName('declarator');
    const fdecl = decl ? findDescendant(decl, 'function_declarator') ?? decl : null;
    const list = fdecl?.childForFieldName('parameters') ?? null;
    return childrenNamed(list).filter((c) => c.type === 'parameter_declaration' || c.type === 'optional_parameter_declaration');
  },
  functionName: (fn) => {
    const decl = fn.childForFieldName('declarator');
    const fdecl = decl ? findDescendant(decl, 'function_declarator') : null;
    const inner = fdecl?.childForFieldName('declarator');
    return inner ? inner.text.split('::').pop() : undefined;
  },
  definitionRegex: C_LIKE_DEFINITION,
  patternTarget: (node) => {
    // int *p, char buf[], const std::string &s: the name sits inside (pointer/array/reference) declarators.
    let n = unwrapField(node, ['declarator']);
    for (let guard = 0; guard < 4 && n.type === 'reference_declarator'; guard++) n = unwrapField(n.namedChildren.find(notComment) ?? n, ['declarator']);
    return n;
  },
  skipStatements: new Set(['function_definition', 'preproc_include', 'preproc_def', 'type_definition', 'struct_specifier', 'class_specifier']),
  // Function definitions cannot nest (lambdas are not named definitions).
  definitionContainers: {
    types: new Set(['preproc_if', 'preproc_ifdef', 'preproc_else', 'preproc_elif', 'namespace_definition', 'declaration_list',
      'linkage_specification', 'template_declaration', 'class_specifier', 'struct_specifier', 'union_specifier',
      'field_declaration_list', 'export_declaration', 'declaration', 'type_definition']),
    definitions: new Set(['function_definition']),
    name: (fn) => {
      let d = fn.childForFieldName('declarator');
      if (d?.type === 'pointer_declarator') d = d.childForFieldName('declarator');
      const id = d?.type === 'function_declarator' ? d.childForFieldName('declarator') : null;
      return id && (id.type === 'identifier' || id.type === 'field_identifier') ? id.text : undefined;
    },
  },
};

function findDescendant(node: Node, type: string): Node | null {
  if (node.type === type) return node;
  for (const c of node.namedChildren) {
    if (!c) continue;
    const hit = findDescendant(c, type);
    if (hit) return hit;
  }
  return null;
}

const ADAPTERS: Record<string, Adapter> = {
  javascript: JS,
  typescript: JS,
  tsx: JS,
  python: PYTHON,
  java: JAVA,
  go: GO,
  c: C,
  cpp: C,
};

export function adapterFor(languageId: string): Adapter | undefined {
  return ADAPTERS[languageId];
}

/** Drops a tree's cached children (end of a file's analysis: the cache is for one scan, not for a tree kept open). */
export function forgetChildren(tree: object): void {
  memos.delete(tree);
  if (tree === lastTree) lastTree = lastMemo = undefined;
}

export { childrenNamed };

/** Queries naming each language's function definitions (@fn, @name): folded into the source query. */
const JS_DEFINITIONS = `
(function_declaration name: (identifier) @name) @fn
(generator_function_declaration name: (identifier) @name) @fn
(method_definition name: (property_identifier) @name) @fn
(variable_declarator name: (identifier) @name value: [(arrow_function) (function_expression)] @fn)`;
const C_DEFINITIONS = `
(function_definition declarator: (function_declarator declarator: (identifier) @name)) @fn
(function_definition declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @name))) @fn`;
export const DEFINITION_QUERIES: Record<string, string> = {
  javascript: JS_DEFINITIONS,
  typescript: JS_DEFINITIONS,
  tsx: JS_DEFINITIONS,
  python: '(function_definition name: (identifier) @name) @fn',
  java: '(method_declaration name: (identifier) @name) @fn',
  go: '(function_declaration name: (identifier) @name) @fn\n(method_declaration name: (field_identifier) @name) @fn',
  c: C_DEFINITIONS,
  cpp: `${C_DEFINITIONS}
(function_definition declarator: (function_declarator declarator: (field_identifier) @name)) @fn
(function_definition declarator: (pointer_declarator declarator: (function_declarator declarator: (field_identifier) @name))) @fn`,
};
