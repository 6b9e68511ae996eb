"""Reader: an offline desktop reader that summarizes texts and lists the people and countries in them."""

__version__ = "0.1.0"
