"""`python -m flake8_forksafe check|fix PATH...`"""

from .cli import main

raise SystemExit(main())
