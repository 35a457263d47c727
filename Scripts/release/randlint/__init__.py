"""randlint finds randomness misuse in Swift and C sources.

This package only carries the `randlint` executable: pip installs it into the environment's
`bin/` folder (it is a script of the distribution), and `python -m randlint` runs it.
`find_randlint_bin()` returns its path.
"""
import os
import sysconfig

__all__ = ["find_randlint_bin"]


def _candidates():
    name = "randlint"
    # The scheme pip installed into: a venv or the interpreter's own prefix…
    yield os.path.join(sysconfig.get_path("scripts"), name)
    # …a `pip install --user`…
    user_scheme = "posix_user" if os.name == "posix" else f"{os.name}_user"
    try:
        yield os.path.join(sysconfig.get_path("scripts", scheme=user_scheme), name)
    except KeyError:
        pass
    # …or `pip install --target DIR` (scripts in DIR/bin) and `--prefix P`
    # (package in P/lib/pythonX.Y/site-packages, scripts in P/bin).
    package_dir = os.path.dirname(os.path.abspath(__file__))
    site_dir = os.path.dirname(package_dir)
    yield os.path.join(site_dir, "bin", name)
    yield os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(site_dir))), "bin", name)


def find_randlint_bin():
    """The path of the randlint executable installed with this package."""
    tried = []
    for path in _candidates():
        if path in tried:
            continue
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
        tried.append(path)
    raise FileNotFoundError("the randlint executable of this package was not found; looked at: " + ", ".join(tried))
