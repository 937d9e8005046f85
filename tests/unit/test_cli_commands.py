"""Every command of the parser runs its own function (a decorator moved by an edit once sent
`itday replay` to `itday about`)."""

import argparse
from pathlib import Path

from itday import cli


def test_each_command_is_dispatched_to_its_own_function():
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(cli.COMMANDS)
    for name, fn in cli.COMMANDS.items():
        assert fn.__name__ == f"cmd_{name.replace('-', '_')}", name


def _readme_command_lines() -> str:
    text = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Command line\n", 1)[1].split("\n## ", 1)[0]
    return section


def _blocks(section: str) -> dict[str, str]:
    """The README's lines of each command: « itday NAME … » and the indented lines under it."""
    blocks: dict[str, str] = {}
    name = None
    for line in section.splitlines():
        if line.startswith("itday "):
            name = line.split()[1]
            blocks[name] = blocks.get(name, "") + line + "\n"
        elif line.startswith(" ") and name is not None:
            blocks[name] += line + "\n"
        else:
            name = None
    return blocks


def test_every_command_and_option_of_the_table_is_in_the_readme():
    from itday.cli.arguments import COMMON, TABLE

    section = _readme_command_lines()
    blocks = _blocks(section)
    missing = [f for a in COMMON for f in a.flags if f not in section]
    for entry in TABLE:
        block = blocks.get(entry.name)
        if block is None:
            missing.append(f"itday {entry.name}")
            continue
        flags = [f for a in entry.options() if not a.positional for f in a.flags]
        missing += [
            f"itday {entry.name} {f}" for f in flags if f.startswith("--") and f not in block
        ]
    assert not missing, f"not in README's « Command line »: {missing}"


def test_the_readme_names_no_command_the_table_lacks():
    from itday.cli.arguments import TABLE

    assert set(_blocks(_readme_command_lines())) <= {entry.name for entry in TABLE}
