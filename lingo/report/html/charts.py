"""Bar charts drawn as inline SVG, readable without colour: every bar has a label,
its value written beside it, and a pattern of its own; a table holds the same figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .marks import attr, text_html

WIDTH = 640
LABEL_WIDTH = 190
BAR_SPACE = 360
ROW = 26
PATTERNS = {
    "jargon": "pat-jargon",
    "say-no": "pat-sayno",
    "passive-voice": "pat-passive",
    "readability": "pat-readability",
}
OTHER_PATTERN = "pat-other"


def pattern_for(category: str) -> str:
    return PATTERNS.get(category, OTHER_PATTERN)


# One set of patterns for the whole page; the charts refer to them by id.
PATTERN_DEFS = """<svg class="defs" aria-hidden="true" focusable="false" width="0" height="0">
<defs>
<pattern id="pat-jargon" width="8" height="8" patternUnits="userSpaceOnUse"
 patternTransform="rotate(45)"><rect width="8" height="8" class="f-jargon"/>
<line x1="0" y1="0" x2="0" y2="8" class="stroke"/></pattern>
<pattern id="pat-sayno" width="8" height="8" patternUnits="userSpaceOnUse">
<rect width="8" height="8" class="f-sayno"/>
<path d="M0 0L8 8M8 0L0 8" class="stroke"/></pattern>
<pattern id="pat-passive" width="7" height="7" patternUnits="userSpaceOnUse">
<rect width="7" height="7" class="f-passive"/><circle cx="3.5" cy="3.5" r="1.6" class="dot"/>
</pattern>
<pattern id="pat-readability" width="8" height="8" patternUnits="userSpaceOnUse">
<rect width="8" height="8" class="f-readability"/>
<line x1="0" y1="4" x2="8" y2="4" class="stroke"/></pattern>
<pattern id="pat-other" width="8" height="8" patternUnits="userSpaceOnUse">
<rect width="8" height="8" class="f-other"/>
<line x1="4" y1="0" x2="4" y2="8" class="stroke"/></pattern>
</defs></svg>"""


@dataclass(frozen=True)
class Segment:
    value: float
    pattern: str  # a pattern id, or a CSS class name starting with "g-" for grade bars
    label: str  # what the segment is, for the table and the tooltip


@dataclass(frozen=True)
class Bar:
    label: str
    segments: tuple[Segment, ...]
    value_text: str


def bar_chart(
    title: str, bars: Sequence[Bar], *, columns: Sequence[str] = (), wide: bool = False
) -> str:
    """A horizontal (stacked) bar chart with its figures as a table beneath it."""
    width, label_width, bar_space = (WIDTH, LABEL_WIDTH, BAR_SPACE)
    if wide:
        width, label_width, bar_space = (1100, 300, 640)
    top = max((sum(s.value for s in b.segments) for b in bars), default=0.0) or 1.0
    height = ROW * len(bars) + 8
    rows = []
    for n, bar in enumerate(bars):
        y = 4 + n * ROW
        x = float(label_width)
        rects = []
        for seg in bar.segments:
            length = bar_space * seg.value / top
            if length <= 0:
                continue
            fill = f'fill="url(#{seg.pattern})"' if seg.pattern.startswith("pat-") else ""
            css = seg.pattern if not fill else "seg"
            rects.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{max(length, 1.5):.1f}" height="{ROW - 8}" '
                f'class="{css}" {fill}><title>{text_html(seg.label)}</title></rect>'
            )
            x += length
        label = bar.label if len(bar.label) <= (44 if wide else 28) else "\u2026" + bar.label[-27:]
        tip = f"<title>{text_html(bar.label)}</title>" if label != bar.label else ""
        rows.append(
            f'<text x="{label_width - 8}" y="{y + ROW / 2 + 4}" text-anchor="end" '
            f'class="label">{text_html(label)}{tip}</text>'
            + "".join(rects)
            + f'<text x="{x + 6:.1f}" y="{y + ROW / 2 + 4}" class="value">'
            f"{text_html(bar.value_text)}</text>"
        )
    svg = (
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{attr(title)}">' + "".join(rows) + "</svg>"
    )
    return svg + _table(title, bars, columns)


def _table(title: str, bars: Sequence[Bar], columns: Sequence[str]) -> str:
    heads = "".join(f'<th scope="col">{text_html(c)}</th>' for c in columns)
    body = []
    for bar in bars:
        cells = "".join(f"<td>{_number(s.value)}</td>" for s in bar.segments) if columns else ""
        body.append(
            f'<tr><th scope="row">{text_html(bar.label)}</th>{cells}'
            f"<td>{text_html(bar.value_text)}</td></tr>"
        )
    return (
        f'<details class="as-table"><summary>{text_html(title)} as a table</summary>'
        f'<table><thead><tr><th scope="col">Name</th>{heads}<th scope="col">Total</th></tr>'
        f"</thead><tbody>{''.join(body)}</tbody></table></details>"
    )


def _number(value: float) -> str:
    return f"{value:,.1f}" if value != int(value) else f"{int(value):,}"
