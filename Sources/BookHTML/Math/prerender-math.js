// Renders formulas with KaTeX at build time, so pages need no math script.
// Input on stdin: a JSON array of {"tex": "...", "display": true|false}.
// Output on stdout: a JSON array, in the same order, of {"html": "..."} or {"error": "..."}.
// The KaTeX module's path comes in the GLIA_KATEX environment variable.
'use strict';
const katex = require(process.env.GLIA_KATEX);

// KaTeX's MathML, without what an HTML page does not use: the namespace (the HTML parser
// gives <math> its own) and the TeX source kept as an annotation (no browser shows it and
// screen readers read the MathML), so a formula weighs about a fifth less.
function lighterMathML(html) {
  return html
    .replace(' xmlns="http://www.w3.org/1998/Math/MathML"', '')
    .replace(/<semantics>([\s\S]*)<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation><\/semantics>/,
             '$1');
}
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const formulas = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const rendered = formulas.map(({ tex, display }) => {
    try {
      const html = katex.renderToString(tex, { displayMode: display, throwOnError: true,
                                               output: 'htmlAndMathml' });
      return { html: lighterMathML(html) };
    } catch (error) {
      return { error: String(error && error.message ? error.message : error) };
    }
  });
  process.stdout.write(JSON.stringify(rendered));
});
