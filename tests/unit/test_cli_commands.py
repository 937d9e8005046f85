"""Every command of the parser runs its own function (a decorator moved by an edit once sent
`itday replay` to `itday about`)."""

import argparse

from itday import cli


def test_each_command_is_dispatched_to_its_own_function():
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(cli.COMMANDS)
    for name, fn in cli.COMMANDS.items():
        assert fn.__name__ == f"cmd_{name.replace('-', '_')}", name
