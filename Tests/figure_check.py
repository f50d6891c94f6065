#!/usr/bin/env python3
"""Checks, in Debian's headless Chromium through chromedriver, what a reader does with the
figures of a built glia site:

- every explorable figure (`figure.explorable`) shows its sliders; pressing an arrow key on a
  slider swaps the picture to the next frame's file (decoded, not blank), writes the new value
  beside the slider and in `aria-valuetext`, gives the image that frame's alt text and points
  the SVG link at that frame; the play button steps the first slider by itself;
- without JavaScript the same figure is an ordinary image of its first shown frame, with its
  alt text, and no controls;
- figures are drawn for dark pages: with the system in dark mode the pictures show the
  `-dark` files, the theme toggle switches them back to the light ones (and on), and a phone
  gets the `-narrow` phone layout where a figure has one.

One line per problem, then `figure check: N passed, M failed`; exit 0 only without problems.

    Tests/.venv/bin/python Tests/figure_check.py output
"""

import glob
import json
import os
import re
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

WAIT_SECONDS = 8.0


def browser(javascript=True):
    options = Options()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--allow-file-access-from-files", "--window-size=1280,1000"]:
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def wait_for(condition, timeout=WAIT_SECONDS):
    """Polls `condition` until it returns something true; returns it, or None on timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    return None


def frame_of(url, file_name):
    """The frame number in a figure file URL (`…/kinks.12-dark@2x.png` → 12)."""
    match = re.search(r"/" + re.escape(file_name) + r"\.([0-9]+)[-@.]", url)
    return int(match.group(1)) if match else None


def image_state(driver, figure):
    return driver.execute_script(
        "const img = arguments[0].querySelector('img');"
        "return {src: img.currentSrc, alt: img.alt, width: img.naturalWidth,"
        " complete: img.complete};", figure)


def visible_image(driver, figure):
    """Waits for the figure's image to load after scrolling to it (images load lazily)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", figure)
    return wait_for(lambda: (lambda s: s if s["complete"] and s["width"] > 0 else None)(
        image_state(driver, figure)))


def frame_alts(page, figure):
    """Each frame's alt text, from the script the figure's `data-alts` names."""
    path = os.path.join(os.path.dirname(page), figure.get_attribute("data-alts"))
    with open(path, encoding="utf-8") as file:
        text = file.read()
    return json.loads(text[text.index("] = ") + 4:].rstrip().rstrip(";"))


def check_explorable(driver, page, figure, label):
    """Moves the first slider by one step and checks everything that must follow it."""
    problems = []
    file_name = figure.get_attribute("data-frame-file")
    alts = frame_alts(page, figure)
    state = visible_image(driver, figure)
    if not state:
        return [f"{label}: the first shown frame never loaded"]
    first = frame_of(state["src"], file_name)
    if first != int(figure.get_attribute("data-frame")):
        problems.append(f"{label}: shows frame {first}, not its first frame "
                        f"{figure.get_attribute('data-frame')}")
    controls = figure.find_element(By.CSS_SELECTOR, ".explore-controls")
    if not controls.is_displayed():
        return problems + [f"{label}: the sliders are not shown"]
    slider = figure.find_element(By.CSS_SELECTOR, "input[type=range]")
    labels = json.loads(slider.get_attribute("data-labels"))
    at_end = slider.get_attribute("value") == slider.get_attribute("max")
    slider.send_keys(Keys.ARROW_LEFT if at_end else Keys.ARROW_RIGHT)
    value = int(slider.get_attribute("value"))
    sliders = figure.find_elements(By.CSS_SELECTOR, "input[type=range]")
    expected = 0
    for each in sliders:
        expected = expected * (int(each.get_attribute("max")) + 1) + int(each.get_attribute("value"))
    moved = wait_for(lambda: (lambda s: s if frame_of(s["src"], file_name) == expected
                              and s["complete"] and s["width"] > 0 else None)(
        image_state(driver, figure)))
    if not moved:
        now = image_state(driver, figure)
        return problems + [f"{label}: after an arrow key the picture shows {now['src']}, "
                           f"not frame {expected}"]
    output = figure.find_element(By.CSS_SELECTOR, "output").text
    if output != labels[value] or slider.get_attribute("aria-valuetext") != labels[value]:
        problems.append(f"{label}: value shown '{output}' / aria-valuetext "
                        f"'{slider.get_attribute('aria-valuetext')}', expected '{labels[value]}'")
    # The alt texts arrive in their own script, loaded when the slider took focus.
    if not wait_for(lambda: image_state(driver, figure)["alt"] == alts[expected]):
        now = image_state(driver, figure)["alt"]
        problems.append(f"{label}: alt text not that of frame {expected}: {now[:60]}")
    svg = figure.find_element(By.CSS_SELECTOR, ".figure-files a").get_attribute("href")
    if frame_of(svg, file_name) != expected:
        problems.append(f"{label}: the SVG link still points at {svg}")
    # Play: the first slider moves on by itself, then pauses when asked.
    play = figure.find_element(By.CSS_SELECTOR, ".explore-play")
    first_slider = sliders[0]
    if first_slider.get_attribute("value") == first_slider.get_attribute("max"):
        first_slider.send_keys(Keys.HOME)
    before = int(first_slider.get_attribute("value"))
    play.click()
    advanced = wait_for(lambda: int(first_slider.get_attribute("value")) > before)
    if play.get_attribute("aria-pressed") == "true":
        play.click()
    if not advanced:
        problems.append(f"{label}: play did not move the slider")
    return problems


