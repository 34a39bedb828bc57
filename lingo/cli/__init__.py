"""Everything only the command line needs: the click commands, runner, cache and workspace."""

from .main import main

__all__ = ["main"]
