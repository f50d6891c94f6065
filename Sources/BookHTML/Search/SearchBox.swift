/// The search field and its result list (an ARIA combobox driven by `assets/search.js`).
enum SearchBox {
    static let html = """
        <div class="search" role="search">
        <label class="visually-hidden" for="glia-search">Search the book</label>
        <span class="search-icon">\(Icons.search)</span>
        <input id="glia-search" class="search-input" type="text" placeholder="Search"
         autocomplete="off" spellcheck="false" role="combobox" aria-expanded="false"
         aria-controls="glia-search-results" aria-autocomplete="list">
        <kbd class="search-key" aria-hidden="true">/</kbd>
        <ul id="glia-search-results" class="search-results" role="listbox" aria-label="Search results"
         hidden></ul>
        <p class="visually-hidden" id="glia-search-status" role="status" aria-live="polite"></p>
        </div>

        """
}
