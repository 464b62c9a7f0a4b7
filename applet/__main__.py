import multiprocessing
import sys

if __name__ == "__main__":
    # the frozen executable starts its training process by running itself: that run ends here
    multiprocessing.freeze_support()
    from applet.app import main

    sys.exit(main())
