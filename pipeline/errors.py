"""The one exception for a user's mistake: the CLI prints its message and exits 2, no traceback."""


class LeafletError(Exception):
    """Bad input, named: which file, which line or key, what is wrong and what would be accepted."""
