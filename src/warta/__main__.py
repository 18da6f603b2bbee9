from warta.cli import main

raise SystemExit(main())
