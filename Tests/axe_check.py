#!/usr/bin/env python3
"""Runs axe-core (4.x, the copy in PyPI's axe-playwright-python wheel) on every page of a built
glia site in Debian's headless Chromium through chromedriver, in the states a reader meets:
desktop (1280 px) and phone (390 px) widths, light and dark (by system setting and by the
page's toggle), and with the search results open. WCAG 2.0/2.1 A and AA and best-practice
rules, and on a phone that nothing makes the page wider than the screen. Then a keyboard
check axe cannot make: Tab stays in the open phone menu. One line per violation, then
`axe check: N passed, M failed`; exit 0 only when no page
in any state has a violation.

    Tests/.venv/bin/python Tests/axe_check.py output
"""

import glob
import os
import time
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

import axe_playwright_python

AXE = open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"), encoding="utf-8").read()
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
STATES = [
    ("desktop light", 1280, "light", None, False),
    ("desktop dark (system)", 1280, "dark", None, False),
    ("desktop dark (toggle)", 1280, "light", "dark", False),
    ("phone light", 390, "light", None, False),
    ("phone dark", 390, "dark", None, False),
    ("desktop search open", 1280, "light", None, True),
    ("desktop dark search open", 1280, "dark", None, True),
]


def browser():
    options = Options()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--allow-file-access-from-files"]:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def run_axe(driver):
    driver.execute_script(AXE)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))).catch(e => done([{id: 'axe-error',"
        " impact: 'critical', help: String(e), nodes: []}]));", TAGS)


def keyboard_problems(driver, page):
    """Keyboard checks axe cannot make: on a phone, Tab stays inside the open menu."""
    from selenium.webdriver.common.keys import Keys
    driver.set_window_size(390, 900)
    driver.get("file://" + page)
    button = driver.find_element("css selector", ".menu-button")
    button.click()
    problems = []
    for step in range(40):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        inside = driver.execute_script(
            "const a = document.activeElement;"
            "return !!(a && (a.closest('#glia-sidebar') || a.classList.contains('menu-button')));")
        if not inside:
            problems.append(f"{os.path.basename(page)} [phone menu]: Tab {step + 1} left the open menu")
            break
    # `/` goes to the search box from anywhere (opening the menu on a phone), and the search
    # script, loaded only then, answers what the reader types.
    for width in (1280, 390):
        driver.set_window_size(width, 900)
        driver.get("file://" + page)
        driver.find_element("css selector", "body").send_keys("/")
        time.sleep(0.2)
        if driver.execute_script("return document.activeElement.id") != "glia-search":
            problems.append(f"{os.path.basename(page)} [{width} px]: '/' did not reach the search box")
            continue
        driver.switch_to.active_element.send_keys("relu")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not driver.execute_script(
                "return document.querySelectorAll('#glia-search-results [role=option]').length"):
            time.sleep(0.05)
        if not driver.execute_script(
                "return document.querySelectorAll('#glia-search-results [role=option]').length"):
            problems.append(f"{os.path.basename(page)} [{width} px]: typing after '/' found nothing")
    return problems


def main():
    site = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "output")
    pages = sorted(glob.glob(os.path.join(site, "*.html")))
    # The API reference's type pages share one layout: the first and the longest stand for
    # the other ninety, which would triple the run.
    types = [p for p in pages if os.path.basename(p).startswith("reference-")]
    if len(types) > 2:
        keep = {types[0], max(types, key=os.path.getsize)}
        pages = [p for p in pages if p not in types or p in keep]
    driver = browser()
    driver.set_script_timeout(60)
    passed = failed = 0
    try:
        for name, width, scheme, toggle, search in STATES:
            driver.set_window_size(width, 1000)
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                   {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            for page in pages:
                driver.get("file://" + page)
                driver.execute_script("localStorage.removeItem('glia-theme');"
                                      "document.documentElement.removeAttribute('data-theme');")
                if toggle:
                    driver.execute_script("document.documentElement.setAttribute('data-theme', arguments[0]);", toggle)
                if search:
                    opened = driver.execute_script(
                        "const box = document.getElementById('glia-search'); if (!box) return false;"
                        "if (getComputedStyle(box).display === 'none') return false;"
                        "box.focus(); box.value = 'neuron'; box.dispatchEvent(new Event('input', {bubbles: true}));"
                        "return true;")
                    if not opened:
                        continue
                    # search.js and the index load when the box takes focus; wait for results.
                    deadline = time.monotonic() + 5
                    results_shown = "const list = document.getElementById('glia-search-results');" \
                        "return list && !list.hidden && list.children.length > 0;"
                    while time.monotonic() < deadline and not driver.execute_script(results_shown):
                        time.sleep(0.05)
                violations = run_axe(driver)
                if search and not driver.execute_script(results_shown):
                    violations.append({"impact": "serious", "id": "search-did-not-open",
                                       "help": "typing in the search box showed no results",
                                       "nodes": ["#glia-search"]})
                label = f"{os.path.relpath(page, site)} [{name}]"
                # On a phone nothing may widen the page: wide content scrolls in its own box.
                wide = driver.execute_script(
                    "const e = document.documentElement; return e.scrollWidth > e.clientWidth + 1;")
                if width < 600 and wide:
                    violations.append({"impact": "serious", "id": "page-wider-than-screen",
                                       "help": "the page scrolls sideways on a phone", "nodes": ["html"]})
                if violations:
                    failed += 1
                    for v in violations:
                        print(f"{label}: {v['impact']} {v['id']}: {v['help']} at {', '.join(v['nodes'])}")
                else:
                    passed += 1
        for problem in keyboard_problems(driver, pages[0]):
            print(problem)
            failed += 1
    finally:
        driver.quit()
    print(f"axe check: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
