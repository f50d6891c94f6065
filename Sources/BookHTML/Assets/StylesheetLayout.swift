/// Page frame: sidebar, main column, "On this page" column, the phone top bar and drawer.
enum StylesheetLayout {
    static let css = #"""
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; scroll-padding-top: 1.5rem; }
        body {
          margin: 0;
          font-family: var(--font);
          font-size: 1.0625rem;
          line-height: 1.6;
          color: var(--text);
          background: var(--bg);
          -webkit-font-smoothing: antialiased;
          text-rendering: optimizeLegibility;
        }
        .layout { display: flex; align-items: flex-start; min-height: 100vh; }
        .sidebar {
          position: sticky;
          top: 0;
          flex: none;
          width: var(--sidebar-width);
          height: 100vh;
          overflow-y: auto;
          padding: 1.25rem 0.9rem 2rem;
          background: var(--bg-soft);
          border-right: 1px solid var(--border);
        }
        .main { flex: 1; min-width: 0; padding: 3rem 2rem 4rem; }
        .main:focus { outline: none; }
        .page-grid { max-width: var(--measure); margin: 0 auto; }
        .top-bar { display: none; }
        .skip-link {
          position: absolute;
          left: 0.75rem;
          top: -4rem;
          z-index: 100;
          padding: 0.55rem 1rem;
          border-radius: 0.45rem;
          background: var(--accent);
          color: var(--bg);
          font-weight: 600;
          text-decoration: none;
        }
        .skip-link:focus { top: 0.75rem; }
        .visually-hidden {
          position: absolute !important;
          width: 1px;
          height: 1px;
          margin: -1px;
          padding: 0;
          overflow: hidden;
          clip: rect(0 0 0 0);
          white-space: nowrap;
          border: 0;
        }
        :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 3px; }

        @media (min-width: 78rem) {
          .page-grid {
            display: grid;
            grid-template-columns: minmax(0, var(--measure)) var(--toc-width);
            column-gap: 2.5rem;
            max-width: calc(var(--measure) + var(--toc-width) + 2.5rem);
          }
          .page-header, .page-body, .pager { grid-column: 1; }
          .toc-column { grid-column: 2; grid-row: 1 / span 3; }
          .toc { position: sticky; top: 2.5rem; max-height: calc(100vh - 5rem); overflow-y: auto; }
          .toc summary { display: none; }
        }

        @media (max-width: 52rem) {
          html { scroll-padding-top: calc(var(--top-bar) + 1rem); }
          .top-bar {
            position: sticky;
            top: 0;
            z-index: 20;
            display: flex;
            align-items: center;
            gap: 0.25rem;
            height: var(--top-bar);
            padding: 0 0.5rem;
            background: var(--bg);
            border-bottom: 1px solid var(--border);
          }
          .top-title {
            flex: 1;
            min-width: 0;
            overflow: hidden;
            color: var(--text);
            font-weight: 650;
            text-decoration: none;
            white-space: nowrap;
            text-overflow: ellipsis;
          }
          .layout { display: block; }
          .main { padding: 1.75rem 1.15rem 3rem; }
          .sidebar-head .theme-button { display: none; }
          .js .sidebar {
            position: fixed;
            top: var(--top-bar);
            bottom: 0;
            left: 0;
            z-index: 30;
            width: min(20rem, 86vw);
            height: auto;
            visibility: hidden;
            transform: translateX(-100%);
            transition: transform 0.2s ease, visibility 0s linear 0.2s;
            box-shadow: var(--shadow);
          }
          .js .nav-open .sidebar {
            visibility: visible;
            transform: none;
            transition: transform 0.2s ease;
          }
          .js .nav-open::after {
            content: "";
            position: fixed;
            inset: var(--top-bar) 0 0 0;
            z-index: 25;
            background: rgb(0 0 0 / 35%);
          }
          html:not(.js) .sidebar { position: static; width: auto; height: auto; border-right: 0; }
        }
        @media (prefers-reduced-motion: reduce) {
          .js .sidebar, .js .nav-open .sidebar { transition: none; }
        }

        """#
}
