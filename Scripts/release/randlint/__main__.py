"""`python -m randlint [ARGS...]`: runs the randlint executable with the same arguments and exit status."""
import os
import sys

from randlint import find_randlint_bin


def main():
    try:
        binary = find_randlint_bin()
    except FileNotFoundError as error:
        print(f"python -m randlint: {error}", file=sys.stderr)
        return 2
    os.execv(binary, [binary, *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
