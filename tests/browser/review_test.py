"""Drive a c2chat review page in headless Chromium with Selenium (Debian's chromium-driver).

    python review_test.py REVIEW.html DOWNLOAD_DIR CHROMIUM CHROMEDRIVER

Opens the page from its file, types a reviewer, rejects the first flag (key r), moves to the
flagged message after it (key j), selects the first four characters of that message and adds a
missed label to it with the keyboard (m, type a filter, Enter), exports (key e, then the
download link), and checks the downloaded decisions.jsonl: two lines, the right actions, labels,
message ids and spans, the exact fields of the shared decision format, and no message text.
Exits 1 with FAIL lines on any difference.
"""

import json
import os
import re
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

FIELDS = ["message_id", "conversation_id", "label", "action", "span", "reviewer",
          "decided_at", "note", "corpus", "annotations_sha256"]


def driver(chromium, chromedriver, downloads):
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-background-networking", "--disable-component-update",
              "--disable-sync", "--no-first-run", "--window-size=1280,1600"]:
        opts.add_argument(a)
    opts.add_experimental_option("prefs", {
        "download.default_directory": downloads,
        "download.prompt_for_download": False,
        "download.directory_upgrade": True,
        "safebrowsing.enabled": False,
    })
    d = webdriver.Chrome(service=Service(chromedriver), options=opts)
    # Headless Chrome refuses downloads unless they are allowed explicitly.
    d.execute_cdp_cmd("Browser.setDownloadBehavior",
                      {"behavior": "allow", "downloadPath": downloads})
    return d


def keys(d, k):
    d.find_element(By.TAG_NAME, "body").send_keys(k)


def wait_for(path, seconds=20):
    end = time.time() + seconds
    while time.time() < end:
        if os.path.exists(path) and not os.path.exists(path + ".crdownload"):
            return True
        time.sleep(0.2)
    return False


def main():
    page, downloads, chromium, chromedriver = sys.argv[1:5]
    page = os.path.abspath(page)
    downloads = os.path.abspath(downloads)
    os.makedirs(downloads, exist_ok=True)
    target = os.path.join(downloads, "decisions.jsonl")
    if os.path.exists(target):
        os.remove(target)
    html = open(page, encoding="utf-8").read()
    sha = re.search(r'data-sha="([0-9a-f]{64})"', html).group(1)
    fails = []
    d = driver(chromium, chromedriver, downloads)
    try:
        d.get("file://" + page)
        cards = d.find_elements(By.CSS_SELECTOR, "section.card")
        if len(cards) < 2:
            fails.append(f"{len(cards)} flagged messages on the page; the demo has more")
        first, second = cards[0], cards[1]
        first_flag = first.find_element(By.CSS_SELECTOR, "li.flag")
        if "current" not in first_flag.get_attribute("class"):
            fails.append("the first flag is not current when the page opens")
        d.find_element(By.ID, "reviewer").send_keys("T.R.")
        d.find_element(By.ID, "reviewer").send_keys(Keys.ESCAPE)
        # Reject the first flag; the page moves on to the next flag by itself.
        keys(d, "r")
        status = first_flag.find_element(By.CSS_SELECTOR, ".status").text
        if "reject" not in status:
            fails.append(f"after r the first flag's status is {status!r}")
        # Make the second flagged message current (k back, j forward shows both keys work).
        keys(d, "k")
        keys(d, "j")
        if "current" not in second.get_attribute("class"):
            fails.append("after k, j the second flagged message is not current")
        # Select its first four characters, then add a missed label with the keyboard.
        d.execute_script("""
            const piece = arguments[0].querySelector('li.msg.focus .text [data-s="0"]');
            const r = document.createRange();
            r.setStart(piece.firstChild, 0); r.setEnd(piece.firstChild, 4);
            const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
        """, second)
        keys(d, "m")
        if d.find_element(By.ID, "picker").get_attribute("hidden") is not None:
            fails.append("m did not open the category picker")
        filt = d.find_element(By.ID, "picker-filter")
        filt.send_keys("secrecy")
        filt.send_keys(Keys.ENTER)
        added = second.find_elements(By.CSS_SELECTOR, "ul.added li")
        if len(added) != 1:
            fails.append(f"{len(added)} added labels shown on the message, not 1")
        # Export: e opens the panel, the link downloads.
        keys(d, "e")
        text = d.find_element(By.ID, "export-text").get_attribute("value")
        d.find_element(By.ID, "download").click()
        if not wait_for(target):
            fails.append(f"no {target} after clicking the download link")
        # Progress survives a reload (localStorage keyed by the sha).
        d.refresh()
        status = d.find_elements(By.CSS_SELECTOR, "li.flag .status")[0].text
        if "reject" not in status:
            fails.append(f"after a reload the first flag's status is {status!r}")
    finally:
        d.quit()
    mid1 = re.findall(r'<section class="card" id="f-\d+" data-mid="([^"]+)" data-cid="([^"]+)"', html)
    label1 = re.search(r'<li class="flag" data-label="([^"]+)"', html).group(1)
    if os.path.exists(target):
        got = open(target, encoding="utf-8").read()
        if got != text:
            fails.append("the download differs from the export text box")
        check(got, sha, mid1, label1, html, fails)
    for f in fails:
        print("FAIL:", f)
    if fails:
        sys.exit(1)
    print(f"OK: review page driven in headless Chromium; decisions.jsonl has 2 lines ({target})")


