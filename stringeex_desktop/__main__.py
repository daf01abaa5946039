import multiprocessing
import sys

from stringeex_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen app's parser processes start through here
    sys.exit(main())
