#!/usr/bin/env python3
"""The HTML report in a real browser: Debian's chromium and chromedriver, driven by selenium.

Writes the report of Samples/ with the given spamlint binary, opens it in headless chromium, and checks
  - that every finding listed "on the email" has its pin drawn over its element: the marked element
    has a box, and the box of its numbered badge (the ::before of the element, or of the
    <spamlint-pin> before a void element) overlaps it, both read from the browser's layout (CDP);
  - that the email's scripts did not run: risky-image-only.html has a <script> and an onerror=
    handler setting window.spamlintRan, and a comment trying to close the frame and open a script
    in the report; the global is absent in every frame and in the report, and the report holds only
    its own script and one frame per HTML body;
  - that nothing was fetched with remote images off (the performance log's requests are the report
    itself and data: URLs), and that switching remote images on does request the https image
    (so the check above can see a request when there is one);
and saves a screenshot when asked (--screenshot PATH).

Usage: Scripts/test-html-report.py SPAMLINT_BINARY [--screenshot PATH]
"""
import json
import os
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("SE_AVOID_STATS", "true")  # selenium must not report usage over the network
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def start_browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1",
                     # Sandboxed frames in the page's own process, so that the DOM and the performance log
                     # (requests) of the page include them; the sandbox itself is the same.
                     "--disable-features=IsolateSandboxedIframes"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    # An explicit driver: selenium-manager would otherwise look one up on the network.
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def requests(driver):
    """The requests of the page and its frames since the last call: (url, blocked reason or None)."""
    urls, blocked = {}, {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message["params"]
        if message["method"] == "Network.requestWillBeSent":
            urls[params["requestId"]] = params["request"]["url"]
        elif message["method"] == "Network.loadingFailed" and params.get("blockedReason"):
            blocked[params["requestId"]] = params["blockedReason"]
    return [(url, blocked.get(request)) for request, url in urls.items()]


def walk(node):
    yield node
    for child in node.get("children", []):
        yield from walk(child)
    if "contentDocument" in node:
        yield from walk(node["contentDocument"])
    for pseudo in node.get("pseudoElements", []):
        yield from walk(pseudo)


def attributes(node):
    values = node.get("attributes", [])
    return dict(zip(values[0::2], values[1::2]))


def box(driver, node_id):
    """The border box (left, top, right, bottom) of a node as laid out, or None when it has none."""
    try:
        quad = driver.execute_cdp_cmd("DOM.getBoxModel", {"nodeId": node_id})["model"]["border"]
    except Exception:
        return None
    xs, ys = quad[0::2], quad[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def badge_of(node, siblings):
    """The ::before of a marked element, or of the <spamlint-pin> just before it (void elements)."""
    for pseudo in node.get("pseudoElements", []):
        if pseudo.get("pseudoType") == "before":
            return pseudo
    index = next((i for i, sibling in enumerate(siblings) if sibling is node), None)
    if index:
        previous = [s for s in siblings[:index] if s.get("nodeType") == 1]
        if previous and previous[-1].get("localName") == "spamlint-pin":
            return next((p for p in previous[-1].get("pseudoElements", []) if p.get("pseudoType") == "before"), None)
    return None


def check_pins(driver):
    """Every finding listed on the email has a pin drawn over its element, frame by frame."""
    listed = {}
    for item in driver.find_elements(By.CSS_SELECTOR, "li.finding[data-pin]"):
        listed.setdefault(item.get_attribute("data-frame"), set()).add(item.get_attribute("data-pin"))
    document = driver.execute_cdp_cmd("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
    frames = {}
    for node in walk(document):
        if node.get("localName") == "iframe" and attributes(node).get("data-copy") and "contentDocument" in node:
            frames[attributes(node)["id"]] = node["contentDocument"]
    checked = 0
    for frame_id, numbers in sorted(listed.items()):
        content = frames.get(frame_id)
        if content is None:
            fail(f"{frame_id}: no rendered frame for its {len(numbers)} pinned findings")
            continue
        drawn = set()
        parents = [n for n in walk(content) if n.get("children")]
        for parent in parents:
            siblings = parent["children"]
            for node in siblings:
                label = attributes(node).get("data-spamlint-pin")
                if label is None or node.get("localName") == "spamlint-pin":
                    continue
                element_box = box(driver, node["nodeId"])
                badge = badge_of(node, siblings)
                badge_box = box(driver, badge["nodeId"]) if badge else None
                where = f"{frame_id} pin {label} on <{node.get('localName')}>"
                if element_box is None:
                    fail(f"{where}: the element has no box")
                elif badge_box is None:
                    fail(f"{where}: no badge is drawn")
                elif not overlaps(element_box, badge_box):
                    fail(f"{where}: badge {badge_box} does not overlap the element {element_box}")
                else:
                    drawn.update(label.split())
                    checked += 1
        missing = sorted(numbers - drawn, key=int)
        if missing:
            fail(f"{frame_id}: findings {', '.join(missing)} are listed on the email but have no pin drawn over an element")
    return checked


def check_keyboard_and_print(driver):
    """Tab reaches a finding, whose details then show; the print style sheet opens every finding's
    details and hides the controls."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    driver.execute_script("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur()")
    reached = None
    for _ in range(200):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        active = driver.switch_to.active_element
        if active.tag_name == "li" and "finding" in (active.get_attribute("class") or ""):
            reached = active
            break
    driver.switch_to.default_content()
    if reached is None:
        fail("Tab never reached a finding of the list")
    elif not reached.find_element(By.CSS_SELECTOR, ".detail").is_displayed():
        fail("a finding reached with Tab does not show its details")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    details = driver.execute_script("return Array.prototype.every.call(document.querySelectorAll('.detail'),"
                                    " function (d) { return getComputedStyle(d).display !== 'none'; })")
    controls = driver.execute_script("return getComputedStyle(document.querySelector('.filters')).display")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    if not details:
        fail("printed, some findings keep their details closed")
    if controls != "none":
        fail("printed, the filter controls are shown")
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})
    if len(pdf.get("data", "")) < 10000:
        fail("printing the report gave no PDF")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    screenshot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
    workdir = tempfile.mkdtemp(prefix="spamlint-html-")
    report = os.path.join(workdir, "report.html")
    run = subprocess.run([binary, "Samples/", "--format", "html", "--output", report], capture_output=True, text=True)
    if run.returncode != 1:
        sys.exit(f"spamlint Samples/ --format html exited {run.returncode}, expected 1: {run.stderr}")
    second = os.path.join(workdir, "again.html")
    subprocess.run([binary, "Samples/", "--format", "html", "--output", second], capture_output=True)
    if open(report, "rb").read() != open(second, "rb").read():
        fail("two runs wrote different reports")
    if "--report" in sys.argv:
        # A report given instead (to see that the checks catch a broken one).
        report = os.path.abspath(sys.argv[sys.argv.index("--report") + 1])

    driver = start_browser(1400, 1000)
    try:
        driver.get("file://" + report)
        time.sleep(1.5)
        page = driver.execute_script("return {ran: window.spamlintRan, scripts: document.scripts.length,"
                                     " frames: document.querySelectorAll('iframe').length,"
                                     " copies: document.querySelectorAll('iframe[data-copy][sandbox=\"\"]').length}")
        if page["ran"] is not None:
            fail(f"email script ran in the report's document (window.spamlintRan = {page['ran']!r})")
        if page["scripts"] != 1:
            fail(f"the report holds {page['scripts']} scripts, expected only its own")
        if page["frames"] != page["copies"] or page["frames"] == 0:
            fail(f"{page['frames']} frames, of which {page['copies']} are the report's sandboxed copies")

        image_only = None
        for frame in driver.find_elements(By.CSS_SELECTOR, "iframe[data-copy]"):
            title = frame.get_attribute("title")
            if "risky-image-only.html" in title:
                image_only = frame.get_attribute("id")
            driver.switch_to.frame(frame)
            ran = driver.execute_script("return window.spamlintRan")
            has_script = driver.execute_script("return document.querySelectorAll('script').length")
            driver.switch_to.default_content()
            if ran is not None:
                fail(f"{title}: the email's script ran (window.spamlintRan = {ran!r})")
            if "risky-image-only.html" in title and has_script == 0:
                fail(f"{title}: the copy lost the sample's <script>, so the check proves nothing")
        if image_only is None:
            fail("no rendered frame for Samples/templates/risky-image-only.html")

        refused = []
        checked = check_pins(driver)
        check_keyboard_and_print(driver)
        if checked < 10:
            fail(f"only {checked} pins were checked; the samples have more findings on elements")

        # Chromium logs a request the policy refuses too, as failed with the reason "csp": it never left.
        sent = requests(driver)
        leaked = [url for url, reason in sent if reason is None and not (url.startswith("file://") or url.startswith("data:"))]
        refused = [url for url, reason in sent if reason == "csp"]
        if leaked:
            fail(f"requests left the page with remote images off: {leaked[:5]}")
        if not refused:
            fail("no request was refused by the copies' policy: the samples' remote images should have been")

        # The reader's switch: remote images on for the image-only sample, which must then be requested.
        if image_only:
            requests(driver)
            driver.find_element(By.CSS_SELECTOR, f"input.remote-images[data-frame='{image_only}']").click()
            remote = []
            for _ in range(20):
                time.sleep(0.5)
                remote += [url for url, reason in requests(driver) if reason is None and url.startswith("https://cdn.acme-outfitters.example/")]
                if remote:
                    break
            if not remote:
                fail("with remote images on, the sample's https images were not requested")
            driver.switch_to.frame(driver.find_element(By.ID, image_only))
            if driver.execute_script("return window.spamlintRan") is not None:
                fail("the onerror handler ran once remote images were on")
            driver.switch_to.default_content()
        if screenshot:
            shoot(driver, screenshot)
    finally:
        driver.quit()
    if failures:
        sys.exit(f"html report browser test: {len(failures)} failure(s)")
    print(f"html report browser test: {checked} pins drawn over their elements, no script ran, "
          f"nothing fetched with remote images off ({len(refused)} remote loads refused by the policy)")


def shoot(driver, path):
    """A small picture of the report for the README: the shortener sample beside its pins."""
    driver.set_window_size(1280, 820)
    section = driver.execute_script(
        "var h = Array.prototype.find.call(document.querySelectorAll('section.file h2'),"
        " function (h) { return h.textContent.indexOf('risky-shortener-flash-sale') >= 0; });"
        " return h ? h.parentNode.id : null;")
    if section is None:
        fail("no section for risky-shortener-flash-sale.html to photograph")
        return
    driver.execute_script("document.getElementById(arguments[0]).querySelector('.email').scrollIntoView()", section)
    item = driver.find_element(By.CSS_SELECTOR, f"#{section} li.finding[data-pin]")
    driver.execute_script("arguments[0].focus()", item)
    time.sleep(0.5)
    driver.save_screenshot(path)
    print("screenshot: " + path)


if __name__ == "__main__":
    main()
