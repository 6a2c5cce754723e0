#!/usr/bin/env python
"""Django's command-line utility for IAM Lab."""

import os
import sys

# Commands that only read files and print: they sign nothing and serve nobody, so
# they need no SECRET_KEY and must work in a fresh checkout with no environment
# (the engine's batch command, `simulate --cases`, is run exactly so).
OFFLINE_COMMANDS = {"simulate", "export_quiz", "quiz_stats", "check_vault"}


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iamlab.settings")
    if len(sys.argv) > 1 and sys.argv[1] in OFFLINE_COMMANDS:
        os.environ["IAMLAB_OFFLINE_COMMAND"] = "true"
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
