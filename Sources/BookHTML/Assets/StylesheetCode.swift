/// Code blocks, cells (code, printed output, errors) and the token colours of the highlighter.
enum StylesheetCode {
    static let css = #"""
        code, kbd, samp, pre { font-family: var(--mono); }
        code { padding: 0.1em 0.35em; border: 1px solid var(--border); border-radius: 0.3em;
          background: var(--bg-code); font-size: 0.86em; }
        pre {
          margin: 0 0 1.15rem;
          padding: 0.9rem 1.05rem;
          overflow-x: auto;
          border: 1px solid var(--border);
          border-radius: 0.55rem;
          background: var(--bg-code);
          font-size: 0.84rem;
          line-height: 1.6;
          tab-size: 4;
        }
        pre code { padding: 0; border: 0; background: none; font-size: inherit; }
        .code-wrap { position: relative; margin: 0 0 1.15rem; }
        .code-wrap > pre { margin: 0; }
        .cell > .code-wrap { margin-bottom: 0; }
        .copy-button {
          position: absolute;
          top: 0.5rem;
          right: 0.5rem;
          padding: 0.15rem 0.55rem;
          border: 1px solid var(--border-strong);
          border-radius: 0.35rem;
          background: var(--bg);
          color: var(--text-muted);
          font: 600 0.72rem/1.6 var(--font);
          cursor: pointer;
          opacity: 0;
          transition: opacity 0.15s;
        }
        .code-wrap:hover .copy-button, .copy-button:focus-visible { opacity: 1; }
        .copy-button:hover { color: var(--text); }
        /* Without hover (phones) the button is always shown, so it sits above the block
           instead of over its first line. */
        @media (hover: none) {
          .copy-button { opacity: 1; top: auto; bottom: calc(100% + 0.2rem); }
          .code-wrap { margin-top: 2.1rem; }
        }
        @media print { .copy-button { display: none; } }
        .cell { margin: 1.6rem 0; }
        .cell > * + * { margin-top: 0.6rem; }
        .cell > pre { margin-bottom: 0; }
        .cell-output {
          position: relative;
          padding-top: 1.55rem;
          border-left: 3px solid var(--output-bar);
          background: var(--bg);
          /* Printed tables keep their columns: long lines scroll, as code does. */
          white-space: pre;
        }
        .cell-output::before {
          content: "Output";
          position: absolute;
          top: 0.35rem;
          left: 1.05rem;
          color: var(--text-muted);
          font: 600 0.68rem/1.4 var(--font);
          letter-spacing: 0.07em;
          text-transform: uppercase;
        }
        .cell-error { padding: 0.7rem 1rem; border: 1px solid var(--error-border);
          border-left: 3px solid var(--error); border-radius: 0.55rem; background: var(--error-bg); }
        .cell-error-title { margin: 0 0 0.3rem; color: var(--error); font-size: 0.8rem;
          font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; }
        .cell-error pre { margin: 0; padding: 0; border: 0; background: none; color: var(--text);
          white-space: pre-wrap; }
        .cell .cell-figure { margin-top: 1.1rem; }

        .tok-kw { color: var(--tok-kw); font-weight: 600; }
        .tok-type { color: var(--tok-type); }
        .tok-str { color: var(--tok-str); }
        .tok-esc { color: var(--tok-esc); }
        .tok-interp { color: var(--tok-esc); }
        .tok-num { color: var(--tok-num); }
        .tok-com { color: var(--tok-com); font-style: italic; }
        .tok-attr { color: var(--tok-attr); }
        .tok-fn { color: var(--tok-fn); }

        """#
}
