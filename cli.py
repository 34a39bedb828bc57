"""Run lingo's command line from a checkout: `python cli.py check README.md`.

The command group itself lives in lingo/cli/main.py, so the installed wheel ships
only the `lingo` package (entry point `lingo = "lingo.cli:main"`).
"""

from lingo.cli import main

if __name__ == "__main__":
    main()
