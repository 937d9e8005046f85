from itday.cli import main

raise SystemExit(main())
