"""Runs every benchmark script (or those named) and prints their tables.

python benchmarks/run.py            # all
python benchmarks/run.py foundation # bench_foundation.py only
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main(names: list[str]) -> int:
    scripts = sorted(p.stem for p in HERE.glob("bench_*.py"))
    chosen = [s for s in scripts if not names or s.removeprefix("bench_") in names or s in names]
    if not chosen:
        print(f"no benchmark named {names}; have: {', '.join(scripts)}", file=sys.stderr)
        return 2
    for name in chosen:
        print(f"\n# {name}", flush=True)
        module = importlib.import_module(f"benchmarks.{name}")
        # Scripts with options take their argv; run them with their defaults.
        if inspect.signature(module.main).parameters:
            module.main([])
        else:
            module.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
