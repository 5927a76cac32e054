function handler(req, res) {
  // ruleid: js-eval-injection
  const result = eval(req.query.expr);

  // ruleid: js-eval-injection
  const fn = new Function('a', 'return a + ' + req.body.code);

  // ruleid: js-eval-injection
  setTimeout(`refresh(${req.query.id})`, 100);

  // ok: js-eval-injection
  const constant = eval('1 + 2');

  // ok: js-eval-injection
  setTimeout(() => refresh(req.query.id), 100);

  // ok: js-eval-injection
  const parsed = JSON.parse(req.body.data);

  // ok: js-eval-injection
  const template = eval(`6 * 7`);
  res.send(String(result + fn(1) + constant + parsed + template));
}
