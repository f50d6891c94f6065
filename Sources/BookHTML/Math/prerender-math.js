// Renders formulas with KaTeX at build time, so pages need no math script.
// Input on stdin: a JSON array of {"tex": "...", "display": true|false}.
// Output on stdout: a JSON array, in the same order, of {"html": "..."} or {"error": "..."}.
// The KaTeX module's path comes in the GLIA_KATEX environment variable.
'use strict';
const katex = require(process.env.GLIA_KATEX);
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const formulas = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const rendered = formulas.map(({ tex, display }) => {
    try {
      return { html: katex.renderToString(tex, { displayMode: display, throwOnError: true,
                                                  output: 'htmlAndMathml' }) };
    } catch (error) {
      return { error: String(error && error.message ? error.message : error) };
    }
  });
  process.stdout.write(JSON.stringify(rendered));
});
