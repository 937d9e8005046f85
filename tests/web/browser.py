"""Debian's chromium driven by Selenium through Debian's chromedriver, as a phone (390×844).

The driver is given explicitly (``/usr/bin/chromedriver``): Selenium never looks for one
nor downloads anything.  Tests using ``phone_browser`` are skipped, with a message, on a
machine without chromium and chromium-driver (``apt-get install chromium chromium-driver``;
``.ci/run`` installs them).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("ITDAY_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = (
    os.environ.get("ITDAY_CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
)
PHONE = {"width": 390, "height": 844}


def available() -> str:
    """Why the browser tests cannot run here, or ""."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not Path(path).is_file():
            return f"{path} absent: apt-get install {package} to run the phone pages in a browser"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium absent: pip install -e '.[test]'"
    return ""


def start_browser(download_dir: Path, language: str = "fr-FR"):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--metrics-recording-only",
        "--password-store=basic",
        f"--lang={language}",
        "--hide-scrollbars",
    ):
        options.add_argument(arg)
    options.add_experimental_option(
        "mobileEmulation",
        {
            "deviceMetrics": {**PHONE, "pixelRatio": 1.0, "touch": True, "mobile": True},
            "userAgent": (
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                "(KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36"
            ),
        },
    )
    options.add_experimental_option(
        "prefs",
        {
            "intl.accept_languages": language,
            "download.default_directory": str(download_dir),
            "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        },
    )
    service = Service(executable_path=CHROMEDRIVER)
    driver = webdriver.Chrome(options=options, service=service)
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(download_dir)}
    )
    return driver


@pytest.fixture
def phone_browser(tmp_path):
    why = available()
    if why:
        pytest.skip(why)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = start_browser(downloads)
    driver.downloads = downloads
    yield driver
    driver.quit()
