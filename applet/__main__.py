import sys

from applet.app import main

sys.exit(main())
