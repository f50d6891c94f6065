/// Sidebar chapter list, search box and results, theme button, table of contents, pager.
enum StylesheetNavigation {
    static let css = #"""
        .sidebar-head { display: flex; align-items: flex-start; justify-content: space-between;
          gap: 0.5rem; margin: 0 0.25rem 1rem 0.5rem; }
        .book-title { padding-top: 0.3rem; color: var(--text); font-weight: 700; font-size: 1.05rem;
          line-height: 1.3; text-decoration: none; letter-spacing: -0.01em; }
        .icon-button {
          display: inline-flex;
          flex: none;
          align-items: center;
          justify-content: center;
          width: 2.25rem;
          height: 2.25rem;
          padding: 0;
          border: 0;
          border-radius: 0.45rem;
          background: transparent;
          color: var(--text-muted);
          cursor: pointer;
        }
        .icon-button:hover { background: var(--bg-hover); color: var(--text); }
        .icon-button .when-light { display: inline-flex; }
        .chapter-nav { list-style: none; margin: 1rem 0 0; padding: 0; }
        .chapter-nav a {
          display: flex;
          gap: 0.6rem;
          padding: 0.42rem 0.6rem;
          border-radius: 0.45rem;
          color: var(--text-muted);
          font-size: 0.93rem;
          line-height: 1.4;
          text-decoration: none;
        }
        .chapter-nav a:hover { background: var(--bg-hover); color: var(--text); }
        .chapter-nav a[aria-current="page"] { background: var(--accent-soft); color: var(--accent);
          font-weight: 600; }
        .chapter-number { flex: none; min-width: 1.3em; font-variant-numeric: tabular-nums; }

        .search { position: relative; margin: 0 0.25rem; }
        .search-icon { position: absolute; left: 0.65rem; top: 0.55rem; display: flex;
          color: var(--text-muted); pointer-events: none; }
        .search-icon .icon { width: 16px; height: 16px; }
        .search-input {
          width: 100%;
          padding: 0.45rem 2rem 0.45rem 2.1rem;
          border: 1px solid var(--border-strong);
          border-radius: 0.5rem;
          background: var(--bg);
          color: var(--text);
          font: inherit;
          font-size: 0.9rem;
        }
        .search-input::placeholder { color: var(--text-muted); opacity: 1; }
        .search-input:focus-visible { outline-offset: 0; }
        .search-input::-webkit-search-cancel-button { display: none; }
        .search-key {
          position: absolute;
          right: 0.55rem;
          top: 0.5rem;
          padding: 0 0.35rem;
          border: 1px solid var(--border-strong);
          border-radius: 0.3rem;
          color: var(--text-muted);
          font: 0.72rem/1.5 var(--mono);
        }
        .search-input:focus ~ .search-key { display: none; }
        .search-results {
          list-style: none;
          margin: 0.4rem 0 0;
          padding: 0.3rem;
          max-height: 60vh;
          overflow-y: auto;
          background: var(--bg);
          border: 1px solid var(--border);
          border-radius: 0.55rem;
          box-shadow: var(--shadow);
        }
        .search-results a { display: block; padding: 0.45rem 0.55rem; border-radius: 0.4rem;
          color: var(--text); text-decoration: none; }
        .search-results [aria-selected="true"] a, .search-results a:hover {
          background: var(--accent-soft); }
        .result-title { display: block; font-weight: 600; font-size: 0.88rem; line-height: 1.35; }
        .result-page { display: block; color: var(--accent); font-size: 0.74rem; }
        .result-snippet { display: block; margin-top: 0.15rem; color: var(--text-muted);
          font-size: 0.78rem; line-height: 1.45; }
        .search-empty { padding: 0.5rem 0.6rem; color: var(--text-muted); font-size: 0.85rem; }
        mark { padding: 0 0.1em; border-radius: 0.2em; background: var(--mark); color: inherit; }

        .toc { font-size: 0.86rem; line-height: 1.45; }
        .toc summary { cursor: pointer; font-weight: 600; }
        .toc ul { list-style: none; margin: 0.5rem 0 0; padding: 0;
          border-left: 1px solid var(--border); }
        .toc li a {
          display: block;
          margin-left: -1px;
          padding: 0.22rem 0 0.22rem 0.85rem;
          border-left: 2px solid transparent;
          color: var(--text-muted);
          text-decoration: none;
        }
        .toc li.toc-h3 a { padding-left: 1.7rem; }
        .toc li a:hover { color: var(--text); }
        .toc li a.active { border-left-color: var(--accent); color: var(--accent); }
        @media (min-width: 78rem) {
          .toc::before { content: "On this page"; display: block; margin-bottom: 0.2rem;
            color: var(--text); font-weight: 600; font-size: 0.8rem; letter-spacing: 0.04em;
            text-transform: uppercase; }
        }
        @media (max-width: 77.99rem) {
          .toc { margin: 0 0 2rem; padding: 0.7rem 1rem; border: 1px solid var(--border);
            border-radius: 0.6rem; background: var(--bg-soft); }
        }

        .pager { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: 4rem;
          padding-top: 1.5rem; border-top: 1px solid var(--border); }
        .pager a {
          display: flex;
          flex-direction: column;
          gap: 0.1rem;
          padding: 0.8rem 1rem;
          border: 1px solid var(--border);
          border-radius: 0.6rem;
          color: var(--text);
          text-decoration: none;
          transition: border-color 0.15s;
        }
        .pager a:hover { border-color: var(--accent); }
        .pager-next { grid-column: 2; text-align: right; }
        .pager-hint { color: var(--text-muted); font-size: 0.8rem; }
        .pager-title { color: var(--accent); font-weight: 600; line-height: 1.35; }
        @media (max-width: 36rem) {
          .pager { grid-template-columns: 1fr; }
          .pager-next { grid-column: 1; }
        }

        """#
}
