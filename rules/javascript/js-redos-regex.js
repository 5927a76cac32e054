function validate(input) {
  // ruleid: js-redos-regex
  const words = /^(\w+\s?)*$/;
  // ruleid: js-redos-regex
  const email = /^([a-zA-Z0-9_.-]+)+@example\.com$/;
  // ruleid: js-redos-regex
  const list = new RegExp('^(\\d+,?)+$');
  // ruleid: js-redos-regex
  const anything = RegExp("(.*)*;");
  // ok: js-redos-regex
  const version = /^(\d+\.)+\d+$/;
  // ok: js-redos-regex
  const csv = /^\w+(,\w+)*$/;
  // ok: js-redos-regex
  const simple = /^[a-z0-9-]+$/;
  // ok: js-redos-regex
  const trailing = /(a+)+/;
  // ok: js-redos-regex
  const note = '/^(a+)+$/ is the textbook ReDoS example';
  return [words, email, list, anything, version, csv, simple, trailing, note].map((r) => String(r).length + input.length);
}

module.exports = { validate };
