/// Paper: no navigation, full width, light colours, no breaks inside code or figures.
enum StylesheetPrint {
    static let css = #"""
        @media print {
          .sidebar, .top-bar, .toc-column, .pager, .skip-link, .anchor, .figure-files, .search {
            display: none !important; }
          body { background: #ffffff; color: #000000; font-size: 11pt; line-height: 1.5; }
          .layout { display: block; }
          .main { padding: 0; }
          .page-grid { display: block; max-width: none; }
          a { color: inherit; text-decoration: none; }
          pre { white-space: pre-wrap; break-inside: avoid; }
          figure, .cell-error, table { break-inside: avoid; }
          h1, h2, h3, h4 { break-after: avoid; }
          :target { animation: none; }
        }

        """#
}
