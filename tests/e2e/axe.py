"""axe-core in the browser journeys: `assert_accessible(page)` fails on any WCAG 2.1 A/AA
violation of the page as it stands. axe-core comes from npm (package-lock.json, `make node-tools`)."""

import json
from pathlib import Path

import pytest

AXE_DIRECTORY = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core"
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
TARGETS_SHOWN = 3

# The page's Content-Security-Policy refuses inline scripts outside the admin, so axe's source
# is not added as a <script> tag: Playwright's evaluate runs it through the DevTools protocol,
# which the policy does not govern.
RUN_AXE = """async ([tags, exclude, shown]) => {
    const context = exclude.length ? {exclude: exclude.map((selector) => [selector])} : document;
    const results = await axe.run(context, {
        runOnly: {type: "tag", values: tags},
        resultTypes: ["violations"],
    });
    return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        count: violation.nodes.length,
        targets: violation.nodes.slice(0, shown).map((node) => node.target.join(" ")),
    }));
}"""


def axe_version() -> str:
    """The installed axe-core's version (the one `npm ci` took from package-lock.json)."""
    return json.loads((AXE_DIRECTORY / "package.json").read_text())["version"]


def inject_axe(page) -> str:
    """Load axe-core into the page (once) and return the version the page reports."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        script = AXE_DIRECTORY / "axe.min.js"
        if not script.exists():
            pytest.fail(f"{script} is missing: run `make node-tools` (npm ci).")
        page.evaluate(script.read_text(encoding="utf-8"))
    return page.evaluate("() => window.axe.version")


def assert_accessible(page, *, exclude=()):
    """Fail listing every WCAG 2.1 A/AA violation axe finds (id, impact, help, targets);
    `exclude` takes CSS selectors of regions to leave out (e.g. a third-party widget)."""
    version = inject_axe(page)
    violations = page.evaluate(RUN_AXE, [list(WCAG_TAGS), list(exclude), TARGETS_SHOWN])
    if violations:
        lines = [
            f"- {v['id']} ({v['impact']}): {v['help']} — {v['count']} element(s): "
            + "; ".join(v["targets"])
            for v in violations
        ]
        pytest.fail(
            f"axe-core {version} found {len(violations)} WCAG 2.1 AA violation(s) on "
            f"{page.url}:\n" + "\n".join(lines),
            pytrace=False,
        )
