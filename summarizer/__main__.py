"""The `summarizer` command and `python -m summarizer`.

Loading the modules takes about a second and a half; Ctrl-C or SIGTERM then
exits quietly (130, 143) instead of with a traceback. During a run the command
itself handles both, writing the results it has."""

import signal
import sys


def _terminated(signum, frame) -> None:
    raise SystemExit(128 + signal.SIGTERM)


def main() -> None:
    signal.signal(signal.SIGTERM, _terminated)
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)
    run()


if __name__ == "__main__":
    main()
