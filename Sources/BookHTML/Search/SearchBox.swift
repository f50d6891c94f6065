/// The search field and its result list (an ARIA combobox driven by `assets/search.js`).
enum SearchBox {
    static let html = """
        <div class="search" role="search">
        <label class="visually-hidden" for="search-input">Search the book</label>
        <span class="search-icon">\(Icons.search)</span>
        <input id="search-input" class="search-input" type="search" placeholder="Search"
         autocomplete="off" spellcheck="false" role="combobox" aria-expanded="false"
         aria-controls="search-results" aria-autocomplete="list">
        <kbd class="search-key" aria-hidden="true">/</kbd>
        <ul id="search-results" class="search-results" role="listbox" aria-label="Search results"
         hidden></ul>
        <p class="visually-hidden" id="search-status" role="status" aria-live="polite"></p>
        </div>

        """
}
