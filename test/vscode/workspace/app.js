// A small Express-style handler for the extension-host tests: one finding on line 4.
function handler(req, res) {
  const total = 1 + 2;
  const result = eval(req.query.expr);
  res.send(String(result + total));
}
module.exports = handler;