def check(got, sha, ids, label1, html, fails):
    lines = got.splitlines()
    if len(lines) != 2:
        fails.append(f"decisions.jsonl has {len(lines)} lines, not 2")
        return
    recs = [json.loads(l) for l in lines]
    for r in recs:
        if list(r.keys()) != FIELDS:
            fails.append(f"fields {list(r.keys())} are not {FIELDS}")
        if r["reviewer"] != "T.R." or r["annotations_sha256"] != sha or r["corpus"] != "demo":
            fails.append(f"reviewer, sha or corpus wrong in {r}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["decided_at"]):
            fails.append(f"decided_at {r['decided_at']!r} is not RFC 3339 UTC")
    rej, add = recs
    if rej["action"] != "reject" or rej["label"] != label1:
        fails.append(f"first line is not the rejection of {label1}: {rej}")
    if (rej["message_id"], rej["conversation_id"]) != ids[0]:
        fails.append(f"rejected message {rej['message_id']} is not {ids[0]}")
    span = rej["span"]
    if not span or set(span) != {"start", "end", "source", "rule_id"} or span["end"] <= span["start"]:
        fails.append(f"the rejected flag's span is {span}")
    if add["action"] != "add" or add["label"] != "coercive.secrecy":
        fails.append(f"second line is not the added coercive.secrecy label: {add}")
    if (add["message_id"], add["conversation_id"]) != ids[1]:
        fails.append(f"added label's message {add['message_id']} is not {ids[1]}")
    if add["span"] != {"start": 0, "end": 4}:
        fails.append(f"the added label's span is {add['span']}, not 0..4")
    # No message text: no stretch of the page's messages appears in the file (a lexicon rule
    # id names its entry, which may be the words themselves, so rule ids are left out).
    for r in recs:
        if r["span"] and "rule_id" in r["span"]:
            r["span"]["rule_id"] = ""
    got = "\n".join(json.dumps(r) for r in recs)
    words = set()
    for t in re.findall(r'<span class="text">(.*?)</span></li>', html):
        words.update(w for w in re.findall(r">([^<>]+)<", "<" + t + "<") if len(w.strip()) > 6)
    leaked = [w for w in words if w.strip() in got]
    if leaked:
        fails.append(f"message text in decisions.jsonl: {leaked[:3]}")


if __name__ == "__main__":
    main()
