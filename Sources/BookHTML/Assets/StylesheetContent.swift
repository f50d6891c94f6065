/// Prose: headings, paragraphs, lists, quotes, tables, figures, math, the front page.
enum StylesheetContent {
    static let css = #"""
        .page-header { margin-bottom: 2rem; }
        .chapter-label { margin: 0 0 0.35rem; color: var(--accent); font-size: 0.8rem;
          font-weight: 650; letter-spacing: 0.08em; text-transform: uppercase; }
        h1 { margin: 0; font-size: clamp(1.9rem, 1.5rem + 1.6vw, 2.5rem); line-height: 1.15;
          letter-spacing: -0.022em; font-weight: 750; text-wrap: balance; }
        .page-body h2, .page-body h3, .page-body h4, .page-body h5, .page-body h6 {
          line-height: 1.3; letter-spacing: -0.01em; text-wrap: balance; }
        .page-body h2 { margin: 2.75rem 0 0.9rem; padding-bottom: 0.35rem; font-size: 1.55rem;
          border-bottom: 1px solid var(--border); }
        .page-body h3 { margin: 2.2rem 0 0.6rem; font-size: 1.22rem; }
        .page-body h4 { margin: 1.8rem 0 0.5rem; font-size: 1.05rem; }
        .page-body h5, .page-body h6 { margin: 1.5rem 0 0.5rem; font-size: 1rem; }
        .page-body > :first-child { margin-top: 0; }
        .anchor { margin-left: 0.45rem; color: var(--text-muted); font-weight: 400;
          text-decoration: none; opacity: 0; transition: opacity 0.1s; }
        h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { opacity: 1; }
        :target { animation: glia-target 1.6s ease-out; }
        @keyframes glia-target {
          from { background: var(--accent-soft); }
          to { background: transparent; }
        }
        p, ul, ol, dl, blockquote, .table-wrap { margin: 0 0 1.15rem; }
        ul, ol { padding-left: 1.6rem; }
        li { margin: 0.25rem 0; }
        li > ul, li > ol { margin: 0.25rem 0; }
        a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 0.16em; }
        a:hover { text-decoration-thickness: 2px; }
        strong { font-weight: 650; }
        img { max-width: 100%; height: auto; }
        hr { margin: 2.5rem 0; border: 0; border-top: 1px solid var(--border); }
        blockquote {
          margin-left: 0;
          margin-right: 0;
          padding: 0.6rem 1.1rem;
          border-left: 3px solid var(--accent);
          border-radius: 0 0.5rem 0.5rem 0;
          background: var(--bg-soft);
          color: var(--text-muted);
        }
        blockquote > :last-child { margin-bottom: 0; }

        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; font-size: 0.94rem; font-variant-numeric: tabular-nums; }
        th, td { padding: 0.5rem 0.85rem; border-bottom: 1px solid var(--border); vertical-align: top; }
        th { border-bottom: 2px solid var(--border-strong); font-weight: 650; text-align: left; }
        tbody tr:hover { background: var(--bg-soft); }

        figure { margin: 1.75rem 0; }
        figure img {
          display: block;
          margin: 0 auto;
          border-radius: 0.4rem;
          background: #ffffff;
        }
        figcaption { max-width: 40rem; margin: 0.75rem auto 0; color: var(--text-muted);
          font-size: 0.9rem; line-height: 1.5; text-align: center; }
        .figure-number { color: var(--text); font-weight: 650; }
        .figure-files { font-size: 0.8rem; white-space: nowrap; }
        /* Shown with the phone layout of a figure (same breakpoint as its <picture>). */
        .narrow-note { display: none; }
        @media (max-width: 40rem) { .narrow-note { display: inline; } }
        /* Figures are drawn on white; at night they are dimmed a little so they do not glare. */
        @media screen {
          :root[data-theme="dark"] figure img { box-shadow: 0 0 0 1px var(--border);
            filter: brightness(0.88); }
        }
        @media screen and (prefers-color-scheme: dark) {
          :root:not([data-theme="light"]) figure img { box-shadow: 0 0 0 1px var(--border);
            filter: brightness(0.88); }
        }

        .math.display { margin: 1.4rem 0; overflow-x: auto; overflow-y: hidden; text-align: center; }
        .math:not(.rendered) { font-family: var(--mono); font-size: 0.9em; }
        .math.display:not(.rendered) { padding: 0.6rem 0.9rem; background: var(--bg-code);
          border-radius: 0.45rem; text-align: left; white-space: pre-wrap; }
        .katex { font-size: 1.08em; }
        .inline-value { font-variant-numeric: tabular-nums; }
        .xref { white-space: nowrap; }
        .xref.missing { color: var(--error); font-weight: 650; }

        .book-author { margin-top: -1rem; color: var(--text-muted); font-size: 1.1rem; }
        .book-description { font-size: 1.15rem; line-height: 1.55; }
        .contents { list-style: none; margin: 0 0 2rem; padding: 0; }
        .contents li { margin: 0 0 0.6rem; }
        .contents a {
          display: flex;
          align-items: baseline;
          gap: 1rem;
          padding: 0.85rem 1.1rem;
          border: 1px solid var(--border);
          border-radius: 0.6rem;
          color: var(--text);
          font-weight: 550;
          text-decoration: none;
          transition: border-color 0.15s, background 0.15s;
        }
        .contents a:hover { border-color: var(--accent); background: var(--bg-soft); }
        .contents .chapter-number { color: var(--accent); font-weight: 700; }
        .contents a { display: grid; grid-template-columns: 2rem 1fr; gap: 0.2rem 0.5rem; }
        .chapter-summary { grid-column: 2; color: var(--text-muted); font-size: 0.92rem;
          font-weight: 400; line-height: 1.5; }

        /* changes.html: what the last build changed, before and after side by side. */
        .changes-notice { padding: 0.6rem 0.9rem; border-left: 4px solid var(--accent);
          background: var(--bg-soft); border-radius: 0.25rem; }
        .change { margin: 2rem 0; }
        .change-views { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
          gap: 1rem; }
        .change-views figure { margin: 0; }
        .change-views img { width: 100%; height: auto; border: 1px solid var(--border);
          border-radius: 0.25rem; background: #ffffff; }
        .flip-stage { display: grid; margin-top: 0.4rem; }
        .flip-stage img { grid-area: 1 / 1; }
        .flip-before, .flip-toggle:checked ~ .flip-stage .flip-after { visibility: hidden; }
        .flip-toggle:checked ~ .flip-stage .flip-before { visibility: visible; }

        /* Callouts (GitHub's > [!NOTE] alerts): a coloured rule and an icon, text in the
           page's own colours so both themes keep their contrast. */
        .callout { margin: 1.5rem 0; padding: 0.75rem 1rem; border-left: 4px solid var(--callout);
          border-radius: 0.25rem; background: var(--bg-soft); }
        .callout > :last-child { margin-bottom: 0; }
        .callout-title { margin: 0 0 0.35rem; font-weight: 650; }
        .callout-title::before { display: inline-block; width: 1.3em; color: var(--callout);
          font-weight: 700; content: "ℹ"; }
        .callout-note { --callout: #2f6fd0; }
        .callout-tip { --callout: #2e8b57; }
        .callout-tip .callout-title::before { content: "✓"; }
        .callout-important { --callout: #8250df; }
        .callout-important .callout-title::before { content: "!"; }
        .callout-warning { --callout: #b7791f; }
        .callout-warning .callout-title::before { content: "⚠"; }
        .callout-caution { --callout: #cf222e; }
        .callout-caution .callout-title::before { content: "⚠"; }
        /* Footnotes, numbered per page, linked both ways. */
        .footnotes { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border);
          font-size: 0.9rem; color: var(--text-muted); }
        .footnote-ref a { text-decoration: none; padding: 0 0.1em; }

        /* Folded code (code-fold): the disclosure sits where the code would. */
        .cell-fold > summary { cursor: pointer; color: var(--text-muted); font-size: 0.9rem;
          margin: 0.5rem 0; }
        .cell-fold[open] > summary { margin-bottom: 0.4rem; }

        /* Numbered equations and table captions (@eq-, @tbl- references). */
        .equation { display: flex; align-items: center; gap: 1rem; }
        .equation > .math { flex: 1; min-width: 0; }
        .equation-number { color: var(--text-muted); white-space: nowrap; }
        caption { caption-side: top; padding-bottom: 0.4rem; color: var(--text-muted);
          font-size: 0.9rem; text-align: left; }
        /* A caption is as wide as its table; a narrow table gets room for its caption. */
        table:has(> caption) { min-width: min(100%, 30rem); }
        .table-number { color: var(--text); font-weight: 650; }

        """#
}
