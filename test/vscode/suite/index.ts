// Entry the extension host loads (extensionTestsPath): runs every *.vstest.js file here with mocha.
// Named .vstest so the plain-Node `npm test` (which runs *.test.js) never picks them up.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false });
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.vstest.js'))) mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
  });
}
