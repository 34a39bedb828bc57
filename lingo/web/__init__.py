"""The live editor (`lingo serve`): type copy, see lingo's highlights as you write.

Needs the `web` extra (docs/editor.md says how to install it). See docs/editor.md.
"""

from __future__ import annotations

from .server import serve

__all__ = ["serve"]
