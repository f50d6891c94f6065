#!/usr/bin/env python3
"""Checks a built glia site on disk and in a real browser (Debian's headless Chromium).

    python3 Tests/browser_check.py output

Every `*.html` page under the folder is read from disk (title, `<html lang>`, one `<main>`,
`alt` on every image, every relative link pointing at an existing file and, for `page#id`,
at an existing id) and then opened in Chromium, where it must load with no console error,
no uncaught exception and no failed resource, with every image decoded to a non-zero size
and, on pages that load KaTeX, every `.math` element rendered. One line per problem
(`page.html: problem`), then `browser check: N passed, M failed`; exit status 0 only when
every page passed. Python 3.11 standard library only.

Try it on the hand-made fixtures (the good site passes; the bad one reports every problem
planted in it, listed in Tests/browser-fixture/README.md):

    python3 Tests/browser_check.py Tests/browser-fixture/good
    python3 Tests/browser_check.py Tests/browser-fixture/bad
"""

import argparse
import fcntl
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

DEFAULT_CHROMIUM = "/usr/bin/chromium"
PAGE_TIMEOUT = 20.0
START_TIMEOUT = 30.0
# After the checks, events still in flight (a late font, a failed image) get this long to arrive.
SETTLE_SECONDS = 0.3
# When KaTeX is missing every formula fails the same way; a few examples say enough.
MATH_SHOWN = 5


# ---------------------------------------------------------------------------------------------
# On disk: what a page's HTML says
# ---------------------------------------------------------------------------------------------

class PageFacts(HTMLParser):
    """The parts of one HTML page the static checks need, gathered in a single parse."""

    LINK_ATTRIBUTES = {"a": ("href",), "link": ("href",), "script": ("src",),
                       "img": ("src", "srcset"), "source": ("src", "srcset")}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.title = None
        self.main_count = 0
        self.images = []          # attribute dicts of every <img>
        self.links = []           # (tag, attribute, value)
        self.ids = set()
        self.loads_katex = False
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag == "html":
            self.lang = attributes.get("lang")
        elif tag == "title":
            self._in_title = True
            self.title = self.title or ""
        elif tag == "main":
            self.main_count += 1
        elif tag == "img":
            self.images.append(attributes)
        if tag == "script" and attributes.get("src", "").endswith("katex.min.js"):
            self.loads_katex = True
        for name in self.LINK_ATTRIBUTES.get(tag, ()):
            if name in attributes:
                self.links.append((tag, name, attributes[name]))

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


