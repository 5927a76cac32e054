function isObject(v) { return v !== null && typeof v === 'object'; }

function merge(target, source) {
  // ruleid: js-prototype-pollution
  for (const key in source) {
    if (isObject(source[key])) {
      if (!target[key]) target[key] = {};
      merge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function deepAssign(target, source) {
  // ruleid: js-prototype-pollution
  Object.keys(source).forEach((key) => {
    target[key] = isObject(source[key]) ? deepAssign(target[key] || {}, source[key]) : source[key];
  });
  return target;
}

function safeMerge(target, source) {
  // ok: js-prototype-pollution
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (isObject(source[key])) {
      if (!isObject(target[key])) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

function shallowCopy(target, source) {
  // ok: js-prototype-pollution
  for (const key in source) {
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

module.exports = { merge, deepAssign, safeMerge, shallowCopy, countWords };

function mergeOptions(merged, config) {
  // ok: js-prototype-pollution
  Object.keys(config).forEach((name) => {
    const value = config[name];
    merged[name] = mergeValue(merged[name], value);
  });
  return merged;
}

function breakCycles(obj) {
  // ok: js-prototype-pollution
  for (const k in obj) {
    obj[k] = breakCycles(obj[k], k);
  }
  return obj;
}

function mergeValue(a, b) { return [].concat(a, b); }
module.exports.more = { mergeOptions, breakCycles };
