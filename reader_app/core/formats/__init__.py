"""Readers for each supported file format; each turns bytes into plain text blocks."""