@lru_cache(maxsize=None)
def read_facts(path):
    """Parses the page at `path` once; links to it reuse the result to look up ids."""
    parser = PageFacts()
    parser.feed(Path(path).read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser


def structure_problems(facts):
    """The page-level requirements: title, language, one main landmark, alt text."""
    problems = []
    if not (facts.title or "").strip():
        problems.append("no <title> (or an empty one)")
    if not (facts.lang or "").strip():
        problems.append("<html> has no lang attribute")
    if facts.main_count != 1:
        problems.append(f"{facts.main_count} <main> elements (expected exactly one)")
    for image in facts.images:
        if not image.get("alt", "").strip():
            problems.append(f'<img src="{image.get("src", "")}"> has no alt text')
    return problems


def link_urls(attribute, value):
    """The URLs in one attribute: a `srcset` lists several, each followed by a descriptor."""
    if attribute != "srcset":
        return [value.strip()]
    candidates = (candidate.split() for candidate in value.split(","))
    return [parts[0] for parts in candidates if parts]


def link_problem(page, root, tag, attribute, url):
    """Why `url`, found in `page`, does not lead to a file of the site; None when it does."""
    where = f'<{tag} {attribute}="{url}">'
    parts = urlsplit(url)
    if parts.scheme == "file":
        return f"{where}: absolute file: URL (breaks once the site moves)"
    if parts.scheme or parts.netloc or not parts.path:
        return None  # http(s), mailto, data and other schemes, or "#fragment" / "?query" only
    if parts.path.startswith("/"):
        return f"{where}: root-relative URL (does not work when the site is opened from disk)"
    target = Path(os.path.normpath(page.parent / unquote(parts.path)))
    if not target.is_relative_to(root):
        return f"{where}: points outside the site folder"
    if target.is_dir():
        target = target / "index.html"
    if not target.is_file():
        return f"{where}: no such file {target.relative_to(root).as_posix()}"
    fragment = unquote(parts.fragment)
    if fragment and target.suffix in (".html", ".htm"):
        if fragment not in read_facts(target).ids:
            shown = target.relative_to(root).as_posix()
            return f'{where}: no element with id "{fragment}" in {shown}'
    return None


def static_problems(page, root):
    """Everything that can be checked from the page's file alone."""
    facts = read_facts(page)
    problems = structure_problems(facts)
    for tag, attribute, value in facts.links:
        for url in link_urls(attribute, value):
            problem = link_problem(page, root, tag, attribute, url)
            if problem:
                problems.append(problem)
    return problems


# ---------------------------------------------------------------------------------------------
# In the browser: Chromium driven through the DevTools protocol
# ---------------------------------------------------------------------------------------------

class BrowserGone(Exception):
    """Chromium could not be started, or exited while we were talking to it."""


class PageTimeout(Exception):
    """A page did not answer in time; reported as a failure of that page."""


class ProtocolError(Exception):
    """Chromium answered a command with an error."""


class Browser:
    """One headless Chromium, spoken to over `--remote-debugging-pipe`.

    Why a pipe: the protocol over a websocket would need a websocket client, which the
    standard library lacks; over the pipe, messages are plain JSON texts ended by a NUL byte,
    Chromium reads commands from its fd 3 and writes answers and events to its fd 4, and no
    port is opened, so parallel runs cannot collide. Reading is single-threaded: every wait
    is a `select` with a deadline, so nothing can hang.
    """

    def __init__(self, executable):
        self._next_id = 0
        self._pending = set()
        self._responses = {}
        self._events = {}         # sessionId -> [(method, params)], for attached sessions only
        self._buffer = b""
        self._profile = tempfile.mkdtemp(prefix="glia-browser-check-")
        self._stderr = tempfile.TemporaryFile()
        self._process = None
        self._to_browser = self._from_browser = None
        try:
            self._launch(executable)
            self.call("Browser.getVersion", deadline=time.monotonic() + START_TIMEOUT)
        except (BrowserGone, PageTimeout, ProtocolError, OSError) as error:
            detail = self.stderr_tail()
            self.close()
            raise BrowserGone(f"could not start {executable}: {error}{detail}") from error

    def _launch(self, executable):
        """Starts Chromium with the read end of one pipe as its fd 3, the write end of another
        as its fd 4."""
        command_read, self._to_browser = os.pipe()
        self._from_browser, event_write = os.pipe()
        # Lift the child's ends above 4 so the dup2 calls below cannot overwrite each other.
        child_read = fcntl.fcntl(command_read, fcntl.F_DUPFD_CLOEXEC, 10)
        child_write = fcntl.fcntl(event_write, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(command_read)
        os.close(event_write)

        def wire_pipes():
            # Runs in the child between fork and exec; dup2 leaves 3 and 4 inheritable, and
            # anything else inherited from our own parent (make's jobserver) is kept from Chromium.
            os.dup2(child_read, 3)
            os.dup2(child_write, 4)
            for fd in map(int, os.listdir("/proc/self/fd")):
                if fd > 4:
                    try:
                        os.set_inheritable(fd, False)
                    except OSError:
                        pass  # the descriptor listdir itself had open

        try:
            # pass_fds keeps descriptors under their own numbers and cannot move them to 3 and
            # 4, hence the dup2 above, and close_fds=False so that they stay open.
            self._process = subprocess.Popen(
                [executable, "--headless", "--no-sandbox", "--disable-gpu",
                 "--remote-debugging-pipe", "--allow-file-access-from-files",
                 "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                 "--disable-extensions", f"--user-data-dir={self._profile}", "about:blank"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._stderr,
                close_fds=False, preexec_fn=wire_pipes, start_new_session=True)
        finally:
            os.close(child_read)
            os.close(child_write)

    def call(self, method, params=None, session=None, deadline=None):
        """Sends one command and waits (until `deadline`) for its answer."""
        message_id = self.send(method, params, session)
        while message_id not in self._responses:
            if not self.pump(deadline):
                self._pending.discard(message_id)
                raise PageTimeout(f"timed out waiting for {method}")
        response = self._responses.pop(message_id)
        if "error" in response:
            raise ProtocolError(f"{method}: {response['error'].get('message')}")
        return response.get("result", {})

    def send(self, method, params=None, session=None):
        """Writes one command without waiting; returns its id."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        try:
            while data:
                data = data[os.write(self._to_browser, data):]
        except OSError as error:
            raise BrowserGone(f"Chromium stopped reading commands ({error})") from error
        self._pending.add(self._next_id)
        return self._next_id

    def pump(self, deadline):
        """Reads and files at least one message; False if none came before `deadline`."""
        while b"\0" not in self._buffer:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return False
            ready, _, _ = select.select([self._from_browser], [], [], remaining)
            if not ready:
                return False
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise BrowserGone(f"Chromium exited (status {self._process.poll()})"
                                  + self.stderr_tail())
            self._buffer += chunk
        while b"\0" in self._buffer:
            raw, self._buffer = self._buffer.split(b"\0", 1)
            self._file(json.loads(raw))
        return True

    def _file(self, message):
        """Keeps answers to pending commands and events of attached sessions; drops the rest."""
        if "id" in message:
            if message["id"] in self._pending:
                self._pending.discard(message["id"])
                self._responses[message["id"]] = message
            return
        session, method = message.get("sessionId"), message.get("method")
        if session not in self._events:
            return
        self._events[session].append((method, message.get("params", {})))
        if method == "Page.javascriptDialogOpening":
            # An alert() would block the page (and its load event) until answered.
            self.send("Page.handleJavaScriptDialog", {"accept": False}, session)

    def watch(self, session):
        """Starts keeping the events of `session`."""
        self._events.setdefault(session, [])

    def events(self, session):
        """The events of `session` so far (a live list)."""
        return self._events.get(session, [])

    def forget(self, session):
        """Stops keeping the events of `session`."""
        self._events.pop(session, None)

    def stderr_tail(self, lines=5):
        """The last lines Chromium wrote to stderr, to explain a failed start or a crash."""
        self._stderr.seek(0)
        tail = self._stderr.read().decode(errors="replace").strip().splitlines()[-lines:]
        return "".join("\n    " + line for line in tail)

    def close(self):
        """Asks Chromium to quit, then kills its whole process group whatever happened."""
        if self._process and self._process.poll() is None:
            try:
                self.call("Browser.close", deadline=time.monotonic() + 5)
            except (BrowserGone, PageTimeout, ProtocolError):
                pass
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        if self._process:
            try:
                os.killpg(self._process.pid, signal.SIGKILL)  # renderers and other helpers
            except ProcessLookupError:
                pass
            self._process.wait()
            self._process = None
        for fd in (self._to_browser, self._from_browser):
            if fd is not None:
                os.close(fd)
        self._to_browser = self._from_browser = None
        if not self._stderr.closed:
            self._stderr.close()
        shutil.rmtree(self._profile, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# One page in the browser
# ---------------------------------------------------------------------------------------------

# Images are lazy: make each eager, wait until it decodes (or fails), then wait for web fonts
# (KaTeX's) so that their failures are reported too. Returns the images that did not load.
IMAGES_SCRIPT = """(async () => {
  const images = [...document.images];
  const decoded = await Promise.all(images.map(i => {
    i.loading = 'eager';
    return i.decode().then(() => true, () => false);
  }));
  await document.fonts.ready;
  return images
    .map((i, k) => ({src: i.currentSrc || i.src,
                     why: !decoded[k] ? 'did not load' :
                          i.naturalWidth === 0 || i.naturalHeight === 0 ? 'has zero size' : ''}))
    .filter(r => r.why);
})()"""

# Every .math element must hold KaTeX's output; KaTeX marks TeX it could not parse instead.
MATH_SCRIPT = """[...document.querySelectorAll('.math')]
  .filter(e => !e.querySelector('.katex') || e.querySelector('.katex-error'))
  .map(e => ({tex: e.textContent.slice(0, 60),
              why: e.querySelector('.katex-error') ? 'KaTeX could not parse it'
                                                    : 'not rendered by KaTeX'}))"""


def one_line(text, limit=240):
    """Collapses a message (stack traces included) to one short line."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def evaluate(browser, session, expression, deadline):
    """Runs `expression` in the page (awaiting a promise) and returns its JSON value."""
    result = browser.call("Runtime.evaluate",
                          {"expression": expression, "awaitPromise": True, "returnByValue": True},
                          session, deadline)
    if "exceptionDetails" in result:
        details = result["exceptionDetails"]
        raise ProtocolError(details.get("exception", {}).get("description") or details["text"])
    return result["result"].get("value")


def wait_for_event(browser, session, method, deadline):
    """Reads messages until `session` has fired `method`."""
    while not any(name == method for name, _ in browser.events(session)):
        if not browser.pump(deadline):
            raise PageTimeout(f"timed out waiting for {method}")


def settle(browser, seconds):
    """Lets late events arrive for a moment."""
    deadline = time.monotonic() + seconds
    while browser.pump(deadline):
        pass


def source_location(url, line, shorten):
    """` (file:line)` for a message, when the browser said where it came from."""
    return f" ({shorten(url)}:{line + 1})" if url else ""


def console_message(params, shorten):
    """The text of a console.error/console.assert call, with where it was made."""
    args = params.get("args", [])
    text = " ".join(str(a["value"]) if "value" in a else a.get("description", a["type"])
                    for a in args)
    frames = params.get("stackTrace", {}).get("callFrames", [])
    where = source_location(frames[0]["url"], frames[0]["lineNumber"], shorten) if frames else ""
    return f"console.{params['type']}: {one_line(text)}{where}"


def exception_message(params, shorten):
    """The text of an uncaught exception, with where it was thrown."""
    details = params["exceptionDetails"]
    text = details.get("exception", {}).get("description") or details.get("text", "")
    text = text.splitlines()[0] if text else "(no message)"
    where = source_location(details.get("url"), details.get("lineNumber", 0), shorten)
    return f"uncaught exception: {one_line(text)}{where}"


def event_problems(events, shorten):
    """Console errors, exceptions, error log entries and failed loads among a page's events.

    Returns the problems and the URLs that failed to load; Chromium also logs each failed load
    as a network error entry, which is left out to report every failure once.
    """
    requests, failed, problems, log_entries = {}, set(), [], []
    for method, params in events:
        if method == "Network.requestWillBeSent":
            requests[params["requestId"]] = params["request"]["url"]
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            url = requests.get(params["requestId"], "(unknown URL)")
            failed.add(url)
            problems.append(f"failed to load {shorten(url)}: {params.get('errorText')}")
        elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
            problems.append(console_message(params, shorten))
        elif method == "Runtime.exceptionThrown":
            problems.append(exception_message(params, shorten))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            log_entries.append(params["entry"])
        elif method == "Page.javascriptDialogOpening":
            kind, message = params.get("type"), one_line(params.get("message", ""))
            problems.append(f"opened a dialog ({kind}): {message}")
        elif method == "Inspector.targetCrashed":
            problems.append("the page crashed the renderer")
    for entry in log_entries:
        if not (entry.get("source") == "network" and entry.get("url") in failed):
            where = f" ({shorten(entry['url'])})" if entry.get("url") else ""
            problems.append(f"error logged: {one_line(entry['text'])}{where}")
    return problems, failed


def open_session(browser, deadline):
    """A fresh tab with its protocol session and the domains whose events we need."""
    target = browser.call("Target.createTarget", {"url": "about:blank"}, deadline=deadline)
    target_id = target["targetId"]
    attached = browser.call("Target.attachToTarget", {"targetId": target_id, "flatten": True},
                            deadline=deadline)
    session = attached["sessionId"]
    browser.watch(session)
    for domain in ("Runtime", "Log", "Network", "Page"):
        browser.call(f"{domain}.enable", session=session, deadline=deadline)
    return target_id, session


def load_and_inspect(browser, session, url, checks_math, deadline):
    """Opens `url` in the session and runs the in-page checks.

    Returns the problems found and the images that did not load, as (URL, reason) pairs.
    """
    navigation = browser.call("Page.navigate", {"url": url}, session, deadline)
    if navigation.get("errorText"):
        return [f"could not be opened: {navigation['errorText']}"], []
    wait_for_event(browser, session, "Page.loadEventFired", deadline)
    broken = [(image["src"], image["why"])
              for image in evaluate(browser, session, IMAGES_SCRIPT, deadline)]
    unrendered = evaluate(browser, session, MATH_SCRIPT, deadline) if checks_math else []
    problems = [f'math "{one_line(m["tex"], 60)}": {m["why"]}' for m in unrendered[:MATH_SHOWN]]
    if len(unrendered) > MATH_SHOWN:
        problems.append(f"… and {len(unrendered) - MATH_SHOWN} more unrendered .math elements")
    return problems, broken


def browser_problems(browser, page, root, timeout):
    """Loads one page in a fresh tab and returns every problem the browser saw."""
    deadline = time.monotonic() + timeout
    root_url = root.as_uri() + "/"

    def shorten(url):
        return url[len(root_url):] if url.startswith(root_url) else url

    problems, broken, target_id, session = [], [], None, None
    try:
        target_id, session = open_session(browser, deadline)
        problems, broken = load_and_inspect(browser, session, page.as_uri(),
                                            read_facts(page).loads_katex, deadline)
        settle(browser, SETTLE_SECONDS)
    except PageTimeout as error:
        problems.append(f"{error} (after {timeout:g} s)")
    except ProtocolError as error:
        problems.append(f"browser: {one_line(error)}")
    finally:
        from_events, failed = event_problems(browser.events(session), shorten)
        browser.forget(session)
        if target_id:
            close_tab(browser, target_id)
    images = [f"image {shorten(src)} {why}" for src, why in broken if src not in failed]
    return from_events + images + problems


def close_tab(browser, target_id):
    """Closes a tab; a tab that does not answer is left to die with the browser."""
    try:
        browser.call("Target.closeTarget", {"targetId": target_id},
                     deadline=time.monotonic() + 5)
    except (PageTimeout, ProtocolError):
        pass


# ---------------------------------------------------------------------------------------------
# The whole site
# ---------------------------------------------------------------------------------------------

def check_site(root, pages, chromium, timeout):
    """Checks every page with one browser; prints each problem; returns how many pages failed.

    If Chromium crashes it is started again for the next page; if it cannot start at all,
    every page fails with that reason rather than waiting for it again and again.
    """
    failed, browser, start_error = 0, None, None
    try:
        for page in pages:
            problems = static_problems(page, root)
            if browser is None and start_error is None:
                try:
                    browser = Browser(chromium)
                except BrowserGone as error:
                    start_error = str(error)
            if browser is None:
                problems.append(f"not opened in the browser: {start_error}")
            else:
                try:
                    problems += browser_problems(browser, page, root, timeout)
                except BrowserGone as error:
                    problems.append(f"browser: {error}")
                    browser.close()
                    browser = None
            name = page.relative_to(root).as_posix()
            for problem in dict.fromkeys(problems):  # a link repeated on a page is told once
                print(f"{name}: {problem}", flush=True)
            failed += bool(problems)
    finally:
        if browser is not None:
            browser.close()
    return failed


def main(argv=None):
    """Command line: the site folder, and optionally another Chromium or page timeout."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", help="folder written by `glia build` (e.g. output)")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", DEFAULT_CHROMIUM),
                        help=f"browser to run (default {DEFAULT_CHROMIUM}, or $CHROMIUM)")
    parser.add_argument("--timeout", type=float, default=PAGE_TIMEOUT,
                        help=f"seconds allowed per page (default {PAGE_TIMEOUT:g})")
    args = parser.parse_args(argv)
    root = Path(os.path.abspath(args.site))
    pages = sorted(root.rglob("*.html")) if root.is_dir() else []
    if not pages:
        reason = "no HTML pages" if root.is_dir() else "not a folder"
        print(f"{args.site}: {reason}")
        print("browser check: 0 passed, 0 failed")
        return 1
    failed = check_site(root, pages, args.chromium, args.timeout)
    print(f"browser check: {len(pages) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
