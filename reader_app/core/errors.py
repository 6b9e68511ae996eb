"""The one exception type the core raises for a file or text it cannot handle."""


class ReaderError(Exception):
    """A problem the user can understand from one line, such as an unreadable file."""

    def __init__(self, reason: str) -> None:
        # Messages end up on one line of stderr or in a dialog, so never let a newline in.
        super().__init__(" ".join(reason.split()))

    @property
    def reason(self) -> str:
        return str(self)


class Cancelled(Exception):
    """Raised inside long work when the user (or a newer request) has cancelled it."""
