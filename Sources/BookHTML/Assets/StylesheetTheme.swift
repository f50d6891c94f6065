/// Colours for the light and dark themes. Dark applies when the reader chose it with the
/// toggle (`data-theme`, remembered in localStorage) or, without a choice, when the system
/// prefers it. Only on screens: paper is always light.
enum StylesheetTheme {
    static let light = #"""
          --bg: #ffffff;
          --bg-soft: #f6f7f9;
          --bg-code: #f4f5f7;
          --bg-hover: #eceef2;
          --text: #1c2026;
          --text-muted: #586170;
          --border: #e2e5ea;
          --border-strong: #c9ced6;
          --accent: #1f5fd1;
          --accent-soft: #e7effd;
          --output-bar: #8f9aaa;
          --error: #b3261e;
          --error-bg: #fdf1f0;
          --error-border: #f0c4bf;
          --mark: #ffe58a;
          --shadow: 0 1px 2px rgb(16 24 40 / 6%), 0 8px 24px rgb(16 24 40 / 8%);
          --tok-kw: #9b2393;
          --tok-type: #0b4f79;
          --tok-str: #c41a16;
          --tok-esc: #a0410d;
          --tok-num: #1c00cf;
          --tok-com: #5d6c79;
          --tok-attr: #7a5a00;
          --tok-fn: #2b6a72;
          color-scheme: light;
        """#

    static let dark = #"""
          --bg: #14161b;
          --bg-soft: #1a1d23;
          --bg-code: #1d2027;
          --bg-hover: #262a33;
          --text: #e4e6ea;
          --text-muted: #a2abb8;
          --border: #2b3039;
          --border-strong: #3d4450;
          --accent: #82b1ff;
          --accent-soft: #1e2a40;
          --output-bar: #5f6a7a;
          --error: #ff9b93;
          --error-bg: #2a1717;
          --error-border: #5a2a2a;
          --mark: #6b5700;
          --shadow: 0 1px 2px rgb(0 0 0 / 30%), 0 8px 24px rgb(0 0 0 / 35%);
          --tok-kw: #fc5fa3;
          --tok-type: #5dd8ff;
          --tok-str: #fc8a7f;
          --tok-esc: #fdab6f;
          --tok-num: #d9c97c;
          --tok-com: #8d99a6;
          --tok-attr: #fdab6f;
          --tok-fn: #6fd0b9;
          color-scheme: dark;
        """#

    static let css = """
        :root {
        \(light)
          --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans",
            "Liberation Sans", Arial, sans-serif;
          --mono: ui-monospace, "SF Mono", SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono",
            "Liberation Mono", monospace;
          --sidebar-width: 16rem;
          --measure: 42rem;
          --toc-width: 13rem;
          --top-bar: 3.25rem;
        }
        @media screen {
          :root[data-theme="dark"] {
        \(dark)
          }
        }
        @media screen and (prefers-color-scheme: dark) {
          :root:not([data-theme="light"]) {
        \(dark)
          }
        }
        .icon-button .when-dark { display: none; }
        :root[data-theme="dark"] .icon-button .when-dark { display: inline-flex; }
        :root[data-theme="dark"] .icon-button .when-light { display: none; }
        @media (prefers-color-scheme: dark) {
          :root:not([data-theme="light"]) .icon-button .when-dark { display: inline-flex; }
          :root:not([data-theme="light"]) .icon-button .when-light { display: none; }
        }

        """
}
