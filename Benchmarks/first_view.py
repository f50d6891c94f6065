#!/usr/bin/env python3
"""What a reader's browser loads for each page of the built site before scrolling: every page
opened in headless Chromium (390 x 844 phone and 1280 x 800 desktop) from a loopback HTTP
server, with the cache off, summing the decoded sizes of the page and everything it loaded
(stylesheets, scripts, fonts, and the figures the browser chose not to defer).

glia's own weigh stage can only bound this (the page plus its first figure); this measures it.
Usage: Tests/.venv/bin/python Benchmarks/first_view.py [site folder, default output]
"""
import functools
import http.server
import os
import sys
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

SITE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "output")
LOADED = """
const entries = [performance.getEntriesByType('navigation')[0]]
    .concat(performance.getEntriesByType('resource'));
return [entries.reduce((sum, e) => sum + e.decodedBodySize, 0),
        entries.filter(e => /\\.(png|svg)$/.test(e.name)).length];
"""


def main():
    handler = functools.partial(QuietHandler, directory=SITE)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"  # Debian's, as the browser tests use
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # A first visit: nothing comes from the cache, also not the stylesheet the page before
    # loaded (Chromium needs the Network domain on for this).
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    pages = sorted(name for name in os.listdir(SITE)
                   if name.endswith(".html") and not name.startswith("reference-"))
    print("\nfirst view in Chromium (decoded KiB, figures loaded)")
    print(f"{'page':<24}{'phone 390 px':>16}{'desktop 1280 px':>18}")
    try:
        for page in pages:
            cells = []
            for width, height in ((390, 844), (1280, 800)):
                driver.set_window_size(width, height)
                driver.get(f"http://127.0.0.1:{server.server_port}/{page}")
                time.sleep(1.0)  # lazy images near the first screen start loading
                size, figures = driver.execute_script(LOADED)
                cells.append(f"{size / 1024:.0f} KiB, {figures}")
            print(f"{page:<24}{cells[0]:>16}{cells[1]:>18}")
    finally:
        driver.quit()
        server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


if __name__ == "__main__":
    main()
