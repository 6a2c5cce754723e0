#!/usr/bin/env python
"""Django's command-line utility for IAM Lab."""

import os
import sys

# Commands that sign nothing and serve nobody need no SECRET_KEY, and must work in a
# fresh checkout with no environment, as the README shows them: those that only read
# files and print (the engine's batch command, `simulate --cases`, is run exactly so),
# and createinstructor, whose one write is a password hash (Django's hashers use no key).
KEYLESS_COMMANDS = {
    "simulate",
    "managed_policies",
    "export_quiz",
    "quiz_stats",
    "check_vault",
    "createinstructor",
}


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iamlab.settings")
    if len(sys.argv) > 1 and sys.argv[1] in KEYLESS_COMMANDS:
        os.environ["IAMLAB_KEYLESS_COMMAND"] = "true"
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
