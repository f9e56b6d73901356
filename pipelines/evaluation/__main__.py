from .corpus import main

raise SystemExit(main())
