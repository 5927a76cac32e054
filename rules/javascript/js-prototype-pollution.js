function isObject(v) { return v !== null && typeof v === 'object'; }

// --- recursive merge: the loop recurses into target[key], so key "__proto__" walks into
// Object.prototype and the leaf write lands there.
function merge(target, source) {
  for (const key in source) {
    if (isObject(source[key])) {
      // ok: js-prototype-pollution
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
      // ruleid: js-prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function deepAssign(target, source) {
  Object.keys(source).forEach((key) => {
    // ruleid: js-prototype-pollution
    target[key] = isObject(source[key]) ? deepAssign(target[key] || {}, source[key]) : source[key];
  });
  return target;
}

// Reflect.ownKeys also lists "__proto__" when JSON.parse made it an own key.
function assignDeep(target, source) {
  Reflect.ownKeys(source).forEach(function (key) {
    if (isObject(source[key]) && isObject(target[key])) return assignDeep(target[key], source[key]);
    // ruleid: js-prototype-pollution
    target[key] = source[key];
  });
  return target;
}

// Object.entries destructuring, writes on a member target.
class Settings {
  apply(patch) { return this.mergeInto(this.values, patch); }
  mergeInto(into, patch) {
    for (const [name, value] of Object.entries(patch)) {
      if (isObject(value)) {
        // ok: js-prototype-pollution
        into[name] = into[name] || {};
        this.mergeInto(into[name], value);
        continue;
      }
      // ruleid: js-prototype-pollution
      into[name] = value;
    }
    return into;
  }
}

// An own-property check on the SOURCE is no guard: JSON.parse makes "__proto__" an own key.
function extendDeep(target, source) {
  for (const prop in source) {
    if (!Object.prototype.hasOwnProperty.call(source, prop)) continue;
    if (isObject(source[prop]) && isObject(target[prop])) {
      extendDeep(target[prop], source[prop]);
    } else {
      // ruleid: js-prototype-pollution
      target[prop] = source[prop];
    }
  }
  return target;
}

// --- safe look-alikes
function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
      // ok: js-prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
function mergeChecked(target, source) {
  for (const key in source) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    // ok: js-prototype-pollution
    target[key] = isObject(source[key]) ? mergeChecked(target[key] || {}, source[key]) : source[key];
  }
  return target;
}

// Recursing only into the target's OWN properties never reaches Object.prototype.
function mergeOwn(target, source) {
  for (const key in source) {
    if (isObject(source[key]) && Object.prototype.hasOwnProperty.call(target, key)) {
      mergeOwn(target[key], source[key]);
    } else {
      // ok: js-prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

// A prototype-less target has no __proto__ accessor: the key is an ordinary property.
function mergeDictionaries(...sources) {
  const out = Object.create(null);
  for (const source of sources) {
    for (const key in source) {
      // ok: js-prototype-pollution
      out[key] = isObject(out[key]) && isObject(source[key]) ? mergeDictionaries(out[key], source[key]) : source[key];
    }
  }
  return out;
}

// A merge that copies into a fresh object at every level never writes into an existing one.
function mergeImmutable(target, source) {
  const merged = { ...target };
  for (const key in source) {
    const value = source[key];
    // ok: js-prototype-pollution
    if (isObject(merged[key]) && isObject(value)) merged[key] = mergeImmutable(merged[key], value);
    // ok: js-prototype-pollution
    else merged[key] = value;
  }
  return merged;
}

// A Map stores "__proto__" as a plain key.
function mergeIntoMap(map, source) {
  for (const key in source) {
    // ok: js-prototype-pollution
    map.set(key, isObject(source[key]) ? mergeIntoMap(map.get(key) || new Map(), source[key]) : source[key]);
  }
  return map;
}

function shallowCopy(target, source) {
  for (const key in source) {
    // ok: js-prototype-pollution
    target[key] = source[key];
  }
  return target;
}

function countWords(words) {
  const counts = {};
  // ok: js-prototype-pollution
  for (const w of words) counts[w] = (counts[w] || 0) + 1;
  return counts;
}

function mergeOptions(merged, config) {
  Object.keys(config).forEach((name) => {
    const value = config[name];
    // ok: js-prototype-pollution
    merged[name] = mergeValue(merged[name], value);
  });
  return merged;
}

function breakCycles(obj) {
  for (const k in obj) {
    // ok: js-prototype-pollution
    obj[k] = breakCycles(obj[k], k);
  }
  return obj;
}

// Deep clone into fresh objects: the recursion never receives an existing target[key].
function clone(value) {
  if (!isObject(value)) return value;
  const copy = Array.isArray(value) ? [] : {};
  // ok: js-prototype-pollution
  for (const key of Object.keys(value)) copy[key] = clone(value[key]);
  return copy;
}

// --- path setters: walking `cur = cur[part]` along a dotted path reaches Object.prototype
// through "__proto__" (or "constructor.prototype"), and the last write pollutes it.
function setPath(obj, path, value) {
  const parts = path.split('.');
  let cur = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    // ok: js-prototype-pollution
    if (!isObject(cur[parts[i]])) cur[parts[i]] = {};
    cur = cur[parts[i]];
  }
  // ruleid: js-prototype-pollution
  cur[parts[parts.length - 1]] = value;
  return obj;
}

const assignPath = (root, keys, value) => {
  const last = keys.pop();
  let node = root;
  for (const k of keys) node = node[k] = node[k] || {};
  // ruleid: js-prototype-pollution
  node[last] = value;
};

function setPathSafe(obj, path, value) {
  const parts = path.split('.');
  if (parts.some((p) => p === '__proto__' || p === 'constructor' || p === 'prototype')) throw new Error('bad path');
  let cur = obj;
  for (const p of parts.slice(0, -1)) cur = cur[p] = isObject(cur[p]) ? cur[p] : {};
  // ok: js-prototype-pollution
  cur[parts[parts.length - 1]] = value;
  return obj;
}

function setPathOwn(obj, parts, value) {
  let cur = obj;
  for (const p of parts.slice(0, -1)) {
    if (!Object.prototype.hasOwnProperty.call(cur, p)) cur[p] = {};
    cur = cur[p];
  }
  // ok: js-prototype-pollution
  cur[parts[parts.length - 1]] = value;
}

function buildTree(entries) {
  const tree = Object.create(null);
  for (const [path, value] of entries) {
    const parts = path.split('/');
    let node = tree;
    for (const p of parts.slice(0, -1)) node = node[p] = node[p] || Object.create(null);
    // ok: js-prototype-pollution
    node[parts[parts.length - 1]] = value;
  }
  return tree;
}

// Walking to a sub-document chosen by the code, then updating entries computed from it: no
// caller-supplied value is written at a caller-supplied path.
function annotateSubschema(root, pointer, defaults) {
  let node = root;
  for (const seg of pointer.split('/').slice(1)) node = node[seg];
  for (const key in defaults) {
    // ok: js-prototype-pollution
    if (node[key] === undefined) node[key] = describeDefault(defaults[key]);
  }
  return root;
}
function describeDefault(d) { return { default: d }; }

// A lookup table keyed by character codes walks and writes the same way, but its keys are
// numbers taken from a code sequence, not a property path.
function addSequence(table, seq, code) {
  let node = table;
  for (let j = 0; j < seq.length - 1; j++) node = node[seq[j]] = node[seq[j]] || {};
  const last = seq[seq.length - 1];
  // ok: js-prototype-pollution
  node[last] = code;
}

// Walking down a linked structure by a constant field is not a path setter.
function appendToList(list, item) {
  let cur = list;
  while (cur.next) cur = cur.next;
  // ok: js-prototype-pollution
  cur[item.slot] = item;
}

function mergeValue(a, b) { return [].concat(a, b); }
module.exports = { merge, deepAssign, assignDeep, Settings, extendDeep, safeMerge, mergeChecked, mergeOwn, mergeDictionaries, mergeIntoMap,
  shallowCopy, countWords, mergeOptions, breakCycles, clone, setPath, assignPath, setPathSafe, setPathOwn, buildTree, appendToList, mergeImmutable, annotateSubschema, addSequence };
// A comment that mentions merge(target[key], source[key]) and target[key] = source[key] is not code.