def explorable_problems(site, pages):
    problems, checked = [], 0
    driver = browser()
    try:
        for page in pages:
            driver.get("file://" + page)
            for figure in driver.find_elements(By.CSS_SELECTOR, "figure.explorable"):
                label = f"{os.path.relpath(page, site)}#{figure.get_attribute('id')}"
                problems += check_explorable(driver, page, figure, label)
                checked += 1
    finally:
        driver.quit()
    return problems, checked


def no_script_problems(site, pages):
    problems = []
    driver = browser(javascript=False)
    try:
        for page in pages:
            driver.get("file://" + page)
            for figure in driver.find_elements(By.CSS_SELECTOR, "figure.explorable"):
                label = f"{os.path.relpath(page, site)}#{figure.get_attribute('id')} (no JavaScript)"
                state = visible_image(driver, figure)
                first = int(figure.get_attribute("data-frame"))
                alts = frame_alts(page, figure)
                if not state or frame_of(state["src"], figure.get_attribute("data-frame-file")) != first:
                    problems.append(f"{label}: does not show its first frame {first}")
                elif state["alt"] != alts[first]:
                    problems.append(f"{label}: alt text is not the first frame's")
                if figure.find_element(By.CSS_SELECTOR, ".explore-controls").is_displayed():
                    problems.append(f"{label}: shows sliders that cannot work")
    finally:
        driver.quit()
    return problems


def dark_problems(site, page):
    """Dark drawings by system setting and by toggle, and the phone layout, on one page."""
    problems = []
    name = os.path.relpath(page, site)
    driver = browser()
    try:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                               {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        driver.get("file://" + page)
        figure = driver.find_element(By.CSS_SELECTOR, "figure.cell-figure")
        state = visible_image(driver, figure)
        if not state or "-dark" not in state["src"]:
            problems.append(f"{name}: in dark mode the figure shows {state and state['src']}")
        toggle = next(b for b in driver.find_elements(By.CSS_SELECTOR, "[data-theme-toggle]")
                      if b.is_displayed())
        toggle.click()
        light = wait_for(lambda: (lambda s: s if "-dark" not in s["src"] and s["width"] else None)(
            image_state(driver, figure)))
        if not light:
            problems.append(f"{name}: the theme toggle did not switch the figure to its light drawing")
        toggle.click()
        dark = wait_for(lambda: "-dark" in image_state(driver, figure)["src"])
        if not dark:
            problems.append(f"{name}: the theme toggle did not switch the figure back to dark")
        driver.execute_script("localStorage.removeItem('glia-theme')")
        driver.set_window_size(390, 900)
        driver.get("file://" + page)
        narrow = driver.find_elements(By.CSS_SELECTOR, "figure.cell-figure source[media*='max-width']")
        if narrow:
            figure = narrow[0].find_element(By.XPATH, "ancestor::figure")
            state = visible_image(driver, figure)
            if not state or "-narrow-dark" not in state["src"]:
                problems.append(f"{name}: a dark phone shows {state and state['src']}, "
                                "not the dark phone layout")
    finally:
        driver.quit()
    return problems


def main():
    site = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "output")
    pages = sorted(glob.glob(os.path.join(site, "*.html")))
    with_explorables = [p for p in pages if 'class="cell-figure explorable"' in open(p, encoding="utf-8").read()]
    with_figures = [p for p in pages if 'class="cell-figure' in open(p, encoding="utf-8").read()]
    problems, checked = explorable_problems(site, with_explorables)
    problems += no_script_problems(site, with_explorables)
    if with_figures:
        problems += dark_problems(site, with_figures[0])
    for problem in problems:
        print(problem)
    print(f"figure check: {checked} explorable figures on {len(with_explorables)} pages, "
          f"{len(problems)} problems")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
