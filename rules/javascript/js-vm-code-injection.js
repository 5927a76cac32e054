const vm = require('vm');

function evaluateRule(req) {
  const sandbox = { order: req.body.order, result: null };
  // ruleid: js-vm-code-injection
  vm.runInNewContext('result = ' + req.body.rule, sandbox);
  // ruleid: js-vm-code-injection
  const script = new vm.Script(req.body.script);
  // ruleid: js-vm-code-injection
  const value = vm.runInThisContext(`(${req.query.expr})`);
  // ok: js-vm-code-injection
  vm.runInNewContext('result = order.total * 2', sandbox);
  // ok: js-vm-code-injection
  const fixed = new vm.Script('globalThis.loaded = true');
  // ok: js-vm-code-injection
  const ctx = vm.createContext(sandbox);
  return { script, value, fixed, ctx, result: sandbox.result };
}

module.exports = { evaluateRule };
