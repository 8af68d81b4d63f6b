"""Errors a user is meant to read: each carries a message that names the problem."""


class BienNienError(Exception):
    """Base of every error the tool reports to a person instead of a traceback."""


class ArticleError(BienNienError):
    """An article file cannot be used: missing, empty, binary, undecodable, too large."""


class UsageError(BienNienError):
    """A command-line argument or option value is wrong."""
